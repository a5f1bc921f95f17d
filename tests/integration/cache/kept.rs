//! The entry itself: damaged, truncated or foreign, it is ignored and
//! written again; at most eight are kept.

use super::{Seen, corpora, entry, run};
use crate::util::fixture;
use karabakh_timeline::corpus::cache::{self, Outcome};
use karabakh_timeline::corpus::progress::Silent;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

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
    // Each entry's time set to a second of its own, long ago, so that
    // the order does not depend on the file system's clock resolution; a
    // use stamps the entry with now, newer than all of them.
    let long_ago = |n: u64| std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000 + n);
    for (n, dir) in copies.iter().enumerate().take(8) {
        assert_eq!(load(dir), Outcome::Miss { written: true });
        assert_eq!(entries(), n + 1);
        let new = fs::read_dir(cache.path())
            .expect("cache")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "bin"))
            .max_by_key(|p| fs::metadata(p).and_then(|m| m.modified()).expect("time"))
            .expect("the entry just written");
        fs::File::options()
            .write(true)
            .open(&new)
            .and_then(|f| f.set_modified(long_ago(n as u64)))
            .expect("set the time");
    }
    // The first folder used again: the second is now the one used longest ago.
    assert_eq!(load(&copies[0]), Outcome::Hit);
    assert_eq!(load(&copies[8]), Outcome::Miss { written: true });
    assert_eq!(entries(), 8);
    assert_eq!(load(&copies[0]), Outcome::Hit, "kept: used last");
    assert_eq!(load(&copies[1]), Outcome::Miss { written: true }, "pruned");
    assert_eq!(entries(), 8);
}

/// A writer killed between creating its temporary file and the rename
/// leaves the file behind; the next write removes it once it is an hour
/// old, and leaves a fresh one (a write in progress) alone.
#[test]
fn a_killed_writers_temporary_file_is_removed_once_stale() {
    let cache = TempDir::new().expect("tmp");
    let dir = TempDir::new().expect("tmp");
    for e in fs::read_dir(fixture("dating-words")).expect("fixture") {
        let p = e.expect("entry").path();
        fs::copy(&p, dir.path().join(p.file_name().expect("name"))).expect("copy");
    }
    let stale = cache.path().join(".tmpKILLED");
    let fresh = cache.path().join(".tmpWRITING");
    for p in [&stale, &fresh] {
        fs::write(p, b"half an entry").expect("write");
    }
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    fs::File::options()
        .write(true)
        .open(&stale)
        .and_then(|f| f.set_modified(two_hours_ago))
        .expect("set the time");
    let outcome = cache::load_reporting(dir.path(), Some(cache.path()), &Silent).1;
    assert_eq!(outcome, Outcome::Miss { written: true });
    assert!(!stale.exists(), "stale temporary file removed");
    assert!(fresh.exists(), "a write in progress is left alone");
}
