//! `add`: new articles into a corpus folder, as a user runs it (the real
//! binary); the folder is read back with the real loader and as JSON.

use crate::util::{bin, fixture};
use karabakh_timeline::corpus::{DirSource, Timeline, load};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

pub fn asset(name: &str) -> String {
    format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"))
}

pub const A002: &str = "002_9d3c80a75afef3d0.txt";
pub const A004: &str = "004_d9e06ef87a3c0df4.txt";
pub const A000: &str = "000_249e8729ad4eaa54.txt";
pub const A001: &str = "001_09324016873ad670.txt";

pub fn own(name: &str) -> String {
    fixture("intake").join(name).display().to_string()
}

/// Runs `add` on the corpus folder; (exit code, stdout, stderr).
pub fn add(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let o = bin()
        .arg("--corpus")
        .arg(dir)
        .arg("add")
        .args(args)
        .output()
        .expect("runs");
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

pub fn loaded(dir: &Path) -> Timeline {
    load(&DirSource(dir.to_path_buf())).expect("the corpus add wrote loads")
}

pub fn annotations(dir: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(dir.join("annotations.json")).expect("written"))
        .expect("annotations.json is JSON")
}

/// Every file of a folder and its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .map(|r| {
            r.flatten()
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        fs::read(e.path()).unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A copy of the bundled corpus (hand-annotated, no drafts) in a new
/// temporary folder.
pub fn bundled_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("corpus");
    fs::create_dir(&dir).expect("mkdir");
    for e in fs::read_dir(format!("{}/assets", env!("CARGO_MANIFEST_DIR"))).expect("assets") {
        let e = e.expect("entry");
        fs::copy(e.path(), dir.join(e.file_name())).expect("copy");
    }
    (tmp, dir)
}

#[test]
fn a_new_corpus_gets_the_copies_the_bundled_entities_and_eras_and_drafts() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("new-corpus");
    let (code, out, err) = add(&dir, &[&asset(A004), &asset(A002)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("added 2 articles to"), "{out}");
    assert!(out.contains("(a new corpus: the bundled entities and eras)"));
    assert!(out.contains("published 2020-10-23 (printed: line 10: «23 أكتوبر 2020»"));
    for name in [A002, A004] {
        assert_eq!(
            fs::read(dir.join(name)).expect("copied"),
            fs::read(asset(name)).expect("asset"),
            "{name} copied byte for byte"
        );
    }
    let t = loaded(&dir);
    let bundled = crate::util::bundled();
    assert_eq!(t.entities.len(), bundled.entities.len());
    assert_eq!(t.eras.len(), bundled.eras.len());
    assert_eq!(t.articles.len(), 2);
    assert!(!t.events.is_empty() && !t.claims.is_empty());
    assert!(
        t.events.iter().all(|e| e.draft.is_some()),
        "every event a draft"
    );
    assert!(
        t.claims.iter().all(|c| c.draft.is_some()),
        "every claim a draft"
    );
    // The claims are those of 002, with their words and sides.
    let tanks = t
        .claims
        .iter()
        .find(|c| c.value == 130)
        .expect("«دمرت 130 دبابة»");
    assert_eq!(tanks.value_text.as_deref(), Some("130"));
    assert_eq!(
        tanks.subject,
        [karabakh_timeline::corpus::schema::Side::Karabakh]
    );
    // The words that date them come along (the corpus's `basis.quote`).
    let a004 = t.articles.iter().find(|a| a.file == A004).expect("004");
    assert_eq!(
        a004.published
            .basis
            .words
            .as_ref()
            .map(|w| w.quote.as_str()),
        Some("23 أكتوبر 2020")
    );
    let valdai = t
        .events
        .iter()
        .find(|e| {
            e.date
                .basis
                .words
                .as_ref()
                .is_some_and(|w| w.quote == "أمس الخميس")
        })
        .expect("Putin's «أمس الخميس»");
    assert_eq!(valdai.date.start.iso(), "2020-10-22");
    assert!(valdai.dating_source().is_some());
    let v = annotations(&dir);
    assert_eq!(v["schema_version"], 2);
    assert!(
        v["articles"][0]["outlet"]["unknown_reason"]
            .as_str()
            .is_some_and(|r| !r.is_empty())
    );
    assert!(v["events"][0]["draft"]["rule"].is_string());
    assert!(v["events"][0]["draft"]["confidence"].is_number());
    bin()
        .arg("--corpus")
        .arg(&dir)
        .arg("check")
        .assert()
        .success();
}

