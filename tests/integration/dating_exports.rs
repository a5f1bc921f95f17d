//! The words that date an event or an article in every export, parsed
//! back: JSON `date_basis.quote`, the CSV `date_basis_quote` columns,
//! Markdown's and TimelineJS's "dated by «…»", `quote --format json`, and
//! `docs/export.md` showing what the program prints.

use crate::util::{bin, bundled, fixture_arg};
use pulldown_cmark::{Event, Parser};
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

/// stdout of the real binary on the bundled corpus; it must succeed.
fn run(args: &[&str]) -> String {
    let o = bin().args(args).output().expect("runs");
    assert!(o.status.success(), "{args:?}: {o:?}");
    String::from_utf8(o.stdout).expect("utf-8")
}

const VALDAI: &str = "putin-valdai-2020-10-22";
const FRANCE: &str = "france-medical-aid-2020-10-22";

#[test]
fn json_gives_the_words_their_article_paragraph_and_source() {
    let t = bundled();
    let v: Value = serde_json::from_str(&run(&[
        "list", "--event", VALDAI, "--event", FRANCE, "--format", "json",
    ]))
    .expect("json");
    let ev = &v["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["id"] == VALDAI)
        .expect("valdai");
    let q = &ev["date_basis"]["quote"];
    assert_eq!(q["article"], "art-004");
    assert_eq!(q["quote"], "أمس الخميس");
    assert_eq!(
        (q["paragraph"].as_u64(), q["line"].as_u64()),
        (Some(21), Some(39))
    );
    // 1-based, as `quote --source N` takes it; that source holds the words.
    assert_eq!(q["source"], 12);
    let source = ev["sources"][11]["quote"].as_str().expect("source 12");
    assert!(source.contains("أمس الخميس"), "{source}");
    let [start, end] = [0, 1].map(|k| q["byte_range"][k].as_u64().expect("offset") as usize);
    let text = &t.articles[4].text;
    assert_eq!(&text[start..end], "أمس الخميس");
    let published = &ev["sources"][11]["published"]["basis"]["quote"];
    assert_eq!(published["quote"], "23 أكتوبر 2020");
    assert_eq!(published["line"], 10);
    assert_eq!(published["source"], Value::Null);

    let france = v["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["id"] == FRANCE)
        .expect("france");
    assert_eq!(france["date_basis"]["kind"], "background");
    assert_eq!(france["date_basis"]["quote"], Value::Null);
    // art-000 prints no date.
    assert_eq!(
        france["sources"][0]["published"]["basis"]["quote"],
        Value::Null
    );
}

#[test]
fn csv_has_the_dating_words_on_every_row_of_the_event() {
    let text = run(&[
        "list", "--event", VALDAI, "--event", FRANCE, "--format", "csv",
    ]);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().expect("header").clone();
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let (id, words, article, paragraph, basis, published) = (
        col("event_id"),
        col("date_basis_quote"),
        col("date_basis_article"),
        col("date_basis_paragraph"),
        col("date_basis"),
        col("published_basis_quote"),
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.expect("row")).collect();
    let valdai: Vec<&csv::StringRecord> = rows.iter().filter(|r| &r[id] == VALDAI).collect();
    assert_eq!(valdai.len(), 16, "one row per source");
    for row in &valdai {
        assert_eq!(
            [&row[basis], &row[words], &row[article], &row[paragraph]],
            ["relative", "أمس الخميس", "art-004", "21"]
        );
    }
    let art = col("article");
    let by_article = |a: &str| valdai.iter().find(|r| &r[art] == a).expect(a);
    assert_eq!(&by_article("art-004")[published], "23 أكتوبر 2020");
    assert_eq!(&by_article("art-000")[published], "");
    let france = rows.iter().find(|r| &r[id] == FRANCE).expect("france");
    assert_eq!(
        [&france[basis], &france[words], &france[article]],
        ["background", "", ""]
    );
}

/// The text of every paragraph of a Markdown document, as a reader sees it.
fn paragraphs(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for ev in Parser::new(md) {
        match ev {
            Event::Start(pulldown_cmark::Tag::Paragraph) => cur = Some(String::new()),
            Event::End(pulldown_cmark::TagEnd::Paragraph) => out.extend(cur.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cur.as_mut() {
                    c.push_str(&t);
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn markdown_says_which_words_date_the_event_and_where() {
    let md = run(&[
        "list", "--event", VALDAI, "--event", FRANCE, "--format", "md",
    ]);
    let ps = paragraphs(&md);
    let kind = |id: &str| {
        ps.iter()
            .find(|p| p.starts_with("Kind:") && p.contains(id))
            .unwrap_or_else(|| panic!("{id}: {ps:?}"))
            .clone()
    };
    assert!(
        kind(VALDAI).ends_with(" · dated by «أمس الخميس» (art-004 ¶21)"),
        "{}",
        kind(VALDAI)
    );
    // (Its note happens to say "dated by that day's reporting".)
    assert!(!kind(FRANCE).contains(" · dated by «"), "{}", kind(FRANCE));
}

#[test]
fn timelinejs_slides_carry_the_dating_words() {
    let v: Value =
        serde_json::from_str(&run(&["list", "--event", VALDAI, "--format", "timelinejs"]))
            .expect("json");
    let text = v["events"][0]["text"]["text"].as_str().expect("slide text");
    assert!(
        text.contains(
            " · dated by «<span dir=\"rtl\" lang=\"ar\">أمس الخميس</span>» (article art-004, paragraph 21)</small></p>"
        ),
        "{text}"
    );
}

#[test]
fn the_quote_command_gives_the_words_of_the_publication_date() {
    let v: Value = serde_json::from_str(&run(&[
        "quote", VALDAI, "--source", "12", "--format", "json",
    ]))
    .expect("json");
    assert_eq!(v["published"]["basis"]["quote"]["quote"], "23 أكتوبر 2020");
    assert!(v["quote"].as_str().expect("quote").contains("أمس الخميس"));
}

#[test]
fn docs_export_md_shows_the_dating_words_as_the_program_prints_them() {
    let doc = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/export.md"))
        .expect("docs/export.md");
    let list = |format: &str| {
        run(&[
            "--corpus",
            &fixture_arg("dating-words"),
            "list",
            "--event",
            "statement-2020-10-22",
            "--format",
            format,
        ])
        .replace("\r\n", "\n")
    };
    for format in ["csv", "md"] {
        assert!(
            doc.contains(&list(format)),
            "docs/export.md is out of date for {format} on tests/fixtures/dating-words"
        );
    }
    // JSON: the event's `date_basis`, as printed, out of its indentation.
    let json = list("json");
    let lines: Vec<&str> = json.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.trim_start().starts_with("\"date_basis\""))
        .expect("date_basis");
    let indent = lines[first].len() - lines[first].trim_start().len();
    let last = first
        + lines[first..]
            .iter()
            .position(|l| l.len() - l.trim_start().len() == indent && l.trim() == "},")
            .expect("end of date_basis");
    let mut fragment: Vec<String> = lines[first..=last]
        .iter()
        .map(|l| l[indent..].to_string())
        .collect();
    if let Some(end) = fragment.last_mut() {
        *end = "}".into();
    }
    let fragment = fragment.join("\n");
    assert!(fragment.contains("\"quote\": \"أمس الخميس\""), "{fragment}");
    assert!(
        doc.contains(&fragment),
        "docs/export.md is out of date for json on tests/fixtures/dating-words:\n{fragment}"
    );
}
