//! Search: what a query finds, in the timeline's events and in the full
//! text of the articles.
//!
//! An event matches when the query occurs in its titles, its summary, the
//! quotes of its sources or the quotes of its claims' sources
//! ([`Timeline::searchable_texts`]). Everything is compared folded
//! ([`fold`]: hamza seats, ة/ه, ى/ي, harakat, digits, Latin case and
//! accents, presentation forms), and a query copied from an app-mode screen
//! (shaped, in visual order) is also read in logical order
//! ([`logical_from_screen`]). With `word`, only whole words count (what a
//! word is, with Arabic's attached proclitics: [`crate::text::is_whole_word`]).

use crate::corpus::model::{FoldedTexts, Timeline};
use crate::text::words::next_hit;
use crate::text::{
    contains_folded, find_all, find_words, fold, is_whole_word, logical_from_screen,
};
use std::ops::Range;

/// A search query, folded once, and whether it wants whole words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Matcher {
    /// The folded query, then (for text copied from the screen) its
    /// folded logical-order reading.
    needles: Vec<String>,
    word: bool,
}

impl Matcher {
    /// `None` when the query folds to nothing (blank, only harakat): a
    /// search for nothing is no search.
    pub fn new(query: &str, word: bool) -> Option<Matcher> {
        let typed = fold(query.trim());
        if typed.trim().is_empty() {
            return None;
        }
        let mut needles = vec![typed];
        if let Some(logical) = logical_from_screen(query.trim()).map(|s| fold(&s))
            && !needles.contains(&logical)
        {
            needles.push(logical);
        }
        Some(Matcher { needles, word })
    }

    /// Whether only whole words count.
    pub fn word(&self) -> bool {
        self.word
    }

