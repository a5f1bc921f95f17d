//! Every way out of the UI, in a real pty: the terminal is left as it was
//! found (termios flag for flag, alternate screen left, mouse reporting and
//! explicit bidi mode off, cursor shown), checked from the raw bytes and
//! the pty's termios, and the process ends (or stops and continues) as it
//! should.

#![cfg(unix)]

use crate::pty::{Modes, Session, find, kill, proc_state, wait_state};
use crate::util::fixture_arg;
use std::time::Duration;

const SIZE: (u16, u16) = (160, 40);
const READY: &str = "━ Background ·";

/// The UI with every mode on (mouse, explicit bidi mode), drawn.
fn ui() -> Session {
    let s = Session::start(&["--bidi", "app"], SIZE);
    s.wait_for(READY);
    assert!(s.raw(), "the UI runs in raw mode");
    assert_eq!(Modes::of(&s.bytes()), Modes::UI);
    s
}

/// The name the C library gives `sig`, as portable-pty reports it.
#[allow(unsafe_code)] // one strsignal, justified below
fn signal_name(sig: i32) -> String {
    // SAFETY: strsignal returns a NUL-terminated static string (or NULL),
    // copied at once.
    unsafe {
        let p = libc::strsignal(sig);
        assert!(!p.is_null());
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

#[test]
fn q_quits_and_restores() {
    let mut s = ui();
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = ui();
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_even_with_help_open() {
    let mut s = ui();
    s.send("?");
    s.wait_for("Ctrl-c");
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// `kill -SIG` from outside: the terminal is restored, then the process
/// dies of that very signal (so a shell or a script sees why).
fn ended_by(sig: i32) {
    let mut s = ui();
    s.kill(sig);
    let status = s.wait_status();
    assert_eq!(
        status.signal(),
        Some(signal_name(sig).as_str()),
        "died of signal {sig}: {status:?}"
    );
    s.assert_restored();
}

#[test]
fn sigterm_restores_then_ends() {
    ended_by(libc::SIGTERM);
}

#[test]
fn sigint_restores_then_ends() {
    ended_by(libc::SIGINT);
}

#[test]
fn sighup_restores_then_ends() {
    ended_by(libc::SIGHUP);
}

#[test]
fn sigquit_restores_then_ends() {
    ended_by(libc::SIGQUIT);
}

#[test]
fn sigusr1_restores_then_ends() {
    ended_by(libc::SIGUSR1);
}

#[test]
fn sigalrm_restores_then_ends() {
    ended_by(libc::SIGALRM);
}

#[test]
fn a_real_time_signal_restores_then_ends() {
    // signal-hook does not know real-time defaults: the shell's 128 + n.
    let mut s = ui();
    let sig = libc::SIGRTMIN() + 3;
    s.kill(sig);
    let status = s.wait_status();
    assert_eq!(status.exit_code(), 128 + sig.unsigned_abs(), "{status:?}");
    s.assert_restored();
}

#[test]
fn a_second_signal_ends_even_a_loop_that_never_comes_back() {
    // The test-only fault makes the loop hang on the first key; the first
    // SIGTERM waits for a loop that never comes, the second is acted on in
    // the signal handler, with async-signal-safe calls only.
    let mut s = Session::start_env(&["--bidi", "app"], &[("KARABAKH_TEST_FAULT", "hang")], SIZE);
    s.wait_for(READY);
    s.send("j");
    std::thread::sleep(Duration::from_millis(200));
    s.kill(libc::SIGTERM);
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        !matches!(s.state(), 'Z' | '?'),
        "still running: the first signal waits for the loop"
    );
    s.kill(libc::SIGTERM);
    let status = s.wait_status();
    assert_eq!(status.signal(), Some(signal_name(libc::SIGTERM).as_str()));
    s.assert_restored();
}

#[test]
fn a_failed_allocation_restores_then_aborts() {
    let mut s = Session::start_env(
        &["--bidi", "app"],
        &[("KARABAKH_TEST_FAULT", "alloc")],
        SIZE,
    );
    s.wait_for(READY);
    s.send("j");
    let status = s.wait_status();
    assert_eq!(status.signal(), Some(signal_name(libc::SIGABRT).as_str()));
    s.assert_restored();
}

#[test]
fn a_panic_restores_then_reports() {
    let mut s = Session::start_env(
        &["--bidi", "app"],
        &[("KARABAKH_TEST_FAULT", "panic")],
        SIZE,
    );
    s.wait_for(READY);
    s.send("j");
    assert_eq!(s.wait_exit(), 101);
    s.assert_restored();
    // The message comes after the restore, so it is on the normal screen.
    s.wait_for("test fault");
}

#[test]
fn a_corpus_error_never_touches_the_terminal() {
    let mut s = Session::start(&["--corpus", &fixture_arg("syntax-error")], SIZE);
    assert_eq!(s.wait_exit(), 1);
    let out = s.bytes();
    assert!(find(&out, "\x1b[?1049h").is_none(), "no alternate screen");
    assert_eq!(Modes::of(&out), Modes::OFF);
    assert!(s.screen().contains("annotations.json"), "{}", s.screen());
    s.assert_termios_restored();
}

#[test]
fn a_closed_terminal_ends_the_app_even_with_sighup_ignored() {
    // As under nohup: SIGHUP ignored, so only end of input / EIO tells the
    // app its terminal is gone. It must end, not spin reading nothing.
    let bin = env!("CARGO_BIN_EXE_karabakh-timeline");
    let mut s = Session::spawn(
        "/bin/sh",
        &["-c", "trap '' HUP; exec \"$0\" --bidi app", bin],
        &[],
        SIZE,
    );
    s.wait_for(READY);
    s.close_terminal();
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_closed_terminal_ends_the_app_by_sighup() {
    let mut s = ui();
    s.close_terminal();
    let status = s.wait_status();
    assert_eq!(status.signal(), Some(signal_name(libc::SIGHUP).as_str()));
}

#[test]
fn sigtstp_without_a_shell_to_come_back_to_does_not_freeze() {
    // Run straight in its terminal (as with `xterm -e`), the app's process
    // group is orphaned: the kernel discards a default SIGTSTP, since no
    // shell could continue it. The app restores, is not stopped, and
    // re-enters at once.
    let mut s = ui();
    let mark = s.mark();
    s.kill(libc::SIGTSTP);
    s.wait_bytes(mark, "\x1b[?1049h");
    let out = s.bytes_since(mark);
    let left = find(&out, "\x1b[?1049l").expect("left the alternate screen first");
    assert!(left < find(&out, "\x1b[?1049h").unwrap_or(0));
    assert_ne!(s.state(), 'T');
    s.wait_for(READY);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn sigstop_then_sigcont_reenters_and_redraws() {
    let mut s = ui();
    s.kill(libc::SIGSTOP);
    s.wait_state('T');
    // What a shell does while the job is stopped: its own termios back.
    reset_termios(&s);
    assert!(s.cooked());
    let mark = s.mark();
    s.kill(libc::SIGCONT);
    s.wait_bytes(mark, "\x1b[2J");
    let screen = s.wait_for(READY);
    assert!(screen.contains("nk-breakaway-1991"), "{screen}");
    assert!(s.raw(), "raw mode again after SIGCONT");
    assert_eq!(
        Modes::of(&s.bytes_since(mark)),
        Modes::UI,
        "every mode again"
    );
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// A job-control shell (dash `-m`) runs the app as its foreground job and,
/// each time the job stops, waits for a line before `fg`. The shell itself
/// never touches the termios, so what the pty shows while the app is
/// stopped is what the app left.
const JOB_SHELL: &str = r#"set -m
"$0" --bidi app; s=$?
while [ "$s" -ge 147 ] && [ "$s" -le 150 ]; do
  read -r _ || break
  fg >/dev/null; s=$?
done
exit "$s""#;

/// The app's pid: the job shell's only child.
fn job_pid(shell: i32) -> i32 {
    let children =
        std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap_or_default();
    children
        .split_whitespace()
        .next()
        .and_then(|p| p.parse().ok())
        .expect("the shell runs the app")
}

#[test]
fn sigtstp_and_ctrl_z_restore_then_stop_and_fg_reenters() {
    let bin = env!("CARGO_BIN_EXE_karabakh-timeline");
    let mut s = Session::spawn("/bin/sh", &["-c", JOB_SHELL, bin], &[], SIZE);
    s.wait_for(READY);
    let app = job_pid(s.pid());

    for stop in ["kill -TSTP", "Ctrl-Z"] {
        let mark = s.mark();
        match stop {
            "Ctrl-Z" => s.send("\x1a"),
            _ => kill(app, libc::SIGTSTP),
        }
        wait_state(app, 'T');
        // Stopped, with the terminal already restored (the bytes may still
        // be on their way to the reader).
        s.wait_bytes(mark, "\x1b[?1049l");
        assert_eq!(Modes::of(&s.bytes()), Modes::OFF, "{stop}: modes off");
        assert!(find(&s.bytes_since(mark), "\x1b[8h").is_some(), "{stop}");
        s.assert_termios_restored();

        // `fg`: the app re-enters and draws everything again.
        let mark = s.mark();
        s.send("\n");
        s.wait_bytes(mark, "\x1b[2J");
        s.wait_for(READY);
        assert_ne!(proc_state(app), 'T');
        assert!(s.raw(), "{stop}: raw mode again");
        assert_eq!(Modes::of(&s.bytes_since(mark)), Modes::UI, "{stop}");
    }
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn a_65535_by_65535_window_is_drawn_within_the_bound() {
    let mut s = Session::start(&[], (u16::MAX, u16::MAX));
    s.wait_for(READY);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn a_resized_window_is_drawn_at_its_new_size() {
    let mut s = ui();
    s.resize((30, 8));
    s.wait_for("too small");
    s.resize((120, 30));
    s.wait_for(READY);
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// Puts the pty's termios back as it was before the app ran.
#[allow(unsafe_code)] // one tcsetattr, justified below
fn reset_termios(s: &Session) {
    let t = s.original_termios();
    let fd = s.master_fd();
    // SAFETY: tcsetattr reads the struct we pass; fd is our open master.
    let r = unsafe { libc::tcsetattr(fd, libc::TCSANOW, &t) };
    assert_eq!(r, 0);
}
