//! Speed of the corpus pipeline on a generated corpus 100× and 1000× the
//! bundled one (`benches/common/mod.rs`): load + validate + index from
//! memory, filtering (date range, actor, Arabic search with folding), the
//! casualty comparison, and the JSON / CSV export of the whole timeline.
//!
//! Run: `cargo bench --bench corpus` (figures in docs/benchmarks.md).
//! One size only: `CORPUS_BENCH_COPIES=100 cargo bench --bench corpus`.

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use karabakh_timeline::compare::{ClaimScope, compare};
use karabakh_timeline::corpus::load;
use karabakh_timeline::export::{Format, render};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::select::{Filter, FilterSpec, Scope, Selection};
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::app::App;
use karabakh_timeline::tui::drive::{self, Io};
use karabakh_timeline::tui::screenshot;
use std::sync::Arc;

fn specs() -> [(&'static str, FilterSpec); 3] {
    [
        (
            "dates",
            FilterSpec {
                from: Some("2020-10-01".into()),
                to: Some("2020-10-31".into()),
                ..FilterSpec::default()
            },
        ),
        (
            "actor",
            FilterSpec {
                actors: vec!["بوتين".into()],
                ..FilterSpec::default()
            },
        ),
        (
            "search",
            // Folds to «اذربيجان»: matches أذربيجان in titles and quotes.
            FilterSpec {
                search: Some("أذربيجان".into()),
                ..FilterSpec::default()
            },
        ),
    ]
}

fn bench(c: &mut Criterion) {
    // CORPUS_BENCH_COPIES=100 (comma-separated) runs fewer sizes.
    let sizes: Vec<usize> = std::env::var("CORPUS_BENCH_COPIES")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1000]);
    for copies in sizes {
        let corpus = common::generate(copies);
        let t = match load(&corpus) {
            Ok(t) => t,
            Err(p) => panic!("generated corpus x{copies} does not load:\n{p}"),
        };
        let size = format!("x{copies}");
        eprintln!(
            "{size}: {} articles, {} events, {} claims, {} bytes of text, {} bytes of annotations",
            t.articles.len(),
            t.events.len(),
            t.claims.len(),
            corpus.text_bytes(),
            corpus.annotation_bytes()
        );
        let mut g = c.benchmark_group("corpus");
        g.sample_size(10);
        g.warm_up_time(Duration::from_secs(1));
        g.measurement_time(Duration::from_secs(if copies >= 1000 { 8 } else { 3 }));

        g.bench_function(BenchmarkId::new("load", &size), |b| {
            b.iter(|| black_box(load(black_box(&corpus)).is_ok()))
        });
        for (name, spec) in specs() {
            // The first search also folds the whole timeline once (the
            // index `event_text_matches` uses); criterion then measures
            // the searches that follow.
            let start = Instant::now();
            let filter = Filter::parse(&spec, &t).expect("filter");
            let n = Selection::new(&t, &Scope::Filter(Box::new(filter)))
                .events
                .len();
            eprintln!(
                "{size}: filter {name} selects {n} events (first run {:.2?})",
                start.elapsed()
            );
            g.bench_function(BenchmarkId::new(format!("filter_{name}"), &size), |b| {
                b.iter(|| {
                    let f = Filter::parse(black_box(&spec), &t).expect("filter");
                    black_box(Selection::new(&t, &Scope::Filter(Box::new(f))))
                })
            });
        }
        // One run printed (with its counts), then sampled by criterion;
        // the hostile group sizes are in benches/hostile.rs.
        let start = Instant::now();
        let cmp = compare(&t, ClaimScope::All);
        eprintln!(
            "{size}: compare(All), one run: {:.2?}, {} groups, {} conflicts",
            start.elapsed(),
            cmp.groups.len(),
            cmp.conflicts.len()
        );
        drop(cmp);
        g.bench_function(BenchmarkId::new("compare_all", &size), |b| {
            b.iter(|| black_box(compare(&t, ClaimScope::All)))
        });
        // The TUI's claim pane in "all shown events" mode (key `a`, pressed
        // through the key table): the comparison is recomputed once when
        // the scope changes; then one frame is drawn.
        let mut app = App::new(Arc::new(t.clone()), Lang::En, BidiMode::Off, (120, 40));
        let start = Instant::now();
        let _ = drive::press(&mut app, "<Tab><Tab>a", Io::DryRun);
        let toggled = start.elapsed();
        let start = Instant::now();
        let n = screenshot::draw(&app, app.size).area.height;
        eprintln!(
            "{size}: tui `a` (all claims), one run: {toggled:.2?}; one frame: {:.2?}, {n} rows",
            start.elapsed()
        );
        drop(app);
        let all = Selection::new(&t, &Scope::All);
        for format in [Format::Json, Format::Csv] {
            g.bench_function(
                BenchmarkId::new(format!("export_{}", format.as_str()), &size),
                |b| b.iter(|| black_box(render(&t, black_box(&all), format)).len()),
            );
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
