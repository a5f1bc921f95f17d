//! Where the loop's input comes from: the tty's bytes through
//! [`crate::tui::input::Parser`], and the signals of [`super::signals`].
//! One `poll(2)` waits on both, with the parser's deadline as its timeout,
//! so a signal wakes the loop at once and a half sequence is resolved when
//! the input goes quiet.

use super::capped::cap;
use super::{modes, signals};
use crate::tui::input::Parser;
use crossterm::event::Event;
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use rustix::io::Errno;
use std::collections::VecDeque;
use std::io;
use std::os::unix::net::UnixStream;
use std::time::Instant;

/// What the loop gets next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Event(Event),
    /// The screen was lost (the process was stopped and continued): clear
    /// it and draw everything.
    Redraw,
    End(Ending),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// End of input, or EIO: the terminal hung up (a closed window, a
    /// dropped connection). There is no one to tell; see
    /// [`super::signals::hangup`] for how the process ends.
    Closed,
    /// An ending signal: leave, then die of it.
    Signal(i32),
}

pub struct Source {
    tty: &'static modes::Tty,
    wake: &'static UnixStream,
    parser: Parser,
    queue: VecDeque<Event>,
    mouse: bool,
    explicit: bool,
    /// The test-only fault (see [`super::fault`]) is still to come.
    #[cfg(debug_assertions)]
    fault: Option<super::fault::Fault>,
}

impl Source {
    /// Installs the signal handlers and opens the terminal. Call before the
    /// modes are switched on, so no signal can find them on and unhandled.
    pub fn open(mouse: bool, explicit: bool) -> io::Result<Source> {
        let wake = signals::install()?;
        Ok(Source {
            tty: modes::tty()?,
            wake,
            parser: Parser::new(),
            queue: VecDeque::new(),
            mouse,
            explicit,
            #[cfg(debug_assertions)]
            fault: super::fault::Fault::from_env(),
        })
    }

    /// Blocks until there is something for the loop.
    pub fn next(&mut self) -> io::Result<Input> {
        loop {
            if let Some(input) = self.signals()? {
                return Ok(input);
            }
            if let Some(ev) = self.queue.pop_front() {
                #[cfg(debug_assertions)]
                if let (Some(fault), Event::Key(_)) = (self.fault, &ev) {
                    fault.strike();
                }
                return Ok(Input::Event(ev));
            }
            if let Some(end) = self.wait()? {
                // A hangup also sends SIGHUP (unless ignored): die of that.
                // (And SIGCONT, which must not re-enter a dead terminal.)
                let by_signal = signals::take(self.wake).end.map(Ending::Signal);
                return Ok(Input::End(by_signal.unwrap_or(end)));
            }
        }
    }

    /// Acts on the signals that came; signals go before queued keys. A
    /// terminal that went away while we were stopped ends the app.
    fn signals(&mut self) -> io::Result<Option<Input>> {
        match self.act_on_signals() {
            Err(e) if e.raw_os_error() == Some(Errno::IO.raw_os_error()) => {
                Ok(Some(Input::End(Ending::Closed)))
            }
            other => other,
        }
    }

    fn act_on_signals(&mut self) -> io::Result<Option<Input>> {
        let mut p = signals::take(self.wake);
        let mut redraw = false;
        if p.end.is_none() && p.stop {
            suspend(self.mouse, self.explicit)?;
            // The SIGCONT that woke us belongs to this stop; keep the rest.
            let after = signals::take(self.wake);
            p.end = after.end;
            p.resize |= after.resize;
            p.cont = false;
            redraw = true;
        }
        if let Some(sig) = p.end {
            return Ok(Some(Input::End(Ending::Signal(sig))));
        }
        if p.resize {
            let size = rustix::termios::tcgetwinsize(self.tty)?;
            let (w, h) = cap((size.ws_col, size.ws_row));
            self.queue.push_back(Event::Resize(w, h));
        }
        if p.cont {
            modes::reenter()?;
            redraw = true;
        }
        Ok(redraw.then_some(Input::Redraw))
    }

    /// One `poll(2)`: reads what the tty has, or lets the parser's pending
    /// sequence expire if the input stayed quiet until its deadline.
    fn wait(&mut self) -> io::Result<Option<Ending>> {
        let deadline = self.parser.deadline();
        let timeout = deadline.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            Timespec {
                tv_sec: i64::try_from(left.as_secs()).unwrap_or(i64::MAX),
                tv_nsec: i64::from(left.subsec_nanos()),
            }
        });
        let mut fds = [
            PollFd::new(self.tty, PollFlags::IN),
            PollFd::new(self.wake, PollFlags::IN),
        ];
        match poll(&mut fds, timeout.as_ref()) {
            Ok(_) => {}
            Err(Errno::INTR) => return Ok(None),
            Err(e) => return Err(e.into()),
        }
        if !fds[1].revents().is_empty() {
            return Ok(None); // signals first
        }
        let tty = fds[0].revents();
        if tty.intersects(PollFlags::IN | PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            let mut buf = [0u8; 4096];
            match rustix::io::read(self.tty, &mut buf) {
                Ok(0) | Err(Errno::IO) => return Ok(Some(Ending::Closed)),
                Ok(n) => {
                    let mut out = Vec::new();
                    self.parser.feed(&buf[..n], Instant::now(), &mut out);
                    self.queue.extend(out);
                }
                Err(Errno::INTR | Errno::AGAIN) => {}
                Err(e) => return Err(e.into()),
            }
        } else if deadline.is_some() {
            // Quiet until the deadline: only now may a timeout apply.
            let mut out = Vec::new();
            self.parser.expire(Instant::now(), &mut out);
            self.queue.extend(out);
        }
        Ok(None)
    }
}

/// Restores the terminal, stops like SIGTSTP's default, and re-enters once
/// continued. The loop redraws everything afterwards.
pub fn suspend(mouse: bool, explicit: bool) -> io::Result<()> {
    modes::leave();
    signals::stop();
    modes::enter(mouse, explicit)
}
