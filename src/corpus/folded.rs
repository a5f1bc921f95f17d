//! The articles' text folded for search ([`crate::text::fold`]), each with
//! the compact map back to its bytes ([`FoldMap`]): built once per loaded
//! corpus, on first use or ahead of it ([`Timeline::prepare_search`]), so
//! a search of the full text of thousands of articles does not fold them
//! all again.

use crate::corpus::model::{Article, Timeline};
use crate::text::{FoldMap, fold_with_runs};

/// One article, folded.
#[derive(Debug, Clone, Default)]
pub struct FoldedArticle {
    pub text: String,
    pub map: FoldMap,
    /// `paragraphs[l]`: the paragraph number of line `l` (1-based), as
    /// [`crate::corpus::Article::paragraph_of_line`] counts it, for every
    /// line at once.
    paragraphs: Vec<u32>,
}

impl FoldedArticle {
    fn of(a: &Article) -> FoldedArticle {
        let (text, map) = fold_with_runs(&a.text);
        let mut n = 0u32;
        let mut paragraphs = Vec::with_capacity(a.lines.len() + 1);
        paragraphs.push(0);
        for r in &a.lines {
            if !a.text[r.clone()].trim().is_empty() {
                n += 1;
            }
            paragraphs.push(n);
        }
        FoldedArticle {
            text,
            map,
            paragraphs,
        }
    }

    /// The paragraph number of a 1-based line.
    pub fn paragraph_of_line(&self, line: usize) -> usize {
        let last = self.paragraphs.len().saturating_sub(1);
        self.paragraphs
            .get(line.min(last))
            .map_or(0, |&p| p as usize)
    }
}

/// Every article's folded text and map, in article order.
#[derive(Debug, Clone, Default)]
pub struct FoldedArticles {
    pub texts: Vec<FoldedArticle>,
}

impl FoldedArticles {
    pub(crate) fn build(t: &Timeline) -> FoldedArticles {
        FoldedArticles {
            texts: crate::corpus::par::map(&t.articles, FoldedArticle::of),
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
        if !self.events.is_empty() {
            let _ = self.folded_event_texts(0).count();
        }
    }
}
