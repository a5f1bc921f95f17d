//! Visual reordering of one line, grapheme by grapheme (UAX #9 L1–L4).
//!
//! unicode-bidi resolves the embedding levels (rules up to I2) for the whole
//! paragraph; this file does the per-line rest itself, because the crate's
//! own line functions are wrong for a terminal:
//! * `reorder_line` reverses RTL runs by `char`, which puts every haraka
//!   *before* its letter; we reverse whole grapheme clusters (L3), so marks
//!   stay on their base;
//! * it does not mirror brackets; we mirror the first char of every cluster
//!   at an odd level with unicode-bidi-mirroring (L4), so `(` `[` `«` face
//!   the right way (ASCII quotes have no mirror and are left alone);
//! * `visual_runs` panics on an empty range and clones the levels of the
//!   whole paragraph for every line (quadratic on long paragraphs); we read
//!   the paragraph levels once and apply L1 (trailing whitespace takes the
//!   paragraph level) per line ourselves, then let
//!   `ParagraphBidiInfo::reorder_visual` do L2 on the clusters' levels.

use std::ops::Range;

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

use super::bidi_class::bidi_class;
use super::cluster::Cluster;
use super::levels::ParagraphLevels;

/// True if `text` contains a strong right-to-left letter (Arabic, Hebrew…):
/// such a paragraph is RTL even when it starts with a Latin word or a digit,
/// which the UBA's own P2/P3 rule would get wrong (`EPA تعلن خطة`).
pub(crate) fn has_strong_rtl(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
}

/// The clusters of `line` (indices into `clusters`) in visual order, left to
/// right, each with whether it is drawn right-to-left (odd level → mirror).
pub(crate) fn visual_order(
    info: &ParagraphLevels<'_>,
    text: &str,
    clusters: &[Cluster],
    line: Range<usize>,
) -> Vec<(usize, bool)> {
    let Some(line_clusters) = clusters.get(line.clone()) else {
        return Vec::new();
    };
    if line_clusters.is_empty() {
        return Vec::new();
    }
    let para = info.paragraph_level();
    if info.is_uniform() {
        // Every level, after L1 too, is the paragraph's: L2 reverses the
        // whole line once when it is odd.
        return if para.is_rtl() {
            line.rev().map(|i| (i, true)).collect()
        } else {
            line.map(|i| (i, false)).collect()
        };
    }
    let mut levels: Vec<Level> = line_clusters
        .iter()
        .map(|c| info.level_at(c.bytes.start).unwrap_or(para))
        .collect();
    // L1: whitespace at the end of the line goes back to the paragraph level.
    for (level, c) in levels.iter_mut().zip(line_clusters).rev() {
        let class = info.class_at(text, c.bytes.start);
        if c.space || class == Some(BidiClass::WS) {
            *level = para;
        } else {
            break;
        }
    }
    if levels.iter().all(|l| l.is_ltr()) {
        return (line).map(|i| (i, false)).collect();
    }
    ParagraphBidiInfo::reorder_visual(&levels)
        .into_iter()
        .map(|k| (line.start + k, levels[k].is_rtl()))
        .collect()
}

/// Mirrors the first char of a cluster drawn right-to-left (L4).
pub(crate) fn mirror(cluster_text: &mut String) {
    mirror_at(cluster_text, 0);
}

/// Mirrors the first char of the cluster that starts at byte `start` of
/// `text` (the rest of `text` is that cluster).
pub(crate) fn mirror_at(text: &mut String, start: usize) {
    // Letters and digits never mirror; skipping them avoids a table lookup
    // for nearly every glyph of an Arabic text. ASCII, the Arabic block and
    // the presentation forms are skipped first, by their bytes
    // ([`may_mirror`]): `is_alphanumeric` searches its own table for Arabic
    // (that was 4–8 % of the `bidi` filter's time), and the mirroring table
    // for every space.
    if !text.as_bytes().get(start..).is_some_and(may_mirror) {
        return;
    }
    let Some(first) = text.get(start..).and_then(|t| t.chars().next()) else {
        return;
    };
    if !first.is_alphanumeric()
        && let Some(m) = unicode_bidi_mirroring::get_mirrored(first)
    {
        let mut buf = [0u8; 4];
        text.replace_range(start..start + first.len_utf8(), m.encode_utf8(&mut buf));
    }
}

/// False when the char that `bytes` starts with is never mirrored:
/// ASCII but its brackets, the Arabic block (lead bytes D8–DB) and the
/// presentation forms of U+FB40–U+FDFF and U+FE80–U+FEFF (EF AD–B7, EF
/// BA–BB), which shaped Arabic text is made of. Lets the filter skip
/// [`mirror_at`] for nearly every glyph without decoding it; a test checks
/// every char.
#[inline]
pub(crate) fn may_mirror(bytes: &[u8]) -> bool {
    match bytes {
        [b, ..] if *b < 0x80 => matches!(b, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}'),
        [0xD8..=0xDB, ..] => false,
        [0xEF, 0xAD..=0xB7 | 0xBA..=0xBB, ..] => false,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_mirror_only_skips_what_never_mirrors() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if !may_mirror(bytes) {
                let mut s = c.to_string();
                mirror(&mut s);
                assert_eq!(s, c.to_string(), "{c:?}");
            }
        }
    }

    #[test]
    fn strong_rtl_detection() {
        assert!(has_strong_rtl("EPA تعلن"));
        assert!(!has_strong_rtl("١٢٣ 2020"));
        assert!(!has_strong_rtl(""));
    }

    #[test]
    fn mirroring() {
        let mut s = String::from("(");
        mirror(&mut s);
        assert_eq!(s, ")");
        let mut s = String::from("«");
        mirror(&mut s);
        assert_eq!(s, "»");
        let mut s = String::from("\"");
        mirror(&mut s);
        assert_eq!(s, "\"");
    }
}
