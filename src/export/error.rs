//! Why an export failed, in words a user can act on.
//!
//! Every message is one line naming the file, so the CLI can print it as is
//! and the TUI dialog can show it in its status line.

use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("nothing to export: no events are selected")]
    NothingSelected,
    #[error("cannot write \"{path}\": the folder \"{folder}\" does not exist")]
    MissingFolder { path: String, folder: String },
    #[error("cannot write \"{path}\": \"{folder}\" is a file, not a folder")]
    NotAFolder { path: String, folder: String },
    #[error("cannot write \"{path}\": the folder \"{folder}\" is not writable ({reason})")]
    Unwritable {
        path: String,
        folder: String,
        reason: String,
    },
    #[error("cannot write \"{path}\": it is a folder; give a file name")]
    IsAFolder { path: String },
    /// A device, FIFO, socket, broken link or link to one of those: never
    /// replaced, with or without `force` (see `target`).
    #[error("cannot write \"{path}\": it is {what}; only a regular file is ever replaced")]
    NotRegular { path: String, what: String },
    #[error("cannot write \"{path}\": not a file name")]
    NoFileName { path: String },
    #[error("cannot write \"{path}\": the file already exists and was left unchanged")]
    AlreadyExists { path: String },
    #[error("cannot write \"{path}\": {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl ExportError {
    /// Whether `--force` (or the dialog's overwrite switch) would help.
    pub fn is_already_exists(&self) -> bool {
        matches!(self, ExportError::AlreadyExists { .. })
    }
}

/// A path as messages show it.
pub(crate) fn shown(p: &Path) -> String {
    p.display().to_string()
}
