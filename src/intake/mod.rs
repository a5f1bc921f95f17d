//! Bringing one's own articles into a corpus (issue 12, SPEC 9): `add`
//! drafts new Arabic articles and merges the drafts into a corpus folder;
//! a folder of plain `.txt` articles with no annotations is drafted on the
//! fly; and a user's decisions on drafts (accept, reject, undo) are
//! written back. Terminal-free, like the rest of the library.
//!
//! Everything written is a corpus in the documented format
//! (`docs/corpus-format.md`), drafts marked as such (`draft` on events,
//! claims and sources), and nothing is written before the result has
//! loaded with the real loader:
//! [`document`] holds `annotations.json` as an editable document,
//! [`items`] turns a drafted article into its corpus entry, [`merge`]
//! decides what is the same event as what the corpus has, `batch` drafts
//! and merges article after article, [`add`] runs the workflow, [`folder`]
//! drafts a folder of plain articles, [`drafts`] applies decisions.

pub mod add;
mod batch;
pub mod document;
pub mod drafts;
pub mod folder;
pub mod items;
pub mod merge;
mod overlay;

use crate::corpus::Problems;
use crate::export::ExportError;
use crate::extract::ExtractError;
use std::path::PathBuf;

pub use add::{AddOptions, AddReport, add};
pub use drafts::{Decision, decide, undo};
pub use folder::{load_folder, load_folder_cached, load_folder_with};

/// Why articles could not be added, or a decision not written. Nothing
/// was written when one of these is returned.
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("{0}")]
    Extract(#[from] ExtractError),
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "{file}: the article prints no publication date and none was given; its relative dates cannot be counted"
    )]
    NoPublished { file: String },
    #[error("{file}: already in the corpus as article \"{article}\" ({existing})")]
    AlreadyInCorpus {
        file: String,
        article: String,
        existing: String,
    },
    #[error("{file}: given twice")]
    GivenTwice { file: String },
    #[error("{path}: not a folder")]
    NotAFolder { path: String },
    /// The corpus to add to does not load: every problem.
    #[error("{0}")]
    Corpus(Problems),
    #[error(
        "{path}: the corpus is schema_version 1; drafts are written in version 2 (docs/corpus-format.md, \"Reading version 1 files\")"
    )]
    Version1 { path: String },
    /// The corpus as it would be written does not load (a bug: reported,
    /// never written).
    #[error("the corpus with the drafts would not load, so nothing was written:\n{0}")]
    Invalid(Problems),
    #[error("{0}")]
    Write(#[from] ExportError),
    #[error("no draft \"{id}\": {why}")]
    NoSuchDraft { id: String, why: String },
    #[error(
        "{path} changed since the decision was written; it was left as it is (undo applies only to the file as the decision left it)"
    )]
    ChangedSince { path: String },
}

impl IntakeError {
    /// A file that could not be read (or parsed), named as messages show it.
    pub(crate) fn read(path: &std::path::Path, source: std::io::Error) -> IntakeError {
        IntakeError::Read {
            path: shown(path),
            source,
        }
    }
}

/// A path as messages show it.
pub(crate) fn shown(p: &std::path::Path) -> String {
    p.display().to_string()
}

/// `dir/annotations.json`.
pub(crate) fn annotations_path(dir: &std::path::Path) -> PathBuf {
    dir.join(crate::corpus::source::ANNOTATIONS)
}
