//! Whole-word matching on folded text: what a "word" is when a search asks
//! for whole words only, so that «أمس» (yesterday) finds «أمس الخميس» but
//! not «الخامس» (the fifth), and `war` finds "war" but not "warning".
//!
//! Everything here works on text already folded by [`super::fold`], where
//! harakat and tatweel are gone (they never split a word) and digits are
//! ASCII. A *word char* is a letter or a digit (`char::is_alphanumeric`);
//! anything else (spaces, punctuation, «», quotes, dashes) separates words.
//!
//! A hit is a whole word when:
//! * it is not followed by a word char (suffixes are not skipped: «قال»
//!   does not find «قالت», nor «بوتين» its possessive forms);
//! * it is not preceded by a word char, or what precedes it within the same
//!   word is one of Arabic's one-letter proclitics, which are written
//!   attached: an optional conjunction و or ف, then an optional preposition
//!   ب, ك or ل, then an optional article ال (with ل + ال written لل). So
//!   «أمس» finds «وأمس» and «الأمس», «63» finds «بـ63», and «الخامس» finds
//!   «والخامس».
//!
//! Trade-offs, chosen deliberately: a word that merely starts with one of
//! those letters counts (a search for «رد» also finds «ورد»), because
//! missing «وقال» in a search for «قال» would be worse for a reader of
//! news Arabic. The future prefix س is not skipped (it would make «لام»
//! find «سلام»). A query that starts with ال does not find the لل spelling
//! («للخامس»), whose alef is not written. A query whose first (last) char
//! is not a word char has no boundary to respect on that side.

use std::ops::Range;

/// Letters and digits; everything else separates words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The proclitic sequences that may precede a word inside the same
/// written word, in folded spelling (see the module docs).
const PROCLITICS: [&str; 23] = [
    "و", "ف", "ب", "ك", "ل", "ال", "وب", "وك", "ول", "فب", "فك", "فل", "وال", "فال", "بال", "كال",
    "لل", "وبال", "وكال", "ولل", "فبال", "فكال", "فلل",
];

/// Whether `folded[hit]` is a whole word of the folded text (module docs).
/// `hit` must lie on char boundaries.
pub fn is_whole_word(folded: &str, hit: Range<usize>) -> bool {
    let (Some(before), Some(needle), Some(after)) = (
        folded.get(..hit.start),
        folded.get(hit.clone()),
        folded.get(hit.end..),
    ) else {
        return false;
    };
    let word_edge = |c: Option<char>| c.is_some_and(is_word_char);
    if word_edge(needle.chars().next_back()) && word_edge(after.chars().next()) {
        return false;
    }
    if !word_edge(needle.chars().next()) {
        return true;
    }
    let run: usize = before
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .map(char::len_utf8)
        .sum();
    let prefix = &before[before.len() - run..];
    prefix.is_empty() || PROCLITICS.contains(&prefix)
}

/// The non-overlapping occurrences of a folded needle in folded text, as
/// byte ranges of the folded text; with `word`, whole words only. An
/// occurrence that is not a whole word does not hide an overlapping one
/// that is.
pub fn folded_hits<'a>(
    folded: &'a str,
    needle: &'a str,
    word: bool,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let finder = super::rank::finder(needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || next_hit(folded, &finder, word, &mut from))
}

/// The next hit at or after `*from` (see [`folded_hits`]), with a searcher
/// built once for many texts; `*from` moves past it.
pub(crate) fn next_hit(
    folded: &str,
    finder: &memchr::memmem::Finder<'_>,
    word: bool,
    from: &mut usize,
) -> Option<Range<usize>> {
    let len = finder.needle().len();
    if len == 0 {
        return None;
    }
    while let Some(at) = folded.as_bytes().get(*from..).and_then(|r| finder.find(r)) {
        let start = *from + at;
        let hit = start..start + len;
        if !word || is_whole_word(folded, hit.clone()) {
            *from = hit.end;
            return Some(hit);
        }
        // Step one char and look again.
        *from = start + folded[start..].chars().next().map_or(1, char::len_utf8);
    }
    *from = folded.len() + 1;
    None
}

/// Whether a folded needle occurs in folded text (as a whole word with
/// `word`). An empty needle occurs nowhere.
pub fn contains_folded(folded: &str, needle: &str, word: bool) -> bool {
    folded_hits(folded, needle, word).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str, needle: &str) -> Vec<String> {
        folded_hits(text, needle, true)
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn proclitics_are_skipped_but_other_letters_are_not() {
        // Folded spellings (أ → ا).
        assert!(contains_folded("امس الخميس", "امس", true));
        assert!(contains_folded("قال وامس", "امس", true));
        assert!(contains_folded("منذ الامس", "امس", true));
        assert!(!contains_folded("يومها الخامس", "امس", true));
        assert!(contains_folded("يومها الخامس", "امس", false));
        assert!(contains_folded(
            "بـ63 شخصا".replace('ـ', "").as_str(),
            "63",
            true
        ));
        assert!(!contains_folded("عام 1963", "63", true));
        assert!(contains_folded("والخامس", "الخامس", true));
        assert!(!contains_folded("سلام", "لام", true));
    }

    #[test]
    fn suffixes_end_no_word() {
        assert!(!contains_folded("قالت الوزاره", "قال", true));
        assert!(contains_folded("قال الوزير", "قال", true));
        assert!(!contains_folded("a warning", "war", true));
        assert!(contains_folded("the war, then", "war", true));
        assert!(contains_folded("putin's remarks", "putin", true));
    }

    #[test]
    fn a_rejected_hit_does_not_hide_a_later_or_overlapping_one() {
        assert_eq!(hits("warsaw war", "war"), ["war"]);
        assert_eq!(hits("aa a", "a"), ["a"]);
        // Punctuation at the needle's edge needs no boundary there.
        assert_eq!(hits("x«بوتين»y", "«بوتين»"), ["«بوتين»"]);
        assert!(hits("", "a").is_empty());
        assert!(folded_hits("abc", "", true).next().is_none());
    }
}
