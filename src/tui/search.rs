//! The TUI's search: a query (whole words or not) and what it hits — the
//! events of the timeline list, then the places in the articles' full text
//! that no cited passage holds (opened in the article pane). `n`/`N` walk
//! the events in order, then the text hits, and wrap around.

use crate::corpus::Timeline;
use crate::select::{Matcher, TextHit, text_hits};
use crate::tui::pane::timeline::Row;

#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    pub word: bool,
    matcher: Matcher,
    /// Indices into the list's rows of the events that match.
    pub rows: Vec<usize>,
    /// For every event of the timeline, whether it matches: searched once,
    /// so a filter change only picks the rows again.
    events: Vec<bool>,
    /// Hits in article text outside every cited passage.
    pub text: Vec<TextHit>,
    /// The text hit the article pane shows, when it shows one.
    pub on_text: Option<usize>,
}

/// Where `n`/`N` goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A row of the list (an event).
    Row(usize),
    /// A text hit (index into [`Search::text`]).
    Text(usize),
}

impl Search {
    /// `None` when the query is blank once folded.
    pub fn new(t: &Timeline, query: &str, word: bool, rows: &[Row]) -> Option<Search> {
        let matcher = Matcher::new(query, word)?;
        let mut s = Search {
            query: query.to_string(),
            word,
            events: matcher.matching_events(t),
            matcher,
            rows: Vec::new(),
            text: text_hits(t, query, word),
            on_text: None,
        };
        s.recompute(rows);
        Some(s)
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The list changed (a filter): find the matching rows again.
    pub fn recompute(&mut self, rows: &[Row]) {
        self.rows = rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match r {
                Row::Event(e) if self.events.get(*e).copied().unwrap_or(false) => Some(i),
                _ => None,
            })
            .collect();
        self.on_text = None;
    }

    pub fn total(&self) -> usize {
        self.rows.len() + self.text.len()
    }

    /// Which hit is shown, 1-based (0 when none): the text hit in the
    /// article pane, or the event under the cursor.
    pub fn position(&self, cursor: usize) -> usize {
        match self.on_text {
            Some(i) => self.rows.len() + i + 1,
            None => self.rows.binary_search(&cursor).map_or(0, |i| i + 1),
        }
    }

    /// Where a new search lands: the first event hit at or after the
    /// cursor, or the first hit of all.
    pub fn first(&self, cursor: usize) -> Option<Target> {
        // `rows` is in list order: binary searches, not walks.
        let at = self.rows.partition_point(|&r| r < cursor);
        self.rows
            .get(at)
            .map(|&r| Target::Row(r))
            .or_else(|| self.nth(0))
    }

    /// The next (or previous) hit from where the user is.
    pub fn step(&self, cursor: usize, forward: bool) -> Option<Target> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let here = match self.on_text {
            Some(i) => Some(self.rows.len() + i),
            None => self.rows.binary_search(&cursor).ok(),
        };
        let next = match (here, forward) {
            (Some(k), true) => (k + 1) % total,
            (Some(k), false) => (k + total - 1) % total,
            // Between hits: the first event hit after (or before) the cursor.
            (None, true) => match self.rows.partition_point(|&r| r <= cursor) {
                k if k < self.rows.len() => k,
                _ => self.rows.len() % total,
            },
            (None, false) => match self.rows.partition_point(|&r| r < cursor) {
                0 => total - 1,
                k => k - 1,
            },
        };
        self.nth(next)
    }

    fn nth(&self, k: usize) -> Option<Target> {
        match self.rows.get(k) {
            Some(&r) => Some(Target::Row(r)),
            None => {
                (k - self.rows.len() < self.text.len()).then(|| Target::Text(k - self.rows.len()))
            }
        }
    }
}
