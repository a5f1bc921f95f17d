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
use crate::corpus::model::{Era, Timeline};
use crate::corpus::source::{CorpusSource, DirSource};
use crate::extract::draft::{DateOut, article_id};
use crate::extract::{Gazetteer, Options, extract_bytes};
use crate::intake::document::Document;
use crate::intake::merge::{Merger, Outcome};
use crate::intake::{IntakeError, annotations_path, items, shown};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
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

/// One article as it was added.
#[derive(Debug, Clone)]
pub struct AddedArticle {
    /// The path as given.
    pub given: String,
    /// Its file name in the corpus folder.
    pub file: String,
    pub id: String,
    /// The publication date and where it comes from.
    pub published: String,
    pub outcome: Outcome,
}

/// One article to draft and merge.
pub(crate) struct Incoming {
    /// How messages name it (the path as given).
    pub given: String,
    /// The file name wanted in the folder.
    pub name: String,
    pub bytes: Vec<u8>,
    /// The publication date given, which wins over a printed one.
    pub published: Option<NaiveDate>,
    /// What stands in for a publication date neither printed nor given;
    /// with none, the article is refused.
    pub fallback: Option<DateOut>,
    /// The file is in the folder already (a plain article of the folder).
    pub in_folder: bool,
}

/// Drafts being merged into a document, one article after another.
pub(crate) struct Batch {
    pub doc: Document,
    merger: Merger,
    gazetteer: Gazetteer,
    eras: Vec<Era>,
    /// Article files by name: those of the corpus and those added.
    files: HashSet<String>,
    article_ids: HashSet<String>,
    /// Article texts by hash, with their id, to refuse an article twice.
    texts: HashMap<u64, Vec<(String, Vec<u8>)>>,
    /// Files added, not yet in the folder.
    pub new_files: HashMap<String, Vec<u8>>,
    pub added: Vec<AddedArticle>,
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

impl Batch {
    pub fn new(doc: Document, t: &Timeline) -> Batch {
        let mut texts: HashMap<u64, Vec<(String, Vec<u8>)>> = HashMap::new();
        for a in &t.articles {
            texts
                .entry(hash(a.text.as_bytes()))
                .or_default()
                .push((a.id.clone(), a.text.as_bytes().to_vec()));
        }
        Batch {
            merger: Merger::new(t, &doc),
            gazetteer: Gazetteer::from_timeline(t),
            eras: t.eras.clone(),
            files: t.articles.iter().map(|a| a.file.clone()).collect(),
            article_ids: doc.ids("articles"),
            texts,
            new_files: HashMap::new(),
            added: Vec::new(),
            doc,
        }
    }

    /// A file name for `wanted` in the folder, and the article id it
    /// gives: the name itself when it is free and plain (`.txt` added if
    /// it has another ending), else with a number before `.txt`.
    fn place(&self, dir: Option<&Path>, wanted: &str, bytes: &[u8]) -> (String, String) {
        let plain = !wanted.is_empty()
            && !wanted.starts_with('.')
            && !wanted.contains(['/', '\\'])
            && !wanted
                .chars()
                .any(|c| c.is_control() || crate::text::is_forbidden(c));
        let stem = if plain {
            wanted.strip_suffix(".txt").unwrap_or(wanted).to_string()
        } else {
            article_id(wanted)
        };
        // A file of the folder that no article names and that has these
        // very bytes (a copy left by an add that was killed before it
        // wrote annotations.json) is taken as the copy.
        let free = |name: &str| {
            !self.files.contains(name)
                && !self.new_files.contains_key(name)
                && !self.article_ids.contains(&article_id(name))
                && dir.is_none_or(|d| {
                    let p = d.join(name);
                    !p.exists() || std::fs::read(&p).is_ok_and(|b| b == bytes)
                })
        };
        (1..)
            .map(|n| match n {
                1 => format!("{stem}.txt"),
                n => format!("{stem}-{n}.txt"),
            })
            .find(|name| free(name))
            .map(|name| {
                let id = article_id(&name);
                (name, id)
            })
            .unwrap_or_default()
    }

