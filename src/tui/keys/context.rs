//! Key contexts: which pane or dialog a binding belongs to, and which
//! contexts are live for the app's current focus.

use crate::tui::app::App;
use crate::tui::dialog::Dialog;
use crate::tui::layout::Pane;

/// Where a binding applies: anywhere outside a dialog, one pane, or one
/// dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Timeline,
    Article,
    Claims,
    Help,
    Info,
    Search,
    Filter,
    Picker,
    Export,
}

impl Context {
    /// In the order help lists them.
    pub const ALL: [Context; 10] = [
        Context::Global,
        Context::Timeline,
        Context::Article,
        Context::Claims,
        Context::Help,
        Context::Info,
        Context::Search,
        Context::Filter,
        Context::Picker,
        Context::Export,
    ];

    /// Typed characters go into a text field here.
    pub fn takes_text(self) -> bool {
        matches!(self, Context::Search | Context::Filter | Context::Export)
    }

    /// A pane's context: its own bindings, then the global ones.
    pub fn is_pane(self) -> bool {
        matches!(self, Context::Timeline | Context::Article | Context::Claims)
    }

    pub fn of_pane(pane: Pane) -> Context {
        match pane {
            Pane::Timeline => Context::Timeline,
            Pane::Article => Context::Article,
            Pane::Claims => Context::Claims,
        }
    }

    /// Where the keys go now: the open dialog, or the focused pane.
    pub fn current(app: &App) -> Context {
        match &app.dialog {
            Some(Dialog::Help(_)) => Context::Help,
            Some(Dialog::Info(_)) => Context::Info,
            Some(Dialog::Search(_)) => Context::Search,
            Some(Dialog::Filter(_)) => Context::Filter,
            Some(Dialog::Picker(_)) => Context::Picker,
            Some(Dialog::Export(_)) => Context::Export,
            None => Context::of_pane(app.focus),
        }
    }
}
