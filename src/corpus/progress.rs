//! How far a load has got, told to whoever shows it to a person waiting
//! (the CLI draws a line on stderr, the TUI a line on screen). The loader
//! knows nothing of either: it calls a [`Progress`].

/// A step of loading a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and parsing `annotations.json`.
    Annotations,
    /// Reading the article files: so many of so many.
    Articles { done: usize, total: usize },
    /// Checking every id, date and quote, and building the timeline.
    Resolving,
}

/// Told of each stage as the load reaches it; called from the loader's
/// threads too, hence `Sync`.
pub trait Progress: Sync {
    fn stage(&self, stage: Stage);
}

/// No one is waiting.
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _: Stage) {}
}
