//! The words of the conflict messages: whose figure, what it counts, who
//! printed it, how many times larger. Kept apart from the detection so the
//! rules stay readable.

use crate::compare::{Group, Row};
use crate::corpus::schema::{Category, Qualifier};

pub(super) fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

/// "Madarat Alamiya (art-000)", several joined with "and".
pub(super) fn printed_by(r: &Row, ar: bool) -> String {
    let names: Vec<String> = r
        .sources
        .iter()
        .map(|s| {
            let outlet = if ar { &s.outlet_ar } else { &s.outlet_en };
            format!("{outlet} ({})", s.article_id)
        })
        .collect();
    names.join(if ar { " و" } else { " and " })
}

/// What the figure counts, as the subject of a sentence ("civilian toll").
pub(super) fn toll(g: &Group, ar: bool) -> String {
    let eq = g.equipment.as_deref().unwrap_or("equipment");
    match (g.category, ar) {
        (Category::TotalKilled, false) => "death toll".into(),
        (Category::MilitaryKilled, false) => "military death toll".into(),
        (Category::CiviliansKilled, false) => "civilian toll".into(),
        (Category::Wounded, false) => "count of wounded".into(),
        (Category::Missing, false) => "count of missing".into(),
        (Category::Captured, false) => "count of prisoners".into(),
        (Category::Displaced, false) => "count of displaced".into(),
        (Category::EquipmentDestroyed, false) => format!("count of {eq} destroyed"),
        (Category::PositionsLost, false) => "count of positions lost".into(),
        (Category::TotalKilled, true) => "حصيلة القتلى".into(),
        (Category::MilitaryKilled, true) => "حصيلة القتلى العسكريين".into(),
        (Category::CiviliansKilled, true) => "حصيلة القتلى المدنيين".into(),
        (Category::Wounded, true) => "عدد الجرحى".into(),
        (Category::Missing, true) => "عدد المفقودين".into(),
        (Category::Captured, true) => "عدد الأسرى".into(),
        (Category::Displaced, true) => "عدد المشردين".into(),
        (Category::EquipmentDestroyed, true) => format!("عدد المعدات المدمرة ({eq})"),
        (Category::PositionsLost, true) => "عدد المواقع المفقودة".into(),
    }
}

/// What follows a number ("<1,000 dead").
pub(super) fn noun(g: &Group, ar: bool) -> String {
    match (g.category, ar) {
        (Category::TotalKilled, false) => "dead".into(),
        (Category::TotalKilled, true) => "قتيل".into(),
        (_, false) => g.label_en.clone(),
        (_, true) => g.label_ar.clone(),
    }
}

/// " for Armenia" unless the claimant counts its own side's losses
/// ("Azerbaijan" about Azerbaijan).
pub(super) fn whose(g: &Group, r: &Row, ar: bool) -> String {
    if r.claimant_side.is_some_and(|s| g.sides == [s]) {
        String::new()
    } else if ar {
        format!(" ({})", g.subject_ar)
    } else {
        format!(" for {}", g.subject_en)
    }
}

/// What the qualifiers make of a ratio between two printed figures: a
/// bound when either figure is one («أقل من ألف» makes "5×" "at least
/// 5×"), approximate when either is «نحو», else exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bound {
    Exact,
    About,
    AtLeast,
    AtMost,
}

impl Bound {
    /// Of `big / small`: the true big can be higher than printed (>, ≥, or
    /// a vague word at its lower bound), which makes the ratio a lower
    /// bound, or lower (<), an upper bound; for `small` it is the reverse.
    pub(crate) fn of(big: &Row, small: &Row) -> Option<Bound> {
        let up =
            |r: &Row| r.vague || matches!(r.qualifier, Qualifier::MoreThan | Qualifier::AtLeast);
        let down = |r: &Row| !r.vague && r.qualifier == Qualifier::FewerThan;
        let about = |r: &Row| r.qualifier == Qualifier::About;
        let at_least = up(big) || down(small);
        let at_most = down(big) || up(small);
        match (at_least, at_most) {
            (true, true) => None,
            (true, false) => Some(Bound::AtLeast),
            (false, true) => Some(Bound::AtMost),
            _ if about(big) || about(small) => Some(Bound::About),
            _ => Some(Bound::Exact),
        }
    }

    /// "at least 5", "about 2.5", "5".
    pub(crate) fn en(self, k: &str) -> String {
        match self {
            Bound::Exact => k.to_string(),
            Bound::About => format!("about {k}"),
            Bound::AtLeast => format!("at least {k}"),
            Bound::AtMost => format!("at most {k}"),
        }
    }

    /// «ما لا يقل عن 5 أضعاف»، «نحو ضعفي».
    pub(crate) fn ar(self, k: &str) -> String {
        let times = times_ar(k);
        match self {
            Bound::Exact => times,
            Bound::About => format!("نحو {times}"),
            Bound::AtLeast => format!("ما لا يقل عن {times}"),
            Bound::AtMost => format!("ما لا يزيد على {times}"),
        }
    }
}

/// How many times `big` is `small`, with what the qualifiers make of it,
/// when it is worth saying (twice or more); rounded so that the words stay
/// true: down for "at least", up for "at most".
pub(super) fn ratio(big: &Row, small: &Row) -> Option<(String, Bound)> {
    if small.value == 0 || big.value < small.value.saturating_mul(2) {
        return None;
    }
    let bound = Bound::of(big, small)?;
    let k = big.value as f64 / small.value as f64;
    let round = match bound {
        Bound::AtLeast => f64::floor,
        Bound::AtMost => f64::ceil,
        _ => f64::round,
    };
    let text = if k >= 10.0 {
        format!("{}", round(k))
    } else {
        let s = format!("{}", round(k * 10.0) / 10.0);
        s.strip_suffix(".0").map_or(s.clone(), str::to_string)
    };
    Some((text, bound))
}

/// "ضعفي" for 2, «5 أضعاف» otherwise.
fn times_ar(k: &str) -> String {
    if k == "2" {
        "ضعفي".to_string()
    } else {
        format!("{k} أضعاف")
    }
}

/// ", as of 22 Oct 2020" for each figure: said once (on the second) when
/// both dates are the same.
pub(super) fn dates(a: &Row, b: &Row) -> ([String; 2], [String; 2]) {
    let en = |r: &Row| format!(", as of {}", r.as_of.display_en());
    let ar = |r: &Row| format!("، حتى {}", r.as_of.display_ar());
    if a.as_of == b.as_of {
        ([String::new(), en(b)], [String::new(), ar(b)])
    } else {
        ([en(a), en(b)], [ar(a), ar(b)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_multiples() {
        assert_eq!(times_ar("2"), "ضعفي");
        assert_eq!(times_ar("5"), "5 أضعاف");
    }

    #[test]
    fn possessives() {
        assert_eq!(possessive("Vladimir Putin"), "Vladimir Putin's");
        assert_eq!(
            possessive("Nagorno-Karabakh authorities"),
            "Nagorno-Karabakh authorities'"
        );
    }
}
