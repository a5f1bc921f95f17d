//! The reference corpus of issue 11: as many articles, events and claims
//! as asked (20,000 / 100,000 / 50,000 for the figures), deterministic for
//! a seed, in the real format (schema 2), that loads without a problem.
//!
//! - Articles are distinct: a masthead, the headline, a printed dateline,
//!   paragraphs of Arabic generated from the bundled articles' words
//!   ([`super::words`]: their punctuation, digits and Latin tokens), and
//!   sometimes a related-links block; page furniture is declared.
//! - Casualty sentences are the bundled claims' quotes with new figures
//!   (the vague words kept as words), written into the articles; each is
//!   a claim over the template's subjects, category and standing, from
//!   its claimant or another entity of the same side.
//! - Events are spread over the four eras, with dates at every precision
//!   (days, months, years, ranges, approximate), cite passages that
//!   really occur in articles published in the days after them
//!   (`occurrence` set where the words occur more than once), and
//!   sometimes relate to earlier events.
//!
//! Entities and eras are the bundled ones.

use super::MemCorpus;
use super::articles::{Article, ClaimSentence, write_article};
use super::words::{Chain, arabic, english, occurrence};
use chrono::{Datelike, Days, NaiveDate};
use fastrand::Rng;
use karabakh_timeline::corpus::bundled::FILES;
use karabakh_timeline::corpus::load::ANNOTATIONS;
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::HashMap;

/// How big a corpus to write.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub articles: usize,
    pub events: usize,
    pub claims: usize,
    pub seed: u64,
}

impl Size {
    /// The reference corpus of issue 11.
    pub const REFERENCE: Size = Size {
        articles: 20_000,
        events: 100_000,
        claims: 50_000,
        seed: 1,
    };

    /// A hundred times the bundled corpus's counts (5 articles, 40
    /// events, 32 claims): the middle size of the benchmarks.
    pub const X100: Size = Size {
        articles: 500,
        events: 4_000,
        claims: 3_200,
        seed: 1,
    };
}

/// An era of the bundled corpus: id, first and last day, and how much of
/// the corpus falls in it.
struct Era {
    id: String,
    first: NaiveDate,
    last: NaiveDate,
    weight: u32,
}

fn day(s: &str) -> NaiveDate {
    let d = karabakh_timeline::corpus::PartialDate::parse(s).expect("bundled date");
    d.first_day()
}

fn last_day(s: &str) -> NaiveDate {
    let d = karabakh_timeline::corpus::PartialDate::parse(s).expect("bundled date");
    d.last_day()
}

