//! The words that date an event or an article (`basis.quote`): resolved by
//! the loader to their place in the article and to the event's source that
//! holds them, refused with one exact line when they are wrong, and pinned
//! on the bundled corpus (the exports: `dating_exports`).

use crate::util::{bin, bundled, corpus, fixture_arg, problems};
use karabakh_timeline::corpus::Timeline;
use karabakh_timeline::corpus::date::BasisKind;

fn event<'t>(t: &'t Timeline, id: &str) -> &'t karabakh_timeline::corpus::Event {
    &t.events[t.event_index(id).expect("the event exists")]
}

// ------------------------------------------------------------------ loader

#[test]
fn the_words_are_found_in_their_article_and_in_the_source_that_holds_them() {
    let t = corpus("dating-words");
    let a = &t.articles[0];
    let ev = event(&t, "statement-2020-10-22");
    let w = ev.date.basis.words.as_ref().expect("dating words");
    assert_eq!((w.article, w.quote.as_str()), (0, "أمس الخميس"));
    assert_eq!(&a.text[w.range.clone()], "أمس الخميس");
    assert_eq!((w.line, w.paragraph), (4, 4));
    // The words are in the second source, not the first.
    assert_eq!(w.source, Some(1));
    assert_eq!(ev.dating_source(), Some(1));
    let s = &ev.sources[1];
    assert!(s.range.start <= w.range.start && w.range.end <= s.range.end);

    let since = event(&t, "war-begins-2020-09-27");
    assert_eq!(since.dating_source(), Some(0));
    assert_eq!(
        since.date.basis.words.as_ref().map(|w| w.quote.as_str()),
        Some("منذ 27 سبتمبر")
    );
    let inferred = event(&t, "fighting-2020-10");
    assert_eq!(inferred.date.basis.words, None);
    assert_eq!(inferred.dating_source(), None);

    let p = a.published.basis.words.as_ref().expect("publication words");
    assert_eq!(&a.text[p.range.clone()], "الجمعة 23 أكتوبر 2020");
    assert_eq!((p.article, p.line, p.source), (0, 3, None));
}

