//! The engine as a text filter, like `fribidi --width N`: logical text in,
//! visual lines out. Behind `karabakh-timeline bidi`, and handy for checking
//! the engine against FriBidi by hand.

use super::layout::{LayoutOptions, layout};
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
    let body = input
        .strip_suffix('\n')
        .map(|s| s.strip_suffix('\r').unwrap_or(s))
        .unwrap_or(input);
    if input.is_empty() {
        return String::new();
    }
    let opts = LayoutOptions {
        width: width.unwrap_or(DEFAULT_WIDTH),
        mode,
    };
    let mut out = String::with_capacity(input.len() * 2);
    for line in layout(body, &opts) {
        out.push_str(&line.text());
        out.push('\n');
    }
    out
}
