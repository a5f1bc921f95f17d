//! `update(&mut App, Action) -> Vec<Effect>`: every state change, with no
//! I/O. What needs the outside world (writing an export, quitting,
//! suspending) is returned as an effect for the caller to carry out.
//!
//! This file is the orchestrator: a dialog's action goes to the open
//! dialog and its [`Outcome`] is carried out here; the rest moves the panes
//! and keeps them in step (a new event selected resets the article and the
//! figures; a jump is remembered for back/forward).

use crate::cite::{Citation, Cited};
use crate::intake::drafts::Decision;
use crate::select::{Filter, FilterSpec};
use crate::tui::action::{Action, DecisionReport};
use crate::tui::app::App;
use crate::tui::dialog::export::ExportDialog;
use crate::tui::dialog::filter::FilterDialog;
use crate::tui::dialog::help::{self, HelpDialog};
use crate::tui::dialog::info::{InfoDialog, Link, Relation, Subject};
use crate::tui::dialog::picker::Picker;
use crate::tui::dialog::search::SearchDialog;
use crate::tui::dialog::{Dialog, Outcome};
use crate::tui::effect::Effect;
use crate::tui::history::{Location, Passage};
use crate::tui::keys;
use crate::tui::layout::{self, Pane};
use crate::tui::notice::Notice;
use crate::tui::pane::timeline::RangeStep;
use crate::tui::search::Target;
use ratatui::layout::Rect;

pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if !matches!(action, Action::Resize(..)) {
        app.status = None;
    }
    let effects = route(app, action);
    app.settle();
    settle_help(app);
    effects
}

fn route(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => return vec![Effect::Quit],
        Action::Resize(w, h) => app.size = (w, h),
        Action::Decided(report) => decided(app, report),
        Action::ExportFinished(outcome) => {
            if let Some(Dialog::Export(d)) = &mut app.dialog {
                d.finished(outcome);
            }
        }
        a if app.dialog.is_some() => return dialog(app, a),
        a => return pane(app, a),
    }
    Vec::new()
}

