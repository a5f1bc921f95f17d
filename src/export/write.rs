//! Atomic file writes for exports and screenshots.
//!
//! The bytes go to a temporary file in the *same* folder as the file they
//! replace (so the final rename never crosses file systems), are flushed to
//! disk, and only then renamed over the target. A reader therefore sees
//! either the old file or the complete new one, and a failure at any step
//! leaves neither a partial export nor a stray temporary file: the
//! temporary file deletes itself when dropped, and a signal removes it
//! through [`with_temp_files_removed`] (see `inflight`).
//!
//! What may be replaced is decided in `target`: only a regular file, or
//! the regular file a symbolic link points to (the link stays); never a
//! device, FIFO, socket or folder, whatever `force` says.

use crate::export::error::{ExportError, shown};
use crate::export::inflight::InFlight;
pub use crate::export::inflight::with_temp_files_removed;
use crate::export::target::{Target, inspect};
use std::fs;
use std::io::{self, ErrorKind, Write};
use std::path::Path;
use tempfile::Builder;

/// Writes `contents` to `path` atomically.
///
/// Without `force`, an existing file is never replaced, even one that
/// appears while we write. With `force`, a regular file is replaced and
/// keeps its read/write/execute bits (never setuid, setgid or sticky) and,
/// where the system allows, its owner and group; a symbolic link to a
/// regular file is written through: the file it points to is replaced and
/// the link is left as it is. Anything else at `path` is refused.
pub fn write_atomic(path: &Path, contents: &[u8], force: bool) -> Result<(), ExportError> {
    write_atomic_with(path, force, |w| w.write_all(contents)).map(|_| ())
}

/// Buffer between a writer's many small pieces and the temporary file.
const BUFFER: usize = 256 * 1024;

/// [`write_atomic`], the contents written by `write` to a buffered writer
/// on the temporary file as they are made (an export is never held in
/// memory whole). Any error of `write` or of the disk (full, over a
/// quota, `ulimit -f`) fails the whole write: the temporary file is
/// removed and the target is left as it was. Returns the bytes written.
pub fn write_atomic_with(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<usize, ExportError> {
    let target = inspect(path)?;
    if path.file_name().is_none() {
        return Err(ExportError::NoFileName { path: shown(path) });
    }
    let dest = match &target {
        Target::New => path,
        Target::Regular { .. } if !force => {
            return Err(ExportError::AlreadyExists { path: shown(path) });
        }
        Target::Regular { file, .. } => file.as_path(),
    };
    let folder = match dest.parent() {
        Some(f) if !f.as_os_str().is_empty() => f,
        _ => Path::new("."),
    };
    check_folder(path, folder)?;
    let tmp = temp_file(path, folder)?;
    let io_err = |source| ExportError::Io {
        path: shown(path),
        source,
    };
    let file = tmp.as_file().map_err(io_err)?;
    let mut buffered = io::BufWriter::with_capacity(BUFFER, file);
    let written = write(&mut buffered).and_then(|()| buffered.flush());
    // Whatever is left in the buffer after an error is never written.
    let _ = buffered.into_parts();
    written.map_err(io_err)?;
    let bytes = file.metadata().map_err(io_err)?.len();
    if let Target::Regular { meta, .. } = &target {
        keep_mode_and_owner(file, meta);
    }
    file.sync_all().map_err(io_err)?;
    pause_before_rename();
    // What is there may have changed while we wrote: check again, so that
    // a FIFO or device that took the file's place is still never replaced.
    if force {
        inspect(dest)?;
    }
    if let Err(source) = tmp.persist(dest, force) {
        return Err(persist_error(path, folder, source));
    }
    sync_folder(folder);
    Ok(usize::try_from(bytes).unwrap_or(usize::MAX))
}

/// A replacement keeps the old file's permission bits, without the special
/// ones, and (best effort: only root may give a file away) its owner and
/// group, so that replacing someone's file as root leaves it theirs.
#[cfg(unix)]
fn keep_mode_and_owner(file: &fs::File, old: &fs::Metadata) {
    use std::os::unix::fs::{MetadataExt, PermissionsExt, fchown};
    let _ = fchown(file, Some(old.uid()), Some(old.gid()));
    let mode = crate::export::target::kept_mode(old);
    let _ = file.set_permissions(fs::Permissions::from_mode(mode));
}

#[cfg(not(unix))]
fn keep_mode_and_owner(file: &fs::File, old: &fs::Metadata) {
    let _ = file.set_permissions(old.permissions());
}

/// For tests of interrupted writes only, and only in debug builds: with
/// `KARABAKH_TEST_PAUSE_BEFORE_RENAME=MS` set, a write waits MS
/// milliseconds with its temporary file complete and not yet renamed, so a
/// test can send a signal at exactly that moment. Release builds do not
/// contain this.
fn pause_before_rename() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("KARABAKH_TEST_PAUSE_BEFORE_RENAME")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// The folder must exist and be a folder; says which part of the path is
/// missing or is a file.
fn check_folder(path: &Path, folder: &Path) -> Result<(), ExportError> {
    match fs::metadata(folder) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(ExportError::NotAFolder {
            path: shown(path),
            folder: shown(folder),
        }),
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
            // `a/file.txt/b/out.json`: name the file in the way, not `b`.
            let blocker = folder
                .ancestors()
                .skip(1)
                .filter(|a| !a.as_os_str().is_empty())
                .find(|a| fs::metadata(a).is_ok_and(|m| !m.is_dir()));
            Err(match blocker {
                Some(file) => ExportError::NotAFolder {
                    path: shown(path),
                    folder: shown(file),
                },
                None => ExportError::MissingFolder {
                    path: shown(path),
                    folder: shown(folder),
                },
            })
        }
        Err(source) => Err(ExportError::Io {
            path: shown(path),
            source,
        }),
    }
}

