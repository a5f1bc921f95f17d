//! Turning the parsed sections and the article texts into a [`Timeline`],
//! checking every id, date and quote on the way and collecting each
//! problem with its position. Pure: the loader has read every file before.
//!
//! One section at a time, in the order the references need: entities,
//! eras, articles, then the quotes of every source, events and claims.

mod articles;
mod claims;
mod dates;
mod drafts;
mod events;
mod quotes;
mod sides;

use crate::corpus::index;
use crate::corpus::model::Title;
use crate::corpus::model::{Article, Entity, Era};
use crate::corpus::parse::Sections;
use crate::corpus::position::{Positions, Seg};
use crate::corpus::problem::{Problem, excerpt, line_col};
use crate::corpus::schema::{EntityKind, RawTitle};
use crate::corpus::visible::is_blank;
use std::collections::HashMap;

/// Resolves the sections into a timeline, collecting its problems as the
/// paths of the fields they are about: the loader positions them in the
/// file's text afterwards (it frees that text while resolving).
pub struct Resolver {
    problems: Vec<Unplaced>,
}

/// A problem the resolver found, at the path of the field it is about.
pub struct Unplaced {
    pub path: Vec<SegBuf>,
    pub message: String,
}

/// [`Seg`], owned.
pub enum SegBuf {
    Key(String),
    Index(usize),
}

impl Unplaced {
    /// The problem at its place in the annotation file's span tree.
    pub fn place(&self, file: &str, text: &str, positions: &Positions) -> Problem {
        let path: Vec<Seg> = self
            .path
            .iter()
            .map(|s| match s {
                SegBuf::Key(k) => Seg::Key(k),
                SegBuf::Index(i) => Seg::Index(*i),
            })
            .collect();
        let at = line_col(text, positions.span(&path).start);
        Problem::at(file, at, self.message.clone())
    }
}

/// Ids appear in exports, URLs (TimelineJS `unique_id`), file names and
/// on the command line, so they are kept to a safe alphabet.
fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every section's ids, each mapped to its position in the section.
struct Ids {
    entities: HashMap<String, usize>,
    eras: HashMap<String, usize>,
    articles: HashMap<String, usize>,
    events: HashMap<String, usize>,
}

/// What the events and claims refer to, once resolved.
struct Refs<'r> {
    ids: &'r Ids,
    entities: &'r [Entity],
    eras: &'r [Era],
    articles: &'r [Article],
    /// Index into `articles` (which leaves out unreadable files) by id.
    article_index: HashMap<&'r str, usize>,
}

impl Resolver {
    pub fn new() -> Self {
        Resolver {
            problems: Vec::new(),
        }
    }

    pub fn into_problems(self) -> Vec<Unplaced> {
        self.problems
    }

    fn report(&mut self, path: &[Seg], message: impl Into<String>) {
        let path = path
            .iter()
            .map(|s| match s {
                Seg::Key(k) => SegBuf::Key((*k).to_string()),
                Seg::Index(i) => SegBuf::Index(*i),
            })
            .collect();
        self.problems.push(Unplaced {
            path,
            message: message.into(),
        });
    }

    /// Builds the timeline from the sections and the text of each article
    /// (`None` where the file could not be read: already reported); `None`
    /// when any problem was found. Problems are kept in `self`.
    pub fn build(
        &mut self,
        raw: &mut Sections,
        texts: Vec<Option<String>>,
    ) -> Option<crate::corpus::model::Timeline> {
        let ids = self.ids(raw);
        let entities = self.entities(raw);
        let eras = self.eras(raw);
        let articles = self.articles(raw, texts);
        let mut article_index = HashMap::with_capacity(articles.len());
        for (n, a) in articles.iter().enumerate() {
            // The first article wins if an id is duplicated (reported).
            article_index.entry(a.id.as_str()).or_insert(n);
        }
        let refs = Refs {
            ids: &ids,
            entities: &entities,
            eras: &eras,
            articles: &articles,
            article_index,
        };
        let mut quotes = self.quotes(raw, &refs);
        let events = self.events(raw, &refs, &mut quotes);
        let claims = self.claims(raw, &refs, &mut quotes);
        if !self.problems.is_empty() {
            return None;
        }
        Some(index::assemble(articles, entities, eras, events, claims))
    }

