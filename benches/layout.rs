//! Throughput of the text engine (app mode, width 80): the five bundled
//! articles, a generated ~5 MB Arabic corpus, and one ~1 MB paragraph (no
//! line breaks) to show that long paragraphs stay linear.
//!
//! Run: `cargo bench --bench layout -- --quick` (figures in docs/benchmarks.md).

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use karabakh_timeline::text::{BidiMode, LayoutOptions, find_all, layout};

fn articles() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Repeats the articles (numbering each copy, so paragraphs differ a little)
/// until the text reaches `bytes`.
fn generated(articles: &[String], bytes: usize, separator: &str) -> String {
    let mut out = String::with_capacity(bytes + 16_384);
    let mut n = 0usize;
    while out.len() < bytes {
        for a in articles {
            out.push_str(&format!("العدد {n} — "));
            out.push_str(&a.replace('\n', separator));
            out.push_str(separator);
            n += 1;
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let articles = articles();
    let opts = LayoutOptions {
        width: 80,
        mode: BidiMode::App,
    };
    let five: usize = articles.iter().map(String::len).sum();
    let mut g = c.benchmark_group("layout_w80");
    g.throughput(Throughput::Bytes(five as u64));
    g.bench_function("five_articles", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(layout(black_box(a), &opts));
            }
        })
    });
    let big = generated(&articles, 5 * 1024 * 1024, "\n");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("generated_5mb", |b| {
        b.iter(|| black_box(layout(black_box(&big), &opts)))
    });
    let long = generated(&articles, 1024 * 1024, " ");
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("one_paragraph_1mb", |b| {
        b.iter(|| black_box(layout(black_box(&long), &opts)))
    });
    g.finish();

    let mut g = c.benchmark_group("find_all");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("generated_5mb", |b| {
        b.iter(|| black_box(find_all(black_box(&big), "اذربيجان")))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
