//! The reference corpus generator of the benchmarks (issue 11), at a small
//! size: what it writes is a valid corpus in the real format, the same
//! for the same seed, different for another, with quotes that really occur
//! in its articles and some vague figures.

#[path = "../../benches/common/mod.rs"]
#[allow(unused_imports, clippy::print_stderr)]
mod common;

use crate::util::bin;
use common::reference::{Size, generate};

const SMALL: Size = Size {
    articles: 30,
    events: 200,
    claims: 120,
    seed: 7,
};

#[test]
fn a_small_reference_corpus_is_valid_and_the_same_for_its_seed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = generate(SMALL);
    corpus.write_to(dir.path()).expect("write");
    let out = bin()
        .arg("--corpus")
        .arg(dir.path())
        .arg("check")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        said.contains("30 articles") && said.contains("200 events") && said.contains("120 claims"),
        "{said}"
    );
    let again = generate(SMALL);
    assert_eq!(again.files, corpus.files, "same seed, same bytes");
    let other = generate(Size { seed: 8, ..SMALL });
    assert_ne!(other.files, corpus.files, "another seed, another corpus");
    let doc: serde_json::Value =
        serde_json::from_slice(&corpus.files["annotations.json"]).expect("JSON");
    assert_eq!(doc["schema_version"], 2);
    let vague = doc["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|c| c["vague"] == true)
        .count();
    assert!(vague > 0, "some figures are vague words");
    let eras: std::collections::BTreeSet<&str> = doc["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["era"].as_str())
        .collect();
    assert!(eras.len() >= 3, "events spread over the eras: {eras:?}");
}
