//! Writes a large generated corpus (the bundled one replicated N times, see
//! `benches/common/mod.rs`) to a folder, to try `--corpus` on:
//!
//! ```text
//! cargo run --release --example gen_corpus -- /tmp/corpus-x1000 1000
//! cargo run --release -- --corpus /tmp/corpus-x1000
//! ```

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: gen_corpus OUT_DIR N   (N copies of the bundled corpus, N ≥ 1)");
        return ExitCode::from(2);
    };
    if n == 0 {
        eprintln!("gen_corpus: N must be at least 1");
        return ExitCode::from(2);
    }
    let corpus = common::generate(n);
    if let Err(e) = corpus.write_to(&PathBuf::from(dir)) {
        eprintln!("gen_corpus: cannot write {dir}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "{dir}: {} files, {} bytes of article text, {} bytes of annotations",
        corpus.files.len(),
        corpus.text_bytes(),
        corpus.annotation_bytes()
    );
    ExitCode::SUCCESS
}
