//! `/`: the search prompt, drawn on the bottom line. Enter searches the
//! titles, summaries and quotes (Arabic-folded), Esc gives up.

use crate::text::Label;
use crate::tui::action::Action;
use crate::tui::dialog::Outcome;
use crate::tui::dialog::field::Field;
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

#[derive(Debug, Clone, Default)]
pub struct SearchDialog {
    pub field: Field,
    /// Whole words only (so «أمس» does not find «الخامس»).
    pub word: bool,
}

impl SearchDialog {
    /// Starts from the active search, so it can be refined.
    pub fn new(current: Option<(&str, bool)>) -> SearchDialog {
        let (query, word) = current.unwrap_or(("", false));
        SearchDialog {
            field: Field::new(query),
            word,
        }
    }

    pub fn handle(&mut self, action: &Action) -> Outcome {
        match action {
            Action::Close => Outcome::Close,
            Action::WholeWords => {
                self.word = !self.word;
                Outcome::Stay
            }
            Action::Submit => {
                let q = self.field.value().trim();
                Outcome::Search((!q.is_empty()).then(|| (q.to_string(), self.word)))
            }
            a => {
                self.field.edit(a);
                Outcome::Stay
            }
        }
    }

    /// The prompt on the bottom line, then the context's hints.
    pub fn draw(&self, hints: Label, look: Look, f: &mut Frame, line: Rect) {
        let mode = if self.word {
            i18n::whole_words(look.lang)
        } else {
            Label::new()
        };
        let text = Label::new()
            .ui("/")
            .and(self.field.label(true))
            .ui("  ")
            .and(mode)
            .ui("  ")
            .and(hints);
        draw::label_parts(f.buffer_mut(), line, line.y, &text, Style::new(), look.ui());
    }
}
