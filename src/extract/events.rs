//! Dated and datable events: the sentences (or clauses) of an article that
//! report something happening, each with its date, kind, actors, places and
//! quote.
//!
//! Rules, in order:
//! * a sentence is cut at «أن» / «إن» when both sides carry a date of their
//!   own («أعلن الكرملين، الخميس، أن … دعيا خلال مكالمة، الأربعاء»): the
//!   announcement and what it reports are two events;
//! * a clause is an event when it has a date, a figure, or an event word
//!   («اشتباكات», «هدنة», «محادثات») together with an entity;
//! * its date is its own (a «منذ …» date starts an event of its own: the
//!   start of the period); a clause without one continues the event before
//!   it when they share an actor or its verb has no subject of its own
//!   («وأضاف …»), else it is dated to the publication day, approximately;
//! * an undated clause also joins, anywhere in the article, an event it
//!   shares two people or organisations with («وقالت الرئاسة الروسية إن
//!   بوتين وماكرون …» after their dated call), or the last dated event of
//!   the kind its definite event word refers back to («الاشتباكات الجديدة»
//!   → the clashes already reported);
//! * a clause whose verb of saying has no subject of its own («وقال
//!   الأربعاء إنه …») takes the people of the sentence before as actors;
//! * a question with no date and no figure («ماذا قال بوتين؟»: a
//!   subheading) is no event;
//! * clauses with the same date, kind and a shared actor are one event with
//!   several sources, anywhere in the article.

use crate::corpus::date::{BasisKind, PartialDate};
use crate::corpus::schema::{EntityKind, EventKind};
use crate::extract::dates::Mention;
use crate::extract::doc::Doc;
use crate::extract::event_kinds::kind_of;
use crate::extract::gazetteer::{Found, Gazetteer};
use crate::extract::resolve::{Resolved, Unresolved};
use chrono::NaiveDate;
use std::ops::Range;

/// Which event an undated clause continues.
#[path = "continuation.rs"]
mod continuation;
use continuation::{continued, is_bare_question, no_subject, people, shares_actor};

/// Words that introduce a reported clause.
const COMPLEMENTIZERS: [&str; 6] = ["ان", "بان", "انه", "انها", "بانه", "بانها"];

/// A date as drafted: resolved, or why not.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub approximate: bool,
    pub basis: BasisKind,
    /// How, in English, with the words it came from.
    pub note: String,
    pub confidence: f32,
    /// Byte range (original text) of the words that carry the date, when
    /// the text has them (not for a clause dated to the publication day).
    pub words: Option<Range<usize>>,
}

/// A drafted event, before ids and serialisation.
#[derive(Debug, Clone)]
pub struct EventDraft {
    pub kind: EventKind,
    pub date: Result<Dated, String>,
    /// The words that carry the date (original text), if any.
    pub date_words: Option<String>,
    /// Byte ranges (original text) of its quotes.
    pub sources: Vec<Range<usize>>,
    pub actors: Vec<usize>,
    pub places: Vec<usize>,
    pub rule: &'static str,
    pub confidence: f32,
    /// Token ranges of its clauses (where its figures are looked for).
    pub clauses: Vec<Range<usize>>,
    last_line: usize,
    /// A «منذ …» start: a phrase, not a clause later clauses continue.
    continuable: bool,
}

/// What the event finder is given.
pub struct Input<'a, 'd> {
    pub doc: &'a Doc<'d>,
    pub gaz: &'a Gazetteer,
    pub found: &'a [Found],
    pub dates: &'a [Mention],
    pub resolved: &'a [Result<Resolved, Unresolved>],
    /// Token ranges of the figures.
    pub figures: &'a [Range<usize>],
    /// 1-based lines that are furniture or the dateline.
    pub skip_lines: &'a [usize],
    pub published: Option<NaiveDate>,
}

fn trim_punct(doc: &Doc, mut r: Range<usize>) -> Range<usize> {
    let punct = |i: usize| {
        doc.kind(i) == Some(crate::extract::doc::TokenKind::Punct)
            && !matches!(doc.tok(i), "\"" | "«" | "»" | ")" | "(")
    };
    while r.start < r.end && punct(r.start) {
        r.start += 1;
    }
    while r.end > r.start && punct(r.end - 1) {
        r.end -= 1;
    }
    r
}

fn dated(r: &Resolved, words: &str, range: Range<usize>) -> Dated {
    Dated {
        words: Some(range),
        start: r.start,
        end: r.end,
        approximate: r.approximate,
        basis: r.basis,
        note: format!("«{words}»: {}", r.how),
        confidence: r.confidence,
    }
}

