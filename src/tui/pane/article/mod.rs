//! The article pane: outlet, date and headline, then the body laid out
//! right to left, with the passage being followed highlighted, the other
//! cited passages underlined, search hits marked and page furniture dimmed.
//!
//! Its state is which passage it shows: one of the selected event's
//! passages (stepped article by article with `]`/`[`, passage by passage
//! with `}`/`{`), or another cited passage reached from the article or
//! from a figure. The article's layout is kept here too (whole for an
//! ordinary article, a window at a time for a long one: see
//! [`rows`]), made again only when the article, the width
//! or the bidi mode changes — never per frame or per key.

use crate::cite::Cited;
use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::text::BidiMode;
use crate::tui::history::Passage;
use rows::{Layout, Pos};

mod rows;
mod sources;
mod view;

pub use sources::{OutletKey, article_count, passages};
pub use view::body_size;

/// Lines above the body: outlet, publication date and its basis, headline,
/// a rule.
pub const HEADER_ROWS: u16 = 4;

/// Columns beside the body for the paragraph numbers (those of the
/// exports' `paragraph`), on the side where Arabic lines start.
pub const MARGIN: u16 = 4;

/// Where the shown passage is among the selected event's passages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// (k, n): the k-th of the n articles reporting the event.
    pub article: (usize, usize),
    /// (i, m): the i-th of the event's m passages in this article.
    pub passage: (usize, usize),
}

#[derive(Debug, Clone, Default)]
pub struct ArticleState {
    /// Which of the selected event's passages ([`passages`] order) is shown.
    pub source: usize,
    /// A passage shown instead, that is not one of the event's own.
    pub passage: Option<Passage>,
    /// The user's scroll (the top row); `None` keeps the highlighted
    /// passage in view.
    pub scroll: Option<Pos>,
    /// Only the passages printed by this outlet (`o`), when the event has
    /// any; kept from event to event.
    pub outlet: Option<OutletKey>,
    laid: Option<Layout>,
}
impl ArticleState {
    /// The passages the pane steps through: the event's, or only those of
    /// the chosen outlet when it printed any.
    fn order(&self, t: &Timeline, e: usize) -> Vec<usize> {
        let all = passages(t, e);
        let Some(key) = &self.outlet else { return all };
        let sources = &t.events[e].sources;
        let own: Vec<usize> = all
            .iter()
            .copied()
            .filter(|&i| OutletKey::of(t, sources[i].article) == *key)
            .collect();
        if own.is_empty() { all } else { own }
    }

    /// Whether the chosen outlet printed none of the event's passages (so
    /// the pane shows them all).
    pub fn outlet_missing(&self, t: &Timeline, e: usize) -> bool {
        self.outlet.as_ref().is_some_and(|key| {
            !t.events[e]
                .sources
                .iter()
                .any(|s| OutletKey::of(t, s.article) == *key)
        })
    }

    /// The outlet the pane keeps to, as the status bar names it, and
    /// whether event `event` has no passage from it.
    pub fn outlet_shown(
        &self,
        t: &Timeline,
        event: Option<usize>,
        lang: Lang,
    ) -> Option<(String, bool)> {
        let key = self.outlet.as_ref()?;
        let article = (0..t.articles.len()).find(|&a| OutletKey::of(t, a) == *key)?;
        let a = &t.articles[article];
        let name = match key {
            OutletKey::Unknown(_) => format!(
                "{} ({})",
                lang.pick(a.outlet.name_en(), a.outlet.name_ar()),
                a.id
            ),
            OutletKey::Named(_) => lang
                .pick(a.outlet.name_en(), a.outlet.name_ar())
                .to_string(),
        };
        Some((name, event.is_some_and(|e| self.outlet_missing(t, e))))
    }

    /// `o`: keep to the shown article's outlet, or show every outlet again.
    pub fn toggle_outlet(&mut self, t: &Timeline, event: Option<usize>) {
        if self.outlet.take().is_some() {
            return;
        }
        if let Some(p) = self.shown(t, event) {
            self.outlet = Some(OutletKey::of(t, p.article));
            // The shown passage is the outlet's: find it in the new order.
            self.show(t, event, p);
        }
    }

