//! An article as the extraction rules see it: the original bytes, their
//! folded form (the text engine's [`fold_with_map`]), word tokens over the
//! folded text, lines, and sentences and clauses.
//!
//! Every rule matches on the *folded* text, so that «أكثر» and «اكثر»,
//! «جنديًا» and «جنديا», «٢٣٠٠» and «2300» are one spelling; every range a
//! rule returns is mapped back to the *original* bytes, so that a quote is
//! always an exact substring of the article.

use crate::text::fold_with_map;
use std::ops::Range;

/// One word or number of the folded text, or one punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the folded text.
    pub range: Range<usize>,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script). A clitic glued to a number («بـ63», «و37»)
    /// is a word of its own.
    Word,
    /// ASCII digits, with any `,` `.` `٬` `٫` between digit groups.
    Number,
    /// One punctuation char.
    Punct,
}

/// A sentence, and the clauses it is cut into, as token index ranges.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: Range<usize>,
    /// 1-based line of the article.
    pub line: usize,
}

/// The folded view of an article.
pub struct Doc<'a> {
    pub text: &'a str,
    pub folded: String,
    map: Vec<usize>,
    pub tokens: Vec<Token>,
    /// Byte range of each line of the original text (without `\n`).
    pub lines: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let (folded, map) = fold_with_map(text);
        let tokens = tokenize(&folded);
        let lines = line_ranges(text);
        let mut doc = Doc {
            text,
            folded,
            map,
            tokens,
            lines,
            sentences: Vec::new(),
        };
        doc.sentences = doc.split_sentences();
        doc
    }

    /// The folded text of token `i` ("" past the end).
    pub fn tok(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.folded[t.range.clone()])
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// The original byte range of the folded range `r`. The end extends over
    /// the marks (harakat, tatweel) that belong to the last letter.
    pub fn orig(&self, r: Range<usize>) -> Range<usize> {
        let start = self.map.get(r.start).copied().unwrap_or(self.text.len());
        let end = self.map.get(r.end).copied().unwrap_or(self.text.len());
        start..end.max(start)
    }

    /// The original byte range of tokens `from..to` (token indices).
    pub fn orig_tokens(&self, toks: Range<usize>) -> Range<usize> {
        match (self.tokens.get(toks.start), toks.end.checked_sub(1)) {
            (Some(first), Some(last)) if last >= toks.start => {
                let last = self.tokens.get(last).unwrap_or(first);
                self.orig(first.range.start..last.range.end)
            }
            _ => 0..0,
        }
    }

    /// The folded text of tokens `from..to`, joined as they stand.
    pub fn folded_tokens(&self, toks: Range<usize>) -> &str {
        match (self.tokens.get(toks.start), toks.end.checked_sub(1)) {
            (Some(first), Some(last)) if last >= toks.start => {
                let last = self.tokens.get(last).unwrap_or(first);
                &self.folded[first.range.start..last.range.end]
            }
            _ => "",
        }
    }

    /// The token at or after folded byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.range.end <= at)
    }

    /// The 1-based line of an original byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines.partition_point(|r| r.end < offset) + 1
    }

    /// The sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<&Sentence> {
        let k = self.sentences.partition_point(|s| s.tokens.end <= i);
        self.sentences.get(k).filter(|s| s.tokens.contains(&i))
    }

    /// Does the folded text between tokens `a` and `b` (exclusive) cross a
    /// line break? Rules never join words across lines.
    pub fn crosses_line(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => self.folded[x.range.end..y.range.start].contains('\n'),
            _ => true,
        }
    }

    /// Sentences end at `.` `!` `?` `؟` `؛` `;` and at line ends; a `.`
    /// between digits («2020.10.11», «2.5») does not end one.
    fn split_sentences(&self) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 0..=self.tokens.len() {
            let end_here = i == self.tokens.len()
                || (i > start && self.crosses_line(i - 1, i))
                || (i > start && matches!(self.tok(i - 1), "." | "!" | "?" | "؟" | "؛" | ";"));
            if end_here && i > start {
                let line = self.line_of(self.orig_tokens(start..start + 1).start);
                out.push(Sentence {
                    tokens: start..i,
                    line,
                });
                start = i;
            }
        }
        out
    }
}

/// Letters of any script; digits are cut off into their own token so that
/// «بـ63» (folded «ب63») and «و37» read as a clitic and a number.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
}

/// Cuts the folded text into words, numbers and punctuation.
fn tokenize(f: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = f.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let sep = matches!(d, ',' | '.' | '٬' | '٫')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit());
                if d.is_ascii_digit() || sep {
                    j += if sep { 2 } else { 1 };
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(f.len(), |x| x.0);
            out.push(Token {
                range: at..end,
                kind: TokenKind::Number,
            });
            i = j;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() && is_word_char(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(f.len(), |x| x.0);
            out.push(Token {
                range: at..end,
                kind: TokenKind::Word,
            });
            i = j;
            continue;
        }
        out.push(Token {
            range: at..at + c.len_utf8(),
            kind: TokenKind::Punct,
        });
        i += 1;
    }
    out
}

fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..text.len());
    out
}

/// Arabic one-letter clitics that may be glued to the front of a word:
/// «و» and, «ف» so, «ب» with, «ل» for, «ك» like. Returns the word without
/// up to two of them when the rest satisfies `ok` (tried shortest strip
/// first, so «وزارة» stays «وزارة» when that is a known word).
pub fn strip_clitics(word: &str, ok: impl Fn(&str) -> bool) -> Option<&str> {
    if ok(word) {
        return Some(word);
    }
    let mut rest = word;
    for _ in 0..2 {
        let mut chars = rest.chars();
        match chars.next() {
            Some('و' | 'ف' | 'ب' | 'ل' | 'ك') => {
                rest = chars.as_str();
                if ok(rest) {
                    return Some(rest);
                }
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_fold_and_map_back_to_the_original_bytes() {
        let text = "قتل ٢٬٣٠٠ جنديًا، وأُصيب 2,300 آخرون.";
        let d = Doc::new(text);
        let words: Vec<&str> = (0..d.tokens.len()).map(|i| d.tok(i)).collect();
        assert_eq!(
            words,
            ["قتل", "2٬300", "جنديا", "،", "واصيب", "2,300", "اخرون", "."]
        );
        assert_eq!(&text[d.orig_tokens(2..3)], "جنديًا");
        assert_eq!(&text[d.orig_tokens(1..3)], "٢٬٣٠٠ جنديًا");
    }

    #[test]
    fn sentences_end_at_stops_and_lines_but_not_inside_numbers() {
        let text = "وقع الهجوم في 2020.10.11 صباحا. وقتل 2.5 ألف؟ لا\nسطر ثان";
        let d = Doc::new(text);
        let s: Vec<&str> = d
            .sentences
            .iter()
            .map(|s| &text[d.orig_tokens(s.tokens.clone())])
            .collect();
        assert_eq!(
            s,
            [
                "وقع الهجوم في 2020.10.11 صباحا.",
                "وقتل 2.5 ألف؟",
                "لا",
                "سطر ثان"
            ]
        );
        assert_eq!(d.sentences[3].line, 2);
    }

    #[test]
    fn clitics_are_stripped_only_when_the_rest_is_known() {
        let known = |w: &str| w == "مقتل" || w == "وزاره";
        assert_eq!(strip_clitics("ومقتل", known), Some("مقتل"));
        assert_eq!(strip_clitics("وزاره", known), Some("وزاره"));
        assert_eq!(strip_clitics("فبمقتل", known), Some("مقتل"));
        assert_eq!(strip_clitics("ومقتلهم", known), None);
    }
}
