//! The article pane's screen lines, laid out a window at a time.
//!
//! An article of ordinary length (up to [`WHOLE`]) is laid out whole, once
//! per article and width. A longer one — the loader accepts 16 MiB — would
//! take seconds and hundreds of megabytes to lay out whole, so it is cut
//! into segments of about [`SEGMENT`] bytes (whole lines, and a line longer
//! than that in pieces cut after a space), and only the segments the pane
//! shows are laid out, a few kept at a time. Positions are then (segment,
//! row within it), and the scrollbar tells how far through the article's
//! bytes the view is, since its total of screen lines is never counted.

use crate::corpus::{Article, Timeline};
use crate::text::{BidiMode, LayoutOptions, VisualLine, layout};
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

/// Articles up to this size are laid out whole (exact row counts).
pub const WHOLE: usize = 256 * 1024;

/// About how much of a long article is laid out at once.
pub const SEGMENT: usize = 64 * 1024;

/// Laid-out segments kept (the ones around the view).
const KEPT: usize = 8;

/// One screen line of an article.
#[derive(Debug, Clone)]
pub struct ArticleRow {
    /// Glyph offsets are byte offsets into the whole article text.
    pub line: VisualLine,
    /// The paragraph number to show in the margin: on the first screen
    /// line of each non-blank file line.
    pub paragraph: Option<usize>,
    pub furniture: bool,
}

/// A place in the laid-out article: a segment and a row of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub seg: usize,
    pub row: usize,
}

/// A stretch of the article laid out as a unit.
#[derive(Debug, Clone)]
struct Segment {
    bytes: Range<usize>,
    /// The 0-based index of its first file line.
    line: usize,
    /// Non-blank lines before it (the paragraph count so far).
    paragraphs: usize,
}

/// An article cut into segments at one width in one bidi mode, with the
/// segments laid out so far.
#[derive(Debug, Clone)]
pub struct Layout {
    pub article: usize,
    pub width: usize,
    pub mode: BidiMode,
    segments: Vec<Segment>,
    kept: RefCell<Vec<(usize, Arc<Vec<ArticleRow>>)>>,
}

impl Layout {
    pub fn new(t: &Timeline, article: usize, width: usize, mode: BidiMode) -> Layout {
        let a = &t.articles[article];
        Layout {
            article,
            width,
            mode,
            segments: segments(a),
            kept: RefCell::new(Vec::new()),
        }
    }

    pub fn is(&self, article: usize, width: usize, mode: BidiMode) -> bool {
        self.article == article && self.width == width && self.mode == mode
    }

    /// Whether the article is one segment (its rows are exact).
    pub fn whole(&self) -> bool {
        self.segments.len() == 1
    }

    /// The rows of a segment, laid out now if they are not kept.
    pub fn rows(&self, t: &Timeline, seg: usize) -> Arc<Vec<ArticleRow>> {
        if let Some((_, rows)) = self.kept.borrow().iter().find(|(s, _)| *s == seg) {
            return rows.clone();
        }
        let rows = Arc::new(self.lay_out(t, seg));
        let mut kept = self.kept.borrow_mut();
        if kept.len() >= KEPT {
            kept.remove(0);
        }
        kept.push((seg, rows.clone()));
        rows
    }

    fn lay_out(&self, t: &Timeline, seg: usize) -> Vec<ArticleRow> {
        let a = &t.articles[self.article];
        let Some(s) = self.segments.get(seg) else {
            return Vec::new();
        };
        let opts = LayoutOptions {
            width: self.width,
            mode: self.mode,
        };
        let mut out = Vec::new();
        let mut paragraph = s.paragraphs;
        for (i, range) in a.lines.iter().enumerate().skip(s.line) {
            if range.start >= s.bytes.end {
                break;
            }
            // A long line cut into pieces: this segment's part of it.
            let part = range.start.max(s.bytes.start)..range.end.min(s.bytes.end);
            let line_no = i + 1;
            let furniture = a.is_furniture(line_no);
            let text = &a.text[part.clone()];
            let first_piece = part.start == range.start;
            let blank = a.text[range.clone()].trim().is_empty();
            // Counted on every piece (a segment may start with the last
            // piece of a line), shown on the first.
            if !blank {
                paragraph += 1;
            }
            let mut visual = layout(text, &opts);
            if visual.is_empty() {
                visual.push(VisualLine::default());
            }
            for (k, mut v) in visual.into_iter().enumerate() {
                for g in &mut v.glyphs {
                    g.logical = g.logical.start + part.start..g.logical.end + part.start;
                }
                out.push(ArticleRow {
                    line: v,
                    paragraph: (k == 0 && !blank && first_piece).then_some(paragraph),
                    furniture,
                });
            }
            if range.end > s.bytes.end {
                break;
            }
        }
        // A file ending in a newline has an empty last line: do not show it.
        if seg + 1 == self.segments.len() {
            while out.last().is_some_and(|r| r.line.glyphs.is_empty()) {
                out.pop();
            }
        }
        out
    }

