//! Where the commands write: stdout for data, stderr for errors.
//!
//! A closed pipe (`list | head`) is not an error worth a panic: writes stop
//! quietly and the command still exits normally.

use crate::corpus::problem::escape_controls;
use std::io::{self, Write};

pub struct Output {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    closed: bool,
}

impl Output {
    pub fn stdio() -> Self {
        Output::new(Box::new(io::stdout()), Box::new(io::stderr()))
    }

    pub fn new(out: Box<dyn Write>, err: Box<dyn Write>) -> Self {
        Output {
            out,
            err,
            closed: false,
        }
    }

    /// Writes data; returns false once stdout is gone, so loops can stop.
    pub fn data(&mut self, s: &str) -> bool {
        if !self.closed && self.out.write_all(s.as_bytes()).is_err() {
            self.closed = true;
        }
        !self.closed
    }

    /// One error line on stderr, prefixed with the program name.
    pub fn error(&mut self, message: &str) {
        self.line(message);
    }

    /// One line of information on stderr (a confirmation, not data), so
    /// that stdout stays clean for pipes.
    pub fn note(&mut self, message: &str) {
        self.line(message);
    }

    /// Every stderr line is escaped ([`escape_controls`]): it may name a
    /// file or quote a value, and stderr is usually the user's terminal.
    fn line(&mut self, message: &str) {
        let _ = writeln!(self.err, "karabakh-timeline: {}", escape_controls(message));
    }

    pub fn flush(&mut self) {
        let _ = self.out.flush();
        let _ = self.err.flush();
    }
}
