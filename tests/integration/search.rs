//! Search that finds what is on screen: titles, summaries, the quotes of
//! events and of their claims, whole words on real Arabic, text copied
//! from an app-mode screen, and hits in article text outside any cited
//! passage.

use crate::util::{bin, bundled, corpus, fixture_arg, listed_ids};
use karabakh_timeline::select::{Matcher, text_hits};
use karabakh_timeline::text::{
    BidiMode, LayoutOptions, find_all, find_words, fold, is_presentation_form, layout,
};

/// What a terminal's copy of an app-mode line gives: the drawn glyphs left
/// to right (presentation forms, visual order).
fn copied_from_screen(logical: &str) -> String {
    let opts = LayoutOptions {
        width: 300,
        mode: BidiMode::App,
    };
    let v = &layout(logical, &opts)[0];
    v.glyphs.iter().map(|g| g.text.as_str()).collect()
}

#[test]
fn the_civilian_figure_is_found_by_its_number_and_its_word() {
    // Azerbaijan's civilian toll: «بـ63 شخصًا» is a claim's passage.
    let t = bundled();
    let claim = t
        .claims
        .iter()
        .find(|c| c.sources.iter().any(|s| s.quote.contains("بـ63")))
        .expect("the 63 claim");
    let event = &t.events[claim.event].id;
    for args in [
        &["--search", "63"][..],
        &["--search", "٦٣"],
        &["--search", "63", "--word"],
        &["--search", "مدنيا"],
        &["--search", "مدنيًا", "--word"],
    ] {
        assert!(listed_ids(args).contains(event), "{args:?}");
    }
    // Whole words: 63 is not the end of 1963, nor part of 630.
    assert!(
        find_words("عام 1963 و630", "63").is_empty(),
        "63 only as a word"
    );
}

#[test]
fn claims_quotes_are_searched_not_only_the_events_own_texts() {
    let dir = fixture_arg("quote-citation");
    let t = corpus("quote-citation");
    let ev = &t.events[0];
    assert!(ev.searchable().all(|s| !fold(s).contains(&fold("مدنيين"))));
    let o = bin()
        .args(["--corpus", &dir, "list", "--search", "مدنيين"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&o.stdout).contains("fighting-2020-09-27"));
    let m = Matcher::new("مدنيين", false).expect("a query");
    assert!(m.matches_event(&t, 0));
}

#[test]
fn whole_words_on_the_bundled_articles() {
    let t = bundled();
    let text = |id: &str| &t.articles.iter().find(|a| a.id == id).unwrap().text;
    // «أمس» (yesterday) is in 004's «أمس الخميس», and inside 002's «الخامس».
    let a002 = text("art-002");
    assert!(a002.contains("يومها الخامس"));
    assert!(!find_all(a002, "امس").is_empty());
    assert!(find_words(a002, "امس").is_empty());
    let a004 = text("art-004");
    let hits = find_words(a004, "امس");
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .any(|h| a004[h.start..].starts_with("أمس الخميس"))
    );
    // Proclitics: «وأرمينيا» is a whole word for «أرمينيا», «بـ63» for 63,
    // «بالـ"مأساة"» for «مأساة»; suffixes are not: «قالت» is not «قال».
    assert!(
        find_words(a004, "أرمينيا")
            .iter()
            .any(|h| a004[..h.start].ends_with('و'))
    );
    assert!(!find_words(a004, "مأساة").is_empty());
    let a000 = text("art-000");
    assert!(!find_words(a000, "63").is_empty());
    for a in &t.articles {
        for h in find_words(&a.text, "قال") {
            let after = a.text[h.end..].chars().next();
            assert!(after.is_none_or(|c| !c.is_alphanumeric()), "{}", &a.text[h]);
        }
    }
    // The command line: --word keeps Valdai, drops «the fifth day».
    let all = listed_ids(&["--search", "أمس"]);
    let words = listed_ids(&["--search", "أمس", "--word"]);
    assert!(words.contains(&"putin-valdai-2020-10-22".to_string()));
    assert!(words.len() < all.len(), "{all:?} vs {words:?}");
    assert!(words.iter().all(|w| all.contains(w)));
}

#[test]
fn text_copied_from_the_screen_finds_its_passage() {
    let t = bundled();
    let e = t.event_index("putin-valdai-2020-10-22").unwrap();
    let passage = "أكد الرئيس الروسي فلاديمير بوتين، أمس الخميس";
    let screen = copied_from_screen(passage);
    assert!(screen.chars().any(is_presentation_form));
    assert_ne!(fold(&screen), fold(passage), "visual order, not logical");
    let ids = listed_ids(&["--search", &screen]);
    assert!(ids.contains(&t.events[e].id), "{ids:?}");
    let word = copied_from_screen("أمس");
    assert!(listed_ids(&["--search", &word, "--word"]).contains(&t.events[e].id));
    // Shaped text in logical order (a PDF, a terminal in explicit mode):
    // presentation forms fold back to their letters, lam-alef included.
    let shaped_logical: String = copied_from_screen("لافروف").chars().rev().collect();
    let m = Matcher::new(&shaped_logical, false).expect("a query");
    assert!(
        t.events
            .iter()
            .enumerate()
            .any(|(i, _)| m.matches_event(&t, i))
    );
    // And the hits to highlight are the article's own bytes.
    let a = &t.articles[t.events[e].sources[0].article];
    let m = Matcher::new(&screen, false).expect("a query");
    for h in m.find_in(&a.text) {
        assert_eq!(fold(&a.text[h]), fold(passage));
    }
}

#[test]
fn text_hits_are_the_places_no_cited_passage_covers() {
    let t = bundled();
    let hits = text_hits(&t, "الخميس", false);
    assert!(!hits.is_empty());
    for h in &hits {
        let a = &t.articles[h.article];
        assert_eq!(fold(&a.text[h.range.clone()]), fold("الخميس"));
        assert_eq!(h.line, a.line_of(h.range.start));
        assert_eq!(h.paragraph, a.paragraph_of_line(h.line));
        let inside = t.article_spans[h.article]
            .iter()
            .any(|s| s.range.start <= h.range.start && h.range.end <= s.range.end);
        assert!(!inside, "{}:{}", a.id, h.line);
    }
    // 002's date line «الخميس 2020/10/01» is cited by no event.
    let a002 = t.articles.iter().position(|a| a.id == "art-002").unwrap();
    assert!(hits.iter().any(|h| h.article == a002 && h.line == 4));
    // Every hit of the word is either a text hit or inside a passage.
    for (i, a) in t.articles.iter().enumerate() {
        let all = find_all(&a.text, "الخميس");
        let outside = hits.iter().filter(|h| h.article == i).count();
        let inside = all
            .iter()
            .filter(|r| {
                t.article_spans[i]
                    .iter()
                    .any(|s| s.range.start <= r.start && r.end <= s.range.end)
            })
            .count();
        assert_eq!(outside + inside, all.len(), "{}", a.id);
    }
    // Whole words: «أمس» never lands inside «الخامس».
    for h in text_hits(&t, "أمس", true) {
        let a = &t.articles[h.article];
        assert!(!a.text[..h.range.end].ends_with("الخامس"));
    }
    assert!(text_hits(&t, "  ", false).is_empty());
}
