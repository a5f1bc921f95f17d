//! `e`: the export dialog — format, scope and file. ←/→ (or h/l) change the
//! format and the scope; the file name follows the format until the user
//! types one of their own, and a typed name ending in a format's extension
//! chooses that format. Enter asks the loop to write (an effect); an
//! existing file needs a second Enter to be replaced.

use crate::export::Format;
use crate::select::Scope;
use crate::text::Label;
use crate::tui::action::{Action, ExportOutcome};
use crate::tui::dialog::field::Field;
use crate::tui::dialog::{Outcome, inner_width, popup, rows_of, text_line, wrapped};
use crate::tui::draw::{self, Look};
use crate::tui::effect::ExportRequest;
use crate::tui::i18n;
use crate::tui::pane::timeline::TimelineState;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use std::path::PathBuf;

/// The dialog's width in cells (less on a narrow terminal).
const WIDTH: u16 = 72;

/// The dialog's fields, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportField {
    Format,
    Scope,
    Path,
}

impl ExportField {
    const ALL: [ExportField; 3] = [ExportField::Format, ExportField::Scope, ExportField::Path];

    /// A field whose value is chosen with ←/→, not typed.
    pub fn is_choice(self) -> bool {
        self != ExportField::Path
    }
}

/// Which events the dialog writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportScope {
    Marked,
    Filtered,
    All,
}

impl ExportScope {
    const ALL: [ExportScope; 3] = [ExportScope::Marked, ExportScope::Filtered, ExportScope::All];
}

/// What the dialog shows under its fields.
#[derive(Debug, Clone)]
pub enum Note {
    /// What the loop reported after Enter.
    Outcome(ExportOutcome),
    /// Enter with no file name.
    NoPath,
}

#[derive(Debug, Clone)]
pub struct ExportDialog {
    pub focus: ExportField,
    pub format: Format,
    pub scope: ExportScope,
    pub path: Field,
    /// The user typed in the path: it no longer follows the format.
    path_edited: bool,
    /// The file exists and the next Enter replaces it.
    pub confirm: bool,
    pub note: Option<Note>,
}

/// The file name the dialog suggests for a format.
fn default_path(format: Format) -> String {
    match format {
        Format::TimelineJs => "karabakh-timeline.timelinejs.json".into(),
        f => format!("karabakh-timeline.{}", f.extension()),
    }
}

/// The format a typed file name asks for, if its extension says.
fn format_of(path: &str, current: Format) -> Option<Format> {
    let lower = path.trim().to_lowercase();
    if lower.ends_with(".timelinejs.json") {
        Some(Format::TimelineJs)
    } else if lower.ends_with(".json") && current != Format::TimelineJs {
        Some(Format::Json)
    } else if lower.ends_with(".csv") {
        Some(Format::Csv)
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        Some(Format::Md)
    } else {
        None
    }
}

impl ExportDialog {
    /// Opens on the file name, with the marks as the scope when there are
    /// marks, else the filter when one is active, else everything.
    pub fn new(list: &TimelineState) -> ExportDialog {
        let scope = if !list.marks.is_empty() {
            ExportScope::Marked
        } else if !list.filter.is_empty() {
            ExportScope::Filtered
        } else {
            ExportScope::All
        };
        ExportDialog {
            focus: ExportField::Path,
            format: Format::Json,
            scope,
            path: Field::new(&default_path(Format::Json)),
            path_edited: false,
            confirm: false,
            note: None,
        }
    }

    pub fn handle(&mut self, action: &Action, list: &TimelineState) -> Outcome {
        let at = ExportField::ALL
            .iter()
            .position(|f| *f == self.focus)
            .unwrap_or(0);
        match action {
            Action::Close => return Outcome::Close,
            Action::NextField => self.focus = ExportField::ALL[(at + 1) % 3],
            Action::PrevField => self.focus = ExportField::ALL[(at + 2) % 3],
            Action::NextValue | Action::PrevValue => {
                self.change(matches!(action, Action::NextValue));
            }
            Action::Submit => return self.submit(list),
            a if self.focus == ExportField::Path => {
                let edited = self.path.edit(a);
                if edited {
                    self.path_edited = true;
                    self.confirm = false;
                    self.note = None;
                    if let Some(f) = format_of(self.path.value(), self.format) {
                        self.format = f;
                    }
                }
            }
            _ => {}
        }
        Outcome::Stay
    }

