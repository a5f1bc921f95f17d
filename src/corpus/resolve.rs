//! Turning the raw sections into a [`Timeline`], checking every id, date
//! and quote on the way and collecting each problem with its position.

use crate::corpus::date::{DateBasis, DateSpec, PartialDate};
use crate::corpus::index;
use crate::corpus::load::{CorpusSource, Sections, utf8};
use crate::corpus::model::{
    Article, Claim, Entity, Era, Event, Furniture, Outlet, Source, Timeline, Title,
};
use crate::corpus::position::{Positions, Seg};
use crate::corpus::problem::{Problem, excerpt, line_col};
use crate::corpus::schema::{Category, EntityKind, RawDate, RawSource, RawTitle};
use std::collections::HashMap;

pub struct Resolver<'a> {
    source: &'a dyn CorpusSource,
    file: &'a str,
    text: &'a str,
    positions: &'a Positions<'a>,
    problems: Vec<Problem>,
}

/// Ids are used in URLs (TimelineJS `unique_id`), file names and the
/// command line, so they are kept to a safe alphabet.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl<'a> Resolver<'a> {
    pub fn new(
        source: &'a dyn CorpusSource,
        file: &'a str,
        text: &'a str,
        positions: &'a Positions<'a>,
    ) -> Self {
        Resolver {
            source,
            file,
            text,
            positions,
            problems: Vec::new(),
        }
    }

    pub fn into_problems(self) -> Vec<Problem> {
        self.problems
    }

    fn report(&mut self, path: &[Seg], message: impl Into<String>) {
        let at = line_col(self.text, self.positions.span(path).start);
        self.problems.push(Problem::at(self.file, at, message));
    }

    /// Builds the timeline; `None` only when nothing sensible can be built.
    /// Problems found along the way are kept in `self`.
    pub fn build(&mut self, raw: &Sections) -> Option<Timeline> {
        let entities = self.entities(raw);
        let entity_ids = self.id_map("entities", raw.entities.iter().map(|(i, e)| (*i, &e.id)));
        let eras = self.eras(raw);
        let era_ids = self.id_map("eras", raw.eras.iter().map(|(i, e)| (*i, &e.id)));
        let articles = self.articles(raw);
        let article_ids = self.id_map("articles", raw.articles.iter().map(|(i, a)| (*i, &a.id)));
        let event_ids = self.id_map("events", raw.events.iter().map(|(i, e)| (*i, &e.id)));
        // Claims are referenced by nobody, but their ids must still be unique.
        self.id_map("claims", raw.claims.iter().map(|(i, c)| (*i, &c.id)));
        // Position in `articles` (which leaves out unreadable files) by id;
        // the first article wins if an id is duplicated (already reported).
        let mut article_index = HashMap::with_capacity(articles.len());
        for (n, a) in articles.iter().enumerate() {
            article_index.entry(a.id.as_str()).or_insert(n);
        }
        let refs = Refs {
            entities: &entity_ids,
            entity_kinds: &entities,
            eras: &era_ids,
            articles: &article_ids,
            article_list: &articles,
            article_index: &article_index,
            events: &event_ids,
        };
        let mut events = Vec::new();
        for (i, ev) in &raw.events {
            let at = |k: &'static str| [Seg::Key("events"), Seg::Index(*i), Seg::Key(k)];
            let date = self.date(&ev.date, &at("date"));
            let era = self.lookup(refs.eras, &ev.era, "era", &at("era"));
            if !valid_id(&ev.id) {
                self.report(
                    &at("id"),
                    format!(
                        "event id \"{}\" must be lowercase ASCII letters, digits and '-'",
                        excerpt(&ev.id)
                    ),
                );
            }
            // Looked up by id: an era with a bad date is missing from `eras`.
            if let (Some(d), Some(x)) = (&date, eras.iter().find(|x| x.id == ev.era)) {
                self.check_in_era(d, x, &at("date"));
            }
            let actors = self.entity_list(&refs, &ev.actors, "events", *i, "actors", false);
            let places = self.entity_list(&refs, &ev.places, "events", *i, "places", true);
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
                } else if let Some(j) = self.lookup(refs.events, r, "event", &path) {
                    related.push(j);
                }
            }
            let sources = self.sources(&refs, &ev.sources, "events", *i);
            self.text_field(&ev.title, ("events", *i));
            if let (Some(date), Some(era)) = (date, era) {
                events.push(Event {
                    id: ev.id.clone(),
                    date,
                    era,
                    kind: ev.kind,
                    title: title(&ev.title),
                    summary: ev.summary.clone(),
                    actors,
                    places,
                    related,
                    sources,
                    claims: Vec::new(),
                });
            }
        }
        let mut claims = Vec::new();
        for (i, c) in &raw.claims {
            let at = |k: &'static str| [Seg::Key("claims"), Seg::Index(*i), Seg::Key(k)];
            if !valid_id(&c.id) {
                self.report(
                    &at("id"),
                    format!(
                        "claim id \"{}\" must be lowercase ASCII letters, digits and '-'",
                        excerpt(&c.id)
                    ),
                );
            }
            let claimant = self.lookup(refs.entities, &c.claimant, "entity", &at("claimant"));
            let subject = self.entity_list(&refs, &c.subject, "claims", *i, "subject", false);
            if c.subject.is_empty() {
                self.report(
                    &at("subject"),
                    "a claim needs at least one subject (whose losses)",
                );
            }
            let event = self.lookup(refs.events, &c.event, "event", &at("event"));
            let as_of = match PartialDate::parse(&c.as_of) {
                Ok(d) => Some(d),
                Err(e) => {
                    self.report(&at("as_of"), e);
                    None
                }
            };
            match (c.category, &c.equipment) {
                (Category::EquipmentDestroyed, None) => self.report(
                    &at("category"),
                    "category \"equipment-destroyed\" needs \"equipment\" (tank, helicopter…)",
                ),
                (cat, Some(_)) if cat != Category::EquipmentDestroyed => self.report(
                    &at("equipment"),
                    "\"equipment\" only applies to category \"equipment-destroyed\"",
                ),
                _ => {}
            }
            let sources = self.sources(&refs, &c.sources, "claims", *i);
            if let (Some(claimant), Some(event), Some(as_of)) = (claimant, event, as_of) {
                claims.push(Claim {
                    id: c.id.clone(),
                    claimant,
                    subject,
                    category: c.category,
                    equipment: c.equipment.clone(),
                    value: c.value,
                    qualifier: c.qualifier,
                    as_of,
                    standing: c.standing,
                    event,
                    note: c.note.clone(),
                    sources,
                });
            }
        }
        if !self.problems.is_empty() {
            return None;
        }
        Some(index::assemble(articles, entities, eras, events, claims))
    }

    /// Maps ids to their position in the section, reporting duplicates.
    fn id_map<'r>(
        &mut self,
        section: &'static str,
        ids: impl Iterator<Item = (usize, &'r String)>,
    ) -> HashMap<String, usize> {
        let mut map = HashMap::new();
        for (n, (i, id)) in ids.enumerate() {
            if map.insert(id.clone(), n).is_some() {
                self.report(
                    &[Seg::Key(section), Seg::Index(i), Seg::Key("id")],
                    format!("duplicate id \"{}\" in {section}", excerpt(id)),
                );
            }
        }
        map
    }

    fn lookup(
        &mut self,
        map: &HashMap<String, usize>,
        id: &str,
        what: &str,
        path: &[Seg],
    ) -> Option<usize> {
        let found = map.get(id).copied();
        if found.is_none() {
            self.report(path, format!("unknown {what} \"{}\"", excerpt(id)));
        }
        found
    }

    fn entity_list(
        &mut self,
        refs: &Refs,
        ids: &[String],
        section: &'static str,
        i: usize,
        field: &'static str,
        must_be_place: bool,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for (k, id) in ids.iter().enumerate() {
            let path = [
                Seg::Key(section),
                Seg::Index(i),
                Seg::Key(field),
                Seg::Index(k),
            ];
            if let Some(e) = self.lookup(refs.entities, id, "entity", &path) {
                let kind = refs.entity_kinds[e].kind;
                if must_be_place && !matches!(kind, EntityKind::Place | EntityKind::Country) {
                    self.report(
                        &path,
                        format!("\"{}\" is not a place or a country", excerpt(id)),
                    );
                }
                out.push(e);
            }
        }
        out
    }

    fn text_field(&mut self, t: &RawTitle, (section, i): (&'static str, usize)) {
        for (key, value) in [("ar", &t.ar), ("en", &t.en)] {
            if value.trim().is_empty() {
                self.report(
                    &[
                        Seg::Key(section),
                        Seg::Index(i),
                        Seg::Key("title"),
                        Seg::Key(key),
                    ],
                    format!("empty title.{key}"),
                );
            }
        }
    }

    fn date(&mut self, raw: &RawDate, path: &[Seg]) -> Option<DateSpec> {
        let mut sub = path.to_vec();
        sub.push(Seg::Key("start"));
        let start = match PartialDate::parse(&raw.start) {
            Ok(d) => Some(d),
            Err(e) => {
                self.report(&sub, e);
                None
            }
        };
        sub.pop();
        sub.push(Seg::Key("end"));
        let end = match raw.end.as_deref().map(PartialDate::parse) {
            Some(Ok(d)) => Some(Some(d)),
            Some(Err(e)) => {
                self.report(&sub, e);
                None
            }
            None => Some(None),
        };
        let (start, end) = (start?, end?);
        if let Some(end) = end
            && end.last_day() < start.first_day()
        {
            self.report(&sub, format!("the end {end} is before the start {start}"));
            return None;
        }
        if raw.basis.note.trim().is_empty() {
            sub.pop();
            sub.push(Seg::Key("basis"));
            self.report(
                &sub,
                "the basis of a date needs a note saying where it comes from",
            );
        }
        Some(DateSpec {
            start,
            end,
            approximate: raw.approximate,
            basis: DateBasis {
                kind: raw.basis.kind,
                note: raw.basis.note.clone(),
            },
        })
    }

    fn check_in_era(&mut self, date: &DateSpec, era: &Era, path: &[Seg]) {
        let (first, _) = date.span();
        if date.start.last_day() < era.start.first_day() || first > era.end.last_day() {
            self.report(
                path,
                format!(
                    "date {} is outside era \"{}\" ({} – {})",
                    date.start, era.id, era.start, era.end
                ),
            );
        }
    }

    fn entities(&mut self, raw: &Sections) -> Vec<Entity> {
        let mut out = Vec::new();
        for (i, e) in &raw.entities {
            if !valid_id(&e.id) {
                self.report(
                    &[Seg::Key("entities"), Seg::Index(*i), Seg::Key("id")],
                    format!(
                        "entity id \"{}\" must be lowercase ASCII letters, digits and '-'",
                        excerpt(&e.id)
                    ),
                );
            }
            if e.ar.iter().any(|s| s.trim().is_empty()) || e.ar.is_empty() {
                self.report(
                    &[Seg::Key("entities"), Seg::Index(*i), Seg::Key("ar")],
                    format!(
                        "entity \"{}\" needs its Arabic spellings (none may be empty)",
                        excerpt(&e.id)
                    ),
                );
            }
            out.push(Entity {
                id: e.id.clone(),
                kind: e.kind,
                en: e.en.clone(),
                ar: e.ar.clone(),
                note: e.note.clone(),
            });
        }
        out
    }

    fn eras(&mut self, raw: &Sections) -> Vec<Era> {
        let mut out = Vec::new();
        for (i, e) in &raw.eras {
            let at = |k: &'static str| [Seg::Key("eras"), Seg::Index(*i), Seg::Key(k)];
            let start = PartialDate::parse(&e.start).map_err(|m| self.report(&at("start"), m));
            let end = PartialDate::parse(&e.end).map_err(|m| self.report(&at("end"), m));
            let (Ok(start), Ok(end)) = (start, end) else {
                continue;
            };
            if end.last_day() < start.first_day() {
                self.report(
                    &at("end"),
                    format!("the end {end} is before the start {start}"),
                );
            }
            self.text_field(&e.title, ("eras", *i));
            out.push(Era {
                id: e.id.clone(),
                title: title(&e.title),
                start,
                end,
                summary: e.summary.clone(),
            });
        }
        out
    }

    fn articles(&mut self, raw: &Sections) -> Vec<Article> {
        let mut out = Vec::new();
        for (i, a) in &raw.articles {
            let at = |k: &'static str| [Seg::Key("articles"), Seg::Index(*i), Seg::Key(k)];
            let shown = self.source.display(&a.file);
            let text = match self.source.read(&a.file) {
                Ok(bytes) => match utf8(&shown, &bytes) {
                    Ok(t) => t.to_string(),
                    Err(p) => {
                        self.problems.push(p);
                        continue;
                    }
                },
                Err(e) => {
                    self.report(
                        &at("file"),
                        format!(
                            "article \"{}\": cannot read \"{}\": {e}",
                            excerpt(&a.id),
                            excerpt(&a.file)
                        ),
                    );
                    continue;
                }
            };
            let o = &a.outlet;
            if o.unknown_reason.is_none() && (o.ar.is_none() || o.en.is_none()) {
                self.report(
                    &at("outlet"),
                    "an outlet needs both \"ar\" and \"en\" names, or \"unknown_reason\"",
                );
            }
            if !text.contains(&a.headline) || a.headline.trim().is_empty() {
                self.report(
                    &at("headline"),
                    format!(
                        "headline \"{}\" is not in {}",
                        excerpt(&a.headline),
                        excerpt(&a.file)
                    ),
                );
            }
            let Some(published) = self.date(&a.published, &at("published")) else {
                continue;
            };
            let mut lines = Vec::new();
            let mut start = 0;
            for line in text.split('\n') {
                let end = start + line.len();
                let trimmed = if line.ends_with('\r') { end - 1 } else { end };
                lines.push(start..trimmed);
                start = end + 1;
            }
            let mut furniture = Vec::new();
            for (k, f) in a.furniture.iter().enumerate() {
                let [first, last] = f.lines;
                if first == 0 || first > last || last > lines.len() {
                    self.report(
                        &[Seg::Key("articles"), Seg::Index(*i), Seg::Key("furniture"), Seg::Index(k), Seg::Key("lines")],
                        format!("furniture lines [{first}, {last}] are not a range within the article's {} lines", lines.len()),
                    );
                    continue;
                }
                furniture.push(Furniture {
                    first_line: first,
                    last_line: last,
                    kind: f.kind.clone(),
                });
            }
            out.push(Article {
                id: a.id.clone(),
                file: a.file.clone(),
                outlet: Outlet {
                    ar: o.ar.clone(),
                    en: o.en.clone(),
                    unknown_reason: o.unknown_reason.clone(),
                },
                headline: a.headline.clone(),
                published,
                language: a.language.clone(),
                url: a.url.clone(),
                furniture,
                text,
                lines,
            });
        }
        out
    }

    fn sources(
        &mut self,
        refs: &Refs,
        raw: &[RawSource],
        section: &'static str,
        i: usize,
    ) -> Vec<Source> {
        if raw.is_empty() {
            self.report(
                &[Seg::Key(section), Seg::Index(i), Seg::Key("sources")],
                "at least one source is needed: every claim must be traceable to its words",
            );
        }
        let mut out = Vec::new();
        for (k, s) in raw.iter().enumerate() {
            let path = [
                Seg::Key(section),
                Seg::Index(i),
                Seg::Key("sources"),
                Seg::Index(k),
            ];
            if !refs.articles.contains_key(&s.article) {
                self.report(
                    &path,
                    format!("unknown article \"{}\"", excerpt(&s.article)),
                );
                continue;
            }
            let Some(&a) = refs.article_index.get(s.article.as_str()) else {
                continue; // its file could not be read: already reported
            };
            match resolve_quote(&refs.article_list[a], s) {
                Ok(src) => out.push(Source { article: a, ..src }),
                Err(message) => {
                    let mut quote_path = path.to_vec();
                    quote_path.push(Seg::Key("quote"));
                    self.report(&quote_path, message);
                }
            }
        }
        out
    }
}

