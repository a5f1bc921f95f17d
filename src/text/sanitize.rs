//! Keep terminal controls and bidi overrides out of the output.
//!
//! Corpus text is untrusted. A stray ESC could drive the terminal, and the
//! explicit bidi controls (embeddings, overrides, isolates) let a string
//! *display* differently from what it says: the Trojan-Source trick
//! `report\u{202E}gpj.exe` shows as `reportexe.jpg`. The engine does its own
//! BiDi, so none of these characters are needed for correct display; they
//! are all dropped, which makes that string show as `reportgpj.exe`.
//!
//! What happens to each character:
//! * tab → one space (the grid has no tab stops);
//! * line breaks (CR, LF, VT, FF, NEL, U+2028, U+2029) → one space, with CR LF
//!   counted as one break (layout splits paragraphs *before* sanitizing, so
//!   inside layout this only affects stray CRs and Unicode separators);
//! * other C0 controls, ESC, DEL, C1 controls → dropped;
//! * U+202A–202E (LRE RLE PDF LRO RLO), U+2066–2069 (LRI RLI FSI PDI),
//!   U+200E/U+200F (LRM/RLM), U+061C (ALM) and the deprecated format controls
//!   U+206A–206F → dropped.

use std::borrow::Cow;

use super::mapped::Mapped;

/// What sanitizing does with one char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Keep,
    Space,
    Drop,
}

/// True for the explicit bidi formatting characters and the bidi marks.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c,
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// True for every char that sanitizing never lets through unchanged.
pub(crate) fn is_forbidden(c: char) -> bool {
    action(c) != Action::Keep
}

fn action(c: char) -> Action {
    match c {
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
            Action::Space
        }
        c if c.is_control() => Action::Drop, // C0, DEL, C1 (incl. ESC)
        c if is_bidi_control(c) => Action::Drop,
        '\u{206A}'..='\u{206F}' => Action::Drop,
        _ => Action::Keep,
    }
}

/// Sanitizes one label (a title, a name, a cell of a table) for display.
///
/// Controls and bidi controls are dropped, tabs and line breaks become a
/// single space each. Returns the input unchanged (borrowed) when there is
/// nothing to do, which is the common case.
///
/// ```
/// use karabakh_timeline::text::sanitize;
/// assert_eq!(sanitize("report\u{202E}gpj.exe"), "reportgpj.exe");
/// assert_eq!(sanitize("a\tb\r\nc\x1b[31m"), "a b c[31m");
/// ```
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_forbidden) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(sanitize_mapped(s, 0).text)
}

/// Sanitizes `s` keeping, for every output char, its byte range in the
/// original text; `base` is the offset of `s` within that original.
pub(crate) fn sanitize_mapped(s: &str, base: usize) -> Mapped {
    sanitize_into(s, base, Mapped::with_capacity(s.len()))
}

/// Sanitizes `s` into a [`Mapped::untracked`] string, for the `bidi`
/// filter. Most paragraphs hold nothing to change, which a scan of their
/// bytes tells ([`may_need_sanitizing`]): they are copied whole.
pub(crate) fn sanitize_untracked(s: &str) -> Mapped {
    let mut out = Mapped::untracked(s.len());
    if may_need_sanitizing(s) {
        return sanitize_into(s, 0, out);
    }
    out.text.push_str(s);
    out
}

/// Whether some char of `s` is [`is_forbidden`], judged from the UTF-8
/// bytes without decoding them: every forbidden char is an ASCII control
/// or DEL, a C1 control (C2 80–9F), U+061C (D8 9C), or one of the
/// U+2000–U+207F controls listed in the module docs (E2 80 / E2 81 and a
/// third byte). A test checks every char.
///
/// Most chunks of 32 bytes hold none of the bytes that can start or end
/// such a char (below 0x20, 0x7F, 0x9C, C2, E2), which a loop without a
/// branch per byte tells; only the other chunks are looked at byte by byte.
fn may_need_sanitizing(s: &str) -> bool {
    const CHUNK: usize = 32;
    let b = s.as_bytes();
    let candidate = |x: u8| (x < 0x20) | (x == 0x7F) | (x == 0x9C) | (x == 0xC2) | (x == 0xE2);
    b.chunks(CHUNK).enumerate().any(|(k, chunk)| {
        chunk.iter().fold(false, |any, &x| any | candidate(x))
            && (k * CHUNK..k * CHUNK + chunk.len()).any(|i| forbidden_at(b, i))
    })
}

