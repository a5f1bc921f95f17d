//! Everything that can happen to the UI, as data. Keys become actions
//! through the one key table (`keys`), mouse and resize events through the
//! terminal loop; `update` applies them and returns the effects (I/O) they
//! ask for.

use crate::corpus::Timeline;
use crate::export::ExportError;
use crate::intake::drafts::Undo;
use crate::tui::notice::Notice;
use std::path::PathBuf;
use std::sync::Arc;

/// What came of writing an export file, reported back by whoever carried
/// out the [`Effect::Export`](crate::tui::effect::Effect) (the terminal loop, or a screenshot's dry run).
#[derive(Debug, Clone)]
pub enum ExportOutcome {
    Written {
        events: usize,
        claims: usize,
        path: PathBuf,
    },
    /// Nothing was written on purpose (a screenshot replaying keys): what
    /// would have been.
    DryRun {
        events: usize,
        claims: usize,
        path: PathBuf,
    },
    /// The file exists: ask before overwriting.
    Exists,
    Failed(Arc<ExportError>),
}

/// What came of writing a decision on a draft (or taking one back).
#[derive(Debug, Clone)]
pub enum DecisionReport {
    Done {
        /// The corpus as it is on disk now.
        timeline: Arc<Timeline>,
        /// How to take the decision back (`None` after an undo).
        undo: Option<Undo>,
        /// What happened, for the status bar.
        notice: Notice,
    },
    /// Nothing was written: why.
    Failed(String),
}

/// A user's intent, or an event from the terminal.
///
/// The variants down to `DeleteForward` are what keys do: each is bound in
/// the key table, and `keys::tests` fails when one has no key in a context
/// where the UI offers it. The rest come from elsewhere (typed text, the
/// mouse, a resize, an effect finishing).
#[derive(Debug, Clone)]
pub enum Action {
    // Anywhere outside a dialog.
    Quit,
    Suspend,
    Help,
    /// Give up a pending range, or go back from a cited passage to the
    /// selected event's own source.
    Cancel,
    NextPane,
    PrevPane,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Timeline → the passage; passage → its event; figure → its passage.
    Follow,
    /// The next / previous *article* that reports the selected event.
    NextArticle,
    PrevArticle,
    /// The next / previous passage of the selected event, one by one.
    NextPassage,
    PrevPassage,
    Back,
    Forward,
    /// The picker of the selected event's actors and places.
    Entities,
    /// Copy the followed passage with its citation (OSC 52).
    Copy,
    /// The whole record of what is selected (event, article, figure).
    Info,
    Search,
    NextHit,
    PrevHit,
    Filter,
    ClearFilter,
    Mark,
    MarkRange,
    ClearMarks,
    Export,
    Language,
    // The article pane.
    /// Accept the selected draft (event or figure): its draft mark goes.
    Accept,
    /// Reject the selected draft: it goes from the corpus.
    Reject,
    /// Take back the last decision on a draft.
    UndoDecision,
    /// Step only through the passages of the shown article's outlet, or
    /// through every outlet's again.
    OutletOnly,
    /// The next / previous passage of the article that any event cites.
    NextCited,
    PrevCited,
    // The casualty pane.
    LogScale,
    ClaimScope,
    /// Order the figures of each group by figure, date, claimant or as given.
    SortClaims,
    /// Every conflict and consistent difference of the view, in a record.
    Relations,
    // Dialogs.
    Close,
    Submit,
    NextField,
    PrevField,
    /// Change the focused choice (export format or scope).
    NextValue,
    PrevValue,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    DeleteBack,
    DeleteForward,
    ClearField,
    /// The search prompt's whole-words switch.
    WholeWords,

    // Not keys.
    /// A character typed into the open text field.
    Input(char),
    /// Text pasted into the open text field.
    Paste(String),
    Resize(u16, u16),
    Click(u16, u16),
    ScrollUp(u16, u16),
    ScrollDown(u16, u16),
    /// The outcome of an export the loop carried out for `update`.
    ExportFinished(ExportOutcome),
    /// The outcome of a decision on a draft (or its undo) the loop wrote.
    Decided(DecisionReport),
}
