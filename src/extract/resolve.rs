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
#[path = "resolve_tests.rs"]
mod tests;
