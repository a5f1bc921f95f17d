//! `quote`: one passage of an event (or of a casualty claim) exactly as its
//! article prints it, with its citation, as the TUI's `y` copies it.

use crate::cite::Citation;
use crate::cli::filters::suggest;
use crate::cli::render::{self, TextLine};
use crate::cli::{CliError, Ctx, Lang, Output};
use crate::corpus::Timeline;
use crate::lang::{Noun, count};
use crate::select::names::{closest, same_id};
use clap::ValueEnum;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "The passage is the article's own text, in its original characters and \
logical order (never the shaped, reordered form a screen shows), followed by \
\"— outlet, publication date, file, paragraph N\". On a terminal the text format is laid out \
like the UI (--bidi); piped, md and json are always in logical order. See docs/cli.md."
)]
pub struct Args {
    /// The event's id (any case), or a casualty claim's id for the passage of a figure
    #[arg(value_name = "EVENT_ID")]
    pub id: String,
    /// Which source, 1-based, in the order of the event's sources (as `list --format json` lists them)
    #[arg(
        long,
        value_name = "N",
        default_value_t = 1,
        allow_negative_numbers = true
    )]
    pub source: i64,
    /// Output format
    #[arg(long, value_enum, default_value_t = QuoteFormat::Text)]
    pub format: QuoteFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuoteFormat {
    /// The passage, then the citation line
    Text,
    /// The citation as data (karabakh-timeline/quote/v1), the quote byte for byte
    Json,
    /// A Markdown block quote with the citation line
    Md,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let t = ctx.timeline()?;
    let lang = ctx.lang;
    let event = t.events.iter().position(|e| same_id(&e.id, &args.id));
    let claim = t.claims.iter().position(|c| same_id(&c.id, &args.id));
    let (what, id, n) = match (event, claim) {
        (Some(e), _) => (Noun::Event, &t.events[e].id, t.events[e].sources.len()),
        (None, Some(c)) => (Noun::Claim, &t.claims[c].id, t.claims[c].sources.len()),
        (None, None) => return Err(unknown_id(&t, &args.id, lang)),
    };
    let index = usize::try_from(args.source)
        .ok()
        .filter(|k| (1..=n).contains(k))
        .ok_or_else(|| bad_source(args.source, what, id, n, lang))?;
    let citation = match (event, claim) {
        (Some(e), _) => Citation::new(&t, e, index - 1),
        (None, Some(c)) => Citation::of_claim(&t, c, index - 1),
        (None, None) => None,
    }
    .ok_or_else(|| bad_source(args.source, what, id, n, lang))?;
    match args.format {
        QuoteFormat::Text => {
            let lines = [
                TextLine::paragraph(citation.quote()),
                TextLine::ui(lang, citation.line_label(lang)),
            ];
            render::print(ctx, out, &lines);
        }
        QuoteFormat::Md => {
            out.data(&citation.markdown(lang));
        }
        QuoteFormat::Json => {
            out.data(&citation.json());
            out.data("\n");
        }
    }
    Ok(())
}

fn unknown_id(t: &Timeline, id: &str, lang: Lang) -> CliError {
    let id_shown = id;
    let message = match lang {
        Lang::En => format!("no event or casualty claim has the id \"{id_shown}\""),
        Lang::Ar => format!("لا حدث ولا رقم خسائر بالمعرّف «{id_shown}»"),
    };
    let ids = t
        .events
        .iter()
        .map(|e| e.id.as_str())
        .chain(t.claims.iter().map(|c| c.id.as_str()));
    let suggestions = closest(id, ids);
    let e = CliError::usage(message);
    if suggestions.is_empty() {
        e.with_hint(lang.pick(
            "`karabakh-timeline list` shows every event's id",
            "يعرض `karabakh-timeline list` معرّف كل حدث",
        ))
    } else {
        suggest(e, &suggestions, lang)
    }
}

/// `--source N` outside 1..=n, with the range a user may give.
fn bad_source(asked: i64, what: Noun, id: &str, n: usize, lang: Lang) -> CliError {
    let range = match (n, lang) {
        (1, Lang::En) => "N is 1".to_string(),
        (_, Lang::En) => format!("N is 1–{n}"),
        (1, Lang::Ar) => "N هو 1".to_string(),
        (_, Lang::Ar) => format!("N من 1 إلى {n}"),
    };
    let sources = count(lang, n, Noun::Source);
    let message = match (lang, what) {
        (Lang::En, Noun::Event) => {
            format!("--source {asked}: event \"{id}\" has {sources}; {range}")
        }
        (Lang::En, _) => {
            format!("--source {asked}: casualty claim \"{id}\" has {sources}; {range}")
        }
        (Lang::Ar, Noun::Event) => {
            format!("--source {asked}: للحدث «{id}» {sources}؛ {range}")
        }
        (Lang::Ar, _) => format!("--source {asked}: لرقم الخسائر «{id}» {sources}؛ {range}"),
    };
    CliError::usage(message)
}