/// Whether a forbidden char starts at byte `i` of `b` (see
/// [`may_need_sanitizing`]).
fn forbidden_at(b: &[u8], i: usize) -> bool {
    let Some(&x) = b.get(i) else {
        return false;
    };
    match x {
        0x00..=0x1F | 0x7F => true,
        0xC2 => b.get(i + 1).is_some_and(|&y| y < 0xA0),
        // U+061C is D8 9C: found by its last byte, which may start a chunk.
        0x9C => i > 0 && b[i - 1] == 0xD8,
        0xE2 => {
            let (y, z) = (b.get(i + 1).copied(), b.get(i + 2).copied().unwrap_or(0));
            (y == Some(0x80) && matches!(z, 0x8E | 0x8F | 0xA8..=0xAE))
                || (y == Some(0x81) && matches!(z, 0xA6..=0xAF))
        }
        _ => false,
    }
}

/// The char-by-char sanitizing of `s` (at `base` in the original), into `out`.
fn sanitize_into(s: &str, base: usize, mut out: Mapped) -> Mapped {
    let mut prev_cr = false;
    for (i, c) in s.char_indices() {
        let range = base + i..base + i + c.len_utf8();
        let was_cr = prev_cr;
        prev_cr = c == '\r';
        match action(c) {
            Action::Keep => out.push(c, range),
            Action::Drop => {}
            Action::Space => {
                if c == '\n' && was_cr {
                    // CR LF is one break: widen the space made for the CR.
                    if let Some(last) = out.src.last_mut() {
                        last.end = range.end;
                    }
                } else {
                    out.push(' ', range);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trojan_source_is_defused() {
        assert_eq!(sanitize("report\u{202E}gpj.exe"), "reportgpj.exe");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(sanitize("قال الرئيس"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_bidi_control_and_mark_is_dropped() {
        let s = "a\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}b";
        assert_eq!(sanitize(s), "ab");
    }

    #[test]
    fn controls_dropped_tabs_and_breaks_become_spaces() {
        assert_eq!(sanitize("x\x1b[2Jy\u{9b}z\u{7f}"), "x[2Jyz");
        assert_eq!(sanitize("a\tb"), "a b");
        assert_eq!(sanitize("a\r\nb\nc\rd\u{2028}e"), "a b c d e");
    }

    #[test]
    fn the_byte_scan_sees_every_forbidden_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(
                may_need_sanitizing(&s),
                s.chars().any(is_forbidden),
                "{c:?}"
            );
            assert_eq!(sanitize_untracked(&s).text, sanitize_mapped(&s, 0).text);
        }
        for pad in 0..70 {
            for c in [
                '\u{061C}', '\u{200E}', '\u{2066}', '\u{0085}', '\x1b', '\u{202E}',
            ] {
                let s = format!("{}{c}ب", "ا".repeat(pad / 2) + &"a".repeat(pad % 2));
                assert!(may_need_sanitizing(&s), "{pad} {c:?}");
            }
            let clean = format!("{}\u{201C}\u{2013}\u{00A0}ب", "a".repeat(pad));
            assert!(!may_need_sanitizing(&clean), "{pad}");
        }
        for s in ["", "قال\r\n", "a\r\nb\u{202E}c", "\u{2013}\u{201C}\u{00A0}"] {
            assert_eq!(sanitize_untracked(s).text, sanitize_mapped(s, 0).text);
        }
    }

    #[test]
    fn map_points_into_the_original() {
        let m = sanitize_mapped("a\u{202E}b\r\nc", 10);
        assert_eq!(m.text, "ab c");
        assert_eq!(m.src, vec![10..11, 14..15, 15..17, 17..18]);
    }
}
