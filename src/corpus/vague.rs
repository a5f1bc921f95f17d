//! Vague number words («العشرات», «المئات», «آلاف»): what range of counts
//! each stands for. One table, documented in `docs/corpus-format.md`
//! ("Vague figures"), so that every vague claim gets its bounds by the
//! same rule and no pane or export ever shows the word as an exact count.
//!
//! The rule. The lower bound is the unit the word counts in — «العشرات»
//! (tens) ≥ 10, «المئات» (hundreds) ≥ 100, «آلاف» (thousands) ≥ 1,000 —
//! which is how ACLED codes such words ("10 for 'tens', 12 for 'dozens',
//! 100 for 'hundreds', and so on": the most conservative reading). The
//! upper bound is one below the next unit, after Iraq Body Count's practice
//! of recording every report as a minimum and a maximum rather than one
//! number: ten hundreds would have been «ألف», not «مئات».

use crate::text::fold;

/// The counts a vague word allows: `low..=high`, and the word in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vague {
    pub low: u64,
    pub high: u64,
    pub en: &'static str,
}

/// Each row: the spellings (with and without «ال»), then its range.
const TABLE: [(&[&str], Vague); 7] = [
    (
        // «بضع» is three to nine in Arabic usage (neither ACLED nor IBC
        // code it): a few.
        &["بضع", "بضعة"],
        Vague {
            low: 3,
            high: 9,
            en: "a few",
        },
    ),
    (
        &["عشرات", "العشرات"],
        Vague {
            low: 10,
            high: 99,
            en: "tens",
        },
    ),
    (
        &["مئات", "المئات"],
        Vague {
            low: 100,
            high: 999,
            en: "hundreds",
        },
    ),
    (
        &["آلاف", "الآلاف", "ألوف", "الألوف"],
        Vague {
            low: 1_000,
            high: 9_999,
            en: "thousands",
        },
    ),
    (
        &["عشرات الآلاف", "عشرات الألوف"],
        Vague {
            low: 10_000,
            high: 99_999,
            en: "tens of thousands",
        },
    ),
    (
        &["مئات الآلاف", "مئات الألوف"],
        Vague {
            low: 100_000,
            high: 999_999,
            en: "hundreds of thousands",
        },
    ),
    (
        &["ملايين", "الملايين"],
        Vague {
            low: 1_000_000,
            high: 9_999_999,
            en: "millions",
        },
    ),
];

/// The range of a vague word, compared with Arabic folding (hamza forms,
/// harakat and tatweel do not matter); `None` if the words are not in the
/// table.
pub fn lookup(words: &str) -> Option<Vague> {
    let folded = fold(words.trim());
    TABLE
        .iter()
        .find(|(spellings, _)| spellings.iter().any(|s| fold(s) == folded))
        .map(|(_, v)| *v)
}

/// In the cache ([`crate::corpus::cache`]) a vague word is its row of the
/// table: its English name is a `&'static str`, and a row read back can
/// only be one the table has.
impl serde::Serialize for Vague {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let row = TABLE.iter().position(|(_, v)| v == self);
        // Every Vague comes from the table (`lookup`); one that does not
        // cannot be stored.
        let row = row.ok_or_else(|| serde::ser::Error::custom("a vague range not in the table"))?;
        s.serialize_u8(row as u8)
    }
}

impl<'de> serde::Deserialize<'de> for Vague {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let row = <u8 as serde::Deserialize>::deserialize(d)?;
        TABLE
            .get(usize::from(row))
            .map(|(_, v)| *v)
            .ok_or_else(|| serde::de::Error::custom("no such vague word"))
    }
}

/// The table as (spellings, range), for documentation and tests.
pub fn table() -> impl Iterator<Item = (&'static [&'static str], Vague)> {
    TABLE.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_of_the_bundled_articles_have_their_ranges() {
        assert_eq!(lookup("العشرات").map(|v| (v.low, v.high)), Some((10, 99)));
        assert_eq!(lookup("المئات").map(|v| (v.low, v.high)), Some((100, 999)));
        assert_eq!(lookup("آلاف").map(|v| (v.low, v.high)), Some((1000, 9999)));
        assert_eq!(lookup("الاف").map(|v| v.low), Some(1000), "hamza left out");
        assert_eq!(
            lookup("مئات الآلاف").map(|v| (v.low, v.high)),
            Some((100_000, 999_999))
        );
        assert_eq!(lookup("5 آلاف"), None, "a number is not vague");
        assert_eq!(lookup("874"), None);
    }

    #[test]
    fn ranges_do_not_overlap_and_grow() {
        let rows: Vec<Vague> = table().map(|(_, v)| v).collect();
        for w in rows.windows(2) {
            assert!(w[0].high < w[1].low, "{w:?}");
        }
        assert!(rows.iter().all(|v| v.low <= v.high));
    }
}
