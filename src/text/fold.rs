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
//! * everything else is lowercased (Latin case-insensitive).

use std::ops::Range;

/// What one char folds to.
enum Folded {
    Gone,
    One(char),
    Lower(char),
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
        c if c.is_ascii() => Folded::One(c.to_ascii_lowercase()),
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
fn each_folded(s: &str, mut emit: impl FnMut(char, usize)) {
    for (i, c) in s.char_indices() {
        match fold_char(c) {
            Folded::Gone => {}
            Folded::One(f) => emit(f, i),
            Folded::Lower(c) => c.to_lowercase().for_each(|f| emit(f, i)),
        }
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
    let needle = fold(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    let (folded, map) = fold_with_map(haystack);
    folded
        .match_indices(needle.as_str())
        .filter_map(|(start, m)| {
            let end = start + m.len();
            let orig_start = *map.get(start)?;
            // Start of the original char behind the last folded byte; the
            // match must at least reach that char's end (a char can fold to
            // several chars, e.g. a lowercase expansion).
            let last = *map.get(end.checked_sub(1)?)?;
            let last_end = last + haystack.get(last..)?.chars().next()?.len_utf8();
            let orig_end = (*map.get(end)?).max(last_end);
            Some(orig_start..orig_end)
        })
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
