//! Extended grapheme clusters, with the common case made cheap.
//!
//! unicode-segmentation's iterator runs its full state machine (a category
//! table search per char) on every char, though in an Arabic or Latin text
//! nearly every char is a grapheme of its own: it was 8–12 % of the `bidi`
//! filter's time. Between two "plain" chars — ones that are not Extend, ZWJ,
//! SpacingMark, Prepend, Regional_Indicator, Hangul, Extended_Pictographic,
//! nor CR or LF — no rule of UAX #29 joins (GB999 breaks), and no rule
//! looks back past a plain char. So the text is cut before every plain char
//! that follows a plain char; a piece of one char is one grapheme, and any
//! longer piece (a letter with its harakat, an emoji sequence) is handed to
//! unicode-segmentation, which then sees exactly the context it would have
//! seen in the whole text. The result is the crate's, cluster for cluster
//! (the tests check the plain set against the crate char by char, and the
//! whole iterator against it on random text).

use unicode_segmentation::{GraphemeIndices, UnicodeSegmentation};

/// A char that is a grapheme of its own between two others like it (see
/// the module docs): printable ASCII, Latin-1 and Latin Extended (but the
/// soft hyphen and the pictographic © ®), the Arabic letters, digits and
/// punctuation (not its marks nor its prepended number signs), the Arabic
/// presentation forms, and the common dashes and quotes.
pub(crate) fn is_plain(c: char) -> bool {
    matches!(c,
        ' '..='~'
        | '\u{00A0}'..='\u{00A8}'
        | '\u{00AA}'..='\u{00AC}'
        | '\u{00AF}'..='\u{02FF}'
        | '\u{0606}'..='\u{060F}'
        | '\u{061B}'
        | '\u{061D}'..='\u{064A}'
        | '\u{0660}'..='\u{066F}'
        | '\u{0671}'..='\u{06D5}'
        | '\u{06DE}'
        | '\u{06E5}'..='\u{06E6}'
        | '\u{06E9}'
        | '\u{06EE}'..='\u{06FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// `(byte offset, grapheme)` of every extended grapheme cluster of a text,
/// as `text.grapheme_indices(true)` gives them.
pub(crate) struct Graphemes<'a> {
    text: &'a str,
    /// Where the next piece starts.
    pos: usize,
    /// A piece of several chars being segmented by the crate, and where it
    /// starts in `text`.
    inner: Option<(usize, GraphemeIndices<'a>)>,
}

pub(crate) fn graphemes(text: &str) -> Graphemes<'_> {
    Graphemes {
        text,
        pos: 0,
        inner: None,
    }
}

impl<'a> Iterator for Graphemes<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        if let Some((at, inner)) = &mut self.inner {
            if let Some((i, g)) = inner.next() {
                return Some((*at + i, g));
            }
            self.inner = None;
        }
        let start = self.pos;
        let rest = self.text.get(start..)?;
        let mut chars = rest.chars();
        let first = chars.next()?;
        let mut end = start + first.len_utf8();
        let mut plain = is_plain(first);
        for c in chars {
            let next_plain = is_plain(c);
            if plain && next_plain {
                break;
            }
            plain = next_plain;
            end += c.len_utf8();
        }
        self.pos = end;
        let piece = self.text.get(start..end)?;
        if end == start + first.len_utf8() {
            return Some((start, piece));
        }
        let mut inner = piece.grapheme_indices(true);
        let first = inner.next().map(|(i, g)| (start + i, g));
        self.inner = Some((start, inner));
        first
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn count(s: &str) -> usize {
        s.graphemes(true).count()
    }

    #[test]
    fn every_plain_char_stands_alone_for_the_crate() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| is_plain(*c))
        {
            // Not Extend / ZWJ / SpacingMark; not Prepend; not RI or Hangul;
            // not Extended_Pictographic (which joins after a ZWJ).
            assert_eq!(count(&format!("a{c}")), 2, "{c:?} extends");
            assert_eq!(count(&format!("{c}a")), 2, "{c:?} prepends");
            assert_eq!(count(&format!("{c}{c}")), 2, "{c:?} pairs");
            assert_eq!(count(&format!("{c}\u{200D}{c}")), 2, "{c:?} pictographic");
            assert_eq!(
                count(&format!("\u{1F600}\u{200D}{c}")),
                2,
                "{c:?} pictographic"
            );
        }
    }

    fn same(s: &str) {
        let ours: Vec<(usize, &str)> = graphemes(s).collect();
        let theirs: Vec<(usize, &str)> = s.grapheme_indices(true).collect();
        assert_eq!(ours, theirs, "{s:?}");
    }

    #[test]
    fn arabic_with_marks_emoji_and_flags() {
        for s in [
            "",
            "مُحَمَّدٌ رَسُولُ",
            "فيما يقدر الجانب الأذربيجاني عدد القتلى المدنيين بـ63 شخصًا",
            "\u{064E}بداية بحركة",
            "\u{0600}١٢ \u{06DD}٣",
            "a\u{0301}\u{0327}b 👍🏽 👨\u{200D}👩\u{200D}👧 🇦🇿🇦🇲🇦",
            "한국어 e\u{0301}",
            "a\r\nb\u{00AD}c©\u{200D}©",
        ] {
            same(s);
        }
    }

    proptest! {
        #[test]
        fn agrees_with_unicode_segmentation(
            s in "[\\u{0600}-\\u{06FF}\\u{0300}-\\u{0310}a-c \\u{200C}\\u{200D}\\u{00A9}\\u{00AD}\\u{1F1E6}\\u{1F1FF}\\u{1F600}\\u{1F3FD}\\u{1100}\\u{1161}\\u{11A8}\\u{0915}\\u{094D}\\u{0930}\\r\\n\\u{FEFB}\\u{FE70}]{0,30}"
        ) {
            let ours: Vec<(usize, &str)> = graphemes(&s).collect();
            let theirs: Vec<(usize, &str)> = s.grapheme_indices(true).collect();
            prop_assert_eq!(ours, theirs);
        }
    }
}
