//! Driving the app: an action through `update`, then the effects it asks
//! for carried out and their results fed back. The terminal loop, the
//! screenshot replayer and the tests all drive the app through here, and
//! keys always through the real key table ([`keys::dispatch`]).

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::effect::{self, Effect};
use crate::tui::keys::{self, KeyScriptError, parse_keys};
use crate::tui::update::update;

/// How the I/O that `update` asks for is carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Io {
    /// For real: exports write their files.
    Real,
    /// Nothing touches the disk: exports report what they would write.
    /// What `screenshot --keys` uses.
    DryRun,
}

/// Applies an action and carries out the file effects it asks for; returns
/// the effects only the caller can perform (quitting, suspending).
pub fn step(app: &mut App, action: Action, io: Io) -> Vec<Effect> {
    let mut pending = update(app, action);
    let mut left = Vec::new();
    while let Some(effect) = pending.pop() {
        match effect {
            Effect::Export(req) => {
                let outcome = match io {
                    Io::Real => effect::export(&app.timeline, &req),
                    Io::DryRun => effect::dry_run(&app.timeline, &req),
                };
                pending.extend(update(app, Action::ExportFinished(outcome)));
            }
            Effect::Decide { dir, decision } => {
                let report = match io {
                    Io::Real => effect::decide(&dir, &decision),
                    Io::DryRun => effect::dry_decision(),
                };
                pending.extend(update(app, Action::Decided(report)));
            }
            Effect::Undo(u) => {
                let report = match io {
                    Io::Real => effect::undo(&u),
                    Io::DryRun => effect::dry_decision(),
                };
                pending.extend(update(app, Action::Decided(report)));
            }
            other => left.push(other),
        }
    }
    left
}

/// Presses the keys of a script (the syntax of `screenshot --keys`)
/// through the key table; returns the effects left for the caller (a
/// `q` gives `Effect::Quit`, and the keys after it are still pressed, as a
/// test may want to see).
pub fn press(app: &mut App, script: &str, io: Io) -> Result<Vec<Effect>, KeyScriptError> {
    let mut left = Vec::new();
    for key in parse_keys(script)? {
        if let Some(action) = keys::dispatch(app, key) {
            left.extend(step(app, action, io));
        }
    }
    Ok(left)
}
