//! A user's decisions on drafts, written back to the corpus: the API the
//! TUI calls when a draft is accepted or rejected, and for undo.
//!
//! * **Accept** an event or a claim: its `draft` mark goes, with the marks
//!   of the sources drafted into it; the item stays as it is.
//! * **Reject** a drafted event: it goes, with every claim that belongs
//!   to it, and other events stop listing it as related. Reject a drafted
//!   claim: it goes. Reject an accepted event that has sources drafted
//!   into it (another article's report of it, merged by `add`): those
//!   sources go, the event stays.
//!
//! The decisions of one call are applied together, the result is loaded
//! with the real loader, and only then is `annotations.json` rewritten,
//! atomically. Nothing is written when any decision cannot be applied. A
//! folder of plain articles drafted on the fly (no `annotations.json`)
//! gets one the first time a decision is made.
//!
//! Undo: every decision returns an [`Undo`]; [`undo`] puts the file back
//! as it was before the decision — only if it is still as the decision
//! left it, so an undo never overwrites an edit made since — and returns
//! the [`Undo`] that redoes it.

use crate::corpus::model::Timeline;
use crate::corpus::source::{ANNOTATIONS, CorpusSource, DirSource};
use crate::intake::document::Document;
use crate::intake::{IntakeError, annotations_path, shown};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A user's decision on one draft, by the id of its event or claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Accept(String),
    Reject(String),
}

/// What one decision changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// The event's or claim's draft marks were dropped (`sources`: how
    /// many of its sources were drafts).
    Accepted { id: String, sources: usize },
    /// The drafted event or claim was removed, with the claims that
    /// belonged to it.
    Rejected { id: String, claims: Vec<String> },
    /// The sources drafted into an accepted event or claim were removed.
    SourcesRejected { id: String, sources: usize },
    /// An earlier decision of the same call removed it already (a claim
    /// of a rejected event).
    AlreadyRemoved { id: String },
}

/// The result of [`decide`]: what changed, the corpus as it is now, and
/// how to undo it.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub applied: Vec<Applied>,
    pub timeline: Timeline,
    pub undo: Undo,
}

/// What [`undo`] needs: the file before and after a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undo {
    dir: PathBuf,
    /// `None`: there was no `annotations.json` (a folder drafted on the
    /// fly); undo removes the one the decision wrote.
    before: Option<String>,
    after: Option<String>,
}

/// The document of `dir` and the text of its `annotations.json` (`None`:
/// a folder of plain articles, drafted now).
fn read(dir: &Path) -> Result<(Document, Option<String>), IntakeError> {
    let path = annotations_path(dir);
    match DirSource(dir.to_path_buf()).read(ANNOTATIONS) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|e| {
                IntakeError::read(
                    &path,
                    std::io::Error::new(std::io::ErrorKind::InvalidData, e),
                )
            })?;
            Ok((Document::parse(&text, &path)?, Some(text)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !path.is_symlink() => {
            let (doc, _) = crate::intake::folder::draft_folder(dir)?;
            Ok((doc, None))
        }
        Err(e) => Err(IntakeError::read(&path, e)),
    }
}

/// Applies the decisions to the corpus in folder `dir` and writes it back
/// (see the module docs).
pub fn decide(dir: &Path, decisions: &[Decision]) -> Result<Outcome, IntakeError> {
    let (mut doc, before) = read(dir)?;
    let mut removed = HashSet::new();
    let mut applied = Vec::new();
    for d in decisions {
        applied.push(apply(&mut doc, d, &mut removed)?);
    }
    let (text, timeline) = doc
        .check(Some(dir), &HashMap::new())
        .map_err(IntakeError::Invalid)?;
    Document::write(dir, &text)?;
    Ok(Outcome {
        applied,
        timeline,
        undo: Undo {
            dir: dir.to_path_buf(),
            before,
            after: Some(text),
        },
    })
}