struct Refs<'r> {
    entities: &'r HashMap<String, usize>,
    entity_kinds: &'r [Entity],
    eras: &'r HashMap<String, usize>,
    articles: &'r HashMap<String, usize>,
    article_list: &'r [Article],
    /// Index into `article_list` by id.
    article_index: &'r HashMap<&'r str, usize>,
    events: &'r HashMap<String, usize>,
}

fn title(t: &RawTitle) -> Title {
    Title {
        ar: t.ar.clone(),
        en: t.en.clone(),
    }
}

/// Finds a quote in its article: exactly once, or the chosen occurrence;
/// within one paragraph and outside page furniture.
pub fn resolve_quote(article: &Article, s: &RawSource) -> Result<Source, String> {
    let q = excerpt(&s.quote);
    let id = excerpt(&article.id);
    if s.quote.trim().is_empty() {
        return Err(format!("empty quote for article {id}"));
    }
    let hits: Vec<usize> = article
        .text
        .match_indices(&s.quote)
        .map(|(o, _)| o)
        .collect();
    let start = match (hits.len(), s.occurrence) {
        (0, _) => return Err(format!("quote \"{q}\" not found in article {id}")),
        (1, None | Some(1)) => hits[0],
        (n, None) => {
            return Err(format!(
                "quote \"{q}\" occurs {n} times in article {id}; add \"occurrence\" (1–{n}) to pick one"
            ));
        }
        (n, Some(k)) if k == 0 || k > n => {
            return Err(format!(
                "quote \"{q}\": occurrence {k} asked for, but it occurs {n} time(s) in article {id}"
            ));
        }
        (_, Some(k)) => hits[k - 1],
    };
    let range = start..start + s.quote.len();
    if s.quote.contains('\n') {
        return Err(format!(
            "quote \"{q}\" spans several paragraphs of article {id}; cite one paragraph at a time"
        ));
    }
    let line = article.line_of(range.start);
    if article.is_furniture(line) {
        return Err(format!(
            "quote \"{q}\" is on line {line} of article {id}, which is page furniture, not article text"
        ));
    }
    Ok(Source {
        article: 0,
        quote: s.quote.clone(),
        range,
        line,
        paragraph: article.paragraph_of_line(line),
    })
}
