//! The `karabakh-timeline` binary: parses arguments and hands over to the
//! library, which does everything else.

use clap::Parser;
use karabakh_timeline::cli::{Cli, Output, run};

fn main() {
    let cli = Cli::parse();
    let mut out = Output::stdio();
    let code = run(cli, &mut out);
    out.flush();
    std::process::exit(code);
}
