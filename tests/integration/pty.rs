//! The real binary in a pseudo-terminal: it draws, follows keys, and leaves
//! the terminal exactly as it found it. The screen is read back through a
//! terminal emulator (vt100), as a person would see it.

#![cfg(unix)]

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The binary running in a pseudo-terminal (shared with other modules
/// that need a real terminal, e.g. `cli_bidi`).
pub(crate) struct Session {
    size: (u16, u16),
    reader: Option<std::thread::JoinHandle<()>>,
    output: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    pub(crate) fn start(args: &[&str], (cols, rows): (u16, u16)) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_karabakh-timeline"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("LANG");
        cmd.env_remove("LC_ALL");
        // What `--bidi auto` reads: the tests say which terminal they are.
        for var in [
            "KARABAKH_BIDI",
            "TMUX",
            "TERM_PROGRAM",
            "KONSOLE_VERSION",
            "MLTERM",
        ] {
            cmd.env_remove(var);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn the binary");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = output.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut o) = sink.lock() {
                    o.extend_from_slice(&buf[..n]);
                }
            }
        });
        let writer = pty.master.take_writer().expect("writer");
        Session {
            size: (cols, rows),
            reader: Some(reader),
            output,
            writer,
            child,
            master: pty.master,
        }
    }

    pub(crate) fn bytes(&self) -> Vec<u8> {
        self.output.lock().map(|o| o.clone()).unwrap_or_default()
    }

    /// The screen as a terminal emulator shows it now.
    pub(crate) fn screen(&self) -> String {
        let mut parser = vt100::Parser::new(self.size.1, self.size.0, 0);
        parser.process(&self.bytes());
        parser.screen().contents()
    }

    /// Waits (up to 20 s: a liveness bound, not a speed test) until the
    /// screen shows `text`.
    pub(crate) fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "never saw {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub(crate) fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush");
    }

    /// Waits for the program to exit and for its last output (the restore
    /// sequences) to be read to the end.
    pub(crate) fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                while self.reader.as_ref().is_some_and(|r| !r.is_finished()) {
                    assert!(
                        start.elapsed() < Duration::from_secs(20),
                        "output never ended"
                    );
                    std::thread::sleep(Duration::from_millis(20));
                }
                return status.exit_code();
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the program did not exit"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Whether the pty is back in canonical (cooked) mode with echo.
    #[allow(unsafe_code)] // one tcgetattr, justified below
    pub(crate) fn cooked(&self) -> bool {
        let Some(fd) = self.master.as_raw_fd() else {
            return false;
        };
        // SAFETY: tcgetattr only writes into the zeroed struct we own.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            libc::tcgetattr(fd, &mut t) == 0
                && t.c_lflag & libc::ICANON != 0
                && t.c_lflag & libc::ECHO != 0
        }
    }
}

pub(crate) fn find(haystack: &[u8], needle: &str) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

#[test]
fn browse_follow_a_source_search_and_quit_restores_the_terminal() {
    let mut s = Session::start(&["--bidi", "app"], (160, 40));
    let screen = s.wait_for("Timeline · 40 events");
    assert!(screen.contains("nk-breakaway-1991"), "{screen}");
    assert!(!s.cooked(), "the app runs in raw mode");

    // Move down to the war's first event, and follow it into the article.
    s.send("jjjj");
    s.wait_for("war-begins-2020-09-27");
    s.send("\r");
    s.wait_for("article 1 of 3 · passage 1 of 2");
    s.send("]");
    let screen = s.wait_for("article 2 of 3 · passage 1 of");
    // The article is laid out right to left with joined letters
    // (presentation forms), never raw logical order.
    assert!(
        screen
            .chars()
            .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "{screen}"
    );

    // Search in Arabic, without the hamza the text has. The status line shows
    // the term shaped and in visual order, and the hit count after it (not
    // pulled into the Arabic run).
    s.send("/اردوغان\r");
    s.wait_for("search «\u{FEE5}\u{FE8E}\u{FECF}\u{FEED}\u{FEA9}\u{FEAD}\u{FE8D}» 1/4");

    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    let out = s.bytes();
    let enter_alt = find(&out, "\x1b[?1049h").expect("entered the alternate screen");
    let leave_alt = find(&out, "\x1b[?1049l").expect("left the alternate screen");
    assert!(enter_alt < leave_alt);
    let explicit = find(&out, "\x1b[8l").expect("explicit bidi mode at start");
    let implicit = find(&out, "\x1b[8h").expect("implicit bidi mode restored");
    assert!(explicit < implicit);
    assert!(
        find(&out, "\x1b[?1000l").is_some(),
        "mouse capture switched off"
    );
    assert!(find(&out, "\x1b[?25h").is_some(), "cursor shown again");
    assert!(s.cooked(), "raw mode switched off");
}

#[test]
fn no_mouse_and_terminal_mode_leave_those_modes_alone() {
    let mut s = Session::start(&["--no-mouse", "--bidi", "terminal"], (160, 40));
    s.wait_for("Timeline · 40 events");
    s.send("\x03"); // Ctrl-C quits too
    assert_eq!(s.wait_exit(), 0);
    let out = s.bytes();
    assert!(
        find(&out, "\x1b[?1000h").is_none(),
        "no mouse capture with --no-mouse"
    );
    assert!(
        find(&out, "\x1b[8l").is_none(),
        "terminal mode leaves bidi to the terminal"
    );
    assert!(s.cooked());
}

#[test]
fn a_tiny_terminal_gets_a_message_not_a_panic() {
    let mut s = Session::start(&[], (30, 8));
    s.wait_for("too small");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    assert!(s.cooked());
}
