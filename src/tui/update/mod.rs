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

mod drafts;
mod jumps;
mod mouse;

use drafts::{decide, decided};
use jumps::*;
use mouse::{click, wheel};

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
