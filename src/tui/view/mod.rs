//! `view(&App, &mut Frame)`: draws the state, changes nothing.

mod article;
mod claims;
pub mod draw;
mod overlay;
mod timeline;

use crate::lang::Lang;
use crate::tui::app::{App, Overlay, Pane};
use crate::tui::{i18n, keys, layout};
use draw::How;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, BorderType, Borders};

pub fn view(app: &App, f: &mut Frame) {
    let area = f.area();
    let size = (area.width, area.height);
    if layout::too_small(size) {
        too_small(app, f, area);
        return;
    }
    let screen = layout::screen(size, app.lang, app.focus);
    status_bar(app, f, screen.status);
    if let Some(tabs) = screen.tabs {
        tab_bar(app, f, tabs, &screen);
    }
    for (pane, rect) in &screen.panes {
        let block = pane_block(app, *pane, *rect);
        let inner = block.inner(*rect);
        f.render_widget(block, *rect);
        match pane {
            Pane::Timeline => timeline::draw(app, f, inner),
            Pane::Article => article::draw(app, f, inner),
            Pane::Claims => claims::draw(app, f, inner),
        }
    }
    hint_bar(app, f, screen.hints);
    overlay::draw(app, f, area);
}

fn too_small(app: &App, f: &mut Frame, area: Rect) {
    let msg = i18n::too_small(app.lang, layout::MIN_SIZE);
    draw::wrapped(f.buffer_mut(), area, &msg, app.bidi, true);
}

/// The one muted line a pane shows when it has nothing to show.
pub fn empty_pane(app: &App, f: &mut Frame, area: Rect, msg: &str) {
    draw::label(
        f.buffer_mut(),
        area.x,
        area.y,
        area.width,
        msg,
        draw::muted(),
        How::ui(app),
    );
}

fn pane_block(app: &App, pane: Pane, _rect: Rect) -> Block<'static> {
    let focused = pane == app.focus;
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

/// Pane titles are drawn by each pane over its top border, through the text
/// engine, so Arabic titles are shaped and ordered like everything else.
pub fn pane_title(app: &App, f: &mut Frame, inner: Rect, title: &str) {
    if inner.y == 0 || inner.width < 4 {
        return;
    }
    let y = inner.y - 1;
    let w = inner.width.saturating_sub(2);
    let style = Style::new().add_modifier(Modifier::BOLD);
    let text = format!(" {title} ");
    draw::label(
        f.buffer_mut(),
        inner.x + 1,
        y,
        w,
        &text,
        style,
        How::ui(app),
    );
}

fn status_bar(app: &App, f: &mut Frame, area: Rect) {
    let style = Style::new().add_modifier(Modifier::REVERSED);
    f.buffer_mut().set_style(area, style);
    let parts = i18n::status(app);
    let (ui, own) = (How::ui(app), How::corpus(app));
    let pieces: Vec<(&str, How)> = parts
        .iter()
        .map(|(t, o)| (t.as_str(), if *o { own } else { ui }))
        .collect();
    draw::segments(f.buffer_mut(), area, area.y, ui, Style::new(), &pieces);
}

fn tab_bar(app: &App, f: &mut Frame, area: Rect, screen: &layout::Screen) {
    let third = area.width / 3;
    for (i, pane) in Pane::ALL.iter().enumerate() {
        let slot = if app.lang == Lang::Ar { 2 - i } else { i };
        let x = area.x + third * slot as u16;
        let shown = screen.pane(*pane).is_some();
        let mut style = if *pane == app.focus {
            draw::selected()
        } else {
            Style::new()
        };
        if !shown {
            style = style.add_modifier(Modifier::DIM);
        }
        let name = format!(
            "{} {}",
            if shown { "▣" } else { "□" },
            i18n::pane_name(app.lang, *pane)
        );
        draw::label(f.buffer_mut(), x, area.y, third, &name, style, How::ui(app));
    }
}

fn hint_bar(app: &App, f: &mut Frame, area: Rect) {
    if let Overlay::Search(p) = &app.overlay {
        let text = format!("/{}▏", p.text);
        draw::label(
            f.buffer_mut(),
            area.x,
            area.y,
            area.width,
            &text,
            Style::new(),
            How::ui(app),
        );
        return;
    }
    let hints: Vec<String> = keys::hints(app)
        .into_iter()
        .map(|(k, d)| format!("{k} {d}"))
        .collect();
    let text = hints.join("  ");
    draw::label(
        f.buffer_mut(),
        area.x,
        area.y,
        area.width,
        &text,
        draw::muted(),
        How::ui(app),
    );
}
