//! The I/O that `update` asks for, as values. `update` never touches the
//! disk or the terminal: it returns effects, and whoever drives the app
//! (the terminal loop, a screenshot, a test) carries them out and reports
//! back with an action, as in ratatui's Elm-architecture example.

use crate::corpus::Timeline;
use crate::export::{Format, export_to_file};
use crate::intake::drafts::{self, Decision, Undo};
use crate::select::{Scope, Selection};
use crate::tui::action::{DecisionReport, ExportOutcome};
use crate::tui::notice::Notice;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Effect {
    /// Leave the app (the loop restores the terminal).
    Quit,
    /// Stop the process as Ctrl-Z does in a shell, the terminal restored.
    Suspend,
    /// Put this text on the system clipboard (the loop sends OSC 52).
    Copy(String),
    /// Write a decision on a draft into the corpus folder; answered by
    /// `Action::Decided`.
    Decide { dir: PathBuf, decision: Decision },
    /// Take a decision back; answered by `Action::Decided`.
    Undo(Undo),
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

/// Writes a decision into the corpus folder (validated with the loader,
/// atomically) and reports the corpus as it is then.
pub fn decide(dir: &std::path::Path, decision: &Decision) -> DecisionReport {
    let notice = match decision {
        Decision::Accept(id) => Notice::Accepted(id.clone()),
        Decision::Reject(id) => Notice::Rejected(id.clone()),
    };
    match drafts::decide(dir, std::slice::from_ref(decision)) {
        Ok(out) => DecisionReport::Done {
            timeline: Arc::new(out.timeline),
            undo: Some(out.undo),
            notice,
        },
        Err(e) => DecisionReport::Failed(e.to_string()),
    }
}

/// Puts the corpus back as it was before a decision.
pub fn undo(u: &Undo) -> DecisionReport {
    match drafts::undo(u) {
        Ok((timeline, _redo)) => DecisionReport::Done {
            timeline: Arc::new(timeline),
            undo: None,
            notice: Notice::Undone,
        },
        Err(e) => DecisionReport::Failed(e.to_string()),
    }
}

/// What a screenshot does instead of writing a decision: nothing.
pub fn dry_decision() -> DecisionReport {
    DecisionReport::Failed("not written: a screenshot writes no file".into())
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
