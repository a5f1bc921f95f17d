//! Arabic search folding: the one place that decides when two spellings are
//! "the same" for search and filters.
//!
//! Arabic news text spells the same word in several ways: hamza seats are
//! often left out (أحمد / احمد), final ة and ه and final ى and ي are swapped,
//! harakat and tatweel are optional decoration, and numbers come in Western
//! or Arabic-Indic digits. Readers expect a search to ignore all of that, and
//! Latin case. Every search and filter must use [`fold`] / [`find_all`] so
//! that the TUI, the CLI and exports agree on what matches.
//!
//! Folding rules, per char:
//! * أ إ آ ٱ → ا; ؤ → و; ئ → ي (the lone hamza ء is kept);
//! * ة → ه; ى → ي;
//! * harakat U+064B–065F and U+0670, tatweel U+0640 → removed;
//! * invisible format chars (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, bidi embeddings
//!   and isolates, BOM, soft hyphen) → removed, because they are invisible
//!   and a reader cannot type them into a search;
//! * ٠–٩ and ۰–۹ → 0–9;
//! * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF: the shaped
//!   letters the engine draws in app mode, the lam-alef ligatures) → their
//!   compatibility decomposition, folded by these same rules: ﻻ → لا,
//!   ﺃ → ا. A user who copies text from the screen and pastes it into a
//!   search gets presentation forms, and must still find the article's
//!   logical text. The isolated harakat forms (U+FE70–FE7F) decompose to a
//!   space and a mark; both go, as the mark alone would;
//! * Latin letters with accents (U+00C0–024F, U+1E00–1EFF) → the letter
//!   without them, lowercased (é → e, ğ → g): English names of the corpus
//!   are spelled both ways (Erdoğan, Erdogan);
//! * everything else is lowercased (Latin case-insensitive).

use super::words::folded_hits;
use std::ops::Range;

/// What one char folds to.
enum Folded {
    Gone,
    One(char),
    Lower(char),
    /// A presentation form: fold each char of its decomposition.
    Decomposed(char),
    /// An accented Latin letter: its base letter(s), lowercased.
    Unaccented(char),
}

fn fold_char(c: char) -> Folded {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Folded::One('ا'),
        'ؤ' => Folded::One('و'),
        'ئ' | 'ى' => Folded::One('ي'),
        'ة' => Folded::One('ه'),
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => Folded::Gone,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}' => Folded::Gone,
        '\u{0660}'..='\u{0669}' => Folded::One(digit(c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Folded::One(digit(c as u32 - 0x06F0)),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Folded::Decomposed(c),
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Folded::Unaccented(c),
        c if c.is_ascii() => Folded::One(c.to_ascii_lowercase()),
        // The rest of the Arabic block has no case: no lookup in the
        // Unicode case tables (most of the text search folds).
        '\u{0600}'..='\u{06FF}' => Folded::One(c),
        c => Folded::Lower(c),
    }
}

fn digit(n: u32) -> char {
    char::from_digit(n, 10).unwrap_or('0')
}

/// Folds `s` for comparison (see the module docs for the rules).
///
/// ```
/// use karabakh_timeline::text::fold;
/// assert_eq!(fold("أَحْمَد"), fold("احمد"));
/// assert_eq!(fold("مدرسة ٢٠٢٠"), "مدرسه 2020");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    each_folded(s, |c, _| out.push(c));
    out
}

/// Folds `s` and returns, for every byte of the folded string, the byte
/// offset in `s` of the char it came from, plus one final entry `s.len()`.
/// So `map[i]..map[j]` is the original text of the folded bytes `i..j`
/// (together with any removed chars that follow them).
pub fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    each_folded(s, |c, at| {
        out.push(c);
        map.extend(std::iter::repeat_n(at, c.len_utf8()));
    });
    map.push(s.len());
    (out, map)
}

/// Calls `emit` with each folded char and the byte offset of the original
/// char it came from: the one loop behind [`fold`] and [`fold_with_map`].
pub(super) fn each_folded(s: &str, mut emit: impl FnMut(char, usize)) {
    for (i, c) in s.char_indices() {
        fold_one(c, &mut |f| emit(f, i));
    }
}

/// Folds one char, emitting what it becomes (nothing, one char or several).
fn fold_one(c: char, emit: &mut dyn FnMut(char)) {
    match fold_char(c) {
        Folded::Gone => {}
        Folded::One(f) => emit(f),
        Folded::Lower(c) => c.to_lowercase().for_each(emit),
        Folded::Decomposed(c) => {
            // The isolated harakat forms are a space carrying a mark: the
            // space is part of the form, not of the text.
            let marks_only = ('\u{FE70}'..='\u{FE7F}').contains(&c);
            unicode_normalization::char::decompose_compatible(c, |d| {
                if !(marks_only && d == ' ') && d != c {
                    fold_one(d, emit);
                } else if d == c {
                    // No decomposition (an unassigned code point): as is.
                    emit(c);
                }
            });
        }
        Folded::Unaccented(c) => unicode_normalization::char::decompose_canonical(c, |d| {
            if !('\u{0300}'..='\u{036F}').contains(&d) {
                d.to_lowercase().for_each(&mut *emit);
            }
        }),
    }
}

