//! The publication date an article prints: a dateline or byline line near
//! the top or the bottom («الخميس 2020/10/01», «23 أكتوبر 2020», «نشر في
//! 15/11/2020»), or the body's own «today» («اليوم الأربعاء 17 نوفمبر»).
//! A date printed without a year gets the year in which its weekday
//! falls on that date, counting from the latest year the text prints.

use crate::corpus::date::BasisKind;
use crate::extract::dates::{Expr, Mention};
use crate::extract::doc::Doc;
use chrono::{Datelike, NaiveDate, Weekday};

/// How the publication date was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub date: NaiveDate,
    pub basis: BasisKind,
    /// 1-based line it was read from.
    pub line: usize,
    /// The words it was read from, and their byte range.
    pub words: String,
    pub range: std::ops::Range<usize>,
    pub how: String,
}

/// A dateline is a short line: at most this many words.
const DATELINE_WORDS: usize = 12;
/// … and, besides its date, at most this many words (a weekday, a city,
/// «نشر في», «آخر تحديث», a time): «ويذكر أن الحرب اندلعت في 27 سبتمبر
/// 2020 في قره باغ.» is a sentence that holds a date, not a dateline.
const DATELINE_OTHER_WORDS: usize = 5;
/// Datelines are looked for in this many non-blank lines at the top and
/// at the bottom.
const DATELINE_LINES: usize = 12;

/// Words that mark a line as the publication line (preferred over a «last
/// updated» line).
const PUBLISHED_WORDS: [&str; 4] = ["نشر", "تاريخ", "بتاريخ", "نشرت"];
const UPDATED_WORDS: [&str; 2] = ["تحديث", "حدث"];

/// The publication date the article prints, if any.
pub fn find_published(doc: &Doc, dates: &[Mention]) -> Option<Published> {
    let years: Vec<i32> = dates
        .iter()
        .filter_map(|m| match m.expr {
            Expr::Calendar { year: Some(y), .. } => Some(y),
            _ => None,
        })
        .collect();
    let latest_year = years.iter().copied().max();
    let mut best: Option<(i32, Published)> = None;
    for m in dates {
        let Some((date, inferred_year)) = full_date(&m.expr, latest_year) else {
            continue;
        };
        let range = doc.orig_tokens(m.tokens.clone());
        let line = doc.line_of(range.start);
        let line_words = line_word_count(doc, line);
        let date_words = doc.text[range.clone()].split_whitespace().count();
        let others = line_words.saturating_sub(date_words);
        let near_edge = near_edge(doc, line);
        let words = doc.text[range.clone()].to_string();
        let today = doc.tok(m.tokens.start).ends_with("اليوم")
            || m.tokens.start > 0 && doc.tok(m.tokens.start - 1).ends_with("اليوم");
        let line_text = &doc.text[doc.lines[line - 1].clone()];
        let folded_line = crate::text::fold(line_text);
        let marked = PUBLISHED_WORDS.iter().any(|w| folded_line.contains(w));
        let updated = UPDATED_WORDS.iter().any(|w| folded_line.contains(w));
        let dateline =
            line_words <= DATELINE_WORDS && others <= DATELINE_OTHER_WORDS && near_edge && !m.since;
        let (score, how) = if dateline {
            (
                if marked {
                    4
                } else if updated {
                    2
                } else {
                    3
                },
                "dateline",
            )
        } else if today && !m.since {
            (1, "the text's «today»")
        } else {
            continue;
        };
        let (basis, how) = if inferred_year {
            (
                BasisKind::Inferred,
                format!("{how}; the year is the one in which that weekday falls on that date"),
            )
        } else {
            (BasisKind::Printed, how.to_string())
        };
        let p = Published {
            date,
            basis,
            line,
            words,
            range: range.clone(),
            how,
        };
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, p));
        }
    }
    best.map(|(_, p)| p)
}

/// A day, month and year, or a day and month with a weekday whose year can
/// be worked out. Returns the date and whether the year was inferred.
fn full_date(e: &Expr, latest_year: Option<i32>) -> Option<(NaiveDate, bool)> {
    let Expr::Calendar {
        day: Some(d),
        month: Some(m),
        year,
        weekday,
        ..
    } = *e
    else {
        return None;
    };
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, m, d).map(|x| (x, false));
    }
    let (wd, from) = (weekday?, latest_year?);
    year_for(wd, m, d, from).map(|x| (x, true))
}

