//! The loaded corpus: articles, entities, eras, events and claims, with
//! every cross-reference resolved to an index and every quote to its byte
//! range in the article.
//!
//! Indices (`usize`) point into the vectors of [`Timeline`]; the loader has
//! checked them all, so code reading a `Timeline` never meets a dangling id.

use crate::corpus::date::{DateSpec, PartialDate};
use crate::corpus::draft_mark::DraftMark;
use crate::corpus::schema::{Category, EntityKind, EventKind, Qualifier, Side, Standing};
use crate::corpus::vague::Vague;
use crate::text::seek::partition_point_near;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    pub ar: String,
    pub en: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outlet {
    pub ar: Option<String>,
    pub en: Option<String>,
    pub unknown_reason: Option<String>,
}

impl Outlet {
    /// The name to show in English; "unknown outlet" when it cannot be named.
    pub fn name_en(&self) -> &str {
        self.en.as_deref().unwrap_or("unknown outlet")
    }

    pub fn name_ar(&self) -> &str {
        self.ar.as_deref().unwrap_or("مصدر غير معروف")
    }
}

/// Lines of an article that are page furniture (site name, related links,
/// repeated captions…): shown dimmed and never cited.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Furniture {
    /// 1-based, inclusive.
    pub first_line: usize,
    pub last_line: usize,
    pub kind: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub file: String,
    pub outlet: Outlet,
    pub headline: String,
    pub published: DateSpec,
    pub language: String,
    pub url: Option<String>,
    pub furniture: Vec<Furniture>,
    /// The article's bytes, unchanged: every quote is checked against them.
    /// Not in the cache ([`crate::corpus::cache`]): it is read from the
    /// article file, which the cache's key hashes anyway.
    #[serde(skip)]
    pub text: String,
    /// Byte range of each line (without its `\n`); line `n` is `lines[n-1]`.
    pub lines: Vec<Range<usize>>,
}

impl Article {
    /// The 1-based line that contains a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|r| r.end < offset)
            .min(self.lines.len().saturating_sub(1))
            + 1
    }

    /// The 1-based paragraph number of a line: paragraphs are the non-blank
    /// lines, counted from the top.
    pub fn paragraph_of_line(&self, line: usize) -> usize {
        self.lines[..line.min(self.lines.len())]
            .iter()
            .filter(|r| !self.text[(*r).clone()].trim().is_empty())
            .count()
    }

    pub fn is_furniture(&self, line: usize) -> bool {
        self.furniture
            .iter()
            .any(|f| (f.first_line..=f.last_line).contains(&line))
    }

    pub fn line_text(&self, line: usize) -> &str {
        self.lines
            .get(line.wrapping_sub(1))
            .map_or("", |r| &self.text[r.clone()])
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub kind: EntityKind,
    /// `None` for places, and for entities of a version-1 file whose side
    /// the migration cannot tell.
    pub side: Option<Side>,
    pub en: String,
    pub ar: Vec<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Era {
    pub id: String,
    pub title: Title,
    pub start: PartialDate,
    pub end: PartialDate,
    pub summary: String,
}

/// A passage that reports an event or a claim, resolved in its article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub article: usize,
    pub quote: String,
    /// Byte range of the quote in the article text.
    pub range: Range<usize>,
    /// 1-based line of the article file.
    pub line: usize,
    /// 1-based paragraph (non-blank line) number.
    pub paragraph: usize,
    /// Set on a source drafted into an accepted event (another article's
    /// report of it) until a user accepts or rejects it.
    #[serde(with = "crate::corpus::draft_mark::cached")]
    pub draft: Option<Box<DraftMark>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub date: DateSpec,
    pub era: usize,
    pub kind: EventKind,
    pub title: Title,
    pub summary: String,
    pub actors: Vec<usize>,
    pub places: Vec<usize>,
    pub related: Vec<usize>,
    pub sources: Vec<Source>,
    /// Claims that belong to this event, in claim order.
    pub claims: Vec<usize>,
    /// Set while the event is a draft no user has accepted.
    #[serde(with = "crate::corpus::draft_mark::cached")]
    pub draft: Option<Box<DraftMark>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub claimant: usize,
    /// Whose losses: the sides counted, sorted, each once.
    pub subject: Vec<Side>,
    pub category: Category,
    pub equipment: Option<String>,
    /// The figure (for a vague word, its lower bound).
    pub value: u64,
    /// The words that gave the figure, as printed; `None` only in a
    /// version-1 file, which did not record them.
    pub value_text: Option<String>,
    /// Set when the figure is a vague word («العشرات»): the range of
    /// counts the word stands for.
    pub vague: Option<Vague>,
    pub qualifier: Qualifier,
    pub as_of: PartialDate,
    pub standing: Standing,
    pub event: usize,
    pub note: Option<String>,
    pub sources: Vec<Source>,
    /// Set while the claim is a draft no user has accepted.
    #[serde(with = "crate::corpus::draft_mark::cached")]
    pub draft: Option<Box<DraftMark>>,
}

/// A stretch of an article that some event or claim cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitedSpan {
    pub range: Range<usize>,
    pub events: Vec<usize>,
    pub claims: Vec<usize>,
}

