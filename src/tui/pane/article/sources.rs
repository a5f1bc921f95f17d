//! Which passages report an event and which outlet printed them: the
//! order the article pane steps through.

use crate::corpus::Timeline;

/// Which outlet printed an article: its name, or — for an article whose
/// outlet is unknown — the article itself (two unknown outlets are not
/// known to be one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutletKey {
    Named(String),
    Unknown(usize),
}

impl OutletKey {
    pub fn of(t: &Timeline, article: usize) -> OutletKey {
        match &t.articles[article].outlet.en {
            Some(name) => OutletKey::Named(name.clone()),
            None => OutletKey::Unknown(article),
        }
    }
}

/// The selected event's passages (indices into its `sources`) in reading
/// order: grouped by article — the article whose words date the event
/// first, then in the order the event cites them — and in text order
/// within each article.
pub fn passages(t: &Timeline, e: usize) -> Vec<usize> {
    let ev = &t.events[e];
    let sources = &ev.sources;
    let mut articles: Vec<usize> = Vec::new();
    if let Some(d) = ev.dating_source() {
        articles.push(sources[d].article);
    }
    for s in sources {
        if !articles.contains(&s.article) {
            articles.push(s.article);
        }
    }
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by_key(|&i| {
        let s = &sources[i];
        let group = articles.iter().position(|a| *a == s.article);
        (group, s.range.start)
    });
    order
}

/// How many articles report event `e`.
pub fn article_count(t: &Timeline, e: usize) -> usize {
    let mut seen: Vec<usize> = Vec::new();
    for s in &t.events[e].sources {
        if !seen.contains(&s.article) {
            seen.push(s.article);
        }
    }
    seen.len()
}
