//! `export`: the selection written to a file, atomically.

use crate::cli::{CliError, Ctx, FilterArgs, Output, signals};
use crate::export::{self, Format, count};
use crate::select::Selection;
use clap::ValueEnum;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "The file is written to a temporary file in the same folder and renamed into \
place, so a failed export or a signal leaves nothing behind. An existing file is never replaced \
without --force. Only a regular file is replaced (a symbolic link to one is written through); a \
device, FIFO, socket or folder is refused. See docs/export.md."
)]
pub struct Args {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// File format
    #[arg(long, value_enum)]
    pub format: FileFormat,
    /// The file to write
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it is an existing regular file (or a link to one)
    #[arg(long)]
    pub force: bool,
}

/// The formats `export` writes (SPEC 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    /// karabakh-timeline/v2 JSON, for scripts
    Json,
    /// RFC 4180 CSV, one row per (event, source)
    Csv,
    /// A Markdown brief with the quotes and a table of claims
    Md,
    /// Knight Lab TimelineJS3 JSON
    #[value(name = "timelinejs")]
    TimelineJs,
}

impl From<FileFormat> for Format {
    fn from(f: FileFormat) -> Format {
        match f {
            FileFormat::Json => Format::Json,
            FileFormat::Csv => Format::Csv,
            FileFormat::Md => Format::Md,
            FileFormat::TimelineJs => Format::TimelineJs,
        }
    }
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let t = ctx.timeline()?;
    let scope = args.filters.scope(&t, ctx.lang)?;
    let sel = Selection::new(&t, &scope);
    signals::remove_temp_files_on_signal()?;
    let s = {
        let _waiting = ctx.waiting(ctx.lang.pick("writing the export", "كتابة الملف"));
        export::export_to_file(&t, &sel, args.format.into(), &args.output, args.force)?
    };
    out.note(&format!(
        "wrote {}, {} to {}",
        count(s.events, "event", "events"),
        count(s.claims, "claim", "claims"),
        s.path.display()
    ));
    Ok(())
}
