//! Drafts being merged into a corpus document one article after another:
//! what `add` and a folder of plain articles share. Each article is
//! refused if the corpus has its bytes already, given a file name and an
//! id of its own, drafted against the corpus's entities and eras, and
//! merged ([`crate::intake::merge`]).

use crate::corpus::model::{Era, Timeline};
use crate::extract::draft::{DateOut, article_id};
use crate::extract::{Gazetteer, Options, extract_bytes};
use crate::intake::document::Document;
use crate::intake::merge::{Merger, Outcome};
use crate::intake::{IntakeError, items};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::Path;

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
