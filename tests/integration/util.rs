//! Helpers shared by every test module: the real binary, the fixtures and
//! the bundled timeline.

use assert_cmd::Command;
use karabakh_timeline::corpus::{DirSource, Timeline, bundled, load};
use std::path::{Path, PathBuf};

/// The real binary, with no locale from the environment (English).
pub fn bin() -> Command {
    let mut c = Command::cargo_bin("karabakh-timeline").expect("binary built");
    c.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("KARABAKH_BIDI");
    c
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

/// A fixture corpus that must load.
pub fn corpus(name: &str) -> Timeline {
    load(&DirSource(fixture(name))).expect("the fixture is a valid corpus")
}

/// The bundled corpus.
pub fn bundled() -> Timeline {
    bundled::timeline().expect("the bundled corpus is valid")
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
