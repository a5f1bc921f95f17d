//! `extract ARTICLE.txt [--published YYYY-MM-DD] [--format json|text]`:
//! the draft of one article (SPEC 9) — its publication date with its basis,
//! its events and claims in the corpus format, each quote an exact
//! substring, each item with its rule and confidence.
//!
//! The entities and eras come from the corpus (`--corpus DIR`, else the
//! bundled one): a figure's claimant and subject are linked to them through
//! their spellings.

use crate::cli::{CliError, Ctx, Output};
use crate::export::safe_json::to_string_pretty;
use crate::extract::draft::{DateOut, Draft};
use crate::extract::{Gazetteer, Options, extract_bytes};
use crate::text::sanitize;
use chrono::NaiveDate;
use clap::ValueEnum;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Relative dates (weekdays, «أمس», «اليوم», «الشهر الماضي», day counts) are counted from \
the publication date: the one the article prints (a dateline, a byline, its own «اليوم الأربعاء 17 \
نوفمبر»), or the one given with --published. Without either they are left unresolved, and said so. \
The rules and their measured accuracy are in docs/extraction.md."
)]
pub struct Args {
    /// The article: UTF-8 text, one paragraph per line
    #[arg(value_name = "ARTICLE.txt")]
    pub file: PathBuf,
    /// The publication date, when the article does not print it (or prints it wrong)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub published: Option<NaiveDate>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// Readable text
    Text,
    /// The draft as JSON: corpus-format events and claims with a `draft` object each
    Json,
}

/// `YYYY-MM-DD`, a day that exists.
pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .filter(|_| s.len() == 10)
        .ok_or_else(|| format!("\"{s}\" is not a day of the form YYYY-MM-DD"))
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let t = ctx.timeline()?;
    let shown = args.file.display().to_string();
    let bytes = std::fs::read(&args.file)
        .map_err(|e| CliError::data(format!("{}: cannot read: {e}", sanitize(&shown))))?;
    let gazetteer = Gazetteer::from_timeline(&t);
    let opts = Options {
        file: &shown,
        published: args.published,
        gazetteer: &gazetteer,
        eras: &t.eras,
    };
    let draft = extract_bytes(&bytes, &opts).map_err(|e| CliError::data(e.to_string()))?;
    let printed = match args.format {
        ExtractFormat::Json => to_string_pretty(&draft)
            .map(|s| s + "\n")
            .map_err(|e| CliError::data(format!("cannot write the draft as JSON: {e}")))?,
        ExtractFormat::Text => text(&draft),
    };
    out.data(&printed);
    Ok(())
}

fn date(d: &DateOut) -> String {
    let mut s = d.start.clone();
    if let Some(e) = &d.end {
        s = format!("{s}..{e}");
    }
    if d.approximate {
        s = format!("c. {s}");
    }
    s
}

fn basis(d: &DateOut) -> String {
    format!(
        "{}: {}",
        serde_json::to_value(d.basis.kind)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default(),
        d.basis.note
    )
}

/// The draft as readable text; every string from the article sanitized.
pub fn text(d: &Draft) -> String {
    let s = |x: &str| sanitize(x).into_owned();
    let mut o = String::new();
    let a = &d.article;
    o.push_str(&format!("article {} (id {})\n", s(&a.file), a.id));
    o.push_str(&format!("headline: {}\n", s(&a.headline)));
    match (&a.published, &a.published_unknown) {
        (Some(p), _) => o.push_str(&format!("published: {} ({})\n", date(p), s(&basis(p)))),
        (None, Some(why)) => o.push_str(&format!("published: {}\n", s(why))),
        (None, None) => o.push_str("published: unknown\n"),
    }
    for f in &a.furniture {
        o.push_str(&format!(
            "furniture: lines {}–{} ({})\n",
            f.lines[0], f.lines[1], f.kind
        ));
    }
    o.push_str(&format!("\nevents ({})\n", d.events.len()));
    for e in &d.events {
        let when = e.date.as_ref().map_or("undated".to_string(), date);
        o.push_str(&format!(
            "{when}  {}  {}  [rule: {}; confidence {:.2}]\n",
            e.kind.as_str(),
            e.id,
            e.draft.rule,
            e.draft.confidence
        ));
        match (&e.date, &e.draft.unresolved) {
            (Some(dd), _) => o.push_str(&format!("  date: {}\n", s(&basis(dd)))),
            (None, Some(why)) => o.push_str(&format!("  date unresolved: {}\n", s(why))),
            (None, None) => {}
        }
        if !e.actors.is_empty() {
            o.push_str(&format!("  actors: {}\n", e.actors.join(", ")));
        }
        if !e.places.is_empty() {
            o.push_str(&format!("  places: {}\n", e.places.join(", ")));
        }
        for src in &e.sources {
            o.push_str(&format!("  «{}»\n", s(&src.quote)));
        }
    }
    o.push_str(&format!("\nclaims ({})\n", d.claims.len()));
    for c in &d.claims {
        let what = match &c.equipment {
            Some(eq) => format!("{} ({eq})", c.category.as_str()),
            None => c.category.as_str().to_string(),
        };
        o.push_str(&format!(
            "{} {}{} {what}, whose: {}; claimed by {} ({}); as of {}  [rule: {}; confidence {:.2}]\n",
            c.qualifier.as_str(),
            c.value,
            if c.value_text == c.value.to_string() {
                String::new()
            } else {
                format!(" («{}»)", s(&c.value_text))
            },
            c.subject
                .iter()
                .map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(" + "),
            c.claimant,
            c.standing.as_str(),
            c.as_of.as_deref().unwrap_or("unknown"),
            c.draft.rule,
            c.draft.confidence
        ));
        for src in &c.sources {
            o.push_str(&format!("  «{}»\n", s(&src.quote)));
        }
    }
    if !d.unresolved.is_empty() {
        o.push_str(&format!("\nnot drafted ({})\n", d.unresolved.len()));
        for u in &d.unresolved {
            o.push_str(&format!(
                "line {}: {} «{}»: {}\n",
                u.line,
                u.what,
                s(&u.quote),
                s(&u.reason)
            ));
        }
    }
    if !d.not_figures.is_empty() {
        o.push_str(&format!(
            "\nnumbers that are not loss figures ({})\n",
            d.not_figures.len()
        ));
        for n in &d.not_figures {
            o.push_str(&format!(
                "line {}: «{}»: {}\n",
                n.line,
                s(&n.words),
                n.reason
            ));
        }
    }
    o
}
