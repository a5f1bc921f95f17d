//! Who published the figures of a group: a fact-checker needs to see at
//! once that Azerbaijan's soldiers killed in 2020 are known only from
//! Armenia's count, or that a toll comes from one side alone.

use crate::compare::Group;
use crate::corpus::schema::Side;

/// Fills `published_by` and the sentence that says what is missing.
pub(super) fn fill(g: &mut Group) {
    let mut sides: Vec<Side> = g.rows.iter().filter_map(|r| r.claimant_side).collect();
    sides.sort_unstable();
    sides.dedup();
    let (en, ar) = match sentence(&g.sides, &sides) {
        Some((en, ar)) => (Some(en), Some(ar)),
        None => (None, None),
    };
    g.published_by = sides;
    g.coverage_en = en;
    g.coverage_ar = ar;
}

fn names(sides: &[Side], ar: bool) -> String {
    let names: Vec<&str> = sides
        .iter()
        .map(|s| if ar { s.label_ar() } else { s.label_en() })
        .collect();
    names.join(if ar { " و" } else { " and " })
}

/// The sentence, if there is something to say: the losses are one
/// belligerent's and it has published no figure of its own, or every
/// figure comes from one side.
fn sentence(subject: &[Side], published: &[Side]) -> Option<(String, String)> {
    if published.is_empty() {
        return None;
    }
    if let [own] = subject
        && own.is_belligerent()
        && !published.contains(own)
    {
        return Some((
            format!(
                "Not counted by {}; figures from {} only",
                own.label_en(),
                names(published, false)
            ),
            format!(
                "لم يُعلَن رقم من جانب {}؛ الأرقام من {} فقط",
                own.label_ar(),
                names(published, true)
            ),
        ));
    }
    match published {
        [one] => Some((
            format!("Figures from {} only", one.label_en()),
            format!("الأرقام من {} فقط", one.label_ar()),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Side::*;

    #[test]
    fn says_when_a_side_has_no_figure_of_its_own_or_one_side_counts_alone() {
        let s = |subject: &[Side], published: &[Side]| sentence(subject, published).map(|x| x.0);
        assert_eq!(
            s(&[Azerbaijan], &[Armenia]).as_deref(),
            Some("Not counted by Azerbaijan; figures from Armenia only")
        );
        assert_eq!(
            s(&[Karabakh], &[Karabakh]).as_deref(),
            Some("Figures from Karabakh Armenians only")
        );
        assert_eq!(s(&[Karabakh], &[Azerbaijan, Karabakh]), None);
        assert_eq!(
            s(&[Armenia, Azerbaijan, Karabakh], &[ThirdParty]).as_deref(),
            Some("Figures from third parties only")
        );
        assert_eq!(
            s(&[Armenia], &[]),
            None,
            "unknown claimant sides say nothing"
        );
    }
}
