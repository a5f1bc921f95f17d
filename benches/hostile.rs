//! The hostile sizes of issue 13, finding 6, each of which used to be
//! quadratic:
//!
//! - `compare_one_group/N`: N claims in one group (same era, sides and
//!   category), every one a distinct figure, from four claimants of both
//!   standings (4,000 used to take 30 s and 5.1 GB; 20,000 more than 20 GB);
//! - `load_quotes_one_article/100000`: 100,000 distinct quotes cited in one
//!   article (62 s when each quote scanned the whole article);
//! - `load_occurrences_one_article/100000`: one sentence printed 100,000
//!   times, each occurrence cited with `occurrence` (198 s);
//! - `article_pane_16mib/open` and `/scroll`: an article at the loader's
//!   limit (16 MiB) shown in the TUI at 200x60 (the passage opened, then
//!   paged through), which used to lay the whole article out first (issue
//!   13, finding 6).
//!
//! Run: `cargo bench --bench hostile` (figures in docs/benchmarks.md).

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use common::MemCorpus;
use common::sizes::peak_rss;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use karabakh_timeline::compare::{ClaimScope, compare};
use karabakh_timeline::corpus::schema::{Qualifier, Standing};
use karabakh_timeline::corpus::{Timeline, bundled, load};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::app::App;
use karabakh_timeline::tui::drive::{Io, press};
use karabakh_timeline::tui::screenshot::draw;
use serde_json::json;
use std::collections::HashMap;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The bundled timeline with `n` more claims, all in the group of Putin's
/// total-killed figures: distinct values, four claimants, both standings.
fn one_big_group(n: usize) -> Timeline {
    let mut t = bundled::timeline().expect("bundled corpus");
    let model = t
        .claims
        .iter()
        .find(|c| c.id == "official-total-dead-lt1000-art001")
        .cloned()
        .expect("model claim");
    let claimants: Vec<usize> = ["putin", "official-sources", "media-reports", "azerbaijan"]
        .iter()
        .filter_map(|id| t.entities.iter().position(|e| e.id == *id))
        .collect();
    for i in 0..n {
        let mut c = model.clone();
        c.id = format!("hostile-{i}");
        c.value = 100 + i as u64;
        c.qualifier = if i % 3 == 0 {
            Qualifier::Exact
        } else {
            Qualifier::About
        };
        c.claimant = claimants[i % claimants.len()];
        c.standing = if i % 2 == 0 {
            Standing::Official
        } else {
            Standing::Outside
        };
        c.value_text = Some((100 + i).to_string());
        t.claims.push(c);
    }
    t
}

/// A corpus of one article and `quotes` sources on it (in events of 100
/// sources each): distinct lines, or one sentence repeated and cited by
/// occurrence.
fn one_article(quotes: usize, by_occurrence: bool) -> MemCorpus {
    let sentence = "وأضاف أن القتال مستمر.";
    let mut text = String::from("عنوان المقال\n");
    for i in 0..quotes {
        if by_occurrence {
            text.push_str(sentence);
            text.push('\n');
        } else {
            text.push_str(&format!("سطر {i} من المقال: قال المتحدث إن الوضع هادئ.\n"));
        }
    }
    let source = |i: usize| {
        if by_occurrence {
            json!({"article": "a", "quote": sentence, "occurrence": i + 1})
        } else {
            json!({"article": "a", "quote": format!("سطر {i} من المقال")})
        }
    };
    let events: Vec<_> = (0..quotes.div_ceil(100))
        .map(|e| {
            json!({
                "id": format!("e-{e}"),
                "date": {"start": "2020-10-01", "basis": {"kind": "printed", "note": "test"}},
                "era": "war",
                "kind": "fighting",
                "title": {"ar": "قتال", "en": "Fighting"},
                "summary": "Fighting.",
                "sources": (e * 100..((e + 1) * 100).min(quotes)).map(source).collect::<Vec<_>>(),
            })
        })
        .collect();
    one_article_corpus(text, serde_json::Value::Array(events))
}

