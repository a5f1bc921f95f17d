//! The shaping as it was done before `joining`: ar-reshaper's own
//! `reshape` on each run, its string aligned with the input. Kept for the
//! tests only, as the reference `shape` must agree with byte for byte and
//! range for range.

use std::ops::{Range, RangeInclusive};
use std::sync::LazyLock;

use ar_reshaper::letters::letters_db::{LETTERS_ARABIC, ZWJ};
use ar_reshaper::prelude::LigatureNames;
use ar_reshaper::{ArabicReshaper, ReshaperConfig};

use crate::text::mapped::Mapped;

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
pub(super) fn shape(input: &Mapped) -> Mapped {
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
    use crate::text::joining::is_haraka as haraka;
    use crate::text::shape::shape as fast;
    use proptest::prelude::*;

    fn both(s: &str) -> (Mapped, Mapped) {
        let m = Mapped::identity(s, 0);
        (fast(&m), shape(&m))
    }

    fn same(s: &str) {
        let (ours, theirs) = both(s);
        assert_eq!(ours, theirs, "{s:?}");
    }

    #[test]
    fn no_letter_is_a_haraka() {
        assert!(LETTERS.iter().all(|c| !haraka(*c) && !is_haraka(*c)));
        for c in '\u{0}'..='\u{FFFF}' {
            assert_eq!(haraka(c), is_haraka(c), "{c:?}");
        }
    }

    #[test]
    fn every_letter_alone_and_in_every_pair_and_triple_context() {
        let mut letters: Vec<char> = LETTERS.clone();
        letters.push('\u{064E}'); // fatha, a haraka
        letters.push('\u{0651}'); // shadda
        for &a in LETTERS.iter() {
            same(&a.to_string());
            for &b in &letters {
                same(&format!("{a}{b}"));
                same(&format!("ب{a}{b}"));
                same(&format!("{a}{b}ب"));
                same(&format!("ل{a}{b}ا"));
            }
        }
    }

    #[test]
    fn lam_alef_in_every_context() {
        for alef in ['\u{0627}', '\u{0623}', '\u{0625}', '\u{0622}'] {
            for before in ["", "ب", "د", "ل", "لا", "ـ", " "] {
                for after in ["", "ب", "ا", " ", "\u{064B}", "ل"] {
                    for mark in ["", "\u{064E}", "\u{0651}\u{064E}"] {
                        same(&format!("{before}ل{mark}{alef}{mark}{after}"));
                    }
                }
            }
        }
    }

    #[test]
    fn bundled_articles_and_sentences() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).expect("assets") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("article");
                for line in text.lines() {
                    same(line);
                }
                n += 1;
            }
        }
        assert_eq!(n, 5);
        for s in [
            "مُحَمَّدٌ رَسُولُ اللَّهِ",
            "لا لأن لإن لآن الآن إلى الأمم المتحدة",
            "قال EPA إن 63 شخصًا قُتلوا (في ناغورنو كاراباخ)",
            "ـلا ـــ بـلا لـا",
            "ۀ ۅ ۆ ۇ ۈ ۉ ۋ ے ۓ ٱلرحمن",
            "\u{200D}لأً \u{064E}لا",
        ] {
            same(s);
        }
    }

    proptest! {
        #[test]
        fn random_arabic_agrees(s in "[\u{0600}-\u{06FF}\u{08D4}-\u{08FF}\u{200C}\u{200D} a1(]{0,40}") {
            let (ours, theirs) = both(&s);
            prop_assert_eq!(ours, theirs);
        }
    }
}
