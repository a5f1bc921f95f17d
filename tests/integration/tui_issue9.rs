//! Issue 9 in the TUI, by keys: every record (`i`) in full with its links,
//! the article's provenance in its header, paragraph numbers that match
//! the exports, one outlet's passages (`o`), and the event shown where the
//! casualty pane has room.

use crate::util::{app, drawn, event_id, goto, press, row, screen};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::tui::layout::Pane;

#[test]
fn i_shows_the_event_in_full_and_its_links_lead_on() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, "i");
    let s = screen(&a);
    let ev = &a.timeline.events[a.event().expect("event")];
    assert!(s.contains(&ev.title.en), "{s}");
    assert!(s.contains(&drawn(&ev.title.ar)));
    assert!(s.contains("Date: 22 Oct 2020 · to the day"));
    assert!(s.contains("Basis: a weekday"));
    assert!(s.contains("▸ Vladimir Putin"));
    assert!(s.contains("Related events"));
    assert!(s.contains("Passages (16)"));
    // The first link is the first actor: Enter shows their events, b returns.
    press(&mut a, "<Enter>");
    assert!(a.dialog.is_none());
    assert!(
        row(&a, 0).contains("filter: actor or place: putin"),
        "{}",
        row(&a, 0)
    );
    press(&mut a, "b");
    assert_eq!(event_id(&a), "putin-valdai-2020-10-22");
    // A passage link opens the article at it.
    press(&mut a, "iG<Enter>");
    assert_eq!(a.focus, Pane::Article);
    assert_eq!(event_id(&a), "putin-valdai-2020-10-22");
}

#[test]
fn i_in_the_article_pane_shows_its_record_and_the_header_its_provenance() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, "<Enter>");
    // art-000 prints no date: the header says so and why.
    let header = row(&a, 3);
    assert!(
        header.contains("published c. 22–23 Oct 2020 — no date printed;"),
        "{header}"
    );
    assert!(row(&a, 2).contains("Madarat Alamiya · 000_249e8729ad4eaa54.txt"));
    press(&mut a, "i");
    let s = screen(&a);
    assert!(
        s.contains("Id: art-000 · File: 000_249e8729ad4eaa54.txt"),
        "{s}"
    );
    assert!(s.contains("Published: c. 22–23 Oct 2020"));
    assert!(s.contains("Events it reports"));
    // An article whose outlet is unknown says why.
    press(&mut a, "<Esc>]");
    let line = row(&a, 2);
    assert!(line.contains("unknown outlet ("), "{line}");
}

#[test]
fn paragraph_numbers_in_the_margin_match_the_exports() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    let e = a.event().expect("event");
    let s = &a.timeline.events[e].sources[0];
    let buf = karabakh_timeline::tui::screenshot::draw(&a, a.size);
    let number = format!(" {}", s.paragraph);
    // The row where the quote starts carries its paragraph number.
    let found = (0..45u16).any(|y| {
        let line: String = (0..160u16)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        line.contains(&format!("{number}║"))
            || line.contains(&format!("{number}█"))
            || line.contains(&format!("{number}│"))
    });
    assert!(
        found,
        "paragraph {} in the margin:\n{}",
        s.paragraph,
        screen(&a)
    );
}

#[test]
fn o_keeps_to_one_outlet() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, "<Enter>o");
    assert!(
        row(&a, 0).contains("only Madarat Alamiya"),
        "{}",
        row(&a, 0)
    );
    press(&mut a, "]");
    assert!(row(&a, 0).contains("only one article reports this event"));
    press(&mut a, "}");
    assert!(
        row(&a, 1).contains("art-000 · article 1 of 1 · passage 2 of"),
        "{}",
        row(&a, 1)
    );
    // Another event with no passage from that outlet shows them all.
    goto(&mut a, "clashes-2021-11-16");
    assert!(row(&a, 0).contains("no passage from Madarat Alamiya"));
    press(&mut a, "<Tab>o");
    assert!(!row(&a, 0).contains("Madarat"));
}

#[test]
fn the_casualty_pane_shows_the_event_when_it_has_no_figures() {
    let a = app((160, 45), Lang::En);
    let s = screen(&a);
    assert!(s.contains("No casualty figures for this event"));
    assert!(s.contains("Basis: background knowledge"), "{s}");
}

#[test]
fn i_on_a_figure_shows_its_claimant_date_and_passages() {
    let mut a = app((160, 45), Lang::Ar);
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, "<Tab><Tab>i");
    let s = screen(&a);
    assert!(s.contains(&drawn("صاحب الرقم")), "{s}");
    assert!(s.contains(&drawn("المقاطع")));
    press(&mut a, "G<Enter>");
    assert_eq!(a.focus, Pane::Article);
}