fn random_day(rng: &mut Rng, first: NaiveDate, last: NaiveDate) -> NaiveDate {
    let span = (last - first).num_days().max(0) as u64;
    first + Days::new(rng.u64(..=span))
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The bundled files and annotations the generator learns from.
pub struct Seed {
    pub root: Value,
    pub bodies: Vec<String>,
}

impl Seed {
    pub fn bundled() -> Seed {
        let files: HashMap<&str, &[u8]> = FILES.iter().copied().collect();
        let root: Value = serde_json::from_slice(files[ANNOTATIONS]).expect("bundled annotations");
        let bodies = FILES
            .iter()
            .filter(|(n, _)| *n != ANNOTATIONS)
            .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            .collect();
        Seed { root, bodies }
    }

    fn section(&self, name: &str) -> &[Value] {
        self.root[name].as_array().map_or(&[], Vec::as_slice)
    }
}

#[derive(Serialize)]
struct Source {
    article: String,
    quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    occurrence: Option<usize>,
}

/// Generates the corpus (see the module docs).
pub fn generate(size: Size) -> MemCorpus {
    let seed = Seed::bundled();
    let mut rng = Rng::with_seed(size.seed);
    let ar = arabic(&seed.bodies);
    let en_texts: Vec<String> = seed
        .section("events")
        .iter()
        .flat_map(|e| {
            [
                e["title"]["en"].as_str().unwrap_or_default().to_string(),
                e["summary"].as_str().unwrap_or_default().to_string(),
            ]
        })
        .collect();
    let en = english(&en_texts);
    let eras: Vec<Era> = seed
        .section("eras")
        .iter()
        .map(|e| {
            let id = e["id"].as_str().unwrap_or_default().to_string();
            // Most reporting is of the war, then of the 2021 clashes.
            let weight = match id.as_str() {
                "war-2020" => 60,
                "clashes-2021" => 15,
                "aftermath" => 15,
                _ => 10,
            };
            Era {
                first: day(e["start"].as_str().unwrap_or("2020")),
                last: last_day(e["end"].as_str().unwrap_or("2020")),
                id,
                weight,
            }
        })
        .collect();
    let templates: Vec<&Value> = seed.section("claims").iter().collect();
    let entities: Vec<&Value> = seed.section("entities").iter().collect();

    // Claims are written into the articles, so they are dealt out first.
    let mut per_article = vec![0usize; size.articles];
    for _ in 0..size.claims {
        per_article[rng.usize(..size.articles)] += 1;
    }
    let mut articles: Vec<Article> = Vec::with_capacity(size.articles);
    for (n, &claims) in per_article.iter().enumerate() {
        // Articles are published while there is news: in the war, the
        // clashes and the months between, never in the background era.
        let era = pick_era(&mut rng, &eras[1..]);
        let published = random_day(&mut rng, era.first, era.last);
        let sentences: Vec<ClaimSentence> = (0..claims)
            .map(|_| {
                let t = templates[rng.usize(..templates.len())];
                ClaimSentence::new(&mut rng, t)
            })
            .collect();
        articles.push(write_article(&mut rng, &ar, n, published, sentences));
    }
    let mut by_date: Vec<usize> = (0..articles.len()).collect();
    by_date.sort_by_key(|&a| (articles[a].published, a));

    let mut article_events: Vec<Vec<usize>> = vec![Vec::new(); articles.len()];
    let mut events = Vec::with_capacity(size.events);
    for n in 0..size.events {
        let era = pick_era(&mut rng, &eras);
        let (date, first) = event_date(&mut rng, era);
        let sources = event_sources(&mut rng, &articles, &by_date, first, era.id == "background");
        for s in &sources {
            let a = article_index(&s.article);
            if article_events[a].last() != Some(&n) {
                article_events[a].push(n);
            }
        }
        events.push(event_json(
            &mut rng, &ar, &en, &entities, n, era, date, sources,
        ));
    }

    let mut claims = Vec::with_capacity(size.claims);
    for (a, article) in articles.iter().enumerate() {
        for s in &article.claims {
            let n = claims.len();
            let cited = &article_events[a];
            let event = if cited.is_empty() {
                rng.usize(..events.len().max(1))
            } else {
                cited[rng.usize(..cited.len())]
            };
            claims.push(s.to_json(&mut rng, &entities, n, article, event_id(event)));
        }
    }

    let mut files = HashMap::new();
    let doc = json!({
        "schema_version": 2,
        "articles": articles.iter().map(Article::to_json).collect::<Vec<_>>(),
        "entities": seed.root["entities"],
        "eras": seed.root["eras"],
        "events": events,
        "claims": claims,
    });
    let json = serde_json::to_vec_pretty(&doc).expect("serializable");
    files.insert(ANNOTATIONS.to_string(), json);
    for a in articles {
        files.insert(a.file.clone(), a.text.into_bytes());
    }
    MemCorpus { files }
}

fn pick_era<'e>(rng: &mut Rng, eras: &'e [Era]) -> &'e Era {
    let total: u32 = eras.iter().map(|e| e.weight).sum();
    let mut at = rng.u32(..total);
    for e in eras {
        if at < e.weight {
            return e;
        }
        at -= e.weight;
    }
    &eras[eras.len() - 1]
}

pub fn event_id(n: usize) -> String {
    format!("ev-{n:06}")
}

fn article_index(id: &str) -> usize {
    id.trim_start_matches("art-").parse().unwrap_or(0)
}