/// All non-overlapping matches of `needle` in `haystack` after folding both,
/// as byte ranges of the ORIGINAL `haystack`, in order.
///
/// A match covers its letters plus the harakat/tatweel that follow the last
/// one (they belong to that letter). An empty needle (or one that folds to
/// nothing) matches nothing.
///
/// ```
/// use karabakh_timeline::text::find_all;
/// let text = "قال الرئيس: إنّ الأزمة";
/// let hits = find_all(text, "ان");
/// assert_eq!(&text[hits[0].clone()], "إنّ");
/// ```
pub fn find_all(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    find_in(haystack, needle, false)
}

/// [`find_all`] for whole words only (what a word is, with Arabic's
/// attached proclitics, is in [`super::words`]).
///
/// ```
/// use karabakh_timeline::text::find_words;
/// let text = "قال أمس الخميس، في يومها الخامس";
/// let hits = find_words(text, "امس");
/// assert_eq!(hits.len(), 1);
/// assert_eq!(&text[hits[0].clone()], "أمس");
/// ```
pub fn find_words(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    find_in(haystack, needle, true)
}

fn find_in(haystack: &str, needle: &str, word: bool) -> Vec<Range<usize>> {
    let needle = fold(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    // The compact map: a 16 MiB article is folded on every frame that
    // highlights a search in it.
    let (folded, map) = super::fold_map::fold_with_runs(haystack);
    folded_hits(&folded, &needle, word)
        .filter_map(|hit| map.orig_range(&folded, hit))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alef_and_hamza_forms() {
        assert_eq!(fold("أإآٱا"), "ااااا");
        assert_eq!(fold("مؤتمر"), "موتمر");
        assert_eq!(fold("رئيس"), "رييس");
        assert_eq!(fold("جزء"), "جزء");
    }

    #[test]
    fn teh_marbuta_alef_maksura() {
        assert_eq!(fold("مدينة"), "مدينه");
        assert_eq!(fold("مصطفى"), "مصطفي");
    }

    #[test]
    fn harakat_tatweel_removed() {
        assert_eq!(fold("السَّلَامُ"), "السلام");
        assert_eq!(fold("جميـــــل"), "جميل");
        assert_eq!(fold("هٰذا"), "هذا");
    }

    #[test]
    fn digits_and_case() {
        assert_eq!(fold("١٢٣ ۴۵۶ 789"), "123 456 789");
        assert_eq!(fold("EPA Covid"), "epa covid");
    }

    #[test]
    fn latin_accents() {
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("Stéphane ÉLYSÉE"), "stephane elysee");
        assert_eq!(fold("António"), "antonio");
        // Letters without a decomposition are only lowercased.
        assert_eq!(fold("Øß"), "øß");
    }

    #[test]
    fn presentation_forms_fold_to_base_letters() {
        // «أذربيجان» as the engine draws it in app mode (shaped; logical
        // order here), and the lam-alef ligatures.
        let shaped = "\u{FE83}\u{FEAC}\u{FEAE}\u{FE91}\u{FEF4}\u{FE9F}\u{FE8E}\u{FEE5}";
        assert_eq!(fold(shaped), fold("أذربيجان"));
        assert_eq!(fold("\u{FEFB}\u{FEF7}\u{FEF9}\u{FEF5}"), "لالالالا");
        assert_eq!(fold("\u{FE93}\u{FEEF}"), "هي");
        // The lone hamza keeps its letter; isolated harakat vanish whole.
        assert_eq!(fold("\u{FE80}"), "ء");
        assert_eq!(fold("\u{FEB3}\u{FE70}"), "س");
        assert_eq!(fold("\u{FE71}"), "");
        // The BOM (U+FEFF) is still just removed.
        assert_eq!(fold("a\u{FEFF}b"), "ab");
        // Offsets: both letters of ﻻ map to it, the next char after it.
        let (f, map) = fold_with_map("\u{FEFB}ب");
        assert_eq!(f, "لاب");
        assert_eq!(map, vec![0, 0, 0, 0, 3, 3, 5]);
        let text = "قال \u{FEFB} شيء";
        let hits = find_all(text, "ا");
        assert_eq!(
            hits.iter().map(|h| &text[h.clone()]).collect::<Vec<_>>(),
            ["ا", "\u{FEFB}"]
        );
    }

    #[test]
    fn map_has_one_entry_per_byte_plus_end() {
        let s = "أَب";
        let (f, map) = fold_with_map(s);
        assert_eq!(f, "اب");
        assert_eq!(map.len(), f.len() + 1);
        assert_eq!(map, vec![0, 0, 4, 4, 6]);
    }

    #[test]
    fn find_all_returns_original_ranges() {
        let text = "وصل عدد القتلى إلى ٨٧٤ جنديًا، وقال الجيش إن ٨٧٤ رقم";
        let hits = find_all(text, "874");
        assert_eq!(hits.len(), 2);
        for h in &hits {
            assert_eq!(&text[h.clone()], "٨٧٤");
        }
        let hits = find_all(text, "الي");
        assert_eq!(
            hits.iter().map(|h| &text[h.clone()]).collect::<Vec<_>>(),
            vec!["إلى"]
        );
    }

    #[test]
    fn find_all_includes_marks_of_last_letter() {
        let text = "مُحَمَّد";
        let hits = find_all(text, "محم");
        assert_eq!(&text[hits[0].clone()], "مُحَمَّ");
    }

    #[test]
    fn find_all_case_and_expansion() {
        let text = "xİy";
        let hits = find_all(text, "i");
        assert_eq!(hits, vec![1..3]);
        assert!(find_all(text, "").is_empty());
        assert!(find_all(text, "\u{064E}").is_empty());
    }
}
