//! Whether a text shows anything. A title, a spelling or a quote made only
//! of invisible characters (zero-width spaces, joiners, bidi marks, the
//! byte-order mark, Hangul fillers, lone combining marks…) passes a
//! `trim().is_empty()` test but shows the reader nothing: it is refused.

use unicode_width::UnicodeWidthChar;

/// True when no character of `s` would be seen.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(invisible)
}

fn invisible(c: char) -> bool {
    // Fillers drawn as blank space although they are "letters" or
    // symbols, whatever width a terminal gives them.
    let filler = matches!(
        c,
        '\u{115F}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{FFA0}'
            | '\u{2800}'
            | '\u{034F}'
            | '\u{17B4}'
            | '\u{17B5}'
    );
    c.is_whitespace() || c.is_control() || filler || c.width().is_none_or(|w| w == 0)
}

#[cfg(test)]
mod tests {
    use super::is_blank;

    #[test]
    fn invisible_only_texts_are_blank() {
        for s in [
            "",
            "   ",
            "\u{200B}",
            "\u{200B}\u{200C}\u{200D}\u{2060}",
            "\u{200F}\u{202E}\u{2066}",
            "\u{FEFF}",
            "\u{00AD}",
            "\u{3164}\u{3164}",
            "\u{115F}",
            "\u{2800}",
            "\u{064B}\u{064E}", // harakat with no letter
            "\u{FE0F}",
            "\u{E0041}",
        ] {
            assert!(is_blank(s), "{s:?}");
        }
    }

    #[test]
    fn real_text_is_not_blank() {
        for s in ["قره باغ", "a", "\u{200B}x", "5", "«»", "ـ"] {
            assert!(!is_blank(s), "{s:?}");
        }
    }
}
