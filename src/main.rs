//! The `karabakh-timeline` binary: parses arguments and hands over to the
//! library, which does everything else.

use clap::Parser;
use karabakh_timeline::cli::{Cli, Output, run};

/// mimalloc instead of the system allocator: loading a corpus allocates
/// and frees millions of small strings, and glibc's malloc spent a quarter
/// of a large load consolidating and unlinking chunks (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = Cli::parse();
    let mut out = Output::stdio();
    let code = run(cli, &mut out);
    out.flush();
    std::process::exit(code);
}
