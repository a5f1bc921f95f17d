//! Scoring a draft against hand annotations: the measure behind
//! `docs/extraction.md` and the test that keeps the scores from dropping.
//!
//! A drafted item *finds* an annotated one when one of its quotes overlaps
//! one of the annotation's quotes in the same article (byte ranges). Then:
//! * an event is found *with a correct date* when the drafted date lies
//!   inside the annotated window (start to end, at their precision);
//! * a claim is found *right* when value, qualifier and category agree,
//!   *with subject* when the subject (whose losses) agrees too, and
//!   *fully* when the claimant and the words of the figure do as well;
//! * a drafted figure is *false* when no annotated claim with its value
//!   overlaps it: a number that is not a loss, or a loss nobody annotated;
//! * a quote is *exact* when it is the article's bytes at its range and
//!   its occurrence index picks that range.

use crate::corpus::PartialDate;
use crate::corpus::Timeline;
use crate::corpus::date::BasisKind;
use crate::extract::draft::{DateOut, Draft, SourceOut};
use chrono::NaiveDate;
use serde::Serialize;
use std::ops::Range;

/// The publication date compared with the annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublishedScore {
    /// Found and equal to the annotated date.
    Right,
    /// Found, and not the annotated date.
    Wrong,
    /// Printed in the article, not found.
    Missed,
    /// Not printed, and the draft says it is unknown.
    UnknownRight,
}

/// Counts for one article (or, added up, for several).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub published_right: usize,
    pub published_total: usize,
    /// Annotated (event, article) pairs.
    pub events: usize,
    pub events_found: usize,
    pub events_dated_right: usize,
    pub drafted_events: usize,
    pub drafted_events_right: usize,
    pub claims: usize,
    /// Found with the right value, qualifier and category.
    pub claims_found: usize,
    /// … and subject.
    pub claims_found_with_subject: usize,
    /// … and claimant, and the words that give the figure (`value_text`
    /// as printed): the claim as the annotators wrote it.
    pub claims_found_fully: usize,
    pub drafted_claims: usize,
    pub drafted_claims_right: usize,
    pub false_figures: usize,
    pub quotes: usize,
    pub quotes_exact: usize,
}

impl std::ops::AddAssign<&Score> for Score {
    fn add_assign(&mut self, o: &Score) {
        self.published_right += o.published_right;
        self.published_total += o.published_total;
        self.events += o.events;
        self.events_found += o.events_found;
        self.events_dated_right += o.events_dated_right;
        self.drafted_events += o.drafted_events;
        self.drafted_events_right += o.drafted_events_right;
        self.claims += o.claims;
        self.claims_found += o.claims_found;
        self.claims_found_with_subject += o.claims_found_with_subject;
        self.claims_found_fully += o.claims_found_fully;
        self.drafted_claims += o.drafted_claims;
        self.drafted_claims_right += o.drafted_claims_right;
        self.false_figures += o.false_figures;
        self.quotes += o.quotes;
        self.quotes_exact += o.quotes_exact;
    }
}

/// `a / b` as a percentage (100 when there is nothing to count).
pub fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn parse(s: &str) -> Option<PartialDate> {
    PartialDate::parse(s).ok()
}

/// The days a drafted date covers.
fn span(d: &DateOut) -> Option<(NaiveDate, NaiveDate)> {
    let start = parse(&d.start)?;
    let end = d.end.as_deref().and_then(parse).unwrap_or(start);
    Some((start.first_day(), end.last_day()))
}

fn exact(text: &str, s: &SourceOut) -> bool {
    let at = text.get(s.range.clone()) == Some(s.quote.as_str());
    let hits: Vec<usize> = text
        .match_indices(s.quote.as_str())
        .map(|(o, _)| o)
        .collect();
    let picked = match (hits.len(), s.occurrence) {
        (1, None) => hits.first().copied(),
        (_, Some(k)) => hits.get(k.wrapping_sub(1)).copied(),
        _ => None,
    };
    at && !s.quote.is_empty() && picked == Some(s.range.start)
}

