//! Exporting from the TUI: the same selection as the command line gives the
//! same events, and an existing file is only overwritten after asking.

use assert_cmd::Command;
use karabakh_timeline::corpus::bundled;
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::action::Action;
use karabakh_timeline::tui::app::{App, Overlay};
use karabakh_timeline::tui::{effect, update::update};
use std::sync::Arc;

fn act(app: &mut App, actions: &[Action]) {
    for a in actions {
        update(app, a.clone());
        effect::run(app);
    }
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        act(app, &[Action::Input(c)]);
    }
}

fn ids(doc: &serde_json::Value) -> Vec<String> {
    doc["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["unique_id"].as_str().expect("unique_id").to_string())
        .collect()
}

fn export_dialog_result(app: &App) -> Option<Result<String, String>> {
    match &app.overlay {
        Overlay::Export(f) => f.result.clone(),
        _ => None,
    }
}

#[test]
fn a_filter_exported_from_the_tui_matches_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let tui_path = dir.path().join("tui-oct.json");
    let cli_path = dir.path().join("cli-oct.json");

    let t = Arc::new(bundled::timeline().expect("bundled"));
    let mut app = App::new(t, Lang::En, BidiMode::App, (160, 45));
    // Filter October 2020 in the filter dialog.
    act(&mut app, &[Action::OpenFilter]);
    typed(&mut app, "2020-10-01");
    act(&mut app, &[Action::NextChoice]);
    typed(&mut app, "2020-10-31");
    act(&mut app, &[Action::Submit]);
    // Export dialog: TimelineJS, the current filter, our path.
    act(&mut app, &[Action::OpenExport, Action::NextChoice]);
    act(
        &mut app,
        &[Action::NextValue, Action::NextValue, Action::NextValue],
    );
    act(&mut app, &[Action::NextChoice, Action::NextChoice]);
    for _ in 0..40 {
        act(&mut app, &[Action::Backspace]);
    }
    typed(&mut app, &tui_path.display().to_string());
    act(&mut app, &[Action::Submit]);
    let result = export_dialog_result(&app).expect("a result is shown");
    let msg = result.expect("written");
    assert!(
        msg.starts_with("wrote ") && msg.contains("tui-oct.json"),
        "{msg}"
    );

    Command::cargo_bin("karabakh-timeline")
        .expect("binary")
        .args([
            "export",
            "--from",
            "2020-10-01",
            "--to",
            "2020-10-31",
            "--format",
            "timelinejs",
            "-o",
        ])
        .arg(&cli_path)
        .assert()
        .success();

    let read = |p: &std::path::Path| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(p).expect("file")).expect("json")
    };
    let (tui, cli) = (read(&tui_path), read(&cli_path));
    assert_eq!(ids(&tui), ids(&cli));
    assert!(ids(&tui).contains(&"putin-valdai-2020-10-22".to_string()));
    assert!(!ids(&tui).contains(&"war-begins-2020-09-27".to_string()));
    assert_eq!(tui, cli, "the same selection gives the same file");
}

#[test]
fn marked_events_export_and_overwriting_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("marked.json");
    let t = Arc::new(bundled::timeline().expect("bundled"));
    let mut app = App::new(t, Lang::En, BidiMode::App, (160, 45));
    act(
        &mut app,
        &[
            Action::ToggleMark,
            Action::Down,
            Action::Down,
            Action::ToggleMark,
        ],
    );
    act(&mut app, &[Action::OpenExport]);
    for _ in 0..40 {
        act(&mut app, &[Action::Backspace]);
    }
    typed(&mut app, &path.display().to_string());
    act(&mut app, &[Action::Submit]);
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("written")).expect("json");
    let got: Vec<&str> = doc["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(got, ["nk-breakaway-1991", "minsk-group-founded-1992"]);

    // Export again: the file exists, so the dialog asks and leaves it alone.
    std::fs::write(&path, "keep me").expect("write");
    act(&mut app, &[Action::Submit]);
    let asked = export_dialog_result(&app).expect("result");
    assert!(asked.is_err_and(|e| e.contains("Enter again to overwrite")));
    assert_eq!(std::fs::read_to_string(&path).expect("file"), "keep me");
    // A second Enter overwrites.
    act(&mut app, &[Action::Submit]);
    assert!(export_dialog_result(&app).expect("result").is_ok());
    assert!(
        std::fs::read_to_string(&path)
            .expect("file")
            .contains("nk-breakaway-1991")
    );
    // An unwritable path is reported in the dialog, and nothing is left behind.
    for _ in 0..200 {
        act(&mut app, &[Action::Backspace]);
    }
    let bad = dir.path().join("no-such-folder").join("x.json");
    typed(&mut app, &bad.display().to_string());
    act(&mut app, &[Action::Submit]);
    let err = export_dialog_result(&app)
        .expect("result")
        .expect_err("fails");
    assert!(err.contains("does not exist"), "{err}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left.len(), 1, "only marked.json: {left:?}");
}
