//! UAX #9's weak, neutral and implicit rules (W1–W7, N0–N2, I1–I2) for a
//! paragraph that is a single isolating run sequence, written for the
//! engine's own text.
//!
//! Sanitizing drops every explicit embedding, override, isolate and mark,
//! and turns tabs and breaks into spaces, so a paragraph of the engine is
//! one level run at the base level, with sos and eos of the base
//! direction: X1–X10 have nothing to do. unicode-bidi still runs them, and
//! builds its run sequences, bracket vectors and per-byte class arrays for
//! every paragraph; its resolution was 13–14 % of the `bidi` filter's time
//! once the rest was cheap. Here the remaining rules run in three passes
//! over one class per char, the way unicode-bidi 0.3 applies them (the
//! same order, the same neighbours looked at, the same 63-deep bracket
//! stack), so the levels are the crate's. A paragraph holding any class
//! that needs the explicit or removal rules (BN, B, S, the embeddings and
//! isolates) is left to the crate ([`resolve`] gives `None`). Property
//! tests compare every level with unicode-bidi's on random mixed text.

use unicode_bidi::{BidiClass, BidiDataSource, Level};

use super::bidi_class::{FastBidiData, bidi_class};

use BidiClass::{AL, AN, CS, EN, ES, ET, L, NSM, ON, R, WS};

/// The level of every byte of `text` at base level 1 (`rtl`) or 0, or
/// `None` when some char's class is not one this module resolves.
pub(crate) fn resolve(text: &str, rtl: bool) -> Option<Vec<Level>> {
    let mut chars: Vec<(char, BidiClass)> = Vec::with_capacity(text.len());
    for c in text.chars() {
        let class = bidi_class(c);
        if !matches!(class, L | R | AL | EN | ES | ET | AN | CS | NSM | WS | ON) {
            return None;
        }
        chars.push((c, class));
    }
    let original: Vec<BidiClass> = chars.iter().map(|&(_, class)| class).collect();
    let mut classes = original.clone();
    let e = if rtl { R } else { L };
    weak(&mut classes, e);
    brackets(&chars, &original, &mut classes, e);
    neutral(&mut classes, e);
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let mut levels = Vec::with_capacity(text.len());
    for (&(c, _), &class) in chars.iter().zip(&classes) {
        let level = implicit_level(base, class);
        levels.extend(std::iter::repeat_n(level, c.len_utf8()));
    }
    Some(levels)
}

/// I1–I2.
fn implicit_level(base: Level, class: BidiClass) -> Level {
    let raise = match (base.is_rtl(), class) {
        (false, AN | EN) => 2,
        (false, R) | (true, L | EN | AN) => 1,
        _ => 0,
    };
    let mut level = base;
    // Levels 0 and 1 raised by at most 2 stay far below the maximum.
    let _ = level.raise(raise);
    level
}

