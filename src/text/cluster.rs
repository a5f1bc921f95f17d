//! Grapheme clusters: the unit that is measured, wrapped, reordered and
//! drawn.
//!
//! Widths are summed per grapheme, never with `str::width` on a whole line:
//! unicode-width counts lam + alef as ONE cell for strings (`"لا".width() ==
//! 1`), while a terminal showing the two letters (or our shaped text) uses
//! two, or one for the shaped ligature, which is its own grapheme. Measuring
//! what is actually drawn, grapheme by grapheme, is the only way to agree
//! with the screen.
//!
//! Graphemes that take no cell are not drawn: a zero-width space, a lone ZWJ
//! or BOM would otherwise become a glyph the terminal cannot place (ratatui
//! drops them too). A combining mark with no base (a paragraph that starts
//! with a haraka) is drawn on a dotted circle U+25CC, the convention for a
//! mark shown on its own, so it keeps a cell and its logical range.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::graphemes::graphemes;
use super::mapped::Mapped;

/// Stands in for a mark that has no base letter.
pub(crate) const DOTTED_CIRCLE: char = '\u{25CC}';

/// Stands in for a grapheme wider than the whole line (a wide char at width 1).
pub(crate) const TOO_WIDE: char = '\u{FFFD}';

/// One drawable grapheme of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cluster {
    /// Byte range in the (sanitized, maybe shaped) paragraph text.
    pub(crate) bytes: Range<usize>,
    /// Byte range in the original input.
    pub(crate) logical: Range<usize>,
    /// Cells it takes, ≥ 1.
    pub(crate) width: usize,
    /// A break opportunity: only blanks (a space carrying a visible mark is
    /// not one). Spaces at a line break are not drawn.
    pub(crate) space: bool,
    /// Draw a dotted circle before it (it starts with a combining mark).
    pub(crate) dotted: bool,
    /// Wider than a whole line: drawn as U+FFFD in one cell instead.
    pub(crate) too_wide: bool,
}

impl Cluster {
    /// The text drawn for this cluster, given the paragraph text.
    pub(crate) fn draw(&self, text: &str) -> String {
        let mut s = String::new();
        self.draw_into(text, &mut s);
        s
    }

    /// [`Cluster::draw`], appended to `out`.
    pub(crate) fn draw_into(&self, text: &str, out: &mut String) {
        let g = text.get(self.bytes.clone()).unwrap_or("");
        if self.too_wide {
            out.push(TOO_WIDE);
        } else {
            if self.dotted {
                out.push(DOTTED_CIRCLE);
            }
            out.push_str(g);
        }
    }
}

/// True for chars that separate words (but not the no-break spaces).
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

/// Cells a grapheme takes on a terminal (0 for invisible ones).
pub(crate) fn grapheme_width(g: &str) -> usize {
    UnicodeWidthStr::width(g)
}

/// 1 for the chars most of a text is made of, whose width as a grapheme of
/// their own unicode-width gives as 1 (a test checks each): printable
/// ASCII, the Arabic letters and digits, the presentation forms.
fn one_cell(c: char) -> Option<usize> {
    matches!(c,
        ' '..='~'
        | '\u{0621}'..='\u{064A}'
        | '\u{0660}'..='\u{066D}'
        | '\u{FB50}'..='\u{FDCF}'
        | '\u{FE70}'..='\u{FEFC}')
    .then_some(1)
}

/// Splits a mapped paragraph into drawable clusters.
pub(crate) fn clusters(m: &Mapped) -> Vec<Cluster> {
    let mut out = Vec::with_capacity(m.src.len());
    let mut ci = 0; // index into m.src of the grapheme's first char
    for (start, g) in graphemes(&m.text) {
        let mut chars = g.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && let Some(width) = one_cell(c)
        {
            // The common case: one char, one cell.
            if let Some(logical) = logical_of(m, ci, 1) {
                out.push(Cluster {
                    bytes: start..start + g.len(),
                    logical,
                    width,
                    space: is_break_space(c),
                    dotted: false,
                    too_wide: false,
                });
            }
            ci += 1;
            continue;
        }
        let n = g.chars().count();
        let Some(logical) = logical_of(m, ci, n) else {
            ci += n;
            continue;
        };
        ci += n;
        let mut width = grapheme_width(g);
        let mut dotted = false;
        if width == 0 {
            let first = g.chars().next().unwrap_or(' ');
            if is_mark(first) {
                dotted = true;
                width = 1;
            } else {
                continue;
            }
        }
        out.push(Cluster {
            bytes: start..start + g.len(),
            logical,
            width,
            space: g.chars().all(is_break_space),
            dotted,
            too_wide: false,
        });
    }
    out
}

/// The union of the source ranges of chars `ci..ci + n` of `m`; `None`
/// when the map is kept but does not reach them, an empty range when it is
/// not kept (see `Mapped::untracked`).
fn logical_of(m: &Mapped, ci: usize, n: usize) -> Option<Range<usize>> {
    if !m.is_tracked() {
        return Some(0..0);
    }
    let srcs = m.src.get(ci..ci + n)?;
    let first = srcs.first()?;
    Some(srcs.iter().fold(first.clone(), |acc, r| {
        acc.start.min(r.start)..acc.end.max(r.end)
    }))
}

/// Replaces clusters wider than `width` (≥ 1) by a one-cell U+FFFD, so that
/// every line fits (a wide char cannot be drawn in a one-cell line, and a
/// glyph's width must fit in a `u8`).
pub(crate) fn fit(clusters: &mut [Cluster], width: usize) {
    let limit = width.clamp(1, usize::from(u8::MAX));
    for c in clusters.iter_mut().filter(|c| c.width > limit) {
        c.width = 1;
        c.too_wide = true;
    }
}

/// A combining mark that would need a base (general category M).
fn is_mark(c: char) -> bool {
    // Marks are exactly the chars that extend a grapheme and are not ZWJ /
    // ZWNJ / variation selectors' invisible cousins; checking that a lone
    // char plus a base forms one grapheme is the portable test.
    if matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}') {
        return false;
    }
    let mut probe = String::with_capacity(8);
    probe.push('a');
    probe.push(c);
    probe.graphemes(true).count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_cell_chars_are_one_cell_for_unicode_width() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(w) = one_cell(c) {
                assert_eq!(grapheme_width(&c.to_string()), w, "{c:?}");
            }
        }
    }

    #[test]
    fn lam_alef_unshaped_is_two_cells() {
        let m = Mapped::identity("لا", 0);
        let cs = clusters(&m);
        assert_eq!(cs.iter().map(|c| c.width).sum::<usize>(), 2);
    }

    #[test]
    fn marks_stay_in_their_grapheme() {
        let m = Mapped::identity("مُحَمَّد", 0);
        let cs = clusters(&m);
        assert_eq!(cs.len(), 4);
        assert_eq!(cs[2].logical, 8..14);
    }

    #[test]
    fn invisible_graphemes_are_not_drawn_and_lone_marks_get_a_circle() {
        let m = Mapped::identity("\u{064E}a\u{200B}b", 0);
        let cs = clusters(&m);
        assert_eq!(cs.len(), 3);
        assert!(cs[0].dotted);
        assert_eq!(cs[0].draw(&m.text), "\u{25CC}\u{064E}");
        assert_eq!(cs[2].logical, 6..7);
    }
}
