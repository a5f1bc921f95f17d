//! Runs the rules over one article and writes the [`Draft`]: ids, eras,
//! titles, claims tied to their events, and everything that could not be
//! resolved, with the reason.

use crate::corpus::PartialDate;
use crate::corpus::date::BasisKind;
use crate::corpus::schema::{EventKind, Qualifier};
use crate::extract::Options;
use crate::extract::claim_fields::{standing, value_words};
use crate::extract::dates::find_dates;
use crate::extract::doc::Doc;
use crate::extract::draft::{
    DRAFT_SCHEMA, DateOut, Draft, DraftArticle, DraftClaim, DraftEvent, DraftMark, FurnitureOut,
    NotFigure, Title, UnresolvedItem, article_id, id_part, source, unique_id,
};
use crate::extract::events::{Dated, EventDraft, Input, find_events};
use crate::extract::figures::{Figure, find_figures};
use crate::extract::furniture::{Furniture, find_furniture};
use crate::extract::parties::{Linker, Parties};
use crate::extract::published::find_published;
use crate::extract::resolve::{Context, resolve};
use chrono::NaiveDate;
use std::collections::HashSet;
use std::ops::Range;

/// The rule name a breakdown part carries (see [`crate::extract::figures`]).
const BREAKDOWN: &str = "part of a breakdown";

pub fn assemble(text: &str, opts: &Options) -> Draft {
    let doc = Doc::new(text);
    let dates = find_dates(&doc);
    let printed = find_published(&doc, &dates);
    let lines: Vec<&str> = doc.lines.iter().map(|r| &text[r.clone()]).collect();
    let mut furniture = find_furniture(&lines);
    // The dateline is not furniture (nor body): it is the date's source,
    // quoted as such, so it is cut out of any furniture range that holds it
    // (a masthead just above it takes it in otherwise, and the quote would
    // then be refused as furniture).
    if let Some(p) = printed.as_ref().filter(|p| p.how.starts_with("dateline")) {
        furniture = without_line(furniture, p.line);
    }
    let article = article_id(opts.file);
    let mut skip: Vec<usize> = furniture.iter().flat_map(|f| f.first..=f.last).collect();
    if let Some(p) = printed.as_ref().filter(|p| p.how.starts_with("dateline")) {
        skip.push(p.line);
    }
    let (published, published_out, published_unknown) = match (opts.published, &printed) {
        (Some(d), p) => {
            let note = match p {
                Some(p) if p.date != d => format!("given with --published; the article prints {} (line {})", p.date, p.line),
                _ => "given with --published".to_string(),
            };
            (Some(d), Some(day_out(d, BasisKind::Inferred, note)), None)
        }
        (None, Some(p)) => {
            let note = format!("line {}: «{}» ({})", p.line, p.words, p.how);
            let words = source(&article, text, p.range.clone());
            let out = day_out(p.date, p.basis, note).quoted(Some(words));
            (Some(p.date), Some(out), None)
        }
        (None, None) => (
            None,
            None,
            Some("unknown: the article prints no date; relative dates (weekdays, «أمس», «اليوم» …) are left unresolved. Give it with --published".to_string()),
        ),
    };
    let since_ctx = Context::default();
    let period_start = dates
        .iter()
        .filter(|m| m.since)
        .filter_map(|m| resolve(m, &since_ctx).ok())
        .find(|r| r.start.precision() == crate::corpus::Precision::Day)
        .map(|r| r.start.first_day());
    let ctx = Context {
        published,
        period_start,
    };
    let resolved: Vec<_> = dates.iter().map(|m| resolve(m, &ctx)).collect();
    let line_of_tokens = |r: &Range<usize>| doc.line_of(doc.orig_tokens(r.clone()).start);
    let (mut figures, rejected) = find_figures(&doc, &dates);
    figures.retain(|f| !skip.contains(&line_of_tokens(&f.tokens)));
    let mut linker = Linker::new(opts.gazetteer, &doc);
    let parties: Vec<Parties> = figures
        .iter()
        .map(|f| linker.link(&doc, f, f.rule == BREAKDOWN))
        .collect();
    let figure_ranges: Vec<Range<usize>> = figures.iter().map(|f| f.tokens.clone()).collect();
    let events = find_events(&Input {
        doc: &doc,
        gaz: opts.gazetteer,
        found: linker.found(),
        dates: &dates,
        resolved: &resolved,
        figures: &figure_ranges,
        skip_lines: &skip,
        published,
    });
    let mut w = Writer {
        text,
        doc: &doc,
        opts,
        article: &article,
        taken: HashSet::new(),
        unresolved: Vec::new(),
    };
    let (drafted, event_ids) = w.events(&events);
    let claims = w.claims(&figures, &parties, &events, &event_ids, published);
    let headline = lines
        .iter()
        .enumerate()
        .find(|(i, l)| {
            !skip.contains(&(i + 1))
                && l.split_whitespace().count() >= crate::extract::furniture::HEADLINE_WORDS
        })
        .map_or(String::new(), |(_, l)| l.trim().to_string());
    let not_figures = rejected
        .iter()
        .filter(|r| !skip.contains(&line_of_tokens(&r.tokens)))
        .map(|r| NotFigure {
            line: line_of_tokens(&r.tokens),
            words: text[doc.orig_tokens(r.tokens.clone())].to_string(),
            reason: r.reason,
        })
        .collect();
    Draft {
        schema: DRAFT_SCHEMA,
        article: DraftArticle {
            id: article.clone(),
            file: opts
                .file
                .rsplit('/')
                .next()
                .unwrap_or(opts.file)
                .to_string(),
            headline,
            language: "ar",
            published: published_out,
            published_unknown,
            furniture: furniture
                .iter()
                .map(|f| FurnitureOut {
                    lines: [f.first, f.last],
                    kind: f.kind,
                })
                .collect(),
        },
        events: drafted,
        claims,
        unresolved: w.unresolved,
        not_figures,
    }
}

