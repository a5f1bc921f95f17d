//! Putting the resolved pieces in chronological order and building the
//! indexes the UI and the commands look things up in.

use crate::corpus::model::{Article, CitedSpan, Claim, Entity, Era, Event, Timeline};
use std::collections::BTreeMap;

/// Sorts events chronologically (by [`crate::corpus::date::DateSpec::sort_key`],
/// ties by id, so the order never depends on the file's order), renumbers
/// every reference to them, and builds the indexes.
pub fn assemble(
    articles: Vec<Article>,
    entities: Vec<Entity>,
    eras: Vec<Era>,
    events: Vec<Event>,
    mut claims: Vec<Claim>,
) -> Timeline {
    let mut order: Vec<usize> = (0..events.len()).collect();
    // Keys computed once, not in every comparison.
    let keys: Vec<_> = events.iter().map(|e| e.date.sort_key()).collect();
    order.sort_by(|&a, &b| {
        keys[a]
            .cmp(&keys[b])
            .then_with(|| events[a].id.cmp(&events[b].id))
    });
    let mut new_index = vec![0; events.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    let mut events: Vec<Event> = order.iter().filter_map(|&old| slots[old].take()).collect();
    for e in &mut events {
        for r in &mut e.related {
            *r = new_index[*r];
        }
    }
    for (c, claim) in claims.iter_mut().enumerate() {
        claim.event = new_index[claim.event];
        events[claim.event].claims.push(c);
    }

    let mut article_spans: Vec<BTreeMap<(usize, usize), CitedSpan>> =
        vec![BTreeMap::new(); articles.len()];
    let cites = events
        .iter()
        .enumerate()
        .flat_map(|(e, ev)| ev.sources.iter().map(move |s| (s, Some(e), None)));
    let claim_cites = claims
        .iter()
        .enumerate()
        .flat_map(|(c, cl)| cl.sources.iter().map(move |s| (s, None, Some(c))));
    let mut article_claims = vec![Vec::new(); articles.len()];
    for (s, event, claim) in cites.chain(claim_cites) {
        let span = article_spans[s.article]
            .entry((s.range.start, s.range.end))
            .or_insert_with(|| CitedSpan {
                range: s.range.clone(),
                events: Vec::new(),
                claims: Vec::new(),
            });
        span.events.extend(event);
        span.claims.extend(claim);
        if let Some(c) = claim
            && !article_claims[s.article].contains(&c)
        {
            article_claims[s.article].push(c);
        }
    }
    let article_spans = article_spans
        .into_iter()
        .map(|m| m.into_values().collect())
        .collect();

    let mut entity_events = vec![Vec::new(); entities.len()];
    let mut era_events = vec![Vec::new(); eras.len()];
    for (e, event) in events.iter().enumerate() {
        for &x in event.actors.iter().chain(&event.places) {
            if entity_events[x].last() != Some(&e) {
                entity_events[x].push(e);
            }
        }
        era_events[event.era].push(e);
    }

    Timeline {
        articles,
        entities,
        eras,
        events,
        claims,
        article_spans,
        entity_events,
        article_claims,
        era_events,
        folded: Default::default(),
        folded_articles: Default::default(),
    }
}
