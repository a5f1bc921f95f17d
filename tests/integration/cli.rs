//! The command line as a user meets it: output, errors and exit codes.

use crate::util::{bin, fixture_arg as fixture};
use predicates::prelude::*;

#[test]
fn check_passes_on_the_bundled_corpus() {
    bin()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("corpus is valid:"))
        .stderr("");
}

#[test]
fn check_fails_with_one_line_per_problem_and_exit_1() {
    let out = bin()
        .args(["--corpus", &fixture("many-problems"), "check"])
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).expect("utf-8");
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(
        err.lines()
            .all(|l| l.starts_with("karabakh-timeline: ") && l.contains("annotations.json:"))
    );
}

#[test]
fn every_broken_fixture_exits_1_without_panicking() {
    let dir = std::fs::read_dir(crate::util::fixture("")).expect("fixtures");
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        // The valid corpora; every other fixture is broken on purpose.
        let valid = [
            "valid",
            "claims-conflict",
            "export-rich",
            "hostile-controls",
            "hostile-html",
            "quote-citation",
            "v1-valid",
            "bom-annotations",
            "dating-words",
            // Plain articles with no annotations.json: drafted as they load.
            "intake",
        ];
        if valid.contains(&name.as_str()) {
            continue;
        }
        bin()
            .args(["--corpus", &fixture(&name), "list"])
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("panicked").not());
    }
}

#[test]
fn list_text_shows_era_date_titles_and_outlets() {
    bin()
        .args(["--corpus", &fixture("valid"), "list"])
        .assert()
        .success()
        .stdout(concat!(
            "== The war · الحرب (27 Sep 2020 – 10 Nov 2020) ==\n",
            "27 Sep 2020  fighting-2020-09-27                      fighting        Fighting\n",
            "             قتال\n",
            "             1 source, 1 casualty claim: Agency (art-1)\n",
        ));
}

#[test]
fn list_json_parses_back_with_exact_quotes() {
    let out = bin()
        .args(["--corpus", &fixture("valid"), "list", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["schema"], "karabakh-timeline/v2");
    assert_eq!(v["events"][0]["id"], "fighting-2020-09-27");
    assert_eq!(v["events"][0]["start"], "2020-09-27");
    assert_eq!(v["events"][0]["precision"], "day");
    assert_eq!(v["events"][0]["sources"][0]["quote"], "12 جنديا قتلوا");
    assert_eq!(v["events"][0]["sources"][0]["paragraph"], 3);
    assert_eq!(v["claims"][0]["value"], 12);
    assert_eq!(v["claims"][0]["value_text"], "12");
    assert_eq!(
        v["events"][0]["sources"][0]["published"]["date"],
        "2020-09-28"
    );
}

#[test]
fn filters_select_events_and_unknown_names_are_usage_errors() {
    bin()
        .args(["--corpus", &fixture("valid"), "list", "--place", "قره باغ"])
        .assert()
        .success()
        .stdout(predicate::str::contains("fighting-2020-09-27"));
    bin()
        .args(["--corpus", &fixture("valid"), "list", "--from", "2020-10"])
        .assert()
        .success()
        .stdout("no events match\n");
    bin()
        .args(["--corpus", &fixture("valid"), "list", "--era", "peace"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("karabakh-timeline: --era: no era \"peace\" (eras: war)\n");
    bin()
        .args([
            "--corpus",
            &fixture("valid"),
            "list",
            "--from",
            "2020-02-30",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));
}

#[test]
fn bad_flags_are_usage_errors() {
    bin()
        .args(["list", "--format", "yaml"])
        .assert()
        .code(2)
        .stdout("");
    bin().arg("--no-such-flag").assert().code(2).stdout("");
}

#[test]
fn without_a_terminal_the_tui_points_to_list() {
    bin()
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("karabakh-timeline list"));
}

#[test]
fn a_missing_corpus_folder_is_a_data_error() {
    bin()
        .args(["--corpus", "/nonexistent/corpus", "check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "/nonexistent/corpus/annotations.json: cannot read",
        ));
}
