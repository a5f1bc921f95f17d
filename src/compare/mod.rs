//! The casualty comparison (SPEC section 5): the claims of the timeline, or
//! of one event, grouped by era, by the side whose losses they count and
//! by what kind of loss, one row per claim, with the conflicts between
//! them (and the differences that are only consistent) explained in plain
//! words.
//!
//! Nothing here knows about terminals: the TUI pane and the `claims`
//! command both draw a [`Comparison`]. Everything a pane needs to draw a
//! row honestly is in it: the range a figure allows (`low`, `high`, and
//! `vague` for words like «العشرات» that must never be drawn as an exact
//! bar), the words as printed (`value_text`), the claim's note, the side
//! of each group and who published its figures.

mod conflict;
mod coverage;
mod figures;
mod kinds;
mod rows;
mod words;

pub use conflict::{Conflict, ConflictKind, MAX_RELATIONS, PAIRWISE_FIGURES, Relations, detect};
pub use figures::{Interval, bar_len, format_value, format_value_ar, group_digits};

use crate::corpus::date::PartialDate;
use crate::corpus::model::{Claim, Timeline};
use crate::corpus::schema::{Category, Qualifier, Side, Standing};
use serde::{Serialize, Serializer};
use std::collections::HashMap;

/// Which claims to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimScope {
    All,
    /// The claims of one event (index into `Timeline::events`).
    Event(usize),
    /// These claims (indices into `Timeline::claims`), e.g. a selection's.
    Claims(Vec<usize>),
}

/// Groups in reading order, and the relations among their claims.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    pub groups: Vec<Group>,
    /// Figures that cannot all be right (⚠).
    pub conflicts: Vec<Conflict>,
    /// Figures that differ but can all be right («أكثر من 30» and 37): not
    /// conflicts, shown with a mark of their own.
    pub consistent: Vec<Conflict>,
    /// Detection stopped after [`MAX_RELATIONS`] relations: more may exist.
    pub truncated: bool,
}

/// The claims about one kind of loss of one set of sides, in one era.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Index into `Timeline::eras`.
    #[serde(skip)]
    pub era: usize,
    #[serde(rename = "era")]
    pub era_id: String,
    pub era_en: String,
    pub era_ar: String,
    /// Whose losses: the sides counted, sorted.
    pub sides: Vec<Side>,
    /// The same sides as ids (`armenia`, `karabakh`…).
    #[serde(rename = "subject")]
    pub subject_ids: Vec<String>,
    /// "Armenia + Azerbaijan".
    pub subject_en: String,
    /// «أرمينيا وأذربيجان».
    pub subject_ar: String,
    pub category: Category,
    pub equipment: Option<String>,
    /// "soldiers killed", "tank destroyed".
    pub label_en: String,
    pub label_ar: String,
    /// The largest value in the group: what a full bar stands for.
    pub max_value: u64,
    /// The larger of `max_value` and the top of every vague row's range:
    /// what a pane drawing vague figures as ranges scales to.
    pub range_max: u64,
    /// The sides whose claimants have a figure here, sorted.
    pub published_by: Vec<Side>,
    /// Says when only one side has published a figure, or when the side
    /// whose losses these are has published none ("Not counted by
    /// Azerbaijan; figures from Armenia only").
    pub coverage_en: Option<String>,
    pub coverage_ar: Option<String>,
    /// Set when the group has more than [`PAIRWISE_FIGURES`] distinct
    /// figures: only the same claimant's figures for the same date were
    /// compared, not every pair. The number of distinct figures.
    pub too_many_to_pair: Option<usize>,
    pub rows: Vec<Row>,
}

