//! Fields of a drafted claim that the corpus format checks: its standing
//! (from the claimant's side) and the words that give its figure
//! (`value_text`, with the vague word's range from `corpus::vague`).

use crate::corpus::schema::{Side, Standing};
use crate::corpus::vague::{self, Vague};
use crate::extract::doc::Doc;
use crate::extract::figures::Figure;
use crate::extract::gazetteer::GEntity;
use crate::extract::parties::MEDIA;
use std::ops::Range;

/// A belligerent's (or several belligerents') authorities are `official`,
/// the outlet's own tally `media`, anyone else `outside`.
pub fn standing(claimant: &GEntity) -> Standing {
    match claimant.side {
        _ if claimant.id == MEDIA => Standing::Media,
        Some(s) if s.is_belligerent() || s == Side::Several => Standing::Official,
        _ => Standing::Outside,
    }
}

/// The bytes of the words that give figure `f` (see [`Figure::words`]),
/// and, when they are a vague word of the corpus's table, its range. A
/// clitic glued to a vague word («والمئات») is left out of the words, so
/// that they are the table's word as the loader checks it.
pub fn value_words(text: &str, doc: &Doc, f: &Figure) -> (Range<usize>, Option<Vague>) {
    let r = doc.orig_tokens(f.words.clone());
    let words = &text[r.clone()];
    if !f.vague {
        return (r, None);
    }
    for (i, c) in words.char_indices().take(3) {
        if let Some(v) = vague::lookup(&words[i..]) {
            return (r.start + i..r.end, Some(v));
        }
        if !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
            break;
        }
    }
    (r, None)
}
