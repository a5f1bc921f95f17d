//! The cache of resolved corpora (`src/corpus/cache/`), as a user meets
//! it: every command prints the same bytes from the cache as from the
//! files; a changed, added or removed file gives a full load; a damaged,
//! truncated or foreign entry is ignored and written again; a corpus with
//! problems is never cached; a cache that cannot be written is skipped
//! without a word; `--no-cache` neither reads nor writes.
//!
//! Whether a launch used the entry is seen from the outside: a full load
//! writes the entry again (a new file renamed over it: a new inode), a
//! launch that used it leaves the file as it was.

use crate::util::{bin, fixture};
use karabakh_timeline::corpus::cache::{self, Outcome};
use karabakh_timeline::corpus::progress::Silent;
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A corpus folder of the bundled format: the bundled `assets/` folder,
/// and the export fixture (drafts, vague figures, every kind of date).
fn corpora() -> Vec<PathBuf> {
    vec![
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets"),
        fixture("export-rich"),
    ]
}

/// What a user sees of one run: exit code, stdout, stderr, and the
/// exported file when there is one.
#[derive(Debug, PartialEq, Eq)]
struct Seen {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    file: Option<Vec<u8>>,
}

/// Runs the binary on `corpus` with `cache` as XDG_CACHE_HOME; `-o FILE`
/// in `args` is replaced by a file of `out`, read back.
fn run(corpus: &Path, cache: &Path, extra: &[&str], args: &[&str], out: &Path) -> Seen {
    let mut file = out.join("export.out");
    let args: Vec<String> = args
        .iter()
        .map(|a| match a.strip_prefix("FILE") {
            Some(ext) => {
                file = out.join(format!("export.out{ext}"));
                file.display().to_string()
            }
            None => a.to_string(),
        })
        .collect();
    let _ = fs::remove_file(&file);
    let o = bin()
        .env("XDG_CACHE_HOME", cache)
        .arg("--corpus")
        .arg(corpus)
        .args(extra)
        .args(&args)
        .output()
        .expect("runs");
    Seen {
        code: o.status.code(),
        stdout: o.stdout,
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        file: fs::read(&file).ok(),
    }
}

/// Every command that loads a corpus, in its formats.
const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["list"],
    &["list", "--format", "json"],
    &["list", "--format", "csv"],
    &["list", "--format", "md"],
    &["list", "--format", "timelinejs"],
    &["claims"],
    &["claims", "--format", "json"],
    &["claims", "--format", "csv"],
    &["export", "--format", "json", "-o", "FILE"],
    &["export", "--format", "csv", "-o", "FILE"],
    &["export", "--format", "md", "-o", "FILE"],
    &["export", "--format", "timelinejs", "-o", "FILE"],
    &["screenshot", "--size", "200x60", "--output", "FILE.txt"],
    &[
        "screenshot",
        "--size",
        "120x40",
        "--keys",
        "jj<Enter>",
        "--output",
        "FILE.svg",
    ],
];

/// The one entry file in the cache folder `cache`, if there is one.
fn entry(cache: &Path) -> Option<PathBuf> {
    let dir = cache.join("karabakh-timeline");
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "bin"))
        .collect();
    assert!(found.len() <= 1, "one entry per corpus: {found:?}");
    found.pop()
}

fn inode(p: &Path) -> u64 {
    fs::metadata(p).expect("the entry").ino()
}

#[test]
fn every_command_prints_the_same_bytes_from_the_cache_as_from_the_files() {
    for corpus in corpora() {
        for args in COMMANDS {
            let cache = TempDir::new().expect("tmp");
            let out = TempDir::new().expect("tmp");
            let full = run(&corpus, cache.path(), &["--no-cache"], args, out.path());
            assert_eq!(full.code, Some(0), "{args:?}: {}", full.stderr);
            assert_eq!(entry(cache.path()), None, "--no-cache writes nothing");
            let first = run(&corpus, cache.path(), &[], args, out.path());
            let written = entry(cache.path()).expect("the first launch writes the entry");
            let (ino, bytes) = (inode(&written), fs::read(&written).expect("entry"));
            let second = run(&corpus, cache.path(), &[], args, out.path());
            assert_eq!(
                inode(&written),
                ino,
                "{args:?}: the second launch used the entry"
            );
            assert_eq!(fs::read(&written).expect("entry"), bytes);
            assert_eq!(
                first,
                full,
                "{args:?} on {}, first launch",
                corpus.display()
            );
            assert_eq!(
                second,
                full,
                "{args:?} on {}, from the cache",
                corpus.display()
            );
        }
    }
}

