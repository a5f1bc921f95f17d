//! Citations: a passage exactly as its article prints it, then where it was
//! printed — "— outlet, publication date, file, paragraph N" — as plain
//! text (for the clipboard and the terminal), Markdown (for a report) and
//! JSON (for scripts).
//!
//! The passage is the article's own bytes ([`Citation::quote`] is a slice
//! of [`Article::text`]): original characters in logical order, never the
//! presentation forms or the visual order the screen shows, so that a
//! pasted quote can be searched for and checked against its source.
//!
//! ```
//! use karabakh_timeline::cite::Citation;
//! use karabakh_timeline::lang::Lang;
//! let t = karabakh_timeline::corpus::bundled::timeline().expect("bundled corpus");
//! let e = t.event_index("putin-valdai-2020-10-22").expect("event");
//! let c = Citation::new(&t, e, 0).expect("a first source");
//! let a = c.article();
//! assert_eq!(&a.text[c.source().range.clone()], c.quote());
//! assert!(c.text(Lang::En).starts_with(c.quote()));
//! assert!(c.line(Lang::En).starts_with("— "));
//! ```
//!
//! What the terminal or the clipboard gets is safe: [`Citation::text`] and
//! [`Citation::markdown`] drop control characters and bidi controls
//! (`text::sanitize`, the export policy; a real article has none, so its
//! quotes are unchanged). [`Citation::json`] keeps the quote byte for byte
//! (escaped as JSON) with its byte range, for checking.

use crate::corpus::date::DateSpec;
use crate::corpus::model::{Article, Source, Timeline};
use crate::export::markdown::escape;
use crate::export::{BasisOut, safe_json};
use crate::lang::Lang;
use crate::text::{Label, sanitize};
use serde::Serialize;

/// The `schema` of [`Citation::json`].
pub const SCHEMA: &str = "karabakh-timeline/quote/v1";

/// Whose passage a citation quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cited {
    /// An event (index into [`Timeline::events`]).
    Event(usize),
    /// A casualty claim (index into [`Timeline::claims`]).
    Claim(usize),
}

/// One source of an event or a claim, ready to be cited.
#[derive(Debug, Clone, Copy)]
pub struct Citation<'t> {
    t: &'t Timeline,
    of: Cited,
    index: usize,
    source: &'t Source,
}

impl<'t> Citation<'t> {
    /// Source `source` (0-based, in the order of the event's sources) of
    /// event `event`; `None` when either index is out of range.
    pub fn new(t: &'t Timeline, event: usize, source: usize) -> Option<Citation<'t>> {
        let s = t.events.get(event)?.sources.get(source)?;
        Some(Citation {
            t,
            of: Cited::Event(event),
            index: source,
            source: s,
        })
    }

    /// Source `source` (0-based) of claim `claim`: a casualty figure's
    /// passage, cited the same way.
    pub fn of_claim(t: &'t Timeline, claim: usize, source: usize) -> Option<Citation<'t>> {
        let s = t.claims.get(claim)?.sources.get(source)?;
        Some(Citation {
            t,
            of: Cited::Claim(claim),
            index: source,
            source: s,
        })
    }

    /// Whose passage this is.
    pub fn cited(&self) -> Cited {
        self.of
    }

    /// The event the passage reports (a claim's own event for a claim).
    pub fn event(&self) -> usize {
        match self.of {
            Cited::Event(e) => e,
            Cited::Claim(c) => self.t.claims[c].event,
        }
    }

    /// 1-based number of the source among its event's (or claim's).
    pub fn number(&self) -> usize {
        self.index + 1
    }

    /// How many sources the event (or claim) has.
    pub fn count(&self) -> usize {
        match self.of {
            Cited::Event(e) => self.t.events[e].sources.len(),
            Cited::Claim(c) => self.t.claims[c].sources.len(),
        }
    }

    pub fn source(&self) -> &'t Source {
        self.source
    }

    pub fn article(&self) -> &'t Article {
        &self.t.articles[self.source.article]
    }

