//! Writing a selection of the timeline in the formats of SPEC section 7.

pub mod json;

use crate::corpus::model::{Source, Timeline};
use serde::Serialize;

/// A source as every export shows it: which article, which outlet, when it
/// was published, the exact quote and its paragraph.
#[derive(Debug, Serialize)]
pub struct SourceOut<'a> {
    pub article: &'a str,
    pub file: &'a str,
    pub outlet: &'a str,
    pub outlet_ar: &'a str,
    pub published: String,
    pub quote: &'a str,
    pub paragraph: usize,
    pub line: usize,
    pub byte_range: [usize; 2],
}

impl<'a> SourceOut<'a> {
    pub fn new(t: &'a Timeline, s: &'a Source) -> Self {
        let a = &t.articles[s.article];
        SourceOut {
            article: &a.id,
            file: &a.file,
            outlet: a.outlet.name_en(),
            outlet_ar: a.outlet.name_ar(),
            published: a.published.start.iso(),
            quote: &s.quote,
            paragraph: s.paragraph,
            line: s.line,
            byte_range: [s.range.start, s.range.end],
        }
    }
}