#[test]
fn a_report_of_events_the_corpus_has_becomes_another_source_and_its_figures_join_their_groups() {
    let (_tmp, dir) = bundled_copy();
    let (code, out, err) = add(&dir, &[&own("valdai-report.txt")]);
    assert_eq!(code, 0, "{err}");
    // Putin's Valdai remarks of «أمس الخميس», the Karabakh authorities'
    // toll and the Washington talks are the corpus's own events.
    for line in [
        "→ putin-valdai-2020-10-22 (shares putin)",
        "→ nk-authorities-toll-2020-10-22 (shares nk-authorities)",
        "→ washington-talks-2020-10-23 (shares pompeo)",
    ] {
        assert!(out.contains(line), "{line} not in\n{out}");
    }
    assert!(out.contains("military-killed-900-valdai-report  in the group of nk-military-dead-874-art000, nk-military-dead-874-art001"), "{out}");
    // The conflict with the other outlets' 874 shows at once.
    assert!(
        out.contains("is printed as 874 by Madarat Alamiya (art-000) and 900 by unknown outlet (valdai-report): contradictory"),
        "{out}"
    );
    let t = loaded(&dir);
    let valdai = t
        .events
        .iter()
        .find(|e| e.id == "putin-valdai-2020-10-22")
        .expect("event");
    assert!(
        valdai.draft.is_none(),
        "the hand-annotated event stays accepted"
    );
    let drafted: Vec<_> = valdai
        .sources
        .iter()
        .filter(|s| s.draft.is_some())
        .collect();
    assert_eq!(drafted.len(), 1, "one drafted source: {:?}", valdai.sources);
    assert_eq!(t.articles[drafted[0].article].id, "valdai-report");
    assert!(drafted[0].quote.contains("أمس الخميس"));
    assert!(
        drafted[0]
            .draft
            .as_ref()
            .is_some_and(|d| d.rule.starts_with("another source of this event"))
    );
    // The claims of the new article are drafts, and the old ones are not.
    let new: Vec<_> = t
        .claims
        .iter()
        .filter(|c| c.id.ends_with("valdai-report"))
        .collect();
    assert_eq!(new.len(), 3);
    assert!(new.iter().all(|c| c.draft.is_some()));
    assert!(
        t.claims
            .iter()
            .filter(|c| !c.id.ends_with("valdai-report"))
            .all(|c| c.draft.is_none())
    );
    let nine = new.iter().find(|c| c.value == 900).expect("900");
    assert_eq!(t.events[nine.event].id, "nk-authorities-toll-2020-10-22");
    // The hand-written entries are kept as they were written.
    let before: Value =
        serde_json::from_str(&fs::read_to_string(asset("annotations.json")).expect("bundled"))
            .expect("json");
    let after = annotations(&dir);
    assert_eq!(after["entities"], before["entities"]);
    assert_eq!(
        after["claims"].as_array().map(|a| a[..32].to_vec()),
        before["claims"].as_array().cloned()
    );
}