    /// The first row showing byte `at` of the article (a row of the
    /// segment holding it; its first row when none does).
    pub fn locate(&self, t: &Timeline, at: &Range<usize>) -> Pos {
        let seg = self
            .segments
            .partition_point(|s| s.bytes.start <= at.start)
            .saturating_sub(1);
        let rows = self.rows(t, seg);
        let row = rows
            .iter()
            .position(|r| r.line.glyphs.iter().any(|g| overlaps(&g.logical, at)))
            .unwrap_or(0);
        Pos { seg, row }
    }

    /// `by` rows on from `pos` (back for a negative `by`), stopping at the
    /// first and the last row.
    pub fn step(&self, t: &Timeline, mut pos: Pos, by: isize) -> Pos {
        let mut left = by.unsigned_abs();
        if by < 0 {
            while left > 0 {
                if pos.row >= left {
                    pos.row -= left;
                    break;
                }
                if pos.seg == 0 {
                    pos.row = 0;
                    break;
                }
                left -= pos.row + 1;
                pos.seg -= 1;
                pos.row = self.rows(t, pos.seg).len().saturating_sub(1);
            }
            return pos;
        }
        while left > 0 {
            let len = self.rows(t, pos.seg).len();
            if pos.row + left < len {
                pos.row += left;
                break;
            }
            if pos.seg + 1 >= self.segments.len() {
                pos.row = len.saturating_sub(1);
                break;
            }
            left -= len - pos.row;
            pos.seg += 1;
            pos.row = 0;
        }
        pos
    }

    /// The top row that shows `height` rows from `pos`, or, near the end,
    /// the last `height` rows (never blank rows below the article).
    pub fn clamp_top(&self, t: &Timeline, pos: Pos, height: usize) -> Pos {
        let last = self.step(t, pos, height.saturating_sub(1) as isize);
        let shown = self.distance(t, pos, last) + 1;
        if shown >= height {
            pos
        } else {
            self.step(t, pos, -((height - shown) as isize))
        }
    }

    /// Rows from `a` to `b` (`a` ≤ `b`), counted over the segments between.
    fn distance(&self, t: &Timeline, a: Pos, b: Pos) -> usize {
        if a.seg == b.seg {
            return b.row.saturating_sub(a.row);
        }
        let mut n = self.rows(t, a.seg).len().saturating_sub(a.row);
        for seg in a.seg + 1..b.seg {
            n += self.rows(t, seg).len();
        }
        n + b.row
    }

    /// Up to `n` rows from `pos` on.
    pub fn take(&self, t: &Timeline, pos: Pos, n: usize) -> Vec<ArticleRow> {
        let mut out = Vec::with_capacity(n);
        let mut seg = pos.seg;
        let mut skip = pos.row;
        while out.len() < n && seg < self.segments.len() {
            let rows = self.rows(t, seg);
            out.extend(rows.iter().skip(skip).take(n - out.len()).cloned());
            skip = 0;
            seg += 1;
        }
        out
    }

    /// What the scrollbar shows: (total, visible, top), in rows for an
    /// article laid out whole, else in bytes of the article.
    pub fn scroll_figures(
        &self,
        t: &Timeline,
        top: Pos,
        shown: &[ArticleRow],
        height: usize,
    ) -> (usize, usize, usize) {
        if self.whole() {
            return (self.rows(t, 0).len(), height, top.row);
        }
        let glyphs = || shown.iter().flat_map(|r| r.line.glyphs.iter());
        let start = glyphs().map(|g| g.logical.start).min();
        let end = glyphs().map(|g| g.logical.end).max();
        let total = t.articles[self.article].text.len();
        match (start, end) {
            (Some(s), Some(e)) => (total, e - s, s),
            _ => (
                total,
                0,
                self.segments.get(top.seg).map_or(0, |s| s.bytes.start),
            ),
        }
    }
}

