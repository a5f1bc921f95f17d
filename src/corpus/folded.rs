//! The articles' text folded for search ([`crate::text::fold`]), each with
//! the compact map back to its bytes ([`FoldMap`]): built once per loaded
//! corpus, on first use or ahead of it ([`Timeline::prepare_search`]), so
//! a search of the full text of thousands of articles does not fold them
//! all again.

use crate::corpus::model::Timeline;
use crate::text::{FoldMap, fold_with_runs};

/// Every article's folded text and map, in article order.
#[derive(Debug, Clone, Default)]
pub struct FoldedArticles {
    pub texts: Vec<(String, FoldMap)>,
}

impl FoldedArticles {
    pub(crate) fn build(t: &Timeline) -> FoldedArticles {
        FoldedArticles {
            texts: crate::corpus::par::map(&t.articles, |a| fold_with_runs(&a.text)),
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
