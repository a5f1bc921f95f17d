//! The timeline pane: era headings, and per event its mark, date at its
//! precision, title, number of sources and whether it carries claims.

use crate::lang::Lang;
use crate::tui::app::{App, Pane, Row};
use crate::tui::i18n;
use crate::tui::view::draw::{self, How};
use crate::tui::view::pane_title;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};

pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.timeline;
    let n_events = app
        .rows
        .iter()
        .filter(|r| matches!(r, Row::Event(_)))
        .count();
    pane_title(
        app,
        f,
        area,
        &i18n::timeline_title(app.lang, n_events, t.events.len()),
    );
    if app.rows.is_empty() {
        super::empty_pane(app, f, area, i18n::no_events(app.lang));
        return;
    }
    let body = Rect {
        width: area.width.saturating_sub(1),
        ..area
    };
    let ui = How::ui(app);
    let date_w: u16 = if app.lang == Lang::Ar { 19 } else { 18 };
    for (i, row) in app
        .rows
        .iter()
        .enumerate()
        .skip(app.timeline_top)
        .take(area.height as usize)
    {
        let y = area.y + (i - app.timeline_top) as u16;
        match row {
            Row::Era(era) => {
                let e = &t.eras[*era];
                let text = match app.lang {
                    Lang::En => format!(
                        "━ {} · {} – {}",
                        e.title.en,
                        e.start.display_en(),
                        e.end.display_en()
                    ),
                    Lang::Ar => format!(
                        "━ {} · {} – {}",
                        e.title.ar,
                        e.start.display_ar(),
                        e.end.display_ar()
                    ),
                };
                draw::label(
                    f.buffer_mut(),
                    body.x,
                    y,
                    body.width,
                    &text,
                    draw::heading(),
                    How::ui(app),
                );
            }
            Row::Event(e) => {
                let ev = &t.events[*e];
                let is_cursor = i == app.cursor;
                let mut style = Style::new();
                if app.hits.contains(&i) {
                    style = style.patch(draw::hit());
                }
                if is_cursor {
                    style = style.patch(if app.focus == Pane::Timeline {
                        draw::selected()
                    } else {
                        draw::cited()
                    });
                    f.buffer_mut().set_style(
                        Rect {
                            y,
                            height: 1,
                            ..body
                        },
                        style,
                    );
                }
                let mark = if app.marks.contains(e) {
                    "●"
                } else if app.range_anchor == Some(*e) {
                    "◐"
                } else {
                    " "
                };
                let date = match app.lang {
                    Lang::En => ev.date.display_en(),
                    Lang::Ar => ev.date.display_ar(),
                };
                let title = app.lang.pick(&ev.title.en, &ev.title.ar);
                let badge = format!(
                    "{}{}",
                    ev.sources.len(),
                    if ev.claims.is_empty() { " " } else { "#" }
                );
                draw::columns(
                    f.buffer_mut(),
                    body,
                    y,
                    &[
                        (1, mark, style, ui),
                        (date_w, &date, style, ui),
                        (0, title, style, How::corpus(app)),
                        (3, &badge, style, ui),
                    ],
                );
            }
        }
    }
    let mut state = ScrollbarState::new(app.rows.len().saturating_sub(area.height as usize))
        .position(app.timeline_top);
    f.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None),
        area,
        &mut state,
    );
}
