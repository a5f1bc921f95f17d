//! Arabic shaping to presentation forms, with a map back to the original.
//!
//! In explicit (app) mode the terminal draws each cell's char as is, so the
//! app must pick the joining form of every Arabic letter itself; Unicode's
//! presentation forms (U+FB50–FDFF, U+FE70–FEFF) are the way to do that on a
//! character grid. ar-reshaper does the work, configured as the notes
//! recommend:
//! * harakat are KEPT (its default deletes them) and stay *after* their base
//!   letter, so grapheme-wise reversal keeps each mark on its letter;
//! * the ALLAH ligature is OFF: it turns four cells into one U+FDF2, which is
//!   rendered inconsistently and would shrink the text;
//! * the lam-alef ligatures stay ON: lam + alef is always written as one
//!   glyph, and terminals show U+FEFB & co. in a single cell.
//!
//! ar-reshaper returns a plain string. We call it on each run of Arabic
//! letters and marks separately and align its output with the input, so that
//! every shaped char keeps the byte range of the letter(s) it came from (one
//! lam-alef char maps to both letters). Two traps of the crate are avoided by
//! the run boundaries: a run never starts with a mark (the crate computes
//! `0 - 1` for a leading haraka and panics in debug builds), and ZWJ never
//! enters a run (the crate drops it, which would shift its ligature indices).
//! If the alignment ever fails the run is left unshaped rather than guessed.

use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;

use ar_reshaper::letters::letters_db::{LETTERS_ARABIC, ZWJ};
use ar_reshaper::prelude::LigatureNames;
use ar_reshaper::{ArabicReshaper, ReshaperConfig};

use super::mapped::Mapped;

/// The marks ar-reshaper treats as harakat (its `HARAKAT_RE`): they attach to
/// the letter before them.
const HARAKAT: [RangeInclusive<char>; 8] = [
    '\u{0610}'..='\u{061A}',
    '\u{064B}'..='\u{065F}',
    '\u{0670}'..='\u{0670}',
    '\u{06D6}'..='\u{06DC}',
    '\u{06DF}'..='\u{06E8}',
    '\u{06EA}'..='\u{06ED}',
    '\u{08D4}'..='\u{08ED}',
    '\u{08E3}'..='\u{08FF}',
];

fn is_haraka(c: char) -> bool {
    HARAKAT.iter().any(|r| r.contains(&c))
}

/// The letters ar-reshaper knows, sorted for binary search (its own lookup
/// is a linear scan). ZWJ is in its table but is left out on purpose: the
/// crate removes ZWJ from its output while still indexing ligatures by input
/// position, which indexes out of bounds (found by the property tests on
/// `"\u{200D}لأً"`).
static LETTERS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut v: Vec<char> = LETTERS_ARABIC
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| *c != ZWJ)
        .collect();
    v.sort_unstable();
    v
});

fn is_letter(c: char) -> bool {
    LETTERS.binary_search(&c).is_ok()
}

static RESHAPER: LazyLock<ArabicReshaper> = LazyLock::new(|| {
    let mut config = ReshaperConfig {
        delete_harakat: false,
        shift_harakat_position: false,
        delete_tatweel: false,
        ..ReshaperConfig::default()
    };
    config.update_ligature(LigatureNames::ARABIC_LIGATURE_ALLAH, false);
    ArabicReshaper::new(config)
});

/// The lam-alef ligatures (isolated and final forms of the four pairs).
fn is_lam_alef(c: char) -> bool {
    ('\u{FEF5}'..='\u{FEFC}').contains(&c)
}

