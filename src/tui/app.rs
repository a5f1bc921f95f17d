//! The whole state of the UI in one value. `update` is the only thing that
//! changes it and `view` only reads it, so any screen can be reproduced
//! from a sequence of actions.

use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::select::{Filter, FilterSpec};
use crate::text::BidiMode;
use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Timeline,
    Article,
    Claims,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Timeline, Pane::Article, Pane::Claims];
}

/// One row of the timeline list: an era heading or an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Era(usize),
    Event(usize),
}

/// Where the user was: restored by back/forward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub event: usize,
    pub source: usize,
    pub passage: Option<Passage>,
    pub focus: Pane,
}

/// A passage shown in the article pane that is not the selected event's
/// own source (a claim's passage, or one reached from the article).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub article: usize,
    pub range: Range<usize>,
}

/// A one-line text prompt (search, a filter field, the export path).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Search(Prompt),
    Filter(FilterForm),
    Entities { items: Vec<usize>, cursor: usize },
    Export(ExportForm),
}

/// The filter dialog: one text field per criterion, comma-separated values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterForm {
    pub fields: [String; 7],
    pub field: usize,
    pub error: Option<String>,
}

impl FilterForm {
    pub const NAMES: [(&'static str, &'static str); 7] = [
        ("From (YYYY[-MM[-DD]])", "من (سنة-شهر-يوم)"),
        ("To", "إلى"),
        ("Era", "الحقبة"),
        ("Kind", "النوع"),
        ("Actor", "الفاعل"),
        ("Place", "المكان"),
        ("Outlet", "الوسيلة"),
    ];

    pub fn from_spec(spec: &FilterSpec) -> FilterForm {
        let join = |v: &Vec<String>| v.join(", ");
        FilterForm {
            fields: [
                spec.from.clone().unwrap_or_default(),
                spec.to.clone().unwrap_or_default(),
                join(&spec.eras),
                join(&spec.kinds),
                join(&spec.actors),
                join(&spec.places),
                join(&spec.outlets),
            ],
            field: 0,
            error: None,
        }
    }

