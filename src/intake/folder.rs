//! A corpus folder with no `annotations.json`: its plain `.txt` articles
//! are drafted as it is loaded, against the bundled corpus's entities and
//! eras, and merged as `add` would merge them ([`crate::intake::merge`]).
//! Everything in such a timeline is a draft, and marked so.
//!
//! An article that prints no publication date gets the day its file was
//! last modified in its place — approximate, with a note that says so —
//! and its relative dates stay unresolved (the events they date are left
//! out): a copy's date is no publication date, but it is what the folder
//! knows. `add` asks for the date instead; deciding on a draft writes the
//! folder's `annotations.json`, where the date can be corrected.

use crate::corpus::date::{BasisKind, PartialDate};
use crate::corpus::model::Timeline;
use crate::corpus::problem::{Problem, Problems};
use crate::corpus::source::{CorpusSource, DirSource};
use crate::extract::ExtractError;
use crate::extract::draft::DateOut;
use crate::intake::batch::{Batch, Incoming};
use crate::intake::document::Document;
use crate::intake::{IntakeError, annotations_path, shown};
use std::collections::HashMap;
use std::path::Path;

/// The corpus of folder `dir`: its `annotations.json`, or, when it has
/// none but holds plain `.txt` articles, their drafts.
pub fn load_folder(dir: &Path) -> Result<Timeline, Problems> {
    load_folder_with(dir, &crate::corpus::progress::Silent)
}

/// [`load_folder`], telling `progress` how far the load of a corpus
/// folder has got.
pub fn load_folder_with(
    dir: &Path,
    progress: &dyn crate::corpus::progress::Progress,
) -> Result<Timeline, Problems> {
    load_folder_cached(dir, None, progress)
}

/// [`load_folder_with`], a folder with `annotations.json` loaded through
/// the cache folder `cache` when one is given ([`crate::corpus::cache`]).
/// A folder of plain articles is drafted every time (never cached).
pub fn load_folder_cached(
    dir: &Path,
    cache: Option<&Path>,
    progress: &dyn crate::corpus::progress::Progress,
) -> Result<Timeline, Problems> {
    // Asked of the folder, not by reading the file: an annotation file is
    // large (150 MB for the reference corpus), and reading it twice cost
    // its size again in memory and time (docs/performance.md). A link
    // (even one to nowhere) is not missing: the load reports it.
    let missing = matches!(
        std::fs::symlink_metadata(annotations_path(dir)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound
    );
    if !missing || plain_articles(dir).is_empty() {
        // Without a cache folder this is the plain load.
        return crate::corpus::cache::load(dir, cache, progress);
    }
    draft_folder(dir).map(|(_, t)| t).map_err(|e| match e {
        IntakeError::Corpus(p) | IntakeError::Invalid(p) => p,
        e => Problems(vec![problem(&shown(dir), &e)]),
    })
}

/// The error of one article of the folder (or of the folder) as a
/// problem of its file: `path: what is wrong`.
fn problem(path: &str, e: &IntakeError) -> Problem {
    match e {
        IntakeError::Extract(ExtractError::NotUtf8 {
            file,
            line,
            col,
            byte,
            offset,
        }) => Problem::at(
            file,
            (*line, *col),
            format!("not UTF-8 text (byte 0x{byte:02X} at offset {offset})"),
        ),
        e => {
            let message = e.to_string();
            let own = message
                .strip_prefix(path)
                .and_then(|m| m.strip_prefix(": "))
                .map(String::from);
            Problem::in_file(path, own.unwrap_or(message))
        }
    }
}

/// The `.txt` files of a folder, by name.
fn plain_articles(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(String::from))
        .filter(|n| n.to_lowercase().ends_with(".txt") && !n.starts_with('.'))
        .collect();
    names.sort();
    names
}

/// In place of a publication date the article does not print: the day
/// its file was last modified, approximate, said so.
fn modified(dir: &Path, name: &str) -> Option<DateOut> {
    let time = std::fs::metadata(dir.join(name)).ok()?.modified().ok()?;
    let day = chrono::DateTime::<chrono::Utc>::from(time).date_naive();
    Some(DateOut::new(
        PartialDate::from_naive(day),
        None,
        true,
        BasisKind::Inferred,
        format!(
            "the article prints no publication date: {name} was last modified on {day}, \
             which stands in for it; its relative dates are left unresolved"
        ),
    ))
}

/// The document and the timeline of the drafts of the plain articles of
/// `dir`, every file's problem reported (none drafted: the bundled
/// entities and eras alone).
pub(crate) fn draft_folder(dir: &Path) -> Result<(Document, Timeline), IntakeError> {
    let doc = Document::from_bundled();
    let (_, t) = doc
        .check(None, &HashMap::new())
        .map_err(IntakeError::Invalid)?;
    let mut batch = Batch::new(doc, &t);
    let mut problems = Vec::new();
    let source = DirSource(dir.to_path_buf());
    for name in plain_articles(dir) {
        let path = shown(&dir.join(&name));
        let added = source
            .read(&name)
            .map_err(|e| IntakeError::read(&dir.join(&name), e))
            .and_then(|bytes| {
                let fallback = modified(dir, &name);
                batch.add_article(
                    Some(dir),
                    Incoming {
                        given: path.clone(),
                        name: name.clone(),
                        bytes,
                        published: None,
                        fallback,
                        in_folder: true,
                    },
                )
            });
        if let Err(e) = added {
            problems.push(problem(&path, &e));
        }
    }
    if !problems.is_empty() {
        return Err(IntakeError::Corpus(Problems(problems)));
    }
    let (_, t) = batch
        .doc
        .check(Some(dir), &HashMap::new())
        .map_err(IntakeError::Invalid)?;
    Ok((batch.doc, t))
}
