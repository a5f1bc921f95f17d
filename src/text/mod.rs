//! The right-to-left text engine: everything needed to put Arabic (and mixed
//! Arabic/Latin) text on a grid of terminal cells correctly.
//!
//! Terminals disagree about BiDi (see `docs/bidi.md`), so a full-screen app
//! has to do the Unicode Bidirectional Algorithm itself and write cells in
//! *visual* order. This module does that without any terminal dependency, so
//! the TUI, the CLI filter and the tests all share one implementation:
//!
//! * [`sanitize`]: nothing from a corpus may reach the terminal as a control
//!   or as a bidi override (Trojan Source).
//! * [`fold`] / [`find_all`] / [`find_words`]: the one Arabic-aware search
//!   folding, and what a whole word is (`words`).
//! * [`Label`]: interface labels whose values are bidi isolates.
//! * [`layout`] / [`layout_label`]: sanitize → shape → UAX #9 → wrap in
//!   logical order → reorder each line by grapheme → align, keeping a map from
//!   every drawn cell back to the original byte range.
//! * [`bidi_filter`]: the same engine as a text filter, like `fribidi`.
//!
//! Internal pieces (`mapped`, `cluster`, `wrap`, `reorder`) are private: the
//! public API above is what the TUI and CLI call.

mod bidi_class;
mod cluster;
mod filter;
mod fold;
mod fold_map;
mod graphemes;
mod joining;
mod label;
mod layout;
mod levels;
mod line;
mod mapped;
mod mode;
pub(crate) mod rank;
mod reorder;
mod sanitize;
pub(crate) mod seek;
mod shape;
#[cfg(test)]
mod shape_reference;
mod visual;
pub(crate) mod words;
mod wrap;

pub use filter::{DEFAULT_WIDTH, bidi_filter, bidi_paragraph};
pub use fold::{find_all, find_words, fold, fold_with_map};
pub use fold_map::{FoldMap, fold_with_runs};
pub use label::{Label, layout_label_parts, wrap_label};
pub use layout::{Direction, LayoutOptions, display_width, layout, layout_label, layout_label_dir};
pub use line::{Glyph, VisualLine};
pub use mode::{BidiMode, ENTER_EXPLICIT, LEAVE_EXPLICIT, UnknownBidiMode, resolve_auto};
pub use sanitize::sanitize;
// The one set of characters kept off the screen, also escaped in JSON and
// in messages (export::safe_json, corpus::problem).
pub(crate) use sanitize::is_forbidden;
pub use visual::{is_presentation_form, logical_from_screen};
pub use words::{contains_folded, folded_hits, is_whole_word, is_word_char};
