//! The temporary files being written right now, so that a signal can
//! remove them before the process ends.
//!
//! A temporary file deletes itself when dropped, but a signal's default
//! action ends the process without running any destructor, which left
//! `.karabakh-export-*.tmp` beside the target (issue 13, finding 7). So
//! every temporary file is registered here from its creation until it is
//! renamed into place or deleted, and [`with_temp_files_removed`] unlinks
//! whatever is registered. The program's signal handling (the CLI's
//! `signals` module) calls it from an ordinary thread, never from an
//! asynchronous signal handler, so taking a lock is allowed there.
//!
//! Creating, renaming and unregistering happen under the same lock as the
//! removal, so a signal can never see a file that exists but is not yet
//! registered, nor remove a path after it has been renamed into place.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use tempfile::{Builder, NamedTempFile};

static IN_FLIGHT: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn registry() -> MutexGuard<'static, Vec<PathBuf>> {
    // A panic elsewhere does not make the list of paths wrong.
    IN_FLIGHT.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes every temporary file being written, then runs `then` while no
/// new one can be created or renamed (the lock is held): the place for
/// ending the process as the signal would have.
pub fn with_temp_files_removed<R>(then: impl FnOnce() -> R) -> R {
    let mut files = registry();
    for f in files.drain(..) {
        let _ = fs::remove_file(f);
    }
    then()
}

/// A registered temporary file. Dropping it deletes the file.
pub(crate) struct InFlight {
    file: Option<NamedTempFile>,
}

impl InFlight {
    /// Creates a temporary file in `folder` with the builder's name and
    /// permissions, registered before anyone else can see it.
    pub(crate) fn create(builder: &Builder, folder: &Path) -> io::Result<InFlight> {
        let mut files = registry();
        let file = builder.tempfile_in(folder)?;
        files.push(file.path().to_path_buf());
        Ok(InFlight { file: Some(file) })
    }

    pub(crate) fn as_file(&self) -> io::Result<&File> {
        self.file
            .as_ref()
            .map(NamedTempFile::as_file)
            .ok_or_else(gone)
    }

    /// Renames the file to `dest`: over whatever is there when `clobber`,
    /// else only if nothing is. On failure the temporary file is deleted.
    pub(crate) fn persist(mut self, dest: &Path, clobber: bool) -> io::Result<()> {
        let mut files = registry();
        let tmp = self.file.take().ok_or_else(gone)?;
        let tmp_path = tmp.path().to_path_buf();
        let result = if clobber {
            tmp.persist(dest)
        } else {
            tmp.persist_noclobber(dest)
        };
        files.retain(|p| *p != tmp_path);
        match result {
            Ok(_) => Ok(()),
            Err(e) => {
                drop(e.file); // deletes the temporary file
                Err(e.error)
            }
        }
    }
}

/// Only after `persist` or `drop`, which consume the value: unreachable.
fn gone() -> io::Error {
    io::Error::other("the temporary file is gone")
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(tmp) = self.file.take() {
            let mut files = registry();
            let path = tmp.path().to_path_buf();
            drop(tmp); // deletes the temporary file
            files.retain(|p| *p != path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registered(p: &Path) -> bool {
        registry().iter().any(|x| x == p)
    }

    // `with_temp_files_removed` empties the one process-wide registry, so
    // it cannot be called beside other tests that write; the integration
    // test `export_signals` proves it with the real binary and a signal.
    #[test]
    fn registered_until_renamed_or_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let b = Builder::new();
        let a = InFlight::create(&b, dir.path()).expect("create");
        let a_path = a.file.as_ref().expect("file").path().to_path_buf();
        assert!(registered(&a_path));
        a.persist(&dir.path().join("done"), false).expect("persist");
        assert!(!registered(&a_path));
        assert!(dir.path().join("done").exists());

        let b_file = InFlight::create(&b, dir.path()).expect("create");
        let b_path = b_file.file.as_ref().expect("file").path().to_path_buf();
        drop(b_file);
        assert!(!registered(&b_path) && !b_path.exists());
    }
}
