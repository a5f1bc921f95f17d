//! The real binary in a pseudo-terminal: it draws, follows keys, and leaves
//! the terminal exactly as it found it. The screen is read back through a
//! terminal emulator (vt100), as a person would see it. [`Session`] and
//! [`Modes`] are shared with the other modules that need a real terminal
//! (`pty_exits`, `pty_input`, `cli_bidi`).

#![cfg(unix)]

use karabakh_timeline::tui::terminal::{MAX_COLS, MAX_ROWS};
use portable_pty::{CommandBuilder, ExitStatus, PtySize, native_pty_system};
use std::io::Write;
use std::os::fd::{FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A liveness bound for every wait below, not a speed test.
const PATIENCE: Duration = Duration::from_secs(20);

pub struct Session {
    size: (u16, u16),
    reader: Option<std::thread::JoinHandle<()>>,
    /// Tells the reader thread to close its end and finish.
    stop: Arc<AtomicBool>,
    output: Arc<Mutex<Vec<u8>>>,
    writer: Option<Box<dyn Write + Send>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    /// The pty's termios before the program ran: what it must leave.
    original: libc::termios,
}

impl Session {
    /// The binary with `args`, in a `cols`×`rows` pty.
    pub fn start(args: &[&str], size: (u16, u16)) -> Session {
        Session::spawn(env!("CARGO_BIN_EXE_karabakh-timeline"), args, &[], size)
    }

    /// The binary with `args` and extra environment variables.
    pub fn start_env(args: &[&str], env: &[(&str, &str)], size: (u16, u16)) -> Session {
        Session::spawn(env!("CARGO_BIN_EXE_karabakh-timeline"), args, env, size)
    }

    /// Any program (a shell that runs the binary, say).
    pub fn spawn(
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
        (cols, rows): (u16, u16),
    ) -> Session {
        no_core_dumps();
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let original = termios_of(pty.master.as_raw_fd().expect("pty fd")).expect("termios");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CACHE_HOME", crate::util::cache_home());
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
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("spawn the program");
        drop(pty.slave);
        let output = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = read_all(
            pty.master.as_raw_fd().expect("pty fd"),
            output.clone(),
            stop.clone(),
        );
        let writer = pty.master.take_writer().expect("writer");
        Session {
            size: (cols, rows),
            reader: Some(reader),
            stop,
            output,
            writer: Some(writer),
            child,
            master: Some(pty.master),
            original,
        }
    }

    pub fn bytes(&self) -> Vec<u8> {
        self.output.lock().map(|o| o.clone()).unwrap_or_default()
    }

    /// How many bytes the program has written so far: a mark for
    /// [`Session::bytes_since`].
    pub fn mark(&self) -> usize {
        self.output.lock().map(|o| o.len()).unwrap_or_default()
    }

    pub fn bytes_since(&self, mark: usize) -> Vec<u8> {
        self.bytes()
            .get(mark..)
            .map(<[u8]>::to_vec)
            .unwrap_or_default()
    }

    /// The screen as a terminal emulator shows it now (no larger than the
    /// app ever draws, so a huge window does not make a huge emulator).
    pub fn screen(&self) -> String {
        let mut parser =
            vt100::Parser::new(self.size.1.min(MAX_ROWS), self.size.0.min(MAX_COLS), 0);
        parser.process(&self.bytes());
        parser.screen().contents()
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "never saw {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the output since `mark` holds `needle`.
    pub fn wait_bytes(&self, mark: usize, needle: &str) {
        let start = Instant::now();
        while find(&self.bytes_since(mark), needle).is_none() {
            assert!(
                start.elapsed() < PATIENCE,
                "never saw {needle:?} in the output"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.send_bytes(keys.as_bytes());
    }

    pub fn send_bytes(&mut self, bytes: &[u8]) {
        let w = self.writer.as_mut().expect("the pty is open");
        w.write_all(bytes).expect("write keys");
        w.flush().expect("flush");
    }

    pub fn pid(&self) -> i32 {
        let pid = self.child.process_id().expect("the child has a pid");
        i32::try_from(pid).expect("a pid fits in pid_t")
    }

    /// Resizes the window, as dragging its corner does (the kernel sends
    /// SIGWINCH).
    pub fn resize(&mut self, (cols, rows): (u16, u16)) {
        let master = self.master.as_ref().expect("the pty is open");
        master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
        self.size = (cols, rows);
    }

    /// Sends `sig` to the program, as `kill -SIG pid` would.
    pub fn kill(&self, sig: i32) {
        kill(self.pid(), sig);
    }

    /// Closes the terminal, as closing its window does: the program gets
    /// end of input / EIO (and SIGHUP, unless it ignores it).
    pub fn close_terminal(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(r) = self.reader.take() {
            r.join().expect("the reader thread ends");
        }
        self.writer = None;
        self.master = None;
    }

    /// Waits for the program to exit and for its last output (the restore
    /// sequences) to be read to the end.
    pub fn wait_status(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                while self.reader.as_ref().is_some_and(|r| !r.is_finished()) {
                    assert!(start.elapsed() < PATIENCE, "output never ended");
                    std::thread::sleep(Duration::from_millis(20));
                }
                return status;
            }
            assert!(start.elapsed() < PATIENCE, "the program did not exit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn wait_exit(&mut self) -> u32 {
        self.wait_status().exit_code()
    }

    /// The pty's termios now.
    pub fn termios(&self) -> libc::termios {
        let fd = self.master.as_ref().and_then(|m| m.as_raw_fd());
        termios_of(fd.expect("the pty is open")).expect("termios")
    }

    /// The pty's termios before the program ran.
    pub fn original_termios(&self) -> libc::termios {
        self.original
    }

    /// The pty master's descriptor (for tcsetattr in a test).
    pub fn master_fd(&self) -> i32 {
        let fd = self.master.as_ref().and_then(|m| m.as_raw_fd());
        fd.expect("the pty is open")
    }

    /// Whether the pty is in raw mode (no line editing, no echo).
    pub fn raw(&self) -> bool {
        let t = self.termios();
        t.c_lflag & (libc::ICANON | libc::ECHO) == 0
    }

    /// Whether the pty is back in canonical (cooked) mode with echo.
    pub fn cooked(&self) -> bool {
        let t = self.termios();
        t.c_lflag & libc::ICANON != 0 && t.c_lflag & libc::ECHO != 0
    }

    /// Asserts the termios is exactly what it was before the program ran:
    /// every flag word and the control characters.
    pub fn assert_termios_restored(&self) {
        let (now, was) = (self.termios(), self.original);
        assert!(self.cooked(), "cooked mode with echo");
        assert_eq!(now.c_iflag, was.c_iflag, "input flags");
        assert_eq!(now.c_oflag, was.c_oflag, "output flags");
        assert_eq!(now.c_cflag, was.c_cflag, "control flags");
        assert_eq!(now.c_lflag, was.c_lflag, "local flags");
        assert_eq!(now.c_cc, was.c_cc, "control characters");
    }

    /// Asserts every mode the UI switched on is off again, from the raw
    /// bytes and the termios.
    pub fn assert_restored(&self) {
        let out = self.bytes();
        let modes = Modes::of(&out);
        assert_eq!(modes, Modes::OFF, "modes at the end");
        assert!(
            find(&out, "\x1b[?1049h").is_some(),
            "the UI had started (entered the alternate screen)"
        );
        if find(&out, "\x1b[8l").is_some() {
            assert!(
                rfind(&out, "\x1b[8h") > rfind(&out, "\x1b[8l"),
                "CSI 8 h sent after the last CSI 8 l"
            );
        }
        self.assert_termios_restored();
    }

    /// The process state letter in /proc (R, S, T for stopped, Z...).
    pub fn state(&self) -> char {
        proc_state(self.pid())
    }

    /// Waits until the process state is `want`.
    pub fn wait_state(&self, want: char) {
        wait_state(self.pid(), want);
    }
}

/// What the bytes leave switched on: the last set or reset of each mode
/// wins, as in the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Modes {
    pub alt_screen: bool,
    pub cursor_hidden: bool,
    pub bracketed_paste: bool,
    /// Any of the mouse reporting modes (1000, 1002, 1003, 1006, 1015).
    pub mouse: bool,
    /// Explicit bidi mode: `CSI 8 l` more recent than `CSI 8 h`.
    pub explicit: bool,
}

impl Modes {
    pub const OFF: Modes = Modes {
        alt_screen: false,
        cursor_hidden: false,
        bracketed_paste: false,
        mouse: false,
        explicit: false,
    };
    pub const UI: Modes = Modes {
        alt_screen: true,
        cursor_hidden: true,
        bracketed_paste: true,
        mouse: true,
        explicit: true,
    };

    pub fn of(out: &[u8]) -> Modes {
        let on = |set: &str, reset: &str| rfind(out, set) > rfind(out, reset);
        Modes {
            alt_screen: on("\x1b[?1049h", "\x1b[?1049l"),
            cursor_hidden: on("\x1b[?25l", "\x1b[?25h"),
            bracketed_paste: on("\x1b[?2004h", "\x1b[?2004l"),
            mouse: ["1000", "1002", "1003", "1006", "1015"]
                .iter()
                .any(|m| on(&format!("\x1b[?{m}h"), &format!("\x1b[?{m}l"))),
            explicit: on("\x1b[8l", "\x1b[8h"),
        }
    }
}

pub fn find(haystack: &[u8], needle: &str) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

/// The last position of `needle`, `None` (less than any position) if absent.
pub fn rfind(haystack: &[u8], needle: &str) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|w| w == needle.as_bytes())
}

/// A thread that reads everything the program writes into `output`, from
/// its own duplicate of the master, until the program's side closes or
/// `stop` is set (then it closes its duplicate, so the terminal can close).
#[allow(unsafe_code)] // dup, poll and read on a descriptor we own
fn read_all(
    master: i32,
    output: Arc<Mutex<Vec<u8>>>,
    stop: Arc<AtomicBool>,
) -> std::thread::JoinHandle<()> {
    // SAFETY: dup returns a new descriptor (or -1, checked) that only the
    // OwnedFd below owns.
    let fd = unsafe { libc::dup(master) };
    assert!(fd >= 0, "dup the pty master");
    // SAFETY: fd is open and owned by nothing else.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    std::thread::spawn(move || {
        use std::os::fd::AsRawFd;
        let mut buf = [0u8; 4096];
        while !stop.load(Ordering::SeqCst) {
            let mut p = libc::pollfd {
                fd: fd.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one pollfd we own, a 20 ms timeout.
            if unsafe { libc::poll(&mut p, 1, 20) } <= 0 {
                continue;
            }
            // SAFETY: reads into our own buffer, within its length.
            let n = unsafe { libc::read(fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            let Ok(n @ 1..) = usize::try_from(n) else {
                break; // EOF or EIO: the program's side is closed
            };
            if let Ok(mut o) = output.lock() {
                o.extend_from_slice(&buf[..n]);
            }
        }
    })
}

#[allow(unsafe_code)] // one tcgetattr, justified below
fn termios_of(fd: i32) -> Option<libc::termios> {
    // SAFETY: tcgetattr only writes into the zeroed struct we own.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        (libc::tcgetattr(fd, &mut t) == 0).then_some(t)
    }
}

#[allow(unsafe_code)] // one kill(2), justified below
pub fn kill(pid: i32, sig: i32) {
    // SAFETY: kill(2) has no memory effects; pid is our own child.
    let r = unsafe { libc::kill(pid, sig) };
    assert_eq!(r, 0, "kill -{sig} {pid}");
}

/// SIGQUIT and SIGABRT end with a core dump by default: not in the tests.
#[allow(unsafe_code)] // one setrlimit, justified below
fn no_core_dumps() {
    let none = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: setrlimit reads the struct we own; children inherit it.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &none);
    }
}