#[test]
fn drafts_are_marked_in_every_export() {
    let (_tmp, dir) = bundled_copy();
    assert_eq!(add(&dir, &[&own("valdai-report.txt")]).0, 0);
    let list = |format: &str| {
        let o = bin()
            .arg("--corpus")
            .arg(&dir)
            .args(["list", "--format", format])
            .output()
            .expect("runs");
        assert!(o.status.success());
        String::from_utf8(o.stdout).expect("utf-8")
    };
    let json: Value = serde_json::from_str(&list("json")).expect("json");
    let events = json["events"].as_array().expect("events");
    let valdai = events
        .iter()
        .find(|e| e["id"] == "putin-valdai-2020-10-22")
        .expect("valdai");
    assert!(valdai["draft"].is_null());
    assert!(
        valdai["sources"]
            .as_array()
            .expect("sources")
            .iter()
            .any(|s| s["draft"]["rule"].is_string())
    );
    let new = events
        .iter()
        .find(|e| e["id"] == "fighting-2020-10-23-valdai-report")
        .expect("the headline's event");
    assert!(
        new["draft"]["confidence"]
            .as_f64()
            .is_some_and(|c| (0.0..=1.0).contains(&c))
    );
    assert!(
        json["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .any(|c| c["draft"].is_object())
    );
    // CSV: the draft column, empty for what is accepted.
    let csv_text = list("csv");
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let h = r.headers().expect("header").clone();
    let col = h.iter().position(|x| x == "draft").expect("a draft column");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    let marked = rows.iter().filter(|x| !x[col].is_empty()).count();
    assert!(marked >= 4, "{marked}");
    assert!(rows.iter().any(|x| x[col].is_empty()));
    assert!(
        rows.iter()
            .any(|x| x[0] == *"putin-valdai-2020-10-22" && x[col].starts_with("source draft:"))
    );
    // Markdown and TimelineJS.
    let md = list("md");
    assert!(md.contains("### DRAFT · "), "{md}");
    assert!(md.contains("**Draft, not yet accepted:**"));
    let tl: Value = serde_json::from_str(&list("timelinejs")).expect("json");
    assert!(tl["events"].as_array().expect("slides").iter().any(|s| {
        s["text"]["headline"]
            .as_str()
            .is_some_and(|h| h.starts_with("[Draft] "))
    }));
    // The text listing and the claims table.
    let text = list("text");
    assert!(text.contains("[draft] "), "{text}");
    let o = bin()
        .arg("--corpus")
        .arg(&dir)
        .arg("claims")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&o.stdout).contains("[draft] "));
}

#[test]
fn articles_of_one_run_merge_with_each_other_and_conflicts_show() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("c");
    assert_eq!(add(&dir, &[&asset(A004)]).0, 0);
    let (code, out, err) = add(
        &dir,
        &[&asset(A001), &asset(A000), "--published", "2020-10-22"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("published 2020-10-22 (inferred: given with --published)"));
    // 001's Putin and Pompeo join 004's events; 000's Putin joins them too.
    assert!(
        out.contains("→ statement-2020-10-22-004-d9e06ef87a3c0df4 (shares putin)"),
        "{out}"
    );
    assert!(
        out.contains("→ diplomacy-2020-10-23-004-d9e06ef87a3c0df4 (shares pompeo)"),
        "{out}"
    );
    // 000 prints Azerbaijan's civilian toll as 63, 001 as 61.
    assert!(out.contains("is printed as 61 by unknown outlet (001-09324016873ad670) and 63 by unknown outlet (000-249e8729ad4eaa54): contradictory"), "{out}");
    assert!(out.contains("different but consistent figures"));
    let t = loaded(&dir);
    assert_eq!(t.articles.len(), 3);
}

#[test]
fn bad_input_is_refused_in_one_line_and_nothing_is_written() {
    let (_tmp, dir) = bundled_copy();
    let before = snapshot(&dir);
    let tmp = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, bytes: &[u8]| {
        let p = tmp.path().join(name);
        fs::write(&p, bytes).expect("write");
        p.display().to_string()
    };
    let english = write(
        "english.txt",
        b"The war in Nagorno-Karabakh killed 5,000 people.\n",
    );
    let empty = write("empty.txt", b"  \n");
    let bad = write("bad.txt", b"\xd9\x82\xff\n");
    let folder = tmp.path().display().to_string();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec![own("valdai-report.txt"), english.clone()],
            "english.txt: not an Arabic article",
        ),
        (vec![empty.clone()], "empty.txt: the file is empty"),
        (
            vec![bad.clone()],
            "bad.txt:1:2: not UTF-8 text (byte 0xFF at offset 2)",
        ),
        (
            vec![folder.clone()],
            "cannot read: it is a folder, not a regular file",
        ),
        (
            vec![tmp.path().join("none.txt").display().to_string()],
            "none.txt: cannot read:",
        ),
        (
            vec![asset(A002)],
            "already in the corpus as article \"art-002\" (002_9d3c80a75afef3d0.txt)",
        ),
        (
            vec![own("undated.txt")],
            "the article prints no publication date and none was given; its relative dates cannot be counted: give it with --published YYYY-MM-DD",
        ),
        (
            vec![own("valdai-report.txt"), own("valdai-report.txt")],
            "given twice",
        ),
    ];
    for (args, message) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = add(&dir, &args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: nothing on stdout");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(snapshot(&dir), before, "{args:?}: the corpus is untouched");
    }
    // No --corpus: a usage error.
    bin()
        .args(["add", &asset(A002)])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("add needs --corpus DIR"));
    // A corpus that does not load is refused with its problems.
    let broken = tempfile::tempdir().expect("tempdir");
    fs::write(broken.path().join("annotations.json"), "{").expect("write");
    let (code, _, err) = add(broken.path(), &[&own("valdai-report.txt")]);
    assert_eq!(code, 1);
    assert!(
        err.contains("annotations.json:1:1: EOF while parsing an object"),
        "{err}"
    );
    assert!(!broken.path().join("valdai-report.txt").exists());
}

