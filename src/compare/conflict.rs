//! Relations between the figures of one group, explained in words a
//! journalist would use, in English and Arabic.
//!
//! Within one group (same era, sides, category, equipment):
//! - the same claim printed differently by two articles: *consistent* when
//!   both can be true («أكثر من 30» and 37, one is less precise — not a
//!   conflict), *contradictory* when they cannot (63 and 61);
//! - an official figure against an outside estimate or a media tally that
//!   cannot both be true;
//! - the rival figures of two official claimants (the belligerents).
//!
//! The work is bounded whatever the corpus: pairs are formed between
//! distinct *figures* (a figure reprinted by many articles is one figure),
//! every pair only in a group of at most [`PAIRWISE_FIGURES`] figures —
//! beyond that only the same claimant's figures for the same date are
//! compared, through a hash, and the group says so — and detection stops
//! after [`MAX_RELATIONS`] relations.

use crate::compare::figures::group_digits;
use crate::compare::words::{dates, noun, possessive, printed_by, ratio, toll, whose};
use crate::compare::{Group, Row};
use crate::corpus::date::PartialDate;
use crate::corpus::model::Timeline;
use crate::corpus::schema::{Category, Qualifier, Standing};
use serde::Serialize;
use std::collections::HashMap;

/// The most distinct figures of one group compared pair by pair (at most
/// 2,016 pairs). A real group has a handful; a hostile corpus with
/// thousands would make every pair quadratic in time and in output.
pub const PAIRWISE_FIGURES: usize = 64;

/// The most relations (conflicts and consistent differences) listed.
pub const MAX_RELATIONS: usize = 10_000;

/// What kind of relation a [`Conflict`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    /// One claim printed with different numbers that can all be true
    /// («أكثر من 30» and «37»): one article is less precise. Listed in
    /// `Comparison::consistent`, never among the conflicts.
    SameClaimConsistent,
    /// One claim printed with numbers that cannot all be true (63 and 61).
    SameClaimContradictory,
    /// An official figure against an outside estimate or a media tally
    /// that cannot both be true.
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
    /// precision).
    pub fn is_contradiction(self) -> bool {
        self != ConflictKind::SameClaimConsistent
    }
}

/// A relation between claims, with its explanation.
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

/// What detection found.
#[derive(Debug, Clone, Default)]
pub struct Relations {
    pub conflicts: Vec<Conflict>,
    pub consistent: Vec<Conflict>,
    pub truncated: bool,
}

impl Relations {
    fn push(&mut self, c: Conflict) {
        if self.conflicts.len() + self.consistent.len() >= MAX_RELATIONS {
            self.truncated = true;
        } else if c.kind.is_contradiction() {
            self.conflicts.push(c);
        } else {
            self.consistent.push(c);
        }
    }

    fn full(&self) -> bool {
        self.truncated
    }
}

/// How far apart as-of dates may be for figures to be compared directly.
const SAME_TIME_DAYS: i64 = 7;

/// Every relation within each group, group by group. Marks the groups too
/// large to compare pair by pair (`Group::too_many_to_pair`).
pub fn detect(t: &Timeline, groups: &mut [Group]) -> Relations {
    let mut out = Relations::default();
    for g in groups.iter_mut() {
        let figures = distinct_figures(g);
        if figures.len() > PAIRWISE_FIGURES {
            g.too_many_to_pair = Some(figures.len());
            same_claim_buckets(t, g, &figures, &mut out);
        } else {
            let all: Vec<usize> = (0..figures.len()).collect();
            pairs(t, g, &figures, &all, true, &mut out);
        }
        if out.full() {
            break;
        }
    }
    out
}

/// A distinct figure: the row that stands for it, and every row printing it.
type Figure = (usize, Vec<usize>);

