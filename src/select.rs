//! What part of the timeline a user has selected: a filter (the command
//! line's FILTERS and the TUI's filter are the same [`Filter`]), marked
//! events, or everything. Export and list work from a [`Selection`].

use crate::corpus::date::{DateError, PartialDate};
use crate::corpus::model::{Entity, Timeline};
use crate::corpus::schema::{EntityKind, EventKind};
use crate::text::fold;
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
    /// No era, kind, entity, outlet or event has this name; `known` lists
    /// what would have matched (every era or kind; for names, nothing yet).
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
    /// Folded search text.
    pub search: Option<String>,
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
                .map(|d| {
                    PartialDate::parse_typed(d.trim())
                        .map_err(|e| fail(field, FilterProblem::Date(e)))
                })
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
            eras.push(t.era_index(e).ok_or_else(|| {
                let ids = t.eras.iter().map(|e| e.id.clone()).collect();
                unknown(FilterField::Era, e, ids)
            })?);
        }
        let mut kinds = Vec::new();
        for k in &spec.kinds {
            kinds.push(
                EventKind::ALL
                    .into_iter()
                    .find(|x| x.as_str() == k || fold(x.label_ar()) == fold(k))
                    .ok_or_else(|| {
                        let all = EventKind::ALL
                            .iter()
                            .map(|k| k.as_str().to_string())
                            .collect();
                        unknown(FilterField::Kind, k, all)
                    })?,
            );
        }
        let actors = entities(t, &spec.actors, FilterField::Actor, |_| true)?;
        let places = entities(t, &spec.places, FilterField::Place, |e| {
            matches!(e.kind, EntityKind::Place | EntityKind::Country)
        })?;
        let any_entity = entities(t, &spec.entities, FilterField::Entity, |_| true)?;
        let mut outlets = Vec::new();
        for o in &spec.outlets {
            let needle = fold(o);
            let hits: Vec<usize> = t
                .articles
                .iter()
                .enumerate()
                .filter(|(_, a)| {
                    a.id == *o
                        || [&a.outlet.en, &a.outlet.ar]
                            .into_iter()
                            .flatten()
                            .any(|n| fold(n).contains(&needle))
                })
                .map(|(i, _)| i)
                .collect();
            if hits.is_empty() {
                return Err(unknown(FilterField::Outlet, o, Vec::new()));
            }
            outlets.extend(hits);
        }
        let mut events = Vec::new();
        for id in &spec.events {
            events.push(
                t.event_index(id)
                    .ok_or_else(|| unknown(FilterField::Event, id, Vec::new()))?,
            );
        }
        let search = spec
            .search
            .as_deref()
            .map(fold)
            .filter(|s| !s.trim().is_empty());
        Ok(Filter {
            from,
            to,
            eras,
            kinds,
            actors,
            places,
            entities: any_entity,
            outlets,
            search,
            events,
            spec: spec.clone(),
        })
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Whether event `e` passes every criterion.
    pub fn matches(&self, t: &Timeline, e: usize) -> bool {
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
            && self
                .search
                .as_ref()
                .is_none_or(|q| event_text_matches(t, e, q))
    }
}

/// Whether a folded query occurs in an event's titles, summary or quotes
/// (each folded: [`Timeline::folded_event_texts`], computed once per
/// timeline instead of on every call).
pub fn event_text_matches(t: &Timeline, e: usize, folded_query: &str) -> bool {
    t.folded_event_texts(e)
        .any(|text| text.contains(folded_query))
}

/// Whether a name is one of an entity's spellings, in either script: its
/// id, any Arabic spelling, its English name or a word of it ("Putin").
pub fn entity_matches(entity: &Entity, name: &str) -> bool {
    let n = fold(name.trim());
    if n.is_empty() {
        return false;
    }
    entity.id == name
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
                    known: Vec::new(),
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
        let events: Vec<usize> = (0..t.events.len())
            .filter(|&e| match scope {
                Scope::All => true,
                Scope::Filter(f) => f.matches(t, e),
                Scope::Marked(m) => m.contains(&e),
            })
            .collect();
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

    /// The folded index gives the same answers as folding every text on
    /// each call (what `event_text_matches` did before it existed).
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
                let direct = ev.searchable().any(|text| fold(text).contains(&q));
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
    }
}
