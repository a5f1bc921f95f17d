//! `view(&App, &mut Frame)`: draws the state, changes nothing. The status
//! bar, the pane switcher, the panes, the hint bar and the open dialog,
//! each laid out by the same geometry `update` uses.

use crate::text::{Label, display_width};
use crate::tui::app::App;
use crate::tui::dialog::Dialog;
use crate::tui::draw::{self, Look};
use crate::tui::i18n::{self, StatusParts};
use crate::tui::keys::{self, key_name};
use crate::tui::layout::{self, Pane};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, BorderType, Borders};

pub fn view(app: &App, f: &mut Frame) {
    let area = f.area();
    let look = app.look();
    let size = (area.width, area.height);
    if layout::too_small(size) {
        let msg = i18n::too_small(app.lang, layout::MIN_SIZE);
        draw::wrapped(f.buffer_mut(), area, &msg, app.bidi, true);
        return;
    }
    let screen = layout::screen(size, app.lang, app.focus);
    status_bar(app, f, screen.status);
    if let Some(tabs) = screen.tabs {
        tab_bar(app, f, tabs, &screen);
    }
    let t = &app.timeline;
    for (pane, rect) in &screen.panes {
        let focused = *pane == app.focus;
        let block = pane_block(focused);
        let inner = block.inner(*rect);
        f.render_widget(block, *rect);
        match pane {
            Pane::Timeline => app.list.draw(t, look, focused, f, inner),
            Pane::Article => {
                let search = app.list.search.as_ref().map(|s| s.query.as_str());
                app.article.draw(t, app.event(), search, look, f, inner);
            }
            Pane::Claims => app.claims.draw(t, app.event(), look, focused, f, inner),
        }
    }
    hint_bar(app, f, screen.hints);
    dialog(app, f, area);
}

fn pane_block(focused: bool) -> Block<'static> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused {
            draw::focused_border()
        } else {
            Style::new()
        })
}

fn status_bar(app: &App, f: &mut Frame, area: Rect) {
    let style = Style::new().add_modifier(Modifier::REVERSED);
    f.buffer_mut().set_style(area, style);
    let position = app.event().map(|e| {
        let (at, of) = app.list.position();
        (at, of, app.timeline.events[e].id.as_str())
    });
    let search = app.list.search.as_ref().and_then(|s| {
        let (at, of) = app.list.hit_position()?;
        Some((s.query.as_str(), at, of))
    });
    let parts = StatusParts {
        position,
        filter: i18n::filter_summary(app.lang, &app.list.filter.spec),
        search,
        marks: app.list.marks.len(),
        outlet: app
            .article
            .outlet_shown(&app.timeline, app.event(), app.lang),
        notice: app.status.as_ref(),
    };
    let text = i18n::status(app.lang, parts);
    draw::label_parts(
        f.buffer_mut(),
        area,
        area.y,
        &text,
        Style::new(),
        app.look().ui(),
    );
}

fn tab_bar(app: &App, f: &mut Frame, area: Rect, screen: &layout::Screen) {
    let third = area.width / 3;
    let look = app.look();
    for (i, pane) in Pane::ALL.iter().enumerate() {
        let slot = if look.rtl() { 2 - i } else { i };
        let cell = Rect {
            x: area.x + third * slot as u16,
            width: third,
            ..area
        };
        let shown = screen.pane(*pane).is_some();
        let mut style = if *pane == app.focus {
            draw::selected()
        } else {
            Style::new()
        };
        if !shown {
            style = style.add_modifier(Modifier::DIM);
        }
        let name = Label::new()
            .ui(if shown { "▣ " } else { "□ " })
            .ui(i18n::pane_name(app.lang, *pane));
        draw::label_parts(f.buffer_mut(), cell, area.y, &name, style, look.ui());
    }
}

/// The bindings of the moment as whole hints, as many as fit: a hint is
/// never cut in the middle.
pub fn hint_bar_label(app: &App, width: usize) -> Label {
    let mut out = Label::new();
    let mut used = 0;
    for b in keys::hints(app) {
        let key = b.keys.first().map(key_name).unwrap_or_default();
        let desc = b.describe(app.lang);
        let w = display_width(&key) + 1 + display_width(desc) + if used > 0 { 2 } else { 0 };
        if used + w > width {
            break;
        }
        if used > 0 {
            out.push_ui("  ");
        }
        out = out.key(key).ui(" ").ui(desc);
        used += w;
    }
    out
}

fn hint_bar(app: &App, f: &mut Frame, area: Rect) {
    let look: Look = app.look();
    if let Some(Dialog::Search(s)) = &app.dialog {
        let room = usize::from(area.width).saturating_sub(display_width(s.field.value()) + 6);
        s.draw(hint_bar_label(app, room), look, f, area);
        return;
    }
    let hints = hint_bar_label(app, usize::from(area.width));
    draw::label_parts(
        f.buffer_mut(),
        area,
        area.y,
        &hints,
        draw::muted(),
        look.ui(),
    );
}

fn dialog(app: &App, f: &mut Frame, area: Rect) {
    let look = app.look();
    let t = &app.timeline;
    // The dialog's own instruction line: its hints from the key table.
    let hints = || keys::hint_label(app);
    match &app.dialog {
        None | Some(Dialog::Search(_)) => {}
        Some(Dialog::Help(h)) => h.draw(&keys::help(app.lang), look, f, area),
        Some(Dialog::Info(d)) => d.draw(t, hints(), look, f, area),
        Some(Dialog::Filter(d)) => d.draw(t, hints(), look, f, area),
        Some(Dialog::Picker(p)) => p.draw(t, hints(), look, f, area),
        Some(Dialog::Export(x)) => x.draw(&app.list, t.events.len(), hints(), look, f, area),
    }
}
