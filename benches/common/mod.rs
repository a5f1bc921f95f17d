//! A deterministic large corpus for benchmarks: the bundled corpus (the
//! five articles of `assets/` and `assets/annotations.json`) replicated N
//! times.
//!
//! Copy 0 is the bundled corpus unchanged; copy `k ≥ 1` has
//! - every article under a new id (`…-x{k}`) and file name
//!   (`…-x{k}.txt`), with the same bytes, so every quote stays valid;
//! - every event and claim under a new id (`…-x{k}`), pointing at the
//!   copy's articles, events and related events;
//! - day-precision dates (event dates, claims' `as_of`, articles'
//!   `published`) shifted by up to `k % 5` days (never out of the event's
//!   era), so copies interleave in the chronological order instead of
//!   sorting as blocks.
//!
//! Entities and eras are shared by all copies: a bigger corpus about the
//! same war names the same actors, places and periods, so the claim
//! groups of the comparison grow with N (the realistic worst case).
//!
//! Shared by `benches/corpus.rs` and the examples (`#[path]`), so it does
//! not live in the library.

#![allow(dead_code)]

/// The allocator the binary uses (src/main.rs), so the figures are the
/// program's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod articles;
pub mod reference;
pub mod sizes;
pub mod words;

use chrono::{Days, NaiveDate};
use karabakh_timeline::corpus::PartialDate;
use karabakh_timeline::corpus::bundled::FILES;
use karabakh_timeline::corpus::load::{ANNOTATIONS, CorpusSource};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::io;
use std::path::Path;

/// A corpus held in memory: file name → bytes.
pub struct MemCorpus {
    pub files: HashMap<String, Vec<u8>>,
}

impl CorpusSource for MemCorpus {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        self.files
            .get(name)
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "not in the generated corpus"))
    }

    fn display(&self, name: &str) -> String {
        format!("generated/{name}")
    }
}

impl MemCorpus {
    /// Bytes of article text (all files but the annotations).
    pub fn text_bytes(&self) -> usize {
        self.files
            .iter()
            .filter(|(n, _)| n.as_str() != ANNOTATIONS)
            .map(|(_, b)| b.len())
            .sum()
    }

    pub fn annotation_bytes(&self) -> usize {
        self.files.get(ANNOTATIONS).map_or(0, Vec::len)
    }

    /// Writes the corpus as a folder `--corpus` can load.
    pub fn write_to(&self, dir: &Path) -> io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let mut names: Vec<&String> = self.files.keys().collect();
        names.sort();
        for name in names {
            std::fs::write(dir.join(name), &self.files[name])?;
        }
        Ok(())
    }
}

fn suffix(s: &str, k: usize) -> String {
    if k == 0 {
        s.to_string()
    } else {
        format!("{s}-x{k}")
    }
}

fn file_name(file: &str, k: usize) -> String {
    match (k, file.strip_suffix(".txt")) {
        (0, _) => file.to_string(),
        (_, Some(stem)) => format!("{stem}-x{k}.txt"),
        (_, None) => format!("{file}-x{k}"),
    }
}