    /// Whether the query occurs in a text that is already folded.
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.needles
            .iter()
            .any(|n| contains_folded(folded, n, self.word))
    }

    /// Whether the query occurs in a text (folded here).
    pub fn matches(&self, text: &str) -> bool {
        self.matches_folded(&fold(text))
    }

    /// Whether event `e` matches (see the module docs).
    pub fn matches_event(&self, t: &Timeline, e: usize) -> bool {
        t.folded_event_texts(e)
            .any(|text| self.matches_folded(text))
    }

    /// For every event, whether it matches ([`Matcher::matches_event`]):
    /// one pass of one searcher per needle over all the events' folded
    /// texts at once, instead of a search per text of each event.
    pub fn matching_events(&self, t: &Timeline) -> Vec<bool> {
        let folded = t.folded_events();
        let n = t.events.len();
        // Runs of events, searched on every core (each run's texts are
        // one stretch of the folded text).
        let size = n.div_ceil(512).max(1);
        let runs: Vec<std::ops::Range<usize>> = (0..n)
            .step_by(size)
            .map(|lo| lo..(lo + size).min(n))
            .collect();
        let found = crate::corpus::par::map(&runs, |run| self.matching_in(folded, run.clone()));
        let mut out = vec![false; n];
        for e in found.into_iter().flatten() {
            out[e] = true;
        }
        out
    }

    /// The events of `run` that match, searching only their stretch of
    /// the folded text.
    fn matching_in(&self, folded: &FoldedTexts, run: std::ops::Range<usize>) -> Vec<usize> {
        let mut seen = vec![false; run.len()];
        let Some(last) = run.end.checked_sub(1) else {
            return Vec::new();
        };
        let start = run.start.checked_sub(1).map_or(0, |e| folded.event_end(e));
        let text = &folded.text()[..folded.event_end(last)];
        for needle in &self.needles {
            let finder = crate::text::rank::finder(needle.as_bytes());
            let mut from = start;
            let mut near = folded.near(run.start);
            while let Some(hit) = next_hit(text, &finder, false, &mut from) {
                let Some((e, piece)) = folded.piece_at(hit.start, &mut near) else {
                    break;
                };
                if seen[e - run.start] {
                    // Nothing more to learn in this event's texts.
                    from = from.max(folded.event_end(e));
                    continue;
                }
                // A hit must lie in one piece, and be a whole word there.
                let local = hit.start - piece.start..hit.end - piece.start;
                let ok = hit.end <= piece.end
                    && (!self.word || is_whole_word(&text[piece.clone()], local));
                if ok {
                    seen[e - run.start] = true;
                    from = from.max(folded.event_end(e));
                } else {
                    // Look again from the next char.
                    from = hit.start + text[hit.start..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        run.zip(seen)
            .filter_map(|(e, hit)| hit.then_some(e))
            .collect()
    }

    /// The hits in `text`, as byte ranges of the original text, in order
    /// and without overlaps: what to highlight.
    pub fn find_in(&self, text: &str) -> Vec<Range<usize>> {
        let hits: Vec<Range<usize>> = self
            .needles
            .iter()
            .flat_map(|n| {
                if self.word {
                    find_words(text, n)
                } else {
                    find_all(text, n)
                }
            })
            .collect();
        non_overlapping(hits).collect()
    }
}

/// Hits in order, the longest of those that start together first, each
/// dropped that overlaps one kept before it: what to highlight, and what
/// a text search counts.
fn non_overlapping(mut hits: Vec<Range<usize>>) -> impl Iterator<Item = Range<usize>> {
    hits.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut last_end: Option<usize> = None;
    hits.into_iter().filter(move |r| {
        let kept = last_end.is_none_or(|end| r.start >= end);
        if kept {
            last_end = Some(r.end);
        }
        kept
    })
}

/// Whether a folded query occurs anywhere in event `e`'s searchable texts
/// (see [`Matcher::matches_event`], which also does whole words).
pub fn event_text_matches(t: &Timeline, e: usize, folded_query: &str) -> bool {
    t.folded_event_texts(e)
        .any(|text| text.contains(folded_query))
}

/// A search hit in an article's text that no event or claim cites: a place
/// the search can open that the event list would not reach.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TextHit {
    /// Index into [`Timeline::articles`].
    pub article: usize,
    /// Byte range in the article's text.
    pub range: Range<usize>,
    /// 1-based line of the article file.
    pub line: usize,
    /// 1-based paragraph, numbered as the exports' `paragraph`.
    pub paragraph: usize,
    /// The line is page furniture (a caption, a related link…): shown
    /// dimmed, never cited; a surface may rank such hits last.
    pub furniture: bool,
}

/// Every hit of `query` in the articles' full text that does not lie
/// wholly inside a cited passage (those are found through their events),
/// article by article in corpus order, each in text order. A hit that
/// straddles a passage's edge is kept: no event's quote holds it.
pub fn text_hits(t: &Timeline, query: &str, word: bool) -> Vec<TextHit> {
    let Some(m) = Matcher::new(query, word) else {
        return Vec::new();
    };
    let folded = t.folded_articles();
    let finders: Vec<_> = m
        .needles
        .iter()
        .map(|n| crate::text::rank::finder(n.as_bytes()))
        .collect();
    let articles: Vec<usize> = (0..t.articles.len()).collect();
    // Article by article, on every core; each article's hits in order.
    // Everything a hit is positioned with is in the folded article (the
    // map, its lines, its cited spans): the original text and the
    // loader's structures are not read per hit.
    let per_article = crate::corpus::par::map(&articles, |&i| {
        let f = &folded.texts[i];
        let mut hits: Vec<Range<usize>> = Vec::new();
        for finder in &finders {
            let mut from = 0;
            while let Some(hit) = next_hit(&f.text, finder, word, &mut from) {
                hits.extend(f.map.orig_range(&f.text, hit));
            }
        }
        if hits.is_empty() {
            return Vec::new();
        }
        // As `Matcher::find_in`: in order, without overlaps.
        let mut out: Vec<TextHit> = Vec::new();
        for range in non_overlapping(hits) {
            if f.is_cited(&range) {
                continue;
            }
            let place = f.place(range.start);
            out.push(TextHit {
                article: i,
                line: place.line,
                paragraph: place.paragraph,
                furniture: place.furniture,
                range,
            });
        }
        out
    });
    // Made at its size: tens of thousands of hits, not grown by doubling.
    let mut all = Vec::with_capacity(per_article.iter().map(Vec::len).sum());
    for hits in per_article {
        all.extend(hits);
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUERIES: [&str; 8] = [
        "أذربيجان",
        "بوتين",
        "putin",
        "ال",
        "874",
        "ناغورنو كاراباخ",
        "أمس",
        "غائب",
    ];

    /// The one-pass search over all events agrees with asking each event.
    #[test]
    fn matching_events_is_matches_event_for_every_event() {
        let t = crate::corpus::bundled::timeline().expect("bundled corpus");
        for q in QUERIES {
            for word in [false, true] {
                let m = Matcher::new(q, word).expect("a query");
                let all = m.matching_events(&t);
                for (e, &hit) in all.iter().enumerate() {
                    assert_eq!(hit, m.matches_event(&t, e), "{q:?} word={word} event {e}");
                }
            }
        }
    }

    /// Text hits from the folded index (ranges from the map alone, places
    /// from the folded article's lines) are those of folding each article
    /// again, less the ones inside a cited passage, placed by the article.
    #[test]
    fn text_hits_are_the_hits_outside_cited_passages() {
        let t = crate::corpus::bundled::timeline().expect("bundled corpus");
        for q in QUERIES {
            for word in [false, true] {
                let m = Matcher::new(q, word).expect("a query");
                let mut want = Vec::new();
                for (i, a) in t.articles.iter().enumerate() {
                    for range in m.find_in(&a.text) {
                        let cited = t.article_spans[i]
                            .iter()
                            .any(|s| s.range.start <= range.start && range.end <= s.range.end);
                        if !cited {
                            let line = a.line_of(range.start);
                            want.push((
                                i,
                                range,
                                line,
                                a.paragraph_of_line(line),
                                a.is_furniture(line),
                            ));
                        }
                    }
                }
                let got: Vec<_> = text_hits(&t, q, word)
                    .into_iter()
                    .map(|h| (h.article, h.range, h.line, h.paragraph, h.furniture))
                    .collect();
                assert_eq!(got, want, "{q:?} word={word}");
            }
        }
    }
}
