//! Where a value sits in the annotation file.
//!
//! serde tells us the position of syntax and type errors, but not of a value
//! that parses fine and is wrong later (a dangling id, a quote that is not in
//! its article). This keeps a span tree of the file (from jsonc-parser, run
//! with every leniency off) so such problems can point at the exact value.

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};
use std::cell::OnceCell;

/// One step of a path into the JSON document.
#[derive(Debug, Clone, Copy)]
pub enum Seg<'p> {
    Key(&'p str),
    Index(usize),
}

/// The span tree of a JSON document, built when it is first asked for: a
/// corpus without a problem never needs it, and for a large annotation
/// file it is the largest thing the loader builds (about four times the
/// file in memory, and a second parse of it).
pub struct Positions<'a> {
    text: &'a str,
    root: OnceCell<Option<Value<'a>>>,
}

impl<'a> Positions<'a> {
    /// Builds the tree now; `None` means the text is not strict JSON
    /// (serde reports the syntax error itself, with a better message).
    pub fn new(text: &'a str) -> Option<Self> {
        let root = tree(text)?;
        Some(Positions {
            text,
            root: OnceCell::from(Some(root)),
        })
    }

    /// The tree of a text serde has already parsed, built on first use
    /// (if jsonc-parser refused it after all, every span is `0..0`: the
    /// start of the file).
    pub fn lazy(text: &'a str) -> Self {
        Positions {
            text,
            root: OnceCell::new(),
        }
    }

    fn root(&self) -> Option<&Value<'a>> {
        self.root.get_or_init(|| tree(self.text)).as_ref()
    }

    /// The byte range of the value at `path`, or of the deepest ancestor
    /// that exists (so a missing key points at its object).
    pub fn span(&self, path: &[Seg]) -> std::ops::Range<usize> {
        let mut best = self.root();
        let mut node = self.root();
        for seg in path {
            node = node.and_then(|n| child(n, seg));
            if node.is_some() {
                best = node;
            } else {
                break;
            }
        }
        best.map_or(0..0, |n| n.start()..n.end())
    }

    /// The keys of the top-level object, with the byte offset of each.
    pub fn top_level_keys(&self) -> Vec<(String, usize)> {
        match self.root() {
            Some(Value::Object(obj)) => obj
                .properties
                .iter()
                .map(|p| (prop_name(&p.name).to_string(), p.start()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// How many elements the array at `path` has (0 if there is none).
    pub fn len(&self, path: &[Seg]) -> usize {
        let mut node = self.root();
        for seg in path {
            node = node.and_then(|n| child(n, seg));
        }
        match node {
            Some(Value::Array(arr)) => arr.elements.len(),
            _ => 0,
        }
    }
}

/// The span tree, with every leniency of jsonc-parser off.
fn tree(text: &str) -> Option<Value<'_>> {
    let strict = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
    };
    parse_to_ast(text, &CollectOptions::default(), &strict)
        .ok()?
        .value
}

fn child<'v, 'a>(node: &'v Value<'a>, seg: &Seg) -> Option<&'v Value<'a>> {
    match (seg, node) {
        (Seg::Key(k), Value::Object(obj)) => obj
            .properties
            .iter()
            .find(|p| prop_name(&p.name) == *k)
            .map(|p| &p.value),
        (Seg::Index(i), Value::Array(arr)) => arr.elements.get(*i),
        _ => None,
    }
}

fn prop_name<'b>(name: &'b ObjectPropName) -> &'b str {
    match name {
        ObjectPropName::String(s) => &s.value,
        ObjectPropName::Word(w) => w.value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_falls_back_to_the_parent() {
        let text = "{\"events\": [{\"id\": \"a\"}, {\"id\": \"b\", \"era\": \"x\"}]}";
        let pos = Positions::new(text).expect("strict json");
        let era = pos.span(&[Seg::Key("events"), Seg::Index(1), Seg::Key("era")]);
        assert_eq!(&text[era], "\"x\"");
        let missing = pos.span(&[Seg::Key("events"), Seg::Index(0), Seg::Key("era")]);
        assert_eq!(&text[missing], "{\"id\": \"a\"}");
        assert_eq!(pos.len(&[Seg::Key("events")]), 2);
        assert!(
            Positions::new("{\"a\": 1,}").is_none(),
            "trailing comma is not JSON"
        );
    }
}
