//! Switching the terminal's modes on and off: raw mode (termios), the
//! alternate screen, the hidden cursor, bracketed paste, mouse reporting
//! and explicit bidi mode (`CSI 8 l`, see [`crate::text`]).
//!
//! Switching off ([`leave_raw`]) is async-signal-safe, because a signal
//! handler must be able to do it (see [`super::signals`]): it only reads
//! atomics and an already-initialised `OnceLock`, and calls `write(2)` with
//! constant bytes and `tcsetattr(2)` with the termios saved before raw mode
//! was set — no allocation, no lock, no std I/O buffer. That is also why the
//! modes are set here with our own byte strings and termios rather than
//! crossterm's commands and `enable_raw_mode` (crossterm keeps the saved
//! termios behind a mutex, and its `enable_raw_mode` does nothing if it
//! believes raw mode is still on, so it cannot re-enter after SIGCONT).

use crate::text::{ENTER_EXPLICIT, LEAVE_EXPLICIT};
use rustix::termios::{self, OptionalActions, Termios};
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::{AsFd, BorrowedFd};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

const ALT_SCREEN_ON: &[u8] = b"\x1b[?1049h";
const ALT_SCREEN_OFF: &[u8] = b"\x1b[?1049l";
const CURSOR_HIDE: &[u8] = b"\x1b[?25l";
const CURSOR_SHOW: &[u8] = b"\x1b[?25h";
/// Clicks, drags, motion; SGR and urxvt encodings (crossterm's set).
const MOUSE_ON: &[u8] = b"\x1b[?1000h\x1b[?1002h\x1b[?1003h\x1b[?1015h\x1b[?1006h";
const MOUSE_OFF: &[u8] = b"\x1b[?1006l\x1b[?1015l\x1b[?1003l\x1b[?1002l\x1b[?1000l";
/// Bracketed paste: a paste arrives as one `Event::Paste` for the field it
/// goes into, so pasted text never runs as commands (`q` in a pasted line
/// does not quit).
const PASTE_ON: &[u8] = b"\x1b[?2004h";
const PASTE_OFF: &[u8] = b"\x1b[?2004l";

/// The terminal keys are read from and whose termios is set: standard
/// input when it is a terminal, else the controlling terminal (as crossterm
/// does). Opened once and kept for the life of the process, so a signal
/// handler can always reach it.
pub enum Tty {
    Stdin,
    Dev(File),
}

impl AsFd for Tty {
    fn as_fd(&self) -> BorrowedFd<'_> {
        match self {
            Tty::Stdin => rustix::stdio::stdin(),
            Tty::Dev(f) => f.as_fd(),
        }
    }
}

static TTY: OnceLock<Tty> = OnceLock::new();
/// The termios before we first set raw mode: what every way out restores.
static ORIGINAL: OnceLock<Termios> = OnceLock::new();
static ACTIVE: AtomicBool = AtomicBool::new(false);
static MOUSE: AtomicBool = AtomicBool::new(false);
static EXPLICIT: AtomicBool = AtomicBool::new(false);

pub fn tty() -> io::Result<&'static Tty> {
    if let Some(t) = TTY.get() {
        return Ok(t);
    }
    let tty = if termios::isatty(rustix::stdio::stdin()) {
        Tty::Stdin
    } else {
        Tty::Dev(File::options().read(true).write(true).open("/dev/tty")?)
    };
    let _ = TTY.set(tty);
    TTY.get()
        .ok_or_else(|| io::Error::other("the terminal could not be kept"))
}

/// Switches everything on. Also used to re-enter after SIGCONT, so it
/// never trusts that a mode is still set: the shell may have reset the
/// termios while we were stopped.
pub fn enter(mouse: bool, explicit: bool) -> io::Result<()> {
    let tty = tty()?;
    let now = termios::tcgetattr(tty)?;
    let original = ORIGINAL.get_or_init(|| now);
    let mut raw = original.clone();
    raw.make_raw();
    MOUSE.store(mouse, Ordering::SeqCst);
    EXPLICIT.store(explicit, Ordering::SeqCst);
    // Active before anything is switched on, so a signal arriving in the
    // middle still switches off what was switched on.
    ACTIVE.store(true, Ordering::SeqCst);
    termios::tcsetattr(tty, OptionalActions::Now, &raw)?;
    let mut on = Vec::new();
    on.extend_from_slice(ALT_SCREEN_ON);
    on.extend_from_slice(CURSOR_HIDE);
    on.extend_from_slice(PASTE_ON);
    if mouse {
        on.extend_from_slice(MOUSE_ON);
    }
    if explicit {
        // Explicit mode: the terminal must not reorder what we laid out.
        on.extend_from_slice(ENTER_EXPLICIT.as_bytes());
    }
    let mut out = io::stdout();
    out.write_all(&on)?;
    out.flush()
}

/// Enters again with the modes last entered, if the UI is on (after a
/// SIGCONT: the process may have been stopped with the modes on).
pub fn reenter() -> io::Result<()> {
    if !ACTIVE.load(Ordering::SeqCst) {
        return Ok(());
    }
    enter(
        MOUSE.load(Ordering::SeqCst),
        EXPLICIT.load(Ordering::SeqCst),
    )
}

/// Switches everything off, from ordinary code: first sends what the UI
/// already wrote into std's buffer, so no half frame follows the restore.
pub fn leave() {
    if ACTIVE.load(Ordering::SeqCst) {
        let _ = io::stdout().flush();
    }
    leave_raw();
}

/// Switches everything off, in the reverse order of [`enter`]. Safe to call
/// more than once, from a panic hook and from a signal handler
/// (async-signal-safe: see the module documentation).
pub fn leave_raw() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let out = rustix::stdio::stdout();
    if EXPLICIT.load(Ordering::SeqCst) {
        write_all(out, LEAVE_EXPLICIT.as_bytes());
    }
    if MOUSE.load(Ordering::SeqCst) {
        write_all(out, MOUSE_OFF);
    }
    write_all(out, PASTE_OFF);
    write_all(out, CURSOR_SHOW);
    write_all(out, ALT_SCREEN_OFF);
    if let (Some(tty), Some(original)) = (TTY.get(), ORIGINAL.get()) {
        let _ = termios::tcsetattr(tty, OptionalActions::Now, original);
    }
}

/// `write(2)` until done; gives up on an error (the terminal may be gone).
fn write_all(fd: BorrowedFd<'_>, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        match rustix::io::write(fd, bytes) {
            Ok(0) => return,
            Ok(n) => bytes = &bytes[n.min(bytes.len())..],
            Err(rustix::io::Errno::INTR) => {}
            Err(_) => return,
        }
    }
}
