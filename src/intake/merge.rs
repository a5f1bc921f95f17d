//! Merging the draft of one article into a corpus document.
//!
//! An extracted event is *the same event* as one the corpus has (or one
//! added earlier in the same run) when
//! * their kinds agree — a casualty report and a statement count as one
//!   kind here: a toll is something somebody stated, and the extraction
//!   calls a statement with figures a casualty report;
//! * the drafted date lies inside the corpus event's window (the drafted
//!   «22 Oct» inside the corpus's 22–23 Oct), or the corpus's date inside
//!   a drafted span of at most 11 days (27 Sep inside a drafted «نهاية
//!   سبتمبر», 21–30 Sep) — never inside a drafted month or year;
//! * they share a person, an organisation or a group — or, for fighting,
//!   a ceasefire or humanitarian news dated precisely (not approximately),
//!   a place: who fights where on a day is one event at this timeline's
//!   grain, while two statements in one place on one day are not;
//! * the corpus event is not one of the same article's (drafting keeps an
//!   article's events apart on purpose).
//!
//! Then the drafted event becomes another source of the corpus event: its
//! quotes are added to it, each source marked as a draft (the rule says
//! which event it joined and why), and its claims point at it. Otherwise
//! it is added as a new event, marked as a draft. Every claim is added as
//! a claim of its own, marked as a draft; one with the same claimant,
//! subject, category (and equipment) and as-of date as a claim already
//! there is in that claim's group, where the comparison shows at once
//! whether the numbers agree.

use crate::corpus::model::Timeline;
use crate::corpus::schema::{EntityKind, EventKind};
use crate::corpus::{DraftMark, PartialDate};
use crate::extract::draft::{DateOut, Draft, DraftClaim, DraftEvent, unique_id};
use crate::intake::document::Document;
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// An event the drafts may join.
#[derive(Debug, Clone)]
struct Candidate {
    id: String,
    kind: EventKind,
    first: NaiveDate,
    last: NaiveDate,
    actors: Vec<String>,
    places: Vec<String>,
    /// The articles that report it: an article's own events are never
    /// merged with each other (drafting kept them apart on purpose).
    articles: Vec<String>,
}

/// What merging one article's draft did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// New events: id, date as the corpus writes it, kind.
    pub added_events: Vec<(String, String, EventKind)>,
    /// Drafted events that became another source of an event.
    pub merged_events: Vec<Merged>,
    pub added_claims: Vec<AddedClaim>,
    /// What was found and could not be added, and why.
    pub unresolved: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The event it joined.
    pub into: String,
    /// The drafted event's first quote.
    pub quote: String,
    pub why: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AddedClaim {
    pub id: String,
    /// Other claims of its group (same claimant, subject, category,
    /// equipment, as-of date), before it.
    pub group: Vec<String>,
}

/// The claim group key: claimant, subject, category, equipment, as-of.
type GroupKey = (String, String, String, String, String);

/// Merges drafts into a document, one article after another.
pub struct Merger {
    kinds: HashMap<String, EntityKind>,
    candidates: Vec<Candidate>,
    /// Candidates by entity id (actors and places).
    by_entity: HashMap<String, Vec<usize>>,
    /// Where each event of the document is.
    event_pos: HashMap<String, usize>,
    taken_events: HashSet<String>,
    taken_claims: HashSet<String>,
    groups: HashMap<GroupKey, Vec<String>>,
}

/// The widest drafted span (in days) a corpus event's date may lie inside
/// for the two to be one event: «نهاية سبتمبر» (21–30 Sep) may be the
/// corpus's 27 Sep, «العام الماضي» is no day.
const NARROW_DAYS: i64 = 11;

/// Statements and casualty reports are one kind for merging.
fn kind_class(k: EventKind) -> EventKind {
    match k {
        EventKind::CasualtyReport => EventKind::Statement,
        k => k,
    }
}

/// Kinds whose events one place can tie together.
fn place_ties(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Fighting | EventKind::Ceasefire | EventKind::Humanitarian
    )
}

fn span(d: &DateOut) -> Option<(NaiveDate, NaiveDate)> {
    let start = PartialDate::parse(&d.start).ok()?;
    let end = match &d.end {
        Some(e) => PartialDate::parse(e).ok()?,
        None => start,
    };
    Some((start.first_day(), end.last_day()))
}

fn group_key(c: &DraftClaim) -> GroupKey {
    let subject: Vec<&str> = c.subject.iter().map(|s| s.as_str()).collect();
    (
        c.claimant.clone(),
        subject.join("+"),
        c.category.as_str().to_string(),
        c.equipment.clone().unwrap_or_default(),
        c.as_of.clone().unwrap_or_default(),
    )
}

