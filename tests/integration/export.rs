//! Exports as a user gets them: each format produced by the real binary or
//! the library, parsed back with a real parser (serde_json, the csv
//! reader, pulldown-cmark) and checked for content; `export -o` checked for
//! its overwrite rules and for leaving nothing behind when it fails.

use crate::util::{bin, corpus, files_in, fixture};
use karabakh_timeline::corpus::Timeline;
use karabakh_timeline::export::{self, ExportError, Format};
use karabakh_timeline::select::{Filter, FilterSpec, Scope, Selection};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

const OCTOBER: [&str; 4] = [
    "north-front-2020-10-21",
    "clash-2020-10-22",
    "moscow-talks-2020-10-24",
    "october-fighting-2020-10",
];
const OCTOBER_CLAIMS: [&str; 3] = [
    "wounded-hundreds-agency",
    "military-dead-874-agency",
    "military-dead-900-paper",
];

fn october(t: &Timeline) -> Selection {
    let spec = FilterSpec {
        from: Some("2020-10-01".into()),
        to: Some("2020-10-31".into()),
        ..FilterSpec::default()
    };
    let f = Filter::parse(&spec, t).expect("filter");
    Selection::new(t, &Scope::Filter(Box::new(f)))
}

fn ids(t: &Timeline, sel: &Selection) -> Vec<String> {
    sel.events.iter().map(|&e| t.events[e].id.clone()).collect()
}

/// `list` on a corpus with extra arguments; stdout as text.
fn list(corpus: &str, args: &[&str]) -> String {
    let out = bin()
        .args([
            "--corpus",
            fixture(corpus).to_str().expect("utf-8 path"),
            "list",
        ])
        .args(args)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{:?}", out);
    String::from_utf8(out.stdout).expect("utf-8")
}

const OCT_ARGS: [&str; 4] = ["--from", "2020-10-01", "--to", "2020-10-31"];

/// Every (event, quote) the selection should export, in order.
fn quotes(t: &Timeline, sel: &Selection) -> Vec<(String, String)> {
    sel.events
        .iter()
        .flat_map(|&e| {
            let ev = &t.events[e];
            ev.sources.iter().map(|s| {
                // The bytes of the article, not a copy: byte-exact.
                let quote = t.articles[s.article].text[s.range.clone()].to_string();
                (ev.id.clone(), quote)
            })
        })
        .collect()
}

// ---------------------------------------------------------------- selection

#[test]
fn the_october_filter_selects_the_events_that_overlap_october_and_their_claims() {
    let t = corpus("export-rich");
    let sel = october(&t);
    assert_eq!(ids(&t, &sel), OCTOBER);
    let claims: Vec<&str> = sel
        .claims
        .iter()
        .map(|&c| t.claims[c].id.as_str())
        .collect();
    assert_eq!(claims, OCTOBER_CLAIMS);
}

#[test]
fn marking_the_same_events_gives_the_same_selection_as_the_filter() {
    for name in ["valid", "export-rich"] {
        let t = corpus(name);
        let by_filter = october(&t);
        let marks: BTreeSet<usize> = by_filter.events.iter().rev().copied().collect();
        assert_eq!(
            Selection::new(&t, &Scope::Marked(marks)),
            by_filter,
            "{name}"
        );
        let all: BTreeSet<usize> = (0..t.events.len()).collect();
        assert_eq!(
            Selection::new(&t, &Scope::Marked(all)),
            Selection::new(&t, &Scope::All),
            "{name}"
        );
    }
}

// --------------------------------------------------------------------- JSON

