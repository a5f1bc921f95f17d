//! The three corpus sizes the benchmarks measure (docs/performance.md):
//! the bundled corpus, a generated one a hundred times its counts, and the
//! reference corpus of issue 11. Generated corpora are written once under
//! `target/bench-corpora/` (the reference takes about half a minute to
//! generate) and loaded from there as `--corpus DIR` would.
//!
//! `KT_BENCH_SIZES=bundled,x100,reference` (any of them, comma-separated)
//! chooses which sizes a benchmark runs; all three by default.

use super::reference::{self, Size};
use std::path::{Path, PathBuf};

/// Bump when the generator's output changes, so an old corpus on disk is
/// not measured as if it were the new one.
pub const GENERATOR_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corpus {
    Bundled,
    X100,
    Reference,
}

impl Corpus {
    pub const ALL: [Corpus; 3] = [Corpus::Bundled, Corpus::X100, Corpus::Reference];

    pub fn name(self) -> &'static str {
        match self {
            Corpus::Bundled => "bundled",
            Corpus::X100 => "x100",
            Corpus::Reference => "reference",
        }
    }

    /// The sizes chosen by `KT_BENCH_SIZES` (all when unset).
    pub fn selected() -> Vec<Corpus> {
        match std::env::var("KT_BENCH_SIZES") {
            Ok(v) => Corpus::ALL
                .into_iter()
                .filter(|c| v.split(',').any(|n| n.trim() == c.name()))
                .collect(),
            Err(_) => Corpus::ALL.to_vec(),
        }
    }

    /// The corpus folder, generated first if it is not there yet.
    pub fn dir(self) -> PathBuf {
        let size = match self {
            Corpus::Bundled => return Path::new(env!("CARGO_MANIFEST_DIR")).join("assets"),
            Corpus::X100 => Size::X100,
            Corpus::Reference => Size::REFERENCE,
        };
        generated_dir(size)
    }
}

/// Where a generated corpus lives, written there if missing. It is written
/// to a temporary folder and renamed, so an interrupted run never leaves
/// half a corpus that a later run would measure.
pub fn generated_dir(size: Size) -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let root = target.join("bench-corpora");
    let name = format!(
        "gen{GENERATOR_VERSION}-a{}-e{}-c{}-s{}",
        size.articles, size.events, size.claims, size.seed
    );
    let dir = root.join(&name);
    if dir.is_dir() {
        return dir;
    }
    eprintln!("generating {name} in {} …", root.display());
    let tmp = root.join(format!("{name}.partial-{}", std::process::id()));
    let corpus = reference::generate(size);
    corpus.write_to(&tmp).expect("write the generated corpus");
    drop(corpus);
    std::fs::rename(&tmp, &dir).expect("move the generated corpus into place");
    dir
}

/// Bytes of a corpus folder on disk (what "× the corpus on disk" counts).
pub fn bytes_on_disk(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok()?.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// Peak resident memory of this process so far (Linux `VmHWM`), for the
/// figures.
pub fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l["VmHWM:".len()..].trim().to_string())
        })
        .unwrap_or_else(|| "n/a".into())
}
