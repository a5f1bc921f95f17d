//! `annotations.json` as a document to edit: its sections as JSON values,
//! keys in the order the file has them (serde_json's `preserve_order`), so
//! that adding an article or deciding on a draft changes what it changes
//! and leaves a hand-written file otherwise as its author wrote it — every
//! field included, those this build reads and those a later one adds.
//!
//! The document is only ever written after the corpus it makes has loaded
//! with the real loader ([`Document::check`]), atomically
//! ([`Document::write`]).

use crate::corpus::load::load;
use crate::corpus::model::Timeline;
use crate::corpus::problem::Problems;
use crate::corpus::schema::{SCHEMA_VERSION, SECTIONS};
use crate::export::safe_json::to_string_pretty;
use crate::export::write_atomic;
use crate::intake::overlay::Overlay;
use crate::intake::{IntakeError, annotations_path, shown};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// An annotation file being edited: its five sections apart, and every
/// other key (`schema_version`, and whatever a later version adds) with
/// the place of each key, sections included, as the file has it.
#[derive(Debug, Clone)]
pub struct Document {
    /// Every top-level key in order; a section's value is kept in
    /// `sections` and stands here as `null`.
    head: Map<String, Value>,
    sections: [Vec<Value>; 5],
}

/// The keys in the file's order, each section from `sections`.
impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.head.len()))?;
        for (k, v) in &self.head {
            match index(k) {
                Some(i) => m.serialize_entry(k, &self.sections[i])?,
                None => m.serialize_entry(k, v)?,
            }
        }
        m.end()
    }
}

fn index(section: &str) -> Option<usize> {
    SECTIONS.iter().position(|s| *s == section)
}

impl Document {
    fn of(mut root: Map<String, Value>) -> Document {
        let mut sections: [Vec<Value>; 5] = Default::default();
        for (k, name) in SECTIONS.iter().enumerate() {
            match root.get_mut(*name).map(Value::take) {
                Some(Value::Array(a)) => sections[k] = a,
                Some(_) => {}
                None => {
                    root.insert((*name).into(), Value::Null);
                }
            }
        }
        Document {
            head: root,
            sections,
        }
    }

    /// What a new corpus starts from: the bundled corpus's entities and
    /// eras, no articles, events or claims.
    pub fn from_bundled() -> Document {
        let bundled = crate::corpus::bundled::FILES
            .iter()
            .find(|(n, _)| *n == crate::corpus::source::ANNOTATIONS)
            .and_then(|(_, bytes)| serde_json::from_slice::<Map<String, Value>>(bytes).ok())
            .unwrap_or_default();
        let mut root = Map::new();
        root.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
        for section in SECTIONS {
            let keep = matches!(section, "entities" | "eras");
            let value = match bundled.get(section) {
                Some(v) if keep => v.clone(),
                _ => Value::Array(Vec::new()),
            };
            root.insert(section.into(), value);
        }
        Document::of(root)
    }

    /// The annotation text of a corpus (a byte-order mark is accepted).
    pub fn parse(text: &str, path: &Path) -> Result<Document, IntakeError> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let root: Map<String, Value> = serde_json::from_str(text).map_err(|e| {
            IntakeError::read(
                path,
                std::io::Error::new(std::io::ErrorKind::InvalidData, e),
            )
        })?;
        let doc = Document::of(root);
        if doc.version() == 1 {
            return Err(IntakeError::Version1 { path: shown(path) });
        }
        Ok(doc)
    }

    /// The file's `schema_version`.
    pub fn version(&self) -> u64 {
        self.head
            .get("schema_version")
            .and_then(Value::as_u64)
            .unwrap_or(0)
    }

    /// The entries of a section (`events`, `claims`…).
    pub fn section(&self, name: &str) -> &[Value] {
        index(name).map_or(&[], |k| self.sections[k].as_slice())
    }

    /// The entries of a section, to change. `name` is one of
    /// [`SECTIONS`]; any other name is a section nobody reads, kept apart.
    pub fn section_mut(&mut self, name: &str) -> &mut Vec<Value> {
        // SECTIONS has five names; a stray name edits the last, which the
        // callers never pass (they name sections by constant).
        let k = index(name).unwrap_or(SECTIONS.len() - 1);
        &mut self.sections[k]
    }

    /// The ids of a section's entries.
    pub fn ids(&self, name: &str) -> HashSet<String> {
        self.section(name)
            .iter()
            .filter_map(|v| v.get("id").and_then(Value::as_str))
            .map(String::from)
            .collect()
    }

    /// Where each id of a section is (its index).
    pub fn positions(&self, name: &str) -> HashMap<String, usize> {
        self.section(name)
            .iter()
            .enumerate()
            .filter_map(|(k, v)| Some((v.get("id")?.as_str()?.to_string(), k)))
            .collect()
    }

    /// The document as the file holds it: pretty JSON, every control and
    /// bidi control escaped (`export::safe_json`), a final line end.
    pub fn text(&self) -> String {
        // A map of JSON values always serializes.
        to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Loads the corpus this document makes in folder `dir` with the real
    /// loader; `new_files` are article files not written yet.
    pub fn check(
        &self,
        dir: Option<&Path>,
        new_files: &HashMap<String, Vec<u8>>,
    ) -> Result<(String, Timeline), Problems> {
        let text = self.text();
        let source = Overlay {
            dir,
            annotations: text.as_bytes(),
            files: new_files,
        };
        let t = load(&source)?;
        Ok((text, t))
    }

    /// Writes `text` (from [`Document::check`]) as `dir/annotations.json`,
    /// atomically: a reader sees the old file or the new one, never part.
    pub fn write(dir: &Path, text: &str) -> Result<(), IntakeError> {
        write_atomic(&annotations_path(dir), text.as_bytes(), true)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_corpus_has_the_bundled_entities_and_eras_and_nothing_else() {
        let d = Document::from_bundled();
        assert_eq!(d.version(), u64::from(SCHEMA_VERSION));
        assert!(d.section("entities").len() > 40);
        let bundled = crate::corpus::bundled::timeline().expect("bundled");
        assert_eq!(d.section("eras").len(), bundled.eras.len());
        assert_eq!(d.section("entities").len(), bundled.entities.len());
        for s in ["articles", "events", "claims"] {
            assert!(d.section(s).is_empty(), "{s}");
        }
        let (_, t) = d.check(None, &HashMap::new()).expect("loads");
        assert!(t.events.is_empty());
    }

    #[test]
    fn keys_keep_the_order_of_the_file() {
        let text = r#"{"schema_version": 2, "eras": [], "entities": [], "articles": [], "events": [], "claims": [{"zeta": 1, "alpha": 2}]}"#;
        let d = Document::parse(text, Path::new("a.json")).expect("parses");
        let out = d.text();
        assert!(out.find("\"eras\"") < out.find("\"entities\""));
        assert!(out.find("\"zeta\"") < out.find("\"alpha\""));
    }

    #[test]
    fn version_1_is_refused() {
        let e = Document::parse(r#"{"schema_version": 1}"#, Path::new("x/annotations.json"))
            .expect_err("v1");
        assert!(e.to_string().contains("schema_version 1"), "{e}");
    }
}
