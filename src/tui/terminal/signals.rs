//! Signals while the UI runs. The design, and why:
//!
//! * **Ending signals** (HUP INT QUIT TERM USR1 USR2 ALRM VTALRM PROF XCPU
//!   XFSZ IO SYS TRAP PWR STKFLT and the real-time ones: every catchable
//!   signal whose default ends the process) are *not* acted on in the
//!   handler. The handler only records the signal and wakes the main loop
//!   through a self-pipe ([`signal_hook::low_level::pipe`]); the loop then
//!   leaves exactly as `q` does (modes off, destructors run, an export in
//!   progress finishes or is rolled back) and finally dies of the same
//!   signal with its default action, so the parent sees "killed by SIGTERM"
//!   (a shell script stops on SIGINT as it should). This is signal-hook's
//!   documented pattern; nothing runs in the handler that is not
//!   async-signal-safe.
//! * A **second** ending signal while the first is still waiting (the loop
//!   is busy or stuck) is acted on in the handler: the terminal is restored
//!   with async-signal-safe calls only ([`super::modes::leave_raw`]:
//!   `write(2)` and `tcsetattr(2)`) and the process dies at once. So the
//!   usual "press it twice" always works.
//! * **SIGABRT** (a failed memory allocation, a stack overflow, an
//!   `abort()`) comes from a thread that will never reach the loop, so its
//!   handler restores the terminal the same async-signal-safe way and
//!   then lets the abort proceed.
//! * **SIGTSTP** and **SIGCONT** go to the loop, which restores the
//!   terminal and stops ([`stop`]), and re-enters and redraws everything on
//!   SIGCONT (also after an uncatchable SIGSTOP). **SIGWINCH** becomes a
//!   resize event.
//! * Left alone on purpose: SIGSEGV, SIGBUS, SIGILL, SIGFPE (synchronous
//!   faults: Rust's runtime owns them, and its stack-overflow report ends in
//!   SIGABRT, which is handled); SIGTTIN and SIGTTOU (they only come when we
//!   are in the background, where the terminal is not ours to touch: their
//!   default stop is right, and SIGCONT re-enters); SIGPIPE (ignored by
//!   Rust); SIGKILL and SIGSTOP (cannot be caught).
//! * An ending signal that was **ignored when we started** stays ignored,
//!   as shells expect (`nohup` ignores SIGHUP; a closed terminal then shows
//!   up as end of input, which also ends the app).

use super::modes;
use crate::signal::ignored;
use libc::c_int;
use signal_hook::low_level::{self, pipe};
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// What the loop must do, from the signals that came since it last asked.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pending {
    /// End the program, then die of this signal.
    pub end: Option<c_int>,
    pub stop: bool,
    pub cont: bool,
    pub resize: bool,
}

/// One bit per signal number (1..=64) that came and was not yet taken.
static PENDING: AtomicU64 = AtomicU64::new(0);
/// An ending signal came and the program has not ended yet.
static ENDING: AtomicBool = AtomicBool::new(false);
/// SIGHUP was not ignored at start, so a handler for it is installed.
static HUP_CAUGHT: AtomicBool = AtomicBool::new(false);
/// The read end of the self-pipe, and (kept open for good) its write end.
static WAKE: OnceLock<(UnixStream, UnixStream)> = OnceLock::new();

fn ending_signals() -> Vec<c_int> {
    let mut s = vec![
        libc::SIGHUP,
        libc::SIGINT,
        libc::SIGQUIT,
        libc::SIGTERM,
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGALRM,
        libc::SIGVTALRM,
        libc::SIGPROF,
        libc::SIGXCPU,
        libc::SIGXFSZ,
        libc::SIGIO,
        libc::SIGSYS,
        libc::SIGTRAP,
    ];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        s.extend([libc::SIGPWR, libc::SIGSTKFLT]);
        s.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    }
    s
}

fn bit(sig: c_int) -> u64 {
    u32::try_from(sig - 1)
        .ok()
        .and_then(|n| 1u64.checked_shl(n))
        .unwrap_or(0)
}