#[test]
fn json_has_the_selected_events_exact_quotes_dates_at_precision_and_claims() {
    let t = corpus("export-rich");
    let v: Value = serde_json::from_str(&list(
        "export-rich",
        &[&OCT_ARGS[..], &["--format", "json"]].concat(),
    ))
    .expect("json");
    let events = v["events"].as_array().expect("events");
    let got: Vec<&str> = events.iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(got, OCTOBER);
    let got_quotes: Vec<(String, String)> = events
        .iter()
        .flat_map(|e| {
            let id = e["id"].as_str().unwrap_or("").to_string();
            e["sources"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |s| (id.clone(), s["quote"].as_str().unwrap_or("").to_string()))
        })
        .collect();
    assert_eq!(got_quotes, quotes(&t, &october(&t)));
    let talks = &events[2];
    assert_eq!(
        (talks["start"].as_str(), talks["end"].as_str()),
        (Some("2020-10-24"), Some("2020-10-25"))
    );
    assert_eq!(events[3]["start"], "2020-10");
    assert_eq!(events[3]["precision"], "month");
    let claims: Vec<&str> = v["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(claims, OCTOBER_CLAIMS);
}

// ---------------------------------------------------------------------- CSV

fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("record").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

#[test]
fn csv_has_one_row_per_event_and_source_with_exact_quotes() {
    let t = corpus("export-rich");
    let text = list(
        "export-rich",
        &[&OCT_ARGS[..], &["--format", "csv"]].concat(),
    );
    assert!(!text.starts_with('\u{feff}'), "no byte-order mark");
    assert!(
        text.split_inclusive('\n').all(|l| l.ends_with("\r\n")),
        "CRLF"
    );
    let (header, rows) = csv_rows(&text);
    assert_eq!(
        header,
        [
            "event_id",
            "event_date",
            "time_precision",
            "era",
            "kind",
            "title_en",
            "title_ar",
            "actors",
            "places",
            "outlet",
            "article",
            "published",
            "published_precision",
            "published_basis",
            "published_basis_note",
            "quote",
            "date_basis",
            "date_basis_note",
            "date_basis_quote",
            "date_basis_article",
            "date_basis_paragraph",
            "published_basis_quote",
            "draft"
        ]
    );
    let got: Vec<(String, String)> = rows.iter().map(|r| (r[0].clone(), r[15].clone())).collect();
    assert!(rows.iter().all(|r| r[22].is_empty()), "nothing is a draft");
    assert_eq!(got, quotes(&t, &october(&t)));
    let clash_paper = &rows[2];
    assert_eq!(clash_paper[0], "clash-2020-10-22");
    assert_eq!(
        clash_paper[1..5],
        ["2020-10-22", "1", "war-2020", "casualty-report"]
    );
    assert_eq!(clash_paper[5], "Death toll, per the spokesman");
    assert_eq!(clash_paper[6], "حصيلة القتلى، بحسب المتحدث");
    assert_eq!(clash_paper[7], "The spokesman; Armenia");
    assert_eq!(clash_paper[8], "Nagorno-Karabakh");
    // The article's publication date keeps its precision (ACLED's 3: the
    // month) and its basis.
    assert_eq!(
        clash_paper[9..15],
        [
            "The \"Daily\" Paper, Cairo",
            "paper-2020-11",
            "2020-11",
            "3",
            "inferred",
            "reports 5 Nov as past"
        ]
    );
    assert_eq!(rows[0][11..14], ["2020-10-22", "1", "printed"]);
    // A two-day span is ACLED's 2 ("a specific week"), a month its 3.
    assert_eq!(rows[3][1..3], ["2020-10-24/2020-10-25", "2"]);
    assert_eq!(rows[4][1..3], ["2020-10", "3"]);
}

#[test]
fn csv_gives_a_year_date_precision_4() {
    let (_, rows) = csv_rows(&list(
        "export-rich",
        &["--format", "csv", "--era", "background"],
    ));
    assert_eq!(rows.len(), 1);
    // ACLED codes no date coarser than a month (3); a year is 4.
    assert_eq!(rows[0][..3], ["minsk-mediation-1992", "1992", "4"]);
    assert_eq!(rows[0][7], "OSCE Minsk Group");
}

// ----------------------------------------------------------------- Markdown

#[derive(Debug, Default)]
struct Outline {
    headings: Vec<(HeadingLevel, String)>,
    quotes: Vec<String>,
    paragraphs: Vec<String>,
    table: Vec<Vec<String>>,
}

/// Walks the parser's events and keeps what a reader sees: headings, block
/// quotes, top-level paragraphs and the rows of the table. Any inline
/// markup (emphasis, links, HTML) shows up as `<?>` so escaping failures
/// are visible.
fn outline(doc: &str) -> Outline {
    let mut o = Outline::default();
    let mut buf = String::new();
    let mut row: Vec<String> = Vec::new();
    let mut in_quote = false;
    for ev in Parser::new_ext(doc, Options::ENABLE_TABLES) {
        match ev {
            Event::Start(Tag::BlockQuote(_)) => in_quote = true,
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::TableCell) => buf.clear(),
            Event::Start(Tag::TableHead | Tag::TableRow) => row.clear(),
            Event::Start(Tag::Table(_) | Tag::Emphasis | Tag::Strong | Tag::Link { .. })
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::Code(_) => buf.push_str("<?>"),
            Event::Start(_) => {}
            Event::Text(s) => buf.push_str(&s),
            Event::SoftBreak | Event::HardBreak => buf.push_str("<?>"),
            Event::End(TagEnd::Heading(level)) => o.headings.push((level, buf.clone())),
            Event::End(TagEnd::Paragraph) if in_quote => o.quotes.push(buf.clone()),
            Event::End(TagEnd::Paragraph) => o.paragraphs.push(buf.clone()),
            Event::End(TagEnd::BlockQuote(_)) => in_quote = false,
            Event::End(TagEnd::TableCell) => row.push(buf.clone()),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => o.table.push(row.clone()),
            _ => {}
        }
    }
    o
}

