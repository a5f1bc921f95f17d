//! Claimant and subject on sentences written for these tests.

use crate::corpus::bundled;
use crate::extract::dates::find_dates;
use crate::extract::doc::Doc;
use crate::extract::figures::find_figures;
use crate::extract::gazetteer::Gazetteer;
use crate::extract::parties::Linker;

/// (value, claimant, subjects) of each figure of `text`.
fn parties(text: &str) -> Vec<(u64, String, Vec<Vec<&'static str>>)> {
    let t = bundled::timeline().expect("bundled corpus");
    let g = Gazetteer::from_timeline(&t);
    let d = Doc::new(text);
    let (figures, _) = find_figures(&d, &find_dates(&d));
    let mut l = Linker::new(&g, &d);
    figures
        .iter()
        .map(|f| {
            let p = l.link(&d, f, f.rule == "part of a breakdown");
            let id = |e: usize| g.id(e).to_string();
            (
                f.value,
                p.claimant.map_or("none".into(), id),
                p.subjects
                    .iter()
                    .map(|s| s.iter().map(|x| x.as_str()).collect())
                    .collect(),
            )
        })
        .collect()
}

fn one(text: &str) -> (String, Vec<Vec<&'static str>>) {
    let v = parties(text);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    (v[0].1.clone(), v[0].2.clone())
}

fn ids(v: &[&[&'static str]]) -> Vec<Vec<&'static str>> {
    v.iter().map(|s| s.to_vec()).collect()
}

#[test]
fn the_entity_after_or_before_a_verb_of_saying_claims_it() {
    assert_eq!(
        one("أعلنت وزارة الدفاع الأذربيجانية مقتل 15 جنديا في القصف"),
        ("azerbaijan-mod".into(), ids(&[&["azerbaijan"]]))
    );
    assert_eq!(
        one("وكانت السلطات المحلية في ناغورنو كاراباخ أعلنت مقتل 40 مدنيا"),
        ("nk-authorities".into(), ids(&[&["karabakh"]])),
        "the Karabakh authorities' own losses are the Karabakh side's, not Armenia's"
    );
}

#[test]
fn an_attribution_names_the_claimant() {
    assert_eq!(
        one("قتل 25 مدنيا في الغارة، بحسب مكتب المدعي العام في أذربيجان"),
        ("azerbaijan-prosecutor".into(), ids(&[&["azerbaijan"]]))
    );
}

#[test]
fn a_head_noun_after_the_verb_refers_back() {
    let v = parties("وأكدت وزارة الدفاع الأرمينية الخبر. وقالت الوزارة إن قواتها دمرت 12 دبابة");
    assert_eq!(
        v,
        [(12, "armenia-mod".into(), ids(&[&["azerbaijan"]]))],
        "inflicted: the other side"
    );
}

#[test]
fn the_speaker_of_the_sentence_before_carries_on() {
    let v = parties("قال الرئيس الروسي فلاديمير بوتين إن الحرب مأساة. وأضاف أن نحو 300 شخص قتلوا");
    assert_eq!(
        v,
        [(
            300,
            "putin".into(),
            ids(&[&["armenia", "azerbaijan", "karabakh"]])
        )],
        "a claimant on no side: every side"
    );
}

#[test]
fn both_sides_together_or_each() {
    assert_eq!(
        one("قال بوتين إن عدد القتلى من الطرفين يقترب من 3 آلاف").1,
        ids(&[&["armenia", "azerbaijan", "karabakh"]])
    );
    assert_eq!(
        one("وقال بوتين إن هناك أكثر من ألف قتيل لدى كل طرف").1,
        ids(&[&["armenia", "karabakh"], &["azerbaijan"]]),
        "each camp: the Armenian side and Azerbaijan"
    );
}

#[test]
fn a_demonym_or_a_side_after_the_noun_says_whose() {
    assert_eq!(
        one("وأعلنت وزارة الدفاع الأرمينية مقتل 90 عسكريا أذربيجانيا").1,
        ids(&[&["azerbaijan"]])
    );
    assert_eq!(
        one("وأعلن عسكريو إقليم قره باغ إسقاط مروحية تابعة لجيش أذربيجان").1,
        ids(&[&["azerbaijan"]])
    );
}

#[test]
fn no_attribution_is_the_outlet_s_own_tally() {
    assert_eq!(
        one("واستمرت المعارك وقتل المئات في الأيام الأخيرة"),
        (
            "media-reports".into(),
            ids(&[&["armenia", "azerbaijan", "karabakh"]])
        )
    );
}

#[test]
fn the_people_of_a_place_and_separatists_are_the_karabakh_side() {
    assert_eq!(
        one("وقالت وزارة الدفاع الأذربيجانية إن قواتها قتلت 150 من انفصاليي قره باغ").1,
        ids(&[&["karabakh"]])
    );
    assert_eq!(
        one("وأعلنت وزارة الدفاع الأذربيجانية مقتل 40 من الانفصاليين").1,
        ids(&[&["karabakh"]]),
        "the noun says whose losses, whatever the verb"
    );
}

#[test]
fn an_enemy_named_once_carries_on_through_the_claimant_s_list() {
    let v = parties(
        "وأكدت وزارة الدفاع الأذربيجانية إن قواتها قتلت 400 من انفصاليي قره باغ.\n\
         وقالت الوزارة إن قواتها دمرت 30 دبابة.",
    );
    assert_eq!(
        v,
        [
            (400, "azerbaijan-mod".into(), ids(&[&["karabakh"]])),
            (30, "azerbaijan-mod".into(), ids(&[&["karabakh"]])),
        ]
    );
    // Unnamed, Azerbaijan's enemy is the Armenian side; Armenia's is
    // Azerbaijan.
    assert_eq!(
        one("وقالت وزارة الدفاع الأذربيجانية إن قواتها دمرت 12 دبابة").1,
        ids(&[&["armenia", "karabakh"]])
    );
    assert_eq!(
        one("وقالت وزارة الدفاع الأرمينية إنها أسقطت 3 مروحيات").1,
        ids(&[&["azerbaijan"]])
    );
}