/// Whether two byte ranges share a byte.
pub(super) fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && a.end > b.start
}

/// The article in segments: whole when short, else runs of whole lines of
/// about [`SEGMENT`] bytes, a longer line in pieces cut after a space.
fn segments(a: &Article) -> Vec<Segment> {
    if a.text.len() <= WHOLE {
        return vec![Segment {
            bytes: 0..a.text.len(),
            line: 0,
            paragraphs: 0,
        }];
    }
    let mut out: Vec<Segment> = Vec::new();
    let mut paragraphs = 0;
    let mut open: Option<Segment> = None;
    for (i, r) in a.lines.iter().enumerate() {
        let blank = a.text[r.clone()].trim().is_empty();
        // Whole lines, up to a segment's size.
        let fits = open
            .as_ref()
            .is_some_and(|s| r.end - s.bytes.start <= SEGMENT);
        if fits {
            if let Some(s) = &mut open {
                s.bytes.end = r.end;
            }
        } else {
            out.extend(open.take());
            let mut start = r.start;
            while r.end - start > SEGMENT {
                let cut = cut_after_space(&a.text, start, start + SEGMENT);
                out.push(Segment {
                    bytes: start..cut,
                    line: i,
                    paragraphs,
                });
                start = cut;
            }
            open = Some(Segment {
                bytes: start..r.end,
                line: i,
                paragraphs,
            });
        }
        if !blank {
            paragraphs += 1;
        }
    }
    out.extend(open);
    // The line ends between lines belong to the segment before.
    for k in 1..out.len() {
        let next = out[k].bytes.start;
        out[k - 1].bytes.end = out[k - 1].bytes.end.max(next);
    }
    out
}

/// A cut of `text[start..end]` after its last space in the second half,
/// else at the last char boundary before `end`.
fn cut_after_space(text: &str, start: usize, end: usize) -> usize {
    let half = start + (end - start) / 2;
    let mut cut = end;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut mid = half;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    match text[mid..cut].rfind(' ') {
        Some(i) => mid + i + 1,
        None => cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled corpus with its first article replaced by `text`.
    fn with_article(text: String) -> Timeline {
        let mut t = crate::corpus::bundled::timeline().expect("bundled corpus");
        let mut lines = Vec::new();
        let mut start = 0;
        for l in text.split('\n') {
            lines.push(start..start + l.len());
            start += l.len() + 1;
        }
        let a = &mut t.articles[0];
        a.furniture.clear();
        a.text = text;
        a.lines = lines;
        t
    }

    #[test]
    fn a_long_article_is_laid_out_in_segments_that_join_up() {
        // 100 ordinary lines, one line of 300 KB, 100 more: 3 segments at
        // least, one line cut in pieces.
        let line = "قال المتحدث إن القتال مستمر في المنطقة منذ أيام.";
        let mut text: Vec<String> = (0..100).map(|i| format!("{i} {line}")).collect();
        text.push(line.repeat(300_000 / line.len()));
        text.extend((0..100).map(|i| format!("{i} {line}")));
        let t = with_article(text.join("\n"));
        let l = Layout::new(&t, 0, 60, BidiMode::App);
        assert!(!l.whole() && l.segments.len() >= 3);
        // Every row, in order, by walking the segments.
        let all: Vec<ArticleRow> = (0..l.segments.len())
            .flat_map(|s| l.rows(&t, s).as_ref().clone())
            .collect();
        let numbered: Vec<usize> = all.iter().filter_map(|r| r.paragraph).collect();
        assert_eq!(numbered, (1..=201).collect::<Vec<_>>());
        // Steps forward and back meet; `take` crosses segments.
        let start = Pos::default();
        let far = l.step(&t, start, all.len() as isize - 10);
        assert_eq!(l.step(&t, far, -(all.len() as isize - 10)), start);
        let rows = l.take(&t, far, 20);
        assert_eq!(rows.len(), 10, "only ten rows are left");
        let top = l.clamp_top(&t, far, 20);
        assert_eq!(l.take(&t, top, 20).len(), 20);
        // A passage of the last lines is found in its segment.
        let a = &t.articles[0];
        let at = a.lines[150].clone();
        let pos = l.locate(&t, &at);
        let row = &l.rows(&t, pos.seg)[pos.row];
        let first = row.line.glyphs.iter().map(|g| g.logical.start).min();
        assert_eq!(first, Some(at.start), "the row starts the passage's line");
        assert!(l.kept.borrow().len() <= KEPT);
    }
}
