//! The whole state of the UI in one value: each pane's state, the open
//! dialog, the history of jumps and the last notice. `update` is the only
//! thing that changes it and `view` only reads it, so any screen can be
//! reproduced by replaying keys.

use crate::corpus::Timeline;
use crate::intake::drafts::Undo;
use crate::lang::Lang;
use crate::text::BidiMode;
use crate::tui::dialog::Dialog;
use crate::tui::draw::Look;
use crate::tui::history::{History, Location};
use crate::tui::layout::{self, Pane};
use crate::tui::notice::Notice;
use crate::tui::pane::article::{ArticleState, body_size};
use crate::tui::pane::claims::ClaimsState;
use crate::tui::pane::timeline::TimelineState;
use std::path::PathBuf;
use std::sync::Arc;

pub struct App {
    pub timeline: Arc<Timeline>,
    pub lang: Lang,
    pub bidi: BidiMode,
    pub size: (u16, u16),
    pub focus: Pane,
    pub list: TimelineState,
    pub article: ArticleState,
    pub claims: ClaimsState,
    pub history: History,
    pub dialog: Option<Dialog>,
    pub status: Option<Notice>,
    /// The corpus folder decisions on drafts are written to.
    pub corpus_dir: Option<PathBuf>,
    /// Decisions on drafts that `u` can take back, the latest last.
    pub undo: Vec<Undo>,
}

impl App {
    pub fn new(timeline: Arc<Timeline>, lang: Lang, bidi: BidiMode, size: (u16, u16)) -> App {
        let list = TimelineState::new(&timeline);
        let mut article = ArticleState::default();
        article.reset(&timeline, list.event());
        let mut app = App {
            timeline,
            lang,
            bidi,
            size,
            focus: Pane::Timeline,
            list,
            article,
            claims: ClaimsState::default(),
            history: History::default(),
            dialog: None,
            status: None,
            corpus_dir: None,
            undo: Vec::new(),
        };
        app.settle();
        app
    }

    pub fn look(&self) -> Look {
        Look {
            lang: self.lang,
            bidi: self.bidi,
        }
    }

    /// The selected event, if the list has any.
    pub fn event(&self) -> Option<usize> {
        self.list.event()
    }

    /// The id of the draft that `A`/`X` decide on: the selected figure's in
    /// the casualty pane, else the selected event's (`None` when it is not
    /// a draft). One answer for the key table's `When::Draft` and for
    /// the decision itself.
    pub fn selected_draft(&self) -> Option<&str> {
        let t = &self.timeline;
        match self.focus {
            Pane::Claims => self
                .claims
                .selected()
                .filter(|&c| t.claims[c].draft.is_some())
                .map(|c| t.claims[c].id.as_str()),
            _ => self
                .event()
                .filter(|&e| t.events[e].has_draft())
                .map(|e| t.events[e].id.as_str()),
        }
    }

    /// Brings what is derived from the state up to date after any change:
    /// the casualty comparison for the selection, the timeline's scroll for
    /// the pane's height (so a resize never leaves it scrolled off), and the
    /// shown article laid out at the pane's width. Each is recomputed only
    /// when what it depends on changed.
    pub fn settle(&mut self) {
        let t = self.timeline.clone();
        let event = self.list.event();
        let list = &self.list;
        self.claims
            .refresh(&t, event, &|| list.events().collect(), &list.filter.spec);
        let list = layout::inner(self.size, self.lang, self.focus, Pane::Timeline);
        self.list.settle(usize::from(list.height));
        let body = self.article_body();
        self.article.refresh(&t, event, body.0, self.bidi);
    }

    /// The article pane's body (width, height), shown or not.
    pub fn article_body(&self) -> (usize, usize) {
        body_size(layout::inner(
            self.size,
            self.lang,
            self.focus,
            Pane::Article,
        ))
    }

    /// Rows a page moves in a pane.
    pub fn page(&self, pane: Pane) -> usize {
        let inner = layout::inner(self.size, self.lang, self.focus, pane);
        let rows = match pane {
            Pane::Article => self.article_body().1,
            _ => usize::from(inner.height),
        };
        rows.saturating_sub(1).max(1)
    }

    /// The corpus changed on disk (a decision on a draft, or its undo):
    /// show the new one, keeping what the user was looking at — the
    /// selected event, the filter, the search, the marks — by id, since
    /// indices may have moved. The history is dropped with the old indices.
    pub fn replace_timeline(&mut self, t: Arc<Timeline>) {
        let old = self.timeline.clone();
        let id_of = |e: usize| old.events[e].id.clone();
        let selected = self.event().map(id_of);
        let marks: Vec<String> = self.list.marks.iter().map(|&e| id_of(e)).collect();
        let spec = self.list.filter.spec.clone();
        let search = self.list.search.as_ref().map(|s| (s.query.clone(), s.word));
        self.timeline = t.clone();
        self.list = TimelineState::new(&t);
        if let Ok(filter) = crate::select::Filter::parse(&spec, &t) {
            self.list.set_filter(&t, filter);
        }
        self.list.set_search(&t, search);
        self.list.marks = marks.iter().filter_map(|id| t.event_index(id)).collect();
        if let Some(e) = selected.and_then(|id| t.event_index(&id)) {
            self.list.select(e);
        }
        self.article = ArticleState::default();
        self.article.reset(&t, self.list.event());
        self.claims = ClaimsState::default();
        self.history = History::default();
        self.settle();
    }

    /// Where the user is, for the history.
    pub fn location(&self) -> Option<Location> {
        Some(Location {
            event: self.event()?,
            source: self.article.source,
            passage: self.article.passage.clone(),
            focus: self.focus,
        })
    }
}
