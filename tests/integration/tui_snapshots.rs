//! What the UI shows, as rendered cells (ratatui's TestBackend) after
//! pressing keys, for each pane, dialog, size and language, on the real
//! corpus. Every snapshot is named.

use crate::util::{app, press, screen};
use insta::assert_snapshot;
use karabakh_timeline::lang::Lang;

fn shot(size: (u16, u16), lang: Lang, keys: &str) -> String {
    let mut a = app(size, lang);
    press(&mut a, keys);
    screen(&a)
}

#[test]
fn views_at_160x45() {
    let en = |k| shot((160, 45), Lang::En, k);
    let ar = |k| shot((160, 45), Lang::Ar, k);
    assert_snapshot!("default_160x45", en(""));
    assert_snapshot!("arabic_mirrored_160x45", ar("jjjjj"));
    assert_snapshot!("valdai_figures_160x45", en("/Valdai<Enter>n<Tab><Tab>j"));
    assert_snapshot!("all_figures_arabic_160x45", ar("<Tab><Tab>a"));
    assert_snapshot!("valdai_second_article_160x45", en("/Valdai<Enter>n]"));
    assert_snapshot!(
        "medium_120x40_figures",
        shot((120, 40), Lang::En, "/Valdai<Enter>n<Tab><Tab>")
    );
}

#[test]
fn dialogs() {
    let en = |k| shot((160, 45), Lang::En, k);
    assert_snapshot!("help_160x45", en("?"));
    assert_snapshot!("help_arabic_160x45", shot((160, 45), Lang::Ar, "?"));
    assert_snapshot!("help_80x24_scrolled", shot((80, 24), Lang::En, "?jjjjj"));
    assert_snapshot!("filter_error_160x45", en("f<Tab><Tab>peace<Enter>"));
    assert_snapshot!(
        "filter_error_arabic_80x24",
        shot((80, 24), Lang::Ar, "f<Tab><Tab>peace<Enter>")
    );
    assert_snapshot!("export_format_chosen", en("e<Tab><Right>"));
    assert_snapshot!("picker_arabic", shot((160, 45), Lang::Ar, "x"));
    assert_snapshot!("search_prompt", en("/قره باغ"));
}

#[test]
fn records_and_provenance() {
    let en = |k| shot((160, 45), Lang::En, k);
    assert_snapshot!("event_record_valdai_160x45", en("/Valdai<Enter>ni"));
    assert_snapshot!(
        "event_record_arabic_80x24",
        shot((80, 24), Lang::Ar, "/Valdai<Enter>ni")
    );
    assert_snapshot!("article_record_art000", en("/Valdai<Enter>n<Enter>]i"));
    assert_snapshot!(
        "figure_record_arabic",
        shot((160, 45), Lang::Ar, "/Valdai<Enter>n<Tab><Tab>i")
    );
    assert_snapshot!("relations_of_all_figures", en("<Tab><Tab>ac"));
    assert_snapshot!(
        "dating_passage_header_80x24",
        shot((80, 24), Lang::En, "/Valdai<Enter>n<Enter>")
    );
    assert_snapshot!(
        "search_text_hit_80x24",
        shot((80, 24), Lang::Ar, "/اليونان<Enter>")
    );
}

#[test]
fn narrow_terminals() {
    assert_snapshot!("narrow_80x24", shot((80, 24), Lang::En, "jjjj"));
    assert_snapshot!(
        "narrow_80x24_article",
        shot((80, 24), Lang::En, "jjjj<Enter>]")
    );
    assert_snapshot!("narrow_80x24_arabic", shot((80, 24), Lang::Ar, "jjjj<Tab>"));
    assert_snapshot!("too_small_30x8", shot((30, 8), Lang::En, ""));
    assert_snapshot!("too_small_arabic_30x8", shot((30, 8), Lang::Ar, ""));
}
