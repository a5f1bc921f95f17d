//! The timeline pane: era headings and the events that pass the filter,
//! per event its mark, date at its precision, title, number of sources and
//! whether it carries claims. Its state is the list's: what is shown (the
//! filter and the search), where the cursor is, and the marks.

use crate::corpus::Timeline;
use crate::select::Filter;
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use crate::tui::pane::pane_title;
use crate::tui::scroll::{clamp_add, scrollbar};
use crate::tui::search::Search;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use std::collections::BTreeSet;

/// One row of the list: an era heading or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Era(usize),
    Event(usize),
}

/// What marking a range did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeStep {
    Started,
    /// The range was marked: how many events were new.
    Marked(usize),
    NoEvent,
}

#[derive(Debug, Clone)]
pub struct TimelineState {
    /// Era headings and the events that pass the filter, in order.
    pub rows: Vec<Row>,
    /// The indices of the era heading rows, in order: with them every
    /// question about event rows (how many before the cursor, where an
    /// event is) is answered without a walk over the whole list, so a
    /// keystroke costs the same on a corpus of 100,000 events as on five.
    era_rows: Vec<usize>,
    /// Index into `rows` of the selected event (an `Event` row when any).
    pub cursor: usize,
    /// First row on screen.
    pub top: usize,
    pub filter: Filter,
    pub search: Option<Search>,
    pub marks: BTreeSet<usize>,
    /// The first end of a range being marked.
    pub anchor: Option<usize>,
}

impl TimelineState {
    pub fn new(t: &Timeline) -> TimelineState {
        let mut s = TimelineState {
            rows: Vec::new(),
            era_rows: Vec::new(),
            cursor: 0,
            top: 0,
            filter: Filter::default(),
            search: None,
            marks: BTreeSet::new(),
            anchor: None,
        };
        s.rebuild(t, None);
        s
    }

    /// The selected event, if the list has any.
    pub fn event(&self) -> Option<usize> {
        match self.rows.get(self.cursor) {
            Some(Row::Event(e)) => Some(*e),
            _ => None,
        }
    }

