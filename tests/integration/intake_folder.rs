//! `--corpus DIR` on a folder of plain `.txt` articles with no
//! annotations: drafted as it loads, every item marked a draft; the real
//! binary, its output parsed back.

use crate::intake_add::{A002, A004, asset, own, snapshot};
use crate::util::bin;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn plain_folder(files: &[(&str, String)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    for (name, from) in files {
        fs::copy(from, tmp.path().join(name)).expect("copy");
    }
    tmp
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let o = bin()
        .arg("--corpus")
        .arg(dir)
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

#[test]
fn a_folder_of_plain_articles_is_a_timeline_of_drafts() {
    let tmp = plain_folder(&[
        (A002, asset(A002)),
        (A004, asset(A004)),
        ("valdai-report.txt", own("valdai-report.txt")),
    ]);
    let before = snapshot(tmp.path());
    bin()
        .arg("--corpus")
        .arg(tmp.path())
        .arg("check")
        .assert()
        .success()
        .stdout(predicates::str::contains("corpus is valid: 3 articles"));
    let v = json(tmp.path(), &["list"]);
    let events = v["events"].as_array().expect("events");
    assert!(events.len() > 10, "{}", events.len());
    assert!(
        events.iter().all(|e| e["draft"]["rule"].is_string()),
        "every event is a draft"
    );
    let claims = v["claims"].as_array().expect("claims");
    assert!(!claims.is_empty());
    assert!(claims.iter().all(|c| c["draft"].is_object()));
    // Dates come from the articles' own datelines.
    assert!(
        events.iter().any(|e| e["start"] == "2020-09-30"),
        "Wednesday before 002's Thursday"
    );
    // The report of the same Valdai remarks is merged into 004's event.
    let valdai = events
        .iter()
        .find(|e| {
            e["sources"].as_array().is_some_and(|s| {
                s.iter().any(|x| x["article"] == "004-d9e06ef87a3c0df4")
                    && s.iter().any(|x| x["article"] == "valdai-report")
            })
        })
        .expect("one event, two articles");
    assert_eq!(valdai["start"], "2020-10-22");
    // The comparison works on the drafts too.
    let c = json(tmp.path(), &["claims"]);
    assert!(!c["groups"].as_array().expect("groups").is_empty());
    assert_eq!(snapshot(tmp.path()), before, "loading writes nothing");
}

#[test]
fn an_undated_plain_article_stands_on_its_file_date_said_so() {
    let tmp = plain_folder(&[("undated.txt", own("undated.txt"))]);
    let v = json(tmp.path(), &["list"]);
    let events = v["events"].as_array().expect("events");
    // «يوم الخميس» cannot be counted without a real publication date: that
    // event is left out; the war's start, printed in full, is there.
    let starts: Vec<&str> = events.iter().filter_map(|e| e["start"].as_str()).collect();
    assert_eq!(starts, ["2020-09-27"], "{v}");
    let p = &events[0]["sources"][0]["published"];
    assert_eq!(p["basis"]["kind"], "inferred");
    assert_eq!(p["approximate"], true);
    assert!(
        p["basis"]["note"]
            .as_str()
            .is_some_and(|n| n.contains("undated.txt was last modified on")),
        "{p}"
    );
}

#[test]
fn a_bad_plain_article_is_named_and_the_load_fails() {
    let tmp = plain_folder(&[(A002, asset(A002))]);
    fs::write(
        tmp.path().join("english.txt"),
        "The war in Nagorno-Karabakh.\n",
    )
    .expect("write");
    fs::write(tmp.path().join("bad.txt"), b"\xd9\x82\xff\n").expect("write");
    let o = bin()
        .arg("--corpus")
        .arg(tmp.path())
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bad.txt:1:2: not UTF-8 text (byte 0xFF at offset 2)"),
        "{err}"
    );
    assert!(err.contains("english.txt: not an Arabic article"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");
    // An empty folder is still an error that says what is missing.
    let empty = tempfile::tempdir().expect("tempdir");
    bin()
        .arg("--corpus")
        .arg(empty.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicates::str::contains("annotations.json: cannot read"));
}

#[test]
fn add_to_a_folder_of_plain_articles_keeps_them() {
    let tmp = plain_folder(&[(A002, asset(A002))]);
    let (code, out, err) = crate::intake_add::add(tmp.path(), &[&asset(A004)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("added 1 article"), "{out}");
    let t = crate::intake_add::loaded(tmp.path());
    let ids: Vec<&str> = t.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["002-9d3c80a75afef3d0", "004-d9e06ef87a3c0df4"]);
}
