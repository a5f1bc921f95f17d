//! Input that used to lock the UI (crossterm 0.29 waited for "the rest"
//! forever): after each, a plain `q` still quits, and Ctrl-C gets through
//! at once.

#![cfg(unix)]

use crate::pty::Session;
use karabakh_timeline::tui::input::{PASTE_IDLE, SEQUENCE_TIMEOUT};
use std::time::Duration;

const READY: &str = "━ Background ·";

/// Sends `bytes`, lets the input go quiet for `quiet`, then `after`; the
/// app must exit 0 with the terminal restored.
fn then_quits(bytes: &[u8], quiet: Duration, after: &str) {
    let mut s = Session::start(&["--bidi", "app"], (160, 40));
    s.wait_for(READY);
    s.send_bytes(bytes);
    std::thread::sleep(quiet);
    s.send(after);
    assert_eq!(s.wait_exit(), 0, "{bytes:?} then {after:?}");
    s.assert_restored();
}

/// Longer than the timeout, with room for a slow machine.
fn past(timeout: Duration) -> Duration {
    timeout * 2 + Duration::from_millis(100)
}

#[test]
fn an_unfinished_sgr_mouse_report_then_q() {
    then_quits(b"\x1b[<", past(SEQUENCE_TIMEOUT), "q");
}

#[test]
fn an_unfinished_sgr_mouse_report_then_ctrl_c_at_once() {
    then_quits(b"\x1b[<", Duration::ZERO, "\x03");
}

#[test]
fn a_decrpm_reply_then_q() {
    // A complete sequence crossterm does not know: dropped at its final
    // byte, so `q` works right away.
    then_quits(b"\x1b[?2026;2$y", Duration::ZERO, "q");
}

#[test]
fn an_unterminated_paste_then_q() {
    then_quits(b"\x1b[200~", past(PASTE_IDLE), "q");
}

#[test]
fn an_unterminated_paste_then_ctrl_c_at_once() {
    then_quits(b"\x1b[200~some text", Duration::ZERO, "\x03");
}

#[test]
fn arrows_and_keys_still_work_through_the_parser() {
    let mut s = Session::start(&["--bidi", "app"], (160, 40));
    s.wait_for(READY);
    // Down four times (cursor keys, normal and application mode), then
    // Enter: the war's first event, followed into its article.
    s.send("\x1b[B\x1bOB\x1b[B\x1b[1;1B");
    s.wait_for("war-begins-2020-09-27");
    s.send("\r");
    s.wait_for("article 1 of 3 · passage 2 of 2");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}
