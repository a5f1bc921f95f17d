//! The engine as a text filter, like `fribidi --width N`: logical text in,
//! visual lines out. Behind `karabakh-timeline bidi`, and handy for checking
//! the engine against FriBidi by hand.
//!
//! It works one paragraph (input line) at a time, straight into text, with
//! no glyph allocated ([`bidi_paragraph`]): the `bidi` command reads its
//! input a paragraph at a time too, so its memory does not grow with the
//! input.

use super::layout::{LayoutOptions, layout_paragraph_text};
use super::mode::BidiMode;

/// Width used when none is given (FriBidi's default too).
pub const DEFAULT_WIDTH: usize = 80;

/// Lays out every input line (paragraph) at `width` cells (80 if `None`)
/// and returns one output line per visual line, each ending in `\n`. RTL
/// paragraphs are right-aligned, i.e. padded on the left to the full width;
/// LTR lines are not padded. One trailing newline of the input does not
/// start an extra empty paragraph; empty input gives empty output.
///
/// ```
/// use karabakh_timeline::text::{bidi_filter, BidiMode};
/// assert_eq!(bidi_filter("abc\n\nd", Some(10), BidiMode::App), "abc\n\nd\n");
/// ```
pub fn bidi_filter(input: &str, width: Option<usize>, mode: BidiMode) -> String {
    if input.is_empty() {
        return String::new();
    }
    let body = input.strip_suffix('\n').unwrap_or(input);
    let mut out = String::with_capacity(input.len() * 2);
    for paragraph in body.split('\n') {
        bidi_paragraph(paragraph, width, mode, &mut out);
    }
    out
}

/// One paragraph of [`bidi_filter`] (a line of input without its `\n`; a
/// final `\r` is dropped), its visual lines appended to `out`.
pub fn bidi_paragraph(paragraph: &str, width: Option<usize>, mode: BidiMode, out: &mut String) {
    let opts = LayoutOptions {
        width: width.unwrap_or(DEFAULT_WIDTH),
        mode,
    };
    layout_paragraph_text(paragraph, &opts, out);
}
