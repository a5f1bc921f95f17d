//! Where the bytes of a corpus come from: a folder on disk (`--corpus DIR`)
//! or the copy of `assets/` compiled into the binary. This is the only part
//! of the loader that reads files; everything after it works on the bytes.

use crate::corpus::problem::{Problem, line_col};
use crate::corpus::safe_read::{
    MAX_ANNOTATIONS_BYTES, MAX_ARTICLE_BYTES, hash_in_folder, read_in_folder,
};
use std::io;
use std::path::PathBuf;

/// The annotation file's name inside a corpus folder.
pub const ANNOTATIONS: &str = "annotations.json";

/// Where the files of a corpus come from: a folder, or the copy compiled
/// into the binary. `Sync`: the loader reads the article files on several
/// threads.
pub trait CorpusSource: Sync {
    fn read(&self, name: &str) -> io::Result<Vec<u8>>;
    /// How to name a file in messages (a path the user can open).
    fn display(&self, name: &str) -> String;
    /// The blake3 hash of a file's bytes, under the rules of `read`
    /// (for the cache's key, [`crate::corpus::cache`]).
    fn hash(&self, name: &str) -> io::Result<blake3::Hash> {
        self.read(name).map(|b| blake3::hash(&b))
    }
}

/// A corpus folder on disk (`--corpus DIR`). Its files are untrusted: see
/// [`crate::corpus::safe_read`] for what is refused.
pub struct DirSource(pub PathBuf);

impl CorpusSource for DirSource {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        read_in_folder(&self.0, name, limit(name))
    }

    fn display(&self, name: &str) -> String {
        self.0.join(name).display().to_string()
    }

    /// A piece at a time: the bytes are not kept.
    fn hash(&self, name: &str) -> io::Result<blake3::Hash> {
        hash_in_folder(&self.0, name, limit(name))
    }
}

fn limit(name: &str) -> u64 {
    if name == ANNOTATIONS {
        MAX_ANNOTATIONS_BYTES
    } else {
        MAX_ARTICLE_BYTES
    }
}

/// Every file of `assets/`, by name.
pub const FILES: [(&str, &[u8]); 6] = [
    (ANNOTATIONS, include_bytes!("../../assets/annotations.json")),
    (
        "000_249e8729ad4eaa54.txt",
        include_bytes!("../../assets/000_249e8729ad4eaa54.txt"),
    ),
    (
        "001_09324016873ad670.txt",
        include_bytes!("../../assets/001_09324016873ad670.txt"),
    ),
    (
        "002_9d3c80a75afef3d0.txt",
        include_bytes!("../../assets/002_9d3c80a75afef3d0.txt"),
    ),
    (
        "003_9f2bed458ab2ea0d.txt",
        include_bytes!("../../assets/003_9f2bed458ab2ea0d.txt"),
    ),
    (
        "004_d9e06ef87a3c0df4.txt",
        include_bytes!("../../assets/004_d9e06ef87a3c0df4.txt"),
    ),
];

/// The compiled-in copy of `assets/`.
pub struct Bundled;

impl CorpusSource for Bundled {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        FILES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, bytes)| bytes.to_vec())
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the bundled corpus"))
    }

    fn display(&self, name: &str) -> String {
        format!("assets/{name}")
    }
}

/// Decodes UTF-8 or says where the first bad byte is.
pub fn utf8<'b>(file: &str, bytes: &'b [u8]) -> Result<&'b str, Problem> {
    utf8_from(file, bytes, Start::FILE)
}

/// Where a piece of a file starts, for [`utf8_from`]: its byte offset,
/// 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Start {
    pub offset: u64,
    pub line: usize,
    pub col: usize,
}

impl Start {
    pub const FILE: Start = Start {
        offset: 0,
        line: 1,
        col: 1,
    };
}

/// [`utf8`] of a piece of a file read a piece at a time: the position of
/// a bad byte is counted from where the piece starts.
pub fn utf8_from<'b>(file: &str, bytes: &'b [u8], at: Start) -> Result<&'b str, Problem> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        let (line, col) = std::str::from_utf8(&bytes[..good])
            .map(|t| line_col(t, good))
            .unwrap_or((1, 1));
        let col = if line == 1 { at.col + col - 1 } else { col };
        Problem::at(
            file,
            (at.line + line - 1, col),
            format!(
                "invalid UTF-8 (byte 0x{:02X} at offset {})",
                bytes[good],
                at.offset + good as u64
            ),
        )
    })
}
