//! What is already at an export's path, and whether it may be replaced.
//!
//! Only a regular file is ever replaced. A symbolic link is judged by what
//! it points to: a link to a regular file is written *through* (the file
//! it points to is replaced and the link stays, as a shell's `>` or an
//! editor would do), anything else is refused. A device, a FIFO, a socket,
//! a folder, a broken link or a link to any of those is refused whatever
//! `--force` says: replacing `/dev/null` with a regular file (as root) or
//! writing into a FIFO is never what an export means.

use crate::export::error::{ExportError, shown};
use std::fs::{self, FileType, Metadata};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// What an export will write over.
#[derive(Debug)]
pub(crate) enum Target {
    /// Nothing is there yet: the file is created.
    New,
    /// A regular file: `file` is the path itself or, through symbolic
    /// links, the file they lead to; `meta` is that file's metadata.
    Regular { file: PathBuf, meta: Metadata },
}

/// Looks at `path` without following anything but symbolic links, and
/// refuses everything that is not a regular file or nothing.
pub(crate) fn inspect(path: &Path) -> Result<Target, ExportError> {
    let io = |source| ExportError::Io {
        path: shown(path),
        source,
    };
    let link_meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        // A missing folder or a file in the way: the folder check says which.
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
            return Ok(Target::New);
        }
        Err(e) => return Err(io(e)),
    };
    let kind = link_meta.file_type();
    if kind.is_file() {
        return Ok(Target::Regular {
            file: path.to_path_buf(),
            meta: link_meta,
        });
    }
    if kind.is_dir() {
        return Err(ExportError::IsAFolder { path: shown(path) });
    }
    if !kind.is_symlink() {
        return Err(not_regular(path, describe(kind)));
    }
    if let Some(what) = unfollowable(path) {
        return Err(not_regular(path, what.to_string()));
    }
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(Target::Regular {
            file: fs::canonicalize(path).map_err(io)?,
            meta,
        }),
        Ok(meta) => Err(not_regular(
            path,
            format!("a symbolic link to {}", describe(meta.file_type())),
        )),
        Err(e) if e.kind() == ErrorKind::NotFound => {
            Err(not_regular(path, "a broken symbolic link".to_string()))
        }
        Err(e) => Err(io(e)),
    }
}

/// Why the chain of symbolic links at `path` must not be followed, if it
/// must not, checking every link (and each link's folder, resolved):
///
/// - it passes through /proc, where links name the open files of
///   processes, not paths: `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`.
///   Whatever the open file is (a pipe, a terminal, or the very file the
///   shell redirected stdout to), an export is never written there; this
///   is checked before the type, so the message does not depend on where
///   stdout happens to go.
/// - a link sits in a shared sticky folder (`/tmp`) and belongs neither to
///   the user nor to the folder's owner: the kernel's `protected_symlinks`
///   rule, applied to our own resolution, so that `-o /tmp/x.json --force`
///   as root cannot be aimed at `/etc/passwd` by another user's link.
fn unfollowable(path: &Path) -> Option<&'static str> {
    let mut p = path.to_path_buf();
    // The kernel's own limit on links followed in one lookup.
    for _ in 0..40 {
        let folder = match p.parent() {
            Some(f) if !f.as_os_str().is_empty() => f,
            _ => Path::new("."),
        };
        let folder = fs::canonicalize(folder).ok()?;
        if folder.starts_with("/proc") {
            return Some("a symbolic link into /proc (an open file of a process)");
        }
        let link = fs::symlink_metadata(&p)
            .ok()
            .filter(|m| m.file_type().is_symlink())?;
        if foreign_in_shared_folder(&link, &folder) {
            return Some("another user's symbolic link in a shared sticky folder");
        }
        p = folder.join(fs::read_link(&p).ok()?);
    }
    None
}

#[cfg(unix)]
fn foreign_in_shared_folder(link: &Metadata, folder: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(dir) = fs::metadata(folder) else {
        return false;
    };
    let shared = dir.mode() & 0o1002 == 0o1002; // sticky and writable by all
    let me = rustix::process::geteuid().as_raw();
    shared && link.uid() != me && link.uid() != dir.uid()
}

#[cfg(not(unix))]
fn foreign_in_shared_folder(_link: &Metadata, _folder: &Path) -> bool {
    false
}

fn not_regular(path: &Path, what: String) -> ExportError {
    ExportError::NotRegular {
        path: shown(path),
        what,
    }
}

/// A file type in words, with its article.
fn describe(kind: FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() {
            return "a character device".into();
        }
        if kind.is_block_device() {
            return "a block device".into();
        }
        if kind.is_fifo() {
            return "a FIFO (named pipe)".into();
        }
        if kind.is_socket() {
            return "a socket".into();
        }
    }
    if kind.is_dir() {
        "a folder".into()
    } else if kind.is_symlink() {
        "a symbolic link".into()
    } else {
        "a special file".into()
    }
}

/// The permission bits a replacement keeps: read, write and execute for
/// owner, group and others. Never setuid, setgid or sticky: exporting onto
/// (a link to) a mode-4755 file must not make a new setuid file.
#[cfg(unix)]
pub(crate) fn kept_mode(meta: &Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o777
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    #[test]
    fn special_bits_are_never_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = dir.path().join("suid");
        fs::write(&f, b"x").expect("write");
        fs::set_permissions(&f, fs::Permissions::from_mode(0o7755)).expect("chmod");
        let meta = fs::metadata(&f).expect("meta");
        assert_eq!(kept_mode(&meta), 0o755);
    }

    #[test]
    fn links_are_judged_by_what_they_point_to() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("real.json");
        fs::write(&file, b"x").expect("write");
        let to_file = dir.path().join("to-file");
        symlink(&file, &to_file).expect("symlink");
        match inspect(&to_file).expect("a link to a file") {
            Target::Regular { file: f, .. } => {
                assert_eq!(f, fs::canonicalize(&file).expect("canonical"));
            }
            t => panic!("{t:?}"),
        }
        let to_dir = dir.path().join("to-dir");
        symlink(dir.path(), &to_dir).expect("symlink");
        let e = inspect(&to_dir).expect_err("a link to a folder");
        assert!(
            e.to_string().ends_with(
                "it is a symbolic link to a folder; only a regular file is ever replaced"
            ),
            "{e}"
        );
        let broken = dir.path().join("broken");
        symlink(dir.path().join("nothing"), &broken).expect("symlink");
        let e = inspect(&broken).expect_err("broken");
        assert!(e.to_string().contains("a broken symbolic link"), "{e}");
        assert!(matches!(inspect(&dir.path().join("new")), Ok(Target::New)));
    }
}