/// Cuts a sentence at complementizers when both sides have a date.
fn clauses(inp: &Input, s: Range<usize>) -> Vec<Range<usize>> {
    let own_date = |r: &Range<usize>| {
        inp.dates
            .iter()
            .any(|m| !m.since && m.tokens.start >= r.start && m.tokens.end <= r.end)
    };
    let mut out = vec![s.clone()];
    for i in s.clone() {
        let w = inp.doc.tok(i);
        if !COMPLEMENTIZERS.contains(&w) {
            continue;
        }
        let Some(last) = out.pop() else { break };
        let (a, b) = (last.start..i, i..last.end);
        if own_date(&a) && own_date(&b) {
            out.push(a);
            out.push(b);
        } else {
            out.push(last);
        }
    }
    out.into_iter().flat_map(|c| split_frame(inp, c)).collect()
}

/// How near the start of a clause the date of its reporting frame stands
/// («أعلنت وزارة الدفاع، اليوم السبت، مقتل … مساء أمس الجمعة»).
const FRAME_REACH: usize = 8;

/// A report with the date of the report near its start and the date of
/// what it reports later, without «أن» between them: two events, cut
/// after the first date.
fn split_frame(inp: &Input, c: Range<usize>) -> Vec<Range<usize>> {
    let own: Vec<&Mention> = inp
        .dates
        .iter()
        .filter(|m| !m.since && m.tokens.start >= c.start && m.tokens.end <= c.end)
        .collect();
    let [first, second, ..] = own[..] else {
        return vec![c];
    };
    let reported = kind_of(inp.doc, c.start..first.tokens.start) == Some(EventKind::Statement);
    if !reported
        || first.tokens.start > c.start + FRAME_REACH
        || second.tokens.start <= first.tokens.end
    {
        return vec![c];
    }
    let mut cut = first.tokens.end;
    while cut < second.tokens.start
        && inp.doc.kind(cut) == Some(crate::extract::doc::TokenKind::Punct)
    {
        cut += 1;
    }
    vec![c.start..cut, cut..c.end]
}

/// Every event of the document.
pub fn find_events(inp: &Input) -> Vec<EventDraft> {
    let doc = inp.doc;
    let mut events: Vec<EventDraft> = Vec::new();
    for s in &doc.sentences {
        if inp.skip_lines.contains(&s.line) || is_bare_question(inp, s.tokens.clone()) {
            continue;
        }
        for clause in clauses(inp, s.tokens.clone()) {
            let clause = trim_punct(doc, clause);
            if clause.is_empty() {
                continue;
            }
            add_clause(inp, &mut events, clause, s.line);
        }
    }
    events
}

