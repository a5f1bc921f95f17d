//! The embedding levels of a paragraph (UAX #9 up to I2), without resolving
//! them when the answer is known from the classes alone.
//!
//! The engine's text never holds an explicit embedding, override or
//! isolate (sanitizing drops them all), so a paragraph is one isolating run
//! sequence at the base level, with sos and eos of the base direction. In
//! such a sequence, when every char is of the base direction's strong
//! classes, a mark, whitespace or a neutral or weak separator — no letter
//! of the other direction and no number, which W2–W7 and I1–I2 would
//! raise — every rule resolves every char to the base direction: W1 gives
//! marks the type before them (or sos), W3 turns AL into R, W6 makes the
//! separators neutral, N0 gives bracket pairs the only strong type there
//! is, N1 the neutrals between two of it, and I1–I2 leave the base level
//! unchanged. unicode-bidi's resolution (a third of the `bidi` filter's
//! time after the shaping was made cheap) is then skipped. A test checks
//! the claim against unicode-bidi on random text of those classes.
//!
//! A right-to-left paragraph with numbers or Latin words is at level 1
//! but for the stretches from the strong right-to-left letter before a
//! number or a Latin letter to the one after it: W1–W7 look no further than
//! the nearest strong letter, and N1–N2 no further than the nearest strong
//! letter or number, so nothing inside a stretch depends on what lies past
//! its first and last letter, and every neutral outside one lies between
//! right-to-left letters (or sos/eos) and resolves to R. N0 is the one rule
//! that reaches further: a bracket pair can enclose letters of both
//! directions from different stretches. With no Latin letter that does not
//! matter (every strong type is R, so a pair resolves to R under N0 or,
//! left alone, under N1), so brackets are allowed then; with a Latin
//! letter the paragraph must hold no bracket at all. Only the stretches, a
//! few words each, are resolved by unicode-bidi, each alone; property tests
//! compare every level with the whole paragraph's resolution.

use unicode_bidi::{BidiClass, BidiDataSource, Level, ParagraphBidiInfo};

use super::bidi_class::{FastBidiData, bidi_class};

/// The levels of one paragraph.
pub(crate) enum ParagraphLevels<'a> {
    /// Every char is at the paragraph level.
    Uniform(Level),
    /// A right-to-left paragraph's level of every byte, its stretches of
    /// numbers and Latin words resolved one by one.
    Stretches(Vec<Level>),
    /// Resolved by unicode-bidi.
    Resolved(ParagraphBidiInfo<'a>),
}

impl ParagraphLevels<'_> {
    /// The paragraph's own level.
    pub(crate) fn paragraph_level(&self) -> Level {
        match self {
            ParagraphLevels::Uniform(level) => *level,
            ParagraphLevels::Stretches(_) => Level::rtl(),
            ParagraphLevels::Resolved(info) => info.paragraph_level,
        }
    }

    /// The level of the char that starts at byte `at`.
    pub(crate) fn level_at(&self, at: usize) -> Option<Level> {
        match self {
            ParagraphLevels::Uniform(level) => Some(*level),
            ParagraphLevels::Stretches(levels) => levels.get(at).copied(),
            ParagraphLevels::Resolved(info) => info.levels.get(at).copied(),
        }
    }

    /// Whether every char is at the paragraph level.
    pub(crate) fn is_uniform(&self) -> bool {
        matches!(self, ParagraphLevels::Uniform(_))
    }

    /// The original bidi class of the char that starts at byte `at`.
    pub(crate) fn class_at(&self, text: &str, at: usize) -> Option<BidiClass> {
        match self {
            ParagraphLevels::Uniform(_) | ParagraphLevels::Stretches(_) => {
                text.get(at..)?.chars().next().map(bidi_class)
            }
            ParagraphLevels::Resolved(info) => info.original_classes.get(at).copied(),
        }
    }
}

