//! Dates known to a day, a month or a year.
//!
//! News reports rarely give full dates for background events («في التسعينات»,
//! «منذ نوفمبر 2020»), so a date carries its own precision, taken from its
//! written form: `2020-10-22` is a day, `2020-10` a month, `1992` a year.
//! Deriving the precision from the form means the two can never disagree.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

/// How much of a date is known. Ordered from most to least precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl Precision {
    /// ACLED's `time_precision` code: 1 day, 2 month, 3 year.
    pub fn code(self) -> u8 {
        match self {
            Precision::Day => 1,
            Precision::Month => 2,
            Precision::Year => 3,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A calendar date known to a day, a month or a year; always a real date.
/// Stored in the cache ([`crate::corpus::cache`]) as its three numbers and
/// checked again when read back, so that no cache makes one that is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(
    into = "(i32, Option<u32>, Option<u32>)",
    try_from = "(i32, Option<u32>, Option<u32>)"
)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// The month names the Egyptian and Gulf press use (the bundled articles use
/// these, sometimes with the Levantine name beside them). Public for the
/// reference corpus generator, which dates its articles the same way.
pub const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// Why a date given as text is not one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub input: String,
    pub kind: DateErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateErrorKind {
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Form,
    NoMonth(u32),
    /// The day does not exist in that month (`2021-02-30`).
    NoDay(u32),
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = &self.input;
        match self.kind {
            DateErrorKind::Form => write!(
                f,
                "\"{s}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
            ),
            DateErrorKind::NoMonth(m) => write!(f, "\"{s}\": there is no month {m}"),
            DateErrorKind::NoDay(d) => {
                write!(f, "\"{s}\" does not exist (no day {d} in that month)")
            }
        }
    }
}

impl std::error::Error for DateError {}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not
    /// exist (`2021-02-30`) with a message that says what is wrong.
    pub fn parse(s: &str) -> Result<Self, String> {
        PartialDate::parse_typed(s).map_err(|e| e.to_string())
    }

    /// [`PartialDate::parse`] with a typed error, for surfaces that word
    /// the problem in their own language.
    pub fn parse_typed(s: &str) -> Result<Self, DateError> {
        let err = |kind| DateError {
            input: s.to_string(),
            kind,
        };
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| err(DateErrorKind::Form))
            } else {
                Err(err(DateErrorKind::Form))
            }
        };
        let year = num(parts.first().copied().unwrap_or(""), 4)? as i32;
        let month = parts.get(1).map(|m| num(m, 2)).transpose()?;
        let day = parts.get(2).map(|d| num(d, 2)).transpose()?;
        if parts.len() > 3 {
            return Err(err(DateErrorKind::Form));
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(err(DateErrorKind::NoMonth(m)));
        }
        if let (Some(m), Some(d)) = (month, day)
            && NaiveDate::from_ymd_opt(year, m, d).is_none()
        {
            return Err(err(DateErrorKind::NoDay(d)));
        }
        Ok(PartialDate { year, month, day })
    }

    pub fn from_naive(d: NaiveDate) -> Self {
        PartialDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    pub fn year(&self) -> i32 {
        self.year
    }
    pub fn month(&self) -> Option<u32> {
        self.month
    }
    pub fn day(&self) -> Option<u32> {
        self.day
    }

    /// The first day of the period this date denotes.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The last day of the period this date denotes.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => {
                let (y, next) = if m == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, m + 1)
                };
                NaiveDate::from_ymd_opt(y, next, 1).and_then(|d| d.pred_opt())
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    /// ISO 8601 at the date's precision: `2020-10-22`, `2020-10`, `1992`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// English display at precision: `22 Oct 2020`, `Oct 2020`, `1992`.
    pub fn display_en(&self) -> String {
        let month = |m: u32| MONTHS_EN[(m as usize).saturating_sub(1) % 12];
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", month(m), self.year),
            (Some(m), None) => format!("{} {}", month(m), self.year),
            _ => self.year.to_string(),
        }
    }

    /// Arabic display at precision: «22 أكتوبر 2020», «أكتوبر 2020», «1992».
    pub fn display_ar(&self) -> String {
        let month = |m: u32| MONTHS_AR[(m as usize).saturating_sub(1) % 12];
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", month(m), self.year),
            (Some(m), None) => format!("{} {}", month(m), self.year),
            _ => self.year.to_string(),
        }
    }
}

impl From<PartialDate> for (i32, Option<u32>, Option<u32>) {
    fn from(d: PartialDate) -> Self {
        (d.year, d.month, d.day)
    }
}

impl TryFrom<(i32, Option<u32>, Option<u32>)> for PartialDate {
    type Error = String;

