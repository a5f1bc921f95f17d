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
//! ar-reshaper returns a plain string, and finds every letter by a linear
//! scan of its table: the filter spent a third of its time there. Its rules
//! are applied here by `joining`, with its own letter data in an array
//! indexed by the letter, on each run of Arabic letters and marks, writing
//! every shaped char with the byte range of the letter(s) it came from (one
//! lam-alef char maps to both letters). The run boundaries are the ones the
//! crate needed: a run never starts with a mark (the crate computes `0 - 1`
//! for a leading haraka), and ZWJ never enters a run (the crate drops it,
//! which shifted its ligature indices). A run whose shaped form would not
//! be a presentation form is left unshaped rather than guessed.
//! `shape_reference` keeps the crate's own `reshape`, aligned as this
//! module used to align it, and its tests compare the two.

use super::joining::{Joiner, forms, is_haraka};
use super::mapped::Mapped;

fn is_letter(c: char) -> bool {
    forms(c).is_some()
}

/// Shapes the Arabic in `input`, keeping the map to the original (when
/// `input` keeps one). Only the runs of letters are gathered as chars (in
/// a buffer reused from run to run); what lies between them is copied as
/// it is, whole when no map is kept.
pub(crate) fn shape(input: &Mapped) -> Mapped {
    let text = input.text.as_str();
    let mut out = input.like(text.len() + text.len() / 2 + 8);
    let mut joiner = Joiner::default();
    let mut run: Vec<char> = Vec::new();
    let mut ci = 0; // index of the next char
    let mut iter = text.char_indices().peekable();
    let mut plain_from = 0; // where the text copied as is starts
    while let Some((at, c)) = iter.next() {
        if !is_letter(c) {
            if input.is_tracked() {
                out.push(c, input.src_at(ci));
            }
            ci += 1;
            continue;
        }
        if !input.is_tracked() {
            out.text.push_str(text.get(plain_from..at).unwrap_or(""));
        }
        run.clear();
        run.push(c);
        while let Some(&(_, d)) = iter.peek() {
            if !(is_letter(d) || is_haraka(d)) {
                break;
            }
            run.push(d);
            iter.next();
        }
        let src = input.src.get(ci..ci + run.len()).unwrap_or(&[]);
        joiner.shape_run(&run, src, &mut out);
        ci += run.len();
        plain_from = iter.peek().map_or(text.len(), |&(at, _)| at);
    }
    if !input.is_tracked() {
        out.text.push_str(text.get(plain_from..).unwrap_or(""));
    }
    out
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
