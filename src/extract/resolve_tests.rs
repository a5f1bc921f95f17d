//! Tests on sentences written for them.

use super::*;
use crate::extract::dates::find_dates;
use crate::extract::doc::Doc;

/// Each date of `text` as (its words, its ISO start[–end]), resolved
/// against `published`.
fn dates(text: &str, published: &str) -> Vec<(String, String)> {
    let doc = Doc::new(text);
    let ctx = Context {
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
        period_start: None,
    };
    find_dates(&doc)
        .iter()
        .map(|m| {
            let words = text[doc.orig_tokens(m.tokens.clone())].to_string();
            let when = match resolve(m, &ctx) {
                Ok(r) => match r.end {
                    Some(e) => format!("{}..{}", r.start.iso(), e.iso()),
                    None => r.start.iso(),
                },
                Err(u) => format!("unresolved: {}", u.0),
            };
            (words, when)
        })
        .collect()
}

fn one(text: &str, published: &str) -> String {
    let v = dates(text, published);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v[0].1.clone()
}

#[test]
fn printed_dates_in_every_month_set_and_digit_script() {
    assert_eq!(
        one("وقع الهجوم في 23 أكتوبر 2020 قرب الحدود", "2020-10-24"),
        "2020-10-23"
    );
    assert_eq!(
        one("وصل الوفد يوم ١٧ نوفمبر ٢٠٢١ إلى باكو", "2021-11-18"),
        "2021-11-17"
    );
    assert_eq!(
        one("اندلعت المعارك في 27 أيلول/سبتمبر 2020", "2020-10-01"),
        "2020-09-27"
    );
    assert_eq!(
        one("بدأت الهدنة في 10 أكتوبر/تشرين الأول الجاري", "2020-10-23"),
        "2020-10-10"
    );
    assert_eq!(
        one("وصلت القافلة في 3 شتنبر 2020 إلى المدينة", "2020-09-05"),
        "2020-09-03"
    );
    assert_eq!(
        one("أعلنت الحكومة في 12 جويلية 2021 حالة الطوارئ", "2021-07-13"),
        "2021-07-12"
    );
    assert_eq!(
        one(
            "جرت الانتخابات في 9 تشرين الثاني (نوفمبر) 2020",
            "2020-11-10"
        ),
        "2020-11-09"
    );
    assert_eq!(
        one("انتشرت القوات منذ نوفمبر 2020 في المنطقة", "2021-11-17"),
        "2020-11"
    );
}

#[test]
fn numeric_dates() {
    assert_eq!(one("الخميس 2020/10/01", "2020-10-01"), "2020-10-01");
    assert_eq!(
        one("نشر في 15/11/2020 على الموقع", "2020-11-15"),
        "2020-11-15"
    );
    assert_eq!(
        one("بتاريخ 09-11-2020 وقع الطرفان", "2020-11-10"),
        "2020-11-09"
    );
    assert_eq!(one("في 2020.10.11 أعلن الجيش", "2020-10-12"), "2020-10-11");
    assert_eq!(one("في ١١/١٠/٢٠٢٠ أعلن الجيش", "2020-10-12"), "2020-10-11");
    assert!(
        dates("في 31/02/2020 أعلن", "2020-03-01").is_empty(),
        "no 31 Feb"
    );
}

#[test]
fn weekdays_are_the_latest_such_day_unless_the_clause_is_about_the_future() {
    // Published Friday 23 Oct 2020.
    let p = "2020-10-23";
    assert_eq!(one("وقال الوزير الخميس إن القصف مستمر", p), "2020-10-22");
    assert_eq!(one("وأعلن الجيش يوم الجمعة سقوط القرية", p), "2020-10-23");
    assert_eq!(one("قصفت المدفعية البلدة صباح الخميس", p), "2020-10-22");
    assert_eq!(one("وصرح مساء أمس الخميس بأن الوضع هادئ", p), "2020-10-22");
    assert_eq!(one("وقعت اشتباكات الأحد قبل الماضي", p), "2020-10-11");
    assert_eq!(one("وقعت اشتباكات الأربعاء الماضي", p), "2020-10-21");
    assert_eq!(
        one("ومن المقرر أن يلتقي الوزيران الاثنين في جنيف", p),
        "2020-10-26"
    );
    assert_eq!(one("سوف يصل الوفد الأحد", p), "2020-10-25");
    assert_eq!(one("ستعقد القمة السبت المقبل", p), "2020-10-24");
    assert_eq!(one("يلتقي الوزير نظيره اليوم الجمعة", p), "2020-10-23");
}

