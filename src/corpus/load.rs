//! Loading a corpus, in one direction: read the annotation file, parse it
//! into sections, read the article files it names, then resolve everything
//! into a [`Timeline`] (pure: no file is read after this point).
//!
//! Loading never panics and never stops at the first problem: syntax
//! errors end the load (nothing after them can be trusted), but every
//! other problem — a bad field in one event, a quote missing from one
//! article — is collected with its position and the load goes on.

use crate::corpus::model::Timeline;
use crate::corpus::parse::{Sections, parse};
use crate::corpus::position::{Positions, Seg};
use crate::corpus::problem::{Problem, Problems, excerpt, line_col};
use crate::corpus::progress::{Progress, Silent, Stage};
use crate::corpus::resolve::Resolver;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use crate::corpus::safe_read::{MAX_ANNOTATIONS_BYTES, MAX_ARTICLE_BYTES};
pub use crate::corpus::source::{ANNOTATIONS, CorpusSource, DirSource, utf8};

/// The most article text a corpus may hold, all files together: 1 GiB, so
/// that thousands of files at the per-file limit cannot exhaust memory.
pub const MAX_CORPUS_TEXT_BYTES: u64 = 1024 * 1024 * 1024;

/// Loads and checks a whole corpus.
pub fn load(source: &dyn CorpusSource) -> Result<Timeline, Problems> {
    load_with(source, &Silent)
}

/// [`load`], telling `progress` how far it has got.
pub fn load_with(source: &dyn CorpusSource, progress: &dyn Progress) -> Result<Timeline, Problems> {
    load_hashing(source, progress, false).map(|(t, _)| t)
}

/// [`load_with`], also giving the hash of the annotation file's bytes the
/// load parsed (the cache's key is made of them: hashing the file again
/// afterwards could hash another version of it). Hashed on a thread of its
/// own while the file is parsed; `None` only if `hash` is false.
pub(crate) fn load_hashing(
    source: &dyn CorpusSource,
    progress: &dyn Progress,
    hash: bool,
) -> Result<(Timeline, Option<blake3::Hash>), Problems> {
    progress.stage(Stage::Annotations);
    let file = source.display(ANNOTATIONS);
    let bytes = source
        .read(ANNOTATIONS)
        .map_err(|e| Problems(vec![Problem::in_file(&file, format!("cannot read: {e}"))]))?;
    let text = utf8(&file, &bytes).map_err(|p| Problems(vec![p]))?;
    // A byte-order mark (Windows editors write one) is accepted and not
    // counted: positions are those an editor shows.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let (parsed, hashed) = std::thread::scope(|s| {
        let hashed = hash.then(|| s.spawn(|| blake3::hash(&bytes)));
        (parse(&file, text), hashed.map(|h| h.join()))
    });
    let hashed = match hashed {
        Some(Ok(h)) => Some(h),
        // A panic in the hash is a bug: let it be one here too.
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        None => None,
    };
    let mut sections = parsed?;
    let mut problems = Vec::new();
    let texts = read_articles(source, &file, text, &sections, &mut problems, progress);
    progress.stage(Stage::Resolving);
    // The resolver reads the sections' texts into the timeline (moving
    // them); the span tree stays apart for its problems.
    let positions = std::mem::replace(&mut sections.positions, Positions::lazy(""));
    let mut resolver = Resolver::new(&file, text, &positions);
    let timeline = resolver.build(&mut sections, texts);
    drop(sections);
    problems.extend(resolver.into_problems());
    // Checks run section by section; report in file order, which is how
    // a person fixes them.
    problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
    match timeline {
        Some(t) if problems.is_empty() => Ok((t, hashed)),
        _ => Err(Problems(problems)),
    }
}

/// The text of each article file, in the order of `sections.articles`;
/// `None` where the file cannot be read or is not UTF-8 (the problem is
/// reported here, at the article's `file` field or in the file itself).
fn read_articles(
    source: &dyn CorpusSource,
    file: &str,
    text: &str,
    sections: &Sections,
    problems: &mut Vec<Problem>,
    progress: &dyn Progress,
) -> Vec<Option<String>> {
    let total = sections.articles.len();
    let done = AtomicUsize::new(0);
    // Read on every core (opening thousands of files is most of the time);
    // problems are positioned here, where the span tree may be built.
    let read = crate::corpus::par::map(&sections.articles, |(_, a)| {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if n.is_multiple_of(256) || n == total {
            progress.stage(Stage::Articles { done: n, total });
        }
        let bytes = source.read(&a.file).map_err(Failed::Read)?;
        String::from_utf8(bytes).map_err(|e| {
            let shown = source.display(&a.file);
            Failed::Text(
                utf8(&shown, e.as_bytes())
                    .err()
                    .unwrap_or_else(|| Problem::in_file(&shown, "invalid UTF-8")),
            )
        })
    });
    read.into_iter()
        .zip(&sections.articles)
        .map(|(r, (i, a))| match r {
            Ok(t) => Some(t),
            Err(Failed::Text(p)) => {
                problems.push(p);
                None
            }
            Err(Failed::Read(e)) => {
                let path = [Seg::Key("articles"), Seg::Index(*i), Seg::Key("file")];
                let at = sections.positions.span(&path);
                problems.push(Problem::at(
                    file,
                    line_col(text, at.start),
                    format!(
                        "article \"{}\": cannot read \"{}\": {e}",
                        excerpt(&a.id),
                        excerpt(&a.file)
                    ),
                ));
                None
            }
        })
        .collect()
}

/// Why an article's text is missing: its file could not be read, or it is
/// not UTF-8 (a problem in the file itself).
enum Failed {
    Read(std::io::Error),
    Text(Problem),
}