fn day_out(d: NaiveDate, kind: BasisKind, note: String) -> DateOut {
    DateOut::new(PartialDate::from_naive(d), None, false, kind, note)
}

struct Writer<'a, 'd> {
    text: &'a str,
    doc: &'a Doc<'d>,
    opts: &'a Options<'a>,
    article: &'a str,
    taken: HashSet<String>,
    unresolved: Vec<UnresolvedItem>,
}

impl Writer<'_, '_> {
    fn era(&self, d: &Dated) -> Option<String> {
        let day = d.start.first_day();
        self.opts
            .eras
            .iter()
            .find(|e| e.start.first_day() <= day && day <= e.end.last_day())
            .map(|e| e.id.clone())
    }

    fn ids(&self, es: &[usize]) -> Vec<String> {
        es.iter()
            .map(|e| self.opts.gazetteer.id(*e).to_string())
            .collect()
    }

    fn names(&self, es: &[usize]) -> String {
        es.iter()
            .map(|e| self.opts.gazetteer.entities[*e].en.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Quote ranges trimmed of surrounding blanks.
    fn trimmed(&self, r: &Range<usize>) -> Range<usize> {
        let s = &self.text[r.clone()];
        let start = r.start + (s.len() - s.trim_start().len());
        let end = r.end - (s.len() - s.trim_end().len());
        start..end.max(start)
    }

    /// The drafted events, and the id of each.
    fn events(&mut self, events: &[EventDraft]) -> (Vec<DraftEvent>, Vec<Option<String>>) {
        let mut out = Vec::new();
        let mut ids = Vec::new();
        for e in events {
            let first = e.sources.first().cloned().unwrap_or(0..0);
            let line = self.doc.line_of(first.start);
            let (d, unresolved) = match &e.date {
                Ok(d) => (Some(d), None),
                Err(reason) => (None, Some(reason.clone())),
            };
            let when = d.map_or("undated".to_string(), |d| id_part(&d.start.iso()));
            let id = unique_id(
                format!("{}-{}-{}", e.kind.as_str(), when, self.article),
                &mut self.taken,
            );
            let head: Vec<&str> = self.text[first.clone()]
                .split_whitespace()
                .take(12)
                .collect();
            let shown = d.map_or("date unresolved".to_string(), |d| {
                crate::corpus::DateSpec {
                    start: d.start,
                    end: d.end,
                    approximate: d.approximate,
                    basis: crate::corpus::date::DateBasis::new(d.basis, ""),
                }
                .display_en()
            });
            out.push(DraftEvent {
                id: id.clone(),
                date: d.map(|d| {
                    let words = d
                        .words
                        .as_ref()
                        .map(|r| source(self.article, self.text, self.trimmed(r)));
                    DateOut::new(d.start, d.end, d.approximate, d.basis, d.note.clone())
                        .quoted(words)
                }),
                era: d.and_then(|d| self.era(d)),
                kind: e.kind,
                title: Title {
                    ar: head.join(" "),
                    en: format!(
                        "{} ({shown}), drafted from {}",
                        kind_en(e.kind),
                        self.article
                    ),
                },
                summary: summary(e, line, &self.names(&e.actors), &self.names(&e.places)),
                actors: self.ids(&e.actors),
                places: self.ids(&e.places),
                related: Vec::new(),
                sources: e
                    .sources
                    .iter()
                    .map(|r| source(self.article, self.text, self.trimmed(r)))
                    .collect(),
                draft: DraftMark {
                    rule: e.rule.to_string(),
                    confidence: round(e.confidence),
                    date_words: e.date_words.clone(),
                    claimant_rule: None,
                    subject_rule: None,
                    unresolved,
                },
            });
            ids.push(Some(id));
        }
        (out, ids)
    }

    fn claims(
        &mut self,
        figures: &[Figure],
        parties: &[Parties],
        events: &[EventDraft],
        event_ids: &[Option<String>],
        published: Option<NaiveDate>,
    ) -> Vec<DraftClaim> {
        let mut out = Vec::new();
        for (f, p) in figures.iter().zip(parties) {
            let range = self.trimmed(&self.doc.orig_tokens(f.tokens.clone()));
            let line = self.doc.line_of(range.start);
            let quote = self.text[range.clone()].to_string();
            let home = events
                .iter()
                .zip(event_ids)
                .find(|(e, _)| e.clauses.iter().any(|c| c.contains(&f.number.start)));
            let fail = |w: &mut Self, reason: &str| {
                w.unresolved.push(UnresolvedItem {
                    what: "claim",
                    line,
                    quote: quote.clone(),
                    reason: reason.into(),
                })
            };
            let Some((event, Some(event_id))) = home else {
                fail(self, "it belongs to no drafted event");
                continue;
            };
            let as_of = match &event.date {
                Ok(d) if d.basis != BasisKind::Inferred => Some(d.start.iso()),
                _ => published.map(|p| p.to_string()),
            };
            let Some(claimant) = p.claimant else {
                fail(self, "no claimant found");
                continue;
            };
            let claimant_id = self.opts.gazetteer.id(claimant).to_string();
            let standing = standing(&self.opts.gazetteer.entities[claimant]);
            let (words, vague) = value_words(self.text, self.doc, f);
            let note = match (f.high, vague) {
                (Some(h), _) => Some(format!(
                    "a range: {}–{h} («{}»)",
                    f.value,
                    &self.text[words.clone()]
                )),
                (None, Some(v)) => Some(format!(
                    "«{}»: a vague number, {}–{} ({}; docs/corpus-format.md, \"Vague figures\")",
                    &self.text[words.clone()],
                    v.low,
                    v.high,
                    v.en
                )),
                _ => None,
            };
            let (value, qualifier) = match vague {
                Some(v) => (v.low, Qualifier::AtLeast),
                None => (f.value, f.qualifier),
            };
            if p.subjects.is_empty() || p.subjects.iter().any(|s| s.is_empty()) {
                fail(self, "whose losses could not be found");
                continue;
            }
            for subject in &p.subjects {
                let base = format!("{}-{}-{}", f.category.as_str(), value, self.article);
                out.push(DraftClaim {
                    id: unique_id(base, &mut self.taken),
                    claimant: claimant_id.clone(),
                    subject: subject.clone(),
                    category: f.category,
                    equipment: f.equipment.map(str::to_string),
                    value,
                    value_text: self.text[words.clone()].to_string(),
                    vague: vague.is_some(),
                    qualifier,
                    as_of: as_of.clone(),
                    standing,
                    event: event_id.clone(),
                    note: note.clone(),
                    sources: vec![source(self.article, self.text, range.clone())],
                    draft: DraftMark {
                        rule: f.rule.to_string(),
                        confidence: round(f.confidence),
                        date_words: None,
                        claimant_rule: Some(p.claimant_rule),
                        subject_rule: Some(p.subject_rule),
                        unresolved: as_of
                            .is_none()
                            .then(|| "no as-of date: the event has no date".to_string()),
                    },
                });
            }
        }
        out
    }
}

fn round(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

fn kind_en(k: EventKind) -> String {
    let s = k.as_str().replace('-', " ");
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}

fn summary(e: &EventDraft, line: usize, actors: &str, places: &str) -> String {
    let mut s = format!(
        "Drafted from line {line} ({}): {}",
        e.rule,
        kind_en(e.kind).to_lowercase()
    );
    if !actors.is_empty() {
        s.push_str(&format!(" involving {actors}"));
    }
    if !places.is_empty() {
        s.push_str(&format!(" in {places}"));
    }
    s.push('.');
    s
}

/// The furniture ranges with `line` cut out of them: a range holding it
/// becomes the parts before and after it (none when it was that line).
fn without_line(furniture: Vec<Furniture>, line: usize) -> Vec<Furniture> {
    furniture
        .into_iter()
        .flat_map(|f| {
            if !(f.first..=f.last).contains(&line) {
                return vec![f];
            }
            let before = (f.first < line).then(|| Furniture {
                last: line - 1,
                ..f.clone()
            });
            let after = (line < f.last).then(|| Furniture {
                first: line + 1,
                ..f.clone()
            });
            before.into_iter().chain(after).collect()
        })
        .collect()
}
