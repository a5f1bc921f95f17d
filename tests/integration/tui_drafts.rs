//! Drafts in the TUI (issue 12), by keys: a drafted event or figure is
//! marked (✎, italic: both survive NO_COLOR), `A` accepts and `X` rejects
//! it — written to the corpus folder atomically — and `u` takes the
//! decision back; the record (`i`) shows the rule and the confidence.

use crate::intake_drafts::{HEADLINE_EVENT, corpus_with_drafts};
use crate::util::{event_id, goto, press, row, screen};
use karabakh_timeline::corpus::{DirSource, load};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::app::App;
use ratatui::style::Modifier;
use std::path::Path;
use std::sync::Arc;

fn app_on(dir: &Path) -> App {
    let t = load(&DirSource(dir.to_path_buf())).expect("the corpus loads");
    let mut a = App::new(Arc::new(t), Lang::En, BidiMode::App, (160, 45));
    a.corpus_dir = Some(dir.to_path_buf());
    a
}

fn annotations(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("annotations.json")).expect("annotations.json")
}

#[test]
fn a_draft_is_marked_accepted_and_the_decision_undone() {
    let (_tmp, dir) = corpus_with_drafts();
    let mut a = app_on(&dir);
    goto(&mut a, HEADLINE_EVENT);
    // Marked: ✎ and italics on its row.
    let y = (0..45)
        .find(|&y| row(&a, y).contains('✎') && row(&a, y).contains("Oct 2020"))
        .expect("a marked row");
    let buf = karabakh_timeline::tui::screenshot::draw(&a, a.size);
    assert!((0..160u16).any(|x| buf[(x, y as u16)].modifier.contains(Modifier::ITALIC)));
    assert!(
        row(&a, 44).contains("A accept the draft"),
        "{}",
        row(&a, 44)
    );
    // Its record says how it was drafted.
    press(&mut a, "i");
    assert!(
        screen(&a).contains("✎ Draft (A accepts, X rejects):"),
        "{}",
        screen(&a)
    );
    press(&mut a, "<Esc>");
    let before = annotations(&dir);
    press(&mut a, "A");
    assert!(
        row(&a, 0).contains(&format!("accepted {HEADLINE_EVENT}")),
        "{}",
        row(&a, 0)
    );
    assert_eq!(event_id(&a), HEADLINE_EVENT, "the selection is kept");
    let e = a.event().expect("event");
    assert!(a.timeline.events[e].draft.is_none());
    assert_ne!(annotations(&dir), before, "written to the folder");
    // u takes it back, byte for byte.
    press(&mut a, "u");
    assert!(row(&a, 0).contains("the last decision was taken back"));
    assert_eq!(annotations(&dir), before);
    let e = a.event().expect("event");
    assert!(a.timeline.events[e].has_draft());
    press(&mut a, "u");
    assert!(row(&a, 0).contains("no decision to take back"));
}

#[test]
fn a_rejected_draft_leaves_the_corpus() {
    let (_tmp, dir) = corpus_with_drafts();
    let mut a = app_on(&dir);
    let n = a.timeline.events.len();
    goto(&mut a, HEADLINE_EVENT);
    press(&mut a, "X");
    assert_eq!(a.timeline.events.len(), n - 1);
    assert!(a.timeline.event_index(HEADLINE_EVENT).is_none());
    let reloaded = load(&DirSource(dir.clone())).expect("the folder still loads");
    assert!(reloaded.event_index(HEADLINE_EVENT).is_none());
    press(&mut a, "u");
    assert!(a.timeline.event_index(HEADLINE_EVENT).is_some());
}

#[test]
fn the_bundled_corpus_has_no_drafts_to_decide() {
    let mut a = crate::util::app((160, 45), Lang::En);
    press(&mut a, "A");
    assert!(row(&a, 0).contains("this is not a draft"));
    assert!(!screen(&a).contains('✎'));
}