/// One claim as the comparison shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Index into `Timeline::claims`, so the UI can open its passage.
    #[serde(skip)]
    pub claim: usize,
    #[serde(rename = "claim")]
    pub claim_id: String,
    #[serde(rename = "claimant")]
    pub claimant_id: String,
    pub claimant_en: String,
    pub claimant_ar: String,
    /// The claimant's side (`None` when the corpus does not say).
    pub claimant_side: Option<Side>,
    pub standing: Standing,
    /// The figure; for a vague word its lower bound.
    pub value: u64,
    pub qualifier: Qualifier,
    /// The words that gave the figure, as printed («أكثر من 30»,
    /// «العشرات»); `None` only for a version-1 corpus.
    pub value_text: Option<String>,
    /// The figure is a vague word: draw `low..=high` as a range, never as
    /// an exact bar.
    pub vague: bool,
    /// The counts the figure allows: `low..=high`, `high` `None` when
    /// there is no upper bound (">30"). An exact figure has
    /// `low == high == value`.
    pub low: u64,
    pub high: Option<u64>,
    /// The value as printed in the comparison ("≈5,000", "10–99 (tens)").
    pub display: String,
    /// The same in Arabic words («نحو 5,000», «العشرات (10–99)»).
    pub display_ar: String,
    #[serde(serialize_with = "iso")]
    pub as_of: PartialDate,
    /// Index into `Timeline::events`: the event the claim belongs to.
    #[serde(skip)]
    pub event: usize,
    #[serde(rename = "event")]
    pub event_id: String,
    /// The claim's note (how an article framed the figure, its words…).
    pub note: Option<String>,
    /// The articles that print the claim, each once, in source order.
    pub sources: Vec<RowSource>,
    /// Indices into [`Comparison::conflicts`] that involve this claim.
    #[serde(skip)]
    pub conflicts: Vec<usize>,
    /// Indices into [`Comparison::consistent`] that involve this claim.
    #[serde(skip)]
    pub consistent: Vec<usize>,
    /// The claim is a draft no user has accepted: its rule and confidence
    /// (`null` once accepted).
    pub draft: Option<crate::corpus::DraftMark>,
}

/// An article that prints a claim, and its outlet.
#[derive(Debug, Clone, Serialize)]
pub struct RowSource {
    #[serde(skip)]
    pub article: usize,
    #[serde(rename = "article")]
    pub article_id: String,
    pub outlet_en: String,
    pub outlet_ar: String,
}

fn iso<S: Serializer>(d: &PartialDate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&d.iso())
}

impl Row {
    /// The counts the figure allows.
    pub fn interval(&self) -> Interval {
        Interval {
            lo: self.low,
            hi: self.high,
        }
    }
}

impl Comparison {
    /// Number of claims shown.
    pub fn claim_count(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }

    /// The conflicts that involve a claim, for flagging its row.
    pub fn conflicts_of(&self, claim: usize) -> impl Iterator<Item = &Conflict> {
        self.conflicts
            .iter()
            .filter(move |c| c.claims.contains(&claim))
    }

    /// The consistent differences that involve a claim.
    pub fn consistent_of(&self, claim: usize) -> impl Iterator<Item = &Conflict> {
        self.consistent
            .iter()
            .filter(move |c| c.claims.contains(&claim))
    }
}

/// Reading order of categories: deaths first (total, then soldiers, then
/// civilians), then the other human losses, then material ones.
pub fn category_rank(c: Category) -> u8 {
    match c {
        Category::TotalKilled => 0,
        Category::MilitaryKilled => 1,
        Category::CiviliansKilled => 2,
        Category::Wounded => 3,
        Category::Missing => 4,
        Category::Captured => 5,
        Category::Displaced => 6,
        Category::EquipmentDestroyed => 7,
        Category::PositionsLost => 8,
    }
}

