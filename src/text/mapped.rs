//! Text that remembers where each of its characters came from.
//!
//! Every stage of the pipeline (sanitizing, shaping) rewrites the text, but
//! the TUI has to highlight a quote or a search hit given as a byte range of
//! the *original* article. So each stage produces a [`Mapped`]: the new text
//! plus, for every char of it, the byte range of the original input it stands
//! for. Ranges are non-decreasing, which keeps grapheme unions disjoint.

use std::ops::Range;

/// A rewritten string with a per-char map back into the original text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Mapped {
    /// The rewritten text.
    pub(crate) text: String,
    /// For the n-th char of `text`, the byte range of the original it came from.
    pub(crate) src: Vec<Range<usize>>,
}

impl Mapped {
    /// An empty mapped string with room for `bytes` bytes.
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        Mapped {
            text: String::with_capacity(bytes),
            src: Vec::with_capacity(bytes),
        }
    }

    /// Appends one char that stands for `src` in the original.
    pub(crate) fn push(&mut self, c: char, src: Range<usize>) {
        self.text.push(c);
        self.src.push(src);
    }

    /// The identity map of `text`, whose first byte is at `base` in the original.
    #[cfg(test)]
    pub(crate) fn identity(text: &str, base: usize) -> Self {
        let mut m = Mapped::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            m.push(c, base + i..base + i + c.len_utf8());
        }
        m
    }
}
