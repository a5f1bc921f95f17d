//! The UI driven by keys, as a user drives it: every key goes through the
//! real key table (the parser of `screenshot --keys`, then dispatch), on
//! the bundled corpus, with what the user sees checked on the rendered
//! screen.

use crate::util::{app, event_id, goto, press, row, screen};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::tui::dialog::Dialog;
use karabakh_timeline::tui::effect::Effect;
use karabakh_timeline::tui::layout::Pane;

fn en() -> karabakh_timeline::tui::app::App {
    app((160, 45), Lang::En)
}

#[test]
fn starts_on_the_first_event_under_its_era_heading() {
    let a = en();
    assert_eq!(event_id(&a), "nk-breakaway-1991");
    assert!(row(&a, 2).contains("━ Background · 1988 – 26 Sep 2020"));
    assert!(row(&a, 0).contains("1/40 nk-breakaway-1991"));
    assert_eq!(a.focus, Pane::Timeline);
}

#[test]
fn moving_skips_era_headings_and_stops_at_the_ends() {
    let mut a = en();
    press(&mut a, "k<Up>");
    assert_eq!(event_id(&a), "nk-breakaway-1991");
    goto(&mut a, "ceasefire-1994");
    press(&mut a, "j");
    assert_eq!(
        event_id(&a),
        "war-begins-2020-09-27",
        "the 2020 heading is skipped"
    );
    press(&mut a, "G");
    assert_eq!(event_id(&a), "peskov-statement-2021-11-17");
    press(&mut a, "j<Down><End>");
    assert_eq!(event_id(&a), "peskov-statement-2021-11-17");
    press(&mut a, "g");
    assert_eq!(event_id(&a), "nk-breakaway-1991");
    press(&mut a, "<PgDn>");
    let (at, _) = a.list.position();
    assert!(at > 10, "a page moves many events: {at}");
    press(&mut a, "<PgUp><C-d><C-u><Home>");
    assert_eq!(event_id(&a), "nk-breakaway-1991");
}

#[test]
fn the_selection_stays_visible_while_moving_at_80x24() {
    let mut a = app((80, 24), Lang::En);
    for _ in 0..40 {
        press(&mut a, "j");
        let id = event_id(&a);
        let title = &a.timeline.events[a.event().expect("event")].title.en;
        let shown = screen(&a);
        assert!(
            shown.contains(&title[..12.min(title.len())]),
            "{id} is off screen:\n{shown}"
        );
    }
}

#[test]
fn enter_opens_the_passage_and_the_article_pane_says_which_one() {
    let mut a = en();
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, "<Enter>");
    assert_eq!(a.focus, Pane::Article);
    assert!(
        row(&a, 1).contains("art-004 · article 1 of 3 · passage 1 of"),
        "{}",
        row(&a, 1)
    );
}

#[test]
fn a_passage_in_the_article_leads_back_to_its_event_and_back_returns() {
    let mut a = en();
    goto(&mut a, "washington-talks-2020-10-23");
    press(&mut a, "<Enter>)");
    let p = a.article.shown(&a.timeline, a.event()).expect("passage");
    let cited = a.timeline.events_at(p.article, p.range.start);
    assert!(!cited.is_empty());
    press(&mut a, "<Enter>");
    assert_eq!(a.focus, Pane::Timeline);
    let landed = a.event().expect("event");
    assert!(cited.contains(&landed));
    press(&mut a, "b");
    assert_eq!(event_id(&a), "washington-talks-2020-10-23");
    press(&mut a, "B");
    assert_eq!(a.event(), Some(landed));
    press(&mut a, "<A-Left>");
    assert_eq!(event_id(&a), "washington-talks-2020-10-23");
    press(&mut a, "<A-Right>");
    assert_eq!(a.event(), Some(landed));
}

#[test]
fn back_with_no_history_says_so() {
    let mut a = en();
    press(&mut a, "b");
    assert_eq!(event_id(&a), "nk-breakaway-1991");
    assert!(row(&a, 0).contains("no earlier place"), "{}", row(&a, 0));
    press(&mut a, "B");
    assert!(row(&a, 0).contains("no later place"));
}

#[test]
fn a_figure_opens_its_passage_and_esc_returns_to_the_event() {
    let mut a = en();
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, "<Tab><Tab>j<Enter>");
    assert_eq!(a.focus, Pane::Article);
    let p = a.article.passage.clone().expect("a passage of a figure");
    let text = &a.timeline.articles[p.article].text[p.range.clone()];
    assert!(
        a.timeline
            .claims
            .iter()
            .any(|c| c.sources.iter().any(|s| s.quote == text))
    );
    assert!(row(&a, 1).contains("a passage another event cites"));
    press(&mut a, "<Esc>");
    assert_eq!(
        a.article.passage, None,
        "Esc returns to the event's own passage"
    );
}