    /// The spec this form describes; the search text is kept as it was.
    pub fn to_spec(&self, search: Option<String>) -> FilterSpec {
        let one = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let many = |s: &str| {
            s.split([',', '،'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        };
        let f = &self.fields;
        FilterSpec {
            from: one(&f[0]),
            to: one(&f[1]),
            eras: many(&f[2]),
            kinds: many(&f[3]),
            actors: many(&f[4]),
            places: many(&f[5]),
            outlets: many(&f[6]),
            search,
            events: Vec::new(),
        }
    }
}

/// What the export dialog writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportScope {
    Marked,
    Filtered,
    All,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportForm {
    /// The focused field: 0 format, 1 scope, 2 path.
    pub field: usize,
    pub format: crate::export::Format,
    pub scope: ExportScope,
    pub path: String,
    /// Set after a first Enter on an existing file: the next Enter overwrites.
    pub confirm_overwrite: bool,
    pub result: Option<Result<String, String>>,
}

pub struct App {
    pub timeline: Arc<Timeline>,
    pub lang: Lang,
    pub bidi: BidiMode,
    pub size: (u16, u16),
    pub focus: Pane,
    /// The timeline list as shown: era headings and the events that pass
    /// the filter. Recomputed only when the filter changes.
    pub rows: Vec<Row>,
    /// Index into `rows` of the selected event (always an `Event` row when
    /// there is one).
    pub cursor: usize,
    /// First row of `rows` on screen.
    pub timeline_top: usize,
    /// Which source of the selected event the article pane shows.
    pub source: usize,
    /// A passage shown instead of the selected event's source.
    pub passage: Option<Passage>,
    /// Manual scroll of the article pane; `None` keeps the highlighted
    /// passage in view.
    pub article_scroll: Option<usize>,
    pub claim_cursor: usize,
    pub claims_all: bool,
    /// The comparison the casualty pane shows. Derived from the selection,
    /// kept here so it is computed once per change, not once per frame.
    pub comparison: crate::compare::Comparison,
    comparison_key: Option<(Option<usize>, bool, FilterSpec)>,
    pub log_scale: bool,
    pub history: Vec<Location>,
    pub history_pos: usize,
    /// The search as typed, and the events it hits (indices into `rows`).
    pub search: Option<String>,
    pub hits: Vec<usize>,
    pub filter: Filter,
    pub marks: BTreeSet<usize>,
    pub range_anchor: Option<usize>,
    pub overlay: Overlay,
    pub status: Option<String>,
    pub quit: bool,
    pub suspend_requested: bool,
    /// I/O that `update` asks the loop to carry out (it reports back with
    /// an action), so that `update` itself never touches the disk.
    pub effect: Option<Effect>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Export {
        format: crate::export::Format,
        scope: crate::select::Scope,
        path: String,
        force: bool,
    },
}

impl App {
    pub fn new(timeline: Arc<Timeline>, lang: Lang, bidi: BidiMode, size: (u16, u16)) -> App {
        let mut app = App {
            timeline,
            lang,
            bidi,
            size,
            focus: Pane::Timeline,
            rows: Vec::new(),
            cursor: 0,
            timeline_top: 0,
            source: 0,
            passage: None,
            article_scroll: None,
            claim_cursor: 0,
            claims_all: false,
            comparison: crate::compare::Comparison::default(),
            comparison_key: None,
            log_scale: false,
            history: Vec::new(),
            history_pos: 0,
            search: None,
            hits: Vec::new(),
            filter: Filter::default(),
            marks: BTreeSet::new(),
            range_anchor: None,
            overlay: Overlay::None,
            status: None,
            quit: false,
            suspend_requested: false,
            effect: None,
        };
        app.rebuild_rows(None);
        app.refresh_comparison();
        app
    }

    /// Recomputes the casualty comparison when what it depends on (the
    /// selected event, the scope, the filter) changed.
    pub fn refresh_comparison(&mut self) {
        let key = Some((self.event(), self.claims_all, self.filter.spec.clone()));
        if key == self.comparison_key {
            return;
        }
        self.comparison_key = key;
        self.comparison = crate::tui::claims::comparison_for(
            &self.timeline,
            &self.rows,
            self.event(),
            self.claims_all,
        );
        let n = self.comparison.claim_count();
        self.claim_cursor = self.claim_cursor.min(n.saturating_sub(1));
    }

    /// The selected event, if the list has any.
    pub fn event(&self) -> Option<usize> {
        match self.rows.get(self.cursor) {
            Some(Row::Event(e)) => Some(*e),
            _ => None,
        }
    }

    /// The passage the article pane shows: an explicit one, or the
    /// selected event's current source.
    pub fn shown_passage(&self) -> Option<Passage> {
        if let Some(p) = &self.passage {
            return Some(p.clone());
        }
        let e = self.event()?;
        let sources = &self.timeline.events[e].sources;
        let s = sources.get(self.source.min(sources.len().saturating_sub(1)))?;
        Some(Passage {
            article: s.article,
            range: s.range.clone(),
        })
    }

    /// Rebuilds the list after the filter changed, keeping `keep` (or the
    /// nearest event) selected.
    pub fn rebuild_rows(&mut self, keep: Option<usize>) {
        let t = self.timeline.clone();
        let mut rows = Vec::new();
        let mut era = None;
        for e in 0..t.events.len() {
            if !self.filter.matches(&t, e) {
                continue;
            }
            let ev_era = t.events[e].era;
            if era != Some(ev_era) {
                rows.push(Row::Era(ev_era));
                era = Some(ev_era);
            }
            rows.push(Row::Event(e));
        }
        self.rows = rows;
        let target = keep.and_then(|k| {
            self.rows
                .iter()
                .position(|r| matches!(r, Row::Event(e) if *e >= k))
        });
        self.cursor = target
            .or_else(|| self.rows.iter().position(|r| matches!(r, Row::Event(_))))
            .unwrap_or(0);
        self.timeline_top = 0;
        self.recompute_hits();
    }

    /// Recomputes which rows the current search hits.
    pub fn recompute_hits(&mut self) {
        self.hits = match &self.search {
            Some(q) => {
                let q = crate::text::fold(q);
                self.rows
                    .iter()
                    .enumerate()
                    .filter_map(|(i, r)| match r {
                        Row::Event(e)
                            if crate::select::event_text_matches(&self.timeline, *e, &q) =>
                        {
                            Some(i)
                        }
                        _ => None,
                    })
                    .collect()
            }
            None => Vec::new(),
        };
    }

    pub fn location(&self) -> Option<Location> {
        Some(Location {
            event: self.event()?,
            source: self.source,
            passage: self.passage.clone(),
            focus: self.focus,
        })
    }
}