/// A copy of `assets/` to change.
fn copy_of_assets() -> TempDir {
    let tmp = TempDir::new().expect("tmp");
    let assets = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets");
    for e in fs::read_dir(assets).expect("assets") {
        let p = e.expect("entry").path();
        if p.is_file() {
            fs::copy(&p, tmp.path().join(p.file_name().expect("name"))).expect("copy");
        }
    }
    tmp
}

/// The first article file of a corpus folder.
fn an_article(dir: &Path) -> PathBuf {
    let mut names: Vec<PathBuf> = fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names.remove(0)
}

/// After `change`, the cached launch sees what a full load sees, and the
/// entry is the one the new files give (written again).
fn after_change(valid: bool, change: impl FnOnce(&Path)) {
    let corpus = copy_of_assets();
    let cache = TempDir::new().expect("tmp");
    let out = TempDir::new().expect("tmp");
    let args = &["list", "--format", "json"];
    run(corpus.path(), cache.path(), &[], args, out.path());
    let old = entry(cache.path()).expect("written");
    let (ino, bytes) = (inode(&old), fs::read(&old).expect("entry"));
    change(corpus.path());
    let cached = run(corpus.path(), cache.path(), &[], args, out.path());
    let full = run(
        corpus.path(),
        cache.path(),
        &["--no-cache"],
        args,
        out.path(),
    );
    assert_eq!(cached, full);
    assert_eq!(full.code == Some(0), valid, "{}", full.stderr);
    if valid {
        let new = entry(cache.path()).expect("written again");
        assert_ne!(inode(&new), ino, "a full load wrote the entry again");
        assert_ne!(fs::read(&new).expect("entry"), bytes, "under a new key");
    }
}

#[test]
fn a_changed_article_with_its_size_and_time_kept_gives_a_full_load() {
    after_change(true, |dir| {
        let path = an_article(dir);
        let modified = fs::metadata(&path)
            .and_then(|m| m.modified())
            .expect("time");
        let text = fs::read_to_string(&path).expect("article");
        // One Arabic letter for another of the same length, in the
        // masthead (never quoted): the corpus stays valid, the text changes.
        let changed = text.replacen('ا', "ب", 1);
        assert_ne!(changed, text);
        assert_eq!(changed.len(), text.len());
        fs::write(&path, changed).expect("write");
        let f = fs::File::options().write(true).open(&path).expect("open");
        f.set_modified(modified).expect("set the time back");
    });
}

#[test]
fn a_changed_annotation_file_gives_a_full_load() {
    after_change(true, |dir| {
        let path = dir.join("annotations.json");
        let text = fs::read_to_string(&path).expect("annotations");
        // The title of an era or event, one English letter more.
        let changed = text.replacen("\"en\": \"", "\"en\": \"A ", 1);
        assert_ne!(changed, text);
        fs::write(&path, changed).expect("write");
    });
}

#[test]
fn a_removed_or_replaced_article_gives_the_full_load_s_errors() {
    after_change(false, |dir| {
        fs::remove_file(an_article(dir)).expect("remove")
    });
    after_change(false, |dir| {
        let path = an_article(dir);
        fs::remove_file(&path).expect("remove");
        std::os::unix::fs::symlink("/etc/passwd", &path).expect("link");
    });
    // A file the annotations do not name is not read: the entry holds.
    let corpus = copy_of_assets();
    let cache = TempDir::new().expect("tmp");
    let out = TempDir::new().expect("tmp");
    let full = run(corpus.path(), cache.path(), &[], &["check"], out.path());
    let ino = inode(&entry(cache.path()).expect("written"));
    fs::write(corpus.path().join("notes.md"), "not an article").expect("write");
    let again = run(corpus.path(), cache.path(), &[], &["check"], out.path());
    assert_eq!(again, full);
    assert_eq!(inode(&entry(cache.path()).expect("kept")), ino);
}