/// A hidden temporary file beside the target. Created readable by others
/// (subject to the umask) like any new file, not 0600 as tempfile's default.
fn temp_file(path: &Path, folder: &Path) -> Result<InFlight, ExportError> {
    let mut b = Builder::new();
    b.prefix(".karabakh-export-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(fs::Permissions::from_mode(0o666));
    }
    InFlight::create(&b, folder).map_err(|source| unwritable_or_io(path, folder, source))
}

fn persist_error(path: &Path, folder: &Path, source: io::Error) -> ExportError {
    match source.kind() {
        ErrorKind::AlreadyExists => ExportError::AlreadyExists { path: shown(path) },
        ErrorKind::IsADirectory => ExportError::IsAFolder { path: shown(path) },
        _ => unwritable_or_io(path, folder, source),
    }
}

fn unwritable_or_io(path: &Path, folder: &Path, source: io::Error) -> ExportError {
    match source.kind() {
        ErrorKind::PermissionDenied => ExportError::Unwritable {
            path: shown(path),
            folder: shown(folder),
            reason: "permission denied".into(),
        },
        ErrorKind::ReadOnlyFilesystem => ExportError::Unwritable {
            path: shown(path),
            folder: shown(folder),
            reason: "read-only file system".into(),
        },
        _ => ExportError::Io {
            path: shown(path),
            source,
        },
    }
}

/// Makes the rename itself durable. Best effort: the data is already on
/// disk and some systems cannot open a folder for syncing.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .map(|r| {
                r.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    #[test]
    fn writes_then_refuses_then_overwrites_with_force() {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = dir.path().join("out.txt");
        write_atomic(&f, b"one", false).expect("first write");
        let err = write_atomic(&f, b"two", false).expect_err("must refuse");
        assert!(err.is_already_exists(), "{err}");
        assert_eq!(fs::read(&f).expect("read"), b"one");
        write_atomic(&f, b"three", true).expect("forced write");
        assert_eq!(fs::read(&f).expect("read"), b"three");
        assert_eq!(names(dir.path()), ["out.txt"]);
    }

    #[test]
    fn messages_name_the_file_and_the_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("nope").join("out.json");
        let e = write_atomic(&missing, b"x", false).expect_err("missing folder");
        assert_eq!(
            e.to_string(),
            format!(
                "cannot write \"{}\": the folder \"{}\" does not exist",
                missing.display(),
                dir.path().join("nope").display()
            )
        );
        let file = dir.path().join("plain");
        fs::write(&file, b"x").expect("write");
        let under = file.join("deeper").join("out.json");
        let e = write_atomic(&under, b"x", true).expect_err("under a file");
        assert!(
            e.to_string()
                .ends_with(&format!("\"{}\" is a file, not a folder", file.display())),
            "{e}"
        );
        let e = write_atomic(dir.path(), b"x", true).expect_err("a folder");
        assert!(e.to_string().ends_with("it is a folder; give a file name"));
        assert_eq!(names(dir.path()), ["plain"]);
    }
}
