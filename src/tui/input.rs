//! Terminal input bytes → [`crossterm::event::Event`]s, as a pure state
//! machine: bytes and the time they were read go in, events come out. No
//! I/O, no clock, no global state, so it is unit-tested and fuzzed without a
//! terminal ([`crate::tui::terminal`] feeds it from the tty).
//!
//! Why not crossterm's own reader: crossterm 0.29 waits for "the rest" of a
//! sequence it cannot finish, with no time or length limit, so after
//! `ESC [ <`, a DECRPM reply `ESC [ ? 2026 ; 2 $ y` or a paste start
//! `ESC [ 200 ~` every later key — `q` and Ctrl-C included — is swallowed
//! (crossterm issues #1104 and #1060, open). This parser follows the
//! ECMA-48 grammar instead, so a sequence ends at its final byte whether or
//! not it is known, and it bounds everything it holds:
//!
//! * a lone ESC becomes the Esc key after [`ESC_TIMEOUT`];
//! * any other sequence (CSI, SS3, OSC/DCS strings, a split UTF-8
//!   character) that is not finished [`SEQUENCE_TIMEOUT`] after it started
//!   is dropped (`ESC [` and `ESC O` alone become Alt-`[` and Alt-`O`);
//! * a sequence keeps at most [`MAX_SEQUENCE`] bytes (longer ones are
//!   skipped to their final byte, keeping nothing);
//! * a bracketed paste ends at `ESC [ 201 ~`, at [`MAX_PASTE`] bytes (the
//!   rest is skipped to the terminator), or after [`PASTE_IDLE`] without a
//!   byte;
//! * Ctrl-C (byte 0x03) always gets through: it ends whatever is pending,
//!   even a paste, and becomes a Ctrl-C key event;
//! * any other byte that cannot continue the pending sequence (a control
//!   character, a non-ASCII byte) ends it and is read afresh, so a key is
//!   never eaten by a broken sequence.
//!
//! Keys are reported the way crossterm reports them (upper-case letters
//! carry SHIFT, 0x0A is Ctrl-J in raw mode, 0x08 is Ctrl-H), so the key
//! table does not change.

mod decode;
mod paste;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

/// How long a lone ESC waits for more before it is the Esc key. Terminals
/// send a sequence in one write, so 50 ms (Neovim's `ttimeoutlen`) is long
/// enough not to split one and short enough not to be felt.
pub const ESC_TIMEOUT: Duration = Duration::from_millis(50);
/// How long any other sequence may take from its first byte to its last.
pub const SEQUENCE_TIMEOUT: Duration = Duration::from_millis(250);
/// How long a bracketed paste may go without a byte before it is taken as
/// ended. A real paste streams without pauses (the timer restarts on every
/// byte, and only counts while the input is idle).
pub const PASTE_IDLE: Duration = Duration::from_millis(500);
/// The longest escape sequence kept (real ones are under 40 bytes).
pub const MAX_SEQUENCE: usize = 256;
/// The longest paste kept: far more than a search term or a path.
pub const MAX_PASTE: usize = 64 * 1024;

const ESC: u8 = 0x1b;
const CTRL_C: u8 = 0x03;
const PASTE_END: &[u8] = b"\x1b[201~";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Ground,
    /// A UTF-8 character with `need` continuation bytes still to come
    /// (after ESC when `alt`).
    Utf8 {
        need: u8,
        alt: bool,
    },
    /// ESC read.
    Esc,
    /// `ESC [`, parameter and intermediate bytes in `seq`.
    Csi,
    /// `ESC O` (SS3), parameter bytes in `seq`.
    Ss3,
    /// `ESC [ [`: the Linux console's F1–F5.
    LinuxFn,
    /// `ESC [ M`: an X10 mouse report, three raw bytes in `seq`.
    X10,
    /// An OSC, DCS, APC, PM or SOS string: skipped to BEL or ST.
    Text,
    /// ESC inside such a string: ST if `\` follows.
    TextEsc,
    /// Inside a bracketed paste, collected in `paste`.
    Paste,
    /// A paste over [`MAX_PASTE`]: skipped to its terminator.
    PasteSkip,
}

/// The input state machine. See the module documentation for its rules.
#[derive(Debug, Clone)]
pub struct Parser {
    state: State,
    /// The bytes of the sequence or character in progress, at most
    /// [`MAX_SEQUENCE`].
    seq: Vec<u8>,
    /// The sequence in progress outgrew `seq`: it is skipped.
    overflow: bool,
    paste: Vec<u8>,
    /// The last bytes seen while skipping a paste, to find its terminator.
    tail: [u8; 6],
    /// When the pending sequence started, or (in a paste) the last byte came.
    since: Option<Instant>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    pub fn new() -> Parser {
        Parser {
            state: State::Ground,
            seq: Vec::new(),
            overflow: false,
            paste: Vec::new(),
            tail: [0; 6],
            since: None,
        }
    }

