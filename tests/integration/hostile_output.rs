//! No control from a corpus reaches a terminal or a file raw (issue 13,
//! finding 5). `tests/fixtures/hostile-controls` has ESC sequences (CSI,
//! OSC 52, DCS), BEL, DEL, the C1 CSI U+009B, RLO and the four isolates in
//! every text field, and here its article file is renamed to such a name
//! too. Every output is read back with a real parser: JSON (for programs)
//! keeps every character, escaped as `\uXXXX`; CSV, Markdown and the
//! TimelineJS HTML (for people) drop them (`text::sanitize`); messages
//! write them visibly as `\u{…}`.

use crate::util::{bin, fixture};
use karabakh_timeline::text::sanitize;
use pulldown_cmark::{Event, Options, Parser};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// What a terminal could act on or that could reorder a line: C0 but the
/// line feed, DEL, C1, the bidi controls and marks, the Unicode line and
/// paragraph separators. (Written here on its own, not taken from the
/// program, so that the test does not share the program's mistakes.)
fn raw_controls(s: &str) -> Vec<String> {
    s.chars()
        .filter(|&c| {
            (c < ' ' && c != '\n')
                || ('\u{7f}'..='\u{9f}').contains(&c)
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
                || matches!(
                    c,
                    '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2028}' | '\u{2029}'
                )
        })
        .map(|c| format!("U+{:04X}", c as u32))
        .collect()
}

fn assert_clean(what: &str, s: &str) {
    let found = raw_controls(s);
    assert!(found.is_empty(), "{what}: raw {found:?}");
}

/// The hostile corpus, copied so that its article file can carry a hostile
/// name (git keeps the fixture's name plain).
const HOSTILE_NAME: &str = "article\u{1b}]0;owned\u{7}\u{9b}31m\u{202e}txt.\u{2066}.txt";

fn hostile_corpus() -> (tempfile::TempDir, PathBuf, Value) {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = fixture("hostile-controls");
    let text = fs::read_to_string(src.join("annotations.json")).expect("read");
    let mut doc: Value = serde_json::from_str(&text).expect("json");
    doc["articles"][0]["file"] = Value::from(HOSTILE_NAME);
    fs::write(
        dir.path().join("annotations.json"),
        serde_json::to_string_pretty(&doc).expect("json"),
    )
    .expect("write");
    fs::copy(src.join("article.txt"), dir.path().join(HOSTILE_NAME)).expect("copy");
    let path = dir.path().to_path_buf();
    (dir, path, doc)
}

fn run(corpus: &Path, args: &[&str]) -> String {
    let out = bin()
        .arg("--corpus")
        .arg(corpus)
        .args(args)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{args:?}: {out:?}");
    assert_clean(
        &format!("{args:?} stderr"),
        &String::from_utf8_lossy(&out.stderr),
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Every string in a JSON value.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.iter().for_each(|(k, x)| {
            out.push(k.clone());
            strings(x, out);
        }),
        _ => {}
    }
}

#[test]
fn json_escapes_every_control_and_gives_the_exact_text_back() {
    let (_dir, corpus, doc) = hostile_corpus();
    let text = run(&corpus, &["list", "--format", "json"]);
    assert_clean("list --format json", &text);
    assert!(text.contains("\\u009b") && text.contains("\\u202e") && text.contains("\\u001b]52;"));
    let v: Value = serde_json::from_str(&text).expect("parses");
    let ev = &v["events"][0];
    let want = &doc["events"][0];
    assert_eq!(ev["title"]["en"], want["title"]["en"], "lossless");
    assert_eq!(ev["title"]["ar"], want["title"]["ar"]);
    assert_eq!(ev["summary"], want["summary"]);
    assert_eq!(ev["date_basis"]["note"], want["date"]["basis"]["note"]);
    assert_eq!(ev["sources"][0]["quote"], want["sources"][0]["quote"]);
    assert_eq!(ev["sources"][0]["file"], HOSTILE_NAME);
    assert_eq!(
        ev["sources"][0]["outlet"],
        doc["articles"][0]["outlet"]["en"]
    );
    assert_eq!(v["claims"][1]["equipment"], doc["claims"][1]["equipment"]);
    assert_eq!(v["claims"][0]["note"], doc["claims"][0]["note"]);
    // `export` writes the same document to the file.
    let out = tempfile::tempdir().expect("tempdir");
    let file = out.path().join("t.json");
    run(
        &corpus,
        &[
            "export",
            "--format",
            "json",
            "-o",
            file.to_str().expect("utf-8"),
        ],
    );
    assert_eq!(fs::read_to_string(&file).expect("read"), text);
}

