//! What a date expression means in days, counted from the publication
//! date: «أمس» is the day before it, «الخميس» the latest Thursday on or
//! before it (the next one when the clause is about the future), «الشهر
//! الماضي» the month before its month, «لليوم الثامن على التوالي» day 8 of
//! a period that began seven days earlier.
//!
//! Every result records its precision (by the form of its dates), whether
//! it is approximate, its basis (printed, relative, since) and how it was
//! worked out; an expression that needs the publication date when there is
//! none is left unresolved, and says so.

use crate::corpus::date::{BasisKind, PartialDate};
use crate::extract::calendar::{Rel, Unit};
use crate::extract::dates::{Expr, Mention};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// What resolution may lean on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    pub published: Option<NaiveDate>,
    /// The start of the period a day count counts from, when the article
    /// names it («منذ 27 سبتمبر») but prints no publication date.
    pub period_start: Option<NaiveDate>,
}

/// A resolved date.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub approximate: bool,
    pub basis: BasisKind,
    /// How it was worked out, in English («the latest Thursday on or
    /// before publication»).
    pub how: String,
    /// For a day count: the day the period began.
    pub began: Option<NaiveDate>,
    pub confidence: f32,
}

/// Why an expression has no date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unresolved(pub String);

const NEEDS_PUBLICATION: &str = "relative to the publication date, which is unknown";

fn day(d: NaiveDate) -> PartialDate {
    PartialDate::from_naive(d)
}

fn month_of(y: i32, m: u32) -> Option<PartialDate> {
    PartialDate::parse(&format!("{y:04}-{m:02}")).ok()
}

fn year_of(y: i32) -> Option<PartialDate> {
    PartialDate::parse(&format!("{y:04}")).ok()
}

fn resolved(start: PartialDate, how: impl Into<String>, confidence: f32) -> Resolved {
    Resolved {
        start,
        end: None,
        approximate: false,
        basis: BasisKind::Relative,
        how: how.into(),
        began: None,
        confidence,
    }
}