/// The first year from `from` (up to six years on) in which day `d` of
/// month `m` is a `wd`.
pub fn year_for(wd: Weekday, m: u32, d: u32, from: i32) -> Option<NaiveDate> {
    (from..from + 7)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
        .find(|x| x.weekday() == wd)
}

fn line_word_count(doc: &Doc, line: usize) -> usize {
    doc.lines.get(line - 1).map_or(usize::MAX, |r| {
        doc.text[r.clone()].split_whitespace().count()
    })
}

/// Is `line` among the first or last [`DATELINE_LINES`] non-blank lines?
fn near_edge(doc: &Doc, line: usize) -> bool {
    let nonblank: Vec<usize> = (1..=doc.lines.len())
        .filter(|l| !doc.text[doc.lines[l - 1].clone()].trim().is_empty())
        .collect();
    let pos = nonblank.iter().position(|l| *l == line);
    pos.is_some_and(|p| {
        p < DATELINE_LINES
            || p + DATELINE_LINES >= nonblank.len() && nonblank.len() > 2 * DATELINE_LINES
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::find_dates;

    fn published(text: &str) -> Option<(String, BasisKind, usize)> {
        let d = Doc::new(text);
        find_published(&d, &find_dates(&d)).map(|p| (p.date.to_string(), p.basis, p.line))
    }

    #[test]
    fn a_dateline_under_the_headline() {
        let text = "عنوان الخبر عن الاشتباكات\nالخميس 2020/10/01\nموسكو – أعلن الكرملين الأربعاء أن الرئيسين تحادثا.";
        assert_eq!(
            published(text),
            Some(("2020-10-01".into(), BasisKind::Printed, 2))
        );
        let text = "عنوان\n\nالعربي الجديد\n٢٣ أكتوبر ٢٠٢٠\n+ الخط -\nتستمر الاشتباكات منذ 27 سبتمبر 2020 على خط الجبهة.";
        assert_eq!(
            published(text),
            Some(("2020-10-23".into(), BasisKind::Printed, 4))
        );
    }

    #[test]
    fn a_published_line_wins_over_an_updated_line() {
        let text = "العنوان\nآخر تحديث: 16/11/2020\nنشر في: 15/11/2020\nنص الخبر الطويل عن المعارك في الإقليم يستمر هنا.";
        assert_eq!(published(text).map(|p| p.0), Some("2020-11-15".into()));
    }

    #[test]
    fn the_body_s_today_with_a_weekday_gives_the_year() {
        let text = "أكد المتحدث، اليوم الأربعاء 17 نوفمبر، أن القتال توقف. وانتشرت القوات منذ نوفمبر 2020 في المنطقة بعد حرب طويلة جدا استمرت أسابيع عديدة وخلفت دمارا كبيرا في القرى والبلدات المحيطة بالجبهة.";
        assert_eq!(
            published(text),
            Some(("2021-11-17".into(), BasisKind::Inferred, 1))
        );
    }

    #[test]
    fn no_printed_date_is_no_date() {
        assert_eq!(
            published("قال الرئيس إن الحرب التي بدأت عام 1994 انتهت."),
            None
        );
        // A dated event in a long body line is not a dateline.
        let body = "وكانت أذربيجان وأرمينيا توصلتا عقب محادثاتهما في موسكو لهدنة إنسانية تبدأ في 10 أكتوبر 2020، بهدف تبادل الأسرى وجثامين الضحايا.";
        assert_eq!(published(body), None);
        // Nor is a short sentence that holds a date: too many other words.
        let short = "اشتباكات جديدة في قره باغ\nقالت الوزارة إن قواتها صدت هجوما.\nويذكر أن الحرب اندلعت في 27 سبتمبر 2020 في قره باغ.";
        assert_eq!(published(short), None);
        // A city and «نشر في» beside the date are a dateline still.
        let line = "العنوان الطويل للخبر عن المعارك\nموسكو - نشر في 15 نوفمبر 2020\nنص الخبر.";
        assert_eq!(published(line).map(|p| p.0), Some("2020-11-15".into()));
    }
}
