//! What every command may use besides its own arguments: the global
//! options, resolved once.

use crate::cli::progress::Waiting;
use crate::cli::render::Screen;
use crate::cli::{Cli, CliError};
use crate::corpus::{self, Timeline};
use crate::lang::Lang;
use crate::text::{BidiMode, resolve_auto};
use std::path::PathBuf;

/// The global options of the command line, resolved.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// `--corpus DIR`, or `None` for the bundled corpus.
    pub corpus: Option<PathBuf>,
    /// The interface language: `--lang`, else the locale.
    pub lang: Lang,
    /// `--bidi` as given (`auto` is resolved per output by [`Ctx::bidi`]).
    pub bidi: BidiMode,
    /// Whether the UI captures the mouse (not `--no-mouse`).
    pub mouse: bool,
    /// The cache folder of loaded corpus folders, `None` with `--no-cache`
    /// (see [`crate::corpus::cache`]).
    pub cache: Option<PathBuf>,
    /// Where a waiting line goes: stderr laid out as a terminal shows it,
    /// or `None` when stderr is not a terminal (no waiting line then).
    pub progress: Option<Screen>,
}

impl Ctx {
    pub fn new(cli: &Cli) -> Self {
        Ctx {
            corpus: cli.corpus.clone(),
            lang: cli
                .lang
                .unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok())),
            bidi: cli.bidi,
            mouse: !cli.no_mouse,
            cache: if cli.no_cache {
                None
            } else {
                corpus::cache::default_dir(|k| std::env::var(k).ok())
            },
            progress: None,
        }
    }

    /// Loads the chosen corpus; a corpus that does not load is a data
    /// error listing every problem.
    pub fn timeline(&self) -> Result<Timeline, CliError> {
        let waiting = self.waiting("loading the corpus");
        let result = match &self.corpus {
            // A folder with no annotations.json but plain articles is
            // drafted as it is loaded (crate::intake::folder).
            Some(d) => crate::intake::load_folder_cached(d, self.cache.as_deref(), &waiting),
            None => corpus::bundled::timeline(),
        };
        Ok(result?)
    }

    /// A waiting line on stderr, shown if the wait lasts (see
    /// [`Waiting`]); cleared when dropped.
    pub fn waiting(&self, what: &str) -> Waiting {
        Waiting::new(
            self.progress.is_some(),
            self.lang,
            self.progress.unwrap_or(Screen::Logical),
            what,
        )
    }

    /// The bidi mode for an output, `auto` resolved from the environment
    /// and whether that output is a terminal.
    pub fn bidi(&self, is_tty: bool) -> BidiMode {
        match self.bidi {
            BidiMode::Auto => resolve_auto(&|k| std::env::var(k).ok(), is_tty),
            m => m,
        }
    }
}
