//! The article pane: outlet, date and headline, then the body laid out
//! right to left, with the passage being followed highlighted, the other
//! cited passages underlined, search hits marked and page furniture dimmed.

use crate::lang::Lang;
use crate::tui::app::App;
use crate::tui::article::{self, HEADER_ROWS};
use crate::tui::i18n;
use crate::tui::view::draw::{self, How};
use crate::tui::view::pane_title;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};
use std::ops::Range;

pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let Some(passage) = app.shown_passage() else {
        pane_title(
            app,
            f,
            area,
            i18n::pane_name(app.lang, crate::tui::app::Pane::Article),
        );
        super::empty_pane(app, f, area, i18n::no_events(app.lang));
        return;
    };
    let t = &app.timeline;
    let a = &t.articles[passage.article];
    pane_title(app, f, area, &i18n::article_title(app, passage.article));

    // Header: outlet · published, then the headline (always Arabic, RTL).
    let published = match app.lang {
        Lang::En => a.published.display_en(),
        Lang::Ar => a.published.display_ar(),
    };
    let outlet = app.lang.pick(a.outlet.name_en(), a.outlet.name_ar());
    let bold = Style::new().add_modifier(Modifier::BOLD);
    // Pieces laid out apart, so the file name «001_…txt» is not reordered
    // by the Arabic around it.
    let (ui, own) = (How::ui(app), How::corpus(app));
    let head = [
        (outlet, own),
        ("·", ui),
        (published.as_str(), ui),
        ("·", ui),
        (a.file.as_str(), own),
    ];
    draw::segments(f.buffer_mut(), area, area.y, ui, draw::muted(), &head);
    if area.height > 1 {
        draw::label(
            f.buffer_mut(),
            area.x,
            area.y + 1,
            area.width,
            &a.headline,
            bold,
            How::arabic(app),
        );
    }
    if area.height > 2 {
        let rule = "─".repeat(area.width as usize);
        f.buffer_mut()
            .set_string(area.x, area.y + 2, rule, draw::muted());
    }

    let Some((_, rows)) = article::shown_rows(app) else {
        return;
    };
    let body = Rect {
        y: area.y + HEADER_ROWS,
        height: area.height.saturating_sub(HEADER_ROWS),
        width: area.width.saturating_sub(1),
        ..area
    };
    let top = article::offset(app, &rows);
    let spans = &t.article_spans[passage.article];
    let hits: Vec<Range<usize>> = app
        .search
        .as_deref()
        .map(|q| crate::text::find_all(&a.text, q))
        .unwrap_or_default();
    let style_of = |r: &Range<usize>| -> Option<Style> {
        let overlaps = |x: &Range<usize>| r.start < x.end && r.end > x.start;
        if overlaps(&passage.range) {
            Some(draw::quote())
        } else if hits.iter().any(overlaps) {
            Some(draw::hit())
        } else if spans.iter().any(|s| overlaps(&s.range)) {
            Some(draw::cited())
        } else {
            None
        }
    };
    for (i, row) in rows.iter().skip(top).take(body.height as usize).enumerate() {
        let base = if row.furniture {
            draw::furniture()
        } else {
            Style::new()
        };
        draw::line(
            f.buffer_mut(),
            body.x,
            body.y + i as u16,
            body.width,
            &row.line,
            base,
            &style_of,
        );
    }
    let mut state =
        ScrollbarState::new(rows.len().saturating_sub(body.height as usize)).position(top);
    f.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None),
        Rect {
            x: area.x,
            width: area.width,
            ..body
        },
        &mut state,
    );
}
