//! The UI's state machine, driven by actions as a user's keys would drive
//! it, on the bundled corpus. No terminal needed.

use karabakh_timeline::corpus::bundled;
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::action::Action;
use karabakh_timeline::tui::app::{App, Overlay, Pane, Row};
use karabakh_timeline::tui::keys;
use karabakh_timeline::tui::update::update;
use std::sync::Arc;

fn app() -> App {
    let t = bundled::timeline().expect("bundled corpus is valid");
    App::new(Arc::new(t), Lang::En, BidiMode::App, (160, 45))
}

fn id(app: &App) -> String {
    app.event()
        .map(|e| app.timeline.events[e].id.clone())
        .unwrap_or_default()
}

fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        update(app, a.clone());
    }
}

fn goto(app: &mut App, event_id: &str) {
    run(app, &[Action::Top]);
    while id(app) != event_id {
        let before = app.cursor;
        update(app, Action::Down);
        assert_ne!(before, app.cursor, "event {event_id} not reachable");
    }
}

#[test]
fn starts_on_the_first_event_under_its_era_heading() {
    let app = app();
    assert!(matches!(app.rows[0], Row::Era(_)));
    assert_eq!(app.cursor, 1);
    assert_eq!(id(&app), "nk-breakaway-1991");
    assert_eq!(app.focus, Pane::Timeline);
}

#[test]
fn moving_skips_era_headings_and_stops_at_the_ends() {
    let mut a = app();
    run(&mut a, &[Action::Up]);
    assert_eq!(id(&a), "nk-breakaway-1991");
    goto(&mut a, "ceasefire-1994");
    update(&mut a, Action::Down);
    assert_eq!(
        id(&a),
        "war-begins-2020-09-27",
        "the 2020-war heading is skipped"
    );
    update(&mut a, Action::Bottom);
    assert_eq!(id(&a), "peskov-statement-2021-11-17");
    update(&mut a, Action::Down);
    assert_eq!(id(&a), "peskov-statement-2021-11-17");
    update(&mut a, Action::Top);
    assert_eq!(id(&a), "nk-breakaway-1991");
    update(&mut a, Action::PageDown);
    assert!(a.cursor > 10, "a page moves many rows");
}

#[test]
fn the_selection_stays_visible_while_scrolling() {
    let mut a = app();
    a.size = (80, 24);
    for _ in 0..40 {
        update(&mut a, Action::Down);
        let height = 24 - 1 - 1 - 1 - 2; // status, tabs, hints, borders
        assert!(
            a.cursor >= a.timeline_top && a.cursor < a.timeline_top + height,
            "cursor {} top {}",
            a.cursor,
            a.timeline_top
        );
    }
}

#[test]
fn sources_cycle_and_follow_moves_to_the_article() {
    let mut a = app();
    goto(&mut a, "putin-valdai-2020-10-22");
    let n = a.timeline.events[a.event().expect("event")].sources.len();
    assert!(n > 3);
    let first = a.shown_passage().expect("passage");
    update(&mut a, Action::NextSource);
    assert_eq!(a.source, 1);
    assert_ne!(a.shown_passage(), Some(first.clone()));
    update(&mut a, Action::PrevSource);
    update(&mut a, Action::PrevSource);
    assert_eq!(a.source, n - 1, "wraps around backwards");
    update(&mut a, Action::Follow);
    assert_eq!(a.focus, Pane::Article);
}

#[test]
fn the_sources_of_one_event_span_several_articles() {
    let mut a = app();
    goto(&mut a, "putin-valdai-2020-10-22");
    let mut articles = std::collections::BTreeSet::new();
    let n = a.timeline.events[a.event().expect("event")].sources.len();
    for _ in 0..n {
        articles.insert(a.shown_passage().expect("passage").article);
        update(&mut a, Action::NextSource);
    }
    assert_eq!(
        articles.len(),
        3,
        "Putin's Valdai remarks are reported by three articles"
    );
}

