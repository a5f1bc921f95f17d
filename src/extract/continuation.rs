//! Which event a clause without a date of its own belongs to: the event
//! touched last, one it shares two people with, or the one its definite
//! event word refers back to (see [`continued`]); and the clauses that
//! are no events at all (a bare question, a subheading).

use super::{EventDraft, Input};
use crate::corpus::date::BasisKind;
use crate::corpus::schema::EntityKind;
use crate::extract::doc::Doc;
use crate::extract::event_kinds::definite_kind;
use crate::extract::gazetteer::{Found, Gazetteer};
use std::ops::Range;

/// How many lines on an undated clause may still continue an event.
const CONTINUE_LINES: usize = 4;

/// The event an undated clause continues, if any: the event touched last
/// (within [`CONTINUE_LINES`]) when it shares an actor with it or the
/// clause's verb has no subject of its own; else, anywhere before, an
/// event it shares two people or organisations with; else the last event
/// with a date of its own of the kind a definite event word of the clause
/// refers back to («الاشتباكات» → the clashes already reported), unless
/// the clause reports figures of its own.
pub(super) fn continued(
    inp: &Input,
    events: &[EventDraft],
    clause: Range<usize>,
    line: usize,
    actors: &[usize],
    subjectless: bool,
) -> Option<usize> {
    let last = (0..events.len())
        .filter(|k| events[*k].continuable)
        .max_by_key(|k| events[*k].last_line);
    if let Some(k) = last
        && line <= events[k].last_line + CONTINUE_LINES
        && (shares_actor(inp.gaz, &events[k].actors, actors) || subjectless)
    {
        return Some(k);
    }
    let mine = people(inp.gaz, actors);
    if let Some(k) = (0..events.len()).rev().find(|k| {
        let e = &events[*k];
        e.continuable && mine.iter().filter(|a| e.actors.contains(a)).count() >= 2
    }) {
        return Some(k);
    }
    // A clause with figures of its own is a new report («وأعلنت أرمينيا
    // مقتل جندي … أثناء الاشتباكات»), not the clashes it mentions.
    if inp
        .figures
        .iter()
        .any(|f| f.start >= clause.start && f.end <= clause.end)
    {
        return None;
    }
    let kind = definite_kind(inp.doc, clause)?;
    (0..events.len()).rev().find(|k| {
        let e = &events[*k];
        e.continuable
            && e.kind == kind
            && matches!(&e.date, Ok(d) if d.basis != BasisKind::Inferred)
    })
}

/// The people and organisations among `actors` (not countries or places).
pub(super) fn people(gaz: &Gazetteer, actors: &[usize]) -> Vec<usize> {
    actors
        .iter()
        .copied()
        .filter(|a| {
            matches!(
                gaz.entities[*a].kind,
                EntityKind::Person | EntityKind::Organisation | EntityKind::Group
            )
        })
        .collect()
}

/// A question with no date and no figure: a subheading such as «ماذا قال
/// بوتين؟», not a report.
pub(super) fn is_bare_question(inp: &Input, s: Range<usize>) -> bool {
    let asks = s
        .clone()
        .rev()
        .find(|i| !matches!(inp.doc.tok(*i), "\"" | "»" | ")"))
        .is_some_and(|i| matches!(inp.doc.tok(i), "؟" | "?"));
    let inside = |r: &Range<usize>| r.start >= s.start && r.end <= s.end;
    asks && !inp.dates.iter().any(|m| inside(&m.tokens)) && !inp.figures.iter().any(inside)
}

/// A shared actor that is not one of the two countries every sentence of
/// this war names.
pub(super) fn shares_actor(gaz: &Gazetteer, a: &[usize], b: &[usize]) -> bool {
    a.iter()
        .any(|x| b.contains(x) && gaz.entities[*x].kind != EntityKind::Country)
}

/// A clause whose verb has no subject of its own («وأضاف أن …»,
/// «وأشار إلى …»): it continues the speaker before.
pub(super) fn no_subject(doc: &Doc, clause: Range<usize>, found: &[&Found]) -> bool {
    let first = doc.tok(clause.start);
    // Folded spellings, masculine and feminine («وأضافت» after a ministry).
    let saying = [
        "واضاف",
        "واضافت",
        "وتابع",
        "وتابعت",
        "واشار",
        "واشارت",
        "واوضح",
        "واوضحت",
        "وقال",
        "وقالت",
        "واكد",
        "واكدت",
        "ولفت",
        "ولفتت",
        "وذكر",
        "وذكرت",
        "كما",
        "واستطرد",
        "وافاد",
        "وافادت",
    ];
    saying.contains(&first) && !found.iter().any(|f| f.tokens.start <= clause.start + 2)
}
