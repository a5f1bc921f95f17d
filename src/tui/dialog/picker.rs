//! `x`: the selected event's actors and places, each with the number of
//! events it takes part in; Enter shows exactly those events (where it is
//! an actor or a place), which is the number the picker showed.

use crate::corpus::Timeline;
use crate::text::Label;
use crate::tui::action::Action;
use crate::tui::dialog::{Outcome, inner_width, popup, rows_of, text_line, wrapped};
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use crate::tui::scroll::clamp_add;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

#[derive(Debug, Clone)]
pub struct Picker {
    /// Entity indices: the event's actors, then its places.
    pub items: Vec<usize>,
    pub cursor: usize,
}

impl Picker {
    /// The picker for an event; `None` when it names nobody and nowhere.
    pub fn new(t: &Timeline, e: usize) -> Option<Picker> {
        let ev = &t.events[e];
        let mut items: Vec<usize> = Vec::new();
        for &x in ev.actors.iter().chain(&ev.places) {
            if !items.contains(&x) {
                items.push(x);
            }
        }
        (!items.is_empty()).then_some(Picker { items, cursor: 0 })
    }

    pub fn handle(&mut self, action: &Action) -> Outcome {
        let n = self.items.len();
        let by = match action {
            Action::Close => return Outcome::Close,
            Action::Submit => {
                return self
                    .items
                    .get(self.cursor)
                    .map_or(Outcome::Close, |&e| Outcome::Pick(e));
            }
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -10,
            Action::PageDown => 10,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => return Outcome::Stay,
        };
        self.cursor = clamp_add(self.cursor, by, n);
        Outcome::Stay
    }

    pub fn draw(&self, t: &Timeline, hints: Label, look: Look, f: &mut Frame, area: Rect) {
        const WIDTH: u16 = 64;
        let hint_rows = rows_of(&hints, inner_width(area, WIDTH), look);
        let rows = self.items.len() as u16 + hint_rows;
        let title = i18n::picker_title(look.lang).into();
        let inner = popup(f, area, &title, WIDTH, rows, look);
        let shown = usize::from(inner.height.saturating_sub(hint_rows)).max(1);
        let top = self.cursor.saturating_sub(shown - 1);
        for (i, &ent) in self.items.iter().enumerate().skip(top).take(shown) {
            let row = (i - top) as u16;
            let style = if i == self.cursor {
                let line = Rect {
                    y: inner.y + row,
                    height: 1,
                    ..inner
                };
                f.buffer_mut().set_style(line, draw::selected());
                draw::selected()
            } else {
                Style::new()
            };
            let name = i18n::picker_item(look.lang, &t.entities[ent], t.entity_events[ent].len());
            text_line(f, inner, row, &name, style, look);
        }
        wrapped(f, inner, shown as u16, &hints, draw::muted(), look);
    }
}