    /// The same dates [`PartialDate::parse`] accepts: a month 1–12, a day
    /// only with a month, and one that exists.
    fn try_from((year, month, day): (i32, Option<u32>, Option<u32>)) -> Result<Self, String> {
        let real = match (month, day) {
            (None, None) => (0..=9999).contains(&year),
            (Some(m), None) => (0..=9999).contains(&year) && (1..=12).contains(&m),
            (Some(m), Some(d)) => {
                (0..=9999).contains(&year) && NaiveDate::from_ymd_opt(year, m, d).is_some()
            }
            (None, Some(_)) => false,
        };
        if real {
            Ok(PartialDate { year, month, day })
        } else {
            Err(format!("not a date: {year} {month:?} {day:?}"))
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// A date or date range, its precision, whether it is approximate, and why
/// we believe it (see [`DateBasis`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DateSpec {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub approximate: bool,
    pub basis: DateBasis,
}

/// Where a date comes from. A fact-checker needs to know whether a date was
/// printed or worked out, and from what — and, when words of an article
/// carry it («أمس الخميس»), which words, so that they can be shown and
/// checked. Exports write it through `export::BasisOut`, which names the
/// article of the words by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DateBasis {
    pub kind: BasisKind,
    pub note: String,
    /// The words that carry the date (`basis.quote` in the annotations),
    /// resolved in their article; `None` where the annotations give none
    /// (a background or contextual date, or a version-1 file).
    pub words: Option<DatingWords>,
}

impl DateBasis {
    /// A basis without dating words (`words` is set by the loader).
    pub fn new(kind: BasisKind, note: impl Into<String>) -> Self {
        DateBasis {
            kind,
            note: note.into(),
            words: None,
        }
    }
}

/// The exact words of an article that carry a date: «أمس الخميس» in
/// art-004 for Putin's Valdai remarks, «23 أكتوبر 2020» for art-004's own
/// publication. A byte-exact substring of the article, found by the same
/// rules as a source's quote (one line, outside page furniture).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DatingWords {
    /// Index into `Timeline::articles`.
    pub article: usize,
    pub quote: String,
    /// Byte range of the words in the article text.
    pub range: Range<usize>,
    /// 1-based line of the article file.
    pub line: usize,
    /// 1-based paragraph (non-blank line) number, as exports count it.
    pub paragraph: usize,
    /// For an event's date: the index into the event's `sources` of the
    /// first source whose passage contains the words (the loader requires
    /// one), so that following the event can open the passage that dates
    /// it. `None` for an article's publication date.
    pub source: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BasisKind {
    /// The date is printed in the article («الخميس 2020/10/01»).
    Printed,
    /// A weekday, «أمس» or «اليوم» counted from the publication date.
    Relative,
    /// «منذ …»: a starting point the article names.
    Since,
    /// Not in the articles: general knowledge of the conflict.
    Background,
    /// Worked out from what the text reports (e.g. an undated article).
    Inferred,
}

impl BasisKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BasisKind::Printed => "printed",
            BasisKind::Relative => "relative",
            BasisKind::Since => "since",
            BasisKind::Background => "background",
            BasisKind::Inferred => "inferred",
        }
    }
}

impl DateSpec {
    pub fn precision(&self) -> Precision {
        self.start.precision()
    }

    /// The key that puts events in chronological order.
    ///
    /// Rule: by the *last* day of the period the start date denotes, then
    /// by precision (day before month before year), then by id. So a date
    /// known only to the month («Oct 2020») comes after every day-precise
    /// event of that month, and «1992» after everything dated within 1992:
    /// a vague date is placed after the more precise events it contains.
    pub fn sort_key(&self) -> (NaiveDate, Precision) {
        (self.start.last_day(), self.start.precision())
    }

    /// The days this date may cover, for date-range filters.
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        let end = self.end.unwrap_or(self.start);
        (self.start.first_day(), end.last_day())
    }

    /// English display: `22 Oct 2020`, `22–23 Oct 2020`, `c. 1992`.
    pub fn display_en(&self) -> String {
        let mut s = match self.end {
            Some(end) if end != self.start => range_display(&self.start, &end, false),
            _ => self.start.display_en(),
        };
        if self.approximate {
            s = format!("c. {s}");
        }
        s
    }

    /// Arabic display: «22 أكتوبر 2020», «حوالي 1992».
    pub fn display_ar(&self) -> String {
        let mut s = match self.end {
            Some(end) if end != self.start => range_display(&self.start, &end, true),
            _ => self.start.display_ar(),
        };
        if self.approximate {
            s = format!("حوالي {s}");
        }
        s
    }

    /// ISO 8601 start and end at precision, for exports.
    pub fn iso_range(&self) -> (String, Option<String>) {
        (self.start.iso(), self.end.map(|e| e.iso()))
    }

    /// The date as one ISO 8601 value at its precision: `2020-10-22`, or an
    /// interval `2020-10-22/2020-10-23` when it is a range, so that the end
    /// is not lost.
    pub fn iso_interval(&self) -> String {
        match self.end {
            Some(end) if end != self.start => format!("{}/{}", self.start.iso(), end.iso()),
            _ => self.start.iso(),
        }
    }

    /// ACLED's `time_precision`, extended by one code for a year:
    /// 1 — the day is known (printed or counted, not approximate);
    /// 2 — the day is approximate, or a span of at most a week («c. 1 Oct
    ///     2020», «22–23 Oct 2020»): ACLED's "specific week or weekend";
    /// 3 — only the month is known, or a longer span of days: ACLED's
    ///     "month";
    /// 4 — only the year is known (not in ACLED, which codes no coarser
    ///     date than a month).
    pub fn acled_precision(&self) -> u8 {
        let (first, last) = self.span();
        let days = (last - first).num_days();
        match self.precision() {
            Precision::Day if days == 0 && !self.approximate => 1,
            Precision::Day if days <= 6 => 2,
            Precision::Day | Precision::Month => 3,
            Precision::Year => 4,
        }
    }
}