#[test]
fn markdown_brief_has_eras_events_quotes_and_the_claims_table() {
    let t = corpus("export-rich");
    let md = list("export-rich", &["--format", "md"]);
    let o = outline(&md);
    let h = |l: HeadingLevel| -> Vec<&str> {
        o.headings
            .iter()
            .filter(|(x, _)| *x == l)
            .map(|(_, s)| s.as_str())
            .collect()
    };
    assert_eq!(
        h(HeadingLevel::H1),
        ["Nagorno-Karabakh timeline: selected events"]
    );
    assert_eq!(
        h(HeadingLevel::H2),
        [
            "Background · الخلفية (1988 – May 1994)",
            "The 2020 war · حرب 2020 (27 Sep 2020 – 10 Nov 2020)",
            "Casualty and loss claims"
        ]
    );
    assert_eq!(
        h(HeadingLevel::H3),
        [
            "c. 1992 — Minsk Group mediation begins · بدء وساطة مجموعة مينسك",
            "28 Sep 2020 — General mobilisation declared · إعلان التعبئة العامة",
            "21 Oct 2020 — Shelling on the \"northern\" front | 21 Oct · قصف على الجبهة | الشمالية",
            "22 Oct 2020 — Death toll, per the spokesman · حصيلة القتلى، بحسب المتحدث",
            "24–25 Oct 2020 — Talks in Moscow · محادثات في موسكو",
            "Oct 2020 — # Fighting all through October · # اشتباكات طوال أكتوبر",
            "5 Nov 2020 — Advance towards Shusha · التقدم نحو شوشة",
        ]
    );
    let all = Selection::new(&t, &Scope::All);
    let expected: Vec<String> = quotes(&t, &all).into_iter().map(|(_, q)| q).collect();
    assert_eq!(
        o.quotes, expected,
        "every quote, byte-exact, as a block quote"
    );
    assert!(o.paragraphs.contains(
        &"1. Shelling hit the northern front; *heavy* losses [unconfirmed] <b>reported</b> & denied."
            .to_string()
    ));
    assert!(
        o.paragraphs
            .contains(&"> Clashes went on along the line of contact all month.".to_string())
    );
    assert!(o.paragraphs.contains(
        &"— The \"Daily\" Paper, Cairo (الصحيفة | اليومية), published Nov 2020 · article paper-2020-11, paragraph 3"
            .to_string()
    ));
    assert_eq!(
        o.table,
        [
            vec![
                "Claimant", "Subject", "Category", "Value", "Words", "As of", "Outlet", "Draft"
            ],
            // «المئات» is a range, never a count, and its words come along.
            vec![
                "The spokesman",
                "Armenia; Karabakh Armenians",
                "wounded",
                "100–999 (hundreds)",
                "المئات",
                "22 Oct 2020",
                "News Agency",
                ""
            ],
            vec![
                "The spokesman",
                "Armenia",
                "soldiers killed",
                "874",
                "874",
                "22 Oct 2020",
                "News Agency",
                ""
            ],
            vec![
                "The spokesman",
                "Armenia",
                "soldiers killed",
                "≈900",
                "900",
                "22 Oct 2020",
                "The \"Daily\" Paper, Cairo",
                ""
            ],
            vec![
                "Azerbaijan",
                "Armenia",
                "civilians killed",
                "12",
                "12",
                "5 Nov 2020",
                "The \"Daily\" Paper, Cairo",
                ""
            ],
        ]
    );
}