#[test]
fn a_corpus_with_problems_is_never_cached_and_always_says_them() {
    for name in ["quote-missing", "dangling-id", "invalid-utf8-article"] {
        let cache = TempDir::new().expect("tmp");
        let out = TempDir::new().expect("tmp");
        let full = run(
            &fixture(name),
            cache.path(),
            &["--no-cache"],
            &["check"],
            out.path(),
        );
        assert_eq!(full.code, Some(1), "{name}: {}", full.stderr);
        for _ in 0..2 {
            let seen = run(&fixture(name), cache.path(), &[], &["check"], out.path());
            assert_eq!(seen, full, "{name}");
            assert_eq!(entry(cache.path()), None, "{name} is not cached");
        }
    }
}

#[test]
fn a_cache_that_cannot_be_written_is_skipped_without_a_word() {
    let tmp = TempDir::new().expect("tmp");
    // A file where the cache folder would be: nothing can be made under it
    // (permissions would not stop root).
    let blocked = tmp.path().join("file");
    fs::write(&blocked, "").expect("write");
    let out = TempDir::new().expect("tmp");
    let corpus = &corpora()[1];
    for args in [&["check"][..], &["list", "--format", "csv"]] {
        let full = run(corpus, tmp.path(), &["--no-cache"], args, out.path());
        let seen = run(corpus, &blocked, &[], args, out.path());
        assert_eq!(seen, full);
        assert_eq!(seen.stderr, "", "{args:?}: no noise");
    }
}

#[test]
fn no_cache_neither_reads_nor_writes() {
    let cache = TempDir::new().expect("tmp");
    let o = bin()
        .env("XDG_CACHE_HOME", cache.path())
        .env("KARABAKH_NO_CACHE", "1")
        .arg("--corpus")
        .arg(&corpora()[1])
        .arg("check")
        .output()
        .expect("runs");
    assert!(o.status.success());
    assert_eq!(entry(cache.path()), None);
    // `check --no-cache`, the flag after the command, on an entry written
    // before: the full load, the entry left as it was.
    let out = TempDir::new().expect("tmp");
    let corpus = &corpora()[1];
    let first = run(corpus, cache.path(), &[], &["check"], out.path());
    let ino = inode(&entry(cache.path()).expect("written"));
    let full = run(corpus, cache.path(), &[], &["check", "--no-cache"], out.path());
    assert_eq!(full, first);
    assert_eq!(inode(&entry(cache.path()).expect("kept")), ino, "not written");
}

/// One damaged entry: the command's output is the full load's, and the
/// entry is written again as it was before the damage.
fn damaged(corpus: &Path, cache: &Path, good: &[u8], bytes: &[u8], full: &Seen, out: &Path) {
    let path = entry(cache).expect("the entry");
    fs::write(&path, bytes).expect("damage");
    let seen = run(corpus, cache, &[], &["list", "--format", "json"], out);
    assert_eq!(&seen, full);
    assert_eq!(fs::read(&path).expect("entry"), good, "written again");
}

#[test]
fn a_damaged_truncated_or_foreign_entry_is_ignored_and_written_again() {
    let corpus = &corpora()[1];
    let cache = TempDir::new().expect("tmp");
    let out = TempDir::new().expect("tmp");
    let args = &["list", "--format", "json"];
    let full = run(corpus, cache.path(), &["--no-cache"], args, out.path());
    run(corpus, cache.path(), &[], args, out.path());
    let good = fs::read(entry(cache.path()).expect("written")).expect("entry");
    let n = good.len();
    // The binary, at a sample of places: the header byte by byte, the
    // payload every few bytes, and its last byte (every byte and every
    // length are tried in-process below).
    let places = (0..120.min(n))
        .chain((120..n).step_by(n / 60 + 1))
        .chain([n - 1]);
    for at in places {
        let mut bad = good.clone();
        bad[at] ^= 0x5A;
        damaged(corpus, cache.path(), &good, &bad, &full, out.path());
    }
    for len in [0, 1, 8, 12, 115, 116, 117, n / 2, n - 1] {
        damaged(corpus, cache.path(), &good, &good[..len], &full, out.path());
    }
    let mut longer = good.clone();
    longer.push(0);
    damaged(corpus, cache.path(), &good, &longer, &full, out.path());
    // Another corpus's entry in this one's place.
    let other = TempDir::new().expect("tmp");
    run(&corpora()[0], other.path(), &[], &["check"], out.path());
    let foreign = fs::read(entry(other.path()).expect("written")).expect("entry");
    damaged(corpus, cache.path(), &good, &foreign, &full, out.path());
    damaged(
        corpus,
        cache.path(),
        &good,
        b"not a cache at all",
        &full,
        out.path(),
    );
}