    /// The events shown, in order.
    pub fn events(&self) -> impl Iterator<Item = usize> + '_ {
        self.rows.iter().filter_map(|r| match r {
            Row::Event(e) => Some(*e),
            Row::Era(_) => None,
        })
    }

    /// The selected event's place among the shown ones: (1-based, count).
    pub fn position(&self) -> (usize, usize) {
        let cursor = self.cursor.min(self.rows.len());
        let eras_before = self.era_rows.partition_point(|&r| r < cursor);
        (cursor - eras_before + 1, self.event_count())
    }

    /// How many events are shown.
    pub fn event_count(&self) -> usize {
        self.rows.len() - self.era_rows.len()
    }

    /// The row of event `e`, if shown: rows hold events in timeline order,
    /// so a binary search finds it (an era heading sorts with the event
    /// below it).
    fn row_of(&self, e: usize) -> Option<usize> {
        let key = |i: usize| match self.rows.get(i) {
            Some(Row::Event(x)) => *x,
            Some(Row::Era(_)) => match self.rows.get(i + 1) {
                Some(Row::Event(x)) => *x,
                _ => usize::MAX,
            },
            None => usize::MAX,
        };
        let (mut lo, mut hi) = (0, self.rows.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if key(mid) < e {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // `lo` may be the heading above the event.
        (lo..(lo + 2).min(self.rows.len())).find(|&i| self.rows[i] == Row::Event(e))
    }

    /// Applies a filter and rebuilds the list, keeping `keep` (or the next
    /// event after it) selected.
    pub fn set_filter(&mut self, t: &Timeline, filter: Filter) {
        let keep = self.event();
        self.filter = filter;
        self.rebuild(t, keep);
    }

    fn rebuild(&mut self, t: &Timeline, keep: Option<usize>) {
        let mut rows = Vec::new();
        let mut era_rows = Vec::new();
        let mut era = None;
        for e in self.filter.matching(t) {
            let ev_era = t.events[e].era;
            if era != Some(ev_era) {
                era_rows.push(rows.len());
                rows.push(Row::Era(ev_era));
                era = Some(ev_era);
            }
            rows.push(Row::Event(e));
        }
        self.rows = rows;
        self.era_rows = era_rows;
        let target = keep.and_then(|k| {
            self.rows
                .iter()
                .position(|r| matches!(r, Row::Event(e) if *e >= k))
        });
        self.cursor = target
            .or_else(|| self.rows.iter().position(|r| matches!(r, Row::Event(_))))
            .unwrap_or(0);
        self.top = 0;
        self.recompute_hits();
    }

    /// Selects event `e`; false when the filter hides it.
    pub fn select(&mut self, e: usize) -> bool {
        match self.row_of(e) {
            Some(i) => {
                self.cursor = i;
                true
            }
            None => false,
        }
    }

    /// Moves the cursor by `by` events (clamped); true if it moved.
    pub fn step(&mut self, by: isize) -> bool {
        let n = self.event_count();
        if n == 0 {
            return false;
        }
        // Counted in events, not rows: the k-th event is row k plus the
        // era headings up to it.
        let (at, _) = self.position();
        let target = self.nth_event_row(clamp_add(at - 1, by, n));
        let moved = target != self.cursor;
        self.cursor = target;
        moved
    }

    /// The row of the k-th shown event (0-based).
    fn nth_event_row(&self, k: usize) -> usize {
        let mut row = k;
        for &era in &self.era_rows {
            if era <= row {
                row += 1;
            } else {
                break;
            }
        }
        row
    }

    /// Selects the event drawn on an inner row of the pane (a click).
    pub fn click(&mut self, inner_row: usize) -> bool {
        let row = self.top + inner_row;
        if matches!(self.rows.get(row), Some(Row::Event(_))) && row != self.cursor {
            self.cursor = row;
            return true;
        }
        false
    }

    /// The mouse wheel scrolls the list; the selection moves only when it
    /// would leave the screen (it stays visible). True if it moved.
    pub fn wheel(&mut self, by: isize, height: usize) -> bool {
        let height = height.max(1);
        self.top = clamp_add(self.top, by, self.rows.len().saturating_sub(height) + 1);
        let (first, last) = (self.top + 1, self.top + height - 1);
        let target = if self.cursor < first {
            self.rows
                .iter()
                .skip(first)
                .position(|r| matches!(r, Row::Event(_)))
                .map(|i| first + i)
        } else if self.cursor > last {
            self.rows[..=last.min(self.rows.len().saturating_sub(1))]
                .iter()
                .rposition(|r| matches!(r, Row::Event(_)))
        } else {
            None
        };
        match target {
            Some(t) if t != self.cursor => {
                self.cursor = t;
                true
            }
            _ => false,
        }
    }

    /// After any change or resize: no more blank rows below the list than
    /// it needs, the cursor on screen, and the era heading above the first
    /// event kept in view. A pane with no rows (hidden, too small) keeps
    /// its scroll for when it comes back.
    pub fn settle(&mut self, height: usize) {
        if height == 0 {
            return;
        }
        self.top = self.top.min(self.rows.len().saturating_sub(height));
        // Room for the era heading above the cursor, when there is room.
        let lead = usize::from(height > 1);
        if self.cursor < self.top + lead {
            self.top = self.cursor.saturating_sub(lead);
        } else if self.cursor >= self.top + height {
            self.top = self.cursor + 1 - height;
        }
    }

    /// Starts (or, with `None`, ends) a search.
    pub fn set_search(&mut self, t: &Timeline, query: Option<(String, bool)>) {
        self.search = query.and_then(|(q, word)| Search::new(t, &q, word, &self.rows));
    }

    fn recompute_hits(&mut self) {
        if let Some(s) = &mut self.search {
            s.recompute(&self.rows);
        }
    }

    /// The event of a row.
    pub fn event_at(&self, row: usize) -> Option<usize> {
        match self.rows.get(row) {
            Some(Row::Event(e)) => Some(*e),
            _ => None,
        }
    }

    /// Which hit is shown, 1-based (0 when none), and how many there are.
    pub fn hit_position(&self) -> Option<(usize, usize)> {
        let s = self.search.as_ref()?;
        Some((s.position(self.cursor), s.total()))
    }

    pub fn toggle_mark(&mut self) {
        if let Some(e) = self.event()
            && !self.marks.remove(&e)
        {
            self.marks.insert(e);
        }
    }

    /// `v` once starts a range at the selected event; `v` again marks every
    /// shown event between the two ends.
    pub fn mark_range(&mut self) -> RangeStep {
        let Some(here) = self.event() else {
            return RangeStep::NoEvent;
        };
        match self.anchor.take() {
            None => {
                self.anchor = Some(here);
                RangeStep::Started
            }
            Some(anchor) => {
                let (a, b) = (anchor.min(here), anchor.max(here));
                let before = self.marks.len();
                let shown: Vec<usize> = self.events().filter(|e| (a..=b).contains(e)).collect();
                self.marks.extend(shown);
                RangeStep::Marked(self.marks.len() - before)
            }
        }
    }

    pub fn draw(&self, t: &Timeline, look: Look, focused: bool, f: &mut Frame, area: Rect) {
        let (_, shown) = self.position();
        pane_title(
            f,
            area,
            &i18n::timeline_title(look.lang, shown, t.events.len()),
            look,
        );
        if self.rows.is_empty() {
            super::empty(f, area, &i18n::no_events(look.lang).into(), look);
            return;
        }
        let body = Rect {
            width: area.width.saturating_sub(1),
            ..area
        };
        let date_w: u16 = if look.rtl() { 19 } else { 18 };
        let hits = self.search.as_ref().map_or(&[][..], |s| &s.rows[..]);
        for (i, row) in self
            .rows
            .iter()
            .enumerate()
            .skip(self.top)
            .take(area.height as usize)
        {
            let y = area.y + (i - self.top) as u16;
            match *row {
                Row::Era(era) => {
                    let text = i18n::era_heading(look.lang, &t.eras[era]);
                    draw::label_parts(f.buffer_mut(), body, y, &text, draw::heading(), look.ui());
                }
                Row::Event(e) => {
                    let mut style = Style::new();
                    if hits.binary_search(&i).is_ok() {
                        style = style.patch(draw::hit());
                    }
                    if i == self.cursor {
                        style = style.patch(if focused {
                            draw::selected()
                        } else {
                            draw::cited()
                        });
                        let line = Rect {
                            y,
                            height: 1,
                            ..body
                        };
                        f.buffer_mut().set_style(line, style);
                    }
                    self.event_row(
                        t,
                        e,
                        look,
                        style,
                        f,
                        Rect {
                            y,
                            height: 1,
                            ..body
                        },
                        date_w,
                    );
                }
            }
        }
        scrollbar(f, area, self.rows.len(), area.height as usize, self.top);
    }

    #[allow(clippy::too_many_arguments)]
    fn event_row(
        &self,
        t: &Timeline,
        e: usize,
        look: Look,
        style: Style,
        f: &mut Frame,
        line: Rect,
        date_w: u16,
    ) {
        let ev = &t.events[e];
        let mark = if self.marks.contains(&e) {
            "●"
        } else if self.anchor == Some(e) {
            "◐"
        } else {
            " "
        };
        let date = i18n::event_date(look.lang, &ev.date);
        let title = look.lang.pick(&ev.title.en, &ev.title.ar);
        // A draft says so with a mark and in italics, which survive NO_COLOR.
        let (title, style) = if ev.has_draft() {
            (format!("✎ {title}"), style.patch(draw::draft()))
        } else {
            (title.to_string(), style)
        };
        let title = title.as_str();
        let badge = format!(
            "{}{}",
            ev.sources.len(),
            if ev.claims.is_empty() { " " } else { "#" }
        );
        draw::columns(
            f.buffer_mut(),
            line,
            line.y,
            &[
                (1, mark, style, look.ui()),
                (date_w, &date, style, look.ui()),
                (0, title, style, look.corpus()),
                (3, &badge, style, look.ui()),
            ],
        );
    }
}