#[test]
fn yesterday_today_last_night_and_dawn() {
    let p = "2021-11-17";
    assert_eq!(one("أعلنت الوزارة أمس أن الهدنة صامدة", p), "2021-11-16");
    assert_eq!(one("وأعلن الجيش اليوم مقتل جنديين", p), "2021-11-17");
    assert_eq!(
        one("تواصل القصف طوال الليلة الماضية", p),
        "2021-11-16..2021-11-17"
    );
    assert_eq!(one("وسقطت قذائف فجر اليوم على البلدة", p), "2021-11-17");
    assert_eq!(one("وقال أول أمس إن المفاوضات فشلت", p), "2021-11-15");
    assert!(dates("يتحدث معهما عدة مرات في اليوم", p).is_empty());
    assert!(dates("وصل الوفد في اليوم التالي", p).is_empty());
}

#[test]
fn since_months_ago_and_periods() {
    let p = "2020-10-01";
    let v = dates("قتل العشرات منذ 27 سبتمبر في المعارك", p);
    assert_eq!(v, [("منذ 27 سبتمبر".to_string(), "2020-09-27".to_string())]);
    assert_eq!(one("وقعت المواجهة قبل يومين", p), "2020-09-29");
    assert_eq!(one("أعلن ذلك قبل ثلاثة أيام", p), "2020-09-28");
    assert_eq!(one("زار الرئيس المنطقة الشهر الماضي", p), "2020-09");
    assert_eq!(one("انتهت حرب العام الماضي بهزيمة", "2021-11-17"), "2020");
    assert_eq!(
        one("تصاعد التوتر الأسبوع الماضي", p),
        "2020-09-21..2020-09-27"
    );
    assert_eq!(
        one("بدأ القتال نهاية سبتمبر الماضي", "2020-10-22"),
        "2020-09-21..2020-09-30"
    );
    assert_eq!(one("يدور الصراع منذ ثلاثة عقود", "2020-10-22"), "1990");
    assert!(
        dates("يشهد أشرس معارك منذ سنوات", "2020-10-22").is_empty(),
        "years: how many?"
    );
    let doc = Doc::new("قتل 2300 منذ تفجر المواجهات الأحد");
    assert!(
        find_dates(&doc)[0].since,
        "«منذ» three words before the date"
    );
}

#[test]
fn day_counts_from_a_known_start() {
    assert_eq!(
        one("تتواصل المعارك لليوم الثامن على التوالي", "2020-10-04"),
        "2020-10-04"
    );
    let doc = Doc::new("تدخل المواجهات يومها الخامس");
    let m = &find_dates(&doc)[0];
    let ctx = Context {
        published: None,
        period_start: NaiveDate::from_ymd_opt(2020, 9, 27),
    };
    assert_eq!(
        resolve(m, &ctx).map(|r| r.start.iso()),
        Ok("2020-10-01".into())
    );
    let ctx = Context {
        published: NaiveDate::from_ymd_opt(2020, 10, 1),
        period_start: None,
    };
    assert_eq!(
        resolve(m, &ctx).map(|r| r.began),
        Ok(NaiveDate::from_ymd_opt(2020, 9, 27))
    );
}

#[test]
fn years_and_decades_alone() {
    assert_eq!(
        one("انتهت الحرب باتفاق وقف إطلاق نار عام 1994", "2020-10-22"),
        "1994"
    );
    assert_eq!(
        one("وتأسست المجموعة سنة 1992 للوساطة", "2020-10-22"),
        "1992"
    );
    assert_eq!(
        one("اندلعت حرب أولى في التسعينات", "2020-10-22"),
        "1990..1999"
    );
    assert_eq!(one("القتال هو الأعنف منذ 1994", "2020-10-22"), "1994");
}

#[test]
fn without_a_publication_date_relative_dates_stay_unresolved() {
    let v = dates("وأعلنت أذربيجان يوم الخميس أنها تقاتل", "");
    assert_eq!(v[0].1, format!("unresolved: {NEEDS_PUBLICATION}"));
    assert_eq!(one("وقعت الحرب عام 1994", ""), "1994");
}

#[test]
fn words_that_only_look_like_dates() {
    let p = "2020-10-22";
    assert!(
        dates("مارس الجيش ضغوطا كبيرة", p).is_empty(),
        "مارس is a verb here"
    );
    assert!(dates("قال أب الضحية إنه حزين", p).is_empty());
    assert!(dates("اتصل بكلا الاثنين", p).is_empty());
}
