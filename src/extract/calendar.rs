//! The calendar words of Arabic news, as data: month names of every
//! regional set, weekdays, parts of the day, ordinals, decades and the
//! words that mark a sentence as being about the future.
//!
//! Month sets: the Egyptian/Gulf names (يناير … ديسمبر), the Levantine and
//! Iraqi names (كانون الثاني … كانون الأول), the Moroccan names (ماي،
//! يوليوز، غشت، شتنبر، نونبر، دجنبر) and the Algerian/Tunisian ones
//! (جانفي، فيفري، أفريل، جوان، جويلية، أوت). Papers often print two side by
//! side («10 أكتوبر/تشرين الأول», «أيلول/سبتمبر»).

use crate::extract::lexicon::Phrases;
use chrono::Weekday;
use std::sync::LazyLock;

pub static MONTHS: LazyLock<Phrases<u32>> = LazyLock::new(|| {
    Phrases::new(&[
        // Egypt and the Gulf (also Sudan, Yemen, Libya)
        ("يناير", 1),
        ("فبراير", 2),
        ("مارس", 3),
        ("أبريل", 4),
        ("إبريل", 4),
        ("ابريل", 4),
        ("مايو", 5),
        ("يونيو", 6),
        ("يونيه", 6),
        ("يوليو", 7),
        ("يوليه", 7),
        ("أغسطس", 8),
        ("سبتمبر", 9),
        ("أكتوبر", 10),
        ("نوفمبر", 11),
        ("ديسمبر", 12),
        // The Levant and Iraq
        ("كانون الثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الثاني", 11),
        ("كانون الأول", 12),
        // Morocco
        ("ماي", 5),
        ("يوليوز", 7),
        ("غشت", 8),
        ("شتنبر", 9),
        ("نونبر", 11),
        ("دجنبر", 12),
        // Algeria and Tunisia
        ("جانفي", 1),
        ("فيفري", 2),
        ("أفريل", 4),
        ("جوان", 6),
        ("جويلية", 7),
        ("أوت", 8),
    ])
});

/// Month names that are also common words («آب» father, «مارس» practised,
/// «ماي»): they count as months only next to a day, a year or a month word.
pub const AMBIGUOUS_MONTHS: [&str; 4] = ["اب", "مارس", "ماي", "ايار"];

pub static WEEKDAYS: LazyLock<Phrases<Weekday>> = LazyLock::new(|| {
    use Weekday::*;
    Phrases::new(&[
        ("الأحد", Sun),
        ("الاثنين", Mon),
        ("الإثنين", Mon),
        ("الثلاثاء", Tue),
        ("الأربعاء", Wed),
        ("الخميس", Thu),
        ("الجمعة", Fri),
        ("السبت", Sat),
    ])
});

/// Parts of the day that may stand before a weekday, «اليوم» or «أمس»
/// («صباح الخميس», «مساء أمس», «فجر اليوم»). `true` for the night words,
/// which can reach back into the day before.
pub static DAY_PARTS: LazyLock<Phrases<bool>> = LazyLock::new(|| {
    Phrases::new(&[
        ("صباح", false),
        ("مساء", false),
        ("فجر", false),
        ("ظهر", false),
        ("عصر", false),
        ("ظهيرة", false),
        ("صبيحة", false),
        ("يوم", false),
        ("ليل", true),
        ("ليلة", true),
    ])
});

/// Ordinals, for day counts («لليوم الثامن على التوالي», «يومها الخامس»).
pub static ORDINALS: LazyLock<Phrases<u32>> = LazyLock::new(|| {
    Phrases::new(&[
        ("الأول", 1),
        ("الثاني", 2),
        ("الثالث", 3),
        ("الرابع", 4),
        ("الخامس", 5),
        ("السادس", 6),
        ("السابع", 7),
        ("الثامن", 8),
        ("التاسع", 9),
        ("العاشر", 10),
        ("الحادي عشر", 11),
        ("الثاني عشر", 12),
        ("الثالث عشر", 13),
        ("الرابع عشر", 14),
        ("الخامس عشر", 15),
        ("السادس عشر", 16),
        ("السابع عشر", 17),
        ("الثامن عشر", 18),
        ("التاسع عشر", 19),
        ("العشرين", 20),
        ("الثلاثين", 30),
        ("الأربعين", 40),
    ])
});

/// Decades («في التسعينات»): their first year.
pub static DECADES: LazyLock<Phrases<i32>> = LazyLock::new(|| {
    Phrases::new(&[
        ("الخمسينات", 1950),
        ("الخمسينيات", 1950),
        ("الستينات", 1960),
        ("الستينيات", 1960),
        ("السبعينات", 1970),
        ("السبعينيات", 1970),
        ("الثمانينات", 1980),
        ("الثمانينيات", 1980),
        ("التسعينات", 1990),
        ("التسعينيات", 1990),
    ])
});

