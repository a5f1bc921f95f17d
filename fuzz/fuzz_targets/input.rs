//! The terminal input path: any bytes, cut into reads at any points, with
//! any pauses between them, through `tui::input::Parser`. Checks, besides
//! "no panic": what the parser holds stays bounded; how the bytes are cut
//! into reads does not change the events; afterwards Ctrl-C always comes
//! through, and once the input is quiet a plain `q` is a plain `q`.
//!
//! Input layout: repeated [cut length, pause in 4 ms units, bytes...].

#![no_main]

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use karabakh_timeline::tui::input::{MAX_PASTE, PASTE_IDLE, Parser, SEQUENCE_TIMEOUT};
use libfuzzer_sys::fuzz_target;
use std::time::{Duration, Instant};

fuzz_target!(|data: &[u8]| {
    let start = Instant::now();
    let mut t = start;
    let (mut timed, mut cut) = (Parser::new(), Parser::new());
    let (mut timed_out, mut cut_out, mut whole_out) = (Vec::new(), Vec::new(), Vec::new());
    let mut rest = data;
    while let [len, pause, tail @ ..] = rest {
        let (chunk, next) = tail.split_at(usize::from(*len % 64).min(tail.len()));
        timed.feed(chunk, t, &mut timed_out);
        cut.feed(chunk, start, &mut cut_out);
        assert!(timed.held() <= MAX_PASTE + 6, "holds {}", timed.held());
        t += Duration::from_millis(u64::from(*pause) * 4);
        timed.expire(t, &mut timed_out);
        rest = next;
    }
    // The same bytes in one read give the same events as in many.
    let bytes: Vec<u8> = {
        let mut v = Vec::new();
        let mut rest = data;
        while let [len, _, tail @ ..] = rest {
            let (chunk, next) = tail.split_at(usize::from(*len % 64).min(tail.len()));
            v.extend_from_slice(chunk);
            rest = next;
        }
        v
    };
    let mut one = Parser::new();
    one.feed(&bytes, start, &mut whole_out);
    assert_eq!(cut_out, whole_out);

    let ctrl_c = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
    let mut after_c = timed.clone();
    let mut out = Vec::new();
    after_c.feed(b"\x03", t, &mut out);
    assert_eq!(out.last(), Some(&ctrl_c));
    assert_eq!(after_c.deadline(), None);

    let quiet = t + PASTE_IDLE.max(SEQUENCE_TIMEOUT);
    timed.expire(quiet, &mut timed_out);
    assert_eq!(timed.deadline(), None);
    let mut out = Vec::new();
    timed.feed(b"q", quiet, &mut out);
    assert_eq!(out, vec![q]);
});