pub fn proc_state(pid: i32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // "pid (comm) S ...": the state follows the last ')'.
    stat.rsplit(')')
        .next()
        .and_then(|rest| rest.trim_start().chars().next())
        .unwrap_or('?')
}

pub fn wait_state(pid: i32, want: char) {
    let start = Instant::now();
    loop {
        let state = proc_state(pid);
        if state == want {
            return;
        }
        assert!(
            start.elapsed() < PATIENCE,
            "process {pid} never reached state {want} (is {state})"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
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
    s.wait_for("article 1 of 3 · passage 2 of 2");
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
    s.assert_restored();
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

/// `y` reaches the terminal as one OSC 52 sequence whose base64 payload is
/// the passage in its article's own bytes, then its citation.
#[test]
fn y_puts_the_passage_on_the_clipboard_through_osc_52() {
    use base64::Engine;
    let mut s = Session::start(&["--bidi", "app"], (160, 40));
    s.wait_for("━ Background ·");
    s.send("jjjj");
    s.wait_for("war-begins-2020-09-27");
    let mark = s.mark();
    s.send("y");
    s.wait_bytes(mark, "\x07");
    let out = s.bytes_since(mark);
    let start = find(&out, "\x1b]52;c;").expect("an OSC 52 sequence");
    let rest = &out[start + 7..];
    let end = rest.iter().position(|&b| b == 0x07).expect("BEL ends it");
    let text = base64::engine::general_purpose::STANDARD
        .decode(&rest[..end])
        .expect("base64");
    let text = String::from_utf8(text).expect("UTF-8");
    let (quote, citation) = text.split_once('\n').expect("quote, then citation");
    let t = crate::util::bundled();
    assert!(t.articles.iter().any(|a| a.text.contains(quote)), "{quote}");
    assert!(citation.starts_with("— "), "{citation}");
    s.wait_for("copied the passage");
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}
