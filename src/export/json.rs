//! The JSON export: `{"schema": "karabakh-timeline/v2", "events", "claims"}`.

use crate::compare::Interval;
use crate::corpus::DraftMark;
use crate::corpus::model::Timeline;
use crate::corpus::schema::Side;
use crate::export::safe_json::{Lazy, to_writer_pretty};
use crate::export::{BasisOut, SourceOut};
use crate::select::Selection;
use serde::Serialize;
use std::io::{self, Write};

/// Version 2: sources' `published` is an object (date, precision,
/// approximate, basis); claims count sides and carry their words; a
/// date's basis carries the words that date it (`quote`, or `null`);
/// events and claims have a `draft` (`null` once a user accepted them),
/// and a source drafted into an accepted event its own.
pub const SCHEMA: &str = "karabakh-timeline/v2";

/// The document; its lists are made item by item as they are written.
#[derive(Serialize)]
struct Doc<E: Serialize, C: Serialize> {
    schema: &'static str,
    events: E,
    claims: C,
}

#[derive(Serialize)]
struct Name<'a> {
    id: &'a str,
    en: &'a str,
    ar: &'a str,
    /// `null` for places.
    side: Option<&'static str>,
}

#[derive(Serialize)]
struct Text<'a> {
    ar: &'a str,
    en: &'a str,
}

/// The date as the app shows it, in both languages.
#[derive(Serialize)]
struct DisplayDate {
    ar: String,
    en: String,
}

#[derive(Serialize)]
struct EventOut<'a> {
    id: &'a str,
    start: String,
    end: Option<String>,
    precision: &'static str,
    approximate: bool,
    /// Kind, note and the words that carry the date (`quote`).
    date_basis: BasisOut<'a>,
    display_date: DisplayDate,
    era: &'a str,
    kind: &'static str,
    title: Text<'a>,
    summary: &'a str,
    actors: Vec<Name<'a>>,
    places: Vec<Name<'a>>,
    related: Vec<&'a str>,
    sources: Vec<SourceOut<'a>>,
    claims: Vec<&'a str>,
    /// `null` once accepted; a draft's rule and confidence until then.
    draft: Option<&'a DraftMark>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    id: &'a str,
    claimant: Name<'a>,
    subject: Vec<SideOut>,
    category: &'static str,
    equipment: Option<&'a str>,
    value: u64,
    /// The words that gave the figure, as printed.
    value_text: Option<&'a str>,
    /// A vague word («العشرات»): `range` is what it stands for.
    vague: bool,
    /// The counts the figure allows; `high` `null` when unbounded.
    range: Range,
    qualifier: &'static str,
    as_of: String,
    standing: &'static str,
    event: &'a str,
    note: Option<&'a str>,
    sources: Vec<SourceOut<'a>>,
    /// `null` once accepted; a draft's rule and confidence until then.
    draft: Option<&'a DraftMark>,
}

#[derive(Serialize)]
struct Range {
    low: u64,
    high: Option<u64>,
}

/// A side by id, with its names.
#[derive(Serialize)]
struct SideOut {
    id: &'static str,
    en: &'static str,
    ar: &'static str,
}

impl SideOut {
    fn new(s: Side) -> Self {
        SideOut {
            id: s.as_str(),
            en: s.label_en(),
            ar: s.label_ar(),
        }
    }
}

fn name(t: &Timeline, i: usize) -> Name<'_> {
    let e = &t.entities[i];
    Name {
        id: &e.id,
        en: &e.en,
        ar: e.ar.first().map_or("", String::as_str),
        side: e.side.map(Side::as_str),
    }
}

/// The selection as a pretty-printed JSON document, written to `w`.
pub fn write<W: Write>(t: &Timeline, sel: &Selection, mut w: W) -> io::Result<()> {
    let events = Lazy(|| sel.events.iter().map(|&e| event(t, e)));
    let claims = Lazy(|| sel.claims.iter().map(|&c| claim(t, c)));
    let doc = Doc {
        schema: SCHEMA,
        events,
        claims,
    };
    to_writer_pretty(&mut w, &doc)?;
    w.write_all(b"\n")
}

fn event(t: &Timeline, e: usize) -> EventOut<'_> {
    let ev = &t.events[e];
    let (start, end) = ev.date.iso_range();
    EventOut {
        id: &ev.id,
        start,
        end,
        precision: ev.date.precision().as_str(),
        approximate: ev.date.approximate,
        date_basis: BasisOut::new(t, &ev.date.basis),
        display_date: DisplayDate {
            ar: ev.date.display_ar(),
            en: ev.date.display_en(),
        },
        era: &t.eras[ev.era].id,
        kind: ev.kind.as_str(),
        title: Text {
            ar: &ev.title.ar,
            en: &ev.title.en,
        },
        summary: &ev.summary,
        actors: ev.actors.iter().map(|&a| name(t, a)).collect(),
        places: ev.places.iter().map(|&p| name(t, p)).collect(),
        related: ev
            .related
            .iter()
            .map(|&r| t.events[r].id.as_str())
            .collect(),
        sources: ev.sources.iter().map(|s| SourceOut::new(t, s)).collect(),
        claims: ev.claims.iter().map(|&c| t.claims[c].id.as_str()).collect(),
        draft: ev.draft.as_deref(),
    }
}

fn claim(t: &Timeline, c: usize) -> ClaimOut<'_> {
    let cl = &t.claims[c];
    ClaimOut {
        id: &cl.id,
        claimant: name(t, cl.claimant),
        subject: cl.subject.iter().map(|&s| SideOut::new(s)).collect(),
        category: cl.category.as_str(),
        equipment: cl.equipment.as_deref(),
        value: cl.value,
        value_text: cl.value_text.as_deref(),
        vague: cl.vague.is_some(),
        range: {
            let i = Interval::of_claim(cl);
            Range {
                low: i.lo,
                high: i.hi,
            }
        },
        qualifier: cl.qualifier.as_str(),
        as_of: cl.as_of.iso(),
        standing: cl.standing.as_str(),
        event: &t.events[cl.event].id,
        note: cl.note.as_deref(),
        sources: cl.sources.iter().map(|s| SourceOut::new(t, s)).collect(),
        draft: cl.draft.as_deref(),
    }
}
