//! Exporting from the TUI by keys: the same selection as the command line
//! gives the same file, an existing file is only replaced after asking,
//! failures are shown in the dialog, and a screenshot never writes.

use crate::util::{app, bin, press, screen};
use karabakh_timeline::lang::Lang;
use std::path::Path;

fn ids(doc: &serde_json::Value, key: &str) -> Vec<String> {
    doc["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e[key].as_str().expect("id").to_string())
        .collect()
}

fn read(p: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(p).expect("file")).expect("json")
}

#[test]
fn a_filter_exported_from_the_tui_matches_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let tui_path = dir.path().join("tui-oct.json");
    let cli_path = dir.path().join("cli-oct.json");
    let mut a = app((160, 45), Lang::En);
    // October 2020 in the filter form; then TimelineJS, the current filter
    // (chosen by the dialog since a filter is active), our file name.
    press(&mut a, "f2020-10-01<Tab>2020-10-31<Enter>");
    press(&mut a, "e<Tab><Right><Right><Right><Tab><Tab><C-u>");
    press(&mut a, &format!("{}<Enter>", tui_path.display()));
    let s = screen(&a);
    assert!(s.contains("✔ wrote 26 events"), "{s}");
    bin()
        .args(["export", "--from", "2020-10-01", "--to", "2020-10-31"])
        .args(["--format", "timelinejs", "-o"])
        .arg(&cli_path)
        .assert()
        .success();
    let (tui, cli) = (read(&tui_path), read(&cli_path));
    assert!(ids(&tui, "unique_id").contains(&"putin-valdai-2020-10-22".to_string()));
    assert!(!ids(&tui, "unique_id").contains(&"war-begins-2020-09-27".to_string()));
    assert_eq!(tui, cli, "the same selection gives the same file");
}

#[test]
fn marked_events_export_and_overwriting_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("marked.json");
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "mjjm");
    press(&mut a, &format!("e<C-u>{}<Enter>", path.display()));
    assert_eq!(
        ids(&read(&path), "id"),
        ["nk-breakaway-1991", "minsk-group-founded-1992"]
    );
    assert!(
        screen(&a).contains("✔ wrote 2 events, 0 figures to"),
        "{}",
        screen(&a)
    );

    // Again: the file exists, so the dialog asks and leaves it alone.
    std::fs::write(&path, "keep me").expect("write");
    press(&mut a, "<Enter>");
    assert!(screen(&a).contains("the file exists: Enter again replaces it"));
    assert_eq!(std::fs::read_to_string(&path).expect("file"), "keep me");
    // A second Enter replaces it.
    press(&mut a, "<Enter>");
    assert!(screen(&a).contains("✔ wrote 2 events"));
    assert!(
        std::fs::read_to_string(&path)
            .expect("file")
            .contains("nk-breakaway-1991")
    );

    // A path in a missing folder is reported, and nothing is left behind.
    let bad = dir.path().join("no-such-folder").join("x.json");
    press(&mut a, &format!("<C-u>{}<Enter>", bad.display()));
    let s = screen(&a);
    assert!(s.contains("does not exist"), "{s}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left.len(), 1, "only marked.json: {left:?}");

    // An empty name is refused in words.
    press(&mut a, "<C-u><Enter>");
    assert!(screen(&a).contains("give a file name"));
}

#[test]
fn a_screenshot_replaying_an_export_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("would-be.json");
    let shot = dir.path().join("shot.txt");
    let keys = format!("e<C-u>{}<Enter>", target.display());
    bin()
        .args(["screenshot", "--size", "160x45", "--keys", &keys, "-o"])
        .arg(&shot)
        .assert()
        .success();
    assert!(!target.exists(), "a screenshot must never export");
    let text = std::fs::read_to_string(&shot).expect("screenshot");
    assert!(text.contains("would write 40 events"), "{text}");
}

#[test]
fn an_export_failure_is_worded_in_the_interface_language() {
    use crate::util::drawn;
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("no-such-folder").join("x.json");
    let mut a = app((160, 45), Lang::Ar);
    press(&mut a, &format!("e<C-u>{}<Enter>", bad.display()));
    let s = screen(&a);
    assert!(s.contains(&drawn("غير موجود")), "{s}");
    assert!(!s.contains("does not exist"));
}
