//! docs/cli.md shows real output: every `console` block is run and
//! compared, so the page cannot drift from the program.

use crate::util::bin;
use std::path::PathBuf;

/// The `console` blocks of a Markdown page: the command's arguments (after
/// `$ karabakh-timeline`, split at spaces) and the lines it prints.
fn examples(doc: &str) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let mut lines = doc.lines();
    while let Some(line) = lines.next() {
        if line.trim_start() != "```console" {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let mut block: Vec<&str> = Vec::new();
        for l in lines.by_ref() {
            if l.trim_start() == "```" {
                break;
            }
            block.push(l.get(indent..).unwrap_or(""));
        }
        let (command, printed) = block.split_first().expect("a command line");
        let args = command
            .strip_prefix("$ karabakh-timeline ")
            .expect("a karabakh-timeline command")
            .split(' ')
            .map(String::from)
            .collect();
        out.push((args, printed.iter().map(|l| format!("{l}\n")).collect()));
    }
    out
}

#[test]
fn every_example_in_docs_cli_md_is_what_the_program_prints() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/cli.md");
    let doc = std::fs::read_to_string(&path).expect("docs/cli.md");
    let examples = examples(&doc);
    assert!(examples.len() >= 8, "{} examples", examples.len());
    for (args, expected) in examples {
        let o = bin().args(&args).output().expect("runs");
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(
            printed,
            expected,
            "docs/cli.md is out of date for `karabakh-timeline {}`: paste what it prints now",
            args.join(" ")
        );
    }
}
