//! The articles' text folded for search ([`crate::text::fold`]), each with
//! the compact map back to its bytes ([`FoldMap`]): built once per loaded
//! corpus, on first use or ahead of it ([`Timeline::prepare_search`]), so
//! a search of the full text of thousands of articles does not fold them
//! all again.

use crate::corpus::model::{Article, CitedSpan, Timeline};
use crate::text::seek::{partition_point_near, proportional};
use crate::text::{FoldMap, fold_with_runs};
use std::ops::Range;

/// One article, folded, with what positions a hit in it kept side by side:
/// a search of the reference corpus places ~24,000 hits in ~15,000
/// articles, and reading each article's lines, furniture and cited spans
/// where the loader keeps them was a cache miss apiece.
#[derive(Debug, Clone, Default)]
pub struct FoldedArticle {
    pub text: String,
    pub map: FoldMap,
    /// One per line of the article, in order.
    lines: Vec<LineInfo>,
    /// The article's cited spans (sorted by start) as `(start, reach)`:
    /// `reach` is the furthest end among the spans up to this one, so a
    /// range lies inside a span when the last span starting at or before
    /// it reaches its end.
    cited: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Copy)]
struct LineInfo {
    /// Where the line ends (before its `\n`), as [`Article::lines`].
    end: usize,
    /// Its paragraph number, as [`Article::paragraph_of_line`] counts it.
    paragraph: u32,
    /// Whether it is page furniture ([`Article::is_furniture`]).
    furniture: bool,
}

/// Where a byte offset of an article's text is: its 1-based line, that
/// line's paragraph and whether it is furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub paragraph: usize,
    pub furniture: bool,
}

impl FoldedArticle {
    fn of(a: &Article, spans: &[CitedSpan]) -> FoldedArticle {
        let (text, map) = fold_with_runs(&a.text);
        let mut n = 0u32;
        let lines = a
            .lines
            .iter()
            .enumerate()
            .map(|(i, r)| {
                if !a.text[r.clone()].trim().is_empty() {
                    n += 1;
                }
                LineInfo {
                    end: r.end,
                    paragraph: n,
                    furniture: a.is_furniture(i + 1),
                }
            })
            .collect();
        let mut reach = 0;
        let cited = spans
            .iter()
            .map(|s| {
                reach = s.range.end.max(reach);
                (s.range.start, reach)
            })
            .collect();
        FoldedArticle {
            text,
            map,
            lines,
            cited,
        }
    }

    /// Where `offset` is: [`Article::line_of`], then the line's paragraph
    /// ([`Article::paragraph_of_line`]) and furniture
    /// ([`Article::is_furniture`]), in one binary search.
    pub fn place(&self, offset: usize) -> Place {
        // Looked for from the line's proportional place (lines are about
        // evenly spread): a few neighbouring cache lines, not a cold
        // binary search.
        let len = self.lines.last().map_or(0, |l| l.end);
        let guess = proportional(self.lines.len(), offset, len);
        let i = partition_point_near(&self.lines, guess, |l| l.end < offset)
            .min(self.lines.len().saturating_sub(1));
        let info = self.lines.get(i);
        Place {
            line: i + 1,
            paragraph: info.map_or(0, |l| l.paragraph as usize),
            furniture: info.is_some_and(|l| l.furniture),
        }
    }

    /// Whether `range` lies wholly inside one of the article's cited spans.
    pub fn is_cited(&self, range: &Range<usize>) -> bool {
        let before = self
            .cited
            .partition_point(|&(start, _)| start <= range.start);
        before > 0 && self.cited[before - 1].1 >= range.end
    }
}

/// Every article's folded text and map, in article order.
#[derive(Debug, Clone, Default)]
pub struct FoldedArticles {
    pub texts: Vec<FoldedArticle>,
}

impl FoldedArticles {
    pub(crate) fn build(t: &Timeline) -> FoldedArticles {
        let articles: Vec<usize> = (0..t.articles.len()).collect();
        FoldedArticles {
            texts: crate::corpus::par::map(&articles, |&i| {
                let spans = t.article_spans.get(i).map_or(&[][..], Vec::as_slice);
                FoldedArticle::of(&t.articles[i], spans)
            }),
        }
    }
}

impl Timeline {
    /// The articles folded for search, folded on the first call.
    pub fn folded_articles(&self) -> &FoldedArticles {
        self.folded_articles
            .get_or_init(|| FoldedArticles::build(self))
    }

    /// Folds everything a search looks in now, instead of at the first
    /// search. The TUI calls it on a thread of its own once the corpus is
    /// loaded, so that its first search answers at once; a search that
    /// comes first simply waits for it.
    pub fn prepare_search(&self) {
        self.folded_articles();
        self.folded_events();
    }
}

#[cfg(test)]
mod tests {
    /// Every byte offset of every bundled article is placed as the article
    /// itself places it (line, paragraph, furniture), and a range is cited
    /// exactly when one of the article's cited spans holds it.
    #[test]
    fn places_and_citations_are_the_articles_own() {
        let t = crate::corpus::bundled::timeline().expect("bundled corpus");
        let folded = t.folded_articles();
        for (i, a) in t.articles.iter().enumerate() {
            let f = &folded.texts[i];
            for offset in 0..=a.text.len() {
                let line = a.line_of(offset);
                let want = super::Place {
                    line,
                    paragraph: a.paragraph_of_line(line),
                    furniture: a.is_furniture(line),
                };
                assert_eq!(f.place(offset), want, "{} at {offset}", a.id);
            }
            let spans = &t.article_spans[i];
            let mut edges: Vec<usize> = spans
                .iter()
                .flat_map(|s| [s.range.start, s.range.end])
                .collect();
            edges.extend([0, a.text.len()]);
            for &start in &edges {
                for &end in &edges {
                    for range in [start..end, start + 1..end, start..end.saturating_sub(1)] {
                        let want = spans
                            .iter()
                            .any(|s| s.range.start <= range.start && range.end <= s.range.end);
                        assert_eq!(f.is_cited(&range), want, "{} {range:?}", a.id);
                    }
                }
            }
        }
    }
}
