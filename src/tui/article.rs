//! The article pane's text: every line of the article laid out by the text
//! engine at the pane's width, with offsets into the whole article so that
//! quotes, other cited passages and search hits can be highlighted.

use crate::corpus::Timeline;
use crate::text::{BidiMode, LayoutOptions, VisualLine, layout};
use crate::tui::app::{App, Pane};
use crate::tui::layout as screen;

/// Lines above the body: outlet and date, headline, a rule.
pub const HEADER_ROWS: u16 = 3;

pub struct ArticleRow {
    /// Glyph offsets are byte offsets into the whole article text.
    pub line: VisualLine,
    /// The 1-based line of the article file.
    pub source_line: usize,
    pub furniture: bool,
}

/// Lays out an article at a width. Each file line is a paragraph.
pub fn rows(t: &Timeline, article: usize, width: usize, mode: BidiMode) -> Vec<ArticleRow> {
    let a = &t.articles[article];
    let opts = LayoutOptions { width, mode };
    let mut out = Vec::new();
    for (i, range) in a.lines.iter().enumerate() {
        let line_no = i + 1;
        let furniture = a.is_furniture(line_no);
        let text = &a.text[range.clone()];
        let mut visual = layout(text, &opts);
        if visual.is_empty() {
            visual.push(VisualLine::default());
        }
        for mut v in visual {
            for g in &mut v.glyphs {
                g.logical = g.logical.start + range.start..g.logical.end + range.start;
            }
            out.push(ArticleRow {
                line: v,
                source_line: line_no,
                furniture,
            });
        }
    }
    // A file ending in a newline has an empty last line: do not show it.
    while out.last().is_some_and(|r| r.line.glyphs.is_empty()) {
        out.pop();
    }
    out
}

/// The body area of the article pane: (width, height) in cells.
pub fn body_size(app: &App) -> (usize, usize) {
    let r = screen::inner(app.size, app.lang, app.focus, Pane::Article);
    // A column for the scrollbar; the header rows above the body.
    let width = r.width.saturating_sub(1) as usize;
    let height = r.height.saturating_sub(HEADER_ROWS) as usize;
    (width.max(1), height.max(1))
}

/// The shown article's rows at the pane's current width.
pub fn shown_rows(app: &App) -> Option<(usize, Vec<ArticleRow>)> {
    let p = app.shown_passage()?;
    let (width, _) = body_size(app);
    Some((p.article, rows(&app.timeline, p.article, width, app.bidi)))
}

/// The first row on screen: the user's scroll, or the auto position.
pub fn offset(app: &App, rows: &[ArticleRow]) -> usize {
    app.article_scroll
        .unwrap_or_else(|| auto_scroll(app, rows))
        .min(rows.len().saturating_sub(1))
}

/// The first row to show so the highlighted passage sits a third of the
/// way down the pane (or as low as the text allows).
fn auto_scroll(app: &App, rows: &[ArticleRow]) -> usize {
    let Some(p) = app.shown_passage() else {
        return 0;
    };
    let (_, height) = body_size(app);
    let first = rows
        .iter()
        .position(|r| {
            r.line
                .glyphs
                .iter()
                .any(|g| g.logical.start < p.range.end && g.logical.end > p.range.start)
        })
        .unwrap_or(0);
    let max = rows.len().saturating_sub(height);
    first.saturating_sub(height / 3).min(max)
}
