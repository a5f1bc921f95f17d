//! Properties of the text engine on arbitrary input: it never panics, lines
//! fit, every drawn grapheme maps to exactly one logical range and back, and
//! nothing that could drive the terminal is ever drawn.

use std::collections::BTreeMap;
use std::ops::Range;

use karabakh_timeline::text::{
    BidiMode, LayoutOptions, display_width, find_all, fold, fold_with_map, layout, layout_label,
    sanitize,
};
use proptest::prelude::*;

/// Characters that exercise the engine: Arabic letters and marks, digits of
/// both kinds, brackets, spaces and line breaks, controls and bidi controls,
/// zero-width and wide characters.
const INTERESTING: &[char] = &[
    'ا', 'ل', 'م', 'ب', 'ت', 'ة', 'ى', 'ي', 'أ', 'إ', 'آ', 'ؤ', 'ئ', 'ء', 'ـ', 'ه', 'و', 'د',
    '\u{064B}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}', '\u{0670}', '\u{0654}',
    '\u{0301}', 'ﻻ', '٠', '٣', '٩', '۴', '0', '5', '9', '%', '٪', '/', '.', ',', '،', '؟', '-',
    '–', '$', '(', ')', '[', ']', '«', '»', '"', ':', 'a', 'E', 'P', 'z', ' ', ' ', ' ', '\t',
    '\n', '\r', '\u{0B}', '\u{0C}', '\u{1b}', '\u{00}', '\u{7f}', '\u{85}', '\u{9b}', '\u{202A}',
    '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    '\u{200E}', '\u{200F}', '\u{061C}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{2028}',
    '\u{2029}', '\u{00A0}', '\u{00AD}', '中', '😀', '\u{FE0F}', 'א', '\u{0600}',
];

fn text() -> impl Strategy<Value = String> {
    let ch = prop_oneof![
        3 => proptest::sample::select(INTERESTING),
        1 => any::<char>(),
    ];
    proptest::collection::vec(ch, 0..80).prop_map(|v| v.into_iter().collect())
}

fn mode() -> impl Strategy<Value = BidiMode> {
    proptest::sample::select(
        &[
            BidiMode::App,
            BidiMode::Terminal,
            BidiMode::Off,
            BidiMode::Auto,
        ][..],
    )
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

proptest! {
    // 512 cases by default; PROPTEST_CASES overrides (e.g. 50000 for a soak).
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(512),
        ..ProptestConfig::default()
    })]

    #[test]
    fn layout_invariants(input in text(), width in 0usize..200, mode in mode()) {
        let lines = layout(&input, &LayoutOptions { width, mode });
        let max = width.max(1);
        prop_assert_eq!(
            lines.last().map(|l| l.paragraph + 1),
            Some(input.split('\n').count())
        );
        let mut seen: BTreeMap<usize, Range<usize>> = BTreeMap::new();
        for line in &lines {
            // Fits.
            prop_assert!(usize::from(line.indent) + line.width() <= max, "{:?}", line);
            let mut col = usize::from(line.indent);
            for c in 0..col {
                prop_assert_eq!(line.logical_at(c), None);
            }
            for g in &line.glyphs {
                // Drawable and safe.
                prop_assert!(g.width >= 1);
                prop_assert!(!g.text.is_empty());
                prop_assert_eq!(display_width(&g.text), usize::from(g.width), "{:?}", g);
                prop_assert!(
                    !g.text.chars().any(|c| c.is_control() || is_bidi_control(c)),
                    "{:?}", g
                );
                // Valid, non-empty range of the input.
                prop_assert!(g.logical.start < g.logical.end && g.logical.end <= input.len());
                prop_assert!(input.is_char_boundary(g.logical.start));
                prop_assert!(input.is_char_boundary(g.logical.end));
                // No logical byte range appears twice (nor overlaps another).
                prop_assert!(seen.insert(g.logical.start, g.logical.clone()).is_none());
                // Cells ↔ logical round trip.
                let cells = col..col + usize::from(g.width);
                prop_assert_eq!(line.cells_for(g.logical.clone()), vec![cells.clone()]);
                for c in cells {
                    prop_assert_eq!(line.logical_at(c), Some(g.logical.clone()));
                }
                col += usize::from(g.width);
            }
            prop_assert_eq!(line.logical_at(col), None);
        }
        let ranges: Vec<&Range<usize>> = seen.values().collect();
        for w in ranges.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "overlap {:?}", w);
        }
        // Every visible, non-space char of the input is covered by a glyph.
        for (i, c) in input.char_indices() {
            let visible = !c.is_whitespace()
                && sanitize(&c.to_string()) == c.to_string()
                && unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 0;
            if visible {
                let covered = seen
                    .range(..=i)
                    .next_back()
                    .is_some_and(|(_, r)| r.contains(&i));
                prop_assert!(covered, "char {:?} at {} not drawn", c, i);
            }
        }
    }

    #[test]
    fn labels_fit_on_one_line(input in text(), width in 0usize..120, mode in mode()) {
        let line = layout_label(&input, width, mode);
        prop_assert!(usize::from(line.indent) + line.width() <= width.max(1));
        for g in &line.glyphs {
            prop_assert!(!g.text.chars().any(|c| c.is_control() || is_bidi_control(c)));
            prop_assert!(g.logical.end <= input.len());
        }
    }

    #[test]
    fn sanitize_lets_nothing_through(input in text()) {
        let s = sanitize(&input);
        prop_assert!(!s.chars().any(|c| c.is_control() || is_bidi_control(c)));
    }

    #[test]
    fn fold_map_and_find_all(hay in text(), needle in text()) {
        let (folded, map) = fold_with_map(&hay);
        prop_assert_eq!(map.len(), folded.len() + 1);
        prop_assert!(map.windows(2).all(|w| w[0] <= w[1]));
        prop_assert_eq!(map.last().copied(), Some(hay.len()));
        let folded_needle = fold(&needle);
        let mut last_end = 0;
        for r in find_all(&hay, &needle) {
            prop_assert!(r.start >= last_end && r.start < r.end && r.end <= hay.len());
            prop_assert!(hay.is_char_boundary(r.start) && hay.is_char_boundary(r.end));
            prop_assert!(fold(&hay[r.clone()]).contains(&folded_needle));
            last_end = r.end;
        }
    }

    #[test]
    fn find_all_finds_a_needle_taken_from_the_text(hay in text(), a in 0usize..80, len in 1usize..10) {
        let chars: Vec<char> = hay.chars().collect();
        let a = a.min(chars.len());
        let needle: String = chars[a..(a + len).min(chars.len())].iter().collect();
        if !fold(&needle).is_empty() {
            prop_assert!(!find_all(&hay, &needle).is_empty());
        }
    }
}
