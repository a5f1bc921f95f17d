//! The command line: arguments, subcommands and exit codes.
//!
//! Exit codes: 0 success, 1 data or I/O error, 2 usage error. Errors go to
//! stderr, one line each; stdout carries only data, so it can be piped.

mod check;
mod claims;
mod export;
mod list;
mod output;
mod tools;

use crate::corpus::{self, DirSource, Timeline};
use crate::export::Format;
pub use crate::lang::Lang;
use crate::select::{Filter, FilterError, FilterField, FilterProblem, FilterSpec, Scope};
use crate::text::BidiMode;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;

pub use output::Output;

pub const EXIT_DATA: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

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
    /// See docs/bidi.md
    #[arg(long, global = true, value_enum, env = "KARABAKH_BIDI", default_value_t = BidiMode::Auto)]
    pub bidi: BidiMode,

    /// Do not capture the mouse (lets the terminal select text)
    #[arg(long, global = true)]
    pub no_mouse: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the timeline (or the filtered part of it) on stdout
    List(Box<ListArgs>),
    /// Write the timeline (or the filtered part of it) to a file, atomically
    Export(Box<ExportArgs>),
    /// Validate the corpus and print every problem; exit 0 if it is valid, 1 if not
    Check,
    /// The right-to-left text engine as a filter: logical lines in, visual lines out (like fribidi)
    Bidi(tools::BidiArgs),
    /// Render the UI headlessly after replaying keys, to .txt (cells) or .svg (cells and colours)
    Screenshot(tools::ScreenshotArgs),
    /// Compare the casualty and loss figures: grouped, with bars and conflicts
    Claims(ClaimsArgs),
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Only the claims of this event (by id)
    #[arg(long, value_name = "ID")]
    pub event: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
    pub format: ClaimsFormat,
    /// Scale the bars logarithmically, so small tolls stay visible beside large ones
    #[arg(long)]
    pub log: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    Text,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Readable text
    Text,
    /// karabakh-timeline/v1 JSON, for scripts
    Json,
    /// RFC 4180 CSV, one row per (event, source)
    Csv,
    /// A Markdown brief with the quotes and a table of claims
    Md,
    /// Knight Lab TimelineJS3 JSON
    #[value(name = "timelinejs")]
    TimelineJs,
}

impl ListFormat {
    /// The export format, or `None` for the text listing.
    pub fn export(self) -> Option<Format> {
        match self {
            ListFormat::Text => None,
            ListFormat::Json => Some(Format::Json),
            ListFormat::Csv => Some(Format::Csv),
            ListFormat::Md => Some(Format::Md),
            ListFormat::TimelineJs => Some(Format::TimelineJs),
        }
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "The file is written to a temporary file in the same folder and renamed into \
place, so a failed export leaves nothing behind. An existing file is never replaced without --force."
)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filters: FilterArgs,
    /// File format
    #[arg(long, value_enum)]
    pub format: FileFormat,
    /// The file to write
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Replace FILE if it already exists
    #[arg(long)]
    pub force: bool,
}

/// The formats `export` writes (SPEC 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    /// karabakh-timeline/v1 JSON, for scripts
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

/// The FILTERS of every command that selects events.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only events that end on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only events that start on or before DATE
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only events of this era (repeatable)
    #[arg(long, value_name = "ID")]
    pub era: Vec<String>,
    /// Only events of this kind (repeatable): fighting, diplomacy, ceasefire, statement, casualty-report, background, humanitarian
    #[arg(long, value_name = "KIND")]
    pub kind: Vec<String>,
    /// Only events with this actor, by any spelling in either script (repeatable)
    #[arg(long, value_name = "NAME")]
    pub actor: Vec<String>,
    /// Only events at this place, by any spelling in either script (repeatable)
    #[arg(long, value_name = "NAME")]
    pub place: Vec<String>,
    /// Only events where NAME is an actor or a place, by any spelling (repeatable)
    #[arg(long, value_name = "NAME")]
    pub entity: Vec<String>,
    /// Only events reported by this outlet (name in either script, or article id; repeatable)
    #[arg(long, value_name = "NAME")]
    pub outlet: Vec<String>,
    /// Only events whose titles, summary or quotes contain TEXT (Arabic-folded)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only these events, by id (repeatable)
    #[arg(long, value_name = "ID")]
    pub event: Vec<String>,
}

