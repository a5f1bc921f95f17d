//! The casualty comparison (SPEC section 5): the claims of the timeline, or
//! of one event, grouped by whose losses and what kind, one row per claim,
//! with the conflicts between them explained in plain words.
//!
//! Nothing here knows about terminals: the TUI pane and the `claims`
//! command both draw a [`Comparison`].

mod conflict;
mod figures;
mod words;

pub use conflict::{Conflict, ConflictKind, detect_conflicts};
pub use figures::{Interval, bar_len, format_value, format_value_ar, group_digits};

use crate::corpus::date::PartialDate;
use crate::corpus::model::{Claim, Timeline};
use crate::corpus::schema::{Category, Qualifier, Standing};
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

/// Groups in reading order, and the conflicts among their claims.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    pub groups: Vec<Group>,
    pub conflicts: Vec<Conflict>,
}

/// The claims about one kind of loss of one set of subjects.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// Entity indices, sorted: the same set however the file lists it.
    #[serde(skip)]
    pub subjects: Vec<usize>,
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
    pub standing: Standing,
    pub value: u64,
    pub qualifier: Qualifier,
    /// The value as printed in the comparison ("≈5,000").
    pub display: String,
    #[serde(serialize_with = "iso")]
    pub as_of: PartialDate,
    /// Index into `Timeline::events`: the event the claim belongs to.
    #[serde(skip)]
    pub event: usize,
    #[serde(rename = "event")]
    pub event_id: String,
    /// The articles that print the claim, each once, in source order.
    pub sources: Vec<RowSource>,
    /// Indices into [`Comparison::conflicts`] that involve this claim.
    #[serde(skip)]
    pub conflicts: Vec<usize>,
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

/// Groups the claims in scope and finds their conflicts. Claim indices out
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
    for &c in &claims {
        let claim = &t.claims[c];
        let subjects = subject_set(claim);
        let row = row(t, c);
        match groups.iter_mut().find(|g| {
            g.subjects == subjects && g.category == claim.category && g.equipment == claim.equipment
        }) {
            Some(g) => g.rows.push(row),
            None => groups.push(new_group(t, claim, subjects, row)),
        }
    }
    groups.sort_by(|a, b| {
        (category_rank(a.category), &a.subject_en, &a.equipment).cmp(&(
            category_rank(b.category),
            &b.subject_en,
            &b.equipment,
        ))
    });
    for g in &mut groups {
        g.max_value = g.rows.iter().map(|r| r.value).max().unwrap_or(0);
        g.rows.sort_by(|a, b| {
            (a.as_of.first_day(), &a.claimant_en, a.claim).cmp(&(
                b.as_of.first_day(),
                &b.claimant_en,
                b.claim,
            ))
        });
    }
    let conflicts = detect_conflicts(t, &groups);
    // Each claim has one row (claims are deduplicated above): find it by
    // claim instead of scanning every row for every conflict, which was
    // rows × conflicts and both grow with the corpus.
    let mut row_of = HashMap::with_capacity(claims.len());
    for (g, group) in groups.iter().enumerate() {
        for (r, row) in group.rows.iter().enumerate() {
            row_of.insert(row.claim, (g, r));
        }
    }
    for (i, conflict) in conflicts.iter().enumerate() {
        for c in &conflict.claims {
            if let Some(&(g, r)) = row_of.get(c) {
                let row = &mut groups[g].rows[r];
                // Once per conflict, in conflict order, as a scan would.
                if row.conflicts.last() != Some(&i) {
                    row.conflicts.push(i);
                }
            }
        }
    }
    Comparison { groups, conflicts }
}

fn subject_set(claim: &Claim) -> Vec<usize> {
    let mut s = claim.subject.clone();
    s.sort_unstable();
    s.dedup();
    s
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

fn new_group(t: &Timeline, claim: &Claim, subjects: Vec<usize>, row: Row) -> Group {
    let mut names: Vec<(&str, &str)> = subjects.iter().map(|&s| entity_names(t, s)).collect();
    names.sort();
    let subject_en = names.iter().map(|n| n.0).collect::<Vec<_>>().join(" + ");
    let subject_ar = names.iter().map(|n| n.1).collect::<Vec<_>>().join(" و");
    let (label_en, label_ar) = match &claim.equipment {
        Some(kind) => (
            format!("{kind} {}", claim.category.label_en()),
            format!("{} ({kind})", claim.category.label_ar()),
        ),
        None => (
            claim.category.label_en().to_string(),
            claim.category.label_ar().to_string(),
        ),
    };
    Group {
        subject_ids: subjects
            .iter()
            .filter_map(|&s| t.entities.get(s).map(|e| e.id.clone()))
            .collect(),
        subjects,
        subject_en,
        subject_ar,
        category: claim.category,
        equipment: claim.equipment.clone(),
        label_en,
        label_ar,
        max_value: 0,
        rows: vec![row],
    }
}

fn row(t: &Timeline, c: usize) -> Row {
    let claim = &t.claims[c];
    let (claimant_en, claimant_ar) = entity_names(t, claim.claimant);
    let mut sources: Vec<RowSource> = Vec::new();
    for s in &claim.sources {
        let Some(a) = t.articles.get(s.article) else {
            continue;
        };
        if sources.iter().all(|x| x.article != s.article) {
            sources.push(RowSource {
                article: s.article,
                article_id: a.id.clone(),
                outlet_en: a.outlet.name_en().to_string(),
                outlet_ar: a.outlet.name_ar().to_string(),
            });
        }
    }
    Row {
        claim: c,
        claim_id: claim.id.clone(),
        claimant_id: t
            .entities
            .get(claim.claimant)
            .map_or_else(String::new, |e| e.id.clone()),
        claimant_en: claimant_en.to_string(),
        claimant_ar: claimant_ar.to_string(),
        standing: claim.standing,
        value: claim.value,
        qualifier: claim.qualifier,
        display: format_value(claim.value, claim.qualifier),
        as_of: claim.as_of,
        event: claim.event,
        event_id: t
            .events
            .get(claim.event)
            .map_or_else(String::new, |e| e.id.clone()),
        sources,
        conflicts: Vec::new(),
    }
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
