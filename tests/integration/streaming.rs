//! Exports and listings are written as they are made (issue 11: a
//! document of the reference corpus is 138 MB): what reaches a file or a
//! pipe is byte for byte what the same document rendered in memory is, a
//! reader that goes away is no error, and a write that fails is one error
//! line, exit 1, and nothing half-written left behind.

use crate::util::{bin, binary, bundled, clean_env, files_in, process};
use karabakh_timeline::export::{self, Format};
use karabakh_timeline::select::{Scope, Selection};
use std::fs;
use std::io::{self, Write};
use std::process::{Command, Stdio};

/// A sink that takes at most a few bytes per call, so every piece a
/// writer hands over is cut, and each call's boundary is somewhere new.
struct Trickle(Vec<u8>);

impl Write for Trickle {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = buf.len().min(7);
        self.0.extend_from_slice(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn streamed_output_is_the_document_made_in_memory() {
    let t = bundled();
    let sel = Selection::new(&t, &Scope::All);
    for f in Format::ALL {
        let mut vec = Vec::new();
        export::write(&t, &sel, f, &mut vec).expect("memory takes it");
        let mut trickle = Trickle(Vec::new());
        export::write(&t, &sel, f, io::BufWriter::with_capacity(3, &mut trickle))
            .expect("a slow sink takes it");
        assert_eq!(trickle.0, vec, "{}", f.as_str());
        // And what the binary writes, to a pipe and to a file.
        let listed = bin()
            .args(["list", "--format", f.as_str()])
            .output()
            .expect("runs");
        assert!(listed.status.success(), "{listed:?}");
        assert_eq!(listed.stdout, vec, "list --format {}", f.as_str());
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out");
        bin()
            .args(["export", "--format", f.as_str(), "-o"])
            .arg(&out)
            .assert()
            .success();
        assert_eq!(
            fs::read(&out).expect("written"),
            vec,
            "export {}",
            f.as_str()
        );
    }
}

#[test]
fn a_full_stdout_is_one_error_line_and_exit_1() {
    let full = match fs::OpenOptions::new().write(true).open("/dev/full") {
        Ok(f) => f,
        Err(_) => return crate::util::skip("no /dev/full here"),
    };
    for format in ["csv", "json", "md", "timelinejs", "text"] {
        let o = process()
            .stdin(Stdio::null())
            .args(["list", "--format", format])
            .stdout(full.try_clone().expect("dup"))
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(1), "{format}: {o:?}");
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            "karabakh-timeline: cannot write the output: No space left on device (os error 28)\n",
            "{format}"
        );
    }
}

#[test]
fn a_reader_that_goes_away_is_no_error() {
    for format in ["csv", "json", "text"] {
        let (reader, writer) = io::pipe().expect("pipe");
        drop(reader);
        let o = process()
            .stdin(Stdio::null())
            .args(["list", "--format", format])
            .stdout(writer)
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(0), "{format}: {o:?}");
        assert_eq!(String::from_utf8_lossy(&o.stderr), "", "{format}");
    }
}

/// An export that the disk refuses half-way (here `ulimit -f`: at most
/// 512 bytes per file, with SIGXFSZ ignored so the write fails as a full
/// disk's does) says so in one line, exits 1, leaves the file it was
/// replacing as it was and no temporary file.
#[test]
fn an_export_the_disk_refuses_half_way_leaves_everything_as_it_was() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("brief.md");
    fs::write(&out, "the old brief\n").expect("write");
    for format in ["md", "csv", "json", "timelinejs"] {
        let o = clean_env(&mut Command::new("/bin/sh"))
            .stdin(Stdio::null())
            .arg("-c")
            .arg("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"")
            .arg(binary())
            .args(["export", "--force", "--format", format, "-o"])
            .arg(&out)
            .output()
            .expect("runs");
        assert_eq!(o.status.code(), Some(1), "{format}: {o:?}");
        assert_eq!(
            String::from_utf8_lossy(&o.stderr),
            format!(
                "karabakh-timeline: cannot write \"{}\": File too large (os error 27)\n",
                out.display()
            ),
            "{format}"
        );
        assert_eq!(fs::read_to_string(&out).expect("read"), "the old brief\n");
        assert_eq!(files_in(dir.path()), ["brief.md"], "{format}");
    }
}