/// W1–W7, as unicode-bidi's `resolve_weak` applies them in one pass (then
/// W7 in a second); `sos` and `eos` are `e`.
fn weak(classes: &mut [BidiClass], e: BidiClass) {
    let mut prev_before_w4 = e;
    let mut prev_before_w5 = e;
    let mut prev_before_w1 = e;
    let mut last_strong_is_al = false;
    let mut et_run: Vec<usize> = Vec::new();
    for i in 0..classes.len() {
        // W1: a mark takes the type before it (no isolate can precede it).
        if classes[i] == NSM {
            classes[i] = prev_before_w1;
        }
        let w2_class = classes[i];
        prev_before_w1 = classes[i];
        // W2, W3.
        match classes[i] {
            EN if last_strong_is_al => classes[i] = AN,
            AL => classes[i] = R,
            _ => {}
        }
        match w2_class {
            L | R => last_strong_is_al = false,
            AL => last_strong_is_al = true,
            _ => {}
        }
        let before_w456 = classes[i];
        match classes[i] {
            EN => {
                // W5: terminators before a number.
                for &j in &et_run {
                    classes[j] = EN;
                }
                et_run.clear();
            }
            ES | CS => {
                // W4, W6: the next char is not resolved yet (its own class).
                let mut next = classes.get(i + 1).copied().unwrap_or(e);
                if next == EN && last_strong_is_al {
                    next = AN;
                }
                classes[i] = match (prev_before_w4, classes[i], next) {
                    (EN, ES, EN) | (EN, CS, EN) => EN,
                    (AN, CS, AN) => AN,
                    _ => ON,
                };
            }
            ET => {
                // W5: terminators after a number.
                if prev_before_w5 == EN {
                    classes[i] = EN;
                } else {
                    et_run.push(i);
                }
            }
            _ => {}
        }
        prev_before_w5 = classes[i];
        if prev_before_w5 != ET {
            // W6: terminators next to no number.
            for &j in &et_run {
                classes[j] = ON;
            }
            et_run.clear();
        }
        prev_before_w4 = before_w456;
    }
    for &j in &et_run {
        classes[j] = ON;
    }
    // W7.
    let mut last_strong_is_l = e == L;
    for class in classes.iter_mut() {
        match *class {
            EN if last_strong_is_l => *class = L,
            L => last_strong_is_l = true,
            R | AL => last_strong_is_l = false,
            _ => {}
        }
    }
}

/// The bracket pairs (BD16) by their opening's index, as unicode-bidi
/// finds them: brackets whose class after W1–W7 is ON, a stack of at most 63
/// openings, a closing bracket matched with the nearest opening of its
/// kind (canonical equivalents included) and the openings above it
/// dropped.
fn bracket_pairs(chars: &[(char, BidiClass)], classes: &[BidiClass]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (i, &(c, _)) in chars.iter().enumerate() {
        if classes[i] != ON {
            continue;
        }
        let Some(matched) = FastBidiData.bidi_matched_opening_bracket(c) else {
            continue;
        };
        if matched.is_open {
            if stack.len() >= 63 {
                break;
            }
            stack.push((matched.opening, i));
        } else if let Some(k) = stack.iter().rposition(|&(o, _)| o == matched.opening) {
            pairs.push((stack[k].1, i));
            stack.truncate(k);
        }
    }
    pairs.sort_by_key(|&(open, _)| open);
    pairs
}

/// N0: each bracket pair, in the order of its opening, takes the embedding
/// direction `e` if a strong type of it is inside, else the other one if
/// that is inside and also the last strong type before the pair (sos is
/// `e`); numbers count as R. The marks right after a bracket that changed
/// follow it.
fn brackets(
    chars: &[(char, BidiClass)],
    original: &[BidiClass],
    classes: &mut [BidiClass],
    e: BidiClass,
) {
    let not_e = if e == L { R } else { L };
    for (open, close) in bracket_pairs(chars, classes) {
        let (mut found_e, mut found_not_e) = (false, false);
        for &class in &classes[open + 1..close] {
            match class {
                c if c == e => found_e = true,
                c if c == not_e => found_not_e = true,
                EN | AN if e == L => found_not_e = true,
                EN | AN => found_e = true,
                _ => {}
            }
            if found_e {
                break;
            }
        }
        let set = if found_e {
            e
        } else if found_not_e {
            let before = classes[..open]
                .iter()
                .rev()
                .find(|c| matches!(c, L | R | EN | AN))
                .copied()
                .unwrap_or(e);
            if matches!(before, EN | AN) { R } else { before }
        } else {
            continue;
        };
        for at in [open, close] {
            classes[at] = set;
            for k in at + 1..classes.len() {
                if original[k] != NSM {
                    break;
                }
                classes[k] = set;
            }
        }
    }
}

