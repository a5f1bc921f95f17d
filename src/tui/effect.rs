//! Carrying out the I/O that `update` asked for, and reporting back with
//! an action. The terminal loop, the screenshot replayer and the tests all
//! call [`run`] after `update`, so the state machine itself stays pure.

use crate::export::export_to_file;
use crate::lang::Lang;
use crate::select::Selection;
use crate::tui::action::{Action, ExportOutcome};
use crate::tui::app::{App, Effect};
use crate::tui::update::update;
use std::path::Path;

pub fn run(app: &mut App) {
    while let Some(effect) = app.effect.take() {
        let outcome = match effect {
            Effect::Export {
                format,
                scope,
                path,
                force,
            } => {
                let sel = Selection::new(&app.timeline, &scope);
                match export_to_file(&app.timeline, &sel, format, Path::new(&path), force) {
                    Ok(s) => ExportOutcome::Written(match app.lang {
                        Lang::En => format!(
                            "wrote {} events, {} claims to {}",
                            s.events,
                            s.claims,
                            s.path.display()
                        ),
                        Lang::Ar => format!(
                            "كُتب {} حدثًا و{} رقمًا في {}",
                            s.events,
                            s.claims,
                            s.path.display()
                        ),
                    }),
                    Err(e) if e.is_already_exists() => ExportOutcome::Exists,
                    Err(e) => ExportOutcome::Failed(e.to_string()),
                }
            }
        };
        update(app, Action::ExportFinished(outcome));
    }
}
