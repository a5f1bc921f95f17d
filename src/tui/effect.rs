//! The I/O that `update` asks for, as values. `update` never touches the
//! disk or the terminal: it returns effects, and whoever drives the app
//! (the terminal loop, a screenshot, a test) carries them out and reports
//! back with an action, as in ratatui's Elm-architecture example.

use crate::corpus::Timeline;
use crate::export::{Format, export_to_file};
use crate::select::{Scope, Selection};
use crate::tui::action::ExportOutcome;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Effect {
    /// Leave the app (the loop restores the terminal).
    Quit,
    /// Stop the process as Ctrl-Z does in a shell, the terminal restored.
    Suspend,
    /// Write the selection to a file; answered by `Action::ExportFinished`.
    Export(ExportRequest),
}

#[derive(Debug, Clone)]
pub struct ExportRequest {
    pub format: Format,
    pub scope: Scope,
    pub path: PathBuf,
    /// The user confirmed replacing an existing file.
    pub force: bool,
}

/// Writes the export for real, atomically (see `export::write_atomic`).
pub fn export(t: &Timeline, req: &ExportRequest) -> ExportOutcome {
    let sel = Selection::new(t, &req.scope);
    match export_to_file(t, &sel, req.format, &req.path, req.force) {
        Ok(s) => ExportOutcome::Written {
            events: s.events,
            claims: s.claims,
            path: s.path,
        },
        Err(e) if e.is_already_exists() => ExportOutcome::Exists,
        Err(e) => ExportOutcome::Failed(Arc::new(e)),
    }
}

/// What a screenshot does instead of exporting: counts what would be
/// written and writes nothing, so replaying keys can never touch a file.
pub fn dry_run(t: &Timeline, req: &ExportRequest) -> ExportOutcome {
    let sel = Selection::new(t, &req.scope);
    ExportOutcome::DryRun {
        events: sel.events.len(),
        claims: sel.claims.len(),
        path: req.path.clone(),
    }
}