#[test]
fn a_passage_in_the_article_leads_back_to_its_event_and_back_returns() {
    let mut a = app();
    goto(&mut a, "washington-talks-2020-10-23");
    run(&mut a, &[Action::Follow, Action::NextPassage]);
    let p = a.shown_passage().expect("passage");
    let events = a.timeline.events_at(p.article, p.range.start);
    assert!(!events.is_empty());
    update(&mut a, Action::Follow);
    assert_eq!(a.focus, Pane::Timeline);
    let landed = a.event().expect("event");
    assert!(events.contains(&landed));
    update(&mut a, Action::Back);
    assert_eq!(id(&a), "washington-talks-2020-10-23");
    update(&mut a, Action::Forward);
    assert_eq!(a.event(), Some(landed));
}

#[test]
fn back_with_no_history_says_so() {
    let mut a = app();
    update(&mut a, Action::Back);
    assert_eq!(id(&a), "nk-breakaway-1991");
    assert!(
        a.status
            .as_deref()
            .is_some_and(|s| s.contains("no earlier"))
    );
}

#[test]
fn a_claim_opens_its_passage() {
    let mut a = app();
    goto(&mut a, "putin-valdai-2020-10-22");
    run(
        &mut a,
        &[
            Action::FocusPane(Pane::Claims),
            Action::Down,
            Action::Follow,
        ],
    );
    assert_eq!(a.focus, Pane::Article);
    let p = a.passage.clone().expect("explicit passage");
    let text = &a.timeline.articles[p.article].text[p.range.clone()];
    assert!(
        a.timeline
            .claims
            .iter()
            .any(|c| c.sources.iter().any(|s| s.quote == text))
    );
    update(&mut a, Action::Escape);
    assert_eq!(a.passage, None, "Esc returns to the event's own source");
}

#[test]
fn search_folds_arabic_and_n_cycles_the_hits() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    // «اردوغان» without hamza finds «أردوغان».
    for c in "اردوغان".chars() {
        update(&mut a, Action::Input(c));
    }
    update(&mut a, Action::Submit);
    assert_eq!(a.overlay, Overlay::None);
    assert!(!a.hits.is_empty());
    let first = id(&a);
    assert!(a.hits.contains(&a.cursor), "jumped to a hit");
    update(&mut a, Action::NextHit);
    if a.hits.len() > 1 {
        assert_ne!(id(&a), first);
    }
    update(&mut a, Action::PrevHit);
    assert_eq!(id(&a), first);
}

#[test]
fn filters_apply_show_errors_and_clear() {
    let mut a = app();
    update(&mut a, Action::OpenFilter);
    run(&mut a, &[Action::NextChoice, Action::NextChoice]);
    for c in "clashes-2021".chars() {
        update(&mut a, Action::Input(c));
    }
    update(&mut a, Action::Submit);
    assert_eq!(a.overlay, Overlay::None);
    let shown: Vec<&Row> = a
        .rows
        .iter()
        .filter(|r| matches!(r, Row::Event(_)))
        .collect();
    // The clashes, the truce, each side's losses, Peskov.
    assert_eq!(shown.len(), 5);
    assert_eq!(id(&a), "clashes-2021-11-16");
    // A bad value keeps the dialog open with the error.
    update(&mut a, Action::OpenFilter);
    for c in "nowhere".chars() {
        update(&mut a, Action::Input(c));
    }
    update(&mut a, Action::Submit);
    match &a.overlay {
        Overlay::Filter(f) => assert!(f.error.as_deref().is_some_and(|e| e.contains("--from"))),
        other => panic!("dialog closed: {other:?}"),
    }
    run(&mut a, &[Action::Escape, Action::ClearFilter]);
    assert_eq!(
        a.rows.iter().filter(|r| matches!(r, Row::Event(_))).count(),
        40
    );
    assert_eq!(id(&a), "clashes-2021-11-16", "the selection is kept");
}

