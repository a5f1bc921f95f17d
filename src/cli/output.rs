//! Where the commands write: stdout for data, stderr for errors.
//!
//! A closed pipe (`list | head`) is not an error worth a panic: writes stop
//! quietly and the command still exits normally. Any other failure to write
//! stdout (a full disk, `> /dev/full`) is kept and, once the command is
//! done, becomes its error ([`Output::finish`]): data that was cut short
//! must not look like success.
//!
//! Each stream knows whether it is a terminal: text meant for reading is
//! laid out for a screen there (`cli::render`), and left in logical order
//! for a pipe or a file.

use crate::corpus::problem::escape_controls;
use std::io::{self, BufWriter, IsTerminal, Write};

/// What every line on stderr starts with.
pub const PREFIX: &str = "karabakh-timeline: ";

pub struct Output {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    closed: bool,
    /// The first write error on stdout that was not a closed pipe.
    failed: Option<io::Error>,
    out_tty: bool,
    err_tty: bool,
}

impl Output {
    pub fn stdio() -> Self {
        let mut o = Output::new(Box::new(io::stdout()), Box::new(io::stderr()));
        o.out_tty = io::stdout().is_terminal();
        o.err_tty = io::stderr().is_terminal();
        o
    }

    /// Writers that are not terminals (tests, buffers).
    pub fn new(out: Box<dyn Write>, err: Box<dyn Write>) -> Self {
        Output {
            out,
            err,
            closed: false,
            failed: None,
            out_tty: false,
            err_tty: false,
        }
    }

    /// Whether stdout is a terminal.
    pub fn out_is_terminal(&self) -> bool {
        self.out_tty
    }

    /// Whether stderr is a terminal.
    pub fn err_is_terminal(&self) -> bool {
        self.err_tty
    }

    /// Writes data; returns false once stdout is gone, so loops can stop.
    pub fn data(&mut self, s: &str) -> bool {
        if !self.closed {
            let r = self.out.write_all(s.as_bytes());
            self.stopped(r);
        }
        !self.closed
    }

    /// Writes data as `write` makes it, through a buffer, so a long
    /// document never has to be held in memory whole; returns false once
    /// stdout is gone.
    pub fn stream(&mut self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> bool {
        if !self.closed {
            let mut w = BufWriter::with_capacity(64 * 1024, &mut self.out);
            let r = write(&mut w).and_then(|()| w.flush());
            // After an error, what is left in the buffer is not written.
            let _ = w.into_parts();
            self.stopped(r);
        }
        !self.closed
    }

    /// Stops writing stdout after a failed write, keeping the error unless
    /// it is the reader going away.
    fn stopped(&mut self, r: io::Result<()>) {
        if let Err(e) = r {
            self.closed = true;
            if e.kind() != io::ErrorKind::BrokenPipe {
                self.failed.get_or_insert(e);
            }
        }
    }

    /// Flushes stdout once a command is done; the first write error that
    /// was not a closed pipe, if any.
    pub fn finish(&mut self) -> Result<(), io::Error> {
        if !self.closed {
            let r = self.out.flush();
            self.stopped(r);
        }
        self.failed.take().map_or(Ok(()), Err)
    }

    /// One error line on stderr, prefixed with the program name.
    pub fn error(&mut self, message: &str) {
        self.line(message);
    }

    /// One line on stderr exactly as given: already prefixed, escaped
    /// ([`escape_controls`]) and laid out for the terminal (`cli::render`).
    pub fn error_line(&mut self, line: &str) {
        let _ = writeln!(self.err, "{line}");
    }

    /// One line of information on stderr (a confirmation, not data), so
    /// that stdout stays clean for pipes.
    pub fn note(&mut self, message: &str) {
        self.line(message);
    }

    /// Every stderr line is escaped ([`escape_controls`]): it may name a
    /// file or quote a value, and stderr is usually the user's terminal.
    fn line(&mut self, message: &str) {
        let _ = writeln!(self.err, "{PREFIX}{}", escape_controls(message));
    }

    pub fn flush(&mut self) {
        let _ = self.out.flush();
        let _ = self.err.flush();
    }
}
