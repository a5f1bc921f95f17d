//! Text that remembers where each of its characters came from.
//!
//! Every stage of the pipeline (sanitizing, shaping) rewrites the text, but
//! the TUI has to highlight a quote or a search hit given as a byte range of
//! the *original* article. So each stage produces a [`Mapped`]: the new text
//! plus, for every char of it, the byte range of the original input it stands
//! for. Ranges are non-decreasing, which keeps grapheme unions disjoint.
//!
//! The `bidi` filter never maps a glyph back to its source: it only writes
//! the text. Keeping the map cost it a 16-byte push per char at every stage
//! (`Mapped::push` alone was 7–8 % of its time), so a [`Mapped::untracked`]
//! string keeps the text only, and every range read from it is empty. The
//! text is the same either way: no stage decides anything from a range.

use std::ops::Range;

impl Default for Mapped {
    fn default() -> Self {
        Mapped::with_capacity(0)
    }
}

/// A rewritten string with a per-char map back into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mapped {
    /// The rewritten text.
    pub(crate) text: String,
    /// For the n-th char of `text`, the byte range of the original it came from.
    /// Empty when the map is not kept ([`Mapped::untracked`]).
    pub(crate) src: Vec<Range<usize>>,
    /// Whether `src` is kept.
    tracked: bool,
}

impl Mapped {
    /// An empty mapped string with room for `bytes` bytes.
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        Mapped {
            text: String::with_capacity(bytes),
            src: Vec::with_capacity(bytes),
            tracked: true,
        }
    }

    /// An empty string with room for `bytes` bytes that keeps no map (see
    /// the module docs).
    pub(crate) fn untracked(bytes: usize) -> Self {
        Mapped {
            text: String::with_capacity(bytes),
            src: Vec::new(),
            tracked: false,
        }
    }

    /// An empty string that keeps a map if `self` does, with room for
    /// `bytes` bytes.
    pub(crate) fn like(&self, bytes: usize) -> Self {
        if self.tracked {
            Mapped::with_capacity(bytes)
        } else {
            Mapped::untracked(bytes)
        }
    }

    /// Whether the map is kept.
    pub(crate) fn is_tracked(&self) -> bool {
        self.tracked
    }

    /// Appends one char that stands for `src` in the original.
    #[inline]
    pub(crate) fn push(&mut self, c: char, src: Range<usize>) {
        self.text.push(c);
        if self.tracked {
            self.src.push(src);
        }
    }

    /// The source range of the n-th char (empty when the map is not kept).
    #[inline]
    pub(crate) fn src_at(&self, n: usize) -> Range<usize> {
        self.src.get(n).cloned().unwrap_or_default()
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
