//! Conflicts between the figures of one group, explained in words a
//! journalist would use, in English and Arabic.
//!
//! Three kinds, all within one group (same subjects, category, equipment):
//! the same claim printed differently by two articles; an official figure
//! against an outside estimate or a media tally; and the rival figures of
//! two official claimants (the belligerents).

use crate::compare::figures::{Interval, format_value, format_value_ar, group_digits};
use crate::compare::words::{dates, noun, possessive, printed_by, times, times_ar, toll, whose};
use crate::compare::{Group, Row};
use crate::corpus::date::PartialDate;
use crate::corpus::model::Timeline;
use crate::corpus::schema::{Category, Qualifier, Standing};
use serde::Serialize;

/// What kind of disagreement a [`Conflict`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    /// One claim printed with different numbers that can both be true
    /// («أكثر من 30» and «37»): one article is less precise.
    SameClaimConsistent,
    /// One claim printed with numbers that cannot both be true (63 and 61).
    SameClaimContradictory,
    /// An official figure against an outside estimate or a media tally
    /// that it does not overlap or that is at least twice as large.
    OfficialVsOutside,
    /// Two official claimants whose figures cannot both be right.
    RivalClaims,
}

impl ConflictKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::SameClaimConsistent => "same-claim-consistent",
            ConflictKind::SameClaimContradictory => "same-claim-contradictory",
            ConflictKind::OfficialVsOutside => "official-vs-outside",
            ConflictKind::RivalClaims => "rival-claims",
        }
    }

    /// Whether the figures cannot all be right (as opposed to differing in
    /// precision), for choosing how loudly to flag the rows.
    pub fn is_contradiction(self) -> bool {
        self != ConflictKind::SameClaimConsistent
    }
}

/// A disagreement between claims, with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// Indices into `Timeline::claims`, in the order the message names them.
    #[serde(skip)]
    pub claims: Vec<usize>,
    /// The claims' ids, for scripts reading the JSON.
    #[serde(rename = "claims")]
    pub claim_ids: Vec<String>,
    pub message_en: String,
    pub message_ar: String,
}

/// How far apart as-of dates may be for figures to be compared directly.
const SAME_TIME_DAYS: i64 = 7;

/// Every conflict within each group, group by group.
///
/// Pairs are formed between distinct *figures*, not claims: the same figure
/// (claimant, number, qualifier, as-of date) reprinted by several articles
/// is one figure with several claims. That is what a reader wants — one
/// disagreement, naming every claim involved — and it keeps the work
/// proportional to the distinct figures, not to every reprint: many outlets
/// repeating the same tolls would otherwise make it quadratic in the corpus.
pub fn detect_conflicts(t: &Timeline, groups: &[Group]) -> Vec<Conflict> {
    let mut out = Vec::new();
    for g in groups {
        let figures = distinct_figures(g);
        for (i, (a, a_rows)) in figures.iter().enumerate() {
            for (b, b_rows) in &figures[i + 1..] {
                let (a, b) = (&g.rows[*a], &g.rows[*b]);
                let found = same_claim(t, g, a, b)
                    .or_else(|| official_vs_outside(g, a, b))
                    .or_else(|| rival(t, g, a, b));
                if let Some(mut c) = found {
                    let members = a_rows.iter().chain(b_rows).map(|&r| &g.rows[r]);
                    c.claims = members.clone().map(|r| r.claim).collect();
                    c.claim_ids = members.map(|r| r.claim_id.clone()).collect();
                    out.push(c);
                }
            }
        }
    }
    out
}

/// The group's rows collapsed into distinct figures: (the row that stands
/// for the figure, every row printing it), in row order.
fn distinct_figures(g: &Group) -> Vec<(usize, Vec<usize>)> {
    let mut index: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    let mut figures: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, r) in g.rows.iter().enumerate() {
        let key = (
            r.claimant_id.as_str(),
            r.value,
            r.qualifier,
            r.as_of,
            r.standing,
        );
        match index.get(&key) {
            Some(&f) => figures[f].1.push(i),
            None => {
                index.insert(key, figures.len());
                figures.push((i, vec![i]));
            }
        }
    }
    figures
}

fn conflict(kind: ConflictKind, rows: [&Row; 2], en: String, ar: String) -> Conflict {
    Conflict {
        kind,
        claims: rows.iter().map(|r| r.claim).collect(),
        claim_ids: rows.iter().map(|r| r.claim_id.clone()).collect(),
        message_en: en,
        message_ar: ar,
    }
}

