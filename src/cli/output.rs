//! Where the commands write: stdout for data, stderr for errors.
//!
//! A closed pipe (`list | head`) is not an error worth a panic: writes stop
//! quietly and the command still exits normally.

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
        let _ = writeln!(self.err, "karabakh-timeline: {message}");
    }

    /// One line of information on stderr (a confirmation, not data), so
    /// that stdout stays clean for pipes.
    pub fn note(&mut self, message: &str) {
        let _ = writeln!(self.err, "karabakh-timeline: {message}");
    }

    pub fn flush(&mut self) {
        let _ = self.out.flush();
        let _ = self.err.flush();
    }
}
