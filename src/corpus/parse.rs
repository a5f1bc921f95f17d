//! Parsing `annotations.json` into its typed sections ([`Sections`]).
//!
//! A file without a structural problem is read in one pass, by serde,
//! straight into the typed sections ([`Document`]); the span tree that
//! positions later problems is then built only if one is found
//! ([`Positions::lazy`]). When that pass fails, the file is read again the
//! careful way, to report every problem with its position: the top level
//! first (an object, a supported `schema_version`, each section an array),
//! then every entry of every section on its own, so that one bad event
//! does not hide the problems of the others. No file is read here.

use crate::corpus::position::{Positions, Seg};
use crate::corpus::problem::{Problem, Problems, line_col};
use crate::corpus::schema::{
    READABLE_VERSIONS, RawArticle, RawClaim, RawEntity, RawEra, RawEvent, SCHEMA_VERSION, SECTIONS,
};
use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::HashMap;

/// The annotation file split into its typed sections. Each entry keeps its
/// index in the file so later problems can point back at it.
pub struct Sections {
    /// The file's `schema_version`, one of [`READABLE_VERSIONS`].
    pub version: u32,
    pub articles: Vec<(usize, RawArticle)>,
    pub entities: Vec<(usize, RawEntity)>,
    pub eras: Vec<(usize, RawEra)>,
    pub events: Vec<(usize, RawEvent)>,
    pub claims: Vec<(usize, RawClaim)>,
}

/// The whole file as serde reads it when nothing is wrong with its
/// structure: the same types the careful path reads entry by entry, so
/// both accept exactly the same entries.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    schema_version: u32,
    articles: Vec<RawArticle>,
    entities: Vec<RawEntity>,
    eras: Vec<RawEra>,
    events: Vec<RawEvent>,
    claims: Vec<RawClaim>,
}

fn numbered<T>(v: Vec<T>) -> Vec<(usize, T)> {
    v.into_iter().enumerate().collect()
}

/// The sections of the file, and its span tree (built only if a problem is
/// to be positioned), apart: the sections own their data and outlive the
/// text, which the loader frees before resolving (the largest thing it
/// holds).
pub fn parse<'a>(file: &str, text: &'a str) -> Result<(Sections, Positions<'a>), Problems> {
    if let Ok(doc) = serde_json::from_str::<Document>(text)
        && READABLE_VERSIONS.contains(&doc.schema_version)
    {
        let sections = Sections {
            version: doc.schema_version,
            articles: numbered(doc.articles),
            entities: numbered(doc.entities),
            eras: numbered(doc.eras),
            events: numbered(doc.events),
            claims: numbered(doc.claims),
        };
        return Ok((sections, Positions::lazy(text)));
    }
    careful(file, text)
}

