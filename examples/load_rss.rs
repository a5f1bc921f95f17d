//! Loads a corpus folder (as `--corpus DIR` does) and prints how long it
//! took, what it holds and the process's peak resident memory (`VmHWM`
//! from /proc/self/status, Linux only):
//!
//! ```text
//! cargo run --release --example gen_corpus -- /tmp/corpus-x1000 1000
//! cargo run --release --example load_rss -- /tmp/corpus-x1000
//! ```

// A command-line tool: printing is its job.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use karabakh_timeline::corpus::{DirSource, load};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn status(key: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .map(|l| l[key.len()..].trim().to_string())
        })
        .unwrap_or_else(|| "n/a".to_string())
}

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: load_rss CORPUS_DIR");
        return ExitCode::from(2);
    };
    println!("before load: VmHWM {}", status("VmHWM:"));
    let start = Instant::now();
    let t = match load(&DirSource(PathBuf::from(&dir))) {
        Ok(t) => t,
        Err(p) => {
            eprintln!("{p}");
            return ExitCode::FAILURE;
        }
    };
    let took = start.elapsed();
    println!(
        "{dir}: {} articles, {} events, {} claims, loaded in {:.2?}",
        t.articles.len(),
        t.events.len(),
        t.claims.len(),
        took
    );
    println!(
        "after load: VmHWM {} (peak), VmRSS {} (timeline held)",
        status("VmHWM:"),
        status("VmRSS:")
    );
    drop(t);
    ExitCode::SUCCESS
}
