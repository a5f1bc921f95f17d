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
use crate::compare::kinds::{official_vs_outside, rival, same_claim};
use crate::compare::words::{possessive, toll, whose};
use crate::compare::{Group, Row};
use crate::corpus::date::PartialDate;
use crate::corpus::model::Timeline;
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