#[test]
fn search_folds_arabic_and_n_cycles_the_hits() {
    let mut a = en();
    // «اردوغان» without hamza finds «أردوغان».
    press(&mut a, "/اردوغان<Enter>");
    assert!(a.dialog.is_none());
    assert_eq!(event_id(&a), "erdogan-rouhani-call-2020-10-22");
    // «قرة» with ة finds the «قره باغ» of the articles, in many events.
    press(&mut a, "g/<C-u>قرة<Enter>");
    let (at, hits) = a.list.hit_position().expect("searching");
    assert!(hits >= 10 && at == 1, "{at}/{hits}");
    let first = event_id(&a);
    press(&mut a, "n");
    assert_ne!(event_id(&a), first);
    press(&mut a, "N");
    assert_eq!(event_id(&a), first);
    // The prompt can be edited: `/` starts from the current search.
    press(
        &mut a,
        "/<C-u>xValdai<Home><Del><End><BS>i<Left><Left>z<BS><Enter>",
    );
    assert_eq!(
        a.list.search.as_ref().map(|s| s.query.as_str()),
        Some("Valdai")
    );
    press(&mut a, "/<Esc>");
    assert!(a.dialog.is_none());
}

#[test]
fn filters_apply_and_clear_keeping_the_selection() {
    let mut a = en();
    press(&mut a, "f<Tab><Tab>clashes-2021<Enter>");
    assert!(a.dialog.is_none());
    // The clashes, the truce, each side's losses, Peskov.
    assert_eq!(a.list.events().count(), 5);
    assert_eq!(event_id(&a), "clashes-2021-11-16");
    assert!(row(&a, 1).contains("Timeline · 5 of 40 events"));
    assert!(
        row(&a, 0).contains("filter: era: clashes-2021"),
        "{}",
        row(&a, 0)
    );
    // The form shows the filter again, and the field can be cleared.
    press(&mut a, "f<Tab><Tab><C-u><Enter>");
    assert_eq!(a.list.events().count(), 40);
    press(&mut a, "f<Down><Down>clashes-2021<Enter>F");
    assert_eq!(a.list.events().count(), 40);
    assert_eq!(event_id(&a), "clashes-2021-11-16", "the selection is kept");
}

#[test]
fn marks_single_and_range() {
    let mut a = en();
    press(&mut a, "mjm<Space>");
    assert_eq!(a.list.marks.len(), 1);
    press(&mut a, "M");
    assert!(a.list.marks.is_empty());
    press(&mut a, "vjjjv");
    assert_eq!(a.list.marks.len(), 4);
    assert!(a.list.anchor.is_none());
    press(&mut a, "v<Esc>");
    assert!(a.list.anchor.is_none(), "Esc cancels a range");
    assert!(row(&a, 0).contains("range cancelled"));
}

#[test]
fn panes_cycle_language_toggles_and_quit_is_an_effect() {
    let mut a = en();
    press(&mut a, "<Tab><Tab>");
    assert_eq!(a.focus, Pane::Claims);
    press(&mut a, "<Tab>");
    assert_eq!(a.focus, Pane::Timeline);
    press(&mut a, "<S-Tab>");
    assert_eq!(a.focus, Pane::Claims);
    press(&mut a, "L");
    assert_eq!(a.lang, Lang::Ar);
    press(&mut a, "la");
    assert!(a.claims.log && a.claims.all);
    press(&mut a, "?");
    assert!(matches!(a.dialog, Some(Dialog::Help(_))));
    press(&mut a, "?");
    assert!(a.dialog.is_none());
    assert!(matches!(press(&mut a, "q")[..], [Effect::Quit]));
    assert!(matches!(press(&mut a, "<C-z>")[..], [Effect::Suspend]));
}

#[test]
fn ctrl_c_quits_from_every_dialog() {
    for open in ["?", "/", "f", "x", "e"] {
        let mut a = en();
        press(&mut a, open);
        assert!(a.dialog.is_some(), "{open} opens a dialog");
        assert!(
            matches!(press(&mut a, "<C-c>")[..], [Effect::Quit]),
            "Ctrl-C in the dialog of {open}"
        );
    }
}

#[test]
fn an_actor_leads_to_their_other_events_and_back_returns() {
    let mut a = en();
    goto(&mut a, "erdogan-rouhani-call-2020-10-22");
    press(&mut a, "x");
    let Some(Dialog::Picker(p)) = &a.dialog else {
        panic!("picker not open")
    };
    let erdogan = p
        .items
        .iter()
        .position(|&e| a.timeline.entities[e].id == "erdogan")
        .expect("erdogan listed");
    press(&mut a, &"j".repeat(erdogan));
    press(&mut a, "<Enter>");
    let ent = a
        .timeline
        .entities
        .iter()
        .position(|e| e.id == "erdogan")
        .expect("entity");
    let shown: Vec<usize> = a.list.events().collect();
    assert_eq!(shown, a.timeline.entity_events[ent]);
    assert!(shown.len() >= 2, "Erdogan appears in more than one event");
    press(&mut a, "b");
    assert_eq!(event_id(&a), "erdogan-rouhani-call-2020-10-22");
}
