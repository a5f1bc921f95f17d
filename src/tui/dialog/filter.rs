//! `f`: the filter form. One text field per criterion (commas separate
//! alternatives), the valid values of the focused one listed below, and a
//! filter that cannot be applied explained in the interface's words.

use crate::corpus::Timeline;
use crate::corpus::schema::EventKind;
use crate::select::{Filter, FilterError, FilterField, FilterSpec};
use crate::text::Label;
use crate::tui::action::Action;
use crate::tui::dialog::field::Field;
use crate::tui::dialog::{Outcome, inner_width, popup, rows_of, wrapped};
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// The form's width in cells (less on a narrow terminal).
const WIDTH: u16 = 76;

/// The form's fields, in order. (Events by id are a command-line filter;
/// the form keeps them as they were.)
pub const FIELDS: [FilterField; 8] = [
    FilterField::From,
    FilterField::To,
    FilterField::Era,
    FilterField::Kind,
    FilterField::Actor,
    FilterField::Place,
    FilterField::Entity,
    FilterField::Outlet,
];

#[derive(Debug, Clone)]
pub struct FilterDialog {
    pub focus: FilterField,
    fields: Vec<(FilterField, Field)>,
    pub error: Option<FilterError>,
    /// What the form does not edit: the search, the events by id.
    keep: FilterSpec,
}

impl FilterDialog {
    /// The form for the active filter.
    pub fn new(spec: &FilterSpec) -> FilterDialog {
        let join = |v: &Vec<String>| v.join(", ");
        let value = |field| match field {
            FilterField::From => spec.from.clone().unwrap_or_default(),
            FilterField::To => spec.to.clone().unwrap_or_default(),
            FilterField::Era => join(&spec.eras),
            FilterField::Kind => join(&spec.kinds),
            FilterField::Actor => join(&spec.actors),
            FilterField::Place => join(&spec.places),
            FilterField::Entity => join(&spec.entities),
            FilterField::Outlet => join(&spec.outlets),
            FilterField::Event => join(&spec.events),
        };
        FilterDialog {
            focus: FilterField::From,
            fields: FIELDS.iter().map(|&f| (f, Field::new(&value(f)))).collect(),
            error: None,
            keep: spec.clone(),
        }
    }

    fn field(&self, which: FilterField) -> &str {
        self.fields
            .iter()
            .find(|(f, _)| *f == which)
            .map_or("", |(_, v)| v.value())
    }

    /// The spec the form describes.
    pub fn spec(&self) -> FilterSpec {
        let one = |f| Some(self.field(f).trim().to_string()).filter(|s| !s.is_empty());
        let many = |f| {
            self.field(f)
                .split([',', '،'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        FilterSpec {
            from: one(FilterField::From),
            to: one(FilterField::To),
            eras: many(FilterField::Era),
            kinds: many(FilterField::Kind),
            actors: many(FilterField::Actor),
            places: many(FilterField::Place),
            entities: many(FilterField::Entity),
            outlets: many(FilterField::Outlet),
            ..self.keep.clone()
        }
    }

    pub fn handle(&mut self, action: &Action, t: &Timeline) -> Outcome {
        let at = FIELDS.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = FIELDS.len();
        match action {
            Action::Close => return Outcome::Close,
            Action::NextField => self.focus = FIELDS[(at + 1) % n],
            Action::PrevField => self.focus = FIELDS[(at + n - 1) % n],
            Action::Submit => {
                return match Filter::parse(&self.spec(), t) {
                    Ok(f) => Outcome::Filter(Box::new(f)),
                    Err(e) => {
                        self.focus = if FIELDS.contains(&e.field) {
                            e.field
                        } else {
                            self.focus
                        };
                        self.error = Some(e);
                        Outcome::Stay
                    }
                };
            }
            a => {
                if let Some((_, field)) = self.fields.iter_mut().find(|(f, _)| *f == self.focus)
                    && field.edit(a)
                {
                    self.error = None;
                }
            }
        }
        Outcome::Stay
    }

    pub fn draw(&self, t: &Timeline, hints: Label, look: Look, f: &mut Frame, area: Rect) {
        let lang = look.lang;
        let error = self.error.as_ref().map(|e| i18n::filter_error(lang, e));
        let values = i18n::filter_values(lang, self.focus, t, &EventKind::ALL);
        let width = inner_width(area, WIDTH);
        let values_rows = rows_of(&values, width, look);
        let hint_rows = rows_of(&hints, width, look);
        let error_rows = error.as_ref().map_or(0, |e| rows_of(e, width, look));
        let rows = FIELDS.len() as u16 + 1 + values_rows + hint_rows + error_rows;
        let inner = popup(f, area, &i18n::filter_title(lang).into(), WIDTH, rows, look);
        let name_w = 22u16.min(inner.width / 3);
        for (i, (which, field)) in self.fields.iter().enumerate() {
            let y = inner.y + i as u16;
            if y >= inner.bottom() {
                break;
            }
            let focused = *which == self.focus;
            let style = if focused {
                draw::selected()
            } else {
                Style::new()
            };
            let line = Rect {
                y,
                height: 1,
                ..inner
            };
            let (name, value) = if look.rtl() {
                (
                    Rect {
                        x: line.right().saturating_sub(name_w),
                        width: name_w,
                        ..line
                    },
                    Rect {
                        width: line.width.saturating_sub(name_w + 1),
                        ..line
                    },
                )
            } else {
                (
                    Rect {
                        width: name_w,
                        ..line
                    },
                    Rect {
                        x: line.x + name_w + 1,
                        width: line.width.saturating_sub(name_w + 1),
                        ..line
                    },
                )
            };
            let bold = Style::new().add_modifier(Modifier::BOLD);
            let label: Label = i18n::filter_field(lang, *which).into();
            draw::label_parts(f.buffer_mut(), name, y, &label, bold, look.ui());
            f.buffer_mut().set_style(value, style);
            draw::label_parts(
                f.buffer_mut(),
                value,
                y,
                &field.label(focused),
                style,
                look.ui(),
            );
        }
        let mut row = FIELDS.len() as u16 + 1;
        row += wrapped(f, inner, row, &values, draw::muted(), look);
        row += wrapped(f, inner, row, &hints, draw::muted(), look);
        if let Some(e) = error {
            wrapped(f, inner, row, &e, draw::conflict(), look);
        }
    }
}
