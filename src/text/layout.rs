//! The pipeline: logical text in, visual lines of glyphs out.
//!
//! App mode, per paragraph (input line):
//! 1. sanitize (no controls, no bidi overrides — see `sanitize`);
//! 2. shape Arabic to presentation forms (`shape`), keeping the byte map;
//! 3. base direction: RTL if the paragraph has any strong RTL letter, even
//!    when it starts with a Latin word or a digit;
//! 4. resolve UAX #9 levels on the whole paragraph (`unicode_bidi`);
//! 5. wrap in logical order by grapheme width (`wrap`);
//! 6. reorder each line by grapheme and mirror (`reorder`);
//! 7. align: RTL paragraphs to the right edge.
//!
//! Terminal mode skips 2, 4 and 6 (the terminal shapes and reorders) but
//! still right-aligns RTL paragraphs; Off mode also skips 7. Both still
//! sanitize: no mode lets a control reach the terminal.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::cluster::{Cluster, clusters, fit, grapheme_width};
use super::levels::paragraph_levels;
use super::line::{Glyph, VisualLine};
use super::mapped::Mapped;
use super::mode::BidiMode;
use super::reorder::{has_strong_rtl, mirror, mirror_at, visual_order};
use super::sanitize::{sanitize_mapped, sanitize_untracked};
use super::shape::shape;
use super::wrap::wrap;

/// How to lay text out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LayoutOptions {
    /// Cells per line; 0 is treated as 1.
    pub width: usize,
    /// App, Terminal or Off; Auto is treated as App (resolve it first with
    /// [`resolve_auto`](super::resolve_auto) to honour the terminal).
    pub mode: BidiMode,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            width: 80,
            mode: BidiMode::App,
        }
    }
}

/// A paragraph after the logical-order stages (sanitize, shape, measure).
pub(super) struct Prepared {
    pub(super) text: Mapped,
    pub(super) clusters: Vec<Cluster>,
    pub(super) rtl: bool,
}

fn reorders(mode: BidiMode) -> bool {
    matches!(mode, BidiMode::App | BidiMode::Auto)
}

fn prepare(s: &str, base: usize, mode: BidiMode) -> Prepared {
    prepare_dir(s, base, mode, Direction::Auto)
}

/// The base direction of a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// RTL when the text holds any Arabic (or other RTL) letter: right for
    /// corpus text, whose paragraphs may start with a Latin word or digit.
    Auto,
    /// Interface text of the English UI: an Arabic search term inside
    /// "search «…» 2/5" must not turn the whole bar around.
    Ltr,
    /// Interface text of the Arabic UI.
    Rtl,
}

fn prepare_dir(s: &str, base: usize, mode: BidiMode, dir: Direction) -> Prepared {
    prepare_mapped(sanitize_mapped(s, base), mode, dir)
}

/// The logical-order stages after sanitizing: shape (when the app does the
/// bidi), decide the base direction, cut into clusters. Labels enter here
/// with their isolates already placed (see `label`).
pub(super) fn prepare_mapped(sanitized: Mapped, mode: BidiMode, dir: Direction) -> Prepared {
    let text = if reorders(mode) {
        shape(&sanitized)
    } else {
        sanitized
    };
    let rtl = match dir {
        Direction::Auto => has_strong_rtl(&text.text),
        Direction::Ltr => false,
        Direction::Rtl => true,
    };
    let clusters = clusters(&text);
    Prepared {
        text,
        clusters,
        rtl,
    }
}

/// Lays out a whole multi-paragraph text: one paragraph per input line
/// (`\n`, with `\r\n` treated the same), each wrapped to `opts.width` cells.
/// An empty input line gives one empty [`VisualLine`]. Glyph offsets are
/// byte offsets into `text`.
///
/// ```
/// use karabakh_timeline::text::{layout, BidiMode, LayoutOptions};
/// let lines = layout("EPA تعلن", &LayoutOptions { width: 10, mode: BidiMode::Off });
/// assert_eq!(lines[0].text(), "EPA تعلن");
/// ```
pub fn layout(text: &str, opts: &LayoutOptions) -> Vec<VisualLine> {
    let width = opts.width.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    for (index, para) in text.split('\n').enumerate() {
        let body = para.strip_suffix('\r').unwrap_or(para);
        let mut p = prepare(body, start, opts.mode);
        fit(&mut p.clusters, width);
        let lines = wrap(&p.clusters, width);
        emit(&p, &lines, width, opts.mode, index, &mut out);
        start += para.len() + 1;
    }
    out
}

/// Turns wrapped lines of a prepared paragraph into visual lines.
pub(super) fn emit(
    p: &Prepared,
    lines: &[Range<usize>],
    width: usize,
    mode: BidiMode,
    paragraph: usize,
    out: &mut Vec<VisualLine>,
) {
    each_visual_line(p, lines, width, mode, |indent, order| {
        let glyphs: Vec<Glyph> = order
            .iter()
            .filter_map(|&(i, rtl)| {
                let c = p.clusters.get(i)?;
                let mut text = c.draw(&p.text.text);
                if rtl {
                    mirror(&mut text);
                }
                Some(Glyph {
                    text,
                    width: cells(c),
                    logical: c.logical.clone(),
                })
            })
            .collect();
        out.push(VisualLine {
            glyphs,
            rtl: p.rtl,
            indent,
            paragraph,
        });
    });
}

