//! Writes a large generated corpus to a folder, to load with `--corpus`:
//!
//! ```text
//! # the reference corpus of issue 11 (docs/performance.md)
//! cargo run --release --example gen_corpus -- --articles 20000 --events 100000 --claims 50000 --seed 1 /tmp/kt-ref
//! # the bundled corpus replicated N times (benches/common/mod.rs)
//! cargo run --release --example gen_corpus -- /tmp/kt-x1000 1000
//! cargo run --release -- --corpus /tmp/kt-ref
//! ```

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/common/mod.rs"]
mod common;

use clap::Parser;
use common::reference::{self, Size};
use std::path::PathBuf;
use std::process::ExitCode;

/// Writes a generated corpus: `--articles/--events/--claims/--seed` for
/// one generated from the bundled articles' vocabulary (the reference
/// corpus: 20000 / 100000 / 50000, seed 1), or `N` copies of the bundled
/// corpus.
#[derive(Parser)]
struct Args {
    /// Articles of the generated corpus
    #[arg(long, default_value_t = Size::REFERENCE.articles)]
    articles: usize,
    /// Events of the generated corpus
    #[arg(long, default_value_t = Size::REFERENCE.events)]
    events: usize,
    /// Claims of the generated corpus
    #[arg(long, default_value_t = Size::REFERENCE.claims)]
    claims: usize,
    /// Seed: the same seed writes the same corpus, byte for byte
    #[arg(long, default_value_t = Size::REFERENCE.seed)]
    seed: u64,
    /// The folder to write (created if needed)
    dir: PathBuf,
    /// Instead: N copies of the bundled corpus (N ≥ 1)
    copies: Option<usize>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let corpus = match args.copies {
        Some(0) => {
            eprintln!("gen_corpus: N must be at least 1");
            return ExitCode::from(2);
        }
        Some(n) => common::generate(n),
        None if args.articles == 0 || args.events == 0 => {
            eprintln!("gen_corpus: --articles and --events must be at least 1");
            return ExitCode::from(2);
        }
        None => reference::generate(Size {
            articles: args.articles,
            events: args.events,
            claims: args.claims,
            seed: args.seed,
        }),
    };
    if let Err(e) = corpus.write_to(&args.dir) {
        eprintln!("gen_corpus: cannot write {}: {e}", args.dir.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{}: {} files, {} bytes of article text, {} bytes of annotations",
        args.dir.display(),
        corpus.files.len(),
        corpus.text_bytes(),
        corpus.annotation_bytes()
    );
    ExitCode::SUCCESS
}
