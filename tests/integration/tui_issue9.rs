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
    // The first link is the dating words, then the actors: Enter on the
    // first actor shows their events, b returns.
    press(&mut a, "j<Enter>");
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
    press(&mut a, "<Enter>]");
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
    let ev = &a.timeline.events[e];
    let s = &ev.sources[ev.dating_source().expect("dated by words")];
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
        row(&a, 0).contains("only Al-Araby Al-Jadeed"),
        "{}",
        row(&a, 0)
    );
    press(&mut a, "]");
    assert!(row(&a, 0).contains("only one article reports this event"));
    press(&mut a, "}");
    assert!(
        row(&a, 1).contains("art-004 · article 1 of 1 · passage 2 of"),
        "{}",
        row(&a, 1)
    );
    // Another event with no passage from that outlet shows them all.
    goto(&mut a, "clashes-2021-11-16");
    assert!(row(&a, 0).contains("no passage from Al-Araby Al-Jadeed"));
    press(&mut a, "<Tab>o");
    assert!(!row(&a, 0).contains("Al-Araby"));
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

#[test]
fn y_copies_the_followed_passage_with_its_citation() {
    use karabakh_timeline::tui::effect::Effect;
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    let effects = press(&mut a, "<Enter>y");
    let [Effect::Copy(text)] = &effects[..] else {
        panic!("y asks for a copy: {effects:?}")
    };
    let (quote, line) = text.split_once('\n').expect("quote, then the citation");
    let art = &a.timeline.articles[4];
    assert!(
        art.text.contains(quote),
        "the quote is the article's own bytes"
    );
    assert!(
        !quote
            .chars()
            .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "logical, unshaped"
    );
    assert!(
        line.starts_with(
            "— Al-Araby Al-Jadeed, 23 Oct 2020, 004_d9e06ef87a3c0df4.txt, paragraph 21"
        ),
        "{line}"
    );
    assert!(
        row(&a, 0).contains("copied the passage — Al-Araby Al-Jadeed"),
        "{}",
        row(&a, 0)
    );
    // A figure's passage is cited as well.
    let effects = press(&mut a, "<Tab>j<Enter>y");
    assert!(matches!(&effects[..], [Effect::Copy(t)] if t.contains("— ")));
}

#[test]
fn search_reaches_article_text_no_event_cites_and_whole_words() {
    let mut a = app((160, 45), Lang::En);
    // «اليونان» is only in art-003's related links: a text hit.
    press(&mut a, "/اليونان<Enter>");
    assert!(
        row(&a, 0).contains("and 1 hit in article text"),
        "{}",
        row(&a, 0)
    );
    assert_eq!(a.focus, Pane::Article);
    assert!(
        row(&a, 1).contains("a search hit no event cites"),
        "{}",
        row(&a, 1)
    );
    assert!(screen(&a).contains(&drawn("اليونان")));
    // Whole words: «أمس» no longer finds «الخامس».
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "/أمس<Enter>");
    let loose = a.list.hit_position().expect("search").1;
    press(&mut a, "/<Tab><Enter>");
    let (_, strict) = a.list.hit_position().expect("search");
    assert!(strict < loose, "{strict} < {loose}");
    press(&mut a, "/");
    assert!(row(&a, 44).contains("[whole words]"), "{}", row(&a, 44));
}

#[test]
fn text_copied_from_the_screen_finds_its_hits_again() {
    let mut a = app((160, 45), Lang::En);
    // What the screen shows for «قره باغ»: shaped, in visual order.
    let pasted = drawn("قره باغ");
    press(&mut a, &format!("/{pasted}<Enter>"));
    let (_, hits) = a.list.hit_position().expect("search");
    let mut b = app((160, 45), Lang::En);
    press(&mut b, "/قره باغ<Enter>");
    assert_eq!(hits, b.list.hit_position().expect("search").1);
    assert!(hits > 5);
}

#[test]
fn the_dating_passage_comes_first_and_says_so() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    // The article pane opens on art-004's «أمس الخميس», counted from its
    // publication date.
    assert!(
        row(&a, 1).contains("art-004 · article 1 of 3"),
        "{}",
        row(&a, 1)
    );
    let header = row(&a, 3);
    assert!(
        header.contains(&format!("◆ dates this event: «{}»", drawn("أمس الخميس"))),
        "{header}"
    );
    assert!(header.contains("counted from 23 Oct"));
    // The words themselves are drawn apart from the rest of the passage.
    let buf = karabakh_timeline::tui::screenshot::draw(&a, a.size);
    let italic = (0..45u16)
        .flat_map(|y| (0..160u16).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            buf[(x, y)]
                .modifier
                .contains(ratatui::style::Modifier::ITALIC)
        });
    assert!(italic.count() >= 8, "the dating words are marked");
    // Another passage of the event no longer claims to date it.
    press(&mut a, "}");
    assert!(!row(&a, 3).contains("dates this event"));
    // The record names the words and leads to them.
    press(&mut a, "i");
    assert!(screen(&a).contains(&format!(
        "Dated by «{}» in art-004 ¶21",
        drawn("أمس الخميس")
    )));
}
