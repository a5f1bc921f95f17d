//! What part of the timeline a user has selected: a filter (the command
//! line's FILTERS and the TUI's filter are the same [`Filter`]), marked
//! events, or everything. Export and list work from a [`Selection`].
//!
//! What a user may type into a filter is in [`names`] (dates in any
//! digits, ids in any case, suggestions for unknown names); what a search
//! finds is in [`search`].

pub mod names;
pub mod search;

pub use search::{Matcher, TextHit, event_text_matches, text_hits};

use crate::corpus::date::{DateError, PartialDate};
use crate::corpus::model::{Entity, Timeline};
use crate::corpus::schema::{EntityKind, EventKind};
use crate::text::fold;
use names::{closest, entity_suggestions, outlet_suggestions, parse_date, parse_kind, same_id};
use std::collections::BTreeSet;

/// Filters as the user typed them (command-line flags or TUI prompts).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilterSpec {
    pub from: Option<String>,
    pub to: Option<String>,
    pub eras: Vec<String>,
    pub kinds: Vec<String>,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    /// Entities that are an actor *or* a place of the event (what the TUI's
    /// actor-and-place picker counts).
    pub entities: Vec<String>,
    pub outlets: Vec<String>,
    pub search: Option<String>,
    /// The search matches whole words only (see [`search`]).
    pub word: bool,
    pub events: Vec<String>,
}

/// A criterion of a filter: what a [`FilterError`] is about. The command
/// line names it with its flag, the TUI with its field label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FilterField {
    From,
    To,
    Era,
    Kind,
    Actor,
    Place,
    Entity,
    Outlet,
    Event,
}

/// What is wrong with one value of a filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterProblem {
    /// Not a date, or a date that does not exist.
    Date(DateError),
    /// The end of the range is before its start.
    ToBeforeFrom { from: PartialDate, to: PartialDate },
    /// No era, kind, entity, outlet or event has this name. `known` lists,
    /// for eras and kinds (which are few), every value there is; for
    /// names and ids (actors, places, outlets, events), the closest few
    /// spellings, best first ("did you mean …?"; [`names::closest`]),
    /// empty when nothing is close.
    Unknown { value: String, known: Vec<String> },
}

/// A filter that cannot be applied: which criterion, and why. Worded by
/// each surface (flags on the command line, field labels in the TUI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    pub field: FilterField,
    pub problem: FilterProblem,
}

/// A checked filter. Values of one criterion are alternatives (any may
/// match); different criteria must all match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    pub eras: Vec<usize>,
    pub kinds: Vec<EventKind>,
    pub actors: Vec<usize>,
    pub places: Vec<usize>,
    pub entities: Vec<usize>,
    /// Articles whose outlet matched an `--outlet` value.
    pub outlets: Vec<usize>,
    /// The search, folded.
    pub search: Option<Matcher>,
    pub events: Vec<usize>,
    /// What the user asked for, for showing the active filters.
    pub spec: FilterSpec,
}

