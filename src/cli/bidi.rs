//! `bidi`: the right-to-left text engine as a filter, logical lines in,
//! visual lines out (like fribidi).

use crate::cli::{CliError, Ctx, Output};
use crate::text::bidi_filter;
use std::io::Read;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Line width in cells; right-to-left paragraphs are right-aligned and padded to it
    #[arg(long, default_value_t = 80)]
    pub width: usize,
    /// The file to read (stdin when absent)
    pub file: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let mut bytes = Vec::new();
    let read = match &args.file {
        Some(path) => std::fs::read(path).map(|b| bytes = b),
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    let name = args
        .file
        .as_ref()
        .map_or("stdin".to_string(), |p| p.display().to_string());
    read.map_err(|e| CliError::data(format!("{name}: cannot read: {e}")))?;
    let text = crate::corpus::load::utf8(&name, &bytes)?;
    // A filter's output is meant to be looked at, so auto means app
    // unless the environment names a terminal that reorders by itself.
    out.data(&bidi_filter(text, Some(args.width), ctx.bidi(true)));
    Ok(())
}
