//! Dialogs drawn over the panes: help (generated from the key table), the
//! filter form, the actor/place picker and the export dialog.

use crate::lang::Lang;
use crate::tui::app::{App, FilterForm, Overlay};
use crate::tui::view::draw::{self, How};
use crate::tui::{export_dialog, keys};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, BorderType, Clear};

pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    match &app.overlay {
        Overlay::None | Overlay::Search(_) => {}
        Overlay::Help => help(app, f, area),
        Overlay::Filter(form) => filter(app, f, area, form),
        Overlay::Entities { items, cursor } => entities(app, f, area, items, *cursor),
        Overlay::Export(form) => {
            let lines = export_dialog::lines(app, form);
            let inner = popup(
                app,
                f,
                area,
                app.lang.pick("Export", "تصدير"),
                64,
                lines.len() as u16,
            );
            for (i, (text, style)) in lines.iter().enumerate() {
                text_line(app, f, inner, i as u16, text, *style);
            }
        }
    }
}

/// Clears a centered box and returns its inner area.
fn popup(app: &App, f: &mut Frame, area: Rect, title: &str, width: u16, rows: u16) -> Rect {
    let w = width.min(area.width.saturating_sub(2));
    let h = (rows + 2).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(draw::focused_border());
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    let t = format!(" {title} ");
    draw::label(
        f.buffer_mut(),
        rect.x + 2,
        rect.y,
        w.saturating_sub(4),
        &t,
        Style::new().add_modifier(Modifier::BOLD),
        How::ui(app),
    );
    inner
}

fn text_line(app: &App, f: &mut Frame, inner: Rect, row: u16, text: &str, style: Style) {
    if row < inner.height {
        draw::label(
            f.buffer_mut(),
            inner.x,
            inner.y + row,
            inner.width,
            text,
            style,
            How::ui(app),
        );
    }
}

fn help(app: &App, f: &mut Frame, area: Rect) {
    let sections = keys::help(app.lang);
    let rows: u16 = sections.iter().map(|(_, r)| r.len() as u16 + 1).sum();
    let inner = popup(
        app,
        f,
        area,
        app.lang
            .pick("Keys (? or Esc closes)", "المفاتيح (? أو Esc للإغلاق)"),
        76,
        rows,
    );
    // Two columns of sections so the whole table fits on 45 rows.
    let half = sections.len().div_ceil(2);
    let col_w = inner.width / 2;
    for (c, chunk) in sections.chunks(half.max(1)).enumerate() {
        let x = if app.lang == Lang::Ar {
            inner.x + inner.width - col_w * (c as u16 + 1)
        } else {
            inner.x + col_w * c as u16
        };
        let col = Rect::new(x, inner.y, col_w.saturating_sub(1), inner.height);
        let mut row = 0u16;
        for (title, bindings) in chunk {
            text_line(app, f, col, row, title, draw::heading());
            row += 1;
            for (k, desc) in bindings {
                let key_w = 16u16.min(col.width / 2);
                let y = row;
                if y < col.height {
                    draw::columns(
                        f.buffer_mut(),
                        Rect::new(col.x, col.y + y, col.width, 1),
                        col.y + y,
                        &[
                            (
                                key_w,
                                k,
                                Style::new().add_modifier(Modifier::BOLD),
                                How::ui(app),
                            ),
                            (0, desc, Style::new(), How::ui(app)),
                        ],
                    );
                }
                row += 1;
            }
        }
    }
}

fn filter(app: &App, f: &mut Frame, area: Rect, form: &FilterForm) {
    let rows = FilterForm::NAMES.len() as u16 + 3;
    let inner = popup(
        app,
        f,
        area,
        app.lang.pick(
            "Filter (comma separates values)",
            "تصفية (الفاصلة بين القيم)",
        ),
        70,
        rows,
    );
    for (i, (en, ar)) in FilterForm::NAMES.iter().enumerate() {
        let focused = i == form.field;
        let style = if focused {
            draw::selected()
        } else {
            Style::new()
        };
        let value = if focused {
            format!("{}▏", form.fields[i])
        } else {
            form.fields[i].clone()
        };
        let y = inner.y + i as u16;
        if y < inner.bottom() {
            draw::columns(
                f.buffer_mut(),
                Rect::new(inner.x, y, inner.width, 1),
                y,
                &[
                    (
                        22,
                        app.lang.pick(en, ar),
                        Style::new().add_modifier(Modifier::BOLD),
                        How::ui(app),
                    ),
                    (0, &value, style, How::corpus(app)),
                ],
            );
        }
    }
    let era_ids: Vec<&str> = app.timeline.eras.iter().map(|e| e.id.as_str()).collect();
    let hint = format!("{}: {}", app.lang.pick("eras", "الحقب"), era_ids.join(", "));
    text_line(
        app,
        f,
        inner,
        FilterForm::NAMES.len() as u16 + 1,
        &hint,
        draw::muted(),
    );
    if let Some(err) = &form.error {
        text_line(
            app,
            f,
            inner,
            FilterForm::NAMES.len() as u16 + 2,
            err,
            draw::conflict(),
        );
    }
}

fn entities(app: &App, f: &mut Frame, area: Rect, items: &[usize], cursor: usize) {
    let inner = popup(
        app,
        f,
        area,
        app.lang.pick(
            "Actors and places → their events",
            "الفاعلون والأماكن ← أحداثهم",
        ),
        60,
        items.len() as u16,
    );
    for (i, &ent) in items.iter().enumerate() {
        let e = &app.timeline.entities[ent];
        let n = app.timeline.entity_events[ent].len();
        let name = match app.lang {
            Lang::En => format!(
                "{} · {} · {n} events",
                e.en,
                e.ar.first().map_or("", String::as_str)
            ),
            Lang::Ar => format!(
                "{} · {} · {n} حدثًا",
                e.ar.first().map_or("", String::as_str),
                e.en
            ),
        };
        let style = if i == cursor {
            draw::selected()
        } else {
            Style::new()
        };
        text_line(app, f, inner, i as u16, &name, style);
    }
}
