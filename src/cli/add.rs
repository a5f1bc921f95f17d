//! `add ARTICLE.txt... --corpus DIR [--published YYYY-MM-DD]`: copies new
//! Arabic articles into a corpus folder, drafts their events and casualty
//! figures, merges the drafts with what the corpus has, and writes
//! `annotations.json` atomically (`crate::intake::add`). Prints what it
//! added, what it merged and what it could not resolve; every item it
//! adds is a draft until a user accepts it.

use crate::cli::extract::parse_day;
use crate::cli::{CliError, Ctx, Output};
use crate::intake::merge::Outcome;
use crate::intake::{AddOptions, AddReport, IntakeError, add};
use crate::text::sanitize;
use chrono::NaiveDate;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "The corpus folder is --corpus DIR (made if it does not exist; a new corpus \
starts from the bundled entities and eras, and from the drafts of the plain .txt articles the folder \
holds). An article that prints no publication date needs --published. An extracted event that is \
the same event as one of the corpus (same kind, one date window inside the other, a shared person or \
organisation — or place, for fighting) becomes another source of it; every figure is a claim of its \
own, in the group of the claims with the same claimant, subject, category and date. Nothing is \
written unless the whole corpus loads. See docs/extraction.md."
)]
pub struct Args {
    /// The articles: UTF-8 Arabic text, one paragraph per line
    #[arg(value_name = "ARTICLE.txt", required = true)]
    pub files: Vec<PathBuf>,
    /// The publication date of the articles, when they do not print it (it wins over a printed one)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub published: Option<NaiveDate>,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let Some(dir) = &ctx.corpus else {
        return Err(CliError::usage(
            "add needs --corpus DIR: the corpus folder to add the articles to",
        )
        .with_hint("a folder that does not exist yet becomes a new corpus"));
    };
    let report = add(&AddOptions {
        corpus: dir,
        articles: &args.files,
        published: args.published,
    })
    .map_err(error)?;
    out.data(&text(&report));
    Ok(())
}

/// A failure, worded for this command's flags.
fn error(e: IntakeError) -> CliError {
    match e {
        IntakeError::Corpus(p) => CliError::from(p),
        // One line: the refusal and how to get past it.
        e @ IntakeError::NoPublished { .. } => CliError::data(format!(
            "{e}: give it with --published YYYY-MM-DD (add such an article on its own)"
        )),
        e => CliError::data(e.to_string()),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The report as text; every string from an article sanitized.
pub fn text(r: &AddReport) -> String {
    let s = |x: &str| sanitize(x).into_owned();
    let mut o = format!(
        "added {} to {}{}\n",
        plural(r.articles.len(), "article", "articles"),
        s(&r.corpus.display().to_string()),
        if r.created {
            " (a new corpus: the bundled entities and eras)"
        } else {
            ""
        }
    );
    for a in &r.articles {
        o += &format!(
            "\narticle {} ({} from {}), published {}\n",
            a.id,
            s(&a.file),
            s(&a.given),
            s(&a.published)
        );
        outcome(&mut o, &a.outcome);
    }
    if !r.conflicts.is_empty() {
        o += &format!(
            "\nconflicts with figures of the corpus ({}):\n",
            r.conflicts.len()
        );
        for c in &r.conflicts {
            o += &format!("  ⚠ {}\n", s(c));
        }
    }
    if !r.consistent.is_empty() {
        o += &format!(
            "\ndifferent but consistent figures ({}):\n",
            r.consistent.len()
        );
        for c in &r.consistent {
            o += &format!("  {}\n", s(c));
        }
    }
    o += "\nevery event, claim and source added is a draft until accepted \
          (karabakh-timeline --corpus DIR: accept or reject in the timeline)\n";
    o
}

fn outcome(o: &mut String, x: &Outcome) {
    let s = |t: &str| sanitize(t).into_owned();
    *o += &format!(
        "  added {}:\n",
        plural(x.added_events.len(), "event", "events")
    );
    for (id, date, kind) in &x.added_events {
        *o += &format!("    {date}  {}  {id}\n", kind.as_str());
    }
    if !x.merged_events.is_empty() {
        *o += &format!(
            "  merged {} into events of the corpus, as another source:\n",
            plural(x.merged_events.len(), "event", "events")
        );
        for m in &x.merged_events {
            *o += &format!("    «{}» → {} ({})\n", s(&m.quote), m.into, s(&m.why));
        }
    }
    *o += &format!(
        "  added {}:\n",
        plural(x.added_claims.len(), "claim", "claims")
    );
    for c in &x.added_claims {
        let group = if c.group.is_empty() {
            String::new()
        } else {
            format!("  in the group of {}", c.group.join(", "))
        };
        *o += &format!("    {}{group}\n", c.id);
    }
    if !x.unresolved.is_empty() {
        *o += &format!("  could not resolve {}:\n", x.unresolved.len());
        for u in &x.unresolved {
            *o += &format!("    {}\n", s(u));
        }
    }
}
