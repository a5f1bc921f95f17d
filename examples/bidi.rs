//! Runs the text engine as a filter, for comparing it with `fribidi` by hand
//! until the `bidi` subcommand exists:
//! `cargo run --example bidi -- [WIDTH] [MODE] < file.txt`

use std::io::Read;

use karabakh_timeline::text::{BidiMode, bidi_filter};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let width = args.next().and_then(|w| w.parse().ok());
    let mode = args
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(BidiMode::App);
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    print!("{}", bidi_filter(&input, width, mode));
    Ok(())
}