impl Filter {
    /// Checks a spec against the timeline. An unknown name is an error that
    /// lists what would have matched, never a silently empty result.
    pub fn parse(spec: &FilterSpec, t: &Timeline) -> Result<Filter, FilterError> {
        let fail = |field, problem| FilterError { field, problem };
        let date = |s: &Option<String>, field| {
            s.as_deref()
                .map(|d| parse_date(d).map_err(|e| fail(field, FilterProblem::Date(e))))
                .transpose()
        };
        let from = date(&spec.from, FilterField::From)?;
        let to = date(&spec.to, FilterField::To)?;
        if let (Some(f), Some(t)) = (from, to)
            && t.last_day() < f.first_day()
        {
            return Err(fail(
                FilterField::To,
                FilterProblem::ToBeforeFrom { from: f, to: t },
            ));
        }
        let unknown = |field, value: &str, known: Vec<String>| {
            fail(
                field,
                FilterProblem::Unknown {
                    value: value.to_string(),
                    known,
                },
            )
        };
        let mut eras = Vec::new();
        for e in &spec.eras {
            eras.push(
                t.eras
                    .iter()
                    .position(|x| same_id(&x.id, e))
                    .ok_or_else(|| {
                        let ids = t.eras.iter().map(|e| e.id.clone()).collect();
                        unknown(FilterField::Era, e, ids)
                    })?,
            );
        }
        let mut kinds = Vec::new();
        for k in &spec.kinds {
            kinds.push(parse_kind(k).ok_or_else(|| {
                let all = EventKind::ALL
                    .iter()
                    .map(|k| k.as_str().to_string())
                    .collect();
                unknown(FilterField::Kind, k, all)
            })?);
        }
        let actors = entities(t, &spec.actors, FilterField::Actor, |_| true)?;
        let places = entities(t, &spec.places, FilterField::Place, is_place)?;
        let any_entity = entities(t, &spec.entities, FilterField::Entity, |_| true)?;
        let mut outlets = Vec::new();
        for o in &spec.outlets {
            let hits = outlet_articles(t, o);
            if hits.is_empty() {
                let suggestions = outlet_suggestions(t, o);
                return Err(unknown(FilterField::Outlet, o, suggestions));
            }
            outlets.extend(hits);
        }
        let mut events = Vec::new();
        for id in &spec.events {
            events.push(
                t.events
                    .iter()
                    .position(|e| same_id(&e.id, id))
                    .ok_or_else(|| {
                        let ids = t.events.iter().map(|e| e.id.as_str());
                        unknown(FilterField::Event, id, closest(id, ids))
                    })?,
            );
        }
        let search = spec
            .search
            .as_deref()
            .and_then(|q| Matcher::new(q, spec.word));
        Ok(Filter {
            from,
            to,
            eras,
            kinds,
            actors,
            places,
            entities: any_entity,
            outlets,
            events,
            // Whole words without a search select nothing less: not a filter.
            spec: FilterSpec {
                word: spec.word && search.is_some(),
                ..spec.clone()
            },
            search,
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The events that pass, in timeline order; the search, if any, is
    /// made once over all the events ([`Matcher::matching_events`]).
    pub fn matching(&self, t: &Timeline) -> Vec<usize> {
        let found = self.search.as_ref().map(|m| m.matching_events(t));
        (0..t.events.len())
            .filter(|&e| found.as_ref().is_none_or(|f| f[e]) && self.matches_but_search(t, e))
            .collect()
    }

    /// Whether event `e` passes every criterion.
    pub fn matches(&self, t: &Timeline, e: usize) -> bool {
        self.matches_but_search(t, e) && self.search.as_ref().is_none_or(|m| m.matches_event(t, e))
    }

    fn matches_but_search(&self, t: &Timeline, e: usize) -> bool {
        let ev = &t.events[e];
        let (first, last) = ev.date.span();
        let any = |want: &[usize], have: &[usize]| {
            want.is_empty() || want.iter().any(|w| have.contains(w))
        };
        self.from.is_none_or(|f| last >= f.first_day())
            && self.to.is_none_or(|to| first <= to.last_day())
            && (self.eras.is_empty() || self.eras.contains(&ev.era))
            && (self.kinds.is_empty() || self.kinds.contains(&ev.kind))
            && any(&self.actors, &ev.actors)
            && any(&self.places, &ev.places)
            && (self.entities.is_empty()
                || self
                    .entities
                    .iter()
                    .any(|w| ev.actors.contains(w) || ev.places.contains(w)))
            && (self.outlets.is_empty()
                || ev.sources.iter().any(|s| self.outlets.contains(&s.article)))
            && (self.events.is_empty() || self.events.contains(&e))
    }
}

fn is_place(e: &Entity) -> bool {
    matches!(e.kind, EntityKind::Place | EntityKind::Country)
}

/// The articles an `--outlet` value names: an article id (any case), or
/// part of an outlet's name in either script, where an outlet the
/// annotations could not name is called «unknown outlet» / «مصدر غير
/// معروف» (so that value selects exactly the unattributed articles).
pub fn outlet_articles(t: &Timeline, value: &str) -> Vec<usize> {
    let needle = fold(value.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    t.articles
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            same_id(&a.id, value)
                || [a.outlet.name_en(), a.outlet.name_ar()]
                    .into_iter()
                    .any(|n| fold(n).contains(&needle))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Whether a name is one of an entity's spellings, in either script: its
/// id (any case), any Arabic spelling, its English name or a word of it
/// ("Putin"), all folded.
pub fn entity_matches(entity: &Entity, name: &str) -> bool {
    let n = fold(name.trim());
    if n.is_empty() {
        return false;
    }
    same_id(&entity.id, name)
        || entity.ar.iter().any(|a| fold(a) == n)
        || fold(&entity.en) == n
        || fold(&entity.en)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == n)
}

fn entities(
    t: &Timeline,
    names: &[String],
    field: FilterField,
    keep: impl Fn(&Entity) -> bool,
) -> Result<Vec<usize>, FilterError> {
    let mut out = Vec::new();
    for name in names {
        let hits: Vec<usize> = t
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| keep(e) && entity_matches(e, name))
            .map(|(i, _)| i)
            .collect();
        if hits.is_empty() {
            return Err(FilterError {
                field,
                problem: FilterProblem::Unknown {
                    value: name.clone(),
                    known: entity_suggestions(t, name, &keep),
                },
            });
        }
        out.extend(hits);
    }
    Ok(out)
}

/// Which events a user picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Filter(Box<Filter>),
    Marked(BTreeSet<usize>),
}

/// The selected events (in timeline order) and the claims that belong to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub events: Vec<usize>,
    pub claims: Vec<usize>,
}

impl Selection {
    pub fn new(t: &Timeline, scope: &Scope) -> Selection {
        let events: Vec<usize> = match scope {
            Scope::All => (0..t.events.len()).collect(),
            Scope::Filter(f) => f.matching(t),
            Scope::Marked(m) => m.iter().copied().filter(|&e| e < t.events.len()).collect(),
        };
        let claims = events
            .iter()
            .flat_map(|&e| t.events[e].claims.iter().copied())
            .collect();
        Selection { events, claims }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_alone_are_no_filter() {
        let t = crate::corpus::bundled::timeline().expect("bundled corpus");
        let spec = FilterSpec {
            word: true,
            ..FilterSpec::default()
        };
        assert!(Filter::parse(&spec, &t).expect("parses").is_empty());
        let spec = FilterSpec {
            word: true,
            search: Some("أمس".into()),
            ..FilterSpec::default()
        };
        let f = Filter::parse(&spec, &t).expect("parses");
        assert!(f.search.as_ref().is_some_and(Matcher::word));
    }

    /// The folded index gives the same answers as folding every text on
    /// each call (what `event_text_matches` did before it existed), and
    /// holds the claims' quotes after the event's own texts.
    #[test]
    fn the_folded_index_matches_folding_on_every_call() {
        let t = crate::corpus::bundled::timeline().expect("bundled corpus");
        for query in [
            "أذربيجان",
            "بوتين",
            "putin",
            "PUTIN",
            "2020",
            "٢٠٢٠",
            "ة",
            "",
            "a\nb",
        ] {
            let q = fold(query);
            for (e, ev) in t.events.iter().enumerate() {
                let direct = t.searchable_texts(e).any(|text| fold(text).contains(&q));
                assert_eq!(
                    event_text_matches(&t, e, &q),
                    direct,
                    "{query:?} in {}",
                    ev.id
                );
            }
        }
        let first = t.folded_event_texts(0).count();
        assert_eq!(first, 3 + t.events[0].sources.len());
        let with_claims = (0..t.events.len())
            .find(|&e| !t.events[e].claims.is_empty())
            .expect("an event with claims");
        let ev = &t.events[with_claims];
        let quotes: usize = ev.claims.iter().map(|&c| t.claims[c].sources.len()).sum();
        assert_eq!(
            t.folded_event_texts(with_claims).count(),
            3 + ev.sources.len() + quotes
        );
    }
}