#[test]
fn markdown_of_the_october_selection_leaves_out_other_eras_and_claims() {
    let o = outline(&list(
        "export-rich",
        &[&OCT_ARGS[..], &["--format", "md"]].concat(),
    ));
    assert_eq!(
        o.headings
            .iter()
            .filter(|(l, _)| *l == HeadingLevel::H3)
            .count(),
        4
    );
    assert!(!o.headings.iter().any(|(_, h)| h.starts_with("Background")));
    assert_eq!(o.table.len(), 1 + OCTOBER_CLAIMS.len());
}

// --------------------------------------------------------------- TimelineJS

#[test]
fn timelinejs_has_the_fields_and_types_timelinejs_requires() {
    let t = corpus("export-rich");
    let v: Value =
        serde_json::from_str(&list("export-rich", &["--format", "timelinejs"])).expect("json");
    let events = v["events"].as_array().expect("events is an array");
    assert_eq!(events.len(), t.events.len());
    let mut seen = BTreeSet::new();
    for (e, ev) in events.iter().zip(&t.events) {
        assert_eq!(e["unique_id"], ev.id.as_str());
        assert!(seen.insert(ev.id.clone()), "unique_id {} repeated", ev.id);
        assert!(
            e["start_date"]["year"].is_i64(),
            "{}: year is a number",
            ev.id
        );
        for part in ["month", "day"] {
            let v = &e["start_date"][part];
            assert!(
                v.is_null() || v.is_u64(),
                "{}: {part} is a number when present",
                ev.id
            );
        }
        let text = e["text"]["text"].as_str().expect("text.text");
        assert!(text.contains("<p dir=\"rtl\" lang=\"ar\">"), "{}", ev.id);
        assert!(
            e["text"]["headline"]
                .as_str()
                .is_some_and(|h| h.contains(&ev.title.en.replace('"', "&quot;")))
        );
        assert_eq!(e["autolink"], false);
        assert_eq!(e["group"], t.eras[ev.era].title.en.as_str());
    }
    let by_id = |id: &str| events.iter().find(|e| e["unique_id"] == id).expect(id);
    let minsk = by_id("minsk-mediation-1992");
    assert_eq!(
        minsk["start_date"],
        serde_json::json!({"year": 1992, "display_date": "c. 1992"})
    );
    assert_eq!(minsk["display_date"], "c. 1992");
    let month = by_id("october-fighting-2020-10");
    assert_eq!(month["start_date"]["month"], 10);
    assert!(month["start_date"].get("day").is_none(), "day not known");
    assert_eq!(month["display_date"], "Oct 2020");
    let talks = by_id("moscow-talks-2020-10-24");
    assert_eq!(talks["end_date"]["day"], 25);
    assert_eq!(talks["display_date"], "24–25 Oct 2020");
    assert!(by_id("clash-2020-10-22").get("end_date").is_none());
    // Corpus text is escaped: the quote's <خطير> and the title's quotes.
    let clash = by_id("clash-2020-10-22")["text"]["text"]
        .as_str()
        .expect("text");
    assert!(clash.contains(
        "<p dir=\"rtl\" lang=\"ar\">وصف المتحدث الوضع بأنه &lt;خطير&gt; &amp; متوتر، وقال إن &quot;900 جندي&quot; قتلوا.</p>"
    ));
    assert!(clash.contains("The &quot;Daily&quot; Paper, Cairo"));
    assert!(clash.contains("≈900 soldiers killed"));
    // Eras: the ones with selected events only; each with dates and a headline.
    let eras = v["eras"].as_array().expect("eras");
    let heads: Vec<&str> = eras
        .iter()
        .filter_map(|e| e["text"]["headline"].as_str())
        .collect();
    assert_eq!(
        heads,
        [
            "Background · <span dir=\"rtl\" lang=\"ar\">الخلفية</span>",
            "The 2020 war · <span dir=\"rtl\" lang=\"ar\">حرب 2020</span>"
        ]
    );
    assert_eq!(
        eras[0]["end_date"],
        serde_json::json!({"year": 1994, "month": 5, "display_date": "May 1994"})
    );
    assert!(v["title"]["text"]["headline"].is_string());
}