    /// Reads `bytes`, which arrived at `now`; finished events are pushed to
    /// `out`. Never drops anything because of time: only [`Parser::expire`]
    /// does, so bytes that waited in the kernel while the app was busy are
    /// read before any timeout is applied.
    pub fn feed(&mut self, bytes: &[u8], now: Instant, out: &mut Vec<Event>) {
        for &b in bytes {
            self.byte(b, now, out);
        }
        if matches!(self.state, State::Paste | State::PasteSkip) {
            self.since = Some(now);
        }
    }

    /// When the pending input is given up if nothing more arrives; `None`
    /// when nothing is pending.
    pub fn deadline(&self) -> Option<Instant> {
        let limit = match self.state {
            State::Ground => return None,
            State::Esc => ESC_TIMEOUT,
            State::Paste | State::PasteSkip => PASTE_IDLE,
            _ => SEQUENCE_TIMEOUT,
        };
        self.since.map(|t| t + limit)
    }

    /// Nothing arrived until `now`: if the deadline has passed, resolves what
    /// is pending (a lone ESC is the Esc key, a paste is delivered as it is)
    /// or drops it. Before the deadline it does nothing.
    pub fn expire(&mut self, now: Instant, out: &mut Vec<Event>) {
        if self.deadline().is_none_or(|d| now < d) {
            return;
        }
        match self.state {
            State::Esc => out.push(key(KeyCode::Esc, KeyModifiers::NONE)),
            State::Csi | State::Ss3 if self.seq.is_empty() && !self.overflow => {
                let c = if self.state == State::Csi { '[' } else { 'O' };
                out.push(char_key(c, KeyModifiers::ALT));
            }
            State::Paste => self.finish_paste(out),
            _ => {}
        }
        self.reset();
    }

    /// How many bytes the parser holds (for the fuzzer's bound check).
    pub fn held(&self) -> usize {
        self.seq.len() + self.paste.len()
    }

    fn reset(&mut self) {
        self.state = State::Ground;
        self.seq.clear();
        self.overflow = false;
        self.paste.clear();
        self.paste.shrink_to(MAX_SEQUENCE);
        self.since = None;
    }

    fn start(&mut self, state: State, now: Instant) {
        self.reset();
        self.state = state;
        self.since = Some(now);
    }

    fn push_seq(&mut self, b: u8) {
        if self.seq.len() < MAX_SEQUENCE {
            self.seq.push(b);
        } else {
            self.overflow = true;
        }
    }

    fn byte(&mut self, b: u8, now: Instant, out: &mut Vec<Event>) {
        // Ctrl-C always gets through, whatever is pending.
        if b == CTRL_C {
            if self.state == State::Esc {
                out.push(key(KeyCode::Esc, KeyModifiers::NONE));
            }
            self.reset();
            out.push(char_key('c', KeyModifiers::CONTROL));
            return;
        }
        match self.state {
            State::Ground => self.ground(b, now, false, out),
            State::Utf8 { need, alt } => self.utf8(b, need, alt, now, out),
            State::Esc => self.esc(b, now, out),
            State::Csi => self.csi(b, now, out),
            State::Ss3 => self.ss3(b, now, out),
            State::LinuxFn => {
                if (b'A'..=b'E').contains(&b) {
                    self.reset();
                    out.push(key(KeyCode::F(1 + b - b'A'), KeyModifiers::NONE));
                } else {
                    self.abandon(b, now, out);
                }
            }
            State::X10 => {
                if b < 0x20 {
                    return self.abandon(b, now, out);
                }
                self.seq.push(b);
                if let [cb, x, y] = self.seq[..] {
                    self.reset();
                    out.extend(decode::x10_mouse(cb, x, y));
                }
            }
            State::Text => match b {
                0x07 | 0x18 | 0x1a => self.reset(),
                ESC => self.state = State::TextEsc,
                _ => {}
            },
            State::TextEsc => {
                if b == b'\\' {
                    self.reset();
                } else {
                    // Not ST: the string was broken off; this ESC starts anew.
                    self.start(State::Esc, now);
                    self.esc(b, now, out);
                }
            }
            State::Paste => self.paste_byte(b, out),
            State::PasteSkip => {
                self.tail.rotate_left(1);
                self.tail[5] = b;
                if self.tail == PASTE_END {
                    self.reset();
                }
            }
        }
    }

