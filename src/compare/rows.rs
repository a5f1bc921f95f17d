//! One group and one row of the comparison, built from a claim: names,
//! sides, the range the figure allows and how it is printed.

use crate::compare::figures::{Interval, format_value, format_value_ar, group_digits};
use crate::compare::{Group, Row, RowSource, entity_names};
use crate::corpus::model::{Claim, Timeline};

pub(super) fn new_group(t: &Timeline, claim: &Claim, era: usize, row: Row) -> Group {
    let subject_en = claim
        .subject
        .iter()
        .map(|s| s.label_en())
        .collect::<Vec<_>>()
        .join(" + ");
    let subject_ar = claim
        .subject
        .iter()
        .map(|s| s.label_ar())
        .collect::<Vec<_>>()
        .join(" و");
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
    let era_x = t.eras.get(era);
    Group {
        era,
        era_id: era_x.map_or_else(String::new, |e| e.id.clone()),
        era_en: era_x.map_or_else(String::new, |e| e.title.en.clone()),
        era_ar: era_x.map_or_else(String::new, |e| e.title.ar.clone()),
        subject_ids: claim
            .subject
            .iter()
            .map(|s| s.as_str().to_string())
            .collect(),
        sides: claim.subject.clone(),
        subject_en,
        subject_ar,
        category: claim.category,
        equipment: claim.equipment.clone(),
        label_en,
        label_ar,
        max_value: 0,
        range_max: 0,
        published_by: Vec::new(),
        coverage_en: None,
        coverage_ar: None,
        too_many_to_pair: None,
        rows: vec![row],
    }
}

pub(super) fn row(t: &Timeline, c: usize) -> Row {
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
    let interval = Interval::of_claim(claim);
    let (display, display_ar) = match (&claim.vague, &claim.value_text) {
        (Some(v), words) => {
            let range = format!("{}–{}", group_digits(v.low), group_digits(v.high));
            let ar = words.as_deref().unwrap_or(v.en);
            (format!("{range} ({})", v.en), format!("{ar} ({range})"))
        }
        (None, _) => (
            format_value(claim.value, claim.qualifier),
            format_value_ar(claim.value, claim.qualifier),
        ),
    };
    let claimant = t.entities.get(claim.claimant);
    Row {
        claim: c,
        claim_id: claim.id.clone(),
        claimant_id: claimant.map_or_else(String::new, |e| e.id.clone()),
        claimant_en: claimant_en.to_string(),
        claimant_ar: claimant_ar.to_string(),
        claimant_side: claimant.and_then(|e| e.side),
        standing: claim.standing,
        value: claim.value,
        qualifier: claim.qualifier,
        value_text: claim.value_text.clone(),
        vague: claim.vague.is_some(),
        low: interval.lo,
        high: interval.hi,
        display,
        display_ar,
        as_of: claim.as_of,
        event: claim.event,
        event_id: t
            .events
            .get(claim.event)
            .map_or_else(String::new, |e| e.id.clone()),
        note: claim.note.clone(),
        sources,
        conflicts: Vec::new(),
        consistent: Vec::new(),
        draft: claim.draft.as_deref().cloned(),
    }
}