    /// The passage: the article's own bytes, a slice of its text.
    pub fn quote(&self) -> &'t str {
        let a = self.article();
        a.text
            .get(self.source.range.clone())
            .unwrap_or(&self.source.quote)
    }

    /// The outlet's name in `lang`, or «unknown outlet» / «مصدر غير
    /// معروف» when the annotations could not name it.
    pub fn outlet(&self, lang: Lang) -> &'t str {
        let o = &self.article().outlet;
        lang.pick(o.name_en(), o.name_ar())
    }

    /// "— outlet, publication date, file, paragraph N" (and the URL when
    /// the annotations know it), in `lang`. The date is at its precision,
    /// a range when the day is uncertain, with "c." («حوالي») when
    /// approximate. Corpus text is sanitized.
    pub fn line(&self, lang: Lang) -> String {
        sanitize(&self.line_label(lang).plain()).into_owned()
    }

    /// [`Citation::line`] as a label whose corpus parts (outlet, file,
    /// URL) are values, for laying out on a screen: an Arabic outlet name
    /// keeps its place in an English line.
    pub fn line_label(&self, lang: Lang) -> Label {
        let a = self.article();
        let (date, sep, paragraph) = match lang {
            Lang::En => (a.published.display_en(), ", ", "paragraph"),
            Lang::Ar => (a.published.display_ar(), "، ", "الفقرة"),
        };
        let mut l = Label::from("— ")
            .value(self.outlet(lang))
            .ui(sep)
            .ui(date)
            .ui(sep)
            .value(a.file.as_str())
            .ui(format!("{sep}{paragraph} {}", self.source.paragraph));
        if let Some(url) = &a.url {
            l = l.ui(sep).value(url.as_str());
        }
        l
    }

    /// The passage on its own line, then [`Citation::line`]; no final
    /// newline. What the TUI's `y` copies and `quote` prints.
    pub fn text(&self, lang: Lang) -> String {
        format!("{}\n{}", sanitize(self.quote()), self.line(lang))
    }

    /// A Markdown block quote: the passage, a blank quoted line, the
    /// citation line; escaped so it reads back as exactly these words.
    /// Ends with a newline.
    pub fn markdown(&self, lang: Lang) -> String {
        format!(
            "> {}\n>\n> {}\n",
            escape(self.quote()),
            escape(&self.line(lang))
        )
    }

    /// The citation as data (see [`CitationRecord`]).
    pub fn record(&self) -> CitationRecord<'t> {
        let a = self.article();
        let (event, claim) = match self.of {
            Cited::Event(e) => (self.t.events[e].id.as_str(), None),
            Cited::Claim(c) => (
                self.t.events[self.event()].id.as_str(),
                Some(self.t.claims[c].id.as_str()),
            ),
        };
        CitationRecord {
            schema: SCHEMA,
            event,
            claim,
            source: self.number(),
            sources: self.count(),
            quote: self.quote(),
            article: &a.id,
            file: &a.file,
            url: a.url.as_deref(),
            outlet: OutletRecord {
                en: self.outlet(Lang::En),
                ar: self.outlet(Lang::Ar),
                known: a.outlet.en.is_some() || a.outlet.ar.is_some(),
                unknown_reason: a.outlet.unknown_reason.as_deref(),
            },
            published: PublishedRecord::new(self.t, &a.published),
            paragraph: self.source.paragraph,
            line: self.source.line,
            byte_range: [self.source.range.start, self.source.range.end],
            citation: Lines {
                en: self.line(Lang::En),
                ar: self.line(Lang::Ar),
            },
        }
    }

    /// [`Citation::record`] as pretty JSON, without a final newline; like
    /// every JSON the program writes, with C1, DEL, U+2028/9 and bidi
    /// controls escaped as `\uXXXX` (still the same string once parsed).
    pub fn json(&self) -> String {
        // A struct of strings, numbers and options always serializes.
        safe_json::to_string_pretty(&self.record()).unwrap_or_default()
    }
}

/// A citation as `quote --format json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct CitationRecord<'t> {
    pub schema: &'static str,
    pub event: &'t str,
    /// The claim, when the passage is a casualty figure's.
    pub claim: Option<&'t str>,
    /// 1-based number of the source; `sources` is how many there are.
    pub source: usize,
    pub sources: usize,
    /// The passage, byte for byte as the article has it.
    pub quote: &'t str,
    pub article: &'t str,
    pub file: &'t str,
    pub url: Option<&'t str>,
    pub outlet: OutletRecord<'t>,
    pub published: PublishedRecord<'t>,
    pub paragraph: usize,
    pub line: usize,
    /// `[start, end)` of the quote in the article file's bytes.
    pub byte_range: [usize; 2],
    /// The citation line in both interface languages.
    pub citation: Lines,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutletRecord<'t> {
    pub en: &'t str,
    pub ar: &'t str,
    /// False when the annotations could not name the outlet.
    pub known: bool,
    pub unknown_reason: Option<&'t str>,
}

/// An article's publication date: ISO 8601 at its precision (an interval
/// `start/end` when only a range is known), whether it is approximate,
/// where it comes from, and how the citation line shows it.
#[derive(Debug, Clone, Serialize)]
pub struct PublishedRecord<'t> {
    pub date: String,
    pub precision: &'static str,
    pub approximate: bool,
    pub basis: BasisOut<'t>,
    pub display_en: String,
    pub display_ar: String,
}

impl<'t> PublishedRecord<'t> {
    fn new(t: &'t Timeline, d: &'t DateSpec) -> Self {
        let date = match d.iso_range() {
            (start, Some(end)) if end != start => format!("{start}/{end}"),
            (start, _) => start,
        };
        PublishedRecord {
            date,
            precision: d.precision().as_str(),
            approximate: d.approximate,
            basis: BasisOut::new(t, &d.basis),
            display_en: d.display_en(),
            display_ar: d.display_ar(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Lines {
    pub en: String,
    pub ar: String,
}