/// N1–N2 as unicode-bidi applies them: a run of neutrals takes L between
/// two L, R between two of R, EN and AN, and `e` otherwise (sos and eos
/// are `e`).
fn neutral(classes: &mut [BidiClass], e: BidiClass) {
    let n = classes.len();
    let mut prev = e;
    let mut i = 0;
    while i < n {
        if !matches!(classes[i], WS | ON) {
            prev = classes[i];
            i += 1;
            continue;
        }
        let start = i;
        while i < n && matches!(classes[i], WS | ON) {
            i += 1;
        }
        let next = classes.get(i).copied().unwrap_or(e);
        let set = match (prev, next) {
            (L, L) => L,
            (R | AN | EN, R | AN | EN) => R,
            _ => e,
        };
        classes[start..i].fill(set);
        // The crate's next `prev` is the char that ended the run (or the
        // run's own last, now resolved, at the end).
        prev = if i < n { classes[i] } else { set };
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_bidi::ParagraphBidiInfo;

    fn same_as_unicode_bidi(text: &str, rtl: bool) -> Result<(), TestCaseError> {
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        let info = ParagraphBidiInfo::new(text, Some(level));
        let ours = resolve(text, rtl);
        prop_assert!(ours.is_some(), "{:?} not resolved", text);
        prop_assert_eq!(ours, Some(info.levels), "{:?} rtl {}", text, rtl);
        Ok(())
    }

    #[test]
    fn sentences_of_the_corpus_kind() {
        for s in [
            "",
            "قال Vladimir Putin، رئيس Russia: «نأمل» - AFP 2021.",
            "في 27 أيلول/سبتمبر 2020، قُتل 1,234 (أو ٣٫٥٪) - $5 و+7 #8",
            "صورة (EPA) من [الجبهة 2020] و(Reuters عن AFP)",
            "The war (2020), 44 days: «حرب» [44 يومًا] -5 +3 1.5 ١٢",
            "\u{064E}حركة (a\u{0301}) b\u{0300}",
            "EPA تعلن خطة و-x و1a2 و$3 USD (ا) [b]",
        ] {
            same_as_unicode_bidi(s, true).expect("rtl");
            same_as_unicode_bidi(s, false).expect("ltr");
        }
    }

    #[test]
    fn classes_it_does_not_resolve_are_left_to_the_crate() {
        for s in [
            "a\u{200B}b",
            "a\tb",
            "a\u{2067}b\u{2069}",
            "x\u{202E}y",
            "a\u{2029}b",
        ] {
            assert_eq!(resolve(s, true), None, "{s:?}");
        }
    }

    #[test]
    fn deep_brackets_stop_pairing_as_the_crate_does() {
        let s = format!("{}a ب{}", "(".repeat(70), ")".repeat(70));
        same_as_unicode_bidi(&s, true).expect("rtl");
        same_as_unicode_bidi(&s, false).expect("ltr");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn agrees_with_unicode_bidi_on_mixed_text(
            s in "[\u{0627}-\u{063A}\u{0660}-\u{0669}\u{06F0}-\u{06F9}\u{05D0}-\u{05D3}\u{064B}-\u{0652}\u{0300}\u{0670} a-eA-E0-9()\\[\\]{}«»\u{2329}\u{232A}\u{3008}\u{3009}.,:;!?\"'\\-+#$%/\u{060C}\u{066A}-\u{066C}\u{00B0}\u{2010}-\u{2027}\u{00A0}]{0,40}",
            rtl in any::<bool>(),
        ) {
            same_as_unicode_bidi(&s, rtl)?;
        }

        #[test]
        fn agrees_with_unicode_bidi_on_words(
            words in proptest::collection::vec(
                "(قال|الرئيس|ﺍﻟﺨﻤﻴﺲ|EPA|Putin|2020|١٢٣|1,234|3\\.5%|\\$5|-7|\\(|\\)|\\[|\\]|«|»|:|،|\\.|\u{064E})", 0..20),
            rtl in any::<bool>(),
        ) {
            same_as_unicode_bidi(&words.join(" "), rtl)?;
        }
    }
}
