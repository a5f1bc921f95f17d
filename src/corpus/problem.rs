//! Problems found while loading a corpus, each with where it is.
//!
//! The loader collects every problem instead of stopping at the first, so a
//! person fixing an annotation file sees them all in one run of `check`.

use crate::text::is_forbidden;
use std::borrow::Cow;
use std::fmt;

/// One problem: `file:line:col: message`, or `file: message` where no
/// position applies (a missing article file, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    pub fn at(file: &str, position: (usize, usize), message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            position: Some(position),
            message: message.into(),
        }
    }

    pub fn in_file(file: &str, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            position: None,
            message: message.into(),
        }
    }
}

/// The line is escaped as a whole ([`escape_controls`]): field names,
/// enum values, dates and file names come from the corpus, and whatever
/// part of a message quotes them, none of their controls reaches stderr.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = match self.position {
            Some((line, col)) => format!("{}:{line}:{col}: {}", self.file, self.message),
            None => format!("{}: {}", self.file, self.message),
        };
        f.write_str(&escape_controls(&line))
    }
}

/// All the problems of one load, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// The 1-based line and column (counted in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

/// A message made safe for a terminal: every control character (C0, DEL,
/// C1, line breaks and tabs too, so a message stays one line) and every
/// bidi control is written visibly as `\u{…}`, so that nothing quoted from
/// a corpus or a file name can drive the terminal or reorder the line.
/// The one escaping of messages: `Problem`'s Display and the CLI's errors
/// and notes use it. The set is `text::sanitize`'s (what the screen never
/// shows raw).
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_forbidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_forbidden(c) {
            out.push_str(&format!("\\u{{{:04X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A value from the corpus, made safe and short enough for a message: at
/// most 40 characters, escaped as [`escape_controls`] does.
pub fn excerpt(value: &str) -> String {
    let mut cut: String = value.chars().take(40).collect();
    if value.chars().nth(40).is_some() {
        cut.push('…');
    }
    escape_controls(&cut).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "ab\nقره باغ x";
        assert_eq!(line_col(text, 0), (1, 1));
        let x = text.find('x').expect("x");
        assert_eq!(line_col(text, x), (2, 9));
        assert_eq!(line_col(text, 999), (2, 10));
    }

    #[test]
    fn excerpts_neutralise_escape_and_bidi_controls() {
        assert_eq!(excerpt("a\u{1b}[31mb"), "a\\u{001B}[31mb");
        assert_eq!(excerpt("report\u{202E}gpj.exe"), "report\\u{202E}gpj.exe");
        assert_eq!(excerpt(&"ب".repeat(50)).chars().count(), 41);
    }

    #[test]
    fn a_problem_line_never_carries_a_raw_control() {
        let p = Problem::at(
            "\u{1b}]0;title\u{7}.json",
            (1, 2),
            "unknown kind \"\u{9b}31m\u{2066}x\u{2069}\"\nsecond line",
        );
        assert_eq!(
            p.to_string(),
            "\\u{001B}]0;title\\u{0007}.json:1:2: unknown kind \"\\u{009B}31m\\u{2066}x\\u{2069}\"\\u{000A}second line"
        );
        assert!(matches!(escape_controls("قره باغ"), Cow::Borrowed(_)));
    }
}
