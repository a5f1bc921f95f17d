//! The resolved corpus kept between launches, so that a second launch on
//! an unchanged corpus folder skips parsing, resolving and validating it
//! (most of the load: docs/performance.md, "The resolved-corpus cache").
//!
//! One entry per corpus folder, in the user's cache folder
//! ([`default_dir`]). An entry is used only when its key — a hash of the
//! content of every file the load reads (the annotation file and each
//! article file it names), of this program and of the entry's format —
//! is the key of the files as they are now: any change to any of them
//! gives a full load. Times of modification play no part: a file can
//! change without its time changing, and the other way round.
//!
//! The article texts are not in the entry: the files must be read to be
//! hashed, so the texts read are the texts used.
//!
//! The entry is untrusted input like the corpus itself (issue 13): it is
//! read with the corpus files' rules, its header and a checksum of its
//! payload are checked, and every index and byte range of the timeline
//! read back is checked ([`check`]). Anything wrong, and it is ignored and
//! written again after a full load. Only a corpus that loads without a
//! problem is written, so a corpus's problems always come from the full
//! load. A cache that cannot be written (read-only home, full disk) is
//! skipped without a word: the command does not depend on it.

mod check;
mod entry;
mod key;

use crate::corpus::load::{DirSource, load_hashing};
use crate::corpus::model::Timeline;
use crate::corpus::problem::Problems;
use crate::corpus::progress::Progress;
use entry::Entry;
use std::path::{Path, PathBuf};

/// The version of the entry's layout; part of the key, and checked first.
/// Raise it when the model's types change shape.
pub const FORMAT: u32 = 1;

/// What the cache did for one load (for tests and benchmarks: the
/// commands do not say).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The timeline came from the cache.
    Hit,
    /// A full load; `written` when its timeline was stored.
    Miss { written: bool },
    /// No cache folder (or the corpus folder has no name): a full load.
    Off,
}

/// The cache folder: `$XDG_CACHE_HOME/karabakh-timeline`, else
/// `$HOME/.cache/karabakh-timeline` (the XDG base directory rules: a
/// relative `XDG_CACHE_HOME` is ignored). `None` when neither is set.
pub fn default_dir(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let absolute = |v: String| Some(PathBuf::from(v)).filter(|p| p.is_absolute());
    let base = env("XDG_CACHE_HOME")
        .and_then(absolute)
        .or_else(|| env("HOME").and_then(absolute).map(|h| h.join(".cache")))?;
    Some(base.join("karabakh-timeline"))
}

/// Loads the corpus folder `dir` (which has an `annotations.json`) from
/// its entry in `cache` when the entry is the files' own, else in full
/// (and stores the result when it has no problem). `cache` `None` is a
/// plain full load that neither reads nor writes any entry.
pub fn load(
    dir: &Path,
    cache: Option<&Path>,
    progress: &dyn Progress,
) -> Result<Timeline, Problems> {
    load_reporting(dir, cache, progress).0
}

/// [`load`], also saying what the cache did.
pub fn load_reporting(
    dir: &Path,
    cache: Option<&Path>,
    progress: &dyn Progress,
) -> (Result<Timeline, Problems>, Outcome) {
    let source = DirSource(dir.to_path_buf());
    let Some(entry) = cache.and_then(|c| Entry::new(c, dir)) else {
        return (
            crate::corpus::load::load_with(&source, progress),
            Outcome::Off,
        );
    };
    if let Some(t) = entry.read(&source, progress) {
        return (Ok(t), Outcome::Hit);
    }
    match load_hashing(&source, progress) {
        Ok((t, annotations)) => {
            let written = entry.write(&t, &annotations).is_ok();
            (Ok(t), Outcome::Miss { written })
        }
        Err(p) => (Err(p), Outcome::Miss { written: false }),
    }
}

#[cfg(test)]
mod tests {
    use super::default_dir;
    use std::path::PathBuf;

    #[test]
    fn the_cache_folder_follows_the_xdg_rules() {
        let env = |xdg: Option<&'static str>, home: Option<&'static str>| {
            move |k: &str| match k {
                "XDG_CACHE_HOME" => xdg.map(String::from),
                "HOME" => home.map(String::from),
                _ => None,
            }
        };
        let got = default_dir(env(Some("/x/c"), Some("/h")));
        assert_eq!(got, Some(PathBuf::from("/x/c/karabakh-timeline")));
        let got = default_dir(env(Some("rel"), Some("/h")));
        assert_eq!(got, Some(PathBuf::from("/h/.cache/karabakh-timeline")));
        assert_eq!(default_dir(env(None, None)), None);
    }
}