/// Resolves the levels of a whole paragraph with the given base direction.
/// (`Some(level)` overrides P2/P3, which is what we want: we decided.)
pub(crate) fn paragraph_levels(text: &str, rtl: bool) -> ParagraphLevels<'_> {
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    if text.chars().all(|c| stays_at_base(bidi_class(c), rtl)) {
        return ParagraphLevels::Uniform(level);
    }
    if rtl && let Some(levels) = stretches(text) {
        return ParagraphLevels::Stretches(levels);
    }
    ParagraphLevels::Resolved(resolve(text, level))
}

fn resolve(text: &str, level: Level) -> ParagraphBidiInfo<'_> {
    ParagraphBidiInfo::new_with_data_source(&FastBidiData, text, Some(level))
}

/// The levels of a right-to-left paragraph by stretches (see the module
/// docs), or `None` when it holds another class, or a Latin letter and a
/// bracket.
fn stretches(text: &str) -> Option<Vec<Level>> {
    let mut levels = vec![Level::rtl(); text.len()];
    let mut resolve_into = |range: std::ops::Range<usize>| {
        let piece = text.get(range.clone())?;
        let info = resolve(piece, Level::rtl());
        levels.get_mut(range)?.copy_from_slice(&info.levels);
        Some(())
    };
    // Where the last strong letter starts (the paragraph's start stands
    // for sos), and where the stretch of a number seen since starts.
    let mut strong = 0;
    let mut stretch = None;
    let (mut latin, mut bracket) = (false, false);
    for (i, c) in text.char_indices() {
        match bidi_class(c) {
            BidiClass::R | BidiClass::AL => {
                if let Some(start) = stretch.take() {
                    resolve_into(start..i + c.len_utf8())?;
                }
                strong = i;
            }
            BidiClass::EN | BidiClass::AN => {
                stretch.get_or_insert(strong);
            }
            BidiClass::L => {
                latin = true;
                stretch.get_or_insert(strong);
            }
            // Only ON chars can be paired brackets (BD14, BD15).
            BidiClass::ON => bracket |= FastBidiData.bidi_matched_opening_bracket(c).is_some(),
            class if stays_at_base(class, true) => {}
            _ => return None,
        }
        if latin && bracket {
            return None;
        }
    }
    if let Some(start) = stretch {
        resolve_into(start..text.len())?;
    }
    Some(levels)
}

