//! `screenshot`: the UI rendered headlessly after replaying keys, written
//! as text (the cells) or SVG (the cells with their colours).

use crate::cli::{CliError, Ctx, Output, signals};
use crate::export::write_atomic;
use crate::tui::screenshot;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Terminal size, as COLSxROWS (e.g. 160x45)
    #[arg(long, value_parser = parse_size, default_value = "160x45")]
    pub size: (u16, u16),
    /// Keys to replay first: characters, and <Tab> <Enter> <Esc> <Up> <Down> <PgDn> <C-x> …
    #[arg(long, default_value = "")]
    pub keys: String,
    /// Output file: .txt for the cells as text, .svg for cells with colours
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it is an existing regular file (or a link to one)
    #[arg(long)]
    pub force: bool,
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (c, r) = s
        .split_once(['x', 'X'])
        .ok_or("expected COLSxROWS, e.g. 160x45")?;
    let n = |v: &str| {
        v.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
    };
    match (n(c), n(r)) {
        (Some(c), Some(r)) => Ok((c, r)),
        _ => Err("expected COLSxROWS with numbers from 1 to 1000".into()),
    }
}

pub fn run(ctx: &Ctx, args: &Args, _out: &mut Output) -> Result<(), CliError> {
    let t = ctx.timeline()?;
    let buf = screenshot::render(Arc::new(t), args.size, &args.keys, ctx.lang, ctx.bidi(true))
        .map_err(|e| CliError::usage(e.to_string()))?;
    let ext = args
        .output
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    let contents = match ext {
        "svg" => screenshot::to_svg(&buf),
        "txt" => screenshot::to_text(&buf),
        _ => {
            return Err(CliError::usage(format!(
                "{}: the output must end in .svg or .txt",
                args.output.display()
            )));
        }
    };
    // The same writer and rules as `export`: atomic, never over an
    // existing file without --force, never over a device or FIFO.
    signals::remove_temp_files_on_signal()?;
    write_atomic(&args.output, contents.as_bytes(), args.force)?;
    Ok(())
}