/// The latest `wd` on or before `d` (strictly before when `strict`).
pub fn last_weekday(d: NaiveDate, wd: Weekday, strict: bool) -> NaiveDate {
    let back = (7 + d.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    let back = if strict && back == 0 { 7 } else { back };
    d - Days::new(u64::from(back))
}

/// The earliest `wd` on or after `d` (strictly after when `strict`).
pub fn next_weekday(d: NaiveDate, wd: Weekday, strict: bool) -> NaiveDate {
    let ahead = (7 + wd.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    let ahead = if strict && ahead == 0 { 7 } else { ahead };
    d + Days::new(u64::from(ahead))
}

/// Resolves a mention against the context.
pub fn resolve(m: &Mention, ctx: &Context) -> Result<Resolved, Unresolved> {
    let mut r = resolve_expr(&m.expr, m.future, ctx)?;
    if m.since {
        r.basis = BasisKind::Since;
        r.how = format!("start of a period («منذ»): {}", r.how);
    }
    Ok(r)
}

fn need(p: Option<NaiveDate>) -> Result<NaiveDate, Unresolved> {
    p.ok_or_else(|| Unresolved(NEEDS_PUBLICATION.into()))
}

fn resolve_expr(e: &Expr, future: bool, ctx: &Context) -> Result<Resolved, Unresolved> {
    let bad = |what: &str| Unresolved(format!("not a real date: {what}"));
    match *e {
        Expr::Calendar {
            day: d,
            month,
            year,
            rel,
            part,
            weekday,
        } => calendar(d, month, year, rel, part, weekday, future, ctx),
        Expr::Decade(y) => {
            let mut r = resolved(year_of(y).ok_or_else(|| bad("decade"))?, "a decade", 0.7);
            r.end = year_of(y + 9);
            r.approximate = true;
            r.basis = BasisKind::Printed;
            Ok(r)
        }
        Expr::Weekday {
            weekday: wd,
            anchor,
            rel,
            night,
        } => {
            let p = need(ctx.published)?;
            let (d, how, conf) = match (anchor, rel) {
                (Some(k), _) => {
                    let d = p.checked_add_signed(chrono::Duration::days(k)).unwrap_or(p);
                    let word = if k == 0 { "today" } else { "yesterday" };
                    if d.weekday() == wd {
                        (d, format!("{word} ({wd})"), 0.95)
                    } else {
                        (
                            d,
                            format!(
                                "{word}; the text names {wd} but that day is a {}",
                                d.weekday()
                            ),
                            0.5,
                        )
                    }
                }
                (None, Some(Rel::BeforeLast)) => (
                    last_weekday(p, wd, true) - Days::new(7),
                    format!("the {wd} before last"),
                    0.8,
                ),
                (None, Some(Rel::Last)) => (
                    last_weekday(p, wd, true),
                    format!("the last {wd} before publication"),
                    0.85,
                ),
                (None, Some(Rel::Next)) => (
                    next_weekday(p, wd, true),
                    format!("the next {wd} after publication"),
                    0.8,
                ),
                (None, _) if future => (
                    next_weekday(p, wd, false),
                    format!(
                        "the first {wd} on or after publication (the clause is about the future)"
                    ),
                    0.75,
                ),
                (None, _) => (
                    last_weekday(p, wd, false),
                    format!("the latest {wd} on or before publication"),
                    0.85,
                ),
            };
            let mut r = resolved(day(d), how, conf);
            if night {
                r.start = day(d.pred_opt().unwrap_or(d));
                r.end = Some(day(d));
            }
            Ok(r)
        }
        Expr::Day { offset, night } => {
            let p = need(ctx.published)?;
            let d = p
                .checked_add_signed(chrono::Duration::days(offset))
                .unwrap_or(p);
            let how = match offset {
                0 => "the publication day".to_string(),
                -1 => "the day before publication".to_string(),
                k => format!("{k} days from publication"),
            };
            let mut r = resolved(day(d), how, 0.9);
            if night && offset < 0 {
                r.end = Some(day(p));
                r.how = "the night before publication".into();
            }
            Ok(r)
        }
        Expr::Ago { n, unit } => {
            let p = need(ctx.published)?;
            ago(p, n, unit).ok_or_else(|| bad("too far back"))
        }
        Expr::Period { unit, rel } => {
            let p = need(ctx.published)?;
            period(p, unit, rel).ok_or_else(|| bad("period"))
        }
        Expr::Weekend { rel } => {
            let p = need(ctx.published)?;
            let sat = match rel {
                Some(Rel::Next | Rel::This) => next_weekday(p, Weekday::Sat, false),
                _ if future => next_weekday(p, Weekday::Sat, false),
                Some(Rel::Last | Rel::BeforeLast) => last_weekday(p, Weekday::Sat, true),
                None => last_weekday(p, Weekday::Sat, false),
            };
            let mut r = resolved(day(sat), "the weekend (Saturday–Sunday)", 0.55);
            r.end = Some(day(sat + Days::new(1)));
            r.approximate = true;
            Ok(r)
        }
        Expr::DayCount(n) => {
            let back = Days::new(u64::from(n.saturating_sub(1)));
            if let Some(p) = ctx.published {
                let mut r = resolved(
                    day(p),
                    format!("day {n} of a period, counted to the publication day"),
                    0.8,
                );
                r.began = Some(p - back);
                Ok(r)
            } else if let Some(s) = ctx.period_start {
                let mut r = resolved(day(s + back), format!("day {n} counted from {s}"), 0.7);
                r.began = Some(s);
                Ok(r)
            } else {
                Err(Unresolved(
                    "a day count, and neither the publication date nor the start is known".into(),
                ))
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn calendar(
    d: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
    rel: Option<Rel>,
    part: Option<(u32, u32)>,
    weekday: Option<Weekday>,
    future: bool,
    ctx: &Context,
) -> Result<Resolved, Unresolved> {
    let bad = || Unresolved("not a real date".into());
    let Some(m) = month else {
        let y = year.ok_or_else(bad)?;
        let mut r = resolved(year_of(y).ok_or_else(bad)?, "a printed year", 0.9);
        r.basis = BasisKind::Printed;
        return Ok(r);
    };
    let (y, how, conf) = match year {
        Some(y) => (y, "printed", 0.95),
        None => {
            let p = need(ctx.published)?;
            let (after, before) = match d {
                Some(dd) => (
                    (m, dd) > (p.month(), p.day()),
                    (m, dd) < (p.month(), p.day()),
                ),
                None => (m > p.month(), m < p.month()),
            };
            let y = match rel {
                Some(Rel::This) => p.year(),
                Some(Rel::Next) => p.year() + i32::from(!after),
                Some(Rel::Last | Rel::BeforeLast) => p.year() - i32::from(m >= p.month()),
                None if future => p.year() + i32::from(before),
                None => p.year() - i32::from(after),
            };
            (
                y,
                "printed without a year; the year is the publication's",
                0.85,
            )
        }
    };
    let mut r = match d {
        Some(dd) => {
            let date = NaiveDate::from_ymd_opt(y, m, dd).ok_or_else(bad)?;
            let mut r = resolved(day(date), how, conf);
            if let Some(wd) = weekday
                && date.weekday() != wd
            {
                r.how = format!(
                    "{how}; the text names {wd} but that day is a {}",
                    date.weekday()
                );
                r.confidence = 0.5;
            }
            r
        }
        None => resolved(month_of(y, m).ok_or_else(bad)?, how, conf),
    };
    if let Some((a, b)) = part {
        let last = month_of(y, m).ok_or_else(bad)?.last_day();
        let first = NaiveDate::from_ymd_opt(y, m, a).ok_or_else(bad)?;
        let end = NaiveDate::from_ymd_opt(y, m, b.min(last.day())).unwrap_or(last);
        r.start = day(first);
        r.end = Some(day(end));
        r.approximate = true;
        r.how = format!("{how}; part of the month");
    }
    r.basis = BasisKind::Printed;
    Ok(r)
}

fn ago(p: NaiveDate, n: u32, unit: Unit) -> Option<Resolved> {
    let n64 = u64::from(n);
    Some(match unit {
        Unit::Day => resolved(
            day(p.checked_sub_days(Days::new(n64))?),
            format!("{n} days before publication"),
            0.85,
        ),
        Unit::Week => {
            let mut r = resolved(
                day(p.checked_sub_days(Days::new(7 * n64))?),
                format!("{n} weeks before publication"),
                0.6,
            );
            r.approximate = true;
            r
        }
        Unit::Month => {
            let mut r = resolved(
                day(p.checked_sub_months(Months::new(n))?),
                format!("{n} months before publication"),
                0.55,
            );
            r.approximate = true;
            r
        }
        Unit::Year | Unit::Decade => {
            let k = if unit == Unit::Decade { 10 * n } else { n };
            let mut r = resolved(
                year_of(p.year() - k as i32)?,
                format!("{k} years before publication"),
                0.6,
            );
            r.approximate = true;
            r
        }
    })
}

fn period(p: NaiveDate, unit: Unit, rel: Rel) -> Option<Resolved> {
    let shift: i32 = match rel {
        Rel::This => 0,
        Rel::Last => -1,
        Rel::BeforeLast => -2,
        Rel::Next => 1,
    };
    let word = match rel {
        Rel::This => "the current",
        Rel::Last => "the last",
        Rel::BeforeLast => "the one before the last",
        Rel::Next => "the next",
    };
    Some(match unit {
        Unit::Year | Unit::Decade => {
            resolved(year_of(p.year() + shift)?, format!("{word} year"), 0.85)
        }
        Unit::Month => {
            let first = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
            let m = if shift < 0 {
                first.checked_sub_months(Months::new(shift.unsigned_abs()))?
            } else {
                first.checked_add_months(Months::new(shift as u32))?
            };
            resolved(
                month_of(m.year(), m.month())?,
                format!("{word} month"),
                0.85,
            )
        }
        Unit::Week | Unit::Day => {
            // Weeks from Monday; approximate, since papers differ.
            let monday = last_weekday(p, Weekday::Mon, false);
            let start = monday.checked_add_signed(chrono::Duration::days(7 * i64::from(shift)))?;
            let mut r = resolved(day(start), format!("{word} week"), 0.6);
            r.end = Some(day(start + Days::new(6)));
            r.approximate = true;
            r
        }
    })
}

#[cfg(test)]
mod tests {
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
}
