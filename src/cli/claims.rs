//! `claims`: the casualty comparison on stdout, as an aligned table with
//! bars for reading, JSON for scripts, or CSV for a spreadsheet.

use crate::cli::filters::suggest;
use crate::cli::render::{self, TextLine};
use crate::cli::{CliError, Ctx, Lang, Output};
use crate::compare::{ClaimScope, Comparison, ConflictKind, Row, bar_len, compare, standing_label};
use crate::corpus::Timeline;
use crate::lang::{Noun, count};
use crate::select::names::{closest, same_id};
use crate::text::sanitize;
use clap::ValueEnum;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// Cells of the longest bar in the text table.
pub const BAR_WIDTH: usize = 20;

/// The JSON document's `schema`.
pub const SCHEMA: &str = "karabakh-timeline/claims/v1";

#[derive(Debug, clap::Args)]
pub struct Args {
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

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let t = ctx.timeline()?;
    let scope = match &args.event {
        Some(id) => match t.events.iter().position(|e| same_id(&e.id, id)) {
            Some(e) => ClaimScope::Event(e),
            None => return Err(unknown_event(&t, id, ctx.lang)),
        },
        None => ClaimScope::All,
    };
    let cmp = {
        let _waiting = ctx.waiting(ctx.lang.pick("comparing the figures", "مقارنة الأرقام"));
        compare(&t, scope)
    };
    match args.format {
        ClaimsFormat::Text => {
            let text = text_lines(&cmp, ctx.lang, args.log).concat();
            render::print(ctx, out, &TextLine::lines_of(ctx.lang, &text));
        }
        ClaimsFormat::Json => {
            #[derive(Serialize)]
            struct Doc<'a> {
                schema: &'static str,
                event: Option<&'a str>,
                #[serde(flatten)]
                comparison: &'a Comparison,
            }
            let doc = Doc {
                schema: SCHEMA,
                event: args.event.as_deref(),
                comparison: &cmp,
            };
            let s = crate::export::safe_json::to_string_pretty(&doc)
                .map_err(|e| CliError::data(format!("cannot write JSON: {e}")))?;
            out.data(&s);
            out.data("\n");
        }
        ClaimsFormat::Csv => {
            let s =
                csv_string(&cmp).map_err(|e| CliError::data(format!("cannot write CSV: {e}")))?;
            out.data(&s);
        }
    }
    Ok(())
}

/// `--event ID` names no event: the closest ids as a hint.
fn unknown_event(t: &Timeline, id: &str, lang: Lang) -> CliError {
    let message = match lang {
        Lang::En => format!("--event: no event \"{id}\""),
        Lang::Ar => format!("--event: لا حدث بالمعرّف «{id}»"),
    };
    let suggestions = closest(id, t.events.iter().map(|e| e.id.as_str()));
    suggest(CliError::usage(message), &suggestions, lang)
}

fn kind_label(k: ConflictKind, lang: Lang) -> &'static str {
    match (k, lang) {
        (ConflictKind::SameClaimConsistent, Lang::En) => "same claim, consistent",
        (ConflictKind::SameClaimContradictory, Lang::En) => "same claim, contradictory",
        (ConflictKind::OfficialVsOutside, Lang::En) => "official vs outside",
        (ConflictKind::RivalClaims, Lang::En) => "rival claims",
        (ConflictKind::SameClaimConsistent, Lang::Ar) => "الرقم نفسه، متوافق",
        (ConflictKind::SameClaimContradictory, Lang::Ar) => "الرقم نفسه، متناقض",
        (ConflictKind::OfficialVsOutside, Lang::Ar) => "رسمي مقابل خارجي",
        (ConflictKind::RivalClaims, Lang::Ar) => "أرقام رسمية متعارضة",
    }
}

/// The cells of one row before padding; corpus text already sanitized.
fn cells(r: &Row, lang: Lang) -> [String; 5] {
    let refs: Vec<String> = r
        .conflicts
        .iter()
        .map(|c| (c + 1).to_string())
        .chain(r.consistent.iter().map(|c| format!("c{}", c + 1)))
        .collect();
    let refs = if refs.is_empty() {
        String::new()
    } else {
        format!("[{}]", refs.join(","))
    };
    let sources: Vec<String> = r
        .sources
        .iter()
        .map(|s| {
            let outlet = if lang == Lang::Ar {
                &s.outlet_ar
            } else {
                &s.outlet_en
            };
            format!("{} ({})", sanitize(outlet), sanitize(&s.article_id))
        })
        .collect();
    let (claimant, date, value) = match lang {
        Lang::En => (&r.claimant_en, r.as_of.display_en(), r.display.clone()),
        Lang::Ar => (&r.claimant_ar, r.as_of.display_ar(), r.display_ar.clone()),
    };
    let mark = if r.draft.is_some() {
        lang.pick("[draft] ", "[مسودة] ")
    } else {
        ""
    };
    [
        refs,
        format!("{mark}{}", sanitize(claimant)),
        date,
        value,
        sources.join("; "),
    ]
}