impl Merger {
    /// Ready to merge into `doc`, whose corpus loaded as `t`.
    pub fn new(t: &Timeline, doc: &Document) -> Merger {
        let mut m = Merger {
            kinds: t.entities.iter().map(|e| (e.id.clone(), e.kind)).collect(),
            candidates: Vec::new(),
            by_entity: HashMap::new(),
            event_pos: doc.positions("events"),
            taken_events: doc.ids("events"),
            taken_claims: doc.ids("claims"),
            groups: HashMap::new(),
        };
        for ev in &t.events {
            let (first, last) = ev.date.span();
            let ids = |v: &[usize]| v.iter().map(|&e| t.entities[e].id.clone()).collect();
            m.remember(Candidate {
                id: ev.id.clone(),
                kind: ev.kind,
                first,
                last,
                actors: ids(&ev.actors),
                places: ids(&ev.places),
                articles: ev
                    .sources
                    .iter()
                    .map(|x| t.articles[x.article].id.clone())
                    .collect(),
            });
        }
        for c in &t.claims {
            let subject: Vec<&str> = c.subject.iter().map(|s| s.as_str()).collect();
            let key = (
                t.entities[c.claimant].id.clone(),
                subject.join("+"),
                c.category.as_str().to_string(),
                c.equipment.clone().unwrap_or_default(),
                c.as_of.iso(),
            );
            m.groups.entry(key).or_default().push(c.id.clone());
        }
        m
    }

    fn remember(&mut self, c: Candidate) {
        let k = self.candidates.len();
        for e in c.actors.iter().chain(&c.places) {
            self.by_entity.entry(e.clone()).or_default().push(k);
        }
        self.candidates.push(c);
    }

    fn is_person(&self, id: &str) -> bool {
        matches!(
            self.kinds.get(id),
            Some(EntityKind::Person | EntityKind::Organisation | EntityKind::Group)
        )
    }

    /// The event `e` is the same event as, and why.
    fn same_event(
        &self,
        article: &str,
        e: &DraftEvent,
        (first, last): (NaiveDate, NaiveDate),
    ) -> Option<(usize, String)> {
        let mut seen = HashSet::new();
        let mut best: Option<(usize, usize, i64, String)> = None;
        for entity in e.actors.iter().chain(&e.places) {
            for &k in self.by_entity.get(entity).into_iter().flatten() {
                if !seen.insert(k) {
                    continue;
                }
                let c = &self.candidates[k];
                if kind_class(c.kind) != kind_class(e.kind)
                    || c.articles.iter().any(|a| a == article)
                {
                    continue;
                }
                // The drafted date inside the corpus's; or the corpus's
                // inside a drafted span of a few days («نهاية سبتمبر»),
                // never inside a drafted month or year.
                let narrow = (last - first).num_days() < NARROW_DAYS;
                let inside = (c.first <= first && last <= c.last)
                    || (narrow && first <= c.first && c.last <= last);
                if !inside {
                    continue;
                }
                let people: Vec<&String> = e
                    .actors
                    .iter()
                    .filter(|a| self.is_person(a) && c.actors.contains(a))
                    .collect();
                let places: Vec<&String> =
                    e.places.iter().filter(|p| c.places.contains(p)).collect();
                // A place ties only events dated precisely: an undated
                // clause put on the publication day is no evidence.
                let precise = e.date.as_ref().is_some_and(|d| !d.approximate);
                let why = if !people.is_empty() {
                    format!("shares {}", join(&people))
                } else if place_ties(e.kind) && precise && !places.is_empty() {
                    format!("in {}", join(&places))
                } else {
                    continue;
                };
                // The most shared, then the narrowest window.
                let score = people.len() * 2 + places.len();
                let width = (c.last - c.first).num_days();
                if best
                    .as_ref()
                    .is_none_or(|(_, s, w, _)| score > *s || (score == *s && width < *w))
                {
                    best = Some((k, score, width, why));
                }
            }
        }
        best.map(|(k, _, _, why)| (k, why))
    }

