//! Finding the date expressions of an article: printed dates in any
//! regional month set and in numeric forms, years and decades, weekdays,
//! «أمس» / «اليوم» / «الليلة الماضية», «قبل يومين», «الشهر الماضي»,
//! «منذ …», day counts («لليوم الثامن على التوالي»), and whether the clause
//! is about the future. What each one *means* in days is worked out
//! against the publication date in [`crate::extract::resolve`].

use crate::extract::calendar::{
    AMBIGUOUS_MONTHS, DAY_PARTS, DECADES, FUTURE, MONTH_PARTS, MONTHS, ORDINALS, PERIODS, RELS,
    Rel, UNITS, Unit, WEEKDAYS,
};
use crate::extract::doc::{Doc, TokenKind, strip_clitics};
use crate::extract::numbers;
use chrono::{NaiveDate, Weekday};
use std::ops::Range;

/// A date expression as printed, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    /// A calendar date with any part missing («17 نوفمبر», «نوفمبر 2020»,
    /// «عام 1994», «2020/10/01», «10 أكتوبر الجاري», «نهاية سبتمبر
    /// الماضي»), with the weekday printed beside it, if any.
    Calendar {
        day: Option<u32>,
        month: Option<u32>,
        year: Option<i32>,
        /// «الجاري» / «الماضي» / «المقبل» after the month.
        rel: Option<Rel>,
        /// «مطلع» / «منتصف» / «نهاية»: a span of days in the month.
        part: Option<(u32, u32)>,
        weekday: Option<Weekday>,
    },
    /// «في التسعينات»: the decade's first year.
    Decade(i32),
    /// A weekday counted from publication («الخميس», «يوم الجمعة»,
    /// «الأحد قبل الماضي», «أمس الخميس», «اليوم الجمعة»).
    Weekday {
        weekday: Weekday,
        /// Days from publication when «أمس» (-1) or «اليوم» (0) anchors it.
        anchor: Option<i64>,
        rel: Option<Rel>,
        /// «ليلة …»: the night that reaches back into the day before.
        night: bool,
    },
    /// «اليوم» (0), «أمس» (-1), «أول أمس» (-2), «غدا» (1); `night` for
    /// «الليلة الماضية».
    Day { offset: i64, night: bool },
    /// «قبل يومين», «قبل شهر»; with `since`, «منذ ثلاثة عقود».
    Ago { n: u32, unit: Unit },
    /// «الشهر الماضي», «العام الجاري», «الأسبوع المقبل».
    Period { unit: Unit, rel: Rel },
    /// «نهاية الأسبوع» (the weekend), with «الحالي» / «الماضي».
    Weekend { rel: Option<Rel> },
    /// «لليوم الثامن على التوالي», «يومها الخامس»: day N of a period.
    DayCount(u32),
}

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The tokens it was read from («منذ» and the part of the day included).
    pub tokens: Range<usize>,
    pub expr: Expr,
    /// «منذ …»: a period that started then.
    pub since: bool,
    /// The clause is about the future («سوف», «من المقرر», «المقبل»).
    pub future: bool,
}

