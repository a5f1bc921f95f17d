//! The only part of the UI that touches the terminal: setting it up,
//! reading events, drawing, and putting it back exactly as it was — on
//! quit, on error, on panic and around Ctrl-Z.

use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::text::{BidiMode, ENTER_EXPLICIT, LEAVE_EXPLICIT};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::drive::{self, Io};
use crate::tui::effect::Effect;
use crate::tui::{keys, view};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

pub struct Options {
    pub lang: Lang,
    /// Already resolved: never `Auto`.
    pub bidi: BidiMode,
    pub mouse: bool,
}

/// What was switched on, so a panic hook (which cannot see our locals) can
/// switch exactly that off.
static MOUSE_ON: AtomicBool = AtomicBool::new(false);
static EXPLICIT_ON: AtomicBool = AtomicBool::new(false);
static ACTIVE: AtomicU8 = AtomicU8::new(0);

fn enter(opts: &Options) -> io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(1, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(out, EnterAlternateScreen, cursor::Hide)?;
    if opts.mouse {
        execute!(out, EnableMouseCapture)?;
        MOUSE_ON.store(true, Ordering::SeqCst);
    }
    if opts.bidi == BidiMode::App {
        // Explicit mode: the terminal must not reorder what we already did.
        out.write_all(ENTER_EXPLICIT.as_bytes())?;
        EXPLICIT_ON.store(true, Ordering::SeqCst);
    }
    out.flush()
}

/// Puts the terminal back. Safe to call more than once and from a panic.
pub fn restore() {
    if ACTIVE.swap(0, Ordering::SeqCst) == 0 {
        return;
    }
    let mut out = io::stdout();
    if EXPLICIT_ON.swap(false, Ordering::SeqCst) {
        let _ = out.write_all(LEAVE_EXPLICIT.as_bytes());
    }
    if MOUSE_ON.swap(false, Ordering::SeqCst) {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Restores the terminal when dropped, whatever way `run` is left.
struct Guard;
impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

pub fn run(timeline: Arc<Timeline>, opts: Options) -> io::Result<()> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    enter(&opts)?;
    let _guard = Guard;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(timeline, opts.lang, opts.bidi, (size.width, size.height));
    loop {
        terminal.draw(|f| view::view(&app, f))?;
        let Some(action) = to_action(&app, event::read()?) else {
            continue;
        };
        for effect in drive::step(&mut app, action, Io::Real) {
            match effect {
                Effect::Quit => return Ok(()),
                Effect::Suspend => {
                    suspend(&opts)?;
                    terminal.clear()?;
                }
                // `drive::step` carries out the file effects itself.
                Effect::Export(_) => {}
            }
        }
    }
}

/// Turns a terminal event into an action. Mouse moves and drags are
/// ignored; key releases too (only presses act).
pub fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => keys::dispatch(app, k),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown(m.column, m.row)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Paste(text) => Some(Action::Paste(text)),
        _ => None,
    }
}

#[cfg(unix)]
#[allow(unsafe_code)] // one libc call, justified below
fn suspend(opts: &Options) -> io::Result<()> {
    restore();
    // SAFETY: raising a signal on our own process has no memory effects;
    // the shell stops us here and we continue when it sends SIGCONT.
    unsafe {
        libc::raise(libc::SIGTSTP);
    }
    enter(opts)
}

#[cfg(not(unix))]
fn suspend(_opts: &Options) -> io::Result<()> {
    Ok(())
}
