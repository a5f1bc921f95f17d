//! Quotes: every source of every event and claim found in its article —
//! exactly once, or the chosen occurrence; inside one line and outside
//! page furniture.
//!
//! All the quotes of the corpus are gathered first and resolved article
//! by article, so that each article is searched once for all its quotes.

use super::{Refs, Resolver};
use crate::corpus::model::{Article, Source};
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::problem::excerpt;
use crate::corpus::schema::RawSource;
use crate::corpus::visible::is_blank;

/// The resolved sources of each event and claim, by position in
/// `Sections::events` / `Sections::claims`. A source that could not be
/// resolved is left out (its problem is reported).
pub(super) struct Quotes {
    pub events: Vec<Vec<Source>>,
    pub claims: Vec<Vec<Source>>,
}

/// One source to find: whose it is and where it is written.
struct Request<'r> {
    claims: bool,
    owner: usize,
    path: [Seg<'static>; 4],
    article: usize,
    raw: &'r RawSource,
}

impl Resolver<'_> {
    pub(super) fn quotes(&mut self, raw: &Sections, refs: &Refs) -> Quotes {
        let mut out = Quotes {
            events: vec![Vec::new(); raw.events.len()],
            claims: vec![Vec::new(); raw.claims.len()],
        };
        let events = raw.events.iter().map(|(i, e)| ("events", *i, &e.sources));
        let claims = raw.claims.iter().map(|(i, c)| ("claims", *i, &c.sources));
        let mut requests = Vec::new();
        for (owner, (section, i, sources)) in events.enumerate().chain(claims.enumerate()) {
            if sources.is_empty() {
                self.report(
                    &[Seg::Key(section), Seg::Index(i), Seg::Key("sources")],
                    "at least one source is needed: every claim must be traceable to its words",
                );
            }
            for (k, s) in sources.iter().enumerate() {
                let path = [
                    Seg::Key(section),
                    Seg::Index(i),
                    Seg::Key("sources"),
                    Seg::Index(k),
                ];
                if !refs.ids.articles.contains_key(&s.article) {
                    self.report(
                        &path,
                        format!("unknown article \"{}\"", excerpt(&s.article)),
                    );
                    continue;
                }
                // Its file could not be read: already reported.
                let Some(&article) = refs.article_index.get(s.article.as_str()) else {
                    continue;
                };
                requests.push(Request {
                    claims: section == "claims",
                    owner,
                    path,
                    article,
                    raw: s,
                });
            }
        }
        for r in requests {
            match resolve_quote(&refs.articles[r.article], r.raw) {
                Ok(src) => {
                    let list = if r.claims {
                        &mut out.claims
                    } else {
                        &mut out.events
                    };
                    list[r.owner].push(Source {
                        article: r.article,
                        ..src
                    });
                }
                Err(message) => {
                    let [a, b, c, d] = r.path;
                    self.report(&[a, b, c, d, Seg::Key("quote")], message);
                }
            }
        }
        out
    }
}

/// Finds a quote in its article: exactly once, or the chosen occurrence;
/// within one paragraph and outside page furniture.
fn resolve_quote(article: &Article, s: &RawSource) -> Result<Source, String> {
    let q = excerpt(&s.quote);
    let id = excerpt(&article.id);
    if is_blank(&s.quote) {
        return Err(format!(
            "empty quote for article {id} (nothing visible to find)"
        ));
    }
    if s.quote.contains('\r') {
        return Err(format!(
            "quote \"{q}\" contains a carriage return (U+000D): in a file with CRLF line ends it \
             belongs to the line end, not the text; leave it out"
        ));
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
