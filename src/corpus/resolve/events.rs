//! Events: date, era, kind, titles, actors, places, related events and
//! the sources already resolved — and which of those sources holds the
//! words that date the event (`date.basis.quote`), which must lie inside
//! one of them.

use super::quotes::Quotes;
use super::{Refs, Resolver, take_title};
use crate::corpus::date::DatingWords;
use crate::corpus::model::{Event, Source};
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::problem::excerpt;
use crate::corpus::visible::is_blank;

impl Resolver {
    /// Takes the raw events' texts into the events (moved, not copied: a
    /// large corpus holds hundreds of megabytes of them).
    pub(super) fn events(
        &mut self,
        raw: &mut Sections,
        refs: &Refs,
        quotes: &mut Quotes,
    ) -> Vec<Event> {
        let mut events = Vec::new();
        let mut list = std::mem::take(&mut raw.events);
        let raw: &Sections = raw;
        for (n, (i, ev)) in list.iter_mut().enumerate() {
            let at = |k: &'static str| [Seg::Key("events"), Seg::Index(*i), Seg::Key(k)];
            let date = self.date(&ev.date, &at("date"));
            let era = self.lookup(&refs.ids.eras, &ev.era, "era", &at("era"));
            // Looked up by id: an era with a bad date is missing from `eras`.
            if let (Some(d), Some(x)) = (&date, refs.eras.iter().find(|x| x.id == ev.era)) {
                self.check_in_era(d, x, &at("date"));
            }
            let actors = self.entity_list(refs, &ev.actors, ("events", *i, "actors"), false);
            let places = self.entity_list(refs, &ev.places, ("events", *i, "places"), true);
            let mut related = Vec::new();
            for (k, r) in ev.related.iter().enumerate() {
                let path = [
                    Seg::Key("events"),
                    Seg::Index(*i),
                    Seg::Key("related"),
                    Seg::Index(k),
                ];
                if r == &ev.id {
                    self.report(
                        &path,
                        format!("event \"{}\" lists itself as related", excerpt(r)),
                    );
                } else if let Some(j) = self.lookup(&refs.ids.events, r, "event", &path) {
                    related.push(j);
                }
            }
            self.text_field(&ev.title, ("events", *i));
            if is_blank(&ev.summary) {
                self.report(
                    &at("summary"),
                    "the summary is empty or only invisible characters",
                );
            }
            let sources = std::mem::take(&mut quotes.events[n]);
            let words = quotes.event_dates[n].take();
            // A source that failed is already reported; the words may lie
            // in it, so they are checked only against a complete list.
            let words = words.and_then(|w| {
                let source = self.dating_source(refs, &w, &sources, ev.sources.len(), *i)?;
                Some(dating_words(w, Some(source)))
            });
            let draft = self.drafts(raw, ("events", *i), ev.draft.as_deref(), &ev.sources);
            if let (Some(mut date), Some(era)) = (date, era) {
                date.basis.words = words;
                events.push(Event {
                    id: std::mem::take(&mut ev.id),
                    date,
                    era,
                    kind: ev.kind,
                    title: take_title(&mut ev.title),
                    summary: std::mem::take(&mut ev.summary),
                    actors,
                    places,
                    related,
                    sources,
                    claims: Vec::new(),
                    draft: draft.map(Box::new),
                });
            }
        }
        events
    }

    /// The index of the first of `sources` whose passage contains the
    /// dating words `w`; `None` (reported, when every source resolved)
    /// when none does: the words must be part of what the event cites, so
    /// that the passage that dates it is known.
    fn dating_source(
        &mut self,
        refs: &Refs,
        w: &Source,
        sources: &[Source],
        written: usize,
        i: usize,
    ) -> Option<usize> {
        let found = sources.iter().position(|s| {
            s.article == w.article && s.range.start <= w.range.start && w.range.end <= s.range.end
        });
        // No sources at all is reported on its own.
        if found.is_none() && written > 0 && sources.len() == written {
            self.report(
                &[
                    Seg::Key("events"),
                    Seg::Index(i),
                    Seg::Key("date"),
                    Seg::Key("basis"),
                    Seg::Key("quote"),
                    Seg::Key("quote"),
                ],
                format!(
                    "the words \"{}\" that date the event (line {} of article {}) are in none of \
                     its sources: cite the passage that holds them as one of its sources",
                    excerpt(&w.quote),
                    w.line,
                    excerpt(&refs.articles[w.article].id)
                ),
            );
        }
        found
    }
}

/// Resolved words as the model keeps them.
pub(super) fn dating_words(w: Source, source: Option<usize>) -> DatingWords {
    DatingWords {
        article: w.article,
        quote: w.quote,
        range: w.range,
        line: w.line,
        paragraph: w.paragraph,
        source,
    }
}