fn add_clause(inp: &Input, events: &mut Vec<EventDraft>, clause: Range<usize>, line: usize) {
    let doc = inp.doc;
    let inside = |r: &Range<usize>| r.start >= clause.start && r.end <= clause.end;
    let found: Vec<&Found> = inp.found.iter().filter(|f| inside(&f.tokens)).collect();
    let (actors, places) = split_entities(inp.gaz, &found);
    let has_figures = inp.figures.iter().any(&inside);
    let kind = kind_of(doc, clause.clone());
    let mentions: Vec<usize> = (0..inp.dates.len())
        .filter(|k| inside(&inp.dates[*k].tokens))
        .collect();
    // «منذ …»: the start of a period, an event of its own.
    for &k in mentions.iter().filter(|k| inp.dates[**k].since) {
        if let Ok(r) = &inp.resolved[k] {
            let range = doc.orig_tokens(inp.dates[k].tokens.clone());
            let words = doc.text[range.clone()].to_string();
            push(
                events,
                inp.gaz,
                EventDraft {
                    kind: kind
                        .filter(|k| *k != EventKind::Statement)
                        .unwrap_or(EventKind::Fighting),
                    date: Ok(dated(r, &words, range.clone())),
                    date_words: Some(words),
                    sources: vec![range],
                    // Where, not who: «قال بوتين … منذ نهاية سبتمبر» dates
                    // the war's start, which is not Putin's.
                    actors: Vec::new(),
                    places: places.clone(),
                    rule: "the start of a period («منذ …»)",
                    confidence: 0.6 * r.confidence,
                    clauses: Vec::new(),
                    last_line: line,
                    continuable: false,
                },
            );
        }
    }
    let own = mentions.iter().copied().find(|k| !inp.dates[*k].since);
    let quote = doc.orig_tokens(clause.clone());
    let subjectless = no_subject(doc, clause.clone(), &found);
    // A verb of saying with no subject of its own speaks for the people of
    // the sentence before («… بومبيو … . وقال الأربعاء إنه …»).
    let mut actors = actors;
    if subjectless
        && actors.is_empty()
        && let Some(e) = events
            .iter()
            .filter(|e| e.continuable)
            .max_by_key(|e| e.last_line)
            .filter(|e| line <= e.last_line + 1)
    {
        actors = people(inp.gaz, &e.actors);
    }
    if own.is_none()
        && let Some(k) = continued(inp, events, clause.clone(), line, &actors, subjectless)
    {
        let e = &mut events[k];
        e.sources.push(quote);
        e.clauses.push(clause);
        e.last_line = e.last_line.max(line);
        merge_ids(&mut e.actors, &actors);
        merge_ids(&mut e.places, &places);
        return;
    }
    let has_entity = !found.is_empty();
    // An event word alone will do, but not a verb of saying alone.
    let telling = kind.is_some_and(|k| k != EventKind::Statement);
    let eventful = has_figures
        || telling
        || (own.is_some() && (kind.is_some() || has_entity))
        || (kind.is_some() && has_entity);
    if !eventful {
        return;
    }
    let kind = match kind {
        _ if has_figures
            && kind != Some(EventKind::Fighting)
            && kind != Some(EventKind::Ceasefire) =>
        {
            EventKind::CasualtyReport
        }
        Some(k) => k,
        None => EventKind::Statement,
    };
    let (date, date_words, rule, conf) = match own {
        Some(k) => {
            let range = doc.orig_tokens(inp.dates[k].tokens.clone());
            let words = doc.text[range.clone()].to_string();
            match &inp.resolved[k] {
                Ok(r) => (
                    Ok(dated(r, &words, range)),
                    Some(words),
                    "a clause with a date of its own",
                    0.8 * r.confidence,
                ),
                Err(u) => (
                    Err(format!("«{words}»: {}", u.0)),
                    Some(words),
                    "a clause with a date of its own",
                    0.3,
                ),
            }
        }
        None => match inp.published {
            Some(p) => (
                Ok(Dated {
                    start: PartialDate::from_naive(p),
                    end: None,
                    approximate: true,
                    basis: BasisKind::Inferred,
                    note: format!("no date of its own; reported in an article published on {p}"),
                    confidence: 0.4,
                    words: None,
                }),
                None,
                "an undated clause, dated to the publication day",
                0.35,
            ),
            None => (
                Err("no date of its own, and the publication date is unknown".to_string()),
                None,
                "an undated clause",
                0.2,
            ),
        },
    };
    push(
        events,
        inp.gaz,
        EventDraft {
            kind,
            date,
            date_words,
            sources: vec![quote],
            actors,
            places,
            rule,
            confidence: conf,
            clauses: vec![clause],
            last_line: line,
            continuable: true,
        },
    );
}

/// Adds `e`, or merges it into an earlier event with the same date, kind
/// and a shared actor (or, for two starts of a period, the same places).
fn push(events: &mut Vec<EventDraft>, gaz: &Gazetteer, e: EventDraft) {
    let dated_alike = |a: &Dated, b: &Dated| {
        a.start == b.start
            && a.end == b.end
            && a.basis != BasisKind::Inferred
            && b.basis != BasisKind::Inferred
    };
    // Two starts of a period with the same date and places are one start
    // («منذ نهاية سبتمبر الماضي» printed twice): they have no actors.
    let both_starts = |x: &EventDraft| !x.continuable && !e.continuable && x.places == e.places;
    let same = events.iter_mut().rev().find(|x| {
        x.kind == e.kind
            && matches!((&x.date, &e.date), (Ok(a), Ok(b)) if dated_alike(a, b))
            && (shares_actor(gaz, &x.actors, &e.actors) || both_starts(x))
    });
    match same {
        Some(x) => {
            for s in e.sources {
                if !x.sources.contains(&s) {
                    x.sources.push(s);
                }
            }
            x.clauses.extend(e.clauses);
            x.last_line = x.last_line.max(e.last_line);
            merge_ids(&mut x.actors, &e.actors);
            merge_ids(&mut x.places, &e.places);
        }
        None => events.push(e),
    }
}

fn merge_ids(into: &mut Vec<usize>, from: &[usize]) {
    for id in from {
        if !into.contains(id) {
            into.push(*id);
        }
    }
}

/// Actors (people, organisations, groups, countries) and places (places,
/// and countries named as places), without repeats.
fn split_entities(gaz: &Gazetteer, found: &[&Found]) -> (Vec<usize>, Vec<usize>) {
    let mut actors = Vec::new();
    let mut places = Vec::new();
    for f in found {
        let e = f.entity;
        match gaz.entities[e].kind {
            EntityKind::Place => merge_ids(&mut places, &[e]),
            _ => merge_ids(&mut actors, &[e]),
        }
    }
    (actors, places)
}

#[cfg(test)]
#[path = "events_tests.rs"]
mod tests;