/// [`emit`] straight into text (what [`VisualLine::text`] gives, one line
/// after another, each ended by `\n`), with no glyph allocated: the `bidi`
/// filter's way, for inputs of any size.
pub(super) fn emit_text(
    p: &Prepared,
    lines: &[Range<usize>],
    width: usize,
    mode: BidiMode,
    out: &mut String,
) {
    each_visual_line(p, lines, width, mode, |indent, order| {
        out.extend(std::iter::repeat_n(' ', usize::from(indent)));
        for &(i, rtl) in order {
            if let Some(c) = p.clusters.get(i) {
                let start = out.len();
                c.draw_into(&p.text.text, out);
                if rtl {
                    mirror_at(out, start);
                }
            }
        }
        out.push('\n');
    });
}

/// Cells of a cluster as a glyph counts them.
fn cells(c: &super::cluster::Cluster) -> u8 {
    u8::try_from(c.width).unwrap_or(u8::MAX)
}

/// Each wrapped line of a paragraph in visual order: its indent (RTL
/// paragraphs right-aligned but in Off mode) and its clusters, each with
/// whether it is drawn right to left.
fn each_visual_line(
    p: &Prepared,
    lines: &[Range<usize>],
    width: usize,
    mode: BidiMode,
    mut f: impl FnMut(u16, &[(usize, bool)]),
) {
    let info = reorders(mode).then(|| paragraph_levels(&p.text.text, p.rtl));
    for line in lines {
        let order: Vec<(usize, bool)> = match &info {
            Some(info) => visual_order(info, &p.text.text, &p.clusters, line.clone()),
            None => line.clone().map(|i| (i, false)).collect(),
        };
        let mut indent = 0;
        if p.rtl && mode != BidiMode::Off {
            let used: usize = order
                .iter()
                .filter_map(|&(i, _)| p.clusters.get(i))
                .map(|c| usize::from(cells(c)))
                .sum();
            indent = u16::try_from(width.saturating_sub(used)).unwrap_or(u16::MAX);
        }
        f(indent, &order);
    }
}

/// Lays out one paragraph (no `\n` in it; a final `\r` is dropped) at
/// `opts.width` and appends its lines as text to `out`, each ended by
/// `\n` ([`emit_text`]).
pub(super) fn layout_paragraph_text(body: &str, opts: &LayoutOptions, out: &mut String) {
    let width = opts.width.max(1);
    let body = body.strip_suffix('\r').unwrap_or(body);
    // Text out only: no glyph is mapped back to its bytes.
    let mut p = prepare_mapped(sanitize_untracked(body), opts.mode, Direction::Auto);
    fit(&mut p.clusters, width);
    let lines = wrap(&p.clusters, width);
    emit_text(&p, &lines, width, opts.mode, out);
}

/// Lays out one label (a title in a list) on one line of at most `width`
/// cells: sanitized, line breaks turned into spaces, and, when too long,
/// cut at the LOGICAL end with `…` (the start of the sentence is kept; the
/// `…` glyph maps to the whole cut-off tail). RTL labels are right-aligned
/// within `width` through `indent`, like paragraphs.
pub fn layout_label(text: &str, width: usize, mode: BidiMode) -> VisualLine {
    layout_label_dir(text, width, mode, Direction::Auto)
}

/// [`layout_label`] with the base direction given instead of detected.
pub fn layout_label_dir(text: &str, width: usize, mode: BidiMode, dir: Direction) -> VisualLine {
    let width = width.max(1);
    let mut p = prepare_dir(text, 0, mode, dir);
    let total: usize = p.clusters.iter().map(|c| c.width).sum();
    if total > width {
        p = truncate(p, text.len(), width);
    }
    fit(&mut p.clusters, width);
    let all = 0..p.clusters.len();
    let mut out = Vec::with_capacity(1);
    emit(&p, &[all], width, mode, 0, &mut out);
    out.pop().unwrap_or_default()
}

/// Keeps the longest start of `p` that fits in `width - 1` cells (without
/// trailing spaces) and appends `…` standing for the rest of the input.
pub(super) fn truncate(p: Prepared, input_len: usize, width: usize) -> Prepared {
    let budget = width.saturating_sub(1);
    let mut used = 0;
    let mut keep = 0;
    while keep < p.clusters.len() && used + p.clusters[keep].width <= budget {
        used += p.clusters[keep].width;
        keep += 1;
    }
    while keep > 0 && p.clusters[keep - 1].space {
        keep -= 1;
    }
    let cut = if keep == 0 {
        0
    } else {
        p.clusters[keep - 1].bytes.end
    };
    let tail_start = p.clusters.get(keep).map_or(input_len, |c| c.logical.start);
    let kept_text = p.text.text.get(..cut).unwrap_or("");
    let kept_chars = kept_text.chars().count();
    let mut text = Mapped::with_capacity(cut + 3);
    text.text.push_str(kept_text);
    text.src.extend(p.text.src.iter().take(kept_chars).cloned());
    text.push('…', tail_start..input_len);
    let clusters = clusters(&text);
    // Direction is a property of the whole label, not of the part kept.
    let rtl = p.rtl;
    Prepared {
        text,
        clusters,
        rtl,
    }
}

/// Display width of `s` in cells: the sum of its graphemes' widths, which is
/// what a terminal uses (`str::width` would count lam + alef as one cell).
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}
