//! The invariants of a [`Timeline`] that code reading it relies on without
//! checking — every index in range, every byte range inside its text and
//! on character boundaries, each quote the bytes it points at — checked
//! again on a timeline read from the cache. The loader guarantees them for
//! a timeline it built; a cache entry is a file anyone could have written.
//! One pass over the timeline: a few milliseconds at the reference size.

use crate::corpus::date::DatingWords;
use crate::corpus::model::{Article, Source, Timeline};
use std::ops::Range;

/// Whether `t` keeps every invariant (its article texts in place).
pub fn timeline(t: &Timeline) -> bool {
    let arts = &t.articles;
    let (n_ent, n_ev, n_cl) = (t.entities.len(), t.events.len(), t.claims.len());
    let within = |v: &[usize], n: usize| v.iter().all(|&i| i < n);
    let per_article = t.article_spans.len() == arts.len() && t.article_claims.len() == arts.len();
    let indexes = t.entity_events.len() == n_ent
        && t.era_events.len() == t.eras.len()
        && t.entity_events.iter().all(|v| within(v, n_ev))
        && t.era_events.iter().all(|v| within(v, n_ev))
        && t.article_claims.iter().all(|v| within(v, n_cl));
    if !per_article || !indexes {
        return false;
    }
    let articles = arts.iter().all(|a| {
        a.lines.iter().all(|r| in_text(a, r))
            && a.published
                .basis
                .words
                .as_ref()
                .is_none_or(|w| words(t, w, 0))
    });
    let spans = arts.iter().zip(&t.article_spans).all(|(a, spans)| {
        spans
            .iter()
            .all(|s| in_text(a, &s.range) && within(&s.events, n_ev) && within(&s.claims, n_cl))
    });
    let events = t.events.iter().all(|e| {
        e.era < t.eras.len()
            && within(&e.actors, n_ent)
            && within(&e.places, n_ent)
            && within(&e.related, n_ev)
            && within(&e.claims, n_cl)
            && e.sources.iter().all(|s| source(arts, s))
            && e.date
                .basis
                .words
                .as_ref()
                .is_none_or(|w| words(t, w, e.sources.len()))
    });
    let claims = t
        .claims
        .iter()
        .all(|c| c.claimant < n_ent && c.event < n_ev && c.sources.iter().all(|s| source(arts, s)));
    articles && spans && events && claims
}

/// A byte range of the article's text that can be sliced.
fn in_text(a: &Article, r: &Range<usize>) -> bool {
    r.start <= r.end
        && r.end <= a.text.len()
        && a.text.is_char_boundary(r.start)
        && a.text.is_char_boundary(r.end)
}

/// A quote at its place: the article exists, the range holds the quote,
/// the line is one of the article's.
fn quoted(
    articles: &[Article],
    article: usize,
    quote: &str,
    r: &Range<usize>,
    line: usize,
) -> bool {
    articles.get(article).is_some_and(|a| {
        in_text(a, r) && a.text[r.clone()] == *quote && (1..=a.lines.len()).contains(&line)
    })
}

fn source(articles: &[Article], s: &Source) -> bool {
    quoted(articles, s.article, &s.quote, &s.range, s.line)
}

/// Dating words at their place; `sources` is how many sources their
/// event has (0 for an article's date, which names none).
fn words(t: &Timeline, w: &DatingWords, sources: usize) -> bool {
    quoted(&t.articles, w.article, &w.quote, &w.range, w.line)
        && w.source.is_none_or(|s| s < sources)
}

#[cfg(test)]
mod tests {
    use super::timeline;
    use crate::corpus::bundled;

    #[test]
    fn a_loaded_timeline_keeps_every_invariant() {
        assert!(timeline(&bundled::timeline().expect("bundled")));
    }

    #[test]
    fn an_index_or_a_range_out_of_place_is_refused() {
        let t = bundled::timeline().expect("bundled");
        let broken: [fn(&mut crate::corpus::Timeline); 9] = [
            |t| t.events[0].era = t.eras.len(),
            |t| {
                let n = t.events.len();
                t.events[0].related.push(n)
            },
            |t| t.claims[0].claimant = t.entities.len(),
            |t| t.events[0].sources[0].article = t.articles.len(),
            // One byte into a two-byte Arabic letter.
            |t| t.events[0].sources[0].range.start += 1,
            |t| t.events[0].sources[0].line = 0,
            |t| t.articles[0].lines[0].end = t.articles[0].text.len() + 1,
            |t| t.article_spans.pop().map(drop).unwrap_or(()),
            |t| {
                let n = t.events.len();
                t.era_events[0].push(n)
            },
        ];
        for (n, f) in broken.iter().enumerate() {
            let mut bad = t.clone();
            f(&mut bad);
            assert!(!timeline(&bad), "change {n} went unnoticed");
        }
    }
}
