//! The casualty pane by keys (issues 8 item 7, 9 and 10): like compared
//! with like (one era, one set of sides, one kind of loss), ⚠ only for
//! figures that cannot all be right and ≈ for consistent differences,
//! vague words drawn as ranges, the words as printed, the order key, and
//! every relation of the view in one record.

use crate::util::{app, drawn, goto, press, row, screen};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::tui::dialog::Dialog;
use karabakh_timeline::tui::layout::{self, Pane};
use ratatui::style::Color;

/// The casualty pane's inner area as text lines.
fn pane_lines(a: &karabakh_timeline::tui::app::App) -> Vec<String> {
    let buf = karabakh_timeline::tui::screenshot::draw(a, a.size);
    let r = layout::screen(a.size, a.lang, a.focus)
        .pane(Pane::Claims)
        .expect("pane");
    (r.y + 1..r.bottom() - 1)
        .map(|y| {
            (r.x + 1..r.right() - 1)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn a_consistent_difference_is_not_a_conflict() {
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "/874<Enter><Tab><Tab>");
    let lines = pane_lines(&a);
    let civilians: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains(">30") || l.contains(" 37 "))
        .collect();
    assert_eq!(civilians.len(), 2, "{lines:#?}");
    assert!(
        civilians.iter().all(|l| l.starts_with('≈')),
        "{civilians:?}"
    );
    assert!(
        !lines
            .iter()
            .any(|l| l.starts_with('⚠') && !l.contains("cannot all be right"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Figures from Karabakh Armenians only"))
    );
    let s = screen(&a);
    assert!(
        s.contains("≈ differ but can") && s.contains("all be true"),
        "the legend, wrapped:\n{s}"
    );
    assert!(s.contains("In view: ⚠ 0 · ≈ 1"));
}

#[test]
fn vague_words_are_ranges_never_exact_bars() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "reports-dozens-killed-2020-10-01");
    press(&mut a, "<Tab><Tab>");
    let buf = karabakh_timeline::tui::screenshot::draw(&a, a.size);
    let r = layout::screen(a.size, a.lang, a.focus)
        .pane(Pane::Claims)
        .expect("pane");
    let tens = (r.y..r.bottom())
        .find(|&y| {
            (r.x..r.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .contains("~10–99")
        })
        .expect("the tens row");
    let cells: Vec<&str> = (r.x..r.right()).map(|x| buf[(x, tens)].symbol()).collect();
    assert!(cells.contains(&"░"), "a range: {}", cells.concat());
    let solid =
        (r.x..r.right()).any(|x| buf[(x, tens)].symbol() == "█" && buf[(x, tens)].fg == Color::Red);
    assert!(!solid, "no exact bar for «العشرات»");
    // The selected figure's words, as printed.
    assert!(
        screen(&a).contains(&format!("Printed as «{}»", drawn("العشرات").trim())),
        "{}",
        screen(&a)
    );
}

#[test]
fn s_orders_the_figures_and_keeps_the_selection() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, "<Tab><Tab>jj");
    let before = a.claims.selected();
    press(&mut a, "s");
    assert!(
        row(&a, 1).contains("Figures · this event · by figure"),
        "{}",
        row(&a, 1)
    );
    assert_eq!(
        a.claims.selected(),
        before,
        "the same figure stays selected"
    );
    press(&mut a, "sss");
    assert!(!screen(&a).contains("· by "), "back to the given order");
}

#[test]
fn c_lists_every_relation_and_enter_opens_its_figure() {
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "<Tab><Tab>ac");
    let Some(Dialog::Info(_)) = &a.dialog else {
        panic!("a record is open")
    };
    let s = screen(&a);
    assert!(
        s.contains("Conflicts and consistent differences in view"),
        "{s}"
    );
    assert!(s.contains("▸ ⚠"), "{s}");
    assert!(s.contains("▸ ≈"));
    press(&mut a, "<Enter>");
    assert!(a.dialog.is_none());
    assert_eq!(a.focus, Pane::Claims);
    assert!(a.claims.selected().is_some());
}

#[test]
fn eras_keep_the_first_war_apart_from_2020() {
    let mut a = app((160, 45), Lang::Ar);
    press(&mut a, "<Tab><Tab>a");
    let lines = pane_lines(&a);
    let eras: Vec<&String> = lines.iter().filter(|l| l.contains('═')).collect();
    assert!(eras.len() >= 2, "{lines:#?}");
}