// ------------------------------------------------------------- export -o

fn export(corpus: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    bin()
        .args([
            "--corpus",
            fixture(corpus).to_str().expect("utf-8 path"),
            "export",
        ])
        .args(args)
        .assert()
}

#[test]
fn export_october_to_timelinejs_writes_the_file_and_confirms_on_stderr() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("oct.json");
    let p = path.to_str().expect("utf-8");
    export(
        "export-rich",
        &[&OCT_ARGS[..], &["--format", "timelinejs", "-o", p]].concat(),
    )
    .success()
    .stdout("")
    .stderr(format!(
        "karabakh-timeline: wrote 4 events, 3 claims to {p}\n"
    ));
    let written = fs::read_to_string(&path).expect("written");
    assert_eq!(
        written,
        list(
            "export-rich",
            &[&OCT_ARGS[..], &["--format", "timelinejs"]].concat()
        )
    );
    let v: Value = serde_json::from_str(&written).expect("json");
    let got: Vec<&str> = v["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["unique_id"].as_str())
        .collect();
    assert_eq!(got, OCTOBER);
    assert_eq!(files_in(dir.path()), ["oct.json"]);
}

#[test]
fn every_format_written_by_export_is_what_list_prints() {
    let dir = tempfile::tempdir().expect("tempdir");
    for corpus in ["valid", "export-rich"] {
        for f in Format::ALL {
            let path = dir
                .path()
                .join(format!("{corpus}-{}.{}", f.as_str(), f.extension()));
            export(
                corpus,
                &["--format", f.as_str(), "-o", path.to_str().expect("utf-8")],
            )
            .success();
            assert_eq!(
                fs::read_to_string(&path).expect("written"),
                list(corpus, &["--format", f.as_str()]),
                "{corpus} {}",
                f.as_str()
            );
        }
    }
}

#[test]
fn the_valid_fixture_exports_its_event_quote_and_claim_in_every_format() {
    let t = corpus("valid");
    let sel = Selection::new(&t, &Scope::All);
    let quote = "12 جنديا قتلوا";
    let (_, rows) = csv_rows(&export::render(&t, &sel, Format::Csv));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][..3], ["fighting-2020-09-27", "2020-09-27", "1"]);
    assert_eq!(rows[0][15], quote);
    let o = outline(&export::render(&t, &sel, Format::Md));
    assert_eq!(o.quotes, [quote]);
    assert_eq!(
        o.table[1],
        [
            "A spokesman",
            "Karabakh Armenians",
            "soldiers killed",
            "12",
            "12",
            "28 Sep 2020",
            "Agency",
            ""
        ]
    );
    let v: Value =
        serde_json::from_str(&export::render(&t, &sel, Format::TimelineJs)).expect("json");
    assert_eq!(
        v["events"][0]["start_date"],
        serde_json::json!({"year": 2020, "month": 9, "day": 27, "display_date": "27 Sep 2020"})
    );
    assert!(
        v["events"][0]["text"]["text"]
            .as_str()
            .expect("text")
            .contains(&format!("<p dir=\"rtl\" lang=\"ar\">{quote}</p>"))
    );
}

#[test]
fn export_refuses_to_overwrite_without_force_and_replaces_with_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("brief.md");
    fs::write(&path, "my notes").expect("write");
    let p = path.to_str().expect("utf-8");
    export("valid", &["--format", "md", "-o", p])
        .code(1)
        .stdout("")
        .stderr(format!(
            "karabakh-timeline: cannot write \"{p}\": the file already exists and was left unchanged; use --force to replace it\n"
        ));
    assert_eq!(fs::read_to_string(&path).expect("read"), "my notes");
    assert_eq!(files_in(dir.path()), ["brief.md"]);
    export("valid", &["--format", "md", "-o", p, "--force"]).success();
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        list("valid", &["--format", "md"])
    );
    assert_eq!(files_in(dir.path()), ["brief.md"]);
}