fn screen_area(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// The help's length and the lines it shows, at the current size.
fn help_measure(app: &App) -> (usize, usize) {
    help::measure(&keys::help(app.lang), screen_area(app.size), app.look())
}

/// Keeps a scrolled dialog's view inside its content after a resize.
fn settle_help(app: &mut App) {
    let (t, area, look) = (app.timeline.clone(), screen_area(app.size), app.look());
    let help = matches!(app.dialog, Some(Dialog::Help(_))).then(|| help_measure(app));
    match &mut app.dialog {
        Some(Dialog::Help(h)) => {
            if let Some((total, visible)) = help {
                h.settle(total, visible);
            }
        }
        Some(Dialog::Info(d)) => d.settle(&t, area, look),
        _ => {}
    }
}

/// Goes where a line of a record leads, remembering where the user was.
fn follow_link(app: &mut App, to: Link) {
    let t = app.timeline.clone();
    match to {
        Link::Entity(x) => {
            push_history(app);
            let spec = FilterSpec {
                entities: vec![t.entities[x].id.clone()],
                ..FilterSpec::default()
            };
            if let Ok(filter) = Filter::parse(&spec, &t) {
                apply_filter(app, filter);
            }
        }
        Link::Event(e) => goto_event(app, e),
        Link::Claim(c) => {
            goto_event(app, t.claims[c].event);
            app.claims.all = false;
            app.settle();
            if let Some(i) = app.claims.claims().iter().position(|&k| k == c) {
                app.claims.cursor = i;
            }
            app.focus = Pane::Claims;
        }
        Link::Source(e, i) => {
            goto_event(app, e);
            let s = &t.events[e].sources[i];
            let p = Passage {
                article: s.article,
                range: s.range.clone(),
            };
            app.article.show(&t, Some(e), p);
            app.focus = Pane::Article;
        }
        Link::ClaimSource(c, i) => {
            push_history(app);
            let s = &t.claims[c].sources[i];
            let p = Passage {
                article: s.article,
                range: s.range.clone(),
            };
            app.article.show(&t, app.event(), p);
            app.focus = Pane::Article;
        }
    }
}

/// An action while a dialog is open: the dialog handles it, and its
/// outcome is carried out.
fn dialog(app: &mut App, action: Action) -> Vec<Effect> {
    let t = app.timeline.clone();
    let help_size = help_measure(app);
    let look = app.look();
    let outcome = match &mut app.dialog {
        Some(Dialog::Help(h)) => h.handle(&action, help_size.0, help_size.1),
        Some(Dialog::Info(d)) => d.handle(&action, &t, screen_area(app.size), look),
        Some(Dialog::Search(s)) => s.handle(&action),
        Some(Dialog::Filter(f)) => f.handle(&action, &t),
        Some(Dialog::Picker(p)) => p.handle(&action),
        Some(Dialog::Export(x)) => x.handle(&action, &app.list),
        None => Outcome::Stay,
    };
    match outcome {
        Outcome::Stay => {}
        Outcome::Close => app.dialog = None,
        Outcome::Search(query) => {
            app.dialog = None;
            search(app, query);
        }
        Outcome::Filter(filter) => {
            app.dialog = None;
            apply_filter(app, *filter);
        }
        Outcome::Pick(entity) => {
            app.dialog = None;
            push_history(app);
            let spec = FilterSpec {
                entities: vec![t.entities[entity].id.clone()],
                ..FilterSpec::default()
            };
            if let Ok(filter) = Filter::parse(&spec, &t) {
                apply_filter(app, filter);
            }
        }
        Outcome::Follow(to) => {
            app.dialog = None;
            follow_link(app, to);
        }
        Outcome::Export(request) => return vec![Effect::Export(request)],
    }
    Vec::new()
}

fn search(app: &mut App, query: Option<(String, bool)>) {
    let t = app.timeline.clone();
    app.list.set_search(&t, query);
    let Some(s) = &app.list.search else { return };
    app.status = Some(Notice::Matches(s.rows.len(), s.text.len()));
    if let Some(target) = s.first(app.list.cursor) {
        go_to_hit(app, target);
    }
}

/// Shows a search hit: its event, or the place in an article's text.
fn go_to_hit(app: &mut App, target: Target) {
    let t = app.timeline.clone();
    match target {
        Target::Row(row) => {
            if let Some(e) = app.list.event_at(row) {
                goto_event(app, e);
            }
            if let Some(s) = &mut app.list.search {
                s.on_text = None;
            }
        }
        Target::Text(i) => {
            let Some(hit) = app
                .list
                .search
                .as_ref()
                .and_then(|s| s.text.get(i))
                .cloned()
            else {
                return;
            };
            push_history(app);
            let p = Passage {
                article: hit.article,
                range: hit.range,
            };
            app.article.show(&t, app.list.event(), p);
            app.focus = Pane::Article;
            if let Some(s) = &mut app.list.search {
                s.on_text = Some(i);
            }
        }
    }
}

fn apply_filter(app: &mut App, filter: Filter) {
    let t = app.timeline.clone();
    app.list.set_filter(&t, filter);
    app.status = Some(Notice::Shown(app.list.events().count()));
    select_changed(app);
}

/// An action with no dialog open.
fn pane(app: &mut App, action: Action) -> Vec<Effect> {
    let t = app.timeline.clone();
    let event = app.event();
    match action {
        Action::Suspend => return vec![Effect::Suspend],
        Action::Help => app.dialog = Some(Dialog::Help(HelpDialog::default())),
        Action::Cancel => cancel(app),
        Action::NextPane => cycle_pane(app, 1),
        Action::PrevPane => cycle_pane(app, Pane::ALL.len() - 1),
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::PageUp => step(app, -(app.page(app.focus) as isize)),
        Action::PageDown => step(app, app.page(app.focus) as isize),
        Action::Top => step(app, isize::MIN / 2),
        Action::Bottom => step(app, isize::MAX / 2),
        Action::Follow => follow(app),
        Action::NextArticle | Action::PrevArticle => {
            let forward = matches!(action, Action::NextArticle);
            if let Some(e) = event {
                push_history(app);
                if !app.article.step_article(&t, e, forward) {
                    app.status = Some(Notice::OneArticle);
                }
            }
        }
        Action::NextPassage | Action::PrevPassage => {
            let forward = matches!(action, Action::NextPassage);
            if let Some(e) = event
                && !app.article.step_passage(&t, e, forward)
            {
                app.status = Some(Notice::OnePassage);
            }
        }
        Action::OutletOnly => app.article.toggle_outlet(&t, event),
        Action::NextCited | Action::PrevCited => {
            let moved = app
                .article
                .step_cited(&t, event, matches!(action, Action::NextCited));
            if !moved {
                app.status = Some(Notice::EndOfArticle);
            }
        }
        Action::Back => travel(app, false),
        Action::Forward => travel(app, true),
        Action::Accept | Action::Reject => return decide(app, matches!(action, Action::Accept)),
        Action::UndoDecision => match app.undo.pop() {
            Some(u) => return vec![Effect::Undo(u)],
            None => app.status = Some(Notice::NothingToUndo),
        },
        Action::Copy => {
            let citation = app.article.cited(&t, event).and_then(|(of, i)| match of {
                Cited::Event(e) => Citation::new(&t, e, i),
                Cited::Claim(c) => Citation::of_claim(&t, c, i),
            });
            if let Some(c) = citation {
                app.status = Some(Notice::Copied(c.line(app.lang)));
                return vec![Effect::Copy(c.text(app.lang))];
            }
        }
        Action::Info => {
            let subject = match app.focus {
                Pane::Timeline => event.map(Subject::Event),
                Pane::Article => app
                    .article
                    .shown(&t, event)
                    .map(|p| Subject::Article(p.article)),
                Pane::Claims => app.claims.selected().map(Subject::Claim),
            };
            if let Some(s) = subject {
                app.dialog = Some(Dialog::Info(InfoDialog::new(s)));
            }
        }
        Action::Entities => match event.and_then(|e| Picker::new(&t, e)) {
            Some(p) => app.dialog = Some(Dialog::Picker(p)),
            None => app.status = Some(Notice::NoEntities),
        },
        Action::Search => {
            let current = app.list.search.as_ref().map(|s| (s.query.as_str(), s.word));
            app.dialog = Some(Dialog::Search(SearchDialog::new(current)));
        }
        Action::NextHit | Action::PrevHit => jump_hit(app, matches!(action, Action::NextHit)),
        Action::Filter => {
            app.dialog = Some(Dialog::Filter(FilterDialog::new(&app.list.filter.spec)))
        }
        Action::ClearFilter => {
            app.list.set_search(&t, None);
            app.list.set_filter(&t, Filter::default());
            app.status = Some(Notice::FilterCleared);
        }
        Action::Mark => app.list.toggle_mark(),
        Action::MarkRange => match app.list.mark_range() {
            RangeStep::Started => app.status = Some(Notice::RangeStarted),
            RangeStep::Marked(n) => app.status = Some(Notice::RangeMarked(n)),
            RangeStep::NoEvent => {}
        },
        Action::ClearMarks => {
            app.list.marks.clear();
            app.status = Some(Notice::MarksCleared);
        }
        Action::Export => app.dialog = Some(Dialog::Export(ExportDialog::new(&app.list))),
        Action::Language => app.lang = app.lang.toggled(),
        Action::LogScale => app.claims.log = !app.claims.log,
        Action::ClaimScope => app.claims.toggle_scope(),
        Action::SortClaims => app.claims.sort = app.claims.sort.next(),
        Action::Relations => {
            let list = Relation::all_of(&app.claims.comparison);
            let subject = Subject::Relations(std::sync::Arc::new(list));
            app.dialog = Some(Dialog::Info(InfoDialog::new(subject)));
        }
        Action::Click(x, y) => click(app, x, y),
        Action::ScrollUp(x, y) => wheel(app, x, y, -3),
        Action::ScrollDown(x, y) => wheel(app, x, y, 3),
        // Dialog actions and typed text mean nothing with no dialog open.
        _ => {}
    }
    Vec::new()
}

/// `A`/`X`: a decision on the selected draft, for the loop to write.
fn decide(app: &mut App, accept: bool) -> Vec<Effect> {
    let t = app.timeline.clone();
    let id = match app.focus {
        Pane::Claims => app
            .claims
            .selected()
            .filter(|&c| t.claims[c].draft.is_some())
            .map(|c| t.claims[c].id.clone()),
        _ => app
            .event()
            .filter(|&e| t.events[e].has_draft())
            .map(|e| t.events[e].id.clone()),
    };
    let Some(id) = id else {
        app.status = Some(Notice::NotADraft);
        return Vec::new();
    };
    let Some(dir) = app.corpus_dir.clone() else {
        app.status = Some(Notice::NoCorpusFolder);
        return Vec::new();
    };
    let decision = if accept {
        Decision::Accept(id)
    } else {
        Decision::Reject(id)
    };
    vec![Effect::Decide { dir, decision }]
}

/// The loop wrote a decision (or its undo): show the corpus as it is now.
fn decided(app: &mut App, report: DecisionReport) {
    match report {
        DecisionReport::Done {
            timeline,
            undo,
            notice,
        } => {
            app.replace_timeline(timeline);
            app.undo.extend(undo);
            app.status = Some(notice);
        }
        DecisionReport::Failed(why) => app.status = Some(Notice::DecisionFailed(why)),
    }
}

/// Esc: give up a pending range, or leave a cited passage for the event's own.
fn cancel(app: &mut App) {
    if app.list.anchor.take().is_some() {
        app.status = Some(Notice::RangeCancelled);
    } else if app.article.passage.is_some() {
        app.article.passage = None;
        app.article.scroll = None;
    }
}

fn cycle_pane(app: &mut App, by: usize) {
    let i = Pane::ALL.iter().position(|p| *p == app.focus).unwrap_or(0);
    app.focus = Pane::ALL[(i + by) % Pane::ALL.len()];
}

/// Moves within the focused pane.
fn step(app: &mut App, by: isize) {
    match app.focus {
        Pane::Timeline => {
            if app.list.step(by) {
                select_changed(app);
            }
        }
        Pane::Article => {
            let t = app.timeline.clone();
            let body = app.article_body();
            app.article
                .scroll_by(&t, app.list.event(), by, body, app.bidi);
        }
        Pane::Claims => app.claims.step(by),
    }
}

/// A new event is selected: show its first passage and its first figure.
fn select_changed(app: &mut App) {
    let t = app.timeline.clone();
    app.article.reset(&t, app.list.event());
    app.claims.cursor = 0;
}

fn push_history(app: &mut App) {
    if let Some(here) = app.location() {
        app.history.push(here);
    }
}

/// Goes to an event, remembering where the user was.
fn goto_event(app: &mut App, e: usize) {
    push_history(app);
    select_event(app, e);
}

/// Selects an event, clearing the filter and search if they hide it.
fn select_event(app: &mut App, e: usize) {
    if app.event() == Some(e) {
        return;
    }
    if !app.list.select(e) {
        let t = app.timeline.clone();
        app.list.set_search(&t, None);
        app.list.set_filter(&t, Filter::default());
        app.list.select(e);
        app.status = Some(Notice::FilterClearedToShow);
    }
    select_changed(app);
}

fn travel(app: &mut App, forward: bool) {
    let target = if forward {
        app.history.forward()
    } else {
        let here = app.location();
        app.history.back(here)
    };
    match target {
        Some(loc) => restore(app, &loc),
        None => {
            app.status = Some(if forward {
                Notice::NoLater
            } else {
                Notice::NoEarlier
            })
        }
    }
}

fn restore(app: &mut App, loc: &Location) {
    select_event(app, loc.event);
    app.article.source = loc.source;
    app.article.passage = loc.passage.clone();
    app.article.scroll = None;
    app.focus = loc.focus;
}

fn follow(app: &mut App) {
    let t = app.timeline.clone();
    match app.focus {
        Pane::Timeline => {
            if app.event().is_some() {
                push_history(app);
                app.focus = Pane::Article;
                app.article.scroll = None;
            }
        }
        Pane::Article => {
            let Some(p) = app.article.shown(&t, app.event()) else {
                return;
            };
            let events = t.events_at(p.article, p.range.start);
            let current = app.event();
            // Prefer an event other than the one already selected.
            let target = events
                .iter()
                .copied()
                .find(|e| Some(*e) != current)
                .or(events.first().copied());
            match target {
                Some(e) => {
                    goto_event(app, e);
                    app.article.show(&t, Some(e), p);
                    app.focus = Pane::Timeline;
                }
                None => app.status = Some(Notice::NoEventHere),
            }
        }
        Pane::Claims => {
            let Some(c) = app.claims.selected() else {
                app.status = Some(Notice::NoClaim);
                return;
            };
            let Some(s) = t.claims[c].sources.first() else {
                return;
            };
            push_history(app);
            let passage = Passage {
                article: s.article,
                range: s.range.clone(),
            };
            app.article.show(&t, app.event(), passage);
            app.focus = Pane::Article;
        }
    }
}

fn jump_hit(app: &mut App, next: bool) {
    match &app.list.search {
        None => app.status = Some(Notice::NoSearch),
        Some(s) => match s.step(app.list.cursor, next) {
            Some(target) => go_to_hit(app, target),
            None => app.status = Some(Notice::NoHits),
        },
    }
}

fn click(app: &mut App, x: u16, y: u16) {
    let screen = layout::screen(app.size, app.lang, app.focus);
    if let Some(tabs) = screen.tabs
        && tabs.y == y
    {
        let third = (tabs.width / 3).max(1);
        let i = usize::from((x.saturating_sub(tabs.x) / third).min(2));
        let i = if app.look().rtl() { 2 - i } else { i };
        app.focus = Pane::ALL[i];
        return;
    }
    let Some(pane) = screen.pane_at(x, y) else {
        return;
    };
    app.focus = pane;
    let Some(rect) = screen.pane(pane) else {
        return;
    };
    let inner_row = usize::from(y.saturating_sub(rect.y + 1));
    match pane {
        Pane::Timeline => {
            if app.list.click(inner_row) {
                select_changed(app);
            }
        }
        Pane::Claims => app
            .claims
            .click(inner_row, usize::from(rect.height.saturating_sub(2))),
        Pane::Article => {}
    }
}

fn wheel(app: &mut App, x: u16, y: u16, by: isize) {
    let t = app.timeline.clone();
    let screen = layout::screen(app.size, app.lang, app.focus);
    match screen.pane_at(x, y) {
        Some(Pane::Timeline) => {
            let height = layout::inner(app.size, app.lang, app.focus, Pane::Timeline).height;
            if app.list.wheel(by, usize::from(height)) {
                select_changed(app);
            }
        }
        Some(Pane::Article) => {
            let body = app.article_body();
            app.article
                .scroll_by(&t, app.list.event(), by, body, app.bidi);
        }
        Some(Pane::Claims) => app.claims.step(by.signum()),
        None => {}
    }
}
