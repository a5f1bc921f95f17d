//! Numbers as the comparison shows and weighs them: the range of counts a
//! hedged figure allows, how it is printed, and how long its bar is.

use crate::corpus::model::Claim;
use crate::corpus::schema::Qualifier;

/// The counts a figure allows, as a closed range of whole numbers.
///
/// Casualty and loss figures count people or things, so «more than 30» is
/// `31..` and «fewer than 1,000» is `..=999`: the integer form of the real
/// intervals (v,∞) and [0,v), which makes "can both be true" exact instead
/// of depending on open or closed ends. `about v` allows ±10 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub lo: u64,
    /// `None`: no upper bound.
    pub hi: Option<u64>,
}

impl Interval {
    pub fn of(value: u64, qualifier: Qualifier) -> Interval {
        let v = u128::from(value);
        let clamp = |x: u128| u64::try_from(x).unwrap_or(u64::MAX);
        match qualifier {
            Qualifier::Exact => Interval {
                lo: value,
                hi: Some(value),
            },
            Qualifier::About => Interval {
                lo: clamp((9 * v).div_ceil(10)),
                hi: Some(clamp(11 * v / 10)),
            },
            Qualifier::MoreThan => Interval {
                lo: value.saturating_add(1),
                hi: None,
            },
            Qualifier::AtLeast => Interval {
                lo: value,
                hi: None,
            },
            // «fewer than 0» allows nothing: lo > hi.
            Qualifier::FewerThan => Interval {
                lo: u64::from(value == 0),
                hi: Some(value.saturating_sub(1)),
            },
        }
    }

    /// The counts a claim allows: its vague word's range, or its value
    /// with its qualifier.
    pub fn of_claim(c: &Claim) -> Interval {
        match c.vague {
            Some(v) => Interval {
                lo: v.low,
                hi: Some(v.high),
            },
            None => Interval::of(c.value, c.qualifier),
        }
    }

    pub fn contains(&self, n: u64) -> bool {
        n >= self.lo && self.hi.is_none_or(|h| n <= h)
    }

    /// Whether some count satisfies both figures, i.e. both can be true.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo = self.lo.max(other.lo);
        match (self.hi, other.hi) {
            (Some(a), Some(b)) => lo <= a.min(b),
            (Some(h), None) | (None, Some(h)) => lo <= h,
            (None, None) => true,
        }
    }
}