fn is_alef(c: char) -> bool {
    matches!(c, '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0627}')
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Shapes the Arabic in `input`, keeping the map to the original.
pub(crate) fn shape(input: &Mapped) -> Mapped {
    let chars: Vec<(usize, char)> = input.text.char_indices().collect();
    let mut out = Mapped::with_capacity(input.text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if !is_letter(c) {
            out.push(c, input.src[i].clone());
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && (is_letter(chars[j].1) || is_haraka(chars[j].1)) {
            j += 1;
        }
        shape_run(&chars[i..j], &input.src[i..j], &mut out);
        i = j;
    }
    out
}

/// Shapes one run (starts with a letter; letters and harakat only).
fn shape_run(run: &[(usize, char)], src: &[Range<usize>], out: &mut Mapped) {
    let text: String = run.iter().map(|(_, c)| *c).collect();
    let shaped = RESHAPER.reshape(&text);
    match align(run, src, &shaped) {
        Some(mapped) => {
            for (c, r) in mapped {
                out.push(c, r);
            }
        }
        None => {
            for ((_, c), r) in run.iter().zip(src) {
                out.push(*c, r.clone());
            }
        }
    }
}

/// A base letter, its original range, and the harakat that follow it.
type Base = (char, Range<usize>, Vec<(char, Range<usize>)>);

/// Pairs every char of `shaped` with the original range it stands for, or
/// `None` if the output is not what the reshaper's documented rules produce.
fn align(
    run: &[(usize, char)],
    src: &[Range<usize>],
    shaped: &str,
) -> Option<Vec<(char, Range<usize>)>> {
    // Base letters with their harakat, in input order.
    let mut bases: Vec<Base> = Vec::new();
    for ((_, c), r) in run.iter().zip(src) {
        if is_haraka(*c) {
            bases.last_mut()?.2.push((*c, r.clone()));
        } else {
            bases.push((*c, r.clone(), Vec::new()));
        }
    }
    let mut out_chars = shaped.chars().peekable();
    let mut result = Vec::with_capacity(run.len());
    let mut k = 0;
    while k < bases.len() {
        let (base, range, _) = &bases[k];
        let o = out_chars.next()?;
        let ligature = is_lam_alef(o)
            && *base == '\u{0644}'
            && bases.get(k + 1).is_some_and(|(b, _, _)| is_alef(*b));
        let (span, last) = if ligature {
            (range.start..bases[k + 1].1.end, k + 1)
        } else if o == *base || is_presentation_form(o) {
            (range.clone(), k)
        } else {
            return None;
        };
        result.push((o, span));
        // The harakat of every base the output char covers, in order.
        for (_, _, marks) in &bases[k..=last] {
            for (m, r) in marks {
                if out_chars.next()? != *m {
                    return None;
                }
                result.push((*m, r.clone()));
            }
        }
        k = last + 1;
    }
    if out_chars.next().is_some() {
        return None;
    }
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shaped(s: &str) -> Mapped {
        shape(&Mapped::identity(s, 0))
    }

    fn hex(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    #[test]
    fn lam_alef_maps_to_both_letters() {
        let m = shaped("لا");
        assert_eq!(hex(&m.text), vec![0xFEFB]);
        assert_eq!(m.src, vec![0..4]);
    }

    #[test]
    fn harakat_kept_after_their_base() {
        // The sequence measured in the notes for ar-reshaper with harakat kept.
        let m = shaped("مُحَمَّد");
        assert_eq!(
            hex(&m.text),
            vec![
                0xFEE3, 0x064F, 0xFEA4, 0x064E, 0xFEE4, 0x064E, 0x0651, 0xFEAA
            ]
        );
        assert_eq!(m.src[1], 2..4);
    }

    #[test]
    fn allah_ligature_is_off() {
        let m = shaped("والله");
        assert_eq!(m.text.chars().count(), 5);
        assert!(!m.text.contains('\u{FDF2}'));
    }

    #[test]
    fn haraka_between_lam_and_alef() {
        let m = shaped("لَا");
        assert_eq!(hex(&m.text), vec![0xFEFB, 0x064E]);
        assert_eq!(m.src, vec![0..6, 2..4]);
    }

    #[test]
    fn leading_mark_and_zwj_do_not_panic() {
        let m = shaped("\u{064E}ل\u{200D}ا");
        assert_eq!(m.text.chars().count(), 4);
    }

    #[test]
    fn zwj_before_lam_alef_does_not_panic() {
        let m = shaped("\u{200D}لأ\u{064B}");
        assert_eq!(hex(&m.text), vec![0x200D, 0xFEF7, 0x064B]);
        assert_eq!(m.src, vec![0..3, 3..7, 7..9]);
    }

    #[test]
    fn latin_untouched() {
        let m = shaped("EPA 2020");
        assert_eq!(m.text, "EPA 2020");
    }
}