/// `22–23 Oct 2020` when only the day differs, else both dates in full.
fn range_display(start: &PartialDate, end: &PartialDate, arabic: bool) -> String {
    let same_month = start.year == end.year && start.month == end.month;
    if same_month && start.precision() == Precision::Day && end.precision() == Precision::Day {
        let tail = if arabic {
            end.display_ar()
        } else {
            end.display_en()
        };
        let tail = tail.split_once(' ').map(|(_, t)| t).unwrap_or(&tail);
        return format!("{}–{} {tail}", start.day.unwrap_or(1), end.day.unwrap_or(1));
    }
    if arabic {
        format!("{} – {}", start.display_ar(), end.display_ar())
    } else {
        format!("{} – {}", start.display_en(), end.display_en())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Compares by first day, then the more precise date first.
impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.first_day(), self.precision()).cmp(&(other.first_day(), other.precision()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(start: &str) -> DateSpec {
        DateSpec {
            start: PartialDate::parse(start).expect("valid"),
            end: None,
            approximate: false,
            basis: DateBasis::new(BasisKind::Printed, ""),
        }
    }

    #[test]
    fn precision_follows_the_written_form() {
        assert_eq!(spec("2020-10-22").precision(), Precision::Day);
        assert_eq!(spec("2020-10").precision(), Precision::Month);
        assert_eq!(spec("1992").precision(), Precision::Year);
    }

    #[test]
    fn impossible_and_malformed_dates_are_rejected_with_a_reason() {
        assert!(
            PartialDate::parse("2021-02-30")
                .unwrap_err()
                .contains("does not exist")
        );
        assert!(
            PartialDate::parse("2021-13")
                .unwrap_err()
                .contains("no month 13")
        );
        for bad in [
            "",
            "20-10-01",
            "2020/10/01",
            "2020-1-01",
            "2020-10-01-01",
            "abcd",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} accepted");
        }
        assert!(PartialDate::parse("2020-02-29").is_ok(), "leap day");
    }

    #[test]
    fn a_vague_date_sorts_after_the_precise_dates_it_contains() {
        let mut v = [
            spec("2020-11-01"),
            spec("2020-10"),
            spec("2020-10-31"),
            spec("2020"),
            spec("2020-10-01"),
            spec("2021-01-01"),
        ];
        v.sort_by_key(|d| d.sort_key());
        let order: Vec<String> = v.iter().map(|d| d.start.iso()).collect();
        assert_eq!(
            order,
            [
                "2020-10-01",
                "2020-10-31",
                "2020-10",
                "2020-11-01",
                "2020",
                "2021-01-01"
            ]
        );
    }

    #[test]
    fn acled_precision_codes_the_certainty_of_the_day() {
        let mut d = spec("2020-10-01");
        assert_eq!(d.acled_precision(), 1);
        d.approximate = true;
        assert_eq!(d.acled_precision(), 2, "c. 1 Oct 2020 is not an exact day");
        d.approximate = false;
        d.end = Some(PartialDate::parse("2020-10-07").expect("valid"));
        assert_eq!(d.acled_precision(), 2, "a span of a week");
        d.end = Some(PartialDate::parse("2020-10-23").expect("valid"));
        assert_eq!(d.acled_precision(), 3, "a longer span");
        assert_eq!(spec("2020-10").acled_precision(), 3);
        assert_eq!(spec("1992").acled_precision(), 4);
        assert_eq!(d.iso_interval(), "2020-10-01/2020-10-23");
        assert_eq!(spec("1992").iso_interval(), "1992");
    }

    #[test]
    fn displays_at_precision_in_both_languages() {
        assert_eq!(spec("2020-10-22").display_en(), "22 Oct 2020");
        assert_eq!(spec("2020-10-22").display_ar(), "22 أكتوبر 2020");
        assert_eq!(spec("2020-10").display_en(), "Oct 2020");
        let mut c = spec("1992");
        c.approximate = true;
        assert_eq!(c.display_en(), "c. 1992");
        let mut r = spec("2020-10-22");
        r.end = Some(PartialDate::parse("2020-10-23").expect("valid"));
        assert_eq!(r.display_en(), "22–23 Oct 2020");
        assert_eq!(r.display_ar(), "22–23 أكتوبر 2020");
        assert_eq!(
            PartialDate::parse("2020-02")
                .expect("valid")
                .last_day()
                .to_string(),
            "2020-02-29"
        );
    }
}
