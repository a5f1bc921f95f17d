//! Speed of drafting (issue 12): `extract` of one ~10 KB article must take
//! under 50 ms. Measured on the largest bundled article (004, 10,571
//! bytes) and on a generated 10 KB article made of the other four (so the
//! rules meet every kind of sentence); with and without building the
//! gazetteer (the CLI builds it once per run from the corpus entities).
//!
//! Run: `cargo bench --bench extract -- --quick` (figures in
//! docs/extraction.md).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use karabakh_timeline::corpus::bundled;
use karabakh_timeline::extract::{Gazetteer, Options, extract};

fn bench(c: &mut Criterion) {
    let Ok(t) = bundled::timeline() else {
        return;
    };
    let g = Gazetteer::from_timeline(&t);
    let largest = t.articles[4].text.clone();
    // Lines of articles 000–003 in turn, up to 10 KB.
    let mut mixed = String::new();
    'fill: for a in t.articles[..4].iter().cycle() {
        for line in a.text.lines() {
            mixed.push_str(line);
            mixed.push('\n');
            if mixed.len() >= 10_240 {
                break 'fill;
            }
        }
    }
    let mut group = c.benchmark_group("extract");
    for (name, text) in [("article_004_10kb", &largest), ("generated_10kb", &mixed)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                let opts = Options {
                    file: "a.txt",
                    published: None,
                    gazetteer: &g,
                    eras: &t.eras,
                };
                black_box(extract(black_box(text), &opts).map(|d| d.events.len()))
            })
        });
    }
    group.bench_function("article_004_with_gazetteer", |b| {
        b.iter(|| {
            let g = Gazetteer::from_timeline(&t);
            let opts = Options {
                file: "a.txt",
                published: None,
                gazetteer: &g,
                eras: &t.eras,
            };
            black_box(extract(black_box(&largest), &opts).map(|d| d.events.len()))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