/// Scores the draft of article `a` of `t` against its annotations.
pub fn score(draft: &Draft, t: &Timeline, a: usize) -> (Score, PublishedScore) {
    let art = &t.articles[a];
    let mut s = Score::default();
    let published = published_score(draft, art);
    s.published_total = 1;
    s.published_right = usize::from(matches!(
        published,
        PublishedScore::Right | PublishedScore::UnknownRight
    ));
    // Events.
    for ev in &t.events {
        let mine: Vec<&Range<usize>> = ev
            .sources
            .iter()
            .filter(|x| x.article == a)
            .map(|x| &x.range)
            .collect();
        if mine.is_empty() {
            continue;
        }
        s.events += 1;
        let (lo, hi) = ev.date.span();
        let hits: Vec<_> = draft
            .events
            .iter()
            .filter(|d| {
                d.sources
                    .iter()
                    .any(|x| mine.iter().any(|r| overlaps(r, &x.range)))
            })
            .collect();
        s.events_found += usize::from(!hits.is_empty());
        let inside = |d: &Option<DateOut>| {
            d.as_ref()
                .and_then(span)
                .is_some_and(|(a, b)| lo <= a && b <= hi)
        };
        s.events_dated_right += usize::from(hits.iter().any(|d| inside(&d.date)));
    }
    for d in &draft.events {
        s.drafted_events += 1;
        let right = t.events.iter().any(|ev| {
            let (lo, hi) = ev.date.span();
            let overlap = ev
                .sources
                .iter()
                .any(|x| x.article == a && d.sources.iter().any(|y| overlaps(&x.range, &y.range)));
            overlap
                && d.date
                    .as_ref()
                    .and_then(span)
                    .is_some_and(|(x, y)| lo <= x && y <= hi)
        });
        s.drafted_events_right += usize::from(right);
    }
    // Claims.
    let overlapping = |c: &crate::corpus::Claim, d: &crate::extract::draft::DraftClaim| {
        c.sources
            .iter()
            .any(|x| x.article == a && d.sources.iter().any(|y| overlaps(&x.range, &y.range)))
    };
    let vqc = |c: &crate::corpus::Claim, d: &crate::extract::draft::DraftClaim| {
        c.value == d.value && c.qualifier == d.qualifier && c.category == d.category
    };
    for c in t
        .claims
        .iter()
        .filter(|c| c.sources.iter().any(|x| x.article == a))
    {
        s.claims += 1;
        let hits: Vec<_> = draft
            .claims
            .iter()
            .filter(|d| overlapping(c, d) && vqc(c, d))
            .collect();
        s.claims_found += usize::from(!hits.is_empty());
        let with_subject = hits.iter().any(|d| d.subject == c.subject);
        s.claims_found_with_subject += usize::from(with_subject);
        let fully = hits.iter().any(|d| {
            d.subject == c.subject
                && t.entities[c.claimant].id == d.claimant
                && c.value_text.as_deref() == Some(d.value_text.as_str())
        });
        s.claims_found_fully += usize::from(fully);
    }
    for d in &draft.claims {
        s.drafted_claims += 1;
        s.drafted_claims_right +=
            usize::from(t.claims.iter().any(|c| overlapping(c, d) && vqc(c, d)));
        s.false_figures += usize::from(
            !t.claims
                .iter()
                .any(|c| overlapping(c, d) && c.value == d.value),
        );
    }
    // Quotes.
    let sources = draft
        .events
        .iter()
        .flat_map(|e| &e.sources)
        .chain(draft.claims.iter().flat_map(|c| &c.sources));
    for x in sources {
        s.quotes += 1;
        s.quotes_exact += usize::from(exact(&art.text, x));
    }
    (s, published)
}

fn published_score(draft: &Draft, art: &crate::corpus::Article) -> PublishedScore {
    let printed = art.published.basis.kind == BasisKind::Printed;
    let found = draft
        .article
        .published
        .as_ref()
        .and_then(|p| parse(&p.start));
    let (lo, hi) = art.published.span();
    match found {
        Some(d) if lo <= d.first_day() && d.last_day() <= hi => PublishedScore::Right,
        Some(_) => PublishedScore::Wrong,
        None if printed => PublishedScore::Missed,
        None => PublishedScore::UnknownRight,
    }
}

/// One article of a development set: its id, its score, and how its
/// publication date fared.
pub struct Scored {
    pub article: String,
    pub score: Score,
    pub published: PublishedScore,
    pub draft: Draft,
}

/// Drafts every article of `t` from its text alone (or with its annotated
/// publication date, as `--published` would give it) and scores each
/// draft against the annotations: the development-set measure of
/// docs/extraction.md.
pub fn development_set(t: &Timeline, with_published: bool) -> Vec<Scored> {
    let g = crate::extract::Gazetteer::from_timeline(t);
    t.articles
        .iter()
        .enumerate()
        .filter_map(|(a, art)| {
            let published = with_published.then(|| art.published.start.first_day());
            let opts = crate::extract::Options {
                file: &art.file,
                published,
                gazetteer: &g,
                eras: &t.eras,
            };
            let draft = crate::extract::extract(&art.text, &opts).ok()?;
            let (score, published) = score(&draft, t, a);
            Some(Scored {
                article: art.id.clone(),
                score,
                published,
                draft,
            })
        })
        .collect()
}
