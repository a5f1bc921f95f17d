//! The corpus entry of a drafted article (`docs/corpus-format.md`,
//! "articles"): its id, file, outlet, headline, publication date and page
//! furniture as the draft found them. The events and claims of a draft
//! are corpus entries already (see [`crate::extract::draft`]); they are
//! merged by [`crate::intake::merge`].

use crate::extract::draft::{DateOut, Draft};
use serde::Serialize;
use serde_json::Value;

#[derive(Serialize)]
struct Outlet<'a> {
    unknown_reason: &'a str,
}

#[derive(Serialize)]
struct Furniture<'a> {
    lines: [usize; 2],
    kind: &'a str,
}

#[derive(Serialize)]
struct Article<'a> {
    id: &'a str,
    file: &'a str,
    outlet: Outlet<'a>,
    headline: &'a str,
    published: &'a DateOut,
    language: &'a str,
    furniture: Vec<Furniture<'a>>,
}

/// Why a drafted article's outlet is unknown: drafting does not name it.
pub const OUTLET_UNKNOWN: &str = "drafted from the article's text, which was added to the corpus without its outlet: name it in \"ar\" and \"en\"";

/// The corpus entry of the article drafted as `draft`, published as
/// `published`. The headline is the draft's, else the first line that
/// shows something (the loader needs a headline that occurs in the file).
pub fn article(draft: &Draft, text: &str, published: &DateOut) -> Value {
    let a = &draft.article;
    let headline = if a.headline.trim().is_empty() {
        text.lines()
            .map(str::trim)
            .find(|l| !crate::corpus::visible::is_blank(l))
            .unwrap_or("")
    } else {
        a.headline.as_str()
    };
    let entry = Article {
        id: &a.id,
        file: &a.file,
        outlet: Outlet {
            unknown_reason: OUTLET_UNKNOWN,
        },
        headline,
        published,
        language: a.language,
        furniture: a
            .furniture
            .iter()
            .map(|f| Furniture {
                lines: f.lines,
                kind: f.kind,
            })
            .collect(),
    };
    // Plain strings and numbers: it serializes.
    serde_json::to_value(entry).unwrap_or(Value::Null)
}
