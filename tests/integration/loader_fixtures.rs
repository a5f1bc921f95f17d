//! Each broken corpus under `tests/fixtures/` yields its own clear problem,
//! with the file and the position of the offending value, and never a panic.

use crate::util::problems;
use karabakh_timeline::corpus::load::{ANNOTATIONS, CorpusSource};
use karabakh_timeline::corpus::{DirSource, load};
use std::sync::atomic::{AtomicUsize, Ordering};

fn assert_problems(fixture: &str, expected: &[&str]) {
    assert_eq!(problems(fixture), expected, "fixture {fixture}");
}

#[test]
fn the_valid_fixture_loads() {
    let dir = crate::util::fixture("valid");
    let t = load(&DirSource(dir)).expect("valid fixture");
    assert_eq!(t.events.len(), 1);
    let s = &t.events[0].sources[0];
    assert_eq!(&t.articles[0].text[s.range.clone()], "12 جنديا قتلوا");
    assert_eq!((s.line, s.paragraph), (3, 3));
    assert_eq!(t.claims[0].sources[0].quote, "قال المتحدث إن 12 جنديا");
}

#[test]
fn json_syntax_error_points_at_the_token() {
    assert_problems(
        "syntax-error",
        &["annotations.json:52:7: expected `,` or `}`"],
    );
}

#[test]
fn unknown_field_is_rejected_with_what_was_expected() {
    assert_problems(
        "unknown-field",
        &[
            "annotations.json:90:13: unknown field `titel`, expected one of `id`, `date`, `era`, `kind`, `title`, `summary`, `actors`, `places`, `related`, `sources`, `draft`",
        ],
    );
}

#[test]
fn dangling_ids_are_each_reported_at_the_reference() {
    assert_problems(
        "dangling-id",
        &[
            "annotations.json:71:14: unknown era \"peace\"",
            "annotations.json:95:19: unknown entity \"putn\"",
        ],
    );
}

#[test]
fn dates_that_do_not_exist_are_rejected() {
    assert_problems(
        "impossible-date",
        &["annotations.json:65:18: \"2021-02-30\" does not exist (no day 30 in that month)"],
    );
}

#[test]
fn an_end_before_its_start_is_rejected() {
    assert_problems(
        "end-before-start",
        &["annotations.json:70:16: the end 2020-09-20 is before the start 2020-09-27"],
    );
}

#[test]
fn a_date_outside_its_era_is_rejected() {
    assert_problems(
        "outside-era",
        &["annotations.json:64:15: date 1994 is outside era \"war\" (2020-09-27 – 2020-11-10)"],
    );
}

#[test]
fn a_missing_quote_names_the_quote_and_the_article() {
    assert_problems(
        "quote-missing",
        &["annotations.json:87:20: quote \"13 جنديا قتلوا\" not found in article art-1"],
    );
}

#[test]
fn an_ambiguous_quote_asks_for_an_occurrence() {
    assert_problems(
        "quote-ambiguous",
        &[
            "annotations.json:91:20: quote \"وأضاف أن القتال مستمر.\" occurs 2 times in article art-1; add \"occurrence\" (1–2) to pick one",
        ],
    );
}

#[test]
fn a_quote_in_page_furniture_is_rejected() {
    assert_problems(
        "quote-in-furniture",
        &[
            "annotations.json:91:20: quote \"خط الموقع\" is on line 2 of article art-1, which is page furniture, not article text",
        ],
    );
}

#[test]
fn invalid_utf8_in_an_article_names_file_line_and_byte() {
    assert_problems(
        "invalid-utf8-article",
        &["article.txt:3:1: invalid UTF-8 (byte 0xFF at offset 40)"],
    );
}

#[test]
fn invalid_utf8_in_the_annotations_is_positioned() {
    assert_problems(
        "invalid-utf8-annotations",
        &["annotations.json:74:16: invalid UTF-8 (byte 0xC3 at offset 1321)"],
    );
}

#[test]
fn a_missing_article_file_is_reported_at_its_name() {
    let p = problems("missing-article-file");
    assert_eq!(p.len(), 1);
    assert!(
        p[0].starts_with("annotations.json:6:15: article \"art-1\": cannot read \"article.txt\""),
        "{p:?}"
    );
}