fn day(s: &str) -> Option<NaiveDate> {
    let d = PartialDate::parse(s).ok()?;
    (d.day().is_some()).then(|| d.first_day())
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn shifted(s: &str, days: u64) -> Option<String> {
    Some(iso(day(s)?.checked_add_days(Days::new(days))?))
}

/// The shift (≤ `want` days) that keeps a day-precision event inside its
/// era; 0 for less precise dates or ranges ending at a coarser precision.
fn event_shift(date: &Value, era: Option<(NaiveDate, NaiveDate)>, want: u64) -> u64 {
    let Some(start) = date["start"].as_str().and_then(day) else {
        return 0;
    };
    let end = date.get("end").and_then(Value::as_str);
    if end.is_some_and(|e| day(e).is_none()) {
        return 0;
    }
    let Some((first, last)) = era else {
        return 0;
    };
    (0..=want)
        .rev()
        .find(|&s| {
            start
                .checked_add_days(Days::new(s))
                .is_some_and(|d| d >= first && d <= last)
        })
        .unwrap_or(0)
}

fn shift_date_spec(date: &mut Value, days: u64) {
    for key in ["start", "end"] {
        if let Some(new) = date
            .get(key)
            .and_then(Value::as_str)
            .and_then(|s| shifted(s, days))
        {
            date[key] = Value::String(new);
        }
    }
}

fn rename_sources(sources: &mut Value, k: usize) {
    for s in sources.as_array_mut().into_iter().flatten() {
        if let Some(a) = s["article"].as_str() {
            s["article"] = Value::String(suffix(a, k));
        }
    }
}

/// The bundled corpus replicated `copies` times (see the module docs).
pub fn generate(copies: usize) -> MemCorpus {
    let bundled: HashMap<&str, &[u8]> = FILES.iter().copied().collect();
    let root: Value = serde_json::from_slice(bundled[ANNOTATIONS]).expect("bundled annotations");
    let eras: HashMap<String, (NaiveDate, NaiveDate)> = root["eras"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let start = PartialDate::parse(e["start"].as_str()?).ok()?;
            let end = PartialDate::parse(e["end"].as_str()?).ok()?;
            Some((
                e["id"].as_str()?.to_string(),
                (start.first_day(), end.last_day()),
            ))
        })
        .collect();
    let section = |name: &str| root[name].as_array().cloned().unwrap_or_default();
    let (articles, events, claims) = (section("articles"), section("events"), section("claims"));

    let mut files = HashMap::new();
    let mut out_articles = Vec::with_capacity(articles.len() * copies);
    let mut out_events = Vec::with_capacity(events.len() * copies);
    let mut out_claims = Vec::with_capacity(claims.len() * copies);
    for k in 0..copies {
        let want = (k % 5) as u64;
        for a in &articles {
            let mut a = a.clone();
            let file = a["file"].as_str().unwrap_or_default().to_string();
            let new_file = file_name(&file, k);
            files.insert(new_file.clone(), bundled[file.as_str()].to_vec());
            a["file"] = Value::String(new_file);
            a["id"] = Value::String(suffix(a["id"].as_str().unwrap_or_default(), k));
            shift_date_spec(&mut a["published"], want);
            out_articles.push(a);
        }
        let mut shifts = HashMap::new();
        for ev in &events {
            let mut ev = ev.clone();
            let id = ev["id"].as_str().unwrap_or_default().to_string();
            let era = ev["era"].as_str().and_then(|e| eras.get(e)).copied();
            let s = event_shift(&ev["date"], era, want);
            shifts.insert(id.clone(), s);
            shift_date_spec(&mut ev["date"], s);
            ev["id"] = Value::String(suffix(&id, k));
            for r in ev["related"].as_array_mut().into_iter().flatten() {
                *r = Value::String(suffix(r.as_str().unwrap_or_default(), k));
            }
            rename_sources(&mut ev["sources"], k);
            out_events.push(ev);
        }
        for c in &claims {
            let mut c = c.clone();
            let event = c["event"].as_str().unwrap_or_default().to_string();
            let s = shifts.get(&event).copied().unwrap_or(0);
            if let Some(new) = c["as_of"].as_str().and_then(|d| shifted(d, s)) {
                c["as_of"] = Value::String(new);
            }
            c["id"] = Value::String(suffix(c["id"].as_str().unwrap_or_default(), k));
            c["event"] = Value::String(suffix(&event, k));
            rename_sources(&mut c["sources"], k);
            out_claims.push(c);
        }
    }
    let mut out = Map::new();
    out.insert("schema_version".into(), root["schema_version"].clone());
    out.insert("articles".into(), Value::Array(out_articles));
    out.insert("entities".into(), root["entities"].clone());
    out.insert("eras".into(), root["eras"].clone());
    out.insert("events".into(), Value::Array(out_events));
    out.insert("claims".into(), Value::Array(out_claims));
    let json = serde_json::to_vec_pretty(&Value::Object(out)).expect("serializable");
    files.insert(ANNOTATIONS.to_string(), json);
    MemCorpus { files }
}
