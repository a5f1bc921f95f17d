//! Scores `extract` on the five bundled articles against their hand
//! annotations (the development set of docs/extraction.md).
//!
//! `cargo run --example extract_score` prints one row per article and the
//! totals; `-- --with-published` gives each article its annotated
//! publication date (as `--published` would), `-- -v` lists every drafted
//! item.

#![allow(clippy::print_stdout)]

use karabakh_timeline::corpus::bundled;
use karabakh_timeline::extract::score::{Score, development_set, pct};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let with_published = args.iter().any(|a| a == "--with-published");
    let verbose = args.iter().any(|a| a == "-v");
    let Ok(t) = bundled::timeline() else {
        println!("the bundled corpus does not load");
        return;
    };
    let mut total = Score::default();
    for scored in development_set(&t, with_published) {
        let (s, p, d) = (&scored.score, scored.published, &scored.draft);
        let Some(a) = t.articles.iter().position(|x| x.id == scored.article) else {
            continue;
        };
        let art = &t.articles[a];
        println!(
            "{:8} published {:?}; events {}/{} found, {} dated right; drafted {} ({} right); claims {}/{} (subject {}, fully {}); drafted {} ({} right, {} false); quotes {}/{}",
            art.id,
            p,
            s.events_found,
            s.events,
            s.events_dated_right,
            s.drafted_events,
            s.drafted_events_right,
            s.claims_found,
            s.claims,
            s.claims_found_with_subject,
            s.claims_found_fully,
            s.drafted_claims,
            s.drafted_claims_right,
            s.false_figures,
            s.quotes_exact,
            s.quotes
        );
        if verbose {
            println!("{}", serde_json::to_string_pretty(&d).unwrap_or_default());
        }
        if args.iter().any(|a| a == "-m") {
            for ev in &t.events {
                let mine: Vec<_> = ev.sources.iter().filter(|x| x.article == a).collect();
                if mine.is_empty() {
                    continue;
                }
                let (lo, hi) = ev.date.span();
                let hits: Vec<_> = d
                    .events
                    .iter()
                    .filter(|e| {
                        e.sources.iter().any(|y| {
                            mine.iter()
                                .any(|x| y.range.start < x.range.end && x.range.start < y.range.end)
                        })
                    })
                    .collect();
                let right = hits.iter().any(|e| {
                    e.date.as_ref().is_some_and(|dd| {
                        let s = karabakh_timeline::corpus::PartialDate::parse(&dd.start).ok();
                        let en = dd
                            .end
                            .as_deref()
                            .and_then(|x| karabakh_timeline::corpus::PartialDate::parse(x).ok())
                            .or(s);
                        matches!((s, en), (Some(s), Some(en)) if lo <= s.first_day() && en.last_day() <= hi)
                    })
                });
                if !right {
                    println!("  MISS {} {lo}..{hi}", ev.id);
                    for x in &mine {
                        println!("     «{}»", x.quote.chars().take(70).collect::<String>());
                    }
                    for e in &hits {
                        println!(
                            "     -> {:?} {:?} [{}] «{}»",
                            e.date.as_ref().map(|d| (&d.start, &d.end)),
                            e.draft.date_words,
                            e.draft.rule,
                            e.sources[0].quote.chars().take(50).collect::<String>()
                        );
                    }
                }
            }
        }
        if args.iter().any(|a| a == "-w") {
            for e in &d.events {
                let overl: Vec<_> = t
                    .events
                    .iter()
                    .filter(|ev| {
                        ev.sources.iter().any(|x| {
                            x.article == a
                                && e.sources.iter().any(|y| {
                                    y.range.start < x.range.end && x.range.start < y.range.end
                                })
                        })
                    })
                    .collect();
                let span = e.date.as_ref().and_then(|dd| {
                    let s = karabakh_timeline::corpus::PartialDate::parse(&dd.start).ok()?;
                    let en = dd
                        .end
                        .as_deref()
                        .and_then(|x| karabakh_timeline::corpus::PartialDate::parse(x).ok())
                        .unwrap_or(s);
                    Some((s.first_day(), en.last_day()))
                });
                let right = overl.iter().any(|ev| {
                    let (lo, hi) = ev.date.span();
                    span.is_some_and(|(s, en)| lo <= s && en <= hi)
                });
                if !right {
                    println!(
                        "  WRONG {:?} {:?} [{}] «{}» ~ {:?}",
                        span,
                        e.draft.date_words,
                        e.draft.rule,
                        e.sources[0].quote.chars().take(60).collect::<String>(),
                        overl
                            .iter()
                            .map(|ev| format!("{} {:?}", ev.id, ev.date.span()))
                            .collect::<Vec<_>>()
                    );
                }
            }
        }
        if args.iter().any(|a| a == "-d") {
            for ev in &t.events {
                for src in ev.sources.iter().filter(|x| x.article == a) {
                    let hits: Vec<String> = d
                        .events
                        .iter()
                        .filter(|e| {
                            e.sources.iter().any(|y| {
                                y.range.start < src.range.end && src.range.start < y.range.end
                            })
                        })
                        .map(|e| {
                            format!(
                                "{:?} [{}]",
                                e.date.as_ref().map(|d| (&d.start, &d.end)),
                                e.draft.rule
                            )
                        })
                        .collect();
                    let (lo, hi) = ev.date.span();
                    println!(
                        "  {} {lo}..{hi} «{}» -> {:?}",
                        ev.id,
                        src.quote.chars().take(50).collect::<String>(),
                        hits
                    );
                }
            }
            for e in &d.events {
                println!(
                    "  DRAFT {} {:?} {:?} «{}»",
                    e.id,
                    e.date.as_ref().map(|d| &d.start),
                    e.draft.date_words,
                    e.sources[0].quote.chars().take(60).collect::<String>()
                );
            }
        }
        total += s;
    }
    println!(
        "TOTAL published {}/{}; events found {:.0}%, dated right {:.0}%, drafted right {:.0}%; claims found {:.0}% (with subject {:.0}%, fully {:.0}%), drafted right {:.0}%, false {}; quotes exact {:.0}%",
        total.published_right,
        total.published_total,
        pct(total.events_found, total.events),
        pct(total.events_dated_right, total.events),
        pct(total.drafted_events_right, total.drafted_events),
        pct(total.claims_found, total.claims),
        pct(total.claims_found_with_subject, total.claims),
        pct(total.claims_found_fully, total.claims),
        pct(total.drafted_claims_right, total.drafted_claims),
        total.false_figures,
        pct(total.quotes_exact, total.quotes)
    );
}
