//! Word lists as data: phrases of one or more words, written in ordinary
//! Arabic spelling in the rule tables and folded once, matched against the
//! tokens of a [`Doc`].
//!
//! Keeping the rules as tables («أكثر من» → more than, «دبابة» → tank)
//! lets a reader check and extend them without reading matching code.

use crate::extract::doc::{Doc, TokenKind, strip_clitics};
use crate::text::fold;
use std::collections::HashMap;

/// A table of phrases, each with a value.
pub struct Phrases<T> {
    /// Folded words of each phrase, longest phrases first.
    entries: Vec<(Vec<String>, T)>,
    /// Entries by their first word, in the order of `entries`: a lookup
    /// costs a hash per clitic reading of the token, not a scan.
    by_first: HashMap<String, Vec<usize>>,
}

impl<T: Copy> Phrases<T> {
    pub fn new(table: &[(&str, T)]) -> Phrases<T> {
        let mut entries: Vec<(Vec<String>, T)> = table
            .iter()
            .map(|(p, v)| (p.split_whitespace().map(fold).collect(), *v))
            .collect();
        entries.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, (words, _)) in entries.iter().enumerate() {
            if let Some(w) = words.first() {
                by_first.entry(w.clone()).or_default().push(k);
            }
        }
        Phrases { entries, by_first }
    }

    /// The entries whose first word token `i` spells (as is or without up
    /// to two clitics), longest phrases first.
    fn candidates(&self, doc: &Doc, i: usize) -> Vec<usize> {
        if doc.kind(i) == Some(TokenKind::Number) {
            return Vec::new();
        }
        let t = doc.tok(i);
        let mut out: Vec<usize> = Vec::new();
        let mut rest = t;
        for step in 0..3 {
            if let Some(ks) = self.by_first.get(rest) {
                out.extend(ks);
            }
            let mut chars = rest.chars();
            match chars.next() {
                Some('و' | 'ف' | 'ب' | 'ل' | 'ك') if step < 2 => rest = chars.as_str(),
                _ => break,
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The longest phrase that starts at token `i` (its first word may
    /// carry clitics: «وبحسب» matches «بحسب»). Returns the token after
    /// it and the value.
    pub fn at(&self, doc: &Doc, i: usize) -> Option<(usize, T)> {
        self.candidates(doc, i).into_iter().find_map(|k| {
            let (words, v) = &self.entries[k];
            matches(doc, i, words, true).then_some((i + words.len(), *v))
        })
    }

    /// The longest phrase that ends just before token `end`. Returns the
    /// phrase's first token and the value.
    pub fn ending_at(&self, doc: &Doc, end: usize) -> Option<(usize, T)> {
        let longest = self.entries.first().map_or(0, |(w, _)| w.len());
        (1..=longest.min(end)).rev().find_map(|n| {
            let start = end - n;
            self.candidates(doc, start).into_iter().find_map(|k| {
                let (words, v) = &self.entries[k];
                (words.len() == n && matches(doc, start, words, true)).then_some((start, *v))
            })
        })
    }

    /// The first phrase found in tokens `from..to`, searching forward.
    pub fn find(&self, doc: &Doc, from: usize, to: usize) -> Option<(usize, usize, T)> {
        (from..to).find_map(|i| {
            self.at(doc, i)
                .filter(|(end, _)| *end <= to)
                .map(|(end, v)| (i, end, v))
        })
    }

    /// The last phrase found in tokens `from..to`, searching backward.
    pub fn rfind(&self, doc: &Doc, from: usize, to: usize) -> Option<(usize, usize, T)> {
        (from..to).rev().find_map(|i| {
            self.at(doc, i)
                .filter(|(end, _)| *end <= to)
                .map(|(end, v)| (i, end, v))
        })
    }

    /// The value of a one-word entry spelled exactly `folded`.
    pub fn get(&self, folded: &str) -> Option<T> {
        self.by_first
            .get(folded)?
            .iter()
            .map(|k| &self.entries[*k])
            .find(|(w, _)| w.len() == 1)
            .map(|(_, v)| *v)
    }
}

/// Do the tokens from `i` spell `words`? Only words and punctuation
/// compare (a number token never equals a word), and a phrase never runs
/// across a line break.
fn matches(doc: &Doc, i: usize, words: &[String], clitics: bool) -> bool {
    if i + words.len() > doc.tokens.len() {
        return false;
    }
    words.iter().enumerate().all(|(k, w)| {
        let t = doc.tok(i + k);
        if k > 0 && doc.crosses_line(i + k - 1, i + k) {
            return false;
        }
        if doc.kind(i + k) == Some(TokenKind::Number) {
            return false;
        }
        if k == 0 && clitics {
            strip_clitics(t, |r| r == w).is_some()
        } else {
            t == w
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_clitics_are_allowed_on_the_first_word() {
        let table = Phrases::new(&[("أكثر من", 1), ("ما يزيد عن", 2), ("نحو", 3)]);
        let d = Doc::new("قتل ما يزيد عن ألفي شخص وبنحو 30 جريحا واكثر من 5");
        assert_eq!(table.at(&d, 1), Some((4, 2)));
        assert_eq!(table.at(&d, 6), Some((7, 3)));
        assert_eq!(table.ending_at(&d, 11), Some((9, 1)));
        assert_eq!(table.find(&d, 0, d.tokens.len()), Some((1, 4, 2)));
        assert_eq!(table.rfind(&d, 0, d.tokens.len()), Some((9, 11, 1)));
    }
}
