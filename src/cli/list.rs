//! `list`: the timeline on stdout, as text for reading or in any export
//! format (JSON, CSV, Markdown, TimelineJS) for piping.

use crate::cli::{CliError, Ctx, FilterArgs, Lang, Output};
use crate::corpus::Timeline;
use crate::export::{self, Format};
use crate::select::Selection;
use crate::text::sanitize;
use clap::ValueEnum;

#[derive(Debug, clap::Args)]
pub struct Args {
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

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let t = ctx.timeline()?;
    let scope = args.filters.scope(&t)?;
    let sel = Selection::new(&t, &scope);
    match args.format.export() {
        Some(format) => {
            out.data(&export::render(&t, &sel, format));
        }
        None => {
            for line in text_lines(&t, &sel, ctx.lang) {
                if !out.data(&line) {
                    break;
                }
            }
        }
    }
    Ok(())
}

/// The text listing: a heading per era, then per event its date at its
/// precision, id, kind, titles and the outlets that report it. Corpus text
/// is sanitized: nothing in it may drive the terminal.
pub fn text_lines(t: &Timeline, sel: &Selection, lang: Lang) -> Vec<String> {
    let mut lines = Vec::new();
    let mut era = None;
    let date_of = |e: usize| match lang {
        Lang::En => t.events[e].date.display_en(),
        Lang::Ar => t.events[e].date.display_ar(),
    };
    // The date column is as wide as the widest date, so columns align.
    let dw = sel
        .events
        .iter()
        .map(|&e| date_of(e).chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    for &e in &sel.events {
        let ev = &t.events[e];
        if era != Some(ev.era) {
            era = Some(ev.era);
            let x = &t.eras[ev.era];
            if !lines.is_empty() {
                lines.push("\n".to_string());
            }
            lines.push(format!(
                "== {} · {} ({} – {}) ==\n",
                sanitize(&x.title.en),
                sanitize(&x.title.ar),
                x.start.display_en(),
                x.end.display_en()
            ));
        }
        let date = date_of(e);
        let (first, second) = match lang {
            Lang::En => (&ev.title.en, &ev.title.ar),
            Lang::Ar => (&ev.title.ar, &ev.title.en),
        };
        let mut outlets: Vec<String> = Vec::new();
        for s in &ev.sources {
            let a = &t.articles[s.article];
            let name = match lang {
                Lang::En => a.outlet.name_en(),
                Lang::Ar => a.outlet.name_ar(),
            };
            let name = format!("{} ({})", sanitize(name), a.id);
            if !outlets.contains(&name) {
                outlets.push(name);
            }
        }
        let claims = if ev.claims.is_empty() {
            String::new()
        } else {
            format!(", {} casualty claim(s)", ev.claims.len())
        };
        lines.push(format!(
            "{date:<dw$} {:<40} {:<15} {}\n{:<dw$} {}\n{:<dw$} {} source(s){claims}: {}\n",
            ev.id,
            ev.kind.as_str(),
            sanitize(first),
            "",
            sanitize(second),
            "",
            ev.sources.len(),
            outlets.join("; ")
        ));
    }
    if sel.events.is_empty() {
        lines.push("no events match\n".to_string());
    }
    lines
}
