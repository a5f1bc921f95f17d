//! What the UI shows, as rendered cells (ratatui's TestBackend) after
//! replaying keys, for each pane, size and language, on the real corpus.

use insta::assert_snapshot;
use karabakh_timeline::corpus::bundled;
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::screenshot::{render, to_text};
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use std::sync::Arc;

fn screen(size: (u16, u16), keys: &str, lang: Lang) -> Buffer {
    let t = Arc::new(bundled::timeline().expect("bundled corpus"));
    render(t, size, keys, lang, BidiMode::App).expect("keys parse")
}

fn text(size: (u16, u16), keys: &str, lang: Lang) -> String {
    to_text(&screen(size, keys, lang))
}

#[test]
fn default_view_160x45() {
    assert_snapshot!(text((160, 45), "", Lang::En));
}

#[test]
fn arabic_interface_is_mirrored_160x45() {
    assert_snapshot!(text((160, 45), "jjjjj", Lang::Ar));
}

#[test]
fn casualty_comparison_for_putins_remarks() {
    assert_snapshot!(text((160, 45), "/Valdai<Enter>n<Tab><Tab>j", Lang::En));
}

#[test]
fn all_claims_in_arabic() {
    assert_snapshot!(text((160, 45), "<Tab><Tab>a", Lang::Ar));
}

#[test]
fn narrow_80x24_shows_one_pane_and_the_switcher() {
    assert_snapshot!(text((80, 24), "jjjj", Lang::En));
}

#[test]
fn narrow_80x24_article_after_follow() {
    assert_snapshot!(text((80, 24), "jjjj<Enter>]", Lang::En));
}

#[test]
fn medium_120x40_with_claims_focused() {
    assert_snapshot!(text((120, 40), "/Valdai<Enter>n<Tab><Tab>", Lang::En));
}

#[test]
fn help_is_generated_from_the_key_table() {
    assert_snapshot!(text((160, 45), "?", Lang::En));
}

#[test]
fn help_in_arabic() {
    assert_snapshot!(text((160, 45), "?", Lang::Ar));
}

#[test]
fn filter_dialog_with_an_error() {
    assert_snapshot!(text((120, 40), "fnowhere<Enter>", Lang::En));
}

#[test]
fn filtered_by_era_and_searching() {
    assert_snapshot!(text(
        (160, 45),
        "f<Tab><Tab>war-2020<Enter>/بوتين<Enter>",
        Lang::En
    ));
}

#[test]
fn export_dialog() {
    assert_snapshot!(text((120, 40), "mjme", Lang::En));
}

#[test]
fn a_terminal_too_small_gets_a_message() {
    assert_snapshot!(text((30, 8), "", Lang::En));
    assert_snapshot!(text((30, 8), "", Lang::Ar));
}

#[test]
fn the_followed_quote_is_highlighted_without_colour() {
    // NO_COLOR strips colours, not modifiers: the quote must be reversed.
    let buf = screen((160, 45), "/Valdai<Enter>", Lang::En);
    let reversed_in_article = (0..45u16)
        .flat_map(|y| (60..110u16).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let c = &buf[(x, y)];
            c.modifier.contains(Modifier::REVERSED) && !c.symbol().trim().is_empty()
        })
        .count();
    assert!(
        reversed_in_article > 20,
        "only {reversed_in_article} reversed cells"
    );
}

#[test]
fn arabic_in_the_article_is_shaped_and_right_aligned() {
    let out = text((160, 45), "", Lang::En);
    // Presentation forms (joined letters), not raw logical Arabic letters.
    assert!(out.chars().any(|c| ('\u{FE70}'..='\u{FEFC}').contains(&c)));
    assert!(
        !out.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
        "unshaped Arabic on screen"
    );
}