#[test]
fn a_missing_folder_is_a_clear_error_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("no-such-folder").join("out.csv");
    let p = path.to_str().expect("utf-8");
    let folder = dir.path().join("no-such-folder");
    export("valid", &["--format", "csv", "-o", p])
        .code(1)
        .stdout("")
        .stderr(format!(
            "karabakh-timeline: cannot write \"{p}\": the folder \"{}\" does not exist\n",
            folder.display()
        ));
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn an_output_path_that_is_a_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().to_str().expect("utf-8");
    export("valid", &["--format", "json", "-o", p])
        .code(1)
        .stdout("")
        .stderr(format!(
            "karabakh-timeline: cannot write \"{p}\": it is a folder; give a file name\n"
        ));
    assert!(files_in(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn an_unwritable_folder_is_a_clear_error_and_leaves_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).expect("mkdir");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).expect("chmod");
    // As root, permissions do not stop writes: then write under a regular
    // file instead, which fails for everyone.
    let probe = locked.join("probe");
    let root = fs::write(&probe, b"").is_ok();
    let _ = fs::remove_file(&probe);
    let (target, expected) = if root {
        let file = dir.path().join("a-file");
        fs::write(&file, b"x").expect("write");
        (
            file.join("out.json"),
            format!("\"{}\" is a file, not a folder", file.display()),
        )
    } else {
        (
            locked.join("out.json"),
            format!(
                "the folder \"{}\" is not writable (permission denied)",
                locked.display()
            ),
        )
    };
    let p = target.to_str().expect("utf-8");
    export("valid", &["--format", "timelinejs", "-o", p])
        .code(1)
        .stdout("")
        .stderr(format!(
            "karabakh-timeline: cannot write \"{p}\": {expected}\n"
        ));
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert!(files_in(&locked).is_empty(), "no partial or temporary file");
    let left = files_in(dir.path());
    assert!(
        left.iter().all(|n| n == "locked" || n == "a-file"),
        "{left:?}"
    );
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("x.json");
    let p = out.to_str().expect("utf-8");
    export("valid", &["--format", "json"]).code(2).stdout("");
    export("valid", &["-o", p]).code(2).stdout("");
    export("valid", &["--format", "yaml", "-o", p])
        .code(2)
        .stdout("");
    export("valid", &["--format", "json", "-o", p, "--era", "peace"])
        .code(2)
        .stdout("")
        .stderr("karabakh-timeline: --era: no era \"peace\" (eras: war)\n");
    export(
        "valid",
        &["--format", "json", "-o", p, "--from", "2020-02-30"],
    )
    .code(2);
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn an_empty_selection_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("empty.json");
    export(
        "valid",
        &[
            "--format",
            "timelinejs",
            "-o",
            out.to_str().expect("utf-8"),
            "--from",
            "2030",
        ],
    )
    .code(1)
    .stderr("karabakh-timeline: no events match the filters; nothing was written\n");
    assert!(files_in(dir.path()).is_empty());
    let t = corpus("valid");
    let none = Selection::new(&t, &Scope::Marked(BTreeSet::new()));
    assert!(matches!(
        export::export_to_file(&t, &none, Format::Json, &out, false),
        Err(ExportError::NothingSelected)
    ));
}

#[test]
fn export_to_file_reports_what_it_wrote() {
    let t = corpus("export-rich");
    let sel = october(&t);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("oct.csv");
    let s = export::export_to_file(&t, &sel, Format::Csv, &path, false).expect("written");
    assert_eq!(
        (s.events, s.claims, s.path.as_path()),
        (4, 3, path.as_path())
    );
    assert_eq!(s.bytes as u64, fs::metadata(&path).expect("stat").len());
}

#[test]
fn docs_export_md_shows_what_the_program_prints() {
    let doc = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/export.md"))
        .expect("docs/export.md");
    for f in Format::ALL {
        let out = list("valid", &["--format", f.as_str()]).replace("\r\n", "\n");
        assert!(
            doc.contains(&out),
            "docs/export.md is out of date for {}: paste the output of \
             `karabakh-timeline --corpus tests/fixtures/valid list --format {}`",
            f.as_str(),
            f.as_str()
        );
    }
}