/// Where in a month: «مطلع أكتوبر» (days 1–10), «منتصف» (11–20),
/// «نهاية» / «أواخر» (21 to the end).
pub static MONTH_PARTS: LazyLock<Phrases<(u32, u32)>> = LazyLock::new(|| {
    Phrases::new(&[
        ("مطلع", (1, 10)),
        ("أوائل", (1, 10)),
        ("بداية", (1, 10)),
        ("مستهل", (1, 10)),
        ("منتصف", (11, 20)),
        ("أواسط", (11, 20)),
        ("نهاية", (21, 31)),
        ("أواخر", (21, 31)),
        ("أواخر شهر", (21, 31)),
        ("نهاية شهر", (21, 31)),
        ("مطلع شهر", (1, 10)),
        ("منتصف شهر", (11, 20)),
    ])
});

/// How a relative word after a month, a weekday or a period places it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// «الماضي»: the latest one before publication.
    Last,
    /// «الجاري» / «الحالي»: the one that contains the publication date.
    This,
    /// «المقبل» / «القادم»: the first one after publication.
    Next,
    /// «قبل الماضي»: the one before the last.
    BeforeLast,
}

pub static RELS: LazyLock<Phrases<Rel>> = LazyLock::new(|| {
    Phrases::new(&[
        ("الماضي", Rel::Last),
        ("الماضية", Rel::Last),
        ("المنصرم", Rel::Last),
        ("المنصرمة", Rel::Last),
        ("قبل الماضي", Rel::BeforeLast),
        ("قبل الماضية", Rel::BeforeLast),
        ("الجاري", Rel::This),
        ("الجارية", Rel::This),
        ("الحالي", Rel::This),
        ("الحالية", Rel::This),
        ("المقبل", Rel::Next),
        ("المقبلة", Rel::Next),
        ("القادم", Rel::Next),
        ("القادمة", Rel::Next),
    ])
});

/// Units of relative periods («الشهر الماضي», «قبل يومين», «منذ ثلاثة عقود»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// Unit words, with the count the word itself carries: 1 for a singular
/// («قبل شهر»), 2 for a dual («يومين»), 0 for a plural, which needs a
/// number («منذ سنوات» alone is no date).
pub static UNITS: LazyLock<Phrases<(Unit, u32)>> = LazyLock::new(|| {
    use Unit::*;
    Phrases::new(&[
        ("يوم", (Day, 1)),
        ("يوما", (Day, 1)),
        ("أيام", (Day, 0)),
        ("يومين", (Day, 2)),
        ("يومان", (Day, 2)),
        ("أسبوع", (Week, 1)),
        ("أسابيع", (Week, 0)),
        ("أسبوعين", (Week, 2)),
        ("شهر", (Month, 1)),
        ("أشهر", (Month, 0)),
        ("شهور", (Month, 0)),
        ("شهرين", (Month, 2)),
        ("عام", (Year, 1)),
        ("أعوام", (Year, 0)),
        ("عامين", (Year, 2)),
        ("سنة", (Year, 1)),
        ("سنوات", (Year, 0)),
        ("سنتين", (Year, 2)),
        ("عقد", (Decade, 1)),
        ("عقود", (Decade, 0)),
        ("عقدين", (Decade, 2)),
    ])
});

/// Period words after the article («الشهر الماضي», «العام الجاري»).
pub static PERIODS: LazyLock<Phrases<Unit>> = LazyLock::new(|| {
    Phrases::new(&[
        ("الأسبوع", Unit::Week),
        ("الشهر", Unit::Month),
        ("العام", Unit::Year),
        ("السنة", Unit::Year),
    ])
});

/// Words that put a clause in the future: a weekday in it is the next
/// such day, not the last («من المقرر أن يلتقي … الجمعة»).
pub static FUTURE: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(&[
        ("سوف", ()),
        ("المقرر", ()),
        ("يتوقع أن", ()),
        ("ويتوقع أن", ()),
        ("من المنتظر", ()),
        ("المرتقب", ()),
        ("المرتقبة", ()),
        ("يعتزم", ()),
        ("تعتزم", ()),
        ("غدا", ()),
    ])
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::doc::Doc;

    #[test]
    fn every_regional_month_set_reads() {
        for (text, month) in [
            ("أكتوبر", 10),
            ("تشرين الأول", 10),
            ("شتنبر", 9),
            ("أيلول", 9),
            ("جويلية", 7),
            ("دجنبر", 12),
            ("كانون الثاني", 1),
            ("اغسطس", 8),
        ] {
            let d = Doc::new(text);
            assert_eq!(MONTHS.at(&d, 0).map(|m| m.1), Some(month), "{text}");
        }
    }
}