/// Compares the figures `which` pair by pair (every kind, or only the
/// same-claim kind).
fn pairs(
    t: &Timeline,
    g: &Group,
    figures: &[Figure],
    which: &[usize],
    every_kind: bool,
    out: &mut Relations,
) {
    for (n, &fa) in which.iter().enumerate() {
        for &fb in &which[n + 1..] {
            let ((a, a_rows), (b, b_rows)) = (&figures[fa], &figures[fb]);
            let (a, b) = (&g.rows[*a], &g.rows[*b]);
            let mut found = same_claim(t, g, a, b);
            if every_kind {
                found = found
                    .or_else(|| official_vs_outside(g, a, b))
                    .or_else(|| rival(g, a, b));
            }
            if let Some(mut c) = found {
                let members = a_rows.iter().chain(b_rows).map(|&r| &g.rows[r]);
                c.claims = members.clone().map(|r| r.claim).collect();
                c.claim_ids = members.map(|r| r.claim_id.clone()).collect();
                out.push(c);
                if out.full() {
                    return;
                }
            }
        }
    }
}

/// For a group too large to pair: the same claimant's figures for the same
/// date (the only pairs the same-claim kind looks at), found by a hash;
/// pair by pair when there are few, else one relation for all of them.
fn same_claim_buckets(t: &Timeline, g: &Group, figures: &[Figure], out: &mut Relations) {
    let mut buckets: HashMap<(&str, PartialDate), Vec<usize>> = HashMap::new();
    let mut order = Vec::new();
    for (f, (r, _)) in figures.iter().enumerate() {
        let row = &g.rows[*r];
        let list = buckets
            .entry((row.claimant_id.as_str(), row.as_of))
            .or_default();
        if list.is_empty() {
            order.push((row.claimant_id.as_str(), row.as_of));
        }
        list.push(f);
    }
    for key in order {
        let Some(bucket) = buckets.get(&key).filter(|b| b.len() > 1) else {
            continue;
        };
        if bucket.len() <= PAIRWISE_FIGURES {
            pairs(t, g, figures, bucket, false, out);
        } else {
            out.push(printed_many_ways(g, figures, bucket));
        }
        if out.full() {
            return;
        }
    }
}

/// One relation for a figure printed in very many ways.
fn printed_many_ways(g: &Group, figures: &[Figure], bucket: &[usize]) -> Conflict {
    let rows: Vec<&Row> = bucket
        .iter()
        .flat_map(|&f| figures[f].1.iter().map(|&r| &g.rows[r]))
        .collect();
    let first = &g.rows[figures[bucket[0]].0];
    let lo = rows.iter().map(|r| r.low).max().unwrap_or(0);
    let hi = rows.iter().filter_map(|r| r.high).min();
    let consistent = hi.is_none_or(|h| lo <= h);
    let min = rows.iter().map(|r| r.value).min().unwrap_or(0);
    let max = rows.iter().map(|r| r.value).max().unwrap_or(0);
    let (kind, en, ar) = if consistent {
        (
            ConflictKind::SameClaimConsistent,
            "consistent, their ranges overlap",
            "متوافقة، فنطاقاتها متداخلة",
        )
    } else {
        (
            ConflictKind::SameClaimContradictory,
            "contradictory, no number fits them all",
            "متناقضة، فلا يوجد عدد يصدق عليها كلها",
        )
    };
    let n = bucket.len();
    Conflict {
        kind,
        claims: rows.iter().map(|r| r.claim).collect(),
        claim_ids: rows.iter().map(|r| r.claim_id.clone()).collect(),
        message_en: format!(
            "{} {}{} as of {} is printed in {n} different ways, from {} to {}: {en}",
            possessive(&first.claimant_en),
            toll(g, false),
            whose(g, first, false),
            first.as_of.display_en(),
            group_digits(min),
            group_digits(max),
        ),
        message_ar: format!(
            "{} بحسب {}{} حتى {} وردت بـ{n} صيغة مختلفة، من {} إلى {}: الأرقام {ar}",
            toll(g, true),
            first.claimant_ar,
            whose(g, first, true),
            first.as_of.display_ar(),
            group_digits(min),
            group_digits(max),
        ),
    }
}

/// The group's rows collapsed into distinct figures, in row order.
fn distinct_figures(g: &Group) -> Vec<Figure> {
    let mut index: HashMap<_, usize> = HashMap::new();
    let mut figures: Vec<Figure> = Vec::new();
    for (i, r) in g.rows.iter().enumerate() {
        let key = (
            r.claimant_id.as_str(),
            r.value,
            r.qualifier,
            r.low,
            r.high,
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
fn official_vs_outside(g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
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
fn rival(g: &Group, a: &Row, b: &Row) -> Option<Conflict> {
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