/// Every date expression of the document, left to right.
pub fn find_dates(doc: &Doc) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let since = strip_clitics(doc.tok(i), |w| w == "منذ").is_some();
        let at = if since { i + 1 } else { i };
        match read_at(doc, at) {
            Some((end, expr)) if !(since && doc.crosses_line(i, at)) => {
                let future = is_future(doc, i, &expr);
                let from = if since { None } else { since_before(doc, i) };
                out.push(Mention {
                    tokens: from.unwrap_or(i)..end,
                    expr,
                    since: since || from.is_some(),
                    future,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// «منذ تفجر المواجهات الأحد», «الأعنف منذ نهاية الحرب بين يريفان وباكو
/// العام الماضي»: «منذ» and up to [`SINCE_REACH`] words naming what began,
/// then the date. Returns the token of «منذ».
fn since_before(doc: &Doc, i: usize) -> Option<usize> {
    (1..=SINCE_REACH + 1).find_map(|back| {
        let k = i.checked_sub(back)?;
        (strip_clitics(doc.tok(k), |w| w == "منذ").is_some()
            && (k + 1..i).all(|g| doc.kind(g) == Some(TokenKind::Word) && !doc.crosses_line(k, g)))
        .then_some(k)
    })
}

/// Reads the longest date expression at token `i`.
fn read_at(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    numeric(doc, i)
        .or_else(|| weekday(doc, i))
        .or_else(|| calendar(doc, i, None))
        .or_else(|| day_count(doc, i))
        .or_else(|| day_word(doc, i))
        .or_else(|| ago(doc, i))
        .or_else(|| period(doc, i))
        .or_else(|| year_alone(doc, i))
        .or_else(|| DECADES.at(doc, i).map(|(e, y)| (e, Expr::Decade(y))))
}

fn number(doc: &Doc, i: usize) -> Option<u32> {
    (doc.kind(i)? == TokenKind::Number)
        .then(|| doc.tok(i).parse().ok())
        .flatten()
}

fn is_year(y: u32) -> bool {
    (1900..=2100).contains(&y)
}

/// «2020/10/01», «15/11/2020», «09-11-2020», «2020.10.11», «11.10.2020».
fn numeric(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    let (parts, end): (Vec<u32>, usize) = if doc.tok(i).matches('.').count() == 2 {
        let p = doc
            .tok(i)
            .split('.')
            .map(|x| x.parse().ok())
            .collect::<Option<_>>()?;
        (p, i + 1)
    } else {
        let sep = doc.tok(i + 1);
        if !matches!(sep, "/" | "-") || doc.tok(i + 3) != sep {
            return None;
        }
        let contiguous = (i..i + 4).all(|k| {
            doc.tokens
                .get(k + 1)
                .zip(doc.tokens.get(k))
                .is_some_and(|(b, a)| a.range.end == b.range.start)
        });
        if !contiguous {
            return None;
        }
        (
            vec![number(doc, i)?, number(doc, i + 2)?, number(doc, i + 4)?],
            i + 5,
        )
    };
    let (y, m, d) = match parts[..] {
        [y, m, d] if is_year(y) => (y, m, d),
        [d, m, y] if is_year(y) => (y, m, d),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y as i32, m, d)?;
    Some((
        end,
        Expr::Calendar {
            day: Some(d),
            month: Some(m),
            year: Some(y as i32),
            rel: None,
            part: None,
            weekday: None,
        },
    ))
}

/// A month name at `i`, with a second name for the same month after `/`
/// or in brackets («أكتوبر/تشرين الأول», «تشرين الأول (أكتوبر)»).
fn month_at(doc: &Doc, i: usize) -> Option<(usize, u32)> {
    let (mut end, m) = MONTHS.at(doc, i)?;
    let open = doc.tok(end);
    if matches!(open, "/" | "(")
        && let Some((e2, m2)) = MONTHS.at(doc, end + 1)
        && m2 == m
    {
        end = e2;
        if open == "(" && doc.tok(end) == ")" {
            end += 1;
        }
    }
    Some((end, m))
}

/// «17 نوفمبر», «10 أكتوبر/تشرين الأول الجاري», «نوفمبر 2020», «نهاية
/// سبتمبر الماضي», «27 أيلول/سبتمبر», «في 17 من شهر أكتوبر عام 2020».
fn calendar(doc: &Doc, i: usize, weekday: Option<Weekday>) -> Option<(usize, Expr)> {
    let (mut j, day) = match number(doc, i) {
        Some(d) if (1..=31).contains(&d) => (i + 1, Some(d)),
        _ => (i, None),
    };
    let (part, j2) = match MONTH_PARTS.at(doc, j) {
        Some((e, p)) if day.is_none() => (Some(p), e),
        _ => (None, j),
    };
    j = j2;
    if day.is_some() && doc.tok(j) == "من" {
        j += 1;
    }
    if doc.tok(j) == "شهر" {
        j += 1;
    }
    let (mut end, month) = month_at(doc, j)?;
    let rel = RELS.at(doc, end).map(|(e, r)| {
        end = e;
        r
    });
    let mut year = None;
    if rel.is_none() {
        let mut k = end;
        if doc.tok(k) == "من" {
            k += 1;
        }
        if matches!(doc.tok(k), "عام" | "العام" | "سنه" | "السنه") {
            k += 1;
        }
        if let Some(y) = number(doc, k).filter(|y| is_year(*y)) {
            year = Some(y as i32);
            end = k + 1;
        }
    }
    if day.is_none() && year.is_none() && rel.is_none() {
        // A month alone must be introduced: «شهر أكتوبر», «نهاية أكتوبر»,
        // «في أكتوبر», «منذ أكتوبر» (never «مارس» alone: also a verb).
        let introduced = j > i;
        let after_preposition = i > 0
            && strip_clitics(doc.tok(i - 1), |w| {
                matches!(w, "منذ" | "في" | "خلال" | "حتي")
            })
            .is_some();
        let ambiguous = AMBIGUOUS_MONTHS.contains(&doc.tok(j));
        if !(introduced || after_preposition && !ambiguous) {
            return None;
        }
    }
    if let (Some(d), Some(y)) = (day, year) {
        NaiveDate::from_ymd_opt(y, month, d)?;
    }
    Some((
        end,
        Expr::Calendar {
            day,
            month: Some(month),
            year,
            rel,
            part,
            weekday,
        },
    ))
}

/// «عام 1994», «سنة 2020», «منذ 1994» (the caller strips «منذ»).
fn year_alone(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    let lead = strip_clitics(doc.tok(i), |w| {
        matches!(w, "عام" | "العام" | "سنه" | "السنه")
    });
    let (k, ok) = if lead.is_some() {
        (i + 1, true)
    } else {
        (i, i > 0 && doc.tok(i - 1) == "منذ")
    };
    let y = number(doc, k).filter(|y| is_year(*y) && ok)?;
    Some((
        k + 1,
        Expr::Calendar {
            day: None,
            month: None,
            year: Some(y as i32),
            rel: None,
            part: None,
            weekday: None,
        },
    ))
}

/// A part of the day before a weekday or a day word («صباح», «مساء»,
/// «ليلة», «يوم»): the token after it and whether it is a night.
fn day_part(doc: &Doc, i: usize) -> (usize, bool) {
    DAY_PARTS
        .at(doc, i)
        .map_or((i, false), |(e, night)| (e, night))
}

/// «الخميس», «يوم الجمعة», «صباح الخميس», «مساء أمس الجمعة», «اليوم
/// الأربعاء 17 نوفمبر», «الأحد قبل الماضي», «الخميس 2020/10/01».
fn weekday(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    let (mut j, night) = day_part(doc, i);
    let anchor = match strip_clitics(doc.tok(j), |w| w == "امس" || w == "اليوم") {
        Some("امس") => {
            j += 1;
            Some(-1)
        }
        Some(_) => {
            j += 1;
            Some(0)
        }
        None => None,
    };
    let (mut end, wd) = WEEKDAYS.at(doc, j)?;
    let both = j > 0 && strip_clitics(doc.tok(j - 1), |w| w == "كلا" || w == "بين").is_some();
    if both && doc.tok(end - 1).ends_with("الاثنين") {
        return None; // «كلا الاثنين»: both, not Monday
    }
    // A printed date right after the weekday: the calendar date wins and
    // the weekday checks it.
    if let Some((e, mut c @ Expr::Calendar { day: Some(_), .. })) =
        numeric(doc, end).or_else(|| calendar(doc, end, None))
    {
        if let Expr::Calendar { weekday, .. } = &mut c {
            *weekday = Some(wd);
        }
        return Some((e, c));
    }
    let rel = RELS.at(doc, end).map(|(e, r)| {
        end = e;
        r
    });
    Some((
        end,
        Expr::Weekday {
            weekday: wd,
            anchor,
            rel,
            night,
        },
    ))
}

/// «اليوم», «أمس», «أول أمس», «غدا», «الليلة الماضية», «فجر اليوم»,
/// «مساء أمس». «في اليوم» after «مرات» (times a day) and «في اليوم
/// التالي» (the day after some other day) are not dates.
fn day_word(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    let (j, night) = day_part(doc, i);
    let w = strip_clitics(doc.tok(j), |w| {
        matches!(w, "اليوم" | "امس" | "غدا" | "الليله")
    })?;
    let next = doc.tok(j + 1);
    let (end, offset, night) = match w {
        "امس" if j > 0 && doc.tok(j - 1) == "اول" => (j + 1, -2, night),
        "امس" => (j + 1, -1, night),
        "غدا" => (j + 1, 1, night),
        "الليله" if matches!(next, "الماضيه" | "المنصرمه") => {
            (j + 2, -1, true)
        }
        "الليله" => (j + 1, 0, true),
        _ => {
            let per_day = j >= 2 && doc.tok(j - 1) == "في" && doc.tok(j - 2).starts_with("مر");
            if per_day || matches!(next, "التالي" | "السابق" | "نفسه" | "ذاته")
            {
                return None;
            }
            (j + 1, 0, night)
        }
    };
    Some((end, Expr::Day { offset, night }))
}

/// «قبل يومين», «قبل ثلاثة أيام», «قبل شهر», «منذ ثلاثة عقود» (the caller
/// strips «منذ» and marks it).
fn ago(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    let since = i > 0 && doc.tok(i - 1) == "منذ";
    let k = if doc.tok(i) == "قبل" {
        i + 1
    } else if since {
        i
    } else {
        return None;
    };
    if let Some((e, (unit, n))) = UNITS.at(doc, k) {
        // «قبل يومين», «قبل شهر» — but «قبل يوم الأحد» is a weekday, and
        // «منذ سنوات» no date at all.
        if n == 0 || WEEKDAYS.at(doc, e).is_some() {
            return None;
        }
        return Some((e, Expr::Ago { n, unit }));
    }
    let (n, after) = count_at(doc, k)?;
    let (e, (unit, _)) = UNITS.at(doc, after)?;
    Some((e, Expr::Ago { n, unit }))
}

/// A small count («ثلاثة», «3», «عشرة») at token `k` and the token after.
fn count_at(doc: &Doc, k: usize) -> Option<(u32, usize)> {
    let n = numbers::number_at(doc, k)?;
    (!n.vague && n.high.is_none() && n.value <= 1000).then_some((n.value as u32, n.core.end))
}

/// «الشهر الماضي», «العام الجاري», «السنة الماضية», «الأسبوع المقبل»,
/// «نهاية الأسبوع (الحالي)».
fn period(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    if strip_clitics(doc.tok(i), |w| w == "نهايه").is_some() && doc.tok(i + 1) == "الاسبوع"
    {
        let rel = RELS.at(doc, i + 2);
        let end = rel.map_or(i + 2, |(e, _)| e);
        return Some((
            end,
            Expr::Weekend {
                rel: rel.map(|r| r.1),
            },
        ));
    }
    let (e, unit) = PERIODS.at(doc, i)?;
    let (end, rel) = RELS.at(doc, e)?;
    Some((end, Expr::Period { unit, rel }))
}

/// «لليوم الثامن على التوالي», «يومها الخامس», «في اليوم العاشر».
fn day_count(doc: &Doc, i: usize) -> Option<(usize, Expr)> {
    let day_word = strip_clitics(doc.tok(i), |w| {
        matches!(w, "اليوم" | "يومها" | "يومه" | "يومهم")
    })
    .is_some()
        || doc.tok(i) == "لليوم";
    if !day_word {
        return None;
    }
    let (mut end, n) = ORDINALS.at(doc, i + 1)?;
    if doc.tok(end) == "علي" && doc.tok(end + 1) == "التوالي" {
        end += 2;
    }
    Some((end, Expr::DayCount(n)))
}

/// How many words may stand between «منذ» and its date.
const SINCE_REACH: usize = 6;

/// How many words before a date a future marker may stand.
const FUTURE_REACH: usize = 12;

/// Is the clause of a date about the future? Its own words («المقبل») or
/// a future marker earlier in the same sentence («من المقرر أن …»).
fn is_future(doc: &Doc, start: usize, expr: &Expr) -> bool {
    let own = match expr {
        Expr::Weekday { rel, .. } | Expr::Calendar { rel, .. } | Expr::Weekend { rel } => {
            *rel == Some(Rel::Next)
        }
        Expr::Period { rel, .. } => *rel == Rel::Next,
        Expr::Day { offset, .. } => *offset > 0,
        _ => false,
    };
    // The marker must be in the same clause: within a few words before.
    let sentence = doc.sentence_of(start).map_or(start, |s| s.tokens.start);
    let from = sentence.max(start.saturating_sub(FUTURE_REACH));
    own || FUTURE.find(doc, from, start).is_some()
}