#[test]
fn an_actor_leads_to_their_other_events() {
    let mut a = app();
    goto(&mut a, "erdogan-rouhani-call-2020-10-22");
    update(&mut a, Action::RelatedEntities);
    let Overlay::Entities { items, .. } = a.overlay.clone() else {
        panic!("picker not open")
    };
    let erdogan = items
        .iter()
        .position(|&e| a.timeline.entities[e].id == "erdogan")
        .expect("erdogan listed");
    for _ in 0..erdogan {
        update(&mut a, Action::Down);
    }
    update(&mut a, Action::Submit);
    let events: Vec<usize> = a
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Event(e) => Some(*e),
            _ => None,
        })
        .collect();
    let ent = a
        .timeline
        .entities
        .iter()
        .position(|e| e.id == "erdogan")
        .expect("entity");
    assert_eq!(events, a.timeline.entity_events[ent]);
    assert!(events.len() >= 2, "Erdogan appears in more than one event");
    update(&mut a, Action::Back);
    assert_eq!(id(&a), "erdogan-rouhani-call-2020-10-22");
}

#[test]
fn marks_single_and_range() {
    let mut a = app();
    run(
        &mut a,
        &[
            Action::ToggleMark,
            Action::Down,
            Action::ToggleMark,
            Action::ToggleMark,
        ],
    );
    assert_eq!(a.marks.len(), 1);
    run(
        &mut a,
        &[
            Action::ClearMarks,
            Action::MarkRange,
            Action::Down,
            Action::Down,
            Action::Down,
            Action::MarkRange,
        ],
    );
    assert_eq!(a.marks.len(), 4);
    assert!(a.range_anchor.is_none());
}

#[test]
fn panes_cycle_language_toggles_and_quit() {
    let mut a = app();
    run(&mut a, &[Action::NextPane, Action::NextPane]);
    assert_eq!(a.focus, Pane::Claims);
    update(&mut a, Action::NextPane);
    assert_eq!(a.focus, Pane::Timeline);
    update(&mut a, Action::PrevPane);
    assert_eq!(a.focus, Pane::Claims);
    update(&mut a, Action::ToggleLanguage);
    assert_eq!(a.lang, Lang::Ar);
    run(&mut a, &[Action::ToggleLogScale, Action::ToggleClaimScope]);
    assert!(a.log_scale && a.claims_all);
    update(&mut a, Action::ToggleHelp);
    assert_eq!(a.overlay, Overlay::Help);
    update(&mut a, Action::ToggleHelp);
    update(&mut a, Action::Quit);
    assert!(a.quit);
}

#[test]
fn clicks_focus_panes_and_select_rows() {
    let mut a = app();
    // Row 2 of the timeline pane (y = 1 status + 1 border + 2) is an event.
    update(&mut a, Action::Click(10, 4));
    assert_eq!(a.focus, Pane::Timeline);
    assert_eq!(a.cursor, 2);
    update(&mut a, Action::Click(80, 10));
    assert_eq!(a.focus, Pane::Article);
    update(&mut a, Action::ScrollDown(10, 10));
    assert_eq!(a.timeline_top, 3);
}

#[test]
fn keys_dispatch_through_the_one_table() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let a = app();
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(keys::dispatch(&a, key('j')), Some(Action::Down));
    assert_eq!(
        keys::dispatch(&a, KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)),
        Some(Action::Bottom)
    );
    assert_eq!(
        keys::dispatch(&a, KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        Some(Action::Quit)
    );
    let mut b = app();
    update(&mut b, Action::StartSearch);
    assert_eq!(
        keys::dispatch(&b, key('q')),
        Some(Action::Input('q')),
        "typing in a prompt"
    );
    // Every bound key appears in the help generated from the same table.
    let help: Vec<String> = keys::help(Lang::En)
        .into_iter()
        .flat_map(|(_, rows)| rows.into_iter().map(|(k, _)| k))
        .collect();
    for binding in keys::BINDINGS {
        let label = binding
            .keys
            .iter()
            .map(keys::label)
            .collect::<Vec<_>>()
            .join("/");
        assert!(help.contains(&label), "{label} missing from help");
    }
}
