//! The key of a cache entry: what the timeline was made from.
//!
//! blake3 (hundreds of MB a second per core on this machine; see
//! docs/performance.md): of the annotation file's bytes, then of each
//! article file's name and bytes, then of the program. The program is its
//! version, the entry format and the identity of its executable (size,
//! modification time, inode): a rebuilt binary whose model types changed
//! shape under the same version number must not read an older layout as
//! its own. That identity is the program's, not the corpus's: the corpus
//! is keyed by content only.

use crate::corpus::cache::FORMAT;
use blake3::{Hash, Hasher};

/// The program's part of every key; `None` when the executable cannot be
/// identified (then nothing is cached).
pub fn program() -> Option<Hash> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(exe).ok()?;
    let mut h = Hasher::new();
    h.update(b"karabakh-timeline resolved corpus");
    h.update(&FORMAT.to_le_bytes());
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    h.update(&meta.len().to_le_bytes());
    if let Ok(modified) = meta.modified()
        && let Ok(since) = modified.duration_since(std::time::UNIX_EPOCH)
    {
        h.update(&since.as_nanos().to_le_bytes());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        h.update(&meta.ino().to_le_bytes());
        h.update(&meta.dev().to_le_bytes());
    }
    Some(h.finalize())
}

/// The key of a corpus: the program's part, the annotation file's hash,
/// then each article's file name and the hash of its bytes, in the
/// timeline's order. Lengths are hashed before names so that no two lists
/// give the same bytes.
pub fn corpus<'a>(
    program: &Hash,
    annotations: &Hash,
    articles: impl ExactSizeIterator<Item = (&'a str, Hash)>,
) -> Hash {
    let mut h = Hasher::new();
    h.update(program.as_bytes());
    h.update(annotations.as_bytes());
    h.update(&(articles.len() as u64).to_le_bytes());
    for (name, hash) in articles {
        h.update(&(name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update(hash.as_bytes());
    }
    h.finalize()
}