    /// ←/→ on the format or the scope.
    fn change(&mut self, next: bool) {
        let step = |i: usize, n: usize| if next { (i + 1) % n } else { (i + n - 1) % n };
        match self.focus {
            ExportField::Format => {
                let i = Format::ALL
                    .iter()
                    .position(|f| *f == self.format)
                    .unwrap_or(0);
                self.format = Format::ALL[step(i, Format::ALL.len())];
                if !self.path_edited {
                    self.path = Field::new(&default_path(self.format));
                }
            }
            ExportField::Scope => {
                let i = ExportScope::ALL
                    .iter()
                    .position(|s| *s == self.scope)
                    .unwrap_or(0);
                self.scope = ExportScope::ALL[step(i, ExportScope::ALL.len())];
            }
            ExportField::Path => return,
        }
        self.confirm = false;
        self.note = None;
    }

    fn submit(&mut self, list: &TimelineState) -> Outcome {
        let path = self.path.value().trim();
        if path.is_empty() {
            self.note = Some(Note::NoPath);
            return Outcome::Stay;
        }
        Outcome::Export(ExportRequest {
            format: self.format,
            scope: scope(list, self.scope),
            path: PathBuf::from(path),
            force: self.confirm,
        })
    }

    /// The loop's report: ask before overwriting, or show what happened.
    pub fn finished(&mut self, outcome: ExportOutcome) {
        self.confirm = matches!(outcome, ExportOutcome::Exists);
        self.note = Some(Note::Outcome(outcome));
    }

    pub fn draw(
        &self,
        list: &TimelineState,
        all: usize,
        hints: Label,
        look: Look,
        f: &mut Frame,
        area: Rect,
    ) {
        let lang = look.lang;
        let note = self.note.as_ref().map(|n| i18n::export_note(lang, n));
        let width = inner_width(area, WIDTH);
        let hint_rows = rows_of(&hints, width, look);
        let note_rows = note.as_ref().map_or(0, |(n, _)| rows_of(n, width, look));
        let rows = 3 + hint_rows + note_rows;
        let inner = popup(f, area, &i18n::export_title(lang).into(), WIDTH, rows, look);
        let mark = |field| if self.focus == field { "▶ " } else { "  " };
        let style = |field| {
            if self.focus == field {
                draw::selected()
            } else {
                Style::new()
            }
        };
        let formats = Format::ALL.iter().fold(Label::new(), |l, fmt| {
            let name = fmt.as_str();
            if *fmt == self.format {
                l.ui(format!("[{name}] "))
            } else {
                l.ui(format!(" {name}  "))
            }
        });
        let count = match scope(list, self.scope) {
            Scope::All => all,
            Scope::Marked(m) => m.len(),
            Scope::Filter(_) => list.events().count(),
        };
        let lines = [
            Label::from(mark(ExportField::Format))
                .ui(i18n::export_field(lang, ExportField::Format))
                .ui(": ")
                .and(formats),
            Label::from(mark(ExportField::Scope))
                .ui(i18n::export_field(lang, ExportField::Scope))
                .ui(": ")
                .and(i18n::export_scope(lang, self.scope, count)),
            Label::from(mark(ExportField::Path))
                .ui(i18n::export_field(lang, ExportField::Path))
                .ui(": ")
                .and(self.path.label(self.focus == ExportField::Path)),
        ];
        for (i, (line, field)) in lines.iter().zip(ExportField::ALL).enumerate() {
            text_line(f, inner, i as u16, line, style(field), look);
        }
        wrapped(f, inner, 3, &hints, draw::muted(), look);
        if let Some((text, ok)) = note {
            let style = if ok {
                Style::new().fg(Color::Green)
            } else {
                draw::conflict()
            };
            wrapped(f, inner, 3 + hint_rows, &text, style, look);
        }
    }
}

/// The events a scope means now; the filter scope with no filter active is
/// everything.
pub fn scope(list: &TimelineState, scope: ExportScope) -> Scope {
    match scope {
        ExportScope::Marked => Scope::Marked(list.marks.clone()),
        ExportScope::Filtered if !list.filter.is_empty() => {
            Scope::Filter(Box::new(list.filter.clone()))
        }
        _ => Scope::All,
    }
}