#[test]
fn claims_json_escapes_every_control_and_gives_the_exact_text_back() {
    let (_dir, corpus, doc) = hostile_corpus();
    let text = run(&corpus, &["claims", "--format", "json"]);
    assert_clean("claims --format json", &text);
    let v: Value = serde_json::from_str(&text).expect("parses");
    let mut all = Vec::new();
    strings(&v, &mut all);
    let claimant = doc["entities"][1]["en"].as_str().expect("name");
    assert!(all.iter().any(|s| s == claimant), "the exact claimant name");
}

#[test]
fn timelinejs_has_no_raw_control_in_the_file_or_in_its_html() {
    let (_dir, corpus, doc) = hostile_corpus();
    let text = run(&corpus, &["list", "--format", "timelinejs"]);
    assert_clean("list --format timelinejs", &text);
    let v: Value = serde_json::from_str(&text).expect("parses");
    let mut all = Vec::new();
    strings(&v, &mut all);
    for s in &all {
        assert_clean("a TimelineJS string, parsed", s);
    }
    let headline = v["events"][0]["text"]["headline"]
        .as_str()
        .expect("headline");
    let title = doc["events"][0]["title"]["en"].as_str().expect("title");
    assert!(headline.starts_with(&*sanitize(title)), "{headline}");
    let group = v["events"][0]["group"].as_str().expect("group");
    assert!(group.starts_with("The war[31m]52;c;"), "{group}");
}