#[test]
fn unsupported_schema_version_and_non_object_are_rejected() {
    assert_problems(
        "schema-version",
        &["annotations.json:2:21: schema_version 7 is not supported (this build reads 1 and 2)"],
    );
    assert_problems(
        "not-an-object",
        &[
            "annotations.json:1:1: the annotation file must be a JSON object with \"schema_version\" and the sections",
        ],
    );
}

#[test]
fn duplicate_ids_are_rejected() {
    assert_problems(
        "duplicate-id",
        &["annotations.json:49:13: duplicate id \"nk\" in entities"],
    );
}

#[test]
fn all_problems_are_collected_in_file_order() {
    assert_problems(
        "many-problems",
        &[
            "annotations.json:71:14: unknown era \"peace\"",
            "annotations.json:87:20: quote \"ليس في النص\" not found in article art-1",
            "annotations.json:102:16: \"2020-13-01\": there is no month 13",
            "annotations.json:104:16: unknown event \"nope\"",
        ],
    );
}

#[test]
fn control_characters_from_the_corpus_never_reach_the_message_raw() {
    let p = problems("control-chars");
    assert_eq!(
        p,
        [
            "annotations.json:87:20: quote \"\\u{001B}[2J\\u{202E}gpj.exe\" not found in article art-1"
        ]
    );
    assert!(!p[0].contains('\u{1b}') && !p[0].contains('\u{202E}'));
}

#[test]
fn every_section_checks_its_ids_in_one_place() {
    assert_problems(
        "bad-article-id",
        &[
            "annotations.json:5:13: article id \"Art 1!\" must be lowercase ASCII letters, digits and '-'",
        ],
    );
    assert_problems(
        "bad-era-id",
        &[
            "annotations.json:51:13: era id \"War Era\" must be lowercase ASCII letters, digits and '-'",
        ],
    );
    // `check` says the same, with exit code 1.
    crate::util::bin()
        .args(["--corpus", &crate::util::fixture_arg("bad-era-id"), "check"])
        .assert()
        .code(1)
        .stdout("");
}

/// A corpus folder whose annotation file is saved again by someone else
/// after the loader first read it (every later read gets a blank line
/// more at the top); it counts the reads of the annotation file.
struct SavedMeanwhile {
    dir: std::path::PathBuf,
    /// Whether reads after the first get the changed file.
    changes: bool,
    reads: AtomicUsize,
}

impl SavedMeanwhile {
    fn new(fixture: &str, changes: bool) -> Self {
        SavedMeanwhile {
            dir: crate::util::fixture(fixture),
            changes,
            reads: AtomicUsize::new(0),
        }
    }

    fn annotation_reads(&self) -> usize {
        self.reads.load(Ordering::SeqCst)
    }
}

impl CorpusSource for SavedMeanwhile {
    fn read(&self, name: &str) -> std::io::Result<Vec<u8>> {
        let mut bytes = std::fs::read(self.dir.join(name))?;
        if name == ANNOTATIONS && self.reads.fetch_add(1, Ordering::SeqCst) > 0 && self.changes {
            bytes.insert(0, b'\n');
        }
        Ok(bytes)
    }

    fn display(&self, name: &str) -> String {
        name.to_string()
    }
}

/// The loader frees the annotation text before it resolves (it is the
/// largest thing the load holds) and reads the file again only to place
/// the problems it found: a valid corpus reads it once, and a corpus with
/// problems gets the same lines as ever.
#[test]
fn the_annotation_file_is_read_again_only_to_place_problems() {
    let valid = SavedMeanwhile::new("valid", false);
    load(&valid).expect("valid fixture");
    assert_eq!(valid.annotation_reads(), 1);
    let broken = SavedMeanwhile::new("quote-missing", false);
    let got = load(&broken).expect_err("a missing quote");
    assert_eq!(
        got.to_string(),
        "annotations.json:87:20: quote \"13 جنديا قتلوا\" not found in article art-1"
    );
    assert_eq!(broken.annotation_reads(), 2);
}

/// If the file read again is not the one parsed, its lines and columns
/// would point at other text: the problems come without them, after a
/// line that says why.
#[test]
fn a_file_saved_during_the_load_gives_its_problems_without_positions() {
    let got = load(&SavedMeanwhile::new("quote-missing", true)).expect_err("a missing quote");
    assert_eq!(
        got.to_string(),
        "annotations.json: changed while it was being loaded: these problems are those of the \
         version read first, without their positions (load it again)\n\
         annotations.json: quote \"13 جنديا قتلوا\" not found in article art-1"
    );
}
