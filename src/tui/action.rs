//! Everything that can happen to the UI, as data. Keys, mouse and resize
//! events become `Action`s; `update` applies them. Because actions are
//! plain values, tests drive the UI exactly as a user would, without a
//! terminal.

use crate::tui::app::Pane;

/// What came of writing an export file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportOutcome {
    /// The message to show ("wrote 12 events, 4 claims to oct.json").
    Written(String),
    /// The file exists: ask before overwriting.
    Exists,
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Close the open dialog, prompt or help; clear a pending prompt.
    Escape,
    ToggleHelp,
    NextPane,
    PrevPane,
    FocusPane(Pane),
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Follow: timeline → article; article passage → its event; claim → its passage.
    Follow,
    NextSource,
    PrevSource,
    NextPassage,
    PrevPassage,
    Back,
    Forward,
    /// Open the picker of the selected event's actors and places.
    RelatedEntities,
    StartSearch,
    NextHit,
    PrevHit,
    OpenFilter,
    ClearFilter,
    ToggleMark,
    MarkRange,
    ClearMarks,
    OpenExport,
    ToggleLanguage,
    ToggleLogScale,
    ToggleClaimScope,
    /// A character typed into the open prompt.
    Input(char),
    Backspace,
    Submit,
    /// Move between the fields of a dialog.
    NextChoice,
    PrevChoice,
    /// Change the value of a choice field (export format, scope).
    NextValue,
    PrevValue,
    /// The outcome of an export the loop carried out for `update`.
    ExportFinished(ExportOutcome),
    Resize(u16, u16),
    Click(u16, u16),
    ScrollUp(u16, u16),
    ScrollDown(u16, u16),
    Suspend,
}
