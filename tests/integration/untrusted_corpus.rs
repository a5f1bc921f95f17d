//! Issue 13, findings 3 and 7: a corpus folder is untrusted. Files that
//! are not regular files inside the folder are refused, files are read
//! with a size limit, and the annotation file cannot say two things at
//! once or pass off nonsense. Each case gives one exact error line (file,
//! position, cause), exit code 1, and never hangs.

use crate::util::{bin, fixture, fixture_arg};
use karabakh_timeline::corpus::DirSource;
use karabakh_timeline::corpus::load::{MAX_ARTICLE_BYTES, load};
use std::path::Path;
use std::time::Duration;

/// The problems of loading `dir`, with the folder left out of file names.
fn problems_in(dir: &Path) -> Vec<String> {
    match load(&DirSource(dir.to_path_buf())) {
        Ok(_) => Vec::new(),
        Err(p) => {
            p.0.iter()
                .map(|p| p.to_string().replace(&format!("{}/", dir.display()), ""))
                .collect()
        }
    }
}

fn problems(name: &str) -> Vec<String> {
    problems_in(&fixture(name))
}

/// A copy of the `valid` fixture whose `article.txt` is made by `make`.
fn valid_with_article(make: impl FnOnce(&Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        fixture("valid").join("annotations.json"),
        dir.path().join("annotations.json"),
    )
    .expect("copy");
    make(&dir.path().join("article.txt"));
    dir
}

/// `check` on a folder: exit 1, one line on stderr, in bounded time.
fn check_refuses(dir: &Path, line: &str) {
    let shown = format!("{}/", dir.display());
    let out = bin()
        .args(["--corpus", &dir.display().to_string(), "check"])
        .timeout(Duration::from_secs(20))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr).replace(&shown, "");
    assert_eq!(err, format!("karabakh-timeline: {line}\n"));
    assert!(out.stdout.is_empty());
}

const AT_FILE: &str = "annotations.json:6:15: article \"art-1\": cannot read \"article.txt\": ";

#[cfg(unix)]
mod links_and_special_files {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_link_to_a_file_outside_the_folder_is_refused() {
        // tests/fixtures/link-outside/article.txt -> /etc/passwd
        let want = format!("{AT_FILE}it is a link to \"/etc/passwd\", outside the corpus folder");
        assert_eq!(problems("link-outside"), std::slice::from_ref(&want));
        check_refuses(&fixture("link-outside"), &want);
    }

    #[test]
    fn links_to_devices_are_refused_without_reading_them() {
        for target in ["/dev/zero", "/dev/urandom", "/dev/tty"] {
            let dir = valid_with_article(|p| symlink(target, p).expect("symlink"));
            check_refuses(
                dir.path(),
                &format!("{AT_FILE}it is a link to \"{target}\", outside the corpus folder"),
            );
        }
    }

    #[test]
    fn a_link_to_the_process_environment_is_refused() {
        let dir = valid_with_article(|p| symlink("/proc/self/environ", p).expect("symlink"));
        // /proc/self is the loading process: its number is in the path.
        let p = problems_in(dir.path());
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with(&format!("{AT_FILE}it is a link to \"/proc/")),
            "{p:?}"
        );
        assert!(
            p[0].ends_with("/environ\", outside the corpus folder"),
            "{p:?}"
        );
    }

    #[test]
    fn a_fifo_is_refused_and_does_not_hang() {
        let dir = valid_with_article(|p| {
            let ok = std::process::Command::new("mkfifo")
                .arg(p)
                .status()
                .expect("mkfifo")
                .success();
            assert!(ok, "mkfifo");
        });
        check_refuses(
            dir.path(),
            &format!("{AT_FILE}it is a FIFO (named pipe), not a regular file"),
        );
    }

    #[test]
    fn annotations_that_are_a_link_outside_are_refused() {
        let outside = tempfile::tempdir().expect("tempdir");
        let target = outside.path().join("annotations.json");
        std::fs::copy(fixture("valid").join("annotations.json"), &target).expect("copy");
        let dir = valid_with_article(|p| {
            std::fs::copy(fixture("valid").join("article.txt"), p).expect("copy");
        });
        std::fs::remove_file(dir.path().join("annotations.json")).expect("rm");
        symlink(&target, dir.path().join("annotations.json")).expect("symlink");
        let real = target.canonicalize().expect("real path");
        check_refuses(
            dir.path(),
            &format!(
                "annotations.json: cannot read: it is a link to \"{}\", outside the corpus folder",
                real.display()
            ),
        );
    }

    #[test]
    fn a_link_inside_the_folder_is_followed() {
        let dir = valid_with_article(|p| {
            let real = p.with_file_name("real-article.txt");
            std::fs::copy(fixture("valid").join("article.txt"), &real).expect("copy");
            symlink("real-article.txt", p).expect("symlink");
        });
        assert_eq!(problems_in(dir.path()), Vec::<String>::new());
    }
}

