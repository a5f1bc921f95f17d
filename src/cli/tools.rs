//! The commands that drive the text engine and the UI: `bidi`,
//! `screenshot`, and the interactive UI itself.

use crate::cli::{EXIT_DATA, EXIT_USAGE, Output};
use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::text::{BidiMode, bidi_filter, resolve_auto};
use crate::tui::{screenshot, terminal};
use clap::Args;
use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Args)]
pub struct BidiArgs {
    /// Line width in cells; right-to-left paragraphs are right-aligned and padded to it
    #[arg(long, default_value_t = 80)]
    pub width: usize,
    /// The file to read (stdin when absent)
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ScreenshotArgs {
    /// Terminal size, as COLSxROWS (e.g. 160x45)
    #[arg(long, value_parser = parse_size, default_value = "160x45")]
    pub size: (u16, u16),
    /// Keys to replay first: characters, and <Tab> <Enter> <Esc> <Up> <Down> <PgDn> <C-x> …
    #[arg(long, default_value = "")]
    pub keys: String,
    /// Output file: .txt for the cells as text, .svg for cells with colours
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
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

/// Resolves `auto` from the environment and whether stdout is a terminal.
fn resolve(mode: BidiMode, is_tty: bool) -> BidiMode {
    match mode {
        BidiMode::Auto => resolve_auto(&|k| std::env::var(k).ok(), is_tty),
        m => m,
    }
}

pub fn bidi(args: &BidiArgs, mode: BidiMode, out: &mut Output) -> i32 {
    let mut bytes = Vec::new();
    let read = match &args.file {
        Some(path) => std::fs::read(path).map(|b| bytes = b),
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    let name = args
        .file
        .as_ref()
        .map_or("stdin".to_string(), |p| p.display().to_string());
    if let Err(e) = read {
        out.error(&format!("{name}: cannot read: {e}"));
        return EXIT_DATA;
    }
    let text = match crate::corpus::load::utf8(&name, &bytes) {
        Ok(t) => t,
        Err(p) => {
            out.error(&p.to_string());
            return EXIT_DATA;
        }
    };
    // A filter's output is meant to be looked at, so auto means app
    // unless the environment names a terminal that reorders by itself.
    let mode = resolve(mode, true);
    out.data(&bidi_filter(text, Some(args.width), mode));
    0
}

pub fn screenshot(
    t: Timeline,
    args: &ScreenshotArgs,
    lang: Lang,
    mode: BidiMode,
    out: &mut Output,
) -> i32 {
    let mode = resolve(mode, true);
    let buf = match screenshot::render(Arc::new(t), args.size, &args.keys, lang, mode) {
        Ok(b) => b,
        Err(e) => {
            out.error(&e.to_string());
            return EXIT_USAGE;
        }
    };
    let ext = args
        .output
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    let contents = match ext {
        "svg" => screenshot::to_svg(&buf),
        "txt" => screenshot::to_text(&buf),
        _ => {
            out.error(&format!(
                "{}: the output must end in .svg or .txt",
                args.output.display()
            ));
            return EXIT_USAGE;
        }
    };
    if let Err(e) = std::fs::write(&args.output, contents) {
        out.error(&format!("cannot write \"{}\": {e}", args.output.display()));
        return EXIT_DATA;
    }
    0
}

pub fn tui(t: Timeline, lang: Lang, mode: BidiMode, mouse: bool, out: &mut Output) -> i32 {
    let bidi = resolve(mode, std::io::stdout().is_terminal());
    match terminal::run(Arc::new(t), terminal::Options { lang, bidi, mouse }) {
        Ok(()) => 0,
        Err(e) => {
            out.error(&format!("terminal error: {e}"));
            EXIT_DATA
        }
    }
}
