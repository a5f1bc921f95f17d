//! Bidi classes by direct lookup for the scripts the corpus is written in.
//!
//! unicode-bidi finds the class of every char by a binary search over its
//! 1,400-range table; for the `bidi` filter that search was 8–13 % of the
//! time. Its classes for U+0000–U+07FF (Latin, Greek, Cyrillic, Hebrew,
//! Arabic, Syriac…) and for the Arabic presentation forms are copied once
//! into arrays; every other char is asked of the crate as before. The
//! classes are the crate's own, so the resolved levels are too.

use std::sync::LazyLock;

use unicode_bidi::{BidiClass, BidiDataSource, HardcodedBidiData};

/// Chars below this have their class in [`LOW`].
const LOW_END: u32 = 0x800;
/// The presentation forms, U+FB50–U+FEFF, in [`FORMS`].
const FORMS_START: u32 = 0xFB50;
const FORMS_END: u32 = 0xFF00;

static LOW: LazyLock<Vec<BidiClass>> = LazyLock::new(|| classes(0..LOW_END));
static FORMS: LazyLock<Vec<BidiClass>> = LazyLock::new(|| classes(FORMS_START..FORMS_END));

fn classes(range: std::ops::Range<u32>) -> Vec<BidiClass> {
    range
        .map(|u| char::from_u32(u).map_or(BidiClass::L, unicode_bidi::bidi_class))
        .collect()
}

/// unicode-bidi's data, with the arrays in front.
pub(crate) struct FastBidiData;

impl BidiDataSource for FastBidiData {
    fn bidi_class(&self, c: char) -> BidiClass {
        bidi_class(c)
    }
}

/// The class of `c`, as `unicode_bidi::bidi_class` gives it.
pub(crate) fn bidi_class(c: char) -> BidiClass {
    let u = c as u32;
    if u < LOW_END {
        LOW[u as usize]
    } else if (FORMS_START..FORMS_END).contains(&u) {
        FORMS[(u - FORMS_START) as usize]
    } else {
        HardcodedBidiData.bidi_class(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_class_as_the_crate_for_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(bidi_class(c), unicode_bidi::bidi_class(c), "{c:?}");
        }
    }
}