/// The whole corpus, immutable once loaded, with the indexes the UI needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Timeline {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    pub eras: Vec<Era>,
    /// In chronological order (see [`DateSpec::sort_key`]), ties by id.
    pub events: Vec<Event>,
    pub claims: Vec<Claim>,
    /// Per article: the cited spans, sorted by start.
    pub article_spans: Vec<Vec<CitedSpan>>,
    /// Per entity: the events it is an actor or place of, in timeline order.
    pub entity_events: Vec<Vec<usize>>,
    /// Per article: the claims it sources.
    pub article_claims: Vec<Vec<usize>>,
    /// Per era: its events in timeline order.
    pub era_events: Vec<Vec<usize>>,
    /// The folded text search looks in, built on first use (see
    /// [`Timeline::folded_event_texts`]).
    #[serde(skip)]
    pub(crate) folded: OnceLock<FoldedTexts>,
    /// The articles' text folded for search, built on first use (see
    /// [`Timeline::folded_articles`]).
    #[serde(skip)]
    pub(crate) folded_articles: OnceLock<crate::corpus::folded::FoldedArticles>,
}

/// Every event's searchable texts, folded once ([`crate::text::fold`]) so
/// that a search does not fold the whole corpus again on every keystroke.
/// One string for the whole timeline, cut into pieces, to keep the index
/// small.
#[derive(Debug, Clone, Default)]
pub(crate) struct FoldedTexts {
    text: String,
    /// End offset in `text` of each piece.
    ends: Vec<usize>,
    /// Per event, the index of its first piece; one more entry at the end.
    first: Vec<usize>,
}

impl FoldedTexts {
    /// All the pieces, one after the other (a hit may straddle two).
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The event and the byte range of the piece holding offset `at`,
    /// looked for from `near` (a piece and its event, as
    /// [`FoldedTexts::near`] gives), which becomes this piece and event: a
    /// search's hits come in order, most a few events after the last, and
    /// a binary search of the whole table (every event's titles, summary
    /// and quotes) for each was a cold cache line at almost every step.
    pub(crate) fn piece_at(
        &self,
        at: usize,
        near: &mut (usize, usize),
    ) -> Option<(usize, std::ops::Range<usize>)> {
        let p = partition_point_near(&self.ends, near.0, |&end| end <= at);
        let end = *self.ends.get(p)?;
        let start = if p == 0 { 0 } else { self.ends[p - 1] };
        let event = partition_point_near(&self.first, near.1 + 1, |&f| f <= p).checked_sub(1)?;
        *near = (p, event);
        Some((event, start..end))
    }

    /// Where [`FoldedTexts::piece_at`] starts looking for the hits of
    /// event `e` and after: its first piece.
    pub(crate) fn near(&self, e: usize) -> (usize, usize) {
        (self.first.get(e).copied().unwrap_or(self.ends.len()), e)
    }

    /// Where event `e`'s pieces end.
    pub(crate) fn event_end(&self, e: usize) -> usize {
        let p = self.first[e + 1];
        if p == 0 { 0 } else { self.ends[p - 1] }
    }

    fn build(t: &Timeline) -> FoldedTexts {
        let mut out = FoldedTexts::default();
        for e in 0..t.events.len() {
            out.first.push(out.ends.len());
            for text in t.searchable_texts(e) {
                out.text.push_str(&crate::text::fold(text));
                out.ends.push(out.text.len());
            }
        }
        out.first.push(out.ends.len());
        out
    }
}

impl Event {
    /// The index into [`Event::sources`] of the source whose passage holds
    /// the words that date the event («أمس الخميس» in art-004 for Putin's
    /// Valdai remarks: source 12 of 16), when the annotations give them.
    /// Following an event opens this source first.
    pub fn dating_source(&self) -> Option<usize> {
        self.date.basis.words.as_ref().and_then(|w| w.source)
    }

    /// Whether anything of the event is still a draft: the event itself,
    /// or a source drafted into it.
    pub fn has_draft(&self) -> bool {
        self.draft.is_some() || self.sources.iter().any(|s| s.draft.is_some())
    }

    /// The texts a search looks in: the Arabic and English titles, the
    /// summary, then each source's quote.
    pub fn searchable(&self) -> impl Iterator<Item = &str> {
        [&self.title.ar, &self.title.en, &self.summary]
            .into_iter()
            .chain(self.sources.iter().map(|s| &s.quote))
            .map(String::as_str)
    }
}

impl Timeline {
    /// What a search looks in for event `e`: [`Event::searchable`], then
    /// the quotes of its claims (a figure is searched where it is printed:
    /// «بـ63» is a claim's passage, not always the event's).
    pub fn searchable_texts(&self, e: usize) -> impl Iterator<Item = &str> {
        let ev = &self.events[e];
        let claims = ev.claims.iter().filter_map(|&c| self.claims.get(c));
        ev.searchable()
            .chain(claims.flat_map(|c| c.sources.iter().map(|s| s.quote.as_str())))
    }

    /// [`Timeline::searchable_texts`] of event `e`, each folded. The whole
    /// timeline is folded on the first call (once per loaded corpus) and
    /// kept.
    ///
    /// Panics if `e` is not an event index, like `events[e]`.
    pub fn folded_event_texts(&self, e: usize) -> impl Iterator<Item = &str> {
        let f = self.folded_events();
        (f.first[e]..f.first[e + 1]).map(move |p| {
            let start = if p == 0 { 0 } else { f.ends[p - 1] };
            &f.text[start..f.ends[p]]
        })
    }

    /// The folded texts of every event (see [`FoldedTexts`]).
    pub(crate) fn folded_events(&self) -> &FoldedTexts {
        self.folded.get_or_init(|| FoldedTexts::build(self))
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    pub fn era_index(&self, id: &str) -> Option<usize> {
        self.eras.iter().position(|e| e.id == id)
    }

    /// Events citing a byte offset of an article (for "follow this passage").
    pub fn events_at(&self, article: usize, offset: usize) -> Vec<usize> {
        self.article_spans
            .get(article)
            .into_iter()
            .flatten()
            .filter(|s| s.range.contains(&offset))
            .flat_map(|s| s.events.iter().copied())
            .collect()
    }
}
