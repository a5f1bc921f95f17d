//! The engine's output: visual lines of glyphs, each glyph knowing which
//! bytes of the original text it shows.
//!
//! After reordering, a logical range (a quoted passage, a search hit) may be
//! scattered over several places of a line when directions mix, so the
//! TUI cannot highlight "columns a..b"; it asks [`VisualLine::cells_for`].
//! Mouse clicks go the other way with [`VisualLine::logical_at`].

use std::ops::Range;

/// One grapheme as drawn.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Glyph {
    /// The grapheme as drawn: shaped and mirrored in app mode.
    pub text: String,
    /// Cells it takes, ≥ 1.
    pub width: u8,
    /// Byte range in the ORIGINAL input text (of the `layout` call).
    pub logical: Range<usize>,
}

/// One line on screen.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct VisualLine {
    /// The glyphs in visual order, left to right.
    pub glyphs: Vec<Glyph>,
    /// The paragraph is right-to-left.
    pub rtl: bool,
    /// Blank cells before the first glyph, aligning the line within the width.
    pub indent: u16,
    /// Index of the paragraph (line of the input) this line belongs to.
    pub paragraph: usize,
}

impl VisualLine {
    /// Cells taken by the glyphs (without the indent).
    pub fn width(&self) -> usize {
        self.glyphs.iter().map(|g| usize::from(g.width)).sum()
    }

    /// The line as a string: `indent` spaces, then the glyphs.
    pub fn text(&self) -> String {
        let mut s = String::with_capacity(usize::from(self.indent) + self.glyphs.len() * 3);
        s.extend(std::iter::repeat_n(' ', usize::from(self.indent)));
        for g in &self.glyphs {
            s.push_str(&g.text);
        }
        s
    }

    /// Glyphs with their first cell column (counting the indent).
    fn columns(&self) -> impl Iterator<Item = (usize, &Glyph)> {
        let mut col = usize::from(self.indent);
        self.glyphs.iter().map(move |g| {
            let at = col;
            col += usize::from(g.width);
            (at, g)
        })
    }

    /// Cell column ranges (counting the indent) of every glyph whose logical
    /// range intersects `logical`, merged where adjacent: one range per
    /// visual run of the highlighted text. Empty for an empty range.
    pub fn cells_for(&self, logical: Range<usize>) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        if logical.is_empty() {
            return out;
        }
        for (col, g) in self.columns() {
            if g.logical.start < logical.end && logical.start < g.logical.end {
                let cells = col..col + usize::from(g.width);
                match out.last_mut() {
                    Some(last) if last.end == cells.start => last.end = cells.end,
                    _ => out.push(cells),
                }
            }
        }
        out
    }

    /// The logical byte range of the glyph drawn at cell column `col`
    /// (counting the indent), or `None` for blank cells.
    pub fn logical_at(&self, col: usize) -> Option<Range<usize>> {
        self.columns()
            .find(|(at, g)| (*at..at + usize::from(g.width)).contains(&col))
            .map(|(_, g)| g.logical.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(text: &str, logical: Range<usize>) -> Glyph {
        Glyph {
            text: text.into(),
            width: 1,
            logical,
        }
    }

    #[test]
    fn mixed_direction_highlight_is_split() {
        // "ab" (0..2) then RTL "XY" (2..4) shown as "YX" ... visual: a b Y X
        let line = VisualLine {
            glyphs: vec![g("a", 0..1), g("b", 1..2), g("Y", 3..4), g("X", 2..3)],
            rtl: false,
            indent: 2,
            paragraph: 0,
        };
        assert_eq!(line.text(), "  abYX");
        assert_eq!(line.width(), 4);
        assert_eq!(line.cells_for(1..3), vec![3..4, 5..6]);
        assert_eq!(line.cells_for(0..4), vec![2..6]);
        assert_eq!(line.cells_for(2..2), Vec::<Range<usize>>::new());
        assert_eq!(line.logical_at(0), None);
        assert_eq!(line.logical_at(4), Some(3..4));
        assert_eq!(line.logical_at(6), None);
    }
}
