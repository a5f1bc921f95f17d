//! The one error type of every command, and the one place where an outcome
//! becomes an exit code.
//!
//! A command returns `Result<(), CliError>`; it never prints its own error
//! or picks an exit code. The error knows its [`ErrorKind`] (did the user
//! ask for something impossible, or did the data or a file fail?), the
//! lines to print, and optional hints ("did you mean …"). Library errors
//! become a `CliError` through the `From` impls below, which is where their
//! wording for a command-line user (flag names, `--force`) lives.

use crate::corpus::problem::escape_controls;
use crate::corpus::{Problem, Problems};
use crate::export::ExportError;
use std::fmt;

/// Exit code of a command that did what was asked.
pub const EXIT_OK: i32 = 0;
/// Exit code of a data or I/O error: a bad corpus, a file that cannot be
/// read or written.
pub const EXIT_DATA: i32 = 1;
/// Exit code of a usage error: a bad flag value, an unknown name.
pub const EXIT_USAGE: i32 = 2;

/// What went wrong, as far as the exit code is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The command line asked for something that cannot be (exit 2).
    Usage,
    /// The data or the file system failed (exit 1).
    Data,
}

/// A command's failure: one or more lines (a corpus load reports every
/// problem), then any hints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliError {
    kind: ErrorKind,
    lines: Vec<String>,
    hints: Vec<String>,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            lines: vec![message.into()],
            hints: Vec::new(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        CliError::new(ErrorKind::Usage, message)
    }

    pub fn data(message: impl Into<String>) -> Self {
        CliError::new(ErrorKind::Data, message)
    }

    /// Adds a hint, printed on its own line after the message.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The lines for stderr, without the program-name prefix: the
    /// messages, then each hint as `hint: …`. Escaped: a message may quote
    /// a corpus value, a file name or a flag value, and no control in them
    /// may reach the terminal ([`escape_controls`]).
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.lines
            .iter()
            .cloned()
            .chain(self.hints.iter().map(|h| format!("hint: {h}")))
            .map(|l| escape_controls(&l).into_owned())
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CliError {}

/// The exit code of a command's outcome; the only place codes are chosen.
pub fn exit_code(result: &Result<(), CliError>) -> i32 {
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => match e.kind {
            ErrorKind::Usage => EXIT_USAGE,
            ErrorKind::Data => EXIT_DATA,
        },
    }
}

/// A corpus that does not load: every problem on its own line.
impl From<Problems> for CliError {
    fn from(p: Problems) -> Self {
        CliError {
            kind: ErrorKind::Data,
            lines: p.0.iter().map(ToString::to_string).collect(),
            hints: Vec::new(),
        }
    }
}

impl From<Problem> for CliError {
    fn from(p: Problem) -> Self {
        CliError::data(p.to_string())
    }
}

/// An export that failed, worded for the `export` command's flags.
impl From<ExportError> for CliError {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::NothingSelected => {
                CliError::data("no events match the filters; nothing was written")
            }
            e if e.is_already_exists() => CliError::data(format!("{e}; use --force to replace it")),
            e => CliError::data(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_map_to_exit_codes() {
        assert_eq!(exit_code(&Ok(())), 0);
        assert_eq!(exit_code(&Err(CliError::data("x"))), 1);
        assert_eq!(exit_code(&Err(CliError::usage("x"))), 2);
    }

    #[test]
    fn hints_follow_the_message_on_their_own_lines() {
        let e =
            CliError::usage("--kind: no kind \"fight\"").with_hint("did you mean \"fighting\"?");
        assert_eq!(
            e.to_string(),
            "--kind: no kind \"fight\"\nhint: did you mean \"fighting\"?"
        );
    }

    #[test]
    fn messages_and_hints_are_escaped() {
        let e = CliError::usage("--era: no era \"\u{1b}]52;c;eA==\u{7}\"")
            .with_hint("did you mean \"\u{202e}war\"?");
        assert_eq!(
            e.to_string(),
            "--era: no era \"\\u{001B}]52;c;eA==\\u{0007}\"\nhint: did you mean \"\\u{202E}war\"?"
        );
    }

    #[test]
    fn every_problem_of_a_load_is_a_line() {
        let e = CliError::from(Problems(vec![
            Problem::in_file("a.json", "one"),
            Problem::at("a.json", (2, 3), "two"),
        ]));
        assert_eq!(e.kind(), ErrorKind::Data);
        assert_eq!(
            e.lines().collect::<Vec<_>>(),
            ["a.json: one", "a.json:2:3: two"]
        );
    }
}