/// Reads a file whose one-pass read failed, collecting every problem.
fn careful<'a>(file: &str, text: &'a str) -> Result<(Sections, Positions<'a>), Problems> {
    let value = probe(text).map_err(|e| Problems(vec![serde_problem(file, text, 0, &e)]))?;
    let positions = Positions::new(text)
        .ok_or_else(|| Problems(vec![Problem::at(file, (1, 1), "not strict JSON")]))?;
    let mut problems = Vec::new();
    let Shape::Object(root) = &value else {
        return Err(Problems(vec![Problem::at(
            file,
            (1, 1),
            "the annotation file must be a JSON object with \"schema_version\" and the sections",
        )]));
    };
    let mut first_at: HashMap<String, usize> = HashMap::new();
    for (key, offset) in positions.top_level_keys() {
        // serde keeps the last of repeated keys and the span tree the
        // first: read either way the file would say two things at once.
        if let Some(&first) = first_at.get(&key) {
            let (line, col) = line_col(text, first);
            problems.push(Problem::at(
                file,
                line_col(text, offset),
                format!(
                    "duplicate key \"{}\" (first at {line}:{col}): each key appears once",
                    crate::corpus::problem::excerpt(&key)
                ),
            ));
            continue;
        }
        first_at.insert(key.clone(), offset);
        if key != "schema_version" && !SECTIONS.contains(&key.as_str()) {
            problems.push(Problem::at(
                file,
                line_col(text, offset),
                format!(
                    "unknown field `{}`, expected `schema_version` or one of {}",
                    crate::corpus::problem::excerpt(&key),
                    SECTIONS.map(|s| format!("`{s}`")).join(", ")
                ),
            ));
        }
    }
    let version_at = line_col(text, positions.span(&[Seg::Key("schema_version")]).start);
    let version = match root.get("schema_version") {
        Some(Shape::U64(v)) => match u32::try_from(*v) {
            Ok(v) if READABLE_VERSIONS.contains(&v) => v,
            _ => {
                problems.push(Problem::at(
                    file,
                    version_at,
                    format!("schema_version {v} is not supported ({})", readable()),
                ));
                SCHEMA_VERSION
            }
        },
        Some(other) => {
            problems.push(Problem::at(
                file,
                version_at,
                format!(
                    "schema_version must be a whole number, not {} ({})",
                    other.describe(),
                    readable()
                ),
            ));
            SCHEMA_VERSION
        }
        None => {
            problems.push(Problem::at(
                file,
                (1, 1),
                format!("missing \"schema_version\" ({})", readable()),
            ));
            SCHEMA_VERSION
        }
    };
    for section in SECTIONS {
        if !root.get(section).is_some_and(|v| v.is_array()) {
            problems.push(Problem::at(
                file,
                line_col(text, positions.span(&[Seg::Key(section)]).start),
                format!("\"{section}\" must be an array"),
            ));
        }
    }
    let sections = Sections {
        version,
        articles: entries(file, text, &positions, "articles", &mut problems),
        entities: entries(file, text, &positions, "entities", &mut problems),
        eras: entries(file, text, &positions, "eras", &mut problems),
        events: entries(file, text, &positions, "events", &mut problems),
        claims: entries(file, text, &positions, "claims", &mut problems),
    };
    // Structural problems make cross-checks meaningless: report them alone.
    if problems.is_empty() {
        Ok((sections, positions))
    } else {
        Err(Problems(problems))
    }
}

/// "this build reads 1 and 2".
fn readable() -> String {
    let v: Vec<String> = READABLE_VERSIONS.iter().map(u32::to_string).collect();
    format!("this build reads {}", v.join(" and "))
}

/// What the loader needs of the document before reading it entry by entry:
/// the top-level keys and, for each, what kind of value it is (and, for a
/// number or a short string, what it says, so that a `schema_version` of
/// `1.0` or `"1"` can be reported as what it is).
#[derive(Debug)]
enum Shape {
    Object(HashMap<String, Shape>),
    Array,
    U64(u64),
    /// Any other number, as written by serde (`1.0`, `-1`).
    Number(String),
    /// A string at the top level, cut to an excerpt.
    Str(String),
    Bool(bool),
    Null,
    /// Anything below the top level: only its kind matters.
    Nested,
}

impl Shape {
    #[cfg(test)]
    fn as_u64(&self) -> Option<u64> {
        match self {
            Shape::U64(v) => Some(*v),
            _ => None,
        }
    }

    fn is_array(&self) -> bool {
        matches!(self, Shape::Array)
    }

    /// The value in words, for a message.
    fn describe(&self) -> String {
        match self {
            Shape::Object(_) => "an object".into(),
            Shape::Array => "an array".into(),
            Shape::U64(v) => v.to_string(),
            Shape::Number(n) => n.clone(),
            Shape::Str(s) => format!("the string \"{s}\""),
            Shape::Bool(b) => b.to_string(),
            Shape::Null => "null".into(),
            Shape::Nested => "a value".into(),
        }
    }
}

/// Parses the whole document as `serde_json::from_str::<Value>` would (the
/// same parser, every value through `deserialize_any`, so the same syntax,
/// number-range and nesting-depth errors at the same positions) but keeps
/// only its [`Shape`]: building a `Value` of a large annotation file cost
/// several times the file's size in memory, for a copy nothing else read.
fn probe(text: &str) -> serde_json::Result<Shape> {
    let mut de = serde_json::Deserializer::from_str(text);
    let shape = Probe { depth: 0 }.deserialize(&mut de)?;
    de.end()?;
    Ok(shape)
}

