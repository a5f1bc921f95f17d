//! The command line: global options, one module per subcommand, one error
//! type, and exit codes chosen in one place ([`error::exit_code`]).
//!
//! Each subcommand is a file here that owns its `Args` (a
//! `#[derive(clap::Args)]` struct) and a
//! `pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError>`.
//! Adding one is that file, its `mod` line, and one line in the
//! [`commands!`] list below (its doc comment is the command's help).
//!
//! Exit codes: 0 success, 1 data or I/O error, 2 usage error. Errors go to
//! stderr, one line each; stdout carries only data, so it can be piped.

mod add;
mod bidi;
mod check;
mod claims;
mod context;
mod error;
mod export;
mod extract;
mod filters;
mod list;
mod output;
mod progress;
mod quote;
pub mod render;
mod screenshot;
mod signals;
mod tui;

pub use crate::lang::Lang;
pub use context::Ctx;
pub use error::{CliError, EXIT_DATA, EXIT_OK, EXIT_USAGE, ErrorKind, exit_code};
pub use filters::FilterArgs;
pub use output::Output;

use crate::corpus::problem::escape_controls;
use crate::text::BidiMode;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "karabakh-timeline",
    version,
    about = "Explore how the 2020 Nagorno-Karabakh war and the 2021 clashes were reported in Arabic news",
    long_about = "Explore how the 2020 Nagorno-Karabakh war and the November 2021 clashes were \
reported in Arabic news: one chronological timeline whose every event and casualty figure is tied \
to the exact passage that reports it.\n\nWith no subcommand, opens the terminal UI on the bundled \
corpus (or --corpus DIR)."
)]
pub struct Cli {
    /// Load the corpus from DIR (annotations.json and the article files) instead of the bundled one
    #[arg(long, global = true, value_name = "DIR")]
    pub corpus: Option<PathBuf>,

    /// Interface language [default: from LC_ALL/LC_MESSAGES/LANG]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// Who lays out right-to-left text. app: this program shapes and reorders Arabic and puts the
    /// terminal in explicit mode (right for xterm, Alacritty, kitty with force_ltr, Windows
    /// Terminal, GNOME Terminal/VTE, WezTerm, mintty). terminal: logical order for terminals that
    /// always reorder (Konsole, mlterm, macOS Terminal). off: raw logical order (debugging).
    /// auto: app, unless the environment names a reordering terminal; off when not on a terminal.
    /// The text of list, claims and quote follows it on a terminal; a pipe always gets logical
    /// order. See docs/bidi.md and docs/cli.md
    #[arg(long, global = true, value_enum, env = "KARABAKH_BIDI", default_value_t = BidiMode::Auto)]
    pub bidi: BidiMode,

    /// Do not capture the mouse (lets the terminal select text)
    #[arg(long, global = true)]
    pub no_mouse: bool,

    /// Load and validate the corpus folder in full, neither reading nor writing its cached copy
    /// (kept in $XDG_CACHE_HOME/karabakh-timeline, else ~/.cache/karabakh-timeline, and used only
    /// while every file of the corpus is unchanged). See docs/performance.md
    #[arg(long, global = true, env = "KARABAKH_NO_CACHE",
          value_parser = clap::builder::FalseyValueParser::new())]
    pub no_cache: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Declares the subcommands: each line `Variant(module)` makes a variant
/// holding `module::Args` (boxed, so the enum stays small) and the arm
/// that calls `module::run`. Doc comments are each command's help.
macro_rules! commands {
    ($($(#[$meta:meta])* $variant:ident($module:ident),)*) => {
        #[derive(Debug, Subcommand)]
        pub enum Command {
            $($(#[$meta])* $variant(Box<$module::Args>),)*
        }

        impl Command {
            fn run(&self, ctx: &Ctx, out: &mut Output) -> Result<(), CliError> {
                match self {
                    $(Command::$variant(args) => $module::run(ctx, args, out),)*
                }
            }
        }
    };
}

commands! {
    /// Print the timeline (or the filtered part of it) on stdout
    List(list),
    /// Write the timeline (or the filtered part of it) to a file, atomically
    Export(export),
    /// Validate the corpus and print every problem; exit 0 if it is valid, 1 if not
    Check(check),
    /// The right-to-left text engine as a filter: logical lines in, visual lines out (like fribidi)
    Bidi(bidi),
    /// Render the UI headlessly after replaying keys, to .txt (cells) or .svg (cells and colours)
    Screenshot(screenshot),
    /// Compare the casualty and loss figures: grouped, with bars and conflicts
    Claims(claims),
    /// Draft the events and casualty figures of one Arabic article, each tied to its exact words
    Extract(extract),
    /// Add Arabic articles to a corpus folder: copy, draft, merge with the corpus, write atomically
    Add(add),
    /// Print a passage of an event exactly as its article has it, with its citation (outlet, date, file, paragraph)
    Quote(quote),
}

/// Runs the program and prints any error; returns the process exit code.
pub fn run(cli: Cli, out: &mut Output) -> i32 {
    let mut ctx = Ctx::new(&cli);
    ctx.progress = out
        .err_is_terminal()
        .then(|| render::Screen::stderr(&ctx, out));
    let result = match &cli.command {
        // Data cut short by a failed write (a full disk) is an error; the
        // TUI owns the terminal and ends quietly when it goes away, with
        // the rest of a frame left unwritten in stdout's buffer.
        Some(command) => command.run(&ctx, out).and_then(|()| {
            out.finish()
                .map_err(|e| CliError::data(format!("cannot write the output: {e}")))
        }),
        None => tui::run(&ctx, out),
    };
    if let Err(e) = &result {
        // Laid out like the text output when stderr is a terminal, so an
        // Arabic message reads right there too.
        let screen = render::Screen::stderr(&ctx, out);
        for line in e.lines() {
            let line = format!("{}{}", output::PREFIX, escape_controls(&line));
            out.error_line(&screen.message(ctx.lang, &line));
        }
    }
    exit_code(&result)
}
