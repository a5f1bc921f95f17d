//! A one-line text field of a dialog: its value and cursor (tui-input's
//! `Input`), edited by the actions the key table sends, drawn as a label
//! whose value is an isolate with the cursor inside it.

use crate::text::Label;
use crate::tui::action::Action;
use tui_input::{Input, InputRequest};

/// Longest value a field takes: a paste cannot grow a field without bound.
pub const MAX_CHARS: usize = 1000;

/// The cursor, drawn inside the value at its logical position.
const CURSOR: &str = "▏";

#[derive(Debug, Clone, Default)]
pub struct Field {
    input: Input,
}

impl Field {
    pub fn new(value: &str) -> Field {
        Field {
            input: Input::new(value.to_string()),
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// Applies an editing action; true when the action was one (whether
    /// or not it changed anything), false for actions that are not edits.
    pub fn edit(&mut self, action: &Action) -> bool {
        let req = match action {
            Action::Input(c) => return self.insert(std::iter::once(*c)),
            Action::Paste(text) => return self.insert(text.chars()),
            Action::CursorLeft => InputRequest::GoToPrevChar,
            Action::CursorRight => InputRequest::GoToNextChar,
            Action::CursorHome => InputRequest::GoToStart,
            Action::CursorEnd => InputRequest::GoToEnd,
            Action::DeleteBack => InputRequest::DeletePrevChar,
            Action::DeleteForward => InputRequest::DeleteNextChar,
            Action::ClearField => InputRequest::DeleteLine,
            _ => return false,
        };
        self.input.handle(req);
        true
    }

    /// Types text: line breaks and tabs become spaces, other control
    /// characters are dropped (a field is one line of text), and nothing
    /// past [`MAX_CHARS`].
    fn insert(&mut self, chars: impl Iterator<Item = char>) -> bool {
        let mut room = MAX_CHARS.saturating_sub(self.input.value().chars().count());
        for c in chars {
            if room == 0 {
                break;
            }
            let c = match c {
                '\n' | '\r' | '\t' => ' ',
                c if c.is_control() => continue,
                c => c,
            };
            self.input.handle(InputRequest::InsertChar(c));
            room -= 1;
        }
        true
    }

    /// The field as drawn: the value as an isolate, with the cursor at its
    /// logical place when the field has the focus.
    pub fn label(&self, focused: bool) -> Label {
        if !focused {
            return Label::new().value(self.value());
        }
        let at: usize = self
            .value()
            .char_indices()
            .nth(self.input.cursor())
            .map_or(self.value().len(), |(i, _)| i);
        let (before, after) = self.value().split_at(at);
        Label::new().value(format!("{before}{CURSOR}{after}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_at_the_cursor() {
        let mut f = Field::new("brief.md");
        assert_eq!(f.label(true).plain(), "brief.md▏");
        for a in [Action::CursorLeft, Action::CursorLeft, Action::CursorLeft] {
            f.edit(&a);
        }
        f.edit(&Action::DeleteBack);
        f.edit(&Action::Input('-'));
        assert_eq!(f.value(), "brie-.md");
        assert_eq!(f.label(true).plain(), "brie-▏.md");
        f.edit(&Action::ClearField);
        assert_eq!(f.value(), "");
        assert!(!f.edit(&Action::Submit));
    }

    #[test]
    fn pastes_are_one_line_and_bounded() {
        let mut f = Field::new("");
        f.edit(&Action::Paste("قره\nباغ\u{1b}[2J".into()));
        assert_eq!(f.value(), "قره باغ[2J");
        f.edit(&Action::Paste("x".repeat(5000)));
        assert_eq!(f.value().chars().count(), MAX_CHARS);
    }
}
