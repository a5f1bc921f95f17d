//! Helpers shared by every test module: the real binary, the fixtures and
//! the bundled timeline.

use assert_cmd::Command;
use karabakh_timeline::corpus::{DirSource, Timeline, bundled, load};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::app::App;
use karabakh_timeline::tui::drive::{self, Io};
use karabakh_timeline::tui::effect::Effect;
use karabakh_timeline::tui::screenshot;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The real binary, with no locale from the environment (English), and
/// the tests' own cache folder ([`cache_home`]), never the user's.
pub fn bin() -> Command {
    Command::from_std(process())
}

/// [`bin`] as a plain process, for a test that chooses where its stdout
/// goes or spawns it (assert_cmd always captures and waits).
pub fn process() -> std::process::Command {
    let mut c = std::process::Command::new(binary());
    clean_env(&mut c);
    c
}

/// The path of the real binary (for a shell that `exec`s it).
pub fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("karabakh-timeline")
}

/// What every launch by the tests gets, directly or through a shell that
/// `exec`s the binary: no locale or bidi mode or cache switch from the
/// environment, and the tests' own cache folder.
pub fn clean_env(c: &mut std::process::Command) -> &mut std::process::Command {
    for var in [
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "KARABAKH_BIDI",
        "KARABAKH_NO_CACHE",
    ] {
        c.env_remove(var);
    }
    c.env("XDG_CACHE_HOME", cache_home())
}

/// The `XDG_CACHE_HOME` every launch of the binary by the tests gets, so
/// that no test reads or writes the user's cache of loaded corpora; under
/// cargo's folder for test files (not a temporary folder that would be
/// left behind, the helper living as long as the process).
pub fn cache_home() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("xdg-cache")
}

/// The ids of the events `list --format json` prints with these
/// arguments (filters, global options), in order; the command must succeed.
pub fn listed_ids(args: &[&str]) -> Vec<String> {
    let o = bin()
        .arg("list")
        .args(args)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    v["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["id"].as_str().expect("an id").to_string())
        .collect()
}

/// A corpus folder under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// [`fixture`] as a string, for command-line arguments.
pub fn fixture_arg(name: &str) -> String {
    fixture(name).display().to_string()
}

/// The problems loading fixture `name` reports, one line each, with the
/// fixture's folder left out of the file names; empty when it loads.
pub fn problems(name: &str) -> Vec<String> {
    let dir = fixture(name);
    match load(&DirSource(dir.clone())) {
        Ok(_) => Vec::new(),
        Err(p) => {
            p.0.iter()
                .map(|p| p.to_string().replace(&format!("{}/", dir.display()), ""))
                .collect()
        }
    }
}

/// A fixture corpus that must load.
pub fn corpus(name: &str) -> Timeline {
    load(&DirSource(fixture(name))).expect("the fixture is a valid corpus")
}

/// The bundled corpus.
pub fn bundled() -> Timeline {
    bundled::timeline().expect("the bundled corpus is valid")
}

/// The bundled timeline, loaded once for all the TUI tests.
pub fn shared_timeline() -> Arc<Timeline> {
    static T: OnceLock<Arc<Timeline>> = OnceLock::new();
    T.get_or_init(|| Arc::new(bundled())).clone()
}

/// The TUI on the bundled corpus at a size, in app bidi mode.
pub fn app(size: (u16, u16), lang: Lang) -> App {
    App::new(shared_timeline(), lang, BidiMode::App, size)
}

/// Presses keys as a user would: the script syntax of `screenshot --keys`,
/// through the real key table; exports really write. Returns the effects
/// left for the terminal loop (quit, suspend).
pub fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    drive::press(app, keys, Io::Real).expect("the key script parses")
}

/// The screen as text, one line per row.
pub fn screen(app: &App) -> String {
    screenshot::to_text(&screenshot::draw(app, app.size))
}

/// One row of the screen.
pub fn row(app: &App, y: usize) -> String {
    screen(app).lines().nth(y).unwrap_or("").to_string()
}

/// The selected event's id.
pub fn event_id(app: &App) -> String {
    app.event()
        .map(|e| app.timeline.events[e].id.clone())
        .unwrap_or_default()
}

/// Moves to an event as a user would: Tab to the timeline, then `g` and
/// `j` until it is selected.
pub fn goto(app: &mut App, id: &str) {
    while app.focus != karabakh_timeline::tui::layout::Pane::Timeline {
        press(app, "<Tab>");
    }
    press(app, "g");
    for _ in 0..app.timeline.events.len() {
        if event_id(app) == id {
            return;
        }
        press(app, "j");
    }
    panic!("event {id} is not reachable with j");
}

/// A label laid out alone by the engine (e.g. an Arabic value as it is
/// drawn, shaped and in visual order), to compare with screen text.
pub fn drawn(text: &str) -> String {
    use karabakh_timeline::text::{Direction, Label, layout_label_parts};
    let l = Label::new().value(text);
    layout_label_parts(&l, 200, BidiMode::App, Direction::Ltr).text()
}

/// Says why a test (or part of one) did not run here: a node that needs
/// root, a signal the test was started with ignored. Printed, so that
/// `cargo test -- --nocapture` shows what was not proven on this machine.
#[allow(clippy::print_stdout)]
pub fn skip(reason: &str) {
    println!("skipped: {reason}");
}

/// The names in a folder, sorted: what a test expects to be left there.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}
