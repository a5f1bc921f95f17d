//! The cache of resolved corpora (`src/corpus/cache/`), as a user meets
//! it: every command prints the same bytes from the cache as from the
//! files; a changed, added or removed file gives a full load; a damaged,
//! truncated or foreign entry is ignored and written again; a corpus with
//! problems is never cached; a cache that cannot be written is skipped
//! without a word; `--no-cache` neither reads nor writes. The entry
//! itself, damaged byte by byte and cut at every length: [`kept`].
//!
//! Whether a launch used the entry is seen from the outside: a full load
//! writes the entry again (a new file renamed over it: a new inode), a
//! launch that used it leaves the file as it was.

use crate::util::{bin, fixture};
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

mod kept;

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
    // before and then damaged: a launch that read it would find it bad and
    // write it again, so bytes left as they were prove the full load
    // neither read nor wrote it.
    let out = TempDir::new().expect("tmp");
    let corpus = &corpora()[1];
    let first = run(corpus, cache.path(), &[], &["check"], out.path());
    let path = entry(cache.path()).expect("written");
    fs::write(&path, b"not a cache entry").expect("damage the entry");
    let full = run(
        corpus,
        cache.path(),
        &[],
        &["check", "--no-cache"],
        out.path(),
    );
    assert_eq!(full, first);
    assert_eq!(
        fs::read(&path).expect("entry"),
        b"not a cache entry",
        "neither read nor written"
    );
    // Without the flag the same launch does read it, and mends it.
    run(corpus, cache.path(), &[], &["check"], out.path());
    assert_ne!(fs::read(&path).expect("entry"), b"not a cache entry");
}
