//! `/`: the search prompt, drawn on the bottom line. Enter searches the
//! titles, summaries and quotes (Arabic-folded), Esc gives up.

use crate::text::Label;
use crate::tui::action::Action;
use crate::tui::dialog::Outcome;
use crate::tui::dialog::field::Field;
use crate::tui::draw::{self, Look};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

#[derive(Debug, Clone, Default)]
pub struct SearchDialog {
    pub field: Field,
}

impl SearchDialog {
    /// Starts from the active search, so it can be refined.
    pub fn new(current: Option<&str>) -> SearchDialog {
        SearchDialog {
            field: Field::new(current.unwrap_or("")),
        }
    }

    pub fn handle(&mut self, action: &Action) -> Outcome {
        match action {
            Action::Close => Outcome::Close,
            Action::Submit => {
                let q = self.field.value().trim();
                Outcome::Search((!q.is_empty()).then(|| q.to_string()))
            }
            a => {
                self.field.edit(a);
                Outcome::Stay
            }
        }
    }

    /// The prompt on the bottom line, then the context's hints.
    pub fn draw(&self, hints: Label, look: Look, f: &mut Frame, line: Rect) {
        let text = Label::new()
            .ui("/")
            .and(self.field.label(true))
            .ui("    ")
            .and(hints);
        draw::label_parts(f.buffer_mut(), line, line.y, &text, Style::new(), look.ui());
    }
}
