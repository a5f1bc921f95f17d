//! The rows of issue 11's table at three sizes (the bundled corpus, a
//! generated one of 100× its counts, the reference corpus: see
//! `benches/common/sizes.rs`), each as the whole command minus the
//! process start (`cli::run` with the same arguments, output to a sink),
//! and the pieces they are made of (load, filters, the comparison, the
//! exports' rendering).
//!
//! Run: `cargo bench --bench corpus` (figures in docs/performance.md).
//! Fewer sizes: `KT_BENCH_SIZES=bundled,x100 cargo bench --bench corpus`;
//! fewer rows: criterion's filter, e.g. `cargo bench --bench corpus -- check`.

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod common;

use clap::Parser;
use common::sizes::{Corpus, bytes_on_disk, peak_rss};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use karabakh_timeline::cli::{Cli, Output, run};
use karabakh_timeline::compare::{ClaimScope, compare};
use karabakh_timeline::corpus::progress::Silent;
use karabakh_timeline::corpus::{DirSource, Timeline, cache, load};
use karabakh_timeline::export::{Format, render};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::select::{Filter, FilterSpec, Scope, Selection};
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::app::App;
use karabakh_timeline::tui::screenshot;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Runs the program as `karabakh-timeline ARGS…` would, its output thrown
/// away; returns the exit code.
pub fn command(args: &[&str]) -> i32 {
    let argv = std::iter::once("karabakh-timeline").chain(args.iter().copied());
    let cli = Cli::try_parse_from(argv).expect("valid arguments");
    let mut out = Output::new(Box::new(std::io::sink()), Box::new(std::io::sink()));
    run(cli, &mut out)
}

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

/// The whole commands of the table.
fn commands(c: &mut Criterion, size: Corpus, dir: &Path) {
    let d = dir.to_str().expect("UTF-8 path");
    let out = std::env::temp_dir().join(format!("kt-bench-export-{}", std::process::id()));
    let o = out.to_str().expect("UTF-8 path");
    let rows: [(&str, Vec<&str>); 6] = [
        ("check", vec!["--corpus", d, "check"]),
        ("claims", vec!["--corpus", d, "--bidi", "off", "claims"]),
        ("list_csv", vec!["--corpus", d, "list", "--format", "csv"]),
        (
            "export_md",
            vec![
                "--corpus", d, "export", "--format", "md", "-o", o, "--force",
            ],
        ),
        (
            "export_timelinejs",
            vec![
                "--corpus",
                d,
                "export",
                "--format",
                "timelinejs",
                "-o",
                o,
                "--force",
            ],
        ),
        ("first_frame", Vec::new()),
    ];
    let mut g = c.benchmark_group("command");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    for (name, args) in &rows {
        let id = BenchmarkId::new(*name, size.name());
        if *name == "first_frame" {
            // The TUI's launch minus the terminal: load, build the app at
            // 200x60, draw the first frame.
            g.bench_function(id, |b| {
                b.iter(|| {
                    let t = load(&DirSource(dir.to_path_buf())).expect("loads");
                    let app = App::new(Arc::new(t), Lang::En, BidiMode::App, (200, 60));
                    black_box(screenshot::draw(&app, app.size))
                })
            });
            continue;
        }
        // The full load, as before the cache (whose warm load is
        // `piece/load_cached`): these rows must not read the user's cache.
        let args: Vec<&str> = std::iter::once("--no-cache")
            .chain(args.iter().copied())
            .collect();
        assert_eq!(command(&args), 0, "{name} on {}", size.name());
        g.bench_function(id, |b| b.iter(|| black_box(command(&args))));
    }
    g.finish();
    let _ = std::fs::remove_file(&out);
}

/// What the commands are made of, on a loaded timeline.
fn pieces(c: &mut Criterion, size: Corpus, dir: &Path, t: &Timeline) {
    let mut g = c.benchmark_group("piece");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    let name = size.name();
    g.bench_function(BenchmarkId::new("load", name), |b| {
        b.iter(|| black_box(load(&DirSource(dir.to_path_buf())).is_ok()))
    });
    // A second launch's load: the cache entry (in a folder of the bench's
    // own, written by the first call) read, checked and used.
    let cache = tempfile::TempDir::new().expect("a cache folder");
    let cached = || cache::load(dir, Some(cache.path()), &Silent).is_ok();
    assert!(cached(), "{name} loads");
    g.bench_function(BenchmarkId::new("load_cached", name), |b| {
        b.iter(|| black_box(cached()))
    });
    for (filter, spec) in specs() {
        // The first search also folds the whole timeline once; criterion
        // then measures the searches that follow.
        let start = Instant::now();
        let f = Filter::parse(&spec, t).expect("filter");
        let n = Selection::new(t, &Scope::Filter(Box::new(f))).events.len();
        eprintln!(
            "{name}: filter {filter} selects {n} events (first run {:.2?})",
            start.elapsed()
        );
        g.bench_function(BenchmarkId::new(format!("filter_{filter}"), name), |b| {
            b.iter(|| {
                let f = Filter::parse(black_box(&spec), t).expect("filter");
                black_box(Selection::new(t, &Scope::Filter(Box::new(f))))
            })
        });
    }
    let cmp = compare(t, ClaimScope::All);
    eprintln!(
        "{name}: compare(All): {} groups, {} conflicts",
        cmp.groups.len(),
        cmp.conflicts.len()
    );
    g.bench_function(BenchmarkId::new("compare_all", name), |b| {
        b.iter(|| black_box(compare(t, ClaimScope::All)))
    });
    let all = Selection::new(t, &Scope::All);
    for format in [Format::Json, Format::Csv, Format::Md, Format::TimelineJs] {
        g.bench_function(
            BenchmarkId::new(format!("render_{}", format.as_str()), name),
            |b| b.iter(|| black_box(render(t, black_box(&all), format)).len()),
        );
    }
    g.finish();
}

fn bench(c: &mut Criterion) {
    for size in Corpus::selected() {
        let dir = size.dir();
        let start = Instant::now();
        let t = load(&DirSource(dir.clone()))
            .unwrap_or_else(|p| panic!("{} does not load:\n{p}", size.name()));
        eprintln!(
            "{}: {} articles, {} events, {} claims, {} bytes on disk; one load {:.2?}, peak RSS {}",
            size.name(),
            t.articles.len(),
            t.events.len(),
            t.claims.len(),
            bytes_on_disk(&dir),
            start.elapsed(),
            peak_rss()
        );
        commands(c, size, &dir);
        pieces(c, size, &dir, &t);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
