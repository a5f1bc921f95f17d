//! Events on articles written for these tests.

use crate::corpus::bundled;
use crate::extract::{Gazetteer, Options, extract};
use chrono::NaiveDate;

/// (date start or "undated", kind, first quote) of each drafted event.
fn events(text: &str, published: &str) -> Vec<(String, String, String)> {
    let t = bundled::timeline().expect("bundled corpus");
    let g = Gazetteer::from_timeline(&t);
    let opts = Options {
        file: "test.txt",
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
        gazetteer: &g,
        eras: &t.eras,
    };
    extract(text, &opts)
        .expect("Arabic")
        .events
        .into_iter()
        .map(|e| {
            (
                e.date.map_or("undated".into(), |d| d.start),
                e.kind.as_str().to_string(),
                e.sources[0].quote.clone(),
            )
        })
        .collect()
}

#[test]
fn an_announcement_and_what_it_reports_are_two_events() {
    let v = events(
        "أعلن الكرملين، الخميس، أن بوتين وماكرون بحثا خلال اتصال هاتفي، الأربعاء، الوضع في قره باغ.",
        "2020-10-01",
    );
    assert_eq!(
        v.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
        ["2020-10-01", "2020-09-30"]
    );
    assert_eq!(v[1].1, "diplomacy");
    let v = events(
        "أعلنت وزارة الدفاع الأرمينية، اليوم السبت، مقتل 5 جنود في معارك دارت مساء أمس الجمعة.",
        "2020-11-14",
    );
    assert_eq!(
        v.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
        ["2020-11-14", "2020-11-13"]
    );
}

#[test]
fn a_since_date_starts_an_event_quoted_by_its_own_words() {
    let v = events("وتتواصل المعارك منذ 27 سبتمبر في الإقليم.", "2020-10-05");
    assert!(
        v.contains(&(
            "2020-09-27".into(),
            "fighting".into(),
            "منذ 27 سبتمبر".into()
        )),
        "{v:?}"
    );
}

#[test]
fn undated_clauses_continue_the_speaker_or_are_dated_to_publication() {
    let text = "قال بومبيو الأربعاء إن بلاده تدعم الحل.\nوأضاف أن الحرب يجب أن تنتهي.\n\n\n\n\n\n\nوتبادل الطرفان الاتهامات بخرق الهدنة.";
    let t = bundled::timeline().expect("bundled corpus");
    let g = Gazetteer::from_timeline(&t);
    let opts = Options {
        file: "t.txt",
        published: NaiveDate::from_ymd_opt(2020, 10, 23),
        gazetteer: &g,
        eras: &t.eras,
    };
    let d = extract(text, &opts).expect("Arabic");
    assert_eq!(d.events.len(), 2, "{:?}", d.events);
    assert_eq!(
        d.events[0].sources.len(),
        2,
        "«وأضاف» continues Pompeo's statement"
    );
    assert_eq!(
        d.events[0].date.as_ref().map(|x| x.start.as_str()),
        Some("2020-10-21")
    );
    let late = d.events[1].date.as_ref().expect("dated");
    assert_eq!(
        (late.start.as_str(), late.approximate),
        ("2020-10-23", true)
    );
    assert_eq!(
        d.events[1].draft.rule,
        "an undated clause, dated to the publication day"
    );
}

#[test]
fn the_same_event_reported_twice_is_one_event_with_two_sources() {
    let text = "يلتقي بومبيو في واشنطن اليوم الجمعة وزيري الخارجية.\nوفي سياق آخر، قال غوتيريس إن الوضع خطير.\nويلتقي بومبيو في واشنطن اليوم الجمعة نظيريه.";
    let t = bundled::timeline().expect("bundled corpus");
    let g = Gazetteer::from_timeline(&t);
    let opts = Options {
        file: "t.txt",
        published: NaiveDate::from_ymd_opt(2020, 10, 23),
        gazetteer: &g,
        eras: &t.eras,
    };
    let d = extract(text, &opts).expect("Arabic");
    let pompeo: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.actors.contains(&"pompeo".to_string()))
        .collect();
    assert_eq!(pompeo.len(), 1, "{pompeo:?}");
    assert_eq!(pompeo[0].sources.len(), 2);
    assert_eq!(pompeo[0].era.as_deref(), Some("war-2020"));
}

#[test]
fn without_a_publication_date_relative_dates_are_said_unresolved() {
    let v = events("وأعلنت أذربيجان يوم الخميس أنها صدت هجوما.", "");
    assert_eq!(v[0].0, "undated");
}
