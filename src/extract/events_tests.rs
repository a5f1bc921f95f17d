//! Events on articles written for these tests.

use crate::corpus::bundled;
use crate::extract::{Gazetteer, Options, extract};
use chrono::NaiveDate;

/// (date start or "undated", kind, first quote) of each drafted event.
fn events(text: &str, published: &str) -> Vec<(String, String, String)> {
    drafted(text, published)
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

/// The drafted events of `text` published on `published`, in full.
fn drafted(text: &str, published: &str) -> Vec<crate::extract::draft::DraftEvent> {
    let t = bundled::timeline().expect("bundled corpus");
    let g = Gazetteer::from_timeline(&t);
    let opts = Options {
        file: "t.txt",
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
        gazetteer: &g,
        eras: &t.eras,
    };
    extract(text, &opts).expect("Arabic").events
}

fn start(e: &crate::extract::draft::DraftEvent) -> &str {
    e.date.as_ref().map_or("undated", |d| d.start.as_str())
}

#[test]
fn a_question_with_no_date_or_figure_is_a_subheading_not_an_event() {
    let v = drafted(
        "قال بوتين الخميس إن الحرب مأساة.\nماذا قال بوتين؟\nهل تنتهي الحرب قبل نهاية الشهر؟",
        "2020-10-23",
    );
    assert_eq!(v.len(), 1, "{v:?}");
    // A question that carries a date is still read.
    let v = drafted("هل التقى بومبيو الوزيرين يوم الجمعة؟", "2020-10-24");
    assert_eq!(v.iter().map(start).collect::<Vec<_>>(), ["2020-10-23"]);
}

#[test]
fn an_undated_clause_sharing_two_people_joins_their_dated_event_however_far() {
    let text = "أجرى بوتين وماكرون اتصالا هاتفيا الأربعاء بحثا فيه الحرب.\n\n\
                وقالت وزارة الخارجية الأمريكية إنها تتابع الوضع.\n\n\
                وتبادل الطرفان الاتهامات.\n\n\
                وأعلنت أذربيجان أنها صدت هجوما.\n\n\
                وأكد بوتين وماكرون في الاتصال ضرورة وقف القتال.";
    let v = drafted(text, "2020-10-01");
    let call = v
        .iter()
        .find(|e| e.actors.contains(&"macron".to_string()))
        .expect("the call");
    assert_eq!(start(call), "2020-09-30");
    assert_eq!(call.sources.len(), 2, "{call:?}");
    assert!(call.sources[1].quote.starts_with("وأكد بوتين وماكرون"));
    // One person in common is not enough: Putin speaks of many things.
    let v = drafted(
        "أجرى بوتين وماكرون اتصالا هاتفيا الأربعاء.\n\n\n\n\n\n\nوقال بوتين إن موسكو مستعدة للوساطة.",
        "2020-10-01",
    );
    assert_eq!(v.len(), 2, "{v:?}");
}

#[test]
fn a_definite_event_word_refers_back_to_the_event_already_reported() {
    let text = "واندلعت اشتباكات الثلاثاء بين أرمينيا وأذربيجان.\n\n\
                وقال بيسكوف إن موسكو قلقة.\n\n\n\n\n\n\n\
                وتتقاذف يريفان وباكو المسؤولية عن الاشتباكات الجديدة.";
    let v = drafted(text, "2021-11-17");
    let clashes = v
        .iter()
        .find(|e| e.kind.as_str() == "fighting")
        .expect("the clashes");
    assert_eq!(start(clashes), "2021-11-16");
    assert_eq!(clashes.sources.len(), 2, "{v:?}");
    // A clause that reports figures is a report of its own.
    let text = "واندلعت اشتباكات الثلاثاء بين أرمينيا وأذربيجان.\n\n\n\n\n\n\n\
                وأعلنت أرمينيا مقتل 15 جنديا أثناء الاشتباكات.";
    let v = drafted(text, "2021-11-17");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(start(&v[1]), "2021-11-17");
}

#[test]
fn a_verb_of_saying_without_a_subject_speaks_for_the_sentence_before() {
    // «وقال الأربعاء إنه …» has a date but no subject: Pompeo's, and the
    // undated «ودعا بومبيو» after it continues his statement.
    let text = "ويلتقي بومبيو نظيريه في واشنطن اليوم الجمعة. وقال الأربعاء إنه سيؤكد لهما ضرورة الحل.\n\n\
                ودعا بومبيو إلى وقف التدخلات الخارجية.";
    let v = drafted(text, "2020-10-23");
    let wednesday = v
        .iter()
        .find(|e| start(e) == "2020-10-21")
        .expect("the statement of Wednesday");
    assert!(wednesday.actors.contains(&"pompeo".to_string()), "{v:?}");
    assert_eq!(wednesday.sources.len(), 2, "{v:?}");
    // The feminine verb after a ministry: «وأضافت أن …» continues it.
    let v = drafted(
        "أعلنت وزارة الدفاع الأرمينية الخميس صد هجوم.\nوأضافت أن المعارك تتواصل.",
        "2020-10-23",
    );
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].sources.len(), 2);
}

#[test]
fn a_call_to_stop_the_fighting_is_not_fighting() {
    let v = drafted(
        "ودعا الرئيسان خلال مكالمة هاتفية الأربعاء إلى وقف تام للقتال في الإقليم.",
        "2020-10-01",
    );
    assert_eq!(v[0].kind.as_str(), "diplomacy", "{v:?}");
    let v = drafted("واندلع القتال مجددا الأربعاء في الإقليم.", "2020-10-01");
    assert_eq!(v[0].kind.as_str(), "fighting");
}

#[test]
fn the_start_of_a_period_is_dated_by_its_words_and_placed_not_peopled() {
    let v = drafted(
        "وقال بوتين إن المعارك في قره باغ منذ 27 سبتمبر أودت بحياة الآلاف.",
        "2020-10-22",
    );
    let since = v
        .iter()
        .find(|e| e.draft.rule.starts_with("the start of a period"))
        .expect("the start of the war");
    assert_eq!(start(since), "2020-09-27");
    assert!(since.actors.is_empty(), "{since:?}");
    assert_eq!(since.places, ["nagorno-karabakh"]);
}

#[test]
fn the_same_start_printed_twice_is_one_event_with_two_sources() {
    let v = drafted(
        "خلال المعارك منذ نهاية سبتمبر الماضي.\nويشهد الصراع منذ نهاية سبتمبر الماضي أشرس معارك.",
        "2020-10-22",
    );
    let starts: Vec<_> = v
        .iter()
        .filter(|e| e.draft.rule.starts_with("the start of a period"))
        .collect();
    assert_eq!(starts.len(), 1, "{v:?}");
    assert_eq!(starts[0].sources.len(), 2);
    assert_eq!(starts[0].sources[1].occurrence, Some(2));
}
