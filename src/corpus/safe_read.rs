//! Reading one file of a corpus folder, which is untrusted input.
//!
//! A corpus file must be a regular file inside the folder once links are
//! resolved, and no larger than a limit: a link to `/etc/passwd` would be
//! shown and exported in quotes, a FIFO would hang the load, and
//! `/dev/zero`, `/dev/tty` or `/proc/self/environ` would be read as an
//! article (the user's keystrokes, their environment). Each of these is
//! refused with an error that says what the file is.

use crate::corpus::problem::escape_controls;
use std::fmt;
use std::fs::{self, File, Metadata};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The largest `annotations.json` read: 256 MiB, almost three times the
/// 89 MB of the benchmarks' corpus of 1,000 copies of the bundled one.
pub const MAX_ANNOTATIONS_BYTES: u64 = 256 * 1024 * 1024;

/// The largest article file read: 16 MiB, about 1,500 times the longest
/// bundled article (a news article is tens of kilobytes).
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// Why a corpus file was not read.
#[derive(Debug)]
pub enum Refused {
    /// Not a plain file name (`../x`, `/etc/x`, `a/b`).
    NotPlainName,
    /// After resolving links, the file is outside the corpus folder.
    Outside(PathBuf),
    /// Not a regular file: what it is.
    NotRegular(&'static str),
    /// Larger than the limit, in bytes.
    TooLarge(u64),
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::NotPlainName => {
                f.write_str("corpus files must be plain names inside the corpus folder")
            }
            Refused::Outside(target) => write!(
                f,
                "it is a link to \"{}\", outside the corpus folder",
                escape_controls(&target.to_string_lossy())
            ),
            Refused::NotRegular(what) => write!(f, "it is {what}, not a regular file"),
            Refused::TooLarge(limit) => write!(
                f,
                "it is larger than the limit of {} MiB for this file",
                limit / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for Refused {}

fn refuse(r: Refused) -> io::Error {
    let kind = match r {
        Refused::NotPlainName => io::ErrorKind::InvalidInput,
        Refused::TooLarge(_) => io::ErrorKind::FileTooLarge,
        _ => io::ErrorKind::PermissionDenied,
    };
    io::Error::new(kind, r)
}

/// Reads `name` inside `dir` under the rules of the module docs, at most
/// `limit` bytes.
pub fn read_in_folder(dir: &Path, name: &str, limit: u64) -> io::Result<Vec<u8>> {
    let (file, len) = open_in_folder(dir, name, limit)?;
    // A file may be longer than it says (/proc reports 0): read at most
    // one byte past the limit to know.
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(refuse(Refused::TooLarge(limit)));
    }
    Ok(bytes)
}

/// The blake3 hash of `name` inside `dir`, read under the same rules a
/// piece at a time (the cache hashes a 150 MB annotation file it does not
/// need to keep).
pub fn hash_in_folder(dir: &Path, name: &str, limit: u64) -> io::Result<blake3::Hash> {
    let (mut file, _) = open_in_folder(dir, name, limit)?;
    let mut hasher = blake3::Hasher::new();
    // blake3 uses every SIMD lane from 16 KiB of input on.
    let mut buf = vec![0; 1 << 16];
    let mut read = 0u64;
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        read += n as u64;
        if read > limit {
            return Err(refuse(Refused::TooLarge(limit)));
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher.finalize())
}

/// `name` inside `dir`, opened under the rules of the module docs, and
/// the length it says it has.
fn open_in_folder(dir: &Path, name: &str, limit: u64) -> io::Result<(File, u64)> {
    if name.is_empty() || Path::new(name).components().count() != 1 || name.contains('\\') {
        return Err(refuse(Refused::NotPlainName));
    }
    let path = dir.join(name);
    // What the name is, before anything opens it (opening a FIFO to read
    // waits for a writer, opening a device may act on it).
    let meta = fs::symlink_metadata(&path)?;
    let real = if meta.file_type().is_symlink() {
        // Where the link really leads, once every link is resolved.
        let folder = dir.canonicalize()?;
        let real = path.canonicalize()?;
        if !real.starts_with(&folder) {
            return Err(refuse(Refused::Outside(real)));
        }
        check_regular(&fs::metadata(&real)?)?;
        real
    } else {
        // A plain name that is not a link is in the folder: no need to
        // resolve every component of the path (the common case, once per
        // article of a corpus of thousands).
        check_regular(&meta)?;
        path
    };
    let file = open(&real)?;
    // The file could have been swapped since: check what was opened.
    let meta = file.metadata()?;
    check_regular(&meta)?;
    if meta.len() > limit {
        return Err(refuse(Refused::TooLarge(limit)));
    }
    Ok((file, meta.len()))
}

fn check_regular(meta: &Metadata) -> io::Result<()> {
    if meta.is_file() {
        Ok(())
    } else {
        Err(refuse(Refused::NotRegular(what(meta))))
    }
}

/// What a file that is not a regular one is, in words.
fn what(meta: &Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Opens without following a last link (the path is already resolved) and
/// without blocking, so that a FIFO swapped in after the check cannot hang
/// the load; reading a regular file is not affected by `O_NONBLOCK`.
fn open(path: &Path) -> io::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    options.open(path)
}
