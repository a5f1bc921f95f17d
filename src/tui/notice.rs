//! What the status bar reports after an action, as data: worded when drawn
//! (`i18n::notice`), so the language toggle rewords it.

/// A one-line message on the status bar, worded when it is drawn (so the
/// language toggle rewords it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    FilterCleared,
    /// A jump cleared the filter that hid its target.
    FilterClearedToShow,
    /// The filter now shows this many events.
    Shown(usize),
    /// A search hit this many events, and this many places in article
    /// text no event cites.
    Matches(usize, usize),
    NoHits,
    NoSearch,
    RangeStarted,
    RangeCancelled,
    /// A range added this many marks.
    RangeMarked(usize),
    MarksCleared,
    NoEarlier,
    NoLater,
    /// Enter on a passage that no event cites.
    NoEventHere,
    NoEntities,
    OneArticle,
    OnePassage,
    EndOfArticle,
    NoClaim,
    /// `y` put a passage on the clipboard: its citation line.
    Copied(String),
    /// A draft was accepted / rejected (its id), or a decision taken back.
    Accepted(String),
    Rejected(String),
    Undone,
    /// A decision could not be written: why.
    DecisionFailed(String),
    NotADraft,
    NothingToUndo,
    /// Decisions need a corpus folder (`--corpus DIR`).
    NoCorpusFolder,
}