#[test]
fn wrong_dating_words_are_each_one_exact_line() {
    assert_eq!(
        problems("dating-errors"),
        [
            "annotations.json:18:24: the words that date article \"art-1\" must be in its own text, not in article \"art-2\"",
            "annotations.json:49:22: quote \"السبت 24 أكتوبر 2020\" not found in article art-2",
            "annotations.json:106:22: quote \"أمس الأربعاء\" not found in article art-1",
            "annotations.json:139:22: quote \"قره باغ\" occurs 2 times in article art-1; add \"occurrence\" (1–2) to pick one",
            "annotations.json:172:22: quote \"الموقع الإخباري\" is on line 2 of article art-1, which is page furniture, not article text",
            "annotations.json:205:22: the words \"منذ 27 سبتمبر\" that date the event (line 6 of article art-1) are in none of its sources: cite the passage that holds them as one of its sources",
            "annotations.json:236:20: a \"background\" date is general knowledge, not in the articles, so no words carry it: leave out \"quote\", or make \"kind\" printed, relative, since or inferred",
            "annotations.json:269:20: unknown article \"art-9\"",
            // Overlapping the source is not lying inside it.
            "annotations.json:304:22: the words \"أمس الخميس\" that date the event (line 4 of article art-1) are in none of its sources: cite the passage that holds them as one of its sources",
            "annotations.json:337:22: quote \"قره باغ\": occurrence 3 asked for, but it occurs 2 time(s) in article art-1",
        ]
    );
    bin()
        .args(["--corpus", &fixture_arg("dating-errors"), "check"])
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn dating_words_in_a_version_1_file_are_refused() {
    let field = "\"basis.quote\" is a schema_version 2 field, but this file says schema_version 1";
    assert_eq!(
        problems("dating-v1"),
        [
            format!("annotations.json:17:20: {field}"),
            format!("annotations.json:73:20: {field}"),
            format!("annotations.json:110:20: {field}"),
        ]
    );
}

// --------------------------------------------------------- bundled corpus

/// (event, article, words, source index holding them, line of the article).
const BUNDLED: [(&str, &str, &str, usize, usize); 14] = [
    ("putin-valdai-2020-10-22", "art-004", "أمس الخميس", 11, 39),
    (
        "war-begins-2020-09-27",
        "art-001",
        "منذ 27 أيلول/سبتمبر",
        0,
        27,
    ),
    ("putin-macron-call-2020-09-30", "art-002", "الأربعاء", 0, 7),
    ("fighting-fifth-day-2020-10-01", "art-002", "الخميس", 1, 19),
    (
        "tartar-shelling-2020-10-01",
        "art-002",
        "صباح\u{a0}الخميس",
        0,
        11,
    ),
    (
        "humanitarian-truce-2020-10-10",
        "art-004",
        "10 أكتوبر/تشرين الأول الجاري",
        0,
        29,
    ),
    (
        "second-truce-2020-10-17",
        "art-001",
        "في نهاية الأسبوع",
        0,
        41,
    ),
    (
        "pashinyan-no-diplomatic-solution-2020-10-21",
        "art-004",
        "الأربعاء",
        0,
        55,
    ),
    (
        "erdogan-rouhani-call-2020-10-22",
        "art-004",
        "الخميس",
        2,
        53,
    ),
    (
        "azerbaijan-overnight-operations-2020-10-22",
        "art-004",
        "طوال الليلة الماضية",
        1,
        15,
    ),
    (
        "washington-talks-2020-10-23",
        "art-004",
        "اليوم الجمعة",
        0,
        13,
    ),
    ("clashes-2021-11-16", "art-003", "الثلاثاء", 0, 16),
    (
        "peskov-statement-2021-11-17",
        "art-003",
        "اليوم الأربعاء 17 نوفمبر",
        1,
        6,
    ),
    ("minsk-group-founded-1992", "art-004", "عام 1992", 0, 33),
];

#[test]
fn bundled_events_are_dated_by_these_words() {
    let t = bundled();
    for (id, article, words, source, line) in BUNDLED {
        let ev = event(&t, id);
        let w = ev.date.basis.words.as_ref().expect(id);
        let a = &t.articles[w.article];
        assert_eq!(
            (a.id.as_str(), w.quote.as_str(), ev.dating_source(), w.line),
            (article, words, Some(source), line),
            "{id}"
        );
        assert_eq!(&a.text[w.range.clone()], words, "{id}: byte-exact");
        let s = &ev.sources[source];
        assert!(
            s.article == w.article && s.range.start <= w.range.start && w.range.end <= s.range.end,
            "{id}: inside source {source}"
        );
        // The first source that holds the words, none before it.
        assert!(
            ev.sources[..source]
                .iter()
                .all(|s| s.article != w.article || !s.quote.contains(words)),
            "{id}"
        );
    }
    // Issue 9: «أمس الخميس» is source 12 of 16.
    assert_eq!(event(&t, "putin-valdai-2020-10-22").sources.len(), 16);
}

#[test]
fn every_printed_relative_or_since_date_of_the_bundled_corpus_has_its_words() {
    let t = bundled();
    for ev in &t.events {
        let words = ev.date.basis.words.is_some();
        match ev.date.basis.kind {
            BasisKind::Printed | BasisKind::Relative | BasisKind::Since => {
                assert!(words, "{} has no dating words", ev.id)
            }
            BasisKind::Background => assert!(!words, "{}", ev.id),
            BasisKind::Inferred => {}
        }
    }
    let published: Vec<(&str, Option<&str>)> = t
        .articles
        .iter()
        .map(|a| {
            (
                a.id.as_str(),
                a.published.basis.words.as_ref().map(|w| w.quote.as_str()),
            )
        })
        .collect();
    assert_eq!(
        published,
        [
            ("art-000", None),
            ("art-001", None),
            ("art-002", Some("الخميس 2020/10/01")),
            ("art-003", Some("اليوم الأربعاء 17 نوفمبر")),
            ("art-004", Some("23 أكتوبر 2020")),
        ]
    );
    let a4 = &t.articles[4];
    let w = a4
        .published
        .basis
        .words
        .as_ref()
        .expect("art-004's date line");
    assert_eq!((w.line, w.source), (10, None));
}
