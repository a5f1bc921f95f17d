//! Problems found while loading a corpus, each with where it is.
//!
//! The loader collects every problem instead of stopping at the first, so a
//! person fixing an annotation file sees them all in one run of `check`.

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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
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

/// A value from the corpus, made safe and short enough for a message: at
/// most 40 characters, control and bidi-control characters written as
/// `\u{…}` so that nothing in a corpus can drive the user's terminal.
pub fn excerpt(value: &str) -> String {
    let mut out = String::new();
    for (i, c) in value.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        push_escaped(&mut out, c);
    }
    out
}

/// The whole value with its control and bidi-control characters written
/// as `\u{…}` (for file names and paths, which are not cut).
pub fn escape_controls(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        push_escaped(&mut out, c);
    }
    out
}

fn push_escaped(out: &mut String, c: char) {
    let bidi_control = matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if c.is_control() || bidi_control {
        out.push_str(&format!("\\u{{{:04X}}}", c as u32));
    } else {
        out.push(c);
    }
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
}