/// Visits one value; `depth` 0 is the document, whose keys are kept.
#[derive(Clone, Copy)]
struct Probe {
    depth: u8,
}

impl Probe {
    fn deeper(self) -> Probe {
        Probe {
            depth: self.depth.saturating_add(1),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Probe {
    type Value = Shape;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Shape, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Probe {
    type Value = Shape;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Shape, E> {
        Ok(Shape::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Shape, E> {
        // `Value` stores a non-negative i64 as an unsigned number.
        Ok(u64::try_from(v).map_or_else(|_| Shape::Number(v.to_string()), Shape::U64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Shape, E> {
        Ok(Shape::U64(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Shape, E> {
        Ok(Shape::Number(format!("{v:?}")))
    }

    fn visit_str<E>(self, v: &str) -> Result<Shape, E> {
        // Only the top level's values are ever described; deeper strings
        // (every quote of the corpus) are not copied.
        Ok(if self.depth == 1 {
            Shape::Str(crate::corpus::problem::excerpt(v))
        } else {
            Shape::Nested
        })
    }

    fn visit_unit<E>(self) -> Result<Shape, E> {
        Ok(Shape::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Shape, A::Error> {
        while seq.next_element_seed(self.deeper())?.is_some() {}
        Ok(Shape::Array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
        if self.depth > 0 {
            while map.next_key_seed(self.deeper())?.is_some() {
                map.next_value_seed(self.deeper())?;
            }
            return Ok(Shape::Nested);
        }
        // Like `Value`'s map: a repeated key keeps its last value.
        let mut keys = HashMap::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(self.deeper())?;
            keys.insert(key, value);
        }
        Ok(Shape::Object(keys))
    }
}

/// Deserializes each element of a section on its own, so one bad event
/// does not hide the problems of the others.
fn entries<T: DeserializeOwned>(
    file: &str,
    text: &str,
    positions: &Positions,
    section: &str,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, T)> {
    let count = positions.len(&[Seg::Key(section)]);
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let span = positions.span(&[Seg::Key(section), Seg::Index(i)]);
        match serde_json::from_str::<T>(&text[span.clone()]) {
            Ok(v) => out.push((i, v)),
            Err(e) => problems.push(serde_problem(file, text, span.start, &e)),
        }
    }
    out
}

/// Turns a serde_json error inside `text[base..]` into a positioned problem.
/// serde_json counts columns in bytes; we report characters.
fn serde_problem(file: &str, text: &str, base: usize, err: &serde_json::Error) -> Problem {
    let slice = &text[base..];
    let line_start: usize = slice
        .split_inclusive('\n')
        .take(err.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = base + line_start + err.column().saturating_sub(1);
    let message = err.to_string();
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    };
    Problem::at(file, line_col(text, offset), message)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `probe` must accept and reject exactly what `serde_json::Value`
    /// does, with the same message and position.
    #[test]
    fn probe_errors_are_those_of_a_value_parse() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        for doc in [
            "{\"schema_version\": 1, \"events\": []}",
            "{\"a\": [1, 2,]}",
            "{\"a\": 1} x",
            "{\"a\": 1e400}",
            "{\"a\": [{\"b\": \"\\q\"}]}",
            "{\"a\": -0, \"a\": 2}",
            "[1, {\"x\": [true, null]}]",
            "{\"a\": tru}",
            "",
            deep.as_str(),
        ] {
            let want = serde_json::from_str::<serde_json::Value>(doc).map_err(|e| e.to_string());
            let got = probe(doc).map_err(|e| e.to_string());
            assert_eq!(got.is_ok(), want.is_ok(), "{doc}: {got:?} vs {want:?}");
            if let (Err(g), Err(w)) = (&got, &want) {
                assert_eq!(g, w, "{doc}");
            }
            if let (Ok(Shape::Object(keys)), Ok(serde_json::Value::Object(map))) = (&got, &want) {
                for (k, v) in map {
                    assert_eq!(keys[k].as_u64(), v.as_u64(), "{doc}: {k}");
                    assert_eq!(keys[k].is_array(), v.is_array(), "{doc}: {k}");
                }
                assert_eq!(keys.len(), map.len());
            }
        }
    }
}
