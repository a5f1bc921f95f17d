//! The only part of the UI that touches the terminal: setting it up,
//! reading events, drawing, and putting it back exactly as it was — on
//! quit, on error, on panic, on every catchable signal, around Ctrl-Z and
//! SIGTSTP/SIGCONT, and when the terminal goes away.
//!
//! * [`modes`]: the modes switched on and off, off in an
//!   async-signal-safe way;
//! * [`signals`]: which signals are handled where, and why;
//! * [`source`]: the tty and the signals, polled together, the bytes parsed
//!   by [`crate::tui::input`] (not crossterm's reader, which can lock up);
//! * [`capped`]: the bound on the screen size.

mod capped;
#[cfg(debug_assertions)]
mod fault;
mod modes;
mod signals;
mod source;

pub use capped::{MAX_COLS, MAX_ROWS};

use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::text::BidiMode;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::drive::{self, Io};
use crate::tui::effect::Effect;
use crate::tui::{clipboard, keys, view};
use capped::Capped;
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use source::{Ending, Input, Source};
use std::io::{self, Write};
use std::mem::ManuallyDrop;
use std::sync::{Arc, Once};

pub struct Options {
    pub lang: Lang,
    /// Already resolved: never `Auto`.
    pub bidi: BidiMode,
    pub mouse: bool,
    /// The corpus folder, where decisions on drafts are written (`None`:
    /// the bundled corpus, which has no drafts).
    pub corpus: Option<std::path::PathBuf>,
}

impl Options {
    /// Explicit bidi mode (`CSI 8 l`) is on while the app lays text out
    /// itself.
    fn explicit(&self) -> bool {
        self.bidi == BidiMode::App
    }
}

/// Puts the terminal back. Safe to call more than once and from a panic.
fn restore() {
    modes::leave();
}

/// Restores the terminal when dropped, whatever way the loop is left.
struct Guard;
impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Runs the UI until the user quits, the terminal goes away or a signal
/// ends it. After an ending signal the terminal is restored and the
/// process dies of that signal here, as it would have without the UI.
pub fn run(timeline: Arc<Timeline>, opts: Options) -> io::Result<()> {
    let ending = match run_ui(timeline, &opts) {
        Ok(ending) => ending,
        // The terminal went away in the middle of a frame.
        Err(e) if e.raw_os_error() == Some(libc::EIO) => Some(Ending::Closed),
        Err(e) => return Err(e),
    };
    match ending {
        None => Ok(()),
        Some(Ending::Signal(sig)) => signals::die(sig),
        // A hangup: end as its SIGHUP does (whether or not it has been
        // delivered yet), or quietly if SIGHUP is ignored (`nohup`).
        Some(Ending::Closed) => match signals::hangup() {
            Some(sig) => signals::die(sig),
            None => Ok(()),
        },
    }
}

/// The loop; the terminal is restored when it returns, however it returns.
/// Returns what ended it, `None` for the user quitting.
fn run_ui(timeline: Arc<Timeline>, opts: &Options) -> io::Result<Option<Ending>> {
    let mut source = Source::open(opts.mouse, opts.explicit())?;
    static PANIC_HOOK: Once = Once::new();
    PANIC_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
    modes::enter(opts.mouse, opts.explicit())?;
    let _guard = Guard;
    // Never dropped: ratatui's Drop only shows the cursor, which the Guard
    // does too, and reports a failure with `eprintln!`, which panics when
    // stderr is the terminal that just went away (EIO).
    let mut terminal =
        ManuallyDrop::new(Terminal::new(Capped(CrosstermBackend::new(io::stdout())))?);
    let size = terminal.size()?;
    let mut app = App::new(timeline, opts.lang, opts.bidi, (size.width, size.height));
    app.corpus_dir = opts.corpus.clone();
    loop {
        terminal.draw(|f| view::view(&app, f))?;
        let ev = match source.next()? {
            Input::Event(ev) => ev,
            Input::Redraw => {
                terminal.clear()?;
                continue;
            }
            Input::End(ending) => return Ok(Some(ending)),
        };
        let Some(action) = to_action(&app, ev) else {
            continue;
        };
        for effect in drive::step(&mut app, action, Io::Real) {
            match effect {
                Effect::Quit => return Ok(None),
                Effect::Suspend => {
                    suspend(opts)?;
                    terminal.clear()?;
                }
                Effect::Copy(text) => {
                    let mut out = io::stdout();
                    out.write_all(clipboard::osc52(&text).as_bytes())?;
                    out.flush()?;
                }
                // `drive::step` carries out the file effects itself.
                Effect::Export(_) | Effect::Decide { .. } | Effect::Undo(_) => {}
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

/// Ctrl-Z: restores the terminal, stops as SIGTSTP would, and re-enters
/// when continued (the caller redraws everything).
pub fn suspend(opts: &Options) -> io::Result<()> {
    source::suspend(opts.mouse, opts.explicit())
}
