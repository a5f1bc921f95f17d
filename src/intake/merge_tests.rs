//! Merging drafts of articles written for these tests.

use super::*;
use crate::extract::{Gazetteer, Options, extract};

/// Merges the articles, in order, into a new corpus; the outcome of each.
fn merged(articles: &[(&str, &str, &str)]) -> Vec<Outcome> {
    let mut doc = Document::from_bundled();
    let (_, t) = doc
        .check(None, &std::collections::HashMap::new())
        .expect("loads");
    let g = Gazetteer::from_timeline(&t);
    let mut m = Merger::new(&t, &doc);
    articles
        .iter()
        .map(|(file, published, text)| {
            let opts = Options {
                file,
                published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
                gazetteer: &g,
                eras: &t.eras,
            };
            let d = extract(text, &opts).expect("Arabic");
            m.merge(&mut doc, &d)
        })
        .collect()
}

fn intos(o: &Outcome) -> Vec<&str> {
    o.merged_events.iter().map(|m| m.into.as_str()).collect()
}

#[test]
fn a_shared_person_on_the_same_day_is_the_same_event() {
    let v = merged(&[
        (
            "a.txt",
            "2020-10-23",
            "قال بوتين أمس الخميس إن الحل السلمي ممكن.",
        ),
        (
            "b.txt",
            "2020-10-22",
            "أكد الرئيس فلاديمير بوتين اليوم الخميس أن موسكو تدعم الحل السلمي.",
        ),
    ]);
    assert_eq!(v[0].added_events.len(), 1);
    let first = v[0].added_events[0].0.as_str();
    assert_eq!(intos(&v[1]), [first]);
    assert_eq!(v[1].merged_events[0].why, "shares putin");
    // A statement with figures (a casualty report) is the same statement.
    let v = merged(&[
        (
            "a.txt",
            "2020-10-23",
            "قال بوتين أمس الخميس إن الحل السلمي ممكن.",
        ),
        (
            "b.txt",
            "2020-10-23",
            "وقال بوتين أمس الخميس إن نحو 5 آلاف قتيل سقطوا.",
        ),
    ]);
    assert_eq!(v[1].merged_events.len(), 1, "{v:?}");
}

#[test]
fn another_day_kind_or_person_is_another_event() {
    let v = merged(&[
        (
            "a.txt",
            "2020-10-23",
            "قال بوتين أمس الخميس إن الحل السلمي ممكن.",
        ),
        (
            "b.txt",
            "2020-10-23",
            "قال بوتين اليوم الجمعة إن الحل السلمي ممكن.",
        ),
        (
            "c.txt",
            "2020-10-23",
            "قال ماكرون أمس الخميس إن الحل السلمي ممكن.",
        ),
        (
            "d.txt",
            "2020-10-23",
            "التقى بوتين أمس الخميس نظيره في موسكو لإجراء محادثات.",
        ),
    ]);
    for o in &v[1..] {
        assert!(o.merged_events.is_empty(), "{o:?}");
    }
}

#[test]
fn a_place_ties_fighting_dated_precisely_but_not_statements_or_guesses() {
    let v = merged(&[
        (
            "a.txt",
            "2020-10-23",
            "واندلعت اشتباكات عنيفة أمس الخميس في قره باغ.",
        ),
        (
            "b.txt",
            "2020-10-23",
            "وتواصلت المعارك أمس الخميس في قره باغ.",
        ),
        // Undated: put on the publication day, approximately — no tie.
        ("c.txt", "2020-10-22", "وتواصلت المعارك في قره باغ."),
        (
            "d.txt",
            "2020-10-23",
            "قال بوتين أمس الخميس إن الوضع في قره باغ خطير.",
        ),
        (
            "e.txt",
            "2020-10-23",
            "قال ماكرون أمس الخميس إن الوضع في قره باغ خطير.",
        ),
    ]);
    let fighting = v[0].added_events[0].0.as_str();
    assert_eq!(intos(&v[1]), [fighting]);
    assert_eq!(v[1].merged_events[0].why, "in nagorno-karabakh");
    assert!(v[2].merged_events.is_empty(), "{:?}", v[2]);
    assert!(
        v[4].merged_events.is_empty(),
        "two statements in one place: {:?}",
        v[4]
    );
}

#[test]
fn a_drafted_day_joins_a_wider_window_but_a_drafted_year_swallows_no_day() {
    let v = merged(&[
        (
            "a.txt",
            "2020-10-01",
            "وقالت وزارة الدفاع الأرمينية إن المعارك اندلعت يوم الأحد في قره باغ.",
        ),
        // «نهاية سبتمبر» (21–30 Sep) may be the day above.
        (
            "b.txt",
            "2020-10-22",
            "وقالت وزارة الدفاع الأرمينية إن المعارك اندلعت نهاية سبتمبر الماضي في قره باغ.",
        ),
        // «العام الماضي» is a year: no day inside it is its event.
        (
            "c.txt",
            "2021-11-17",
            "وقالت وزارة الدفاع الأرمينية إن المعارك اندلعت العام الماضي في قره باغ.",
        ),
    ]);
    let sunday = v[0].added_events[0].0.as_str();
    assert!(sunday.contains("2020-09-27"), "{sunday}");
    assert_eq!(intos(&v[1]), [sunday]);
    assert!(v[2].merged_events.is_empty(), "{:?}", v[2]);
}

#[test]
fn one_article_s_events_stay_apart_and_figures_join_their_group() {
    let v = merged(&[
        (
            "a.txt",
            "2020-10-23",
            "واندلعت اشتباكات أمس الخميس في قره باغ.\nواندلعت اشتباكات أخرى أمس الخميس في قره باغ أيضا، وقالت وزارة الدفاع الأرمينية إن قواتها دمرت 5 دبابات.",
        ),
        (
            "b.txt",
            "2020-10-23",
            "وقالت وزارة الدفاع الأرمينية أمس الخميس إن قواتها دمرت 7 دبابات.",
        ),
    ]);
    assert!(v[0].merged_events.is_empty(), "{:?}", v[0]);
    let five = &v[0].added_claims[0];
    assert!(five.group.is_empty());
    let seven = &v[1].added_claims[0];
    assert_eq!(
        seven.group,
        std::slice::from_ref(&five.id),
        "same claimant, subject, category, day"
    );
}
