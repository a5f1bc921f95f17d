//! `bidi` reads its input a paragraph at a time (issue 11): the output is
//! the library filter's on the whole text, a bad byte is positioned in the
//! whole file, and a paragraph longer than a piece is laid out in pieces of
//! whole lines no wider than asked.

use crate::util::bin;
use karabakh_timeline::text::{BidiMode, bidi_filter, display_width};
use std::fs;

fn articles() -> String {
    karabakh_timeline::corpus::bundled::FILES
        .iter()
        .filter(|(n, _)| n.ends_with(".txt"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect()
}

fn bidi(path: &std::path::Path) -> std::process::Output {
    bin()
        .args(["--bidi", "app", "bidi", "--width", "60"])
        .arg(path)
        .output()
        .expect("runs")
}

#[test]
fn streamed_output_is_the_filter_of_the_whole_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("in.txt");
    // Several 64 KiB blocks of output, CRLF line ends on some lines.
    let text = articles().repeat(8).replace("\nوقال", "\r\nوقال");
    fs::write(&path, &text).expect("write");
    let out = bidi(&path);
    assert!(out.status.success(), "{out:?}");
    let got = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(got, bidi_filter(&text, Some(60), BidiMode::App));
}

#[test]
fn a_bad_byte_is_positioned_in_the_whole_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bad.txt");
    let mut bytes = "سطر أول\nسطر ثان\n".as_bytes().to_vec();
    let offset = bytes.len() + "قال".len();
    bytes.extend_from_slice("قال".as_bytes());
    bytes.push(0xFF);
    bytes.extend_from_slice(b" x\n");
    fs::write(&path, &bytes).expect("write");
    let out = bidi(&path);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(
        err.contains(&format!(
            "bad.txt:3:4: invalid UTF-8 (byte 0xFF at offset {offset})"
        )),
        "{err}"
    );
}

#[test]
fn a_paragraph_longer_than_a_piece_is_laid_out_in_pieces() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.txt");
    // About 200 KB in one line: more than three pieces of 64 KiB.
    let line = articles().replace('\n', " ");
    let text = line.repeat(200_000 / line.len() + 1);
    fs::write(&path, &text).expect("write");
    let out = bidi(&path);
    assert!(out.status.success(), "{out:?}");
    let got = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(got.lines().count() > 1000);
    assert!(
        got.lines().all(|l| display_width(l) <= 60),
        "a line is too wide"
    );
    // Nothing lost: every word of the input is drawn (shaped, so compare
    // the number of spaces between words, which shaping leaves alone).
    let words = |s: &str| s.split_whitespace().count();
    assert!(
        words(&got) >= words(&text) - 10,
        "{} of {}",
        words(&got),
        words(&text)
    );
}
