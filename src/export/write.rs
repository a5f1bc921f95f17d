//! Atomic file writes for exports.
//!
//! The bytes go to a temporary file in the *same* folder (so the final
//! rename never crosses file systems), are flushed to disk, and only then
//! renamed over the target. A reader therefore sees either the old file or
//! the complete new one, and a failure at any step leaves neither a partial
//! export nor a stray temporary file (the temporary file deletes itself
//! when dropped).

use crate::export::error::{ExportError, shown};
use std::fs;
use std::io::{self, ErrorKind, Write};
use std::path::Path;
use tempfile::{Builder, NamedTempFile};

/// Writes `contents` to `path` atomically. Without `force`, an existing
/// file is never replaced, even one that appears while we write. With
/// `force`, a symbolic link at `path` is replaced by the file itself (the
/// rename swaps the name), never written through.
pub fn write_atomic(path: &Path, contents: &[u8], force: bool) -> Result<(), ExportError> {
    let p = shown(path);
    if path.is_dir() {
        return Err(ExportError::IsAFolder { path: p });
    }
    if path.file_name().is_none() {
        return Err(ExportError::NoFileName { path: p });
    }
    let folder = match path.parent() {
        Some(f) if !f.as_os_str().is_empty() => f,
        _ => Path::new("."),
    };
    check_folder(path, folder)?;
    let existing = fs::symlink_metadata(path).ok();
    if existing.is_some() && !force {
        return Err(ExportError::AlreadyExists { path: p });
    }
    let mut tmp = temp_file(path, folder)?;
    let io_err = |source| ExportError::Io {
        path: shown(path),
        source,
    };
    tmp.write_all(contents).map_err(io_err)?;
    // Replacing a file keeps its permissions: a user who made it private
    // should not find it world-readable after an export.
    if existing.is_some()
        && let Ok(meta) = fs::metadata(path)
    {
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    tmp.as_file().sync_all().map_err(io_err)?;
    let persisted = if force {
        tmp.persist(path)
    } else {
        tmp.persist_noclobber(path)
    };
    if let Err(e) = persisted {
        let source = e.error;
        drop(e.file); // deletes the temporary file
        return Err(persist_error(path, folder, source));
    }
    sync_folder(folder);
    Ok(())
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
fn temp_file(path: &Path, folder: &Path) -> Result<NamedTempFile, ExportError> {
    let mut b = Builder::new();
    b.prefix(".karabakh-export-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(folder)
        .map_err(|source| unwritable_or_io(path, folder, source))
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
