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
use crate::corpus::resolve::{Resolver, Unplaced};
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
    load_hashing(source, progress).map(|(t, _)| t)
}

/// [`load_with`], also giving the hash of the annotation file's bytes the
/// load parsed (the cache's key is made of them: hashing the file again
/// afterwards could hash another version of it). The hash is made on a
/// thread of its own while the file is parsed, in every load: it is also
/// how the file read again to position a problem is known to be the one
/// parsed ([`place`]).
pub(crate) fn load_hashing(
    source: &dyn CorpusSource,
    progress: &dyn Progress,
) -> Result<(Timeline, blake3::Hash), Problems> {
    progress.stage(Stage::Annotations);
    let file = source.display(ANNOTATIONS);
    let bytes = source
        .read(ANNOTATIONS)
        .map_err(|e| Problems(vec![Problem::in_file(&file, format!("cannot read: {e}"))]))?;
    let text = annotation_text(&file, &bytes).map_err(|p| Problems(vec![p]))?;
    let (parsed, hashed) = std::thread::scope(|s| {
        let hashed = s.spawn(|| blake3::hash(&bytes));
        (parse(&file, text), hashed.join())
    });
    // A panic in the hash is a bug: let it be one here too.
    let hashed = hashed.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let (mut sections, positions) = parsed?;
    let mut problems = Vec::new();
    let texts = read_articles(
        source,
        &file,
        text,
        &sections,
        &positions,
        &mut problems,
        progress,
    );
    // The annotation text is the largest thing the load holds (150 MB at
    // the reference corpus) and resolving does not read it: the sections
    // own their data. Freed here, it is not part of the peak.
    drop(positions);
    drop(bytes);
    progress.stage(Stage::Resolving);
    let mut resolver = Resolver::new();
    let timeline = resolver.build(&mut sections, texts);
    drop(sections);
    let unplaced = resolver.into_problems();
    if !unplaced.is_empty() {
        problems.extend(place(source, &file, &hashed, &unplaced));
    }
    // Checks run section by section; report in file order, which is how
    // a person fixes them.
    problems.sort_by(|a, b| (&a.file, a.position).cmp(&(&b.file, b.position)));
    match timeline {
        Some(t) if problems.is_empty() => Ok((t, hashed)),
        _ => Err(Problems(problems)),
    }
}

/// The annotation file's bytes as text. A byte-order mark (Windows
/// editors write one) is accepted and not counted: positions are those an
/// editor shows.
fn annotation_text<'b>(file: &str, bytes: &'b [u8]) -> Result<&'b str, Problem> {
    let text = utf8(file, bytes)?;
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(text))
}

/// The resolver's problems at their line and column in the annotation
/// file, read again for them (only a corpus with problems pays for it).
/// If the file is no longer the one parsed (someone saved it meanwhile),
/// its positions would point at other text: the problems are given
/// without them, after a line that says why.
fn place(
    source: &dyn CorpusSource,
    file: &str,
    parsed: &blake3::Hash,
    unplaced: &[Unplaced],
) -> Vec<Problem> {
    let again = source
        .read(ANNOTATIONS)
        .ok()
        .filter(|b| blake3::hash(b) == *parsed);
    match again.as_deref().and_then(|b| annotation_text(file, b).ok()) {
        Some(text) => {
            let positions = Positions::lazy(text);
            unplaced
                .iter()
                .map(|u| u.place(file, text, &positions))
                .collect()
        }
        None => std::iter::once(Problem::in_file(
            file,
            "changed while it was being loaded: these problems are those of the version read \
             first, without their positions (load it again)",
        ))
        .chain(
            unplaced
                .iter()
                .map(|u| Problem::in_file(file, u.message.clone())),
        )
        .collect(),
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
    positions: &Positions,
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
                let at = positions.span(&path);
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
