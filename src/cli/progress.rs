//! A line on stderr for a person waiting: what the command is doing (and,
//! while the articles are read, how many of them), drawn only when stderr
//! is a terminal and only once the wait has lasted [`DELAY`] — a quick
//! command prints nothing. Data on stdout is never touched, and the line
//! is cleared before the command writes its result.

use crate::cli::Lang;
use crate::cli::render::Screen;
use crate::corpus::progress::{Progress, Stage};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long a wait lasts before it is shown.
pub const DELAY: Duration = Duration::from_millis(200);

/// The waiting line; cleared when dropped.
pub struct Waiting {
    bar: ProgressBar,
    lang: Lang,
    /// How stderr lays out a line (an Arabic one reads right there too).
    screen: Screen,
    /// Set once the command is done, so the line is never drawn after.
    done: Arc<Mutex<bool>>,
}

impl Waiting {
    /// Starts waiting for `what`; `shown` is whether stderr is a terminal
    /// (nothing is drawn otherwise).
    pub fn new(shown: bool, lang: Lang, screen: Screen, what: &str) -> Waiting {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}") {
            bar.set_style(style);
        }
        bar.set_message(screen.message(lang, what));
        let done = Arc::new(Mutex::new(false));
        if shown {
            let (bar, done) = (bar.clone(), done.clone());
            std::thread::spawn(move || {
                std::thread::sleep(DELAY);
                let finished = done.lock().map_or(true, |d| *d);
                if !finished {
                    bar.set_draw_target(ProgressDrawTarget::stderr());
                    bar.enable_steady_tick(Duration::from_millis(100));
                }
            });
        }
        Waiting {
            bar,
            lang,
            screen,
            done,
        }
    }

    /// Says what the command does now.
    pub fn say(&self, what: &str) {
        self.bar.set_message(self.screen.message(self.lang, what));
    }
}

impl Progress for Waiting {
    fn stage(&self, stage: Stage) {
        self.say(&stage.describe(self.lang));
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        // Under the lock: the delayed thread either drew before this or
        // will see `done` and never draw.
        let mut done = self.done.lock().unwrap_or_else(|p| p.into_inner());
        *done = true;
        self.bar.finish_and_clear();
    }
}