#[test]
fn csv_cells_drop_every_control_and_keep_the_rest() {
    let (_dir, corpus, doc) = hostile_corpus();
    for args in [
        &["list", "--format", "csv"][..],
        &["claims", "--format", "csv"][..],
    ] {
        let text = run(&corpus, args);
        // CRLF ends the records (RFC 4180); it is the file's, not a cell's.
        assert_clean(&format!("{args:?}"), &text.replace("\r\n", "\n"));
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("parses")).collect();
        assert!(!rows.is_empty(), "{args:?}");
        for row in &rows {
            for cell in row {
                assert_clean(&format!("{args:?} cell"), cell);
            }
        }
    }
    let text = run(&corpus, &["list", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let q = r
        .headers()
        .expect("a header")
        .iter()
        .position(|h| h == "quote")
        .expect("a quote column");
    let row = r.records().next().expect("a row").expect("parses");
    let quote = doc["events"][0]["sources"][0]["quote"]
        .as_str()
        .expect("quote");
    assert_eq!(&row[q], sanitize(quote), "the quote, controls dropped");
    assert!(
        row[q].starts_with("قال المتحدث[31m]52;c;cHduZWQ="),
        "{}",
        &row[q]
    );
}

#[test]
fn markdown_drops_every_control_even_after_parsing() {
    let (_dir, corpus, doc) = hostile_corpus();
    let text = run(&corpus, &["list", "--format", "md"]);
    assert_clean("list --format md", &text);
    let mut shown = String::new();
    for ev in Parser::new_ext(&text, Options::ENABLE_TABLES) {
        match ev {
            // A numeric reference like `&#27;` would come back here raw.
            Event::Text(t) | Event::Code(t) => {
                assert_clean("markdown text, parsed", &t);
                shown.push_str(&t);
            }
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML from the corpus: {h}"),
            _ => {}
        }
    }
    for want in [
        &doc["events"][0]["title"]["en"],
        &doc["events"][0]["summary"],
        &doc["events"][0]["sources"][0]["quote"],
        &doc["eras"][0]["title"]["ar"],
        &doc["articles"][0]["outlet"]["en"],
    ] {
        let want = sanitize(want.as_str().expect("text")).into_owned();
        assert!(shown.contains(&want), "{want:?} not in the brief");
    }
}

#[test]
fn the_text_listings_have_no_raw_control() {
    let (_dir, corpus, _) = hostile_corpus();
    for args in [
        &["list"][..],
        &["claims"][..],
        &["--lang", "ar", "claims"][..],
    ] {
        assert_clean(&format!("{args:?}"), &run(&corpus, args));
    }
}

/// Runs a command that must fail; its stderr, checked for raw controls.
fn failing(args: &[&std::ffi::OsStr], code: i32) -> String {
    let out = bin().args(args).output().expect("runs");
    assert_eq!(out.status.code(), Some(code), "{args:?}: {out:?}");
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert_clean(&format!("{args:?} stderr"), &err);
    assert!(
        err.lines().all(|l| l.starts_with("karabakh-timeline: ")),
        "{err}"
    );
    err
}

#[test]
fn load_errors_write_controls_from_field_names_values_dates_and_file_names_visibly() {
    // The corpus folder's own name is hostile too: every problem names it.
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("corpus\u{1b}]0;owned\u{7}");
    fs::create_dir(&folder).expect("mkdir");
    let src = fixture("hostile-errors");
    for f in ["annotations.json", "article.txt"] {
        fs::copy(src.join(f), folder.join(f)).expect("copy");
    }
    let err = failing(
        &["--corpus".as_ref(), folder.as_os_str(), "check".as_ref()],
        1,
    );
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    let x = "\\u{001B}]0;owned\\u{0007}\\u{001B}[2J\\u{009B}31m\\u{007F}\\u{202E}\\u{2066}";
    assert!(
        lines
            .iter()
            .all(|l| l.contains("corpus\\u{001B}]0;owned\\u{0007}/")),
        "{err}"
    );
    assert!(
        lines[0].ends_with(&format!(
            "cannot read \"missing{x}.txt\": No such file or directory (os error 2)"
        )),
        "{err}"
    );
    assert!(
        lines[1].ends_with(&format!(
            "\"2020-{x}09-27\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
        )),
        "{err}"
    );
    assert!(
        lines[2].ends_with(&format!("unknown entity \"nobody{x}\"")),
        "{err}"
    );

    // A field name and an enum value: each stops the load on its own.
    let valid = fs::read_to_string(fixture("valid").join("annotations.json")).expect("read");
    for (from, to, says) in [
        (
            "\"summary\": \"Fighting.\"",
            "\"summ\\u001b]0;x\\u0007ary\": \"Fighting.\"",
            "unknown field `summ\\u{001B}]0;x\\u{0007}ary`",
        ),
        (
            "\"kind\": \"fighting\"",
            "\"kind\": \"fight\\u009b31m\\u202eing\"",
            "unknown variant `fight\\u{009B}31m\\u{202E}ing`",
        ),
    ] {
        assert!(valid.contains(from), "{from}");
        let case = tempfile::tempdir().expect("tempdir");
        fs::write(
            case.path().join("annotations.json"),
            valid.replacen(from, to, 1),
        )
        .expect("write");
        fs::copy(
            fixture("valid").join("article.txt"),
            case.path().join("article.txt"),
        )
        .expect("copy");
        let err = failing(
            &[
                "--corpus".as_ref(),
                case.path().as_os_str(),
                "list".as_ref(),
            ],
            1,
        );
        assert!(err.contains(says), "{err}");
    }
}

#[test]
fn command_line_errors_write_controls_from_user_values_visibly() {
    let err = failing(
        &[
            "--corpus".as_ref(),
            fixture("valid").as_os_str(),
            "list".as_ref(),
            "--era".as_ref(),
            "\u{1b}]52;c;eA==\u{7}".as_ref(),
        ],
        2,
    );
    assert!(
        err.starts_with("karabakh-timeline: --era: no era \"\\u{001B}]52;c;eA==\\u{0007}\""),
        "{err}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("no\u{1b}[2Jfolder").join("out.json");
    let err = failing(
        &[
            "--corpus".as_ref(),
            fixture("valid").as_os_str(),
            "export".as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        1,
    );
    assert!(err.contains("no\\u{001B}[2Jfolder"), "{err}");
    let bad = dir.path().join("bad\u{9b}31m.txt");
    fs::write(&bad, b"\xff\xfe").expect("write");
    let err = failing(&["bidi".as_ref(), bad.as_os_str()], 1);
    assert!(err.contains("bad\\u{009B}31m.txt"), "{err}");
}
