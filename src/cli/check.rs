//! `check`: validate a corpus and report every problem.

use crate::cli::{CliError, Ctx, Output};

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &Ctx, _args: &Args, out: &mut Output) -> Result<(), CliError> {
    let t = ctx.timeline()?;
    let quotes: usize = t.events.iter().map(|e| e.sources.len()).sum::<usize>()
        + t.claims.iter().map(|c| c.sources.len()).sum::<usize>();
    out.data(&format!(
        "corpus is valid: {} articles, {} entities, {} eras, {} events, {} claims, {} quotes resolved\n",
        t.articles.len(),
        t.entities.len(),
        t.eras.len(),
        t.events.len(),
        t.claims.len(),
        quotes
    ));
    Ok(())
}
