//! A signal during `export` leaves no `.karabakh-export-*.tmp` behind and
//! the old file intact (issue 13, finding 7), with the real binary.
//!
//! The debug build's test hook `KARABAKH_TEST_PAUSE_BEFORE_RENAME=MS`
//! (compiled only with debug assertions; see `export::write`) holds the
//! complete temporary file before the rename, so the signal arrives at the
//! worst moment every time instead of by luck.

#![cfg(unix)]

use crate::util::{files_in, fixture_arg, skip};
use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const SIGHUP: i32 = 1;
const SIGINT: i32 = 2;
const SIGTERM: i32 = 15;

/// Long enough that the export cannot finish before the test's signal; the
/// test never waits for it when the signal works.
const PAUSE_MS: &str = "60000";

fn temp_files(dir: &Path) -> Vec<String> {
    files_in(dir)
        .into_iter()
        .filter(|n| n.starts_with(".karabakh-export-") && n.ends_with(".tmp"))
        .collect()
}

/// Signals this test process was started with ignored (Linux: SigIgn in
/// /proc/self/status). A child inherits them and keeps them ignored, as
/// the program must, so a test of that signal cannot run here.
fn ignored_here(signal: i32) -> bool {
    let status = fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|m| u64::from_str_radix(m.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (signal - 1)) != 0)
}

/// `export --force` onto `out`, through `sh -c` when a prelude (a `trap`)
/// must run first.
fn start(out: &Path, pause_ms: &str, prelude: Option<&str>) -> Child {
    let bin = assert_cmd::cargo::cargo_bin("karabakh-timeline");
    let args = [
        "--corpus".to_string(),
        fixture_arg("export-rich"),
        "export".into(),
        "--format".into(),
        "json".into(),
        "-o".into(),
        out.display().to_string(),
        "--force".into(),
    ];
    let mut c = match prelude {
        None => {
            let mut c = Command::new(bin);
            c.args(&args);
            c
        }
        Some(p) => {
            let mut c = Command::new("sh");
            c.arg("-c")
                .arg(format!("{p}; exec \"$0\" \"$@\""))
                .arg(bin)
                .args(&args);
            c
        }
    };
    crate::util::clean_env(&mut c)
        .env("KARABAKH_TEST_PAUSE_BEFORE_RENAME", pause_ms)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts")
}

/// Waits (bounded, so a broken build fails instead of hanging) until the
/// export's temporary file exists.
fn wait_for_temp_file(dir: &Path, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while temp_files(dir).is_empty() {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the export ended before writing: {status:?}");
        }
        assert!(Instant::now() < deadline, "no temporary file appeared");
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn wait(child: &mut Child) -> ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the export did not end after the signal");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn send(child: &Child, signal: i32) {
    let ok = Command::new("kill")
        .args([format!("-{signal}"), child.id().to_string()])
        .status()
        .expect("kill runs")
        .success();
    assert!(ok, "kill -{signal} failed");
}

#[test]
fn a_signal_during_an_export_removes_the_temporary_file_and_keeps_the_old_one() {
    for signal in [SIGINT, SIGTERM, SIGHUP] {
        if ignored_here(signal) {
            skip(&format!(
                "signal {signal}: this test was started with it ignored"
            ));
            continue;
        }
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("timeline.json");
        fs::write(&out, "the old export").expect("write");
        let mut child = start(&out, PAUSE_MS, None);
        wait_for_temp_file(dir.path(), &mut child);
        send(&child, signal);
        let status = wait(&mut child);
        assert_eq!(
            status.signal(),
            Some(signal),
            "ended by the signal itself, as without a handler: {status:?}"
        );
        assert_eq!(files_in(dir.path()), ["timeline.json"], "signal {signal}");
        assert_eq!(
            fs::read_to_string(&out).expect("read"),
            "the old export",
            "signal {signal}"
        );
    }
}

#[test]
fn a_signal_during_a_new_export_leaves_nothing() {
    if ignored_here(SIGINT) {
        skip("this test was started with SIGINT ignored");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("new.json");
    let mut child = start(&out, PAUSE_MS, None);
    wait_for_temp_file(dir.path(), &mut child);
    send(&child, SIGINT);
    assert_eq!(wait(&mut child).signal(), Some(SIGINT));
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );
}

#[test]
fn a_signal_ignored_at_start_stays_ignored_and_the_export_completes() {
    // `nohup` ignores SIGHUP so a closed terminal does not end the command;
    // catching it to clean up must not undo that.
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("kept.json");
    fs::write(&out, "the old export").expect("write");
    let mut child = start(&out, "1500", Some("trap '' HUP"));
    wait_for_temp_file(dir.path(), &mut child);
    send(&child, SIGHUP);
    let status = wait(&mut child);
    assert!(status.success(), "{status:?}");
    assert_eq!(files_in(dir.path()), ["kept.json"]);
    assert!(
        fs::read_to_string(&out)
            .expect("read")
            .contains("karabakh-timeline/v2")
    );
}
