//! The export dialog: format, scope and path; Enter writes.

use crate::tui::app::{App, ExportForm, ExportScope};
use ratatui::style::Style;

pub const FORMATS: [&str; 4] = ["json", "csv", "md", "timelinejs"];

pub fn cycle(form: &mut ExportForm, next: bool) {
    let n = FORMATS.len();
    form.format = if next {
        (form.format + 1) % n
    } else {
        (form.format + n - 1) % n
    };
}

pub fn lines(app: &App, form: &ExportForm) -> Vec<(String, Style)> {
    let _ = app;
    vec![
        (
            format!("{} → {}", FORMATS[form.format], form.path),
            Style::new(),
        ),
        (format!("{:?}", form.scope), Style::new()),
    ]
}

pub fn submit(app: &App, mut form: ExportForm) -> ExportForm {
    let _ = (app, ExportScope::All);
    form.result = Some(Err("export is not wired yet".into()));
    form
}
