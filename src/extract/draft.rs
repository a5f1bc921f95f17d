//! The draft of one article, in the corpus format (docs/corpus-format.md)
//! plus a `draft` object on every event and claim: the rule that produced
//! it, a confidence between 0 and 1, and the words that carry its date.
//! Every quote is an exact substring of the article (its byte range is
//! kept beside it, and checked when the draft is built).

use crate::corpus::date::{BasisKind, PartialDate};
use crate::corpus::schema::{Category, EventKind, Qualifier, Side, Standing};
use serde::Serialize;
use std::ops::Range;

/// The format tag of a draft document.
/// Version 2: claims count whose losses by side (schema v2), always carry
/// `value_text`, and mark vague words `vague` with the corpus table's bound.
pub const DRAFT_SCHEMA: &str = "karabakh-timeline/draft-v2";

#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    pub schema: &'static str,
    pub article: DraftArticle,
    pub events: Vec<DraftEvent>,
    pub claims: Vec<DraftClaim>,
    /// Events and figures found but not drafted, and why (a date that
    /// cannot be resolved, an unknown claimant…).
    pub unresolved: Vec<UnresolvedItem>,
    /// Numbers that are not loss figures, and why.
    pub not_figures: Vec<NotFigure>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DraftArticle {
    pub id: String,
    pub file: String,
    pub headline: String,
    pub language: &'static str,
    /// `None` when the article prints no date and none was given.
    pub published: Option<DateOut>,
    /// Why there is no publication date, and what that means.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_unknown: Option<String>,
    pub furniture: Vec<FurnitureOut>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FurnitureOut {
    pub lines: [usize; 2],
    pub kind: &'static str,
}

/// A date spec as the corpus writes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateOut {
    pub start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    pub approximate: bool,
    pub basis: BasisOut,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BasisOut {
    pub kind: BasisKind,
    pub note: String,
    /// The words of the article that carry the date (the corpus's
    /// `basis.quote`), when the text has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<SourceOut>,
}

impl DateOut {
    pub fn new(
        start: PartialDate,
        end: Option<PartialDate>,
        approximate: bool,
        kind: BasisKind,
        note: String,
    ) -> DateOut {
        DateOut {
            start: start.iso(),
            end: end.filter(|e| *e != start).map(|e| e.iso()),
            approximate,
            basis: BasisOut {
                kind,
                note,
                quote: None,
            },
        }
    }

    /// The same, with the words that carry the date.
    pub fn quoted(mut self, words: Option<SourceOut>) -> DateOut {
        self.basis.quote = words;
        self
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Title {
    pub ar: String,
    pub en: String,
}

/// A quote and where it is: `range` (bytes of the article) is kept for
/// the tools that merge and score drafts; the corpus format has only the
/// quote and, when the words occur more than once, which occurrence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceOut {
    pub article: String,
    pub quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<usize>,
    #[serde(skip)]
    pub range: Range<usize>,
}

/// How a drafted item was produced.
#[derive(Debug, Clone, Serialize)]
pub struct DraftMark {
    pub rule: String,
    pub confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_words: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimant_rule: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_rule: Option<&'static str>,
    /// Why the date could not be resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DraftEvent {
    pub id: String,
    /// `None` when the date cannot be resolved (then `draft.unresolved`
    /// says why): such an event is shown, never added to a corpus.
    pub date: Option<DateOut>,
    pub era: Option<String>,
    pub kind: EventKind,
    pub title: Title,
    pub summary: String,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub related: Vec<String>,
    pub sources: Vec<SourceOut>,
    pub draft: DraftMark,
}

#[derive(Debug, Clone, Serialize)]
pub struct DraftClaim {
    pub id: String,
    pub claimant: String,
    /// Whose losses: the sides counted, sorted.
    pub subject: Vec<Side>,
    pub category: Category,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equipment: Option<String>,
    pub value: u64,
    /// The words of the quote that give the figure, as printed («أكثر من
    /// 30», «874», «مدني», «العشرات»).
    pub value_text: String,
    /// A vague word («العشرات»): `value` is the lower bound of the
    /// corpus's table (`corpus::vague`), the qualifier `at-least`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
    pub qualifier: Qualifier,
    /// `None` when no date is known for it (see `draft.unresolved`).
    pub as_of: Option<String>,
    pub standing: Standing,
    pub event: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<SourceOut>,
    pub draft: DraftMark,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnresolvedItem {
    pub what: &'static str,
    pub line: usize,
    pub quote: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct NotFigure {
    pub line: usize,
    pub words: String,
    pub reason: &'static str,
}

/// Lowercase ASCII letters, digits and `-`, as corpus ids must be.
pub fn id_part(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The longest article id a draft makes (event and claim ids embed it,
/// and corpus ids are at most 80 bytes).
pub const ARTICLE_ID_BYTES: usize = 40;

/// The id of the article drafted from file `file`: its name without the
/// folder and `.txt`, as an id ([`id_part`]), at most
/// [`ARTICLE_ID_BYTES`]; «article» when nothing of the name is left.
pub fn article_id(file: &str) -> String {
    let stem = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = stem.strip_suffix(".txt").unwrap_or(stem);
    let mut id = id_part(stem);
    id.truncate(ARTICLE_ID_BYTES);
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() { "article".into() } else { id }
}

/// Makes `base` unique among `taken` with a numeric suffix.
pub fn unique_id(base: String, taken: &mut std::collections::HashSet<String>) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// The source for byte range `range` of `text`: the quote, and which
/// occurrence it is when the same words occur more than once.
pub fn source(article: &str, text: &str, range: Range<usize>) -> SourceOut {
    let quote = text.get(range.clone()).unwrap_or("").to_string();
    let hits: Vec<usize> = if quote.is_empty() {
        Vec::new()
    } else {
        text.match_indices(quote.as_str()).map(|(o, _)| o).collect()
    };
    let occurrence = if hits.len() > 1 {
        hits.iter().position(|o| *o == range.start).map(|k| k + 1)
    } else {
        None
    };
    SourceOut {
        article: article.to_string(),
        quote,
        occurrence,
        range,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_ids_come_from_the_file_name_and_stay_short() {
        assert_eq!(article_id("/tmp/x/003_9F2bed.txt"), "003-9f2bed");
        assert_eq!(article_id("مقال.txt"), "article");
        let long = article_id(&format!("{}.txt", "word-".repeat(30)));
        assert!(
            long.len() <= ARTICLE_ID_BYTES && !long.ends_with('-'),
            "{long}"
        );
    }

    #[test]
    fn ids_are_lowercase_ascii_and_unique() {
        assert_eq!(id_part("003_9F2bed.txt"), "003-9f2bed-txt");
        assert_eq!(id_part("مقال جديد"), "");
        let mut taken = std::collections::HashSet::new();
        assert_eq!(unique_id("a".into(), &mut taken), "a");
        assert_eq!(unique_id("a".into(), &mut taken), "a-2");
    }

    #[test]
    fn a_repeated_quote_says_which_occurrence() {
        let text = "قتل جندي. ثم قتل جندي آخر.";
        let second = text.rfind("قتل جندي").expect("twice");
        let s = source("a", text, second..second + "قتل جندي".len());
        assert_eq!(s.occurrence, Some(2));
        let once = text.find("ثم").expect("once");
        assert_eq!(source("a", text, once..once + "ثم".len()).occurrence, None);
    }
}
