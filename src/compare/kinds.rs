//! The three kinds of relation between two figures of a group, each with
//! its rule and its words: the same claim printed differently, an official
//! figure against an outside estimate, rival official figures.

use crate::compare::conflict::{Conflict, ConflictKind};
use crate::compare::figures::group_digits;
use crate::compare::words::{dates, noun, possessive, printed_by, ratio, toll, whose};
use crate::compare::{Group, Row};
use crate::corpus::date::PartialDate;
use crate::corpus::model::Timeline;
use crate::corpus::schema::{Category, Qualifier, Standing};

/// How far apart as-of dates may be for figures to be compared directly.
const SAME_TIME_DAYS: i64 = 7;

fn conflict(kind: ConflictKind, rows: [&Row; 2], en: String, ar: String) -> Conflict {
    Conflict {
        kind,
        claims: rows.iter().map(|r| r.claim).collect(),
        claim_ids: rows.iter().map(|r| r.claim_id.clone()).collect(),
        message_en: en,
        message_ar: ar,
    }
}

/// Days between two periods; 0 when they overlap.
fn days_apart(a: PartialDate, b: PartialDate) -> i64 {
    if a.last_day() < b.first_day() {
        (b.first_day() - a.last_day()).num_days()
    } else if b.last_day() < a.first_day() {
        (a.first_day() - b.last_day()).num_days()
    } else {
        0
    }
}

/// Kind 1: the same claimant's figure for the same date, printed
/// differently by different articles.
pub(super) fn same_claim(t: &Timeline, g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
    let claimant = |r: &Row| t.claims.get(r.claim).map(|c| c.claimant);
    let disjoint = a
        .sources
        .iter()
        .all(|x| b.sources.iter().all(|y| x.article != y.article));
    if claimant(a) != claimant(b)
        || a.as_of != b.as_of
        || (a.value, a.qualifier, a.vague) == (b.value, b.qualifier, b.vague)
        || !disjoint
    {
        return None;
    }
    let hedged = [a, b]
        .iter()
        .filter(|r| r.qualifier != Qualifier::Exact || r.vague)
        .count();
    let (kind, en, ar) = if a.interval().overlaps(&b.interval()) {
        let (en, ar) = if hedged == 1 {
            (
                "consistent, one is less precise",
                "متوافقان، لكن أحدهما أقل دقة",
            )
        } else {
            (
                "consistent, both are approximate and their ranges overlap",
                "متوافقان، فكلاهما تقريبي ونطاقاهما متداخلان",
            )
        };
        (
            ConflictKind::SameClaimConsistent,
            en.to_string(),
            ar.to_string(),
        )
    } else if hedged == 0 {
        let d = group_digits(a.value.abs_diff(b.value));
        (
            ConflictKind::SameClaimContradictory,
            format!("contradictory, they differ by {d}"),
            format!("متناقضان، والفرق بينهما {d}"),
        )
    } else {
        (
            ConflictKind::SameClaimContradictory,
            "contradictory, no number fits both".to_string(),
            "متناقضان، فلا يوجد عدد يصدق عليهما معا".to_string(),
        )
    };
    let message_en = format!(
        "{} {}{} as of {} is printed as {} by {} and {} by {}: {en}",
        possessive(&a.claimant_en),
        toll(g, false),
        whose(g, a, false),
        a.as_of.display_en(),
        a.display,
        printed_by(a, false),
        b.display,
        printed_by(b, false),
    );
    let message_ar = format!(
        "{} بحسب {}{} حتى {} وردت «{}» في {} و«{}» في {}: الرقمان {ar}",
        toll(g, true),
        a.claimant_ar,
        whose(g, a, true),
        a.as_of.display_ar(),
        a.display_ar,
        printed_by(a, true),
        b.display_ar,
        printed_by(b, true),
    );
    Some(conflict(kind, [a, b], message_en, message_ar))
}

