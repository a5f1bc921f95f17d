//! The words of the conflict messages: whose figure, what it counts, who
//! printed it, how many times larger. Kept apart from the detection so the
//! rules stay readable.

use crate::compare::{Group, Row};
use crate::corpus::schema::Category;

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

/// " for Armenia" unless the claimant's name already says whose losses
/// they are ("Azerbaijan" about Azerbaijan).
pub(super) fn whose(g: &Group, claimant_en: &str, ar: bool) -> String {
    if claimant_en.starts_with(g.subject_en.as_str()) {
        String::new()
    } else if ar {
        format!(" ({})", g.subject_ar)
    } else {
        format!(" for {}", g.subject_en)
    }
}

/// "5", "2.5": how many times larger, as a reader would say it.
pub(super) fn times(big: u64, small: u64) -> String {
    let k = big as f64 / small as f64;
    if k >= 10.0 {
        format!("{}", k.round())
    } else {
        let s = format!("{:.1}", k);
        s.strip_suffix(".0").map_or(s.clone(), str::to_string)
    }
}

/// "ضعفي" for 2, «5 أضعاف» otherwise.
pub(super) fn times_ar(k: &str) -> String {
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
    fn factors_read_naturally() {
        assert_eq!(times(5000, 1000), "5");
        assert_eq!(times(2500, 1000), "2.5");
        assert_eq!(times(2000, 1000), "2");
        assert_eq!(times(23_000, 1000), "23");
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