    /// A new event is selected: show the passage whose words date it when
    /// one does, else its first.
    pub fn reset(&mut self, t: &Timeline, event: Option<usize>) {
        self.source = event
            .and_then(|e| {
                let d = t.events[e].dating_source()?;
                self.order(t, e).iter().position(|&i| i == d)
            })
            .unwrap_or(0);
        self.passage = None;
        self.scroll = None;
    }

    /// Whether the shown passage is the one whose words date the event.
    pub fn shows_dating(&self, t: &Timeline, event: Option<usize>) -> bool {
        let Some(e) = event else { return false };
        self.passage.is_none()
            && t.events[e]
                .dating_source()
                .is_some_and(|d| self.order(t, e).get(self.source) == Some(&d))
    }

    /// The passage the pane shows, if any.
    pub fn shown(&self, t: &Timeline, event: Option<usize>) -> Option<Passage> {
        if let Some(p) = &self.passage {
            return Some(p.clone());
        }
        let e = event?;
        let order = self.order(t, e);
        let i = *order.get(self.source.min(order.len().saturating_sub(1)))?;
        let s = &t.events[e].sources[i];
        Some(Passage {
            article: s.article,
            range: s.range.clone(),
        })
    }

    /// Article k of n, passage i of m; `None` when the pane shows a passage
    /// that is not the event's own.
    pub fn position(&self, t: &Timeline, event: Option<usize>) -> Option<Position> {
        let e = event?;
        if self.passage.is_some() {
            return None;
        }
        let order = self.order(t, e);
        let sources = &t.events[e].sources;
        let here = sources.get(*order.get(self.source)?)?.article;
        let mut articles: Vec<usize> = Vec::new();
        for &i in &order {
            if !articles.contains(&sources[i].article) {
                articles.push(sources[i].article);
            }
        }
        let in_article: Vec<usize> = (0..order.len())
            .filter(|&k| sources[order[k]].article == here)
            .collect();
        Some(Position {
            article: (
                articles
                    .iter()
                    .position(|a| *a == here)
                    .map_or(0, |k| k + 1),
                articles.len(),
            ),
            passage: (
                in_article
                    .iter()
                    .position(|&k| k == self.source)
                    .map_or(0, |k| k + 1),
                in_article.len(),
            ),
        })
    }

    /// Whose passage the pane shows, for citing it: one of the selected
    /// event's sources, or a figure's or another event's passage.
    pub fn cited(&self, t: &Timeline, event: Option<usize>) -> Option<(Cited, usize)> {
        let p = self.shown(t, event)?;
        let same = |s: &crate::corpus::Source| s.article == p.article && s.range == p.range;
        let in_event = |e: usize| {
            t.events[e]
                .sources
                .iter()
                .position(same)
                .map(|i| (Cited::Event(e), i))
        };
        if let Some(found) = event.and_then(in_event) {
            return Some(found);
        }
        let claim = t.claims.iter().enumerate().find_map(|(c, claim)| {
            claim
                .sources
                .iter()
                .position(same)
                .map(|i| (Cited::Claim(c), i))
        });
        claim.or_else(|| {
            t.events_at(p.article, p.range.start)
                .into_iter()
                .find_map(in_event)
        })
    }

    /// `]`/`[`: the first passage of the next (or previous) article that
    /// reports the event, wrapping around. False when only one does.
    pub fn step_article(&mut self, t: &Timeline, e: usize, forward: bool) -> bool {
        let order = self.order(t, e);
        let sources = &t.events[e].sources;
        let article_of = |k: usize| sources[order[k]].article;
        let current = article_of(self.source.min(order.len().saturating_sub(1)));
        let mut firsts: Vec<usize> = Vec::new();
        for k in 0..order.len() {
            if k == 0 || article_of(k) != article_of(k - 1) {
                firsts.push(k);
            }
        }
        if firsts.len() < 2 {
            return false;
        }
        let at = firsts
            .iter()
            .rposition(|&k| article_of(k) == current)
            .unwrap_or(0);
        let n = firsts.len();
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        self.show_source(firsts[next]);
        true
    }

