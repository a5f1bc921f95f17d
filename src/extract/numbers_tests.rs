//! Tests on sentences written for them.

use super::*;

fn nums(text: &str) -> Vec<(u64, Option<u64>, bool, Qualifier)> {
    let d = Doc::new(text);
    find_numbers(&d)
        .into_iter()
        .map(|n| (n.value, n.high, n.vague, n.qualifier))
        .collect()
}

fn one(text: &str) -> (u64, Qualifier) {
    let v = nums(text);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    (v[0].0, v[0].3)
}

use Qualifier::*;

#[test]
fn digits_with_and_without_separators_in_both_scripts() {
    assert_eq!(one("قتلت 2300 من الانفصاليين"), (2300, Exact));
    assert_eq!(one("قتلت 2,300 من الانفصاليين"), (2300, Exact));
    assert_eq!(one("قتلت ٢٣٠٠ من الانفصاليين"), (2300, Exact));
    assert_eq!(one("قتلت ٢٬٣٠٠ من الانفصاليين"), (2300, Exact));
    assert_eq!(one("وصل العدد إلى ١٢٫٥ ألف نازح"), (12_500, Exact));
}

#[test]
fn number_words_and_mixed_forms() {
    assert_eq!(one("سقط خمسة آلاف قتيل"), (5000, Exact));
    assert_eq!(one("قتل ثلاثين مدنيا"), (30, Exact));
    assert_eq!(one("أكثر من ألفي قتيل"), (2000, MoreThan));
    assert_eq!(one("نزح 75 ألف شخص"), (75_000, Exact));
    assert_eq!(one("ما يزيد عن ألفي جندي"), (2000, MoreThan));
    assert_eq!(one("أسفر عن مقتل 30 ألف شخص"), (30_000, Exact));
    assert_eq!(one("فقد خمسة وعشرون جنديا"), (25, Exact));
    assert_eq!(one("أصيب ثلاثة عشر شخصا"), (13, Exact));
    assert_eq!(one("دمر مئتي دبابة"), (200, Exact));
    assert_eq!(one("قرابة ألف وخمسمائة قتيل"), (1500, About));
    assert_eq!(one("أن سبعة جنود قتلوا"), (7, Exact));
    assert_eq!(one("يعيش 2.5 مليون شخص"), (2_500_000, Exact));
}

#[test]
fn vague_plurals_keep_their_lower_bound() {
    assert_eq!(nums("قتل العشرات"), [(10, None, true, AtLeast)]);
    assert_eq!(nums("إصابة المئات"), [(100, None, true, AtLeast)]);
    assert_eq!(nums("سقوط آلاف القتلى"), [(1000, None, true, AtLeast)]);
    assert_eq!(nums("وتشريد مئات الآلاف"), [(100_000, None, true, AtLeast)]);
    assert_eq!(nums("فر عشرات الآلاف"), [(10_000, None, true, AtLeast)]);
}

#[test]
fn hedges_before_the_number() {
    assert_eq!(one("نحو 15 قتيلا").1, About);
    assert_eq!(one("حوالي 15 قتيلا").1, About);
    assert_eq!(one("زهاء 15 قتيلا").1, About);
    assert_eq!(one("قرابة 15 قتيلا").1, About);
    assert_eq!(one("ما يقارب 5000 شخص").1, About);
    assert_eq!(one("يقترب من 5 آلاف قتيل"), (5000, About));
    assert_eq!(one("ما لا يقل عن 12 مدنيا").1, AtLeast);
    assert_eq!(one("أقل من ألف شخص"), (1000, FewerThan));
    assert_eq!(one("ما يصل إلى 300 جريح").1, About);
    assert_eq!(one("بنحو 40 دبابة").1, About);
}

#[test]
fn ranges_share_the_scale_of_their_high_end() {
    assert_eq!(
        nums("نزح ما بين 70 إلى 75 ألف شخص"),
        [(70_000, Some(75_000), false, AtLeast)]
    );
    assert_eq!(
        nums("نزح بين 70 و75 ألفا"),
        [(70_000, Some(75_000), false, AtLeast)]
    );
    assert_eq!(
        nums("قتل من 10 إلى 15 جنديا"),
        [(10, Some(15), false, AtLeast)]
    );
}

#[test]
fn words_that_only_look_like_numbers_are_not_numbers() {
    assert!(nums("قال أحد الجنود").is_empty());
    assert!(nums("منذ الأحد").is_empty());
    assert!(nums("وزارة الدفاع").is_empty());
}

#[test]
fn hedge_after_the_noun() {
    let d = Doc::new("قتل 10 جنود على الأقل");
    assert_eq!(hedge_after(&d, 3), Some((5, AtLeast)));
}

/// The vague words' lower bounds are those of the corpus's one table.
#[test]
fn vague_bounds_follow_the_corpus_table() {
    use crate::corpus::vague::lookup;
    for (words, text) in [
        ("العشرات", "قتل العشرات"),
        ("المئات", "إصابة المئات"),
        ("آلاف", "سقوط آلاف القتلى"),
        ("مئات الآلاف", "وتشريد مئات الآلاف"),
        ("عشرات الآلاف", "فر عشرات الآلاف"),
    ] {
        let low = lookup(words).map(|v| v.low);
        assert_eq!(nums(text).first().map(|n| n.0), low, "{words}");
    }
}