fn interval(r: &Row) -> Interval {
    Interval::of(r.value, r.qualifier)
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
fn same_claim(t: &Timeline, g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
    let claimant = |r: &Row| t.claims.get(r.claim).map(|c| c.claimant);
    let disjoint = a
        .sources
        .iter()
        .all(|x| b.sources.iter().all(|y| x.article != y.article));
    if claimant(a) != claimant(b)
        || a.as_of != b.as_of
        || (a.value, a.qualifier) == (b.value, b.qualifier)
        || !disjoint
    {
        return None;
    }
    let hedged = [a, b]
        .iter()
        .filter(|r| r.qualifier != Qualifier::Exact)
        .count();
    let (kind, en, ar) = if interval(a).overlaps(&interval(b)) {
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
        whose(g, &a.claimant_en, false),
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
        whose(g, &a.claimant_en, true),
        a.as_of.display_ar(),
        format_value_ar(a.value, a.qualifier),
        printed_by(a, true),
        format_value_ar(b.value, b.qualifier),
        printed_by(b, true),
    );
    Some(conflict(kind, [a, b], message_en, message_ar))
}

/// Kind 2: an official figure against an outside estimate or media tally
/// of about the same date that it does not overlap or is half of (or
/// double).
fn official_vs_outside(g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
    let (o, x) = match (a.standing, b.standing) {
        (Standing::Official, Standing::Outside | Standing::Media) => (a, b),
        (Standing::Outside | Standing::Media, Standing::Official) => (b, a),
        _ => return None,
    };
    if days_apart(o.as_of, x.as_of) > SAME_TIME_DAYS {
        return None;
    }
    // Only figures that cannot both be true are flagged: «المئات» (≥200)
    // beside "<1,000" is not a disagreement, ≈5,000 beside it is.
    if interval(o).overlaps(&interval(x)) {
        return None;
    }
    let (big, small) = (o.value.max(x.value), o.value.min(x.value));
    let factor = (small > 0 && big >= small.saturating_mul(2)).then(|| times(big, small));
    let media = x.standing == Standing::Media;
    let (what_en, what_ar) = if media {
        ("media tally", "حصيلة وسائل الإعلام")
    } else {
        ("outside estimate", "التقدير الخارجي")
    };
    let higher = x.value > o.value;
    let (rel_en, rel_ar) = match (&factor, higher) {
        (Some(k), true) => (
            format!("the {what_en} is {k}× the official figure"),
            format!("{what_ar} يبلغ {} الرقم الرسمي", times_ar(k)),
        ),
        (Some(k), false) => (
            format!("the official figure is {k}× the {what_en}"),
            format!("الرقم الرسمي يبلغ {} {what_ar}", times_ar(k)),
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
        format_value_ar(o.value, o.qualifier),
        noun(g, true),
        when_ar[0],
        x.claimant_ar,
        format_value_ar(x.value, x.qualifier),
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
/// figures for the same losses cannot both be right. Figures are only
/// compared within one era (the 2021 clashes' toll says nothing about the
/// 2020 war's), and "cannot both be right" only within one event (a single
/// downed helicopter is not a running total).
fn rival(t: &Timeline, g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
    let era = |r: &Row| t.events.get(r.event).map(|e| e.era);
    if era(a) != era(b) {
        return None;
    }
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
        if a.event != b.event || interval(a).overlaps(&interval(b)) {
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
        "Rival official figures for {} {}: {} as of {} ({}) vs {} as of {} ({}): {why_en}",
        g.subject_en,
        g.label_en,
        format_value(a.value, a.qualifier),
        a.as_of.display_en(),
        a.claimant_en,
        format_value(b.value, b.qualifier),
        b.as_of.display_en(),
        b.claimant_en,
    );
    let message_ar = format!(
        "أرقام رسمية متعارضة عن {} ({}): «{}» حتى {} ({}) مقابل «{}» حتى {} ({}): {why_ar}",
        g.label_ar,
        g.subject_ar,
        format_value_ar(a.value, a.qualifier),
        a.as_of.display_ar(),
        a.claimant_ar,
        format_value_ar(b.value, b.qualifier),
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
    interval(later).hi.is_some_and(|h| h < interval(earlier).lo)
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