    /// Drops the pending sequence and reads `b` afresh.
    fn abandon(&mut self, b: u8, now: Instant, out: &mut Vec<Event>) {
        self.reset();
        self.byte(b, now, out);
    }

    fn ground(&mut self, b: u8, now: Instant, alt: bool, out: &mut Vec<Event>) {
        let m = if alt {
            KeyModifiers::ALT
        } else {
            KeyModifiers::NONE
        };
        match b {
            ESC => self.start(State::Esc, now),
            b'\r' => out.push(key(KeyCode::Enter, m)),
            b'\t' => out.push(key(KeyCode::Tab, m)),
            0x7f => out.push(key(KeyCode::Backspace, m)),
            0x00 => out.push(char_key(' ', m | KeyModifiers::CONTROL)),
            0x01..=0x1a => out.push(char_key(
                char::from(b - 1 + b'a'),
                m | KeyModifiers::CONTROL,
            )),
            0x1c..=0x1f => out.push(char_key(
                char::from(b - 0x1c + b'4'),
                m | KeyModifiers::CONTROL,
            )),
            0x20..=0x7e => out.push(char_key(char::from(b), m)),
            0xc2..=0xdf => self.begin_utf8(b, 1, alt, now),
            0xe0..=0xef => self.begin_utf8(b, 2, alt, now),
            0xf0..=0xf4 => self.begin_utf8(b, 3, alt, now),
            // A stray continuation byte or one that is never UTF-8.
            _ => {}
        }
    }

    fn begin_utf8(&mut self, b: u8, need: u8, alt: bool, now: Instant) {
        self.start(State::Utf8 { need, alt }, now);
        self.seq.push(b);
    }

    fn utf8(&mut self, b: u8, need: u8, alt: bool, now: Instant, out: &mut Vec<Event>) {
        if !(0x80..=0xbf).contains(&b) {
            return self.abandon(b, now, out);
        }
        self.seq.push(b);
        if need > 1 {
            self.state = State::Utf8 {
                need: need - 1,
                alt,
            };
            return;
        }
        // from_utf8 also refuses overlong forms and surrogates.
        let c = std::str::from_utf8(&self.seq)
            .ok()
            .and_then(|s| s.chars().next());
        self.reset();
        if let Some(c) = c {
            let m = if alt {
                KeyModifiers::ALT
            } else {
                KeyModifiers::NONE
            };
            out.push(char_key(c, m));
        }
    }

    fn esc(&mut self, b: u8, now: Instant, out: &mut Vec<Event>) {
        match b {
            b'[' => self.state = State::Csi,
            b'O' => self.state = State::Ss3,
            // OSC, DCS, APC, PM, SOS: replies to queries we never send (a
            // late answer to another program's), so their text must not be
            // typed in. Alt-] Alt-P Alt-_ Alt-^ Alt-X are given up for that.
            b']' | b'P' | b'_' | b'^' | b'X' => self.state = State::Text,
            ESC => {
                out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                self.start(State::Esc, now);
            }
            0x80..=0xc1 | 0xf5..=0xff => {
                out.push(key(KeyCode::Esc, KeyModifiers::NONE));
                self.reset();
            }
            _ => {
                self.reset();
                self.ground(b, now, true, out);
            }
        }
    }

    fn csi(&mut self, b: u8, now: Instant, out: &mut Vec<Event>) {
        match b {
            b'[' if self.seq.is_empty() => self.state = State::LinuxFn,
            b'M' if self.seq.is_empty() => self.state = State::X10,
            0x20..=0x3f => self.push_seq(b),
            0x40..=0x7e => {
                let (seq, overflow) = (std::mem::take(&mut self.seq), self.overflow);
                self.reset();
                if overflow {
                    return;
                }
                if b == b'~' && seq == b"200" {
                    self.start(State::Paste, now);
                    return;
                }
                out.extend(decode::csi(&seq, b));
            }
            ESC => self.start(State::Esc, now),
            _ => self.abandon(b, now, out),
        }
    }

    fn ss3(&mut self, b: u8, now: Instant, out: &mut Vec<Event>) {
        match b {
            b'0'..=b'9' | b';' => self.push_seq(b),
            0x40..=0x7e => {
                let seq = std::mem::take(&mut self.seq);
                self.reset();
                out.extend(decode::ss3(&seq, b));
            }
            ESC => self.start(State::Esc, now),
            _ => self.abandon(b, now, out),
        }
    }
}

fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

/// A character key, with SHIFT for upper case as crossterm reports it.
fn char_key(c: char, mut mods: KeyModifiers) -> Event {
    if c.is_uppercase() {
        mods |= KeyModifiers::SHIFT;
    }
    key(KeyCode::Char(c), mods)
}
