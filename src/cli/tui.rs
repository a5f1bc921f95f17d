//! No subcommand: the interactive UI, which needs a terminal.

use crate::cli::{CliError, Ctx, Output};
use crate::tui::terminal;
use std::io::IsTerminal;
use std::sync::Arc;

pub fn run(ctx: &Ctx, _out: &mut Output) -> Result<(), CliError> {
    let is_tty = std::io::stdout().is_terminal();
    if !is_tty {
        return Err(CliError::usage(
            "stdout is not a terminal: use `karabakh-timeline list` to print the timeline",
        ));
    }
    // Loaded before the terminal is touched, so a corpus that does not
    // load leaves it as it was; a load that lasts shows how far it has got
    // on stderr (`Ctx::timeline`), cleared before the UI starts.
    let t = Arc::new(ctx.timeline()?);
    // Fold what search looks in while the user reads the first screen, so
    // the first search does not wait for it (a search that comes sooner
    // waits for this thread to finish).
    let warm = t.clone();
    std::thread::spawn(move || warm.prepare_search());
    let opts = terminal::Options {
        lang: ctx.lang,
        bidi: ctx.bidi(is_tty),
        mouse: ctx.mouse,
        corpus: ctx.corpus.clone(),
    };
    terminal::run(t, opts).map_err(|e| CliError::data(format!("terminal error: {e}")))
}