/// What the table holds and how its bars are scaled.
fn header(cmp: &Comparison, lang: Lang, log: bool) -> String {
    let claims = count(lang, cmp.claim_count(), Noun::CasualtyClaim);
    let groups = count(lang, cmp.groups.len(), Noun::Group);
    let conflicts = count(lang, cmp.conflicts.len(), Noun::Conflict);
    let consistent = count(lang, cmp.consistent.len(), Noun::ConsistentDifference);
    match (lang, log) {
        (Lang::En, _) => format!(
            "{claims} in {groups}, {conflicts}, {consistent}; \
             bars ({}) are relative to the largest figure of each group, a vague figure's range drawn ~\n",
            if log { "log scale" } else { "linear" }
        ),
        (Lang::Ar, _) => format!(
            "{claims} في {groups}، {conflicts}، {consistent}؛ \
             الأشرطة ({}) نسبة إلى أكبر رقم في كل مجموعة، ونطاق الرقم المبهم ~\n",
            if log {
                "لوغاريتمية"
            } else {
                "خطية"
            }
        ),
    }
}

fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// The comparison as text: a heading per group, one aligned row per claim
/// (conflict numbers, claimant, standing, as-of date, value, bar, outlets),
/// then the conflicts, numbered as the rows refer to them.
pub fn text_lines(cmp: &Comparison, lang: Lang, log: bool) -> Vec<String> {
    let ar = lang == Lang::Ar;
    if cmp.groups.is_empty() {
        return vec![
            if ar {
                "لا توجد أرقام خسائر\n"
            } else {
                "no casualty claims\n"
            }
            .to_string(),
        ];
    }
    let rows: Vec<Vec<[String; 5]>> = cmp
        .groups
        .iter()
        .map(|g| g.rows.iter().map(|r| cells(r, lang)).collect())
        .collect();
    let width = |i: usize| {
        rows.iter()
            .flatten()
            .map(|c| c[i].width())
            .max()
            .unwrap_or(0)
    };
    let w = [width(0), width(1), width(2), width(3)];
    let w_standing = if ar { 6 } else { 8 };
    let mut lines = vec![header(cmp, lang, log)];
    for (g, rows) in cmp.groups.iter().zip(&rows) {
        lines.push("\n".to_string());
        let (era, subject, label, coverage) = if ar {
            (&g.era_ar, &g.subject_ar, &g.label_ar, &g.coverage_ar)
        } else {
            (&g.era_en, &g.subject_en, &g.label_en, &g.coverage_en)
        };
        lines.push(format!(
            "== {} · {} · {} ==\n",
            sanitize(era),
            sanitize(subject),
            sanitize(label)
        ));
        if let Some(c) = coverage {
            lines.push(format!("   ({})\n", sanitize(c)));
        }
        if let Some(n) = g.too_many_to_pair {
            lines.push(if ar {
                format!("   ({n} رقما مختلفا: قورنت أرقام المصدر نفسه في التاريخ نفسه فقط)\n")
            } else {
                format!("   ({n} distinct figures: only the same claimant's figures for the same date were compared)\n")
            });
        }
        for (r, c) in g.rows.iter().zip(rows) {
            let bar = bar(r, g.range_max.max(g.max_value), log);
            // The conflict column only when some row has a conflict.
            let refs = if w[0] == 0 {
                String::new()
            } else {
                format!("{} ", pad(&c[0], w[0]))
            };
            let line = format!(
                "{refs}{}  {}  {}  {}{}  {}  {}",
                pad(&c[1], w[1]),
                pad(standing_label(r.standing, ar), w_standing),
                pad(&c[2], w[2]),
                " ".repeat(w[3].saturating_sub(c[3].width())),
                c[3],
                pad(&bar, BAR_WIDTH),
                c[4],
            );
            lines.push(format!("{}\n", line.trim_end()));
        }
    }
    for (list, prefix, title_en, title_ar) in [
        (&cmp.conflicts, "", "Conflicts", "تعارضات"),
        (
            &cmp.consistent,
            "c",
            "Consistent differences",
            "فروق متوافقة",
        ),
    ] {
        if list.is_empty() {
            continue;
        }
        lines.push(format!("\n{}\n", if ar { title_ar } else { title_en }));
        for (i, c) in list.iter().enumerate() {
            let message = if ar { &c.message_ar } else { &c.message_en };
            lines.push(format!(
                "[{prefix}{}] {}: {}\n",
                i + 1,
                kind_label(c.kind, lang),
                sanitize(message)
            ));
        }
    }
    if cmp.truncated {
        lines.push(format!(
            "\n{}\n",
            if ar {
                "(توقف البحث عن التعارضات بعد أول 10,000)"
            } else {
                "(detection stopped after the first 10,000 relations)"
            }
        ));
    }
    lines
}

