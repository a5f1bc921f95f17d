//! `add`: new articles into a corpus folder. Each article is read (a
//! regular file, UTF-8, Arabic, at most the loader's limit), refused if
//! the corpus has it already, given a file name and an id of its own in
//! the folder, drafted against the corpus's entities and eras, and merged
//! ([`crate::intake::merge`]). The corpus that results is loaded with the
//! real loader; only then are the article files copied and
//! `annotations.json` written, each atomically — on any failure the
//! copies are removed, so the folder is as it was.
//!
//! A folder with no `annotations.json` starts from the bundled corpus's
//! entities and eras — and from the drafts of the plain articles it holds,
//! if any ([`crate::intake::folder`]), which then keep their place in it.

use crate::corpus::load;
use crate::corpus::model::Timeline;
use crate::corpus::source::{CorpusSource, DirSource};
pub use crate::intake::batch::AddedArticle;
use crate::intake::batch::{Batch, Incoming};
use crate::intake::document::Document;
use crate::intake::{IntakeError, annotations_path, shown};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// What to add, and where.
#[derive(Debug, Clone)]
pub struct AddOptions<'a> {
    /// The corpus folder (made if it does not exist).
    pub corpus: &'a Path,
    pub articles: &'a [PathBuf],
    /// The publication date of every article given, when the articles do
    /// not print it (or print it wrong): it wins over a printed one.
    pub published: Option<NaiveDate>,
}

/// What `add` did.
#[derive(Debug, Clone)]
pub struct AddReport {
    pub corpus: PathBuf,
    /// `annotations.json` did not exist before.
    pub created: bool,
    pub articles: Vec<AddedArticle>,
    /// The comparison's conflicts that involve an added claim, in words.
    pub conflicts: Vec<String>,
    /// Its consistent differences (one figure less precise than another)
    /// that involve an added claim.
    pub consistent: Vec<String>,
}

/// The corpus in `dir` as it is before anything is added: its document
/// and its timeline; `true` when it has no `annotations.json` yet.
pub(crate) fn start(dir: &Path) -> Result<(Document, Timeline, bool), IntakeError> {
    if dir.exists() && !dir.is_dir() {
        return Err(IntakeError::NotAFolder { path: shown(dir) });
    }
    let path = annotations_path(dir);
    let source = DirSource(dir.to_path_buf());
    match source.read(crate::corpus::source::ANNOTATIONS) {
        Ok(bytes) => {
            let t = load(&source).map_err(IntakeError::Corpus)?;
            let text = String::from_utf8_lossy(&bytes);
            Ok((Document::parse(&text, &path)?, t, false))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !path.is_symlink() => {
            let (doc, t) = crate::intake::folder::draft_folder(dir)?;
            Ok((doc, t, true))
        }
        Err(e) => Err(IntakeError::read(&path, e)),
    }
}

/// Reads an article the user names: a regular file, at most the loader's
/// limit for an article (links are followed).
fn read_given(path: &Path) -> Result<Vec<u8>, IntakeError> {
    let real = path
        .canonicalize()
        .map_err(|e| IntakeError::read(path, e))?;
    let (Some(dir), Some(name)) = (real.parent(), real.file_name().and_then(|n| n.to_str())) else {
        return Err(IntakeError::read(
            path,
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
        ));
    };
    DirSource(dir.to_path_buf())
        .read(name)
        .map_err(|e| IntakeError::read(path, e))
}

/// Adds the articles to the corpus (see the module docs).
pub fn add(o: &AddOptions) -> Result<AddReport, IntakeError> {
    let (doc, t, created) = start(o.corpus)?;
    let mut batch = Batch::new(doc, &t);
    for given in o.articles {
        let shown_path = shown(given);
        let bytes = read_given(given)?;
        let name = given
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        batch.add_article(
            Some(o.corpus),
            Incoming {
                given: shown_path,
                name,
                bytes,
                published: o.published,
                fallback: None,
                in_folder: false,
            },
        )?;
    }
    let (text, after) = batch
        .doc
        .check(Some(o.corpus), &batch.new_files)
        .map_err(IntakeError::Invalid)?;
    write(o.corpus, &batch.new_files, &text)?;
    let (conflicts, consistent) = relations(&after, &batch.added);
    Ok(AddReport {
        corpus: o.corpus.to_path_buf(),
        created,
        articles: batch.added,
        conflicts,
        consistent,
    })
}

/// Copies the new article files, then writes `annotations.json`, each
/// atomically; on any failure removes the copies already made.
fn write(dir: &Path, files: &HashMap<String, Vec<u8>>, text: &str) -> Result<(), IntakeError> {
    std::fs::create_dir_all(dir).map_err(|e| IntakeError::read(dir, e))?;
    let mut written: Vec<PathBuf> = Vec::new();
    let mut names: Vec<&String> = files.keys().collect();
    names.sort();
    let result = (|| {
        for name in names {
            let path = dir.join(name);
            // The same bytes there already: a copy an interrupted add left.
            if std::fs::read(&path).is_ok_and(|b| b == files[name]) {
                continue;
            }
            crate::export::write_atomic(&path, &files[name], false)?;
            written.push(path);
        }
        Document::write(dir, text)
    })();
    if result.is_err() {
        for p in &written {
            let _ = std::fs::remove_file(p);
        }
    }
    result
}

/// The conflicts and consistent differences of the corpus `t` that
/// involve a claim added now, as the comparison words them.
fn relations(t: &Timeline, added: &[AddedArticle]) -> (Vec<String>, Vec<String>) {
    let new: HashSet<&str> = added
        .iter()
        .flat_map(|a| a.outcome.added_claims.iter().map(|c| c.id.as_str()))
        .collect();
    let cmp = crate::compare::compare(t, crate::compare::ClaimScope::All);
    let words = |list: &[crate::compare::Conflict]| {
        list.iter()
            .filter(|c| c.claim_ids.iter().any(|id| new.contains(id.as_str())))
            .map(|c| format!("{} ({})", c.message_en, c.claim_ids.join(" / ")))
            .collect()
    };
    (words(&cmp.conflicts), words(&cmp.consistent))
}