#[test]
fn a_name_or_id_taken_gets_a_number_and_the_copy_keeps_its_bytes() {
    let (_tmp, dir) = bundled_copy();
    let tmp = tempfile::tempdir().expect("tempdir");
    // Another article under a name the corpus has.
    let other = tmp.path().join(A002);
    fs::copy(own("valdai-report.txt"), &other).expect("copy");
    let (code, out, err) = add(&dir, &[other.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{err}");
    let renamed = "002_9d3c80a75afef3d0-2.txt";
    assert!(out.contains(&format!("({renamed} from ")), "{out}");
    assert_eq!(
        fs::read(dir.join(renamed)).expect("copied"),
        fs::read(own("valdai-report.txt")).expect("own")
    );
    assert_eq!(
        fs::read(dir.join(A002)).expect("kept"),
        fs::read(asset(A002)).expect("asset")
    );
    loaded(&dir);
}

#[cfg(unix)]
#[test]
fn a_write_that_fails_leaves_the_corpus_as_it_was() {
    // annotations.json is swapped for a FIFO while add writes it: the
    // write is refused, and the article already copied is removed.
    let (_tmp, dir) = bundled_copy();
    let child = crate::util::process()
        .arg("--corpus")
        .arg(&dir)
        .args(["add", &own("valdai-report.txt")])
        .env("KARABAKH_TEST_PAUSE_BEFORE_RENAME", "1500")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    let copy = dir.join("valdai-report.txt");
    let start = std::time::Instant::now();
    while !copy.exists() && start.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(copy.exists(), "the article is copied first");
    let annotations = dir.join("annotations.json");
    fs::remove_file(&annotations).expect("rm");
    let status = std::process::Command::new("mkfifo")
        .arg(&annotations)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let out = child.wait_with_output().expect("waits");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("FIFO"), "{err}");
    assert!(
        !copy.exists(),
        "the copy is removed when annotations.json cannot be written"
    );
    let stray: Vec<_> = fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(stray.is_empty(), "no temporary file left: {stray:?}");
}

/// A masthead line just above the dateline: the masthead is furniture, the
/// dateline is the publication date's quote, and `add` takes the article
/// (it refused it when the masthead's range took the dateline in).
#[test]
fn a_dateline_under_the_masthead_dates_the_article() {
    let (_tmp, dir) = bundled_copy();
    let src = tempfile::tempdir().expect("tmp");
    let article = src.path().join("masthead-dateline.txt");
    let body = fs::read_to_string("assets/000_249e8729ad4eaa54.txt").expect("seed");
    let mut lines = body.lines();
    let masthead = lines.next().expect("masthead");
    let rest: Vec<&str> = lines.collect();
    fs::write(
        &article,
        format!("{masthead}\n01/10/2020\n{}\n", rest.join("\n")),
    )
    .expect("write");
    let (code, _, err) = add(&dir, &[article.to_str().expect("utf-8 path")]);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_slice(&fs::read(dir.join("annotations.json")).expect("read"))
        .expect("json");
    let added = doc["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .find(|a| a["file"] == "masthead-dateline.txt")
        .expect("the article is in the corpus");
    assert_eq!(added["published"]["start"], "2020-10-01");
    assert_eq!(added["published"]["basis"]["quote"]["quote"], "01/10/2020");
    let furniture = added["furniture"].as_array().expect("furniture");
    assert!(
        furniture
            .iter()
            .all(|f| f["lines"] != serde_json::json!([1, 2])),
        "{furniture:?}"
    );
    assert!(
        furniture
            .iter()
            .any(|f| f["lines"] == serde_json::json!([1, 1])),
        "the masthead alone: {furniture:?}"
    );
}