impl FilterArgs {
    pub fn spec(&self) -> FilterSpec {
        FilterSpec {
            from: self.from.clone(),
            to: self.to.clone(),
            eras: self.era.clone(),
            kinds: self.kind.clone(),
            actors: self.actor.clone(),
            places: self.place.clone(),
            entities: self.entity.clone(),
            outlets: self.outlet.clone(),
            search: self.search.clone(),
            events: self.event.clone(),
        }
    }
}

/// Runs the program; returns the process exit code.
pub fn run(cli: Cli, out: &mut Output) -> i32 {
    let lang = cli
        .lang
        .unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()));
    match cli.command {
        Some(Command::Check) => check::run(cli.corpus.as_deref(), out),
        Some(Command::List(args)) => match load(cli.corpus.as_deref(), out) {
            Some(t) => list::run(&t, &args, lang, out),
            None => EXIT_DATA,
        },
        Some(Command::Bidi(args)) => tools::bidi(&args, cli.bidi, out),
        Some(Command::Screenshot(args)) => match load(cli.corpus.as_deref(), out) {
            Some(t) => tools::screenshot(t, &args, lang, cli.bidi, out),
            None => EXIT_DATA,
        },
        Some(Command::Claims(args)) => match load(cli.corpus.as_deref(), out) {
            Some(t) => claims::run(&t, &args, lang, out),
            None => EXIT_DATA,
        },
        Some(Command::Export(args)) => match load(cli.corpus.as_deref(), out) {
            Some(t) => export::run(&t, &args, out),
            None => EXIT_DATA,
        },
        None => {
            if !std::io::stdout().is_terminal() {
                out.error(
                    "stdout is not a terminal: use `karabakh-timeline list` to print the timeline",
                );
                return EXIT_USAGE;
            }
            match load(cli.corpus.as_deref(), out) {
                Some(t) => tools::tui(t, lang, cli.bidi, !cli.no_mouse, out),
                None => EXIT_DATA,
            }
        }
    }
}

/// The scope the FILTERS select: everything when none is given. An
/// unknown name or a bad date is a usage error (printed, `Err(2)`).
pub fn scope(filters: &FilterArgs, t: &Timeline, out: &mut Output) -> Result<Scope, i32> {
    match Filter::parse(&filters.spec(), t) {
        Ok(f) if f.is_empty() => Ok(Scope::All),
        Ok(f) => Ok(Scope::Filter(Box::new(f))),
        Err(e) => {
            out.error(&filter_error(&e));
            Err(EXIT_USAGE)
        }
    }
}

/// A filter error in the command line's words: the flag, then what is wrong.
pub fn filter_error(e: &FilterError) -> String {
    let flag = match e.field {
        FilterField::From => "from",
        FilterField::To => "to",
        FilterField::Era => "era",
        FilterField::Kind => "kind",
        FilterField::Actor => "actor",
        FilterField::Place => "place",
        FilterField::Entity => "entity",
        FilterField::Outlet => "outlet",
        FilterField::Event => "event",
    };
    match &e.problem {
        FilterProblem::Date(d) => format!("--{flag}: {d}"),
        FilterProblem::ToBeforeFrom { from, to } => format!("--to {to} is before --from {from}"),
        FilterProblem::Unknown { value, known } => {
            let what = match e.field {
                FilterField::Era => format!("no era \"{value}\""),
                FilterField::Kind => format!("no kind \"{value}\""),
                FilterField::Outlet => format!("no outlet or article matches \"{value}\""),
                FilterField::Event => format!("no event \"{value}\""),
                FilterField::Entity => format!("no actor or place is spelled \"{value}\""),
                _ => format!("no {flag} is spelled \"{value}\""),
            };
            let plural = if e.field == FilterField::Era {
                "eras"
            } else {
                "kinds"
            };
            if known.is_empty() {
                format!("--{flag}: {what}")
            } else {
                format!("--{flag}: {what} ({plural}: {})", known.join(", "))
            }
        }
    }
}

/// Loads the chosen corpus, printing every problem on failure.
pub fn load(dir: Option<&std::path::Path>, out: &mut Output) -> Option<Timeline> {
    let result = match dir {
        Some(d) => corpus::load(&DirSource(d.to_path_buf())),
        None => corpus::bundled::timeline(),
    };
    match result {
        Ok(t) => Some(t),
        Err(problems) => {
            for p in &problems.0 {
                out.error(&p.to_string());
            }
            None
        }
    }
}