    /// Checks every id of every section in one place — the alphabet and
    /// uniqueness within the section — and maps them to their positions.
    fn ids(&mut self, raw: &Sections) -> Ids {
        let entities = self.section_ids(
            "entities",
            "entity",
            raw.entities.iter().map(|(i, e)| (*i, &e.id)),
        );
        let eras = self.section_ids("eras", "era", raw.eras.iter().map(|(i, e)| (*i, &e.id)));
        let articles = self.section_ids(
            "articles",
            "article",
            raw.articles.iter().map(|(i, a)| (*i, &a.id)),
        );
        let events = self.section_ids(
            "events",
            "event",
            raw.events.iter().map(|(i, e)| (*i, &e.id)),
        );
        // Claims are referenced by nobody, but their ids are checked too.
        self.section_ids(
            "claims",
            "claim",
            raw.claims.iter().map(|(i, c)| (*i, &c.id)),
        );
        Ids {
            entities,
            eras,
            articles,
            events,
        }
    }

    fn section_ids<'r>(
        &mut self,
        section: &'static str,
        what: &'static str,
        ids: impl Iterator<Item = (usize, &'r String)>,
    ) -> HashMap<String, usize> {
        let mut map = HashMap::new();
        for (n, (i, id)) in ids.enumerate() {
            let path = [Seg::Key(section), Seg::Index(i), Seg::Key("id")];
            if !valid_id(id) {
                self.report(
                    &path,
                    format!(
                        "{what} id \"{}\" must be lowercase ASCII letters, digits and '-'",
                        excerpt(id)
                    ),
                );
            }
            // The first of duplicated ids is the one references reach.
            if map.contains_key(id.as_str()) {
                self.report(
                    &path,
                    format!("duplicate id \"{}\" in {section}", excerpt(id)),
                );
            } else {
                map.insert(id.clone(), n);
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

    /// Entity references of `section[i].field`; `places` must be places or
    /// countries.
    fn entity_list(
        &mut self,
        refs: &Refs,
        ids: &[String],
        (section, i, field): (&'static str, usize, &'static str),
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
            if let Some(e) = self.lookup(&refs.ids.entities, id, "entity", &path) {
                let kind = refs.entities.get(e).map(|x| x.kind);
                if must_be_place && !matches!(kind, Some(EntityKind::Place | EntityKind::Country)) {
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
            if is_blank(value) {
                self.report(
                    &[
                        Seg::Key(section),
                        Seg::Index(i),
                        Seg::Key("title"),
                        Seg::Key(key),
                    ],
                    format!("title.{key} is empty or only invisible characters"),
                );
            }
        }
    }

    fn entities(&mut self, raw: &Sections) -> Vec<Entity> {
        let mut out = Vec::new();
        for (i, e) in &raw.entities {
            if e.ar.is_empty() {
                self.report(
                    &[Seg::Key("entities"), Seg::Index(*i), Seg::Key("ar")],
                    format!("entity \"{}\" needs its Arabic spellings", excerpt(&e.id)),
                );
            }
            for (k, spelling) in e.ar.iter().enumerate() {
                if is_blank(spelling) {
                    self.report(
                        &[
                            Seg::Key("entities"),
                            Seg::Index(*i),
                            Seg::Key("ar"),
                            Seg::Index(k),
                        ],
                        format!(
                            "entity \"{}\": spelling {} is empty or only invisible characters",
                            excerpt(&e.id),
                            k + 1
                        ),
                    );
                }
            }
            if is_blank(&e.en) {
                self.report(
                    &[Seg::Key("entities"), Seg::Index(*i), Seg::Key("en")],
                    format!(
                        "entity \"{}\": the English name is empty or only invisible characters",
                        excerpt(&e.id)
                    ),
                );
            }
            let side = self.entity_side(raw, *i, e);
            out.push(Entity {
                id: e.id.clone(),
                kind: e.kind,
                side,
                en: e.en.clone(),
                ar: e.ar.clone(),
                note: e.note.clone(),
            });
        }
        out
    }
}

/// A raw title's texts, moved out of it.
fn take_title(t: &mut RawTitle) -> Title {
    Title {
        ar: std::mem::take(&mut t.ar),
        en: std::mem::take(&mut t.en),
    }
}

fn title(t: &RawTitle) -> Title {
    Title {
        ar: t.ar.clone(),
        en: t.en.clone(),
    }
}