/// The classes that resolve to the base level in a paragraph made of them
/// only (see the module docs).
fn stays_at_base(class: BidiClass, rtl: bool) -> bool {
    use BidiClass::*;
    match class {
        NSM | WS | ON | CS | ES | ET => true,
        R | AL => rtl,
        L | EN => !rtl,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn resolved_all_at(text: &str, rtl: bool) -> bool {
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        let info = ParagraphBidiInfo::new(text, Some(level));
        info.levels.iter().all(|l| *l == level)
    }

    #[test]
    fn arabic_sentences_without_numbers_or_latin_are_uniform() {
        for s in [
            "قال الرئيس: «إن الوضع مثير للقلق» (وفق البيان).",
            "مُحَمَّدٌ رَسُولُ - ؟ ، ؛ \"اقتباس\" [قوسان] {معقوفان}",
            "\u{064E}حركة في البداية، ثم نص",
            "ﺃﻣﺲ ﺍﻟﺨﻤﻴﺲ ﻻ",
            "שלום עולם, مرحبا",
        ] {
            assert!(paragraph_levels(s, true).is_uniform(), "{s}");
            assert!(resolved_all_at(s, true), "{s}");
        }
        for s in ["قال 2020", "EPA تعلن", "٣ أيام", "a\u{200B}b"] {
            assert!(!paragraph_levels(s, true).is_uniform(), "{s}");
        }
        assert!(paragraph_levels("The war (2020), 44 days.", false).is_uniform());
        assert!(!paragraph_levels("day ٣", false).is_uniform());
    }

    fn same_levels_as_unicode_bidi(text: &str) -> Result<(), TestCaseError> {
        let info = ParagraphBidiInfo::new(text, Some(Level::rtl()));
        let ours = paragraph_levels(text, true);
        for at in 0..text.len() {
            prop_assert_eq!(
                ours.level_at(at),
                info.levels.get(at).copied(),
                "{:?} at {}",
                text,
                at
            );
            if text.is_char_boundary(at) {
                prop_assert_eq!(
                    ours.class_at(text, at),
                    info.original_classes.get(at).copied()
                );
            }
        }
        Ok(())
    }

    #[test]
    fn numbers_in_arabic_sentences() {
        for s in [
            "فيما يقدر الجانب الأذربيجاني عدد القتلى المدنيين بـ63 شخصًا",
            "في 27 أيلول/سبتمبر 2020، قُتل 1,234 (أو ٣٫٥٪) - $5 و+7 #8",
            "2020 عام الحرب (44 يومًا) «10 تشرين الثاني»",
            "العدد: ١٢٣، ٤٥٦.",
            "שנת 2020 ו-3.5% ו־(7)",
            "صورة EPA من الجبهة في 27 أيلول/سبتمبر 2020",
            "قال Vladimir Putin، رئيس Russia: «نأمل» - AFP 2021.",
            "EPA تعلن خطة و-x و1a2 و$3 USD",
        ] {
            assert!(
                matches!(paragraph_levels(s, true), ParagraphLevels::Stretches(_)),
                "{s}"
            );
            same_levels_as_unicode_bidi(s).expect("same levels");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn number_stretches_resolve_as_the_whole_paragraph(
            s in "[\u{0627}-\u{063A}\u{05D0}-\u{05D3}\u{064B}-\u{0652}\u{0300} ()\\[\\]{}«».,:;!?\"'\\-+#$%/\u{060C}\u{066A}-\u{066C}\u{2010}-\u{2027}0-9\u{0660}-\u{0669}\u{06F0}-\u{06F9}]{0,40}",
        ) {
            same_levels_as_unicode_bidi(&s)?;
        }

        #[test]
        fn latin_stretches_resolve_as_the_whole_paragraph(
            s in "[\u{0627}-\u{063A}\u{05D0}-\u{05D3}\u{064B}-\u{0652}\u{0300} a-eA-E«».,:;!?\"'\\-+#$%/\u{060C}\u{066A}-\u{066C}\u{2010}-\u{2027}0-9\u{0660}-\u{0669}\u{06F0}-\u{06F9}()]{0,40}",
        ) {
            same_levels_as_unicode_bidi(&s)?;
        }

        #[test]
        fn uniform_when_unicode_bidi_says_so(
            s in "[\\u{0627}-\\u{063A}\\u{05D0}-\\u{05EA}\\u{064B}-\\u{0652}\\u{0300} ()\\[\\]«».,:;!?\"'\\-+#$%/\\u{060C}\\u{061F}\\u{2010}-\\u{2027}a-c0-9\\u{0660}-\\u{0669}]{0,30}",
            rtl in any::<bool>(),
        ) {
            if paragraph_levels(&s, rtl).is_uniform() {
                prop_assert!(resolved_all_at(&s, rtl), "{:?}", s);
            }
        }

        #[test]
        fn uniform_arabic_of_those_classes_only(
            s in "[\\u{0627}-\\u{063A}\\u{064B}-\\u{0652} ()\\[\\]«».,:;!?\"'\\-+#$%/\\u{060C}\\u{061F}]{0,40}",
        ) {
            prop_assert!(paragraph_levels(&s, true).is_uniform());
            prop_assert!(resolved_all_at(&s, true), "{:?}", s);
        }

        #[test]
        fn uniform_latin_of_those_classes_only(
            s in "[a-zA-Z0-9\\u{0300} ()\\[\\]«».,:;!?\"'\\-+#$%/]{0,40}",
        ) {
            prop_assert!(paragraph_levels(&s, false).is_uniform());
            prop_assert!(resolved_all_at(&s, false), "{:?}", s);
        }
    }
}
