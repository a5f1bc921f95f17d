//! `list`: the timeline on stdout, as text for reading or in any export
//! format (JSON, CSV, Markdown, TimelineJS) for piping.

use crate::cli::render::{self, TextLine};
use crate::cli::{CliError, Ctx, FilterArgs, Lang, Output};
use crate::corpus::schema::EventKind;
use crate::corpus::{DateSpec, Timeline};
use crate::export::{self, Format};
use crate::lang::{Noun, count};
use crate::select::Selection;
use crate::text::{Label, display_width};
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
    let scope = args.filters.scope(&t, ctx.lang)?;
    let sel = Selection::new(&t, &scope);
    let waiting = ctx.waiting(ctx.lang.pick("writing the timeline", "كتابة الخط الزمني"));
    match args.format.export() {
        Some(format) => {
            // The document is written as it is made. A waiting line may
            // stay while it goes to a pipe or a file; on a terminal it is
            // cleared before the first byte.
            let waiting = (!out.out_is_terminal()).then_some(waiting);
            out.stream(|w| export::write(&t, &sel, format, w));
            drop(waiting);
        }
        None => {
            let lines = text_lines(&t, &sel, ctx.lang);
            drop(waiting);
            render::print(ctx, out, &lines);
        }
    }
    Ok(())
}

/// `s` padded with spaces to `width` cells.
fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(display_width(s))))
}

/// Cells of the id column (longer ids overflow it).
const ID_WIDTH: usize = 40;

/// The text listing: a heading per era, then per event its date at its
/// precision, id, kind, both titles (the interface language's first), how
/// many sources and casualty claims it has, and the outlets that report
/// it. Corpus text is a value of its line (a bidi isolate, sanitized when
/// laid out): nothing in it may drive the terminal.
pub fn text_lines(t: &Timeline, sel: &Selection, lang: Lang) -> Vec<TextLine> {
    let mut lines = Vec::new();
    let mut era = None;
    let ui = |label| TextLine::ui(lang, label);
    let date_of = |d: &DateSpec| lang.pick(&d.display_en(), &d.display_ar()).to_string();
    let kind_of = |k: EventKind| lang.pick(k.as_str(), k.label_ar());
    // Columns are as wide as their widest cell, so that they align.
    let dw = sel
        .events
        .iter()
        .map(|&e| display_width(&date_of(&t.events[e].date)))
        .max()
        .unwrap_or(0)
        + 1;
    let kw = EventKind::ALL
        .iter()
        .map(|&k| display_width(kind_of(k)))
        .max()
        .unwrap_or(0);
    let indent = " ".repeat(dw + 1);
    for &e in &sel.events {
        let ev = &t.events[e];
        if era != Some(ev.era) {
            era = Some(ev.era);
            let x = &t.eras[ev.era];
            if !lines.is_empty() {
                lines.push(TextLine::blank());
            }
            let (first, second) = match lang {
                Lang::En => (&x.title.en, &x.title.ar),
                Lang::Ar => (&x.title.ar, &x.title.en),
            };
            let (start, end) = match lang {
                Lang::En => (x.start.display_en(), x.end.display_en()),
                Lang::Ar => (x.start.display_ar(), x.end.display_ar()),
            };
            lines.push(ui(Label::from("== ")
                .value(first)
                .ui(" · ")
                .value(second)
                .ui(format!(" ({start} – {end}) =="))));
        }
        let (first, second) = match lang {
            Lang::En => (&ev.title.en, &ev.title.ar),
            Lang::Ar => (&ev.title.ar, &ev.title.en),
        };
        lines.push(ui(Label::from(format!("{} ", pad(&date_of(&ev.date), dw)))
            .value(&ev.id)
            .ui(" ".repeat(ID_WIDTH.saturating_sub(display_width(&ev.id)) + 1))
            .ui(pad(kind_of(ev.kind), kw))
            .ui(" ")
            .value(first)));
        lines.push(ui(Label::from(indent.as_str()).value(second)));
        let mut counts = count(lang, ev.sources.len(), Noun::Source);
        if !ev.claims.is_empty() {
            counts += lang.pick(", ", "، ");
            counts += &count(lang, ev.claims.len(), Noun::CasualtyClaim);
        }
        let mut l = Label::from(format!("{indent}{counts}: "));
        let mut outlets: Vec<String> = Vec::new();
        for s in &ev.sources {
            let a = &t.articles[s.article];
            let name = format!(
                "{} ({})",
                lang.pick(a.outlet.name_en(), a.outlet.name_ar()),
                a.id
            );
            if !outlets.contains(&name) {
                if !outlets.is_empty() {
                    l.push_ui(lang.pick("; ", "؛ "));
                }
                l.push_value(name.as_str());
                outlets.push(name);
            }
        }
        lines.push(ui(l));
        if let Some(mark) = draft_line(ev, lang) {
            lines.push(ui(Label::from(indent.as_str()).value(mark.as_str())));
        }
    }
    if sel.events.is_empty() {
        lines.push(ui(Label::from(
            lang.pick("no events match", "لا أحداث تطابق المرشحات"),
        )));
    }
    lines
}

/// «draft: RULE (confidence 0.76)» under a drafted event, or how many of
/// its sources are drafts; `None` once everything is accepted.
fn draft_line(ev: &crate::corpus::Event, lang: Lang) -> Option<String> {
    let sources = ev.sources.iter().filter(|s| s.draft.is_some()).count();
    let word = lang.pick("draft", "مسودة");
    match &ev.draft {
        Some(d) => Some(format!(
            "[{word}] {} ({} {:.2})",
            d.rule,
            lang.pick("confidence", "الثقة"),
            d.confidence
        )),
        None if sources > 0 => Some(format!(
            "[{word}] {}",
            lang.pick(
                &format!("{sources} drafted source(s) not yet accepted"),
                &format!("مصادر مسودة لم تقبل بعد: {sources}")
            )
        )),
        None => None,
    }
}
