//! Drawing the article pane: the header, the body window, the margin of
//! paragraph numbers and the scrollbar.

use super::rows::{ArticleRow, overlaps};
use super::{ArticleState, HEADER_ROWS, MARGIN};
use crate::corpus::{DatingWords, Timeline};
use crate::select::Matcher;
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use crate::tui::pane::{empty, pane_title};
use crate::tui::scroll::scrollbar;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use std::ops::Range;

impl ArticleState {
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &self,
        t: &Timeline,
        event: Option<usize>,
        search: Option<&Matcher>,
        look: Look,
        f: &mut Frame,
        area: Rect,
    ) {
        let Some(passage) = self.shown(t, event) else {
            pane_title(f, area, &i18n::article_pane(look.lang), look);
            empty(f, area, &i18n::no_events(look.lang).into(), look);
            return;
        };
        let a = &t.articles[passage.article];
        let cited = self.cited(t, event).is_some();
        let title = i18n::article_title(look.lang, &a.id, self.position(t, event), cited);
        pane_title(f, area, &title, look);
        let dating_words = event
            .filter(|_| self.shows_dating(t, event))
            .and_then(|e| t.events[e].date.basis.words.as_ref());
        self.header(t, passage.article, dating_words, look, f, area);
        let (width, height) = body_size(area);
        let body = Rect {
            y: area.y + HEADER_ROWS.min(area.height),
            height: height as u16,
            width: width as u16,
            ..area
        };
        let margin_x = body.x + body.width;
        let layout = match &self.laid {
            Some(l) if l.is(passage.article, width, look.bidi) => l,
            _ => &self.layout_at(t, passage.article, width, look.bidi),
        };
        let top = self.offset(t, layout, &passage, height);
        let rows = layout.take(t, top, height);
        // Only what the screen shows is searched and checked for cited
        // passages (an article may be 16 MiB and cite itself 100,000 times).
        let window = shown_bytes(&rows, &a.text);
        let spans: Vec<&Range<usize>> = t.article_spans[passage.article]
            .iter()
            .map(|s| &s.range)
            .filter(|r| overlaps(r, &window))
            .collect();
        let hits: Vec<Range<usize>> = search
            .map(|m| {
                m.find_in(&a.text[window.clone()])
                    .into_iter()
                    .map(|h| h.start + window.start..h.end + window.start)
                    .collect()
            })
            .unwrap_or_default();
        let dating = dating_words.map(|w| w.range.clone());
        let style_of = |r: &Range<usize>| -> Option<Style> {
            if dating.as_ref().is_some_and(|d| overlaps(r, d)) {
                Some(draw::dating())
            } else if overlaps(r, &passage.range) {
                Some(draw::quote())
            } else if hits.iter().any(|h| overlaps(r, h)) {
                Some(draw::hit())
            } else if spans.iter().any(|s| overlaps(r, s)) {
                Some(draw::cited())
            } else {
                None
            }
        };
        for (i, row) in rows.iter().enumerate() {
            let base = if row.furniture {
                draw::furniture()
            } else {
                Style::new()
            };
            let y = body.y + i as u16;
            draw::line(
                f.buffer_mut(),
                body.x,
                y,
                body.width,
                &row.line,
                base,
                &style_of,
            );
            if let Some(p) = row.paragraph
                && area.width > MARGIN + 1
            {
                let n = format!("{p:>width$}", width = usize::from(MARGIN - 1));
                f.buffer_mut().set_string(margin_x + 1, y, n, draw::muted());
            }
        }
        let (total, visible, at) = layout.scroll_figures(t, top, &rows, height);
        scrollbar(
            f,
            Rect {
                width: area.width,
                ..body
            },
            total,
            visible,
            at,
        );
    }

    /// Outlet, file and URL; publication date and its basis; the headline
    /// (Arabic, right to left); a rule.
    /// The second line says, for the passage that dates the event, which
    /// of its words do and from what they count; else when the article
    /// was published and how that is known.
    fn header(
        &self,
        t: &Timeline,
        article: usize,
        dating: Option<&DatingWords>,
        look: Look,
        f: &mut Frame,
        area: Rect,
    ) {
        let a = &t.articles[article];
        let buf = f.buffer_mut();
        let line = |y: u16| Rect {
            y: area.y + y,
            height: 1,
            ..area
        };
        let second = match dating {
            Some(w) => (i18n::dating_line(look.lang, w, a), draw::heading()),
            None => (i18n::published_line(look.lang, a), draw::muted()),
        };
        let rows = [(i18n::outlet_line(look.lang, a), draw::muted()), second];
        for (i, (text, style)) in rows.iter().enumerate() {
            if (i as u16) < area.height {
                let r = line(i as u16);
                draw::label_parts(buf, r, r.y, text, *style, look.ui());
            }
        }
        if area.height > 2 {
            let bold = Style::new().add_modifier(Modifier::BOLD);
            draw::label(
                buf,
                area.x,
                area.y + 2,
                area.width,
                &a.headline,
                bold,
                look.arabic(),
            );
        }
        if area.height > 3 {
            let rule = "─".repeat(area.width as usize);
            buf.set_string(area.x, area.y + 3, rule, draw::muted());
        }
    }
}

/// The article body inside a pane's inner area: (width, height) in cells,
/// with the margin and a column for the scrollbar beside it, the header
/// rows above.
pub fn body_size(inner: Rect) -> (usize, usize) {
    let width = inner.width.saturating_sub(1 + MARGIN) as usize;
    let height = inner.height.saturating_sub(HEADER_ROWS) as usize;
    (width.max(1), height.max(1))
}

/// The bytes of the article the rows show, widened by a few hundred bytes
/// on each side (at char boundaries) so a search hit that starts or ends
/// just off screen is still found whole.
fn shown_bytes(rows: &[ArticleRow], text: &str) -> Range<usize> {
    let glyphs = || rows.iter().flat_map(|r| r.line.glyphs.iter());
    let (Some(start), Some(end)) = (
        glyphs().map(|g| g.logical.start).min(),
        glyphs().map(|g| g.logical.end).max(),
    ) else {
        return 0..0;
    };
    let mut start = start.saturating_sub(512);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (end + 512).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}
