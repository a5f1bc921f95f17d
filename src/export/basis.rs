//! A date's basis as every export writes it: where the date comes from,
//! how, and the words of an article that carry it, with the article named
//! by id and the words placed by paragraph, line and byte range so that a
//! reader can find them and a script can check them.

use crate::corpus::date::{BasisKind, DateBasis, DatingWords};
use crate::corpus::model::Timeline;
use serde::Serialize;

/// `{kind, note, quote}`; `quote` is `null` when no words carry the date.
#[derive(Debug, Clone, Serialize)]
pub struct BasisOut<'a> {
    pub kind: BasisKind,
    pub note: &'a str,
    pub quote: Option<DatingOut<'a>>,
}

/// The words that carry a date, where they are printed.
#[derive(Debug, Clone, Serialize)]
pub struct DatingOut<'a> {
    pub article: &'a str,
    /// The words, byte for byte as the article has them.
    pub quote: &'a str,
    pub paragraph: usize,
    pub line: usize,
    /// `[start, end)` of the words in the article file's bytes.
    pub byte_range: [usize; 2],
    /// For an event's date: the 1-based number of its source whose passage
    /// holds the words (as `quote EVENT --source N` takes it); `null` for
    /// an article's publication date.
    pub source: Option<usize>,
}

impl<'a> BasisOut<'a> {
    pub fn new(t: &'a Timeline, b: &'a DateBasis) -> Self {
        BasisOut {
            kind: b.kind,
            note: &b.note,
            quote: b.words.as_ref().map(|w| DatingOut::new(t, w)),
        }
    }
}

impl<'a> DatingOut<'a> {
    pub fn new(t: &'a Timeline, w: &'a DatingWords) -> Self {
        DatingOut {
            article: &t.articles[w.article].id,
            quote: &w.quote,
            paragraph: w.paragraph,
            line: w.line,
            byte_range: [w.range.start, w.range.end],
            source: w.source.map(|s| s + 1),
        }
    }
}
