//! The input parser without a terminal: bytes and times in, crossterm
//! events out. Keys as crossterm reports them, the lock-up sequences
//! resolved, Ctrl-C always through, and (proptest) any bytes at all leave
//! it bounded and ready for the next key.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers as M, MouseButton, MouseEvent, MouseEventKind,
};
use karabakh_timeline::tui::input::{
    ESC_TIMEOUT, MAX_PASTE, MAX_SEQUENCE, PASTE_IDLE, Parser, SEQUENCE_TIMEOUT,
};
use proptest::prelude::*;
use std::time::{Duration, Instant};

fn key(code: KeyCode, m: M) -> Event {
    Event::Key(KeyEvent::new(code, m))
}

fn ch(c: char) -> Event {
    key(KeyCode::Char(c), M::NONE)
}

fn ctrl_c() -> Event {
    key(KeyCode::Char('c'), M::CONTROL)
}

/// Everything `bytes` gives, fed at once with the input quiet afterwards
/// (every pending timeout has passed).
fn parse(bytes: &[u8]) -> Vec<Event> {
    let t = Instant::now();
    let mut p = Parser::new();
    let mut out = Vec::new();
    p.feed(bytes, t, &mut out);
    p.expire(t + Duration::from_secs(3600), &mut out);
    out
}

/// What `bytes` gives with no time passing: nothing resolved by a timeout.
fn parse_now(bytes: &[u8]) -> Vec<Event> {
    let mut out = Vec::new();
    Parser::new().feed(bytes, Instant::now(), &mut out);
    out
}

#[test]
fn keys_are_reported_as_crossterm_reports_them() {
    let table: &[(&[u8], Event)] = &[
        (b"q", ch('q')),
        (b"G", key(KeyCode::Char('G'), M::SHIFT)),
        (b"\r", key(KeyCode::Enter, M::NONE)),
        (b"\t", key(KeyCode::Tab, M::NONE)),
        (b"\x7f", key(KeyCode::Backspace, M::NONE)),
        (b"\x1a", key(KeyCode::Char('z'), M::CONTROL)),
        (b"\x0a", key(KeyCode::Char('j'), M::CONTROL)),
        (b"\x00", key(KeyCode::Char(' '), M::CONTROL)),
        (b"\x1b[A", key(KeyCode::Up, M::NONE)),
        (b"\x1b[B", key(KeyCode::Down, M::NONE)),
        (b"\x1bOC", key(KeyCode::Right, M::NONE)),
        (b"\x1b[1;3D", key(KeyCode::Left, M::ALT)),
        (b"\x1b[1;5A", key(KeyCode::Up, M::CONTROL)),
        (b"\x1b[H", key(KeyCode::Home, M::NONE)),
        (b"\x1b[F", key(KeyCode::End, M::NONE)),
        (b"\x1b[1~", key(KeyCode::Home, M::NONE)),
        (b"\x1b[4~", key(KeyCode::End, M::NONE)),
        (b"\x1bOH", key(KeyCode::Home, M::NONE)),
        (b"\x1b[5~", key(KeyCode::PageUp, M::NONE)),
        (b"\x1b[6~", key(KeyCode::PageDown, M::NONE)),
        (b"\x1b[3~", key(KeyCode::Delete, M::NONE)),
        (b"\x1b[3;2~", key(KeyCode::Delete, M::SHIFT)),
        (b"\x1b[2~", key(KeyCode::Insert, M::NONE)),
        (b"\x1bOP", key(KeyCode::F(1), M::NONE)),
        (b"\x1bOS", key(KeyCode::F(4), M::NONE)),
        (b"\x1b[1;2P", key(KeyCode::F(1), M::SHIFT)),
        (b"\x1b[15~", key(KeyCode::F(5), M::NONE)),
        (b"\x1b[24~", key(KeyCode::F(12), M::NONE)),
        (b"\x1b[[A", key(KeyCode::F(1), M::NONE)),
        (b"\x1b[Z", key(KeyCode::BackTab, M::SHIFT)),
        (b"\x1bx", key(KeyCode::Char('x'), M::ALT)),
        (b"\x1bB", key(KeyCode::Char('B'), M::ALT | M::SHIFT)),
        (b"\x1b\r", key(KeyCode::Enter, M::ALT)),
        (b"\x1b[97;5u", key(KeyCode::Char('a'), M::CONTROL)),
        (b"\x1b[I", Event::FocusGained),
        ("ع".as_bytes(), ch('ع')),
        ("\x1bب".as_bytes(), key(KeyCode::Char('ب'), M::ALT)),
    ];
    for (bytes, want) in table {
        assert_eq!(parse(bytes), vec![want.clone()], "{bytes:?}");
    }
}

#[test]
fn arabic_text_comes_through_letter_by_letter_even_split_mid_character() {
    let word = "أردوغان";
    let want: Vec<Event> = word.chars().map(ch).collect();
    assert_eq!(parse(word.as_bytes()), want);
    // One byte per read, as a slow link delivers it.
    let t = Instant::now();
    let mut p = Parser::new();
    let mut out = Vec::new();
    for b in word.as_bytes() {
        p.feed(&[*b], t, &mut out);
    }
    assert_eq!(out, want);
}