/// Kind 2: an official figure against an outside estimate or media tally
/// of about the same date, when both cannot be true.
pub(super) fn official_vs_outside(g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
    let (o, x) = match (a.standing, b.standing) {
        (Standing::Official, Standing::Outside | Standing::Media) => (a, b),
        (Standing::Outside | Standing::Media, Standing::Official) => (b, a),
        _ => return None,
    };
    if days_apart(o.as_of, x.as_of) > SAME_TIME_DAYS {
        return None;
    }
    // Only figures that cannot both be true are flagged: «المئات» beside
    // "<1,000" is not a disagreement, ≈5,000 beside it is.
    if o.interval().overlaps(&x.interval()) {
        return None;
    }
    // The ranges do not overlap, so one lies wholly above the other.
    let higher = o.high.is_some_and(|h| x.low > h);
    let (big, small) = if higher { (x, o) } else { (o, x) };
    let factor = ratio(big, small);
    let media = x.standing == Standing::Media;
    let (what_en, what_ar) = if media {
        ("media tally", "حصيلة وسائل الإعلام")
    } else {
        ("outside estimate", "التقدير الخارجي")
    };
    let (rel_en, rel_ar) = match (&factor, higher) {
        (Some((k, bound)), true) => (
            format!("the {what_en} is {}× the official figure", bound.en(k)),
            format!("{what_ar} يبلغ {} الرقم الرسمي", bound.ar(k)),
        ),
        (Some((k, bound)), false) => (
            format!("the official figure is {}× the {what_en}", bound.en(k)),
            format!("الرقم الرسمي يبلغ {} {what_ar}", bound.ar(k)),
        ),
        (None, true) => (
            format!("the {what_en} is higher than the official figure allows"),
            format!("{what_ar} أعلى مما يسمح به الرقم الرسمي"),
        ),
        (None, false) => (
            format!("the {what_en} is lower than the official figure allows"),
            format!("{what_ar} أدنى مما يسمح به الرقم الرسمي"),
        ),
    };
    let (when_en, when_ar) = dates(o, x);
    let kind_en = if media { "tally" } else { "estimate" };
    let kind_ar = if media { "حصيلة" } else { "تقدير" };
    let message_en = format!(
        "{} official figure ({} {}{}) vs {} {kind_en} ({}{}): {rel_en}",
        possessive(&o.claimant_en),
        o.display,
        noun(g, false),
        when_en[0],
        possessive(&x.claimant_en),
        x.display,
        when_en[1],
    );
    let message_ar = format!(
        "الرقم الرسمي بحسب {} ({} {}{}) مقابل {kind_ar} {} ({}{}): {rel_ar}",
        o.claimant_ar,
        o.display_ar,
        noun(g, true),
        when_ar[0],
        x.claimant_ar,
        x.display_ar,
        when_ar[1],
    );
    Some(conflict(
        ConflictKind::OfficialVsOutside,
        [o, x],
        message_en,
        message_ar,
    ))
}

/// Tolls that only ever grow, so an earlier figure above a later one is a
/// contradiction whatever the gap between them.
fn cumulative(c: Category) -> bool {
    matches!(
        c,
        Category::TotalKilled
            | Category::MilitaryKilled
            | Category::CiviliansKilled
            | Category::Wounded
            | Category::EquipmentDestroyed
    )
}

/// Kind 3: two official claimants (typically the two belligerents) whose
/// figures for the same losses cannot both be right; "cannot both be
/// right" at the same time only within one event (a single downed
/// helicopter is not a running total). Groups are per era, so the 2021
/// clashes' toll is never weighed against the 2020 war's.
pub(super) fn rival(g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
    if a.standing != Standing::Official
        || b.standing != Standing::Official
        || a.claimant_id == b.claimant_id
    {
        return None;
    }
    let (early, late) = if a.as_of.first_day() <= b.as_of.first_day() {
        (a, b)
    } else {
        (b, a)
    };
    let (why_en, why_ar) = if days_apart(a.as_of, b.as_of) <= SAME_TIME_DAYS {
        if a.event != b.event || a.interval().overlaps(&b.interval()) {
            return None;
        }
        (
            "the figures cannot both be right",
            "لا يمكن أن يصح الرقمان معا",
        )
    } else if cumulative(g.category)
        && early.as_of.last_day() < late.as_of.first_day()
        && below(late, early)
    {
        (
            "a toll only grows, yet the earlier figure is the higher one",
            "الحصيلة لا تنقص مع الوقت، ومع ذلك فالرقم الأقدم هو الأعلى",
        )
    } else {
        return None;
    };
    let (a, b) = (early, late);
    let message_en = format!(
        "Rival official figures for {} ({}): {} as of {} ({}) vs {} as of {} ({}): {why_en}",
        g.label_en,
        g.subject_en,
        a.display,
        a.as_of.display_en(),
        a.claimant_en,
        b.display,
        b.as_of.display_en(),
        b.claimant_en,
    );
    let message_ar = format!(
        "أرقام رسمية متعارضة عن {} ({}): «{}» حتى {} ({}) مقابل «{}» حتى {} ({}): {why_ar}",
        g.label_ar,
        g.subject_ar,
        a.display_ar,
        a.as_of.display_ar(),
        a.claimant_ar,
        b.display_ar,
        b.as_of.display_ar(),
        b.claimant_ar,
    );
    Some(conflict(
        ConflictKind::RivalClaims,
        [a, b],
        message_en,
        message_ar,
    ))
}

/// Whether every count the `later` figure allows is below every count the
/// `earlier` one allows.
fn below(later: &Row, earlier: &Row) -> bool {
    later.high.is_some_and(|h| h < earlier.low)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_gaps_count_whole_periods() {
        let d = |s: &str| PartialDate::parse(s).expect("date");
        assert_eq!(days_apart(d("2020-10-22"), d("2020-10-22")), 0);
        assert_eq!(days_apart(d("2020-10-22"), d("2020-10-29")), 7);
        assert_eq!(days_apart(d("2020-10-29"), d("2020-10-21")), 8);
        assert_eq!(days_apart(d("2020-10"), d("2020-10-22")), 0);
        assert_eq!(days_apart(d("2020-10"), d("2020-11-03")), 3);
    }
}