/// One article just under 16 MiB (the bundled articles' lines, numbered,
/// over and over) and one event citing a line in its middle.
fn huge_article() -> MemCorpus {
    let lines: Vec<String> = bundled::FILES
        .iter()
        .filter(|(n, _)| n.ends_with(".txt"))
        .flat_map(|(_, b)| {
            String::from_utf8_lossy(b)
                .lines()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .filter(|l| !l.trim().is_empty())
        .collect();
    let limit = 16 * 1024 * 1024 - 4096;
    let mut text = String::from("عنوان المقال\n");
    let mut n = 0;
    while text.len() < limit - 1024 {
        if n == 10_000 {
            text.push_str("هذا هو المقطع المقتبس في وسط المقال.\n");
        }
        let l = &lines[n % lines.len()];
        if text.len() + l.len() + 16 > limit - 1024 {
            break;
        }
        text.push_str(&format!("{n} {l}\n"));
        n += 1;
    }
    let events = json!([{
        "id": "e", "date": {"start": "2020-10-01", "basis": {"kind": "printed", "note": "test"}},
        "era": "war", "kind": "fighting",
        "title": {"ar": "قتال", "en": "Fighting"}, "summary": "Fighting.",
        "sources": [{"article": "a", "quote": "هذا هو المقطع المقتبس في وسط المقال"}]
    }]);
    one_article_corpus(text, events)
}

/// A corpus of one article `a.txt` holding `text`, one era and `events`.
fn one_article_corpus(text: String, events: serde_json::Value) -> MemCorpus {
    let doc = json!({
        "schema_version": 2,
        "articles": [{
            "id": "a", "file": "a.txt",
            "outlet": {"unknown_reason": "generated"},
            "headline": "عنوان المقال",
            "published": {"start": "2020-10-01", "basis": {"kind": "printed", "note": "test"}},
            "language": "ar"
        }],
        "entities": [],
        "eras": [{
            "id": "war", "title": {"ar": "الحرب", "en": "The war"},
            "start": "2020-09-27", "end": "2020-11-10", "summary": "s"
        }],
        "events": events,
        "claims": []
    });
    let mut files = HashMap::new();
    files.insert(
        "annotations.json".to_string(),
        serde_json::to_vec(&doc).expect("json"),
    );
    files.insert("a.txt".to_string(), text.into_bytes());
    MemCorpus { files }
}

/// The article pane on a 16 MiB article: opening the passage (the app
/// built, Enter, a frame) and paging through it (PgDn in the pane, a frame).
fn article_pane(c: &mut Criterion) {
    let corpus = huge_article();
    let t = Arc::new(load(&corpus).unwrap_or_else(|p| panic!("huge article:\n{p}")));
    let open = || {
        let mut app = App::new(t.clone(), Lang::En, BidiMode::App, (200, 60));
        press(&mut app, "<Enter>", Io::DryRun).expect("keys");
        black_box(draw(&app, app.size));
        app
    };
    let start = Instant::now();
    let mut app = open();
    eprintln!(
        "article_pane_16mib: {} bytes, opened in {:.2?}, peak RSS {}",
        corpus.text_bytes(),
        start.elapsed(),
        peak_rss()
    );
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(3));
    g.bench_function(BenchmarkId::new("article_pane_16mib", "open"), |b| {
        b.iter(|| black_box(open()))
    });
    let mut k = 0u64;
    g.bench_function(BenchmarkId::new("article_pane_16mib", "scroll"), |b| {
        b.iter(|| {
            k += 1;
            let key = if k % 50 < 25 { "<PgDn>" } else { "<PgUp>" };
            press(&mut app, key, Io::DryRun).expect("keys");
            black_box(draw(&app, app.size))
        })
    });
    g.finish();
    eprintln!("article_pane_16mib: after paging, peak RSS {}", peak_rss());
}

fn bench(c: &mut Criterion) {
    article_pane(c);
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    for n in [4_000, 20_000] {
        let t = one_big_group(n);
        let start = Instant::now();
        let cmp = compare(&t, ClaimScope::All);
        eprintln!(
            "compare_one_group/{n}: one run {:.2?}, {} conflicts, {} consistent, peak RSS {}",
            start.elapsed(),
            cmp.conflicts.len(),
            cmp.consistent.len(),
            peak_rss()
        );
        drop(cmp);
        g.bench_function(BenchmarkId::new("compare_one_group", n), |b| {
            b.iter(|| black_box(compare(&t, ClaimScope::All)))
        });
    }
    for (name, by_occurrence) in [
        ("load_quotes_one_article", false),
        ("load_occurrences_one_article", true),
    ] {
        let n = 100_000;
        let corpus = one_article(n, by_occurrence);
        let start = Instant::now();
        let t = load(&corpus).unwrap_or_else(|p| panic!("{name} does not load:\n{p}"));
        eprintln!(
            "{name}/{n}: one run {:.2?}, {} sources, {} bytes of article, {} bytes of annotations, peak RSS {}",
            start.elapsed(),
            t.events.iter().map(|e| e.sources.len()).sum::<usize>(),
            corpus.text_bytes(),
            corpus.annotation_bytes(),
            peak_rss()
        );
        drop(t);
        g.bench_function(BenchmarkId::new(name, n), |b| {
            b.iter(|| black_box(load(black_box(&corpus)).is_ok()))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