/// In-process, so that it is quick enough to do for every byte and every
/// length: each damaged entry is a full load (never a hit) whose timeline
/// is the one the files give, and the entry is written again.
#[test]
fn every_damaged_byte_and_every_truncation_gives_the_full_load() {
    // A small corpus with dating words (1.1 KB of entry).
    let corpus = fixture("dating-words");
    let cache = TempDir::new().expect("tmp");
    let (t, o) = cache::load_reporting(&corpus, Some(cache.path()), &Silent);
    assert_eq!(o, Outcome::Miss { written: true });
    let expected = format!("{:?}", t.expect("loads"));
    let (t, o) = cache::load_reporting(&corpus, Some(cache.path()), &Silent);
    assert_eq!(o, Outcome::Hit);
    assert_eq!(format!("{:?}", t.expect("loads")), expected);
    let path = cache.path().join(entry_name(cache.path()));
    let good = fs::read(&path).expect("entry");
    let check = |bytes: &[u8], what: &str| {
        fs::write(&path, bytes).expect("damage");
        let (t, o) = cache::load_reporting(&corpus, Some(cache.path()), &Silent);
        assert_eq!(o, Outcome::Miss { written: true }, "{what}");
        assert!(format!("{:?}", t.expect("loads")) == expected, "{what}");
        assert!(
            fs::read(&path).expect("entry") == good,
            "{what}: written again"
        );
    };
    for at in 0..good.len() {
        // One bit, or every bit, in turn.
        let flip = if at % 2 == 0 { 0x01 } else { 0xFF };
        let mut bad = good.clone();
        bad[at] ^= flip;
        check(&bad, &format!("byte {at} ^ {flip:#x}"));
    }
    for len in 0..good.len() {
        check(&good[..len], &format!("cut at {len}"));
    }
}

/// The entry's file name in `cache` (the library's folder is `cache`
/// itself, not `cache/karabakh-timeline`).
fn entry_name(cache: &Path) -> PathBuf {
    let mut names: Vec<PathBuf> = fs::read_dir(cache)
        .expect("cache")
        .filter_map(|e| e.ok().map(|e| e.file_name().into()))
        .filter(|p: &PathBuf| p.extension().is_some_and(|x| x == "bin"))
        .collect();
    assert_eq!(names.len(), 1);
    names.remove(0)
}

#[test]
fn no_cache_folder_is_a_plain_full_load() {
    let (t, o) = cache::load_reporting(&fixture("export-rich"), None, &Silent);
    assert!(t.is_ok());
    assert_eq!(o, Outcome::Off);
}

#[test]
fn the_cache_keeps_the_eight_folders_used_last() {
    let cache = TempDir::new().expect("tmp");
    let copies: Vec<TempDir> = (0..10).map(|_| TempDir::new().expect("tmp")).collect();
    for dir in &copies {
        for e in fs::read_dir(fixture("dating-words")).expect("fixture") {
            let p = e.expect("entry").path();
            fs::copy(&p, dir.path().join(p.file_name().expect("name"))).expect("copy");
        }
    }
    let load = |dir: &TempDir| cache::load_reporting(dir.path(), Some(cache.path()), &Silent).1;
    let entries = || {
        fs::read_dir(cache.path())
            .expect("cache")
            .filter(|e| {
                let e = e.as_ref().expect("entry");
                e.path().extension().is_some_and(|x| x == "bin")
            })
            .count()
    };
    for (n, dir) in copies.iter().enumerate().take(8) {
        assert_eq!(load(dir), Outcome::Miss { written: true });
        assert_eq!(entries(), n + 1);
        // Times far enough apart for any file system's clock.
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The first folder used again: the second is now the one used longest ago.
    assert_eq!(load(&copies[0]), Outcome::Hit);
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(load(&copies[8]), Outcome::Miss { written: true });
    assert_eq!(entries(), 8);
    assert_eq!(load(&copies[0]), Outcome::Hit, "kept: used last");
    assert_eq!(load(&copies[1]), Outcome::Miss { written: true }, "pruned");
    assert_eq!(entries(), 8);
}