fn mouse(kind: MouseEventKind, column: u16, row: u16, modifiers: M) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers,
    })
}

#[test]
fn mouse_reports_in_sgr_x10_and_rxvt_encodings() {
    use MouseEventKind::*;
    let left = MouseButton::Left;
    let table: &[(&[u8], Event)] = &[
        (b"\x1b[<0;10;5M", mouse(Down(left), 9, 4, M::NONE)),
        (b"\x1b[<0;10;5m", mouse(Up(left), 9, 4, M::NONE)),
        (b"\x1b[<64;1;1M", mouse(ScrollUp, 0, 0, M::NONE)),
        (b"\x1b[<65;3;2M", mouse(ScrollDown, 2, 1, M::NONE)),
        (b"\x1b[<32;7;7M", mouse(Drag(left), 6, 6, M::NONE)),
        (b"\x1b[<16;2;2M", mouse(Down(left), 1, 1, M::CONTROL)),
        (b"\x1b[M !!", mouse(Down(left), 0, 0, M::NONE)),
        (b"\x1b[32;10;5M", mouse(Down(left), 9, 4, M::NONE)),
    ];
    for (bytes, want) in table {
        assert_eq!(parse(bytes), vec![want.clone()], "{bytes:?}");
    }
}

#[test]
fn a_bracketed_paste_is_one_event_even_across_reads() {
    let text = "ناغورنو كاراباخ\r\nline two";
    let bytes = [b"\x1b[200~", text.as_bytes(), b"\x1b[201~q"].concat();
    assert_eq!(parse(&bytes), vec![Event::Paste(text.into()), ch('q')]);
    let t = Instant::now();
    let mut p = Parser::new();
    let mut out = Vec::new();
    for chunk in bytes.chunks(5) {
        p.feed(chunk, t, &mut out);
    }
    assert_eq!(out, vec![Event::Paste(text.into()), ch('q')]);
}

#[test]
fn a_lone_esc_is_the_esc_key_once_the_input_is_quiet() {
    let t = Instant::now();
    let mut p = Parser::new();
    let mut out = Vec::new();
    p.feed(b"\x1b", t, &mut out);
    assert!(out.is_empty());
    assert_eq!(p.deadline(), Some(t + ESC_TIMEOUT));
    p.expire(t + ESC_TIMEOUT / 2, &mut out);
    assert!(out.is_empty(), "not before the deadline");
    p.expire(t + ESC_TIMEOUT, &mut out);
    assert_eq!(out, vec![key(KeyCode::Esc, M::NONE)]);
    assert_eq!(p.deadline(), None);
    // Two Esc presses are two Esc keys.
    assert_eq!(parse(b"\x1b\x1b"), vec![key(KeyCode::Esc, M::NONE); 2]);
}

#[test]
fn esc_bracket_alone_is_alt_bracket() {
    assert_eq!(parse(b"\x1b["), vec![key(KeyCode::Char('['), M::ALT)]);
}

/// The three sequences that locked the UI (issue 13, finding 4), each
/// followed by `q`, with the input going quiet in between.
#[test]
fn each_lock_up_sequence_is_followed_by_a_working_q() {
    for (bytes, quiet, before_q) in [
        (&b"\x1b[<"[..], SEQUENCE_TIMEOUT, vec![]),
        (b"\x1b[?2026;2$y", Duration::ZERO, vec![]),
        (b"\x1b[200~", PASTE_IDLE, vec![Event::Paste(String::new())]),
        (
            b"\x1b[200~half a paste",
            PASTE_IDLE,
            vec![Event::Paste("half a paste".into())],
        ),
    ] {
        let t = Instant::now();
        let mut p = Parser::new();
        let mut out = Vec::new();
        p.feed(bytes, t, &mut out);
        p.expire(t + quiet, &mut out);
        assert_eq!(out, before_q, "{bytes:?}");
        out.clear();
        p.feed(b"q", t + quiet, &mut out);
        assert_eq!(out, vec![ch('q')], "{bytes:?}");
    }
}

#[test]
fn ctrl_c_gets_through_whatever_is_pending() {
    for pending in [
        &b"\x1b"[..],
        b"\x1b[",
        b"\x1b[<0;12",
        b"\x1b[?2026;2",
        b"\x1b[M",
        b"\x1b[M !",
        b"\x1bO",
        b"\x1b]11;rgb:00",
        b"\x1bP+q",
        b"\x1b[200~pasted",
        "\u{62a}".as_bytes().split_at(1).0,
    ] {
        let events = parse_now(&[pending, b"\x03"].concat());
        assert_eq!(events.last(), Some(&ctrl_c()), "{pending:?}");
    }
}