    /// Drafts and merges one article (see [`Incoming`]).
    pub fn add_article(&mut self, dir: Option<&Path>, a: Incoming) -> Result<(), IntakeError> {
        let Incoming {
            given,
            name,
            bytes,
            published,
            fallback,
            in_folder,
        } = a;
        let (given, name) = (given.as_str(), name.as_str());
        let h = hash(&bytes);
        if let Some((id, _)) = self
            .texts
            .get(&h)
            .and_then(|v| v.iter().find(|(_, b)| *b == bytes))
        {
            let added = self.added.iter().find(|a| &a.id == id);
            return Err(match added {
                Some(a) if !in_folder => IntakeError::GivenTwice {
                    file: format!("{given} (the same text as {})", a.given),
                },
                _ => IntakeError::AlreadyInCorpus {
                    file: given.to_string(),
                    article: id.clone(),
                    existing: self.file_of(id),
                },
            });
        }
        // The name drafting sees makes the article's id: for a file of the
        // folder whose id another file has («a b.txt», «a-b.txt»), a name
        // with a number, while the entry keeps the file's own name.
        let (file, alias) = if in_folder {
            let stem = name.strip_suffix(".txt").unwrap_or(name);
            let alias = (1..)
                .map(|n| match n {
                    1 => name.to_string(),
                    n => format!("{stem}-{n}.txt"),
                })
                .find(|a| !self.article_ids.contains(&article_id(a)))
                .unwrap_or_default();
            (name.to_string(), alias)
        } else {
            let (file, _) = self.place(dir, name, &bytes);
            (file.clone(), file)
        };
        let id = article_id(&alias);
        let opts = Options {
            file: &alias,
            published,
            gazetteer: &self.gazetteer,
            eras: &self.eras,
        };
        let mut draft = extract_bytes(&bytes, &opts).map_err(|e| match e {
            // Messages name the file as the user gave it.
            crate::extract::ExtractError::NotUtf8 {
                line,
                col,
                byte,
                offset,
                ..
            } => crate::extract::ExtractError::NotUtf8 {
                file: given.to_string(),
                line,
                col,
                byte,
                offset,
            },
            crate::extract::ExtractError::Empty { .. } => crate::extract::ExtractError::Empty {
                file: given.to_string(),
            },
            crate::extract::ExtractError::NotArabic {
                arabic, letters, ..
            } => crate::extract::ExtractError::NotArabic {
                file: given.to_string(),
                arabic,
                letters,
            },
        })?;
        draft.article.file = file.clone();
        let date = match (draft.article.published.clone(), fallback) {
            (Some(d), _) => d,
            (None, Some(f)) => {
                draft.article.published = Some(f.clone());
                f
            }
            (None, None) => {
                return Err(IntakeError::NoPublished {
                    file: given.to_string(),
                });
            }
        };
        let text = String::from_utf8_lossy(&bytes).into_owned();
        self.doc
            .section_mut("articles")
            .push(items::article(&draft, &text, &date));
        let outcome = self.merger.merge(&mut self.doc, &draft);
        self.article_ids.insert(id.clone());
        self.files.insert(file.clone());
        self.texts
            .entry(h)
            .or_default()
            .push((id.clone(), bytes.clone()));
        if !in_folder {
            self.new_files.insert(file.clone(), bytes);
        }
        self.added.push(AddedArticle {
            given: given.to_string(),
            file,
            id,
            published: format!(
                "{} ({}: {})",
                date.start,
                date.basis.kind.as_str(),
                date.basis.note
            ),
            outcome,
        });
        Ok(())
    }

    fn file_of(&self, id: &str) -> String {
        self.doc
            .section("articles")
            .iter()
            .find(|a| a.get("id").and_then(|v| v.as_str()) == Some(id))
            .and_then(|a| a.get("file").and_then(|v| v.as_str()))
            .unwrap_or("")
            .to_string()
    }
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