/// A date spec inside the era at a realistic precision, and its first day.
fn event_date(rng: &mut Rng, era: &Era) -> (Value, NaiveDate) {
    let d = random_day(rng, era.first, era.last);
    let basis = |rng: &mut Rng| {
        let (kind, note) = [
            ("printed", "printed in the article"),
            ("relative", "«أمس» counted from the publication date"),
            ("since", "«منذ …» names the starting point"),
            ("inferred", "worked out from what the article reports"),
        ][rng.usize(..4)];
        json!({"kind": kind, "note": note})
    };
    if era.id == "background" {
        let start = d.format("%Y").to_string();
        let month = rng.u8(..5) == 0;
        let start = if month {
            d.format("%Y-%m").to_string()
        } else {
            start
        };
        let approximate = rng.u8(..3) == 0;
        let note = json!({"kind": "background", "note": "general knowledge of the conflict"});
        let first = if month {
            d.with_day0(0).unwrap_or(d)
        } else {
            d.with_ordinal0(0).unwrap_or(d)
        };
        return (
            json!({"start": start, "approximate": approximate, "basis": note}),
            first,
        );
    }
    match rng.u8(..100) {
        // A month: «في أكتوبر».
        0..=6 => {
            let first = d.with_day0(0).unwrap_or(d).max(era.first);
            let spec = json!({"start": d.format("%Y-%m").to_string(), "basis": basis(rng)});
            (spec, first)
        }
        // A range of days.
        7..=11 => {
            let end = (d + Days::new(rng.u64(1..=4))).min(era.last);
            let spec = json!({
                "start": iso(d), "end": iso(end), "approximate": rng.bool(), "basis": basis(rng)
            });
            (spec, d)
        }
        _ => (json!({"start": iso(d), "basis": basis(rng)}), d),
    }
}

/// One to six passages, from articles published on or soon after `first`
/// (any article for a background event), each a span of words of a body
/// paragraph.
fn event_sources(
    rng: &mut Rng,
    articles: &[Article],
    by_date: &[usize],
    first: NaiveDate,
    background: bool,
) -> Vec<Source> {
    let n = match rng.u8(..100) {
        0..=44 => 1,
        45..=74 => 2,
        75..=89 => 3,
        _ => rng.usize(4..=6),
    };
    let from = by_date.partition_point(|&a| articles[a].published < first);
    let to = by_date.partition_point(|&a| articles[a].published <= first + Days::new(10));
    let (lo, hi) = if background || to <= from {
        (0, by_date.len())
    } else {
        (from, to)
    };
    (0..n)
        .map(|_| {
            let a = &articles[by_date[rng.usize(lo..hi)]];
            let (quote, at) = a.passage(rng);
            let (count, which) = occurrence(&a.text, &quote, at);
            Source {
                article: a.id.clone(),
                quote,
                occurrence: (count > 1).then_some(which),
            }
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn event_json(
    rng: &mut Rng,
    ar: &Chain,
    en: &Chain,
    entities: &[&Value],
    n: usize,
    era: &Era,
    date: Value,
    sources: Vec<Source>,
) -> Value {
    let kinds = [
        ("fighting", 30),
        ("statement", 20),
        ("diplomacy", 15),
        ("casualty-report", 12),
        ("humanitarian", 8),
        ("ceasefire", 5),
        ("background", 10),
    ];
    let kind = if era.id == "background" {
        "background"
    } else {
        let total: u32 = kinds[..6].iter().map(|k| k.1).sum();
        let mut at = rng.u32(..total);
        kinds[..6]
            .iter()
            .find(|k| {
                let hit = at < k.1;
                at = at.saturating_sub(k.1);
                hit
            })
            .map_or("fighting", |k| k.0)
    };
    let is_place = |e: &&&Value| matches!(e["kind"].as_str(), Some("place" | "country"));
    let people: Vec<&&Value> = entities.iter().filter(|e| e["kind"] != "place").collect();
    let places: Vec<&&Value> = entities.iter().filter(is_place).collect();
    let pick = |rng: &mut Rng, from: &[&&Value], k: usize| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for _ in 0..k {
            let id = from[rng.usize(..from.len())]["id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    };
    let k = rng.usize(1..=3);
    let actors = pick(rng, &people, k);
    let k = rng.usize(0..=2);
    let where_ = pick(rng, &places, k);
    let mut related: Vec<String> = Vec::new();
    if n > 0 && rng.u8(..100) < 8 {
        for _ in 0..rng.usize(1..=2) {
            let id = event_id(rng.usize(..n));
            if !related.contains(&id) {
                related.push(id);
            }
        }
    }
    json!({
        "id": event_id(n),
        "date": date,
        "era": era.id,
        "kind": kind,
        "title": {"ar": ar.sentence(rng, 6, 12, false), "en": en.sentence(rng, 6, 12, false)},
        "summary": en.sentence(rng, 12, 25, true),
        "actors": actors,
        "places": where_,
        "related": related,
        "sources": sources,
    })
}