    /// Merges the draft of one article into `doc`.
    pub fn merge(&mut self, doc: &mut Document, draft: &Draft) -> Outcome {
        let mut out = Outcome::default();
        // Drafted event id → the id it has in the corpus.
        let mut ids: HashMap<String, String> = HashMap::new();
        for e in &draft.events {
            let line = first_words(e);
            let Some(date) = &e.date else {
                out.unresolved.push(format!(
                    "event «{line}»: {}",
                    e.draft.unresolved.as_deref().unwrap_or("no date")
                ));
                continue;
            };
            let (Some(window), Some(_)) = (span(date), &e.era) else {
                out.unresolved.push(format!(
                    "event «{line}»: its date {} is outside every era of the corpus",
                    date.start
                ));
                continue;
            };
            if let Some((k, why)) = self.same_event(&draft.article.id, e, window) {
                let into = self.candidates[k].id.clone();
                self.candidates[k].articles.push(draft.article.id.clone());
                self.join(doc, &into, e, &why);
                ids.insert(e.id.clone(), into.clone());
                out.merged_events.push(Merged {
                    into,
                    quote: line,
                    why,
                });
                continue;
            }
            let id = unique_id(e.id.clone(), &mut self.taken_events);
            let mut value = to_value(e);
            value["id"] = Value::from(id.clone());
            self.event_pos
                .insert(id.clone(), doc.section("events").len());
            doc.section_mut("events").push(value);
            ids.insert(e.id.clone(), id.clone());
            self.remember(Candidate {
                id: id.clone(),
                kind: e.kind,
                first: window.0,
                last: window.1,
                actors: e.actors.clone(),
                places: e.places.clone(),
                articles: vec![draft.article.id.clone()],
            });
            out.added_events.push((id, date_text(date), e.kind));
        }
        for c in &draft.claims {
            let quote = c.sources.first().map_or("", |s| s.quote.as_str());
            let (Some(event), Some(_)) = (ids.get(&c.event), &c.as_of) else {
                let why = c
                    .draft
                    .unresolved
                    .clone()
                    .unwrap_or_else(|| "its event could not be added".into());
                out.unresolved.push(format!("claim «{quote}»: {why}"));
                continue;
            };
            let id = unique_id(c.id.clone(), &mut self.taken_claims);
            let mut value = to_value(c);
            value["id"] = Value::from(id.clone());
            value["event"] = Value::from(event.clone());
            doc.section_mut("claims").push(value);
            let group = self.groups.entry(group_key(c)).or_default();
            out.added_claims.push(AddedClaim {
                id: id.clone(),
                group: group.clone(),
            });
            group.push(id);
        }
        for u in &draft.unresolved {
            out.unresolved.push(format!(
                "{} «{}» (line {}): {}",
                u.what, u.quote, u.line, u.reason
            ));
        }
        out
    }

    /// Adds the sources of drafted event `e` to event `into`, each marked
    /// as a draft that says why.
    fn join(&mut self, doc: &mut Document, into: &str, e: &DraftEvent, why: &str) {
        let Some(&pos) = self.event_pos.get(into) else {
            return;
        };
        let Some(target) = doc.section_mut("events").get_mut(pos) else {
            return;
        };
        let mark = DraftMark {
            rule: format!(
                "another source of this event ({}; {why}, same kind, date inside its window)",
                e.draft.rule
            ),
            confidence: (e.draft.confidence * 0.9 * 100.0).round() / 100.0,
            date_words: e.draft.date_words.clone(),
            unresolved: None,
            claimant_rule: None,
            subject_rule: None,
        };
        let Some(Value::Array(sources)) = target.get_mut("sources") else {
            return;
        };
        for s in &e.sources {
            let already = sources.iter().any(|x| {
                x.get("article").and_then(Value::as_str) == Some(s.article.as_str())
                    && x.get("quote").and_then(Value::as_str) == Some(s.quote.as_str())
            });
            if already {
                continue;
            }
            let mut v = to_value(s);
            v["draft"] = to_value(&mark);
            sources.push(v);
        }
    }
}

fn to_value<T: serde::Serialize>(x: &T) -> Value {
    // Drafts are plain structs of strings and numbers: they serialize.
    serde_json::to_value(x).unwrap_or(Value::Null)
}

fn join(ids: &[&String]) -> String {
    ids.iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn date_text(d: &DateOut) -> String {
    match &d.end {
        Some(e) => format!("{}..{e}", d.start),
        None => d.start.clone(),
    }
}

/// The first words of an event's first quote, for messages.
fn first_words(e: &DraftEvent) -> String {
    let q = e.sources.first().map_or("", |s| s.quote.as_str());
    let words: Vec<&str> = q.split_whitespace().take(8).collect();
    let mut s = words.join(" ");
    if q.split_whitespace().count() > 8 {
        s.push('…');
    }
    s
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