/// A figure's bar: `#` up to its value; a vague figure's range shown as
/// `#` up to its lower bound then `~` up to its upper bound, so that a
/// vague word is never drawn as an exact count.
fn bar(r: &Row, max: u64, log: bool) -> String {
    let low = bar_len(r.value, max, BAR_WIDTH, log);
    match (r.vague, r.high) {
        (true, Some(high)) => {
            let top = bar_len(high, max.max(high), BAR_WIDTH, log).max(low);
            format!("{}{}", "#".repeat(low), "~".repeat(top - low))
        }
        _ => "#".repeat(low),
    }
}

/// A row's relations as `kind:other-claim-id,…` joined with "; ".
fn relations(list: &[crate::compare::Conflict], of_row: &[usize], claim: usize) -> String {
    of_row
        .iter()
        .filter_map(|&i| list.get(i))
        .map(|c| {
            let others: Vec<&str> = c
                .claims
                .iter()
                .zip(&c.claim_ids)
                .filter(|(idx, _)| **idx != claim)
                .map(|(_, id)| id.as_str())
                .collect();
            format!("{}:{}", c.kind.as_str(), others.join(","))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One CSV row per claim, with its group's columns repeated so that a
/// spreadsheet can filter and pivot without joins. Conflicts are listed
/// per row as `kind:other-claim-id`.
pub fn csv_string(cmp: &Comparison) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "group",
        "subject",
        "subject_en",
        "subject_ar",
        "category",
        "equipment",
        "claim",
        "event",
        "claimant",
        "claimant_en",
        "claimant_ar",
        "standing",
        "value",
        "qualifier",
        "display",
        "as_of",
        "articles",
        "outlets_en",
        "outlets_ar",
        "conflicts",
        "era",
        "claimant_side",
        "value_text",
        "vague",
        "low",
        "high",
        "note",
        "consistent",
        "draft",
    ])?;
    for (n, g) in cmp.groups.iter().enumerate() {
        for r in &g.rows {
            let join = |f: &dyn Fn(&crate::compare::RowSource) -> &str| {
                r.sources.iter().map(f).collect::<Vec<_>>().join("; ")
            };
            let record = [
                (n + 1).to_string(),
                g.subject_ids.join("; "),
                g.subject_en.clone(),
                g.subject_ar.clone(),
                g.category.as_str().to_string(),
                g.equipment.clone().unwrap_or_default(),
                r.claim_id.clone(),
                r.event_id.clone(),
                r.claimant_id.clone(),
                r.claimant_en.clone(),
                r.claimant_ar.clone(),
                r.standing.as_str().to_string(),
                r.value.to_string(),
                r.qualifier.as_str().to_string(),
                r.display.clone(),
                r.as_of.iso(),
                join(&|s| s.article_id.as_str()),
                join(&|s| s.outlet_en.as_str()),
                join(&|s| s.outlet_ar.as_str()),
                relations(&cmp.conflicts, &r.conflicts, r.claim),
                g.era_id.clone(),
                r.claimant_side.map_or("", |s| s.as_str()).to_string(),
                r.value_text.clone().unwrap_or_default(),
                r.vague.to_string(),
                r.low.to_string(),
                r.high.map_or_else(String::new, |h| h.to_string()),
                r.note.clone().unwrap_or_default(),
                relations(&cmp.consistent, &r.consistent, r.claim),
                crate::export::draft_label(r.draft.as_ref(), None),
            ];
            // CSV is often viewed with `cat`: no corpus text may drive the
            // terminal there either.
            w.write_record(record.iter().map(|f| sanitize(f).into_owned()))?;
        }
    }
    w.into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}