    /// `}`/`{`: the event's next (or previous) passage, one by one across
    /// its articles, wrapping around. False when it has only one.
    pub fn step_passage(&mut self, t: &Timeline, e: usize, forward: bool) -> bool {
        let n = self.order(t, e).len();
        if n < 2 {
            return false;
        }
        let at = if self.passage.is_some() {
            0
        } else {
            self.source.min(n - 1)
        };
        self.show_source(if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        });
        true
    }

    /// `)`/`(`: the next (or previous) passage of the shown article that
    /// any event cites. False at the end of the article.
    pub fn step_cited(&mut self, t: &Timeline, event: Option<usize>, forward: bool) -> bool {
        let Some(current) = self.shown(t, event) else {
            return false;
        };
        let spans = &t.article_spans[current.article];
        let target = if forward {
            spans.iter().find(|s| s.range.start > current.range.start)
        } else {
            spans
                .iter()
                .rev()
                .find(|s| s.range.start < current.range.start)
        };
        let Some(span) = target else { return false };
        let found = Passage {
            article: current.article,
            range: span.range.clone(),
        };
        self.show(t, event, found);
        true
    }

    /// Shows a passage: as the event's own when it is one of its sources.
    pub fn show(&mut self, t: &Timeline, event: Option<usize>, p: Passage) {
        let own = event.and_then(|e| {
            let sources = &t.events[e].sources;
            self.order(t, e)
                .into_iter()
                .position(|i| sources[i].article == p.article && sources[i].range == p.range)
        });
        match own {
            Some(k) => self.show_source(k),
            None => {
                self.passage = Some(p);
                self.scroll = None;
            }
        }
    }

    fn show_source(&mut self, k: usize) {
        self.source = k;
        self.passage = None;
        self.scroll = None;
    }

    /// Cuts the shown article into segments again if the article, width
    /// or mode changed since the last time (see [`Layout`]: a segment is
    /// laid out when it is first shown).
    pub fn refresh(&mut self, t: &Timeline, event: Option<usize>, width: usize, mode: BidiMode) {
        let Some(p) = self.shown(t, event) else {
            return;
        };
        let fresh = self
            .laid
            .as_ref()
            .is_some_and(|l| l.is(p.article, width, mode));
        if !fresh {
            self.laid = Some(Layout::new(t, p.article, width, mode));
        }
    }

    /// The shown article's layout at `width` (the kept one when it is
    /// current, which `update` sees to).
    fn layout_at(&self, t: &Timeline, article: usize, width: usize, mode: BidiMode) -> Layout {
        match &self.laid {
            Some(l) if l.is(article, width, mode) => l.clone(),
            _ => Layout::new(t, article, width, mode),
        }
    }

    /// Scrolls from where the pane is now (its automatic position, if the
    /// user has not scrolled yet).
    pub fn scroll_by(
        &mut self,
        t: &Timeline,
        event: Option<usize>,
        by: isize,
        body: (usize, usize),
        mode: BidiMode,
    ) {
        let Some(p) = self.shown(t, event) else {
            return;
        };
        let layout = self.layout_at(t, p.article, body.0, mode);
        let current = self.offset(t, &layout, &p, body.1);
        self.scroll = Some(layout.step(t, current, by));
        // The segments laid out while scrolling are kept.
        if self
            .laid
            .as_ref()
            .is_some_and(|l| l.is(p.article, body.0, mode))
        {
            self.laid = Some(layout);
        }
    }

    /// The first row on screen: the user's scroll, or the row that puts
    /// the highlighted passage a third of the way down.
    fn offset(&self, t: &Timeline, layout: &Layout, p: &Passage, height: usize) -> Pos {
        let top = match self.scroll {
            Some(s) => s,
            None => {
                let first = layout.locate(t, &p.range);
                layout.step(t, first, -((height / 3) as isize))
            }
        };
        layout.clamp_top(t, top, height)
    }
}