/// Groups the claims in scope and finds their relations. Claim indices out
/// of range (a stale selection) are skipped, never a panic.
pub fn compare(t: &Timeline, scope: ClaimScope) -> Comparison {
    let mut claims: Vec<usize> = match scope {
        ClaimScope::All => (0..t.claims.len()).collect(),
        ClaimScope::Event(e) => t
            .events
            .get(e)
            .map(|ev| ev.claims.clone())
            .unwrap_or_default(),
        ClaimScope::Claims(c) => c,
    };
    claims.retain(|&c| c < t.claims.len());
    claims.sort_unstable();
    claims.dedup();

    let mut groups: Vec<Group> = Vec::new();
    let mut index: HashMap<(usize, Vec<Side>, Category, Option<String>), usize> = HashMap::new();
    for &c in &claims {
        let claim = &t.claims[c];
        let era = era_of(t, claim);
        let key = (
            era,
            claim.subject.clone(),
            claim.category,
            claim.equipment.clone(),
        );
        let row = rows::row(t, c);
        match index.get(&key) {
            Some(&g) => groups[g].rows.push(row),
            None => {
                index.insert(key, groups.len());
                groups.push(rows::new_group(t, claim, era, row));
            }
        }
    }
    let era_start = |g: &Group| t.eras.get(g.era).map(|e| e.start.first_day());
    groups.sort_by(|a, b| {
        (
            era_start(a),
            category_rank(a.category),
            &a.sides,
            &a.equipment,
        )
            .cmp(&(
                era_start(b),
                category_rank(b.category),
                &b.sides,
                &b.equipment,
            ))
    });
    for g in &mut groups {
        g.max_value = g.rows.iter().map(|r| r.value).max().unwrap_or(0);
        g.range_max = g
            .rows
            .iter()
            .filter(|r| r.vague)
            .filter_map(|r| r.high)
            .fold(g.max_value, u64::max);
        g.rows.sort_by(|a, b| {
            (a.as_of.first_day(), &a.claimant_en, a.claim).cmp(&(
                b.as_of.first_day(),
                &b.claimant_en,
                b.claim,
            ))
        });
        coverage::fill(g);
    }
    let relations = detect(t, &mut groups);
    attach(&mut groups, &relations);
    Comparison {
        groups,
        conflicts: relations.conflicts,
        consistent: relations.consistent,
        truncated: relations.truncated,
    }
}

/// Points each row at the relations that involve it. Each claim has one
/// row (claims are deduplicated), found by a map rather than by scanning
/// every row for every relation.
fn attach(groups: &mut [Group], relations: &Relations) {
    let mut row_of = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        for (r, row) in group.rows.iter().enumerate() {
            row_of.insert(row.claim, (g, r));
        }
    }
    for (consistent, list) in [(false, &relations.conflicts), (true, &relations.consistent)] {
        for (i, relation) in list.iter().enumerate() {
            for c in &relation.claims {
                if let Some(&(g, r)) = row_of.get(c) {
                    let row = &mut groups[g].rows[r];
                    let refs = if consistent {
                        &mut row.consistent
                    } else {
                        &mut row.conflicts
                    };
                    // Once per relation, in relation order.
                    if refs.last() != Some(&i) {
                        refs.push(i);
                    }
                }
            }
        }
    }
}

fn era_of(t: &Timeline, claim: &Claim) -> usize {
    t.events.get(claim.event).map_or(0, |e| e.era)
}

/// An entity's names: English, and the first (most common) Arabic spelling.
pub(crate) fn entity_names(t: &Timeline, e: usize) -> (&str, &str) {
    t.entities.get(e).map_or(("?", "?"), |x| {
        (
            x.en.as_str(),
            x.ar.first().map_or(x.en.as_str(), String::as_str),
        )
    })
}

/// Standing in words, for tables and messages.
pub fn standing_label(s: Standing, ar: bool) -> &'static str {
    match (s, ar) {
        (Standing::Official, false) => "official",
        (Standing::Outside, false) => "outside",
        (Standing::Media, false) => "media",
        (Standing::Official, true) => "رسمي",
        (Standing::Outside, true) => "خارجي",
        (Standing::Media, true) => "إعلامي",
    }
}