#[test]
fn a_folder_in_place_of_an_article_is_refused() {
    let dir = valid_with_article(|p| std::fs::create_dir(p).expect("mkdir"));
    check_refuses(
        dir.path(),
        &format!("{AT_FILE}it is a folder, not a regular file"),
    );
}

#[test]
fn an_article_over_the_size_limit_is_refused() {
    let dir = valid_with_article(|p| {
        // Sparse: takes no disk space, reports its length.
        let f = std::fs::File::create(p).expect("create");
        f.set_len(MAX_ARTICLE_BYTES + 1).expect("set_len");
    });
    check_refuses(
        dir.path(),
        &format!("{AT_FILE}it is larger than the limit of 16 MiB for this file"),
    );
}

// ---- finding 7 ---------------------------------------------------------------

#[test]
fn a_repeated_top_level_key_is_reported_not_read_one_way_or_the_other() {
    let want =
        "annotations.json:115:3: duplicate key \"events\" (first at 62:3): each key appears once";
    assert_eq!(problems("duplicate-key"), [want]);
    check_refuses(&fixture("duplicate-key"), want);
}

#[test]
fn a_schema_version_that_is_not_a_whole_number_is_reported_as_what_it_is() {
    assert_eq!(
        problems("schema-version-float"),
        [
            "annotations.json:2:21: schema_version must be a whole number, not 1.0 (this build reads 1 and 2)"
        ]
    );
    assert_eq!(
        problems("schema-version-string"),
        [
            "annotations.json:2:21: schema_version must be a whole number, not the string \"1\" (this build reads 1 and 2)"
        ]
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let bytes = std::fs::read(fixture("bom-annotations").join("annotations.json")).expect("read");
    assert!(
        bytes.starts_with("\u{FEFF}".as_bytes()),
        "the fixture has its BOM"
    );
    let with_bom = crate::util::corpus("bom-annotations");
    let without = crate::util::corpus("valid");
    assert_eq!(with_bom.events[0].sources, without.events[0].sources);
    bin()
        .args(["--corpus", &fixture_arg("bom-annotations"), "check"])
        .assert()
        .success();
}

#[test]
fn titles_and_spellings_of_invisible_characters_only_are_rejected() {
    // title.en is U+200B U+200D; the second spelling of "nk" is U+3164.
    assert_eq!(
        problems("invisible-text"),
        [
            "annotations.json:38:9: entity \"nk\": spelling 2 is empty or only invisible characters",
            "annotations.json:77:15: title.en is empty or only invisible characters",
        ]
    );
}

#[test]
fn a_quote_may_not_end_in_the_carriage_return_of_a_crlf_article() {
    let article = std::fs::read(fixture("crlf-quote").join("article.txt")).expect("read");
    assert!(
        article.windows(2).any(|w| w == b"\r\n"),
        "the fixture has CRLF line ends"
    );
    assert_eq!(
        problems("crlf-quote"),
        [
            "annotations.json:88:20: quote \"وأضاف أن القتال مستمر. وأضاف أن القتال م…\" contains a carriage return (U+000D): in a file with CRLF line ends it belongs to the line end, not the text; leave it out"
        ]
    );
}