/// Puts `annotations.json` back as it was before the decision `u` undoes,
/// if it is still as that decision left it; returns the corpus as it is
/// then and the [`Undo`] that redoes the decision.
pub fn undo(u: &Undo) -> Result<(Timeline, Undo), IntakeError> {
    let path = annotations_path(&u.dir);
    let now = match DirSource(u.dir.clone()).read(ANNOTATIONS) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(IntakeError::read(&path, e)),
    };
    if now != u.after {
        return Err(IntakeError::ChangedSince { path: shown(&path) });
    }
    match &u.before {
        Some(text) => Document::write(&u.dir, text)?,
        None => std::fs::remove_file(&path).map_err(|e| IntakeError::read(&path, e))?,
    }
    let timeline = crate::intake::folder::load_folder(&u.dir).map_err(IntakeError::Invalid)?;
    let redo = Undo {
        dir: u.dir.clone(),
        before: u.after.clone(),
        after: u.before.clone(),
    };
    Ok((timeline, redo))
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

/// Drops the `draft` keys of an entry and of its sources; how many of
/// its sources had one, and whether the entry did.
fn drop_marks(v: &mut Value) -> (bool, usize) {
    let own = v
        .as_object_mut()
        .and_then(|o| o.shift_remove("draft"))
        .is_some();
    let mut sources = 0;
    if let Some(Value::Array(list)) = v.get_mut("sources") {
        for s in list {
            sources += usize::from(
                s.as_object_mut()
                    .and_then(|o| o.shift_remove("draft"))
                    .is_some(),
            );
        }
    }
    (own, sources)
}

fn is_draft(v: &Value) -> bool {
    v.get("draft").is_some_and(|d| !d.is_null())
}

/// Removes the drafted sources of an entry; how many.
fn drop_drafted_sources(v: &mut Value) -> usize {
    let Some(Value::Array(list)) = v.get_mut("sources") else {
        return 0;
    };
    let before = list.len();
    list.retain(|s| !is_draft(s));
    before - list.len()
}

fn apply(
    doc: &mut Document,
    d: &Decision,
    removed: &mut HashSet<String>,
) -> Result<Applied, IntakeError> {
    let id = match d {
        Decision::Accept(id) | Decision::Reject(id) => id.as_str(),
    };
    let section = ["events", "claims"]
        .into_iter()
        .find(|s| doc.section(s).iter().any(|v| id_of(v) == Some(id)));
    let Some(section) = section else {
        if removed.contains(id) {
            return Ok(Applied::AlreadyRemoved { id: id.into() });
        }
        return Err(IntakeError::NoSuchDraft {
            id: id.into(),
            why: "no event or claim has this id".into(),
        });
    };
    let accepted = || IntakeError::NoSuchDraft {
        id: id.into(),
        why: "it is not a draft (accepted already, or written by hand)".into(),
    };
    let entries = doc.section_mut(section);
    let Some(k) = entries.iter().position(|v| id_of(v) == Some(id)) else {
        return Err(accepted());
    };
    match d {
        Decision::Accept(_) => match drop_marks(&mut entries[k]) {
            (false, 0) => Err(accepted()),
            (_, sources) => Ok(Applied::Accepted {
                id: id.into(),
                sources,
            }),
        },
        Decision::Reject(_) if !is_draft(&entries[k]) => {
            match drop_drafted_sources(&mut entries[k]) {
                0 => Err(accepted()),
                sources => Ok(Applied::SourcesRejected {
                    id: id.into(),
                    sources,
                }),
            }
        }
        Decision::Reject(_) => {
            entries.remove(k);
            removed.insert(id.to_string());
            let mut claims = Vec::new();
            if section == "events" {
                let list = doc.section_mut("claims");
                list.retain(|c| {
                    let mine = c.get("event").and_then(Value::as_str) == Some(id);
                    if mine && let Some(cid) = id_of(c) {
                        claims.push(cid.to_string());
                    }
                    !mine
                });
                for e in doc.section_mut("events") {
                    if let Some(Value::Array(related)) = e.get_mut("related") {
                        related.retain(|r| r.as_str() != Some(id));
                    }
                }
                removed.extend(claims.iter().cloned());
            }
            Ok(Applied::Rejected {
                id: id.into(),
                claims,
            })
        }
    }
}