#[test]
fn replies_and_unknown_sequences_are_dropped_whole() {
    for reply in [
        &b"\x1b[?2026;2$y"[..],
        b"\x1b[24;80R",
        b"\x1b[?62;22c",
        b"\x1b[>0;276;0c",
        b"\x1b]11;rgb:0000/0000/0000\x1b\\",
        b"\x1b]10;rgb:ffff/ffff/ffff\x07",
        b"\x1bP1$r0m\x1b\\",
        b"\x1b[201~",
        b"\x1b[99~",
        b"\xff\xfe\x80",
    ] {
        assert_eq!(parse(&[reply, b"q"].concat()), vec![ch('q')], "{reply:?}");
    }
}

#[test]
fn a_control_byte_breaks_off_a_sequence_and_still_counts() {
    assert_eq!(
        parse(b"\x1b[1;\r"),
        vec![key(KeyCode::Enter, M::NONE)],
        "Enter inside a CSI"
    );
    assert_eq!(parse(b"\x1b[<0;1\x1b[A"), vec![key(KeyCode::Up, M::NONE)]);
}

#[test]
fn an_endless_sequence_is_held_to_the_bound_and_skipped() {
    let t = Instant::now();
    let mut p = Parser::new();
    let mut out = Vec::new();
    let digits = vec![b'1'; 100_000];
    p.feed(b"\x1b[", t, &mut out);
    p.feed(&digits, t, &mut out);
    assert!(p.held() <= MAX_SEQUENCE, "holds {}", p.held());
    p.feed(b"Aq", t, &mut out);
    assert_eq!(out, vec![ch('q')]);
}

#[test]
fn a_paste_ends_at_the_size_limit_and_its_rest_is_skipped() {
    let body = "ب".repeat(MAX_PASTE); // two bytes each: twice the limit
    let bytes = [b"\x1b[200~", body.as_bytes(), b"\x1b[201~q"].concat();
    let out = parse(&bytes);
    let [Event::Paste(kept), q] = &out[..] else {
        panic!("{} events", out.len());
    };
    assert_eq!(kept.len(), MAX_PASTE, "cut at a character boundary");
    assert!(kept.chars().all(|c| c == 'ب'));
    assert_eq!(q, &ch('q'), "nothing of the rest was typed");
}

/// Bytes that exercise the parser: mostly the bytes its states turn on.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let interesting = prop_oneof![
        Just(0x1bu8),
        Just(b'['),
        Just(b'<'),
        Just(b'O'),
        Just(b']'),
        Just(b'P'),
        Just(b'M'),
        Just(b';'),
        Just(b'~'),
        Just(b'\\'),
        Just(0x07),
        b'0'..=b'9',
        any::<u8>(),
    ];
    proptest::collection::vec(interesting, 0..400)
}

/// `bytes` cut into reads at `cuts`, each read `gap_ms[i]` after the last,
/// with the timeouts applied while the input is quiet.
fn run(bytes: &[u8], cuts: &[usize], gaps_ms: &[u64]) -> (Parser, Vec<Event>, Instant) {
    let mut t = Instant::now();
    let mut p = Parser::new();
    let mut out = Vec::new();
    let mut rest = bytes;
    for (i, &cut) in cuts.iter().enumerate() {
        let (now, later) = rest.split_at(cut.min(rest.len()));
        p.feed(now, t, &mut out);
        assert!(p.held() <= MAX_PASTE + 6, "holds {}", p.held());
        t += Duration::from_millis(gaps_ms.get(i).copied().unwrap_or(0));
        p.expire(t, &mut out);
        rest = later;
    }
    p.feed(rest, t, &mut out);
    (p, out, t)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_bytes_then_ctrl_c_gives_ctrl_c(
        bytes in hostile_bytes(),
        cuts in proptest::collection::vec(0usize..64, 0..8),
        gaps in proptest::collection::vec(0u64..800, 0..8),
    ) {
        let (mut p, mut out, t) = run(&bytes, &cuts, &gaps);
        p.feed(b"\x03", t, &mut out);
        prop_assert_eq!(out.last(), Some(&ctrl_c()));
        prop_assert_eq!(p.deadline(), None);
    }

    #[test]
    fn any_bytes_then_quiet_then_q_gives_q(
        bytes in hostile_bytes(),
        cuts in proptest::collection::vec(0usize..64, 0..8),
        gaps in proptest::collection::vec(0u64..800, 0..8),
    ) {
        let (mut p, mut out, t) = run(&bytes, &cuts, &gaps);
        let quiet = t + PASTE_IDLE.max(SEQUENCE_TIMEOUT);
        p.expire(quiet, &mut out);
        prop_assert_eq!(p.deadline(), None);
        out.clear();
        p.feed(b"q", quiet, &mut out);
        prop_assert_eq!(out, vec![ch('q')]);
    }

    #[test]
    fn how_the_bytes_are_split_into_reads_does_not_matter(
        bytes in hostile_bytes(),
        cuts in proptest::collection::vec(0usize..64, 0..8),
    ) {
        let (_, whole, _) = run(&bytes, &[], &[]);
        let (_, split, _) = run(&bytes, &cuts, &[]);
        prop_assert_eq!(whole, split);
    }
}
