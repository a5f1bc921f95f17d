//! JSON that is safe to `cat`: every control character and every bidi
//! control is written as a `\uXXXX` escape, never raw.
//!
//! serde_json escapes only what JSON requires (`"`, `\` and U+0000–U+001F).
//! DEL, the C1 controls U+0080–U+009F (xterm acts on U+009B as CSI), the
//! line separators U+2028/U+2029 and the bidi controls (U+202A–U+202E,
//! U+2066–U+2069, LRM, RLM, ALM) would otherwise reach a terminal raw, or
//! reorder a line so that it reads as something it does not say. The
//! escapes are lossless: a JSON parser gives back exactly the corpus text.
//! The set is the one `text::sanitize` keeps off the screen, so what a
//! terminal could act on is the same everywhere.
//!
//! Every JSON document the program writes goes through [`to_writer_pretty`]
//! (or [`to_string_pretty`], the same into memory):
//! `list`/`export --format json|timelinejs` and `claims --format json`.

use crate::text::is_forbidden;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use std::io::{self, Write};

/// Pretty-printed JSON, with every control and bidi control escaped.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(4096);
    to_writer_pretty(&mut out, value)?;
    // Only UTF-8 strings and ASCII escapes were written.
    String::from_utf8(out).map_err(|e| serde_json::Error::io(io::Error::other(e)))
}

/// [`to_string_pretty`] written to `w` as it is made (an export of the
/// reference corpus is 138 MB: it is never held in memory whole).
pub fn to_writer_pretty<W: Write, T: Serialize + ?Sized>(
    w: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, Escaping(PrettyFormatter::new()));
    value.serialize(&mut ser)
}

/// A sequence serialized from the items `make` gives when it is written,
/// so that a document's list of 100,000 events is never built first.
pub struct Lazy<F>(pub F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// `PrettyFormatter`, with string contents escaped further.
struct Escaping(PrettyFormatter<'static>);

/// Hands a layout method to the pretty formatter.
macro_rules! delegate {
    ($($name:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $name<W: ?Sized + Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            self.0.$name(w $(, $arg)*)
        }
    )*};
}

impl Formatter for Escaping {
    delegate! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }

    /// A fragment is what serde_json found nothing to escape in; the
    /// characters it lets through that a terminal could act on become
    /// `\uXXXX` (all are in the Basic Multilingual Plane: one code unit).
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if is_forbidden(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_controls_are_escaped_and_come_back() {
        let hostile = "a\u{1b}]52;c;SGVsbG8=\u{7}b\u{7f}c\u{9b}31m\u{85}d\u{202e}e\u{2066}f\u{2069}\u{2028}g قره باغ";
        let doc = serde_json::json!({ "k\u{202e}": [hostile, 1] });
        let s = to_string_pretty(&doc).expect("json");
        assert!(
            !s.chars().any(|c| is_forbidden(c) && c != '\n'),
            "raw control in {s:?}"
        );
        assert!(s.contains("\\u009b") && s.contains("\\u202e") && s.contains("قره باغ"));
        let back: serde_json::Value = serde_json::from_str(&s).expect("parses");
        assert_eq!(back, doc);
        // The layout is the pretty printer's.
        assert!(
            s.starts_with("{\n  \"k\\u202e\": [\n    \"a\\u001b]52;c;"),
            "{s}"
        );
    }
}
