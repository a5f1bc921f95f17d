//! Speed of `add` (issue 12): adding 1,000 articles to a new corpus must
//! take under 10 s — reading them, drafting each, merging the drafts
//! (events reported by many articles become one event with many sources),
//! checking the whole corpus with the real loader and writing it.
//!
//! The articles are generated from the five bundled ones: article `k` is
//! bundled article `k % 5` under a dateline of its own (1 Oct 2020 plus
//! `k % 40` days, so drafts spread over the war) and with a last line
//! that makes its bytes unique (`add` refuses an article twice). Also
//! measured: a folder of 1,000 plain articles drafted as it loads.
//!
//! Run: `cargo bench --bench intake` (figures in docs/extraction.md).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Days, NaiveDate};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use karabakh_timeline::corpus::bundled;
use karabakh_timeline::intake::{AddOptions, add, load_folder};

/// Writes `n` generated articles into `dir`; their paths.
fn articles(dir: &Path, n: usize) -> Vec<PathBuf> {
    let Ok(t) = bundled::timeline() else {
        return Vec::new();
    };
    let start = NaiveDate::from_ymd_opt(2020, 10, 1).unwrap_or_default();
    (0..n)
        .map(|k| {
            let a = &t.articles[k % t.articles.len()];
            let day = start + Days::new((k % 40) as u64);
            let mut lines = a.text.lines();
            let headline = lines.next().unwrap_or("");
            let text = format!(
                "{headline}\n{}\n{}\nرقم النسخة {k}\n",
                day.format("%d/%m/%Y"),
                lines.collect::<Vec<_>>().join("\n")
            );
            let path = dir.join(format!("article-{k:04}.txt"));
            std::fs::write(&path, text).expect("write an article");
            path
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let src = tempfile::tempdir().expect("tempdir");
    let paths = articles(src.path(), 1000);
    let mut g = c.benchmark_group("intake");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(30));
    for n in [100, 1000] {
        g.bench_function(format!("add_{n}_articles_to_a_new_corpus"), |b| {
            b.iter_batched(
                || tempfile::tempdir().expect("tempdir"),
                |dir| {
                    let corpus = dir.path().join("corpus");
                    // A refused add would time the error path: it must not.
                    let report = add(&AddOptions {
                        corpus: &corpus,
                        articles: &paths[..n],
                        published: None,
                    })
                    .expect("the articles are added");
                    black_box(report.articles.len());
                    // Returned, so that deleting the corpus is not timed.
                    dir
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.bench_function("load_a_folder_of_1000_plain_articles", |b| {
        b.iter(|| {
            black_box(
                load_folder(src.path())
                    .expect("the folder loads")
                    .events
                    .len(),
            )
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