/// `874`, `5,000`: thousands separated with commas, as English copy does.
pub fn group_digits(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A figure with its hedge as a sign: "≈5,000", ">30", "≥200", "<1,000",
/// "874".
pub fn format_value(value: u64, qualifier: Qualifier) -> String {
    format!("{}{}", qualifier.symbol(), group_digits(value))
}

/// A figure with its hedge in Arabic words («أكثر من 30»). Words rather than
/// signs because `<` and `>` are mirrored in right-to-left text, where
/// «>30» would be read as "fewer than 30".
pub fn format_value_ar(value: u64, qualifier: Qualifier) -> String {
    let n = group_digits(value);
    match qualifier {
        Qualifier::Exact => n,
        Qualifier::About => format!("نحو {n}"),
        Qualifier::MoreThan => format!("أكثر من {n}"),
        Qualifier::AtLeast => format!("{n} على الأقل"),
        Qualifier::FewerThan => format!("أقل من {n}"),
    }
}

/// How many of `width` cells the bar of `value` fills when `max` fills all
/// of them. A non-zero figure always shows at least one cell, so a small
/// toll is never drawn as no toll; the result never exceeds `width`. The log
/// scale (`ln(1+v)/ln(1+max)`) keeps 30 civilians visible beside 5,000 dead.
pub fn bar_len(value: u64, max: u64, width: usize, log: bool) -> usize {
    if value == 0 || width == 0 {
        return 0;
    }
    let max = max.max(value);
    let share = if log {
        (value as f64).ln_1p() / (max as f64).ln_1p()
    } else {
        value as f64 / max as f64
    };
    let cells = (share * width as f64).round();
    // `as` saturates, and NaN (impossible here) would become 0.
    (cells as usize).clamp(1, width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    #[test]
    fn intervals_follow_the_qualifier() {
        assert_eq!(
            Interval::of(37, Exact),
            Interval {
                lo: 37,
                hi: Some(37)
            }
        );
        assert_eq!(Interval::of(30, MoreThan), Interval { lo: 31, hi: None });
        assert_eq!(Interval::of(200, AtLeast), Interval { lo: 200, hi: None });
        assert_eq!(
            Interval::of(1000, FewerThan),
            Interval {
                lo: 0,
                hi: Some(999)
            }
        );
        assert_eq!(
            Interval::of(5000, About),
            Interval {
                lo: 4500,
                hi: Some(5500)
            }
        );
        // ±10 % rounded inwards to whole counts.
        assert_eq!(
            Interval::of(25, About),
            Interval {
                lo: 23,
                hi: Some(27)
            }
        );
    }

    #[test]
    fn bounds_are_whole_counts() {
        assert!(!Interval::of(30, MoreThan).contains(30));
        assert!(Interval::of(30, MoreThan).contains(31));
        assert!(Interval::of(30, AtLeast).contains(30));
        assert!(Interval::of(1000, FewerThan).contains(999));
        assert!(!Interval::of(1000, FewerThan).contains(1000));
        assert!(!Interval::of(0, FewerThan).contains(0));
        assert!(Interval::of(u64::MAX, About).contains(u64::MAX));
        assert!(Interval::of(u64::MAX, MoreThan).contains(u64::MAX));
    }

    #[test]
    fn overlap_says_whether_both_can_be_true() {
        let i = Interval::of;
        assert!(i(30, MoreThan).overlaps(&i(37, Exact)));
        assert!(i(37, Exact).overlaps(&i(30, MoreThan)));
        assert!(!i(63, Exact).overlaps(&i(61, Exact)));
        assert!(!i(1000, FewerThan).overlaps(&i(5000, About)));
        assert!(i(5000, About).overlaps(&i(5400, Exact)));
        assert!(!i(5000, About).overlaps(&i(5501, Exact)));
        assert!(!i(30, MoreThan).overlaps(&i(30, Exact)));
        assert!(i(30, MoreThan).overlaps(&i(2000, AtLeast)));
        assert!(!i(31, FewerThan).overlaps(&i(30, MoreThan)));
        assert!(i(32, FewerThan).overlaps(&i(30, MoreThan)));
        assert!(!i(0, FewerThan).overlaps(&i(0, AtLeast)));
    }

    #[test]
    fn values_print_with_their_sign_and_separators() {
        assert_eq!(format_value(5000, About), "≈5,000");
        assert_eq!(format_value(30, MoreThan), ">30");
        assert_eq!(format_value(200, AtLeast), "≥200");
        assert_eq!(format_value(1000, FewerThan), "<1,000");
        assert_eq!(format_value(874, Exact), "874");
        assert_eq!(format_value(0, Exact), "0");
        assert_eq!(format_value(1_234_567, Exact), "1,234,567");
        assert_eq!(format_value(100_000, Exact), "100,000");
        assert_eq!(format_value_ar(30, MoreThan), "أكثر من 30");
        assert_eq!(format_value_ar(1000, FewerThan), "أقل من 1,000");
        assert_eq!(format_value_ar(200, AtLeast), "200 على الأقل");
    }

    #[test]
    fn linear_bars_scale_to_the_largest_figure() {
        assert_eq!(bar_len(5000, 5000, 20, false), 20);
        assert_eq!(bar_len(2500, 5000, 20, false), 10);
        assert_eq!(bar_len(1000, 5000, 20, false), 4);
        // Tiny but non-zero: one cell, not none.
        assert_eq!(bar_len(30, 5000, 20, false), 1);
        assert_eq!(bar_len(0, 5000, 20, false), 0);
    }

    #[test]
    fn log_bars_keep_small_figures_visible() {
        assert_eq!(bar_len(5000, 5000, 20, true), 20);
        // ln 31 / ln 5001 = 0.403 → 8 of 20 cells (linear would give 1).
        assert_eq!(bar_len(30, 5000, 20, true), 8);
        assert!(bar_len(874, 5000, 20, true) > bar_len(30, 5000, 20, true));
        assert_eq!(bar_len(1, u64::MAX, 20, true), 1);
    }

    #[test]
    fn bars_stay_within_bounds() {
        for log in [false, true] {
            assert_eq!(bar_len(7, 5, 10, log), 10, "value above max is clamped");
            assert_eq!(
                bar_len(7, 0, 10, log),
                10,
                "max of 0 is not a division by 0"
            );
            assert_eq!(bar_len(7, 7, 0, log), 0);
            assert_eq!(bar_len(u64::MAX, u64::MAX, 3, log), 3);
            for v in [1, 2, 10, 999, 5000] {
                let n = bar_len(v, 5000, 13, log);
                assert!((1..=13).contains(&n), "{v} {log} {n}");
            }
        }
    }
}