/// Installs the handlers, once per process, and returns the file
/// descriptor that becomes readable when a signal came.
#[allow(unsafe_code)]
pub fn install() -> io::Result<&'static UnixStream> {
    if let Some((read, _)) = WAKE.get() {
        return Ok(read);
    }
    let (read, write) = UnixStream::pair()?;
    read.set_nonblocking(true)?;
    write.set_nonblocking(true)?;
    let wake = write.as_raw_fd();
    let (read, _) = WAKE.get_or_init(|| (read, write));

    for sig in ending_signals() {
        if ignored(sig) {
            continue;
        }
        if sig == libc::SIGHUP {
            HUP_CAUGHT.store(true, Ordering::SeqCst);
        }
        // SAFETY: the action only touches atomics and, for a second ending
        // signal, calls `modes::leave_raw` (write(2), tcsetattr(2), atomics)
        // and `die` (sigaction(2), sigprocmask(2), raise(3), _exit(2)): all
        // async-signal-safe, no allocation, no lock.
        unsafe {
            low_level::register(sig, move || {
                if ENDING.swap(true, Ordering::SeqCst) {
                    modes::leave_raw();
                    die(sig);
                }
                PENDING.fetch_or(bit(sig), Ordering::SeqCst);
            })?;
        }
        pipe::register_raw(sig, wake)?;
    }
    // SAFETY: as above: `leave_raw` and `die` only.
    unsafe {
        low_level::register(libc::SIGABRT, || {
            modes::leave_raw();
            die(libc::SIGABRT);
        })?;
    }
    for sig in [libc::SIGTSTP, libc::SIGCONT, libc::SIGWINCH] {
        // SAFETY: one atomic operation.
        unsafe {
            low_level::register(sig, move || {
                PENDING.fetch_or(bit(sig), Ordering::SeqCst);
            })?;
        }
        pipe::register_raw(sig, wake)?;
    }
    Ok(read)
}

/// Takes the signals that came: empties the pipe first, then reads the
/// flags (the order signal-hook prescribes, so none is lost).
pub fn take(wake: &UnixStream) -> Pending {
    let mut buf = [0u8; 64];
    while let Ok(n) = rustix::io::read(wake, &mut buf) {
        if n == 0 {
            break;
        }
    }
    let bits = PENDING.swap(0, Ordering::SeqCst);
    let has = |sig: c_int| bits & bit(sig) != 0;
    Pending {
        end: ending_signals().into_iter().find(|&s| has(s)),
        stop: has(libc::SIGTSTP),
        cont: has(libc::SIGCONT),
        resize: has(libc::SIGWINCH),
    }
}

/// How to end after the terminal hung up: the kernel sends the controlling
/// process SIGHUP with the hangup, but it may arrive after we saw EIO, so
/// the app dies of SIGHUP either way, as a program without handlers would;
/// `None` (end quietly, exit 0) when SIGHUP was ignored at start (`nohup`).
pub fn hangup() -> Option<c_int> {
    HUP_CAUGHT.load(Ordering::SeqCst).then_some(libc::SIGHUP)
}

/// Ends the process with `sig`'s default action (death by that signal,
/// with a core dump where that is the default), or, for a signal whose
/// default signal-hook does not know, exits with the shell's 128 + n.
/// Async-signal-safe.
pub fn die(sig: c_int) -> ! {
    let _ = low_level::emulate_default_handler(sig);
    low_level::exit(128 + sig)
}

/// Stops the process as SIGTSTP's default action would, and returns once
/// it is continued. Called with the terminal already restored.
///
/// Not `emulate_default_handler(SIGTSTP)`, which raises SIGSTOP: in an
/// orphaned process group (the app run straight from `xterm -e` or
/// `tmux new`, with no shell to `fg` it) the kernel discards a default
/// SIGTSTP but not SIGSTOP, which would leave the window frozen for good.
#[allow(unsafe_code)]
pub fn stop() {
    // SAFETY: sigaction with valid pointers to zero-initialised structs we
    // own; the handler signal-hook installed is saved and put back as it
    // was. raise only sends a signal to ourselves.
    unsafe {
        let mut ours: libc::sigaction = std::mem::zeroed();
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        if libc::sigaction(libc::SIGTSTP, &default, &mut ours) != 0 {
            return;
        }
        libc::raise(libc::SIGTSTP);
        libc::sigaction(libc::SIGTSTP, &ours, std::ptr::null_mut());
    }
}
