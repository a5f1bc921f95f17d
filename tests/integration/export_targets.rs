//! What `export -o` and `screenshot -o` may write over (issue 13, finding
//! 2): only a regular file, or the regular file a symbolic link points to,
//! never with its setuid/setgid/sticky bits; every device, FIFO, socket,
//! folder, broken link, link to one of those, link into /proc
//! (`/dev/stdout`) and another user's link in a shared sticky folder is
//! refused with one line and exit 1, with or without `--force`, and left
//! exactly as it was.
//!
//! Nodes that need privileges (`mknod`, giving a link away) are made when
//! the test runs as root and skipped, with the reason printed, otherwise.

#![cfg(unix)]

use crate::util::{bin, files_in, fixture_arg, skip};
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The parts of a node that must not change: type, device, inode, mode,
/// size, and the link's target for a link.
#[derive(Debug, PartialEq, Eq)]
struct Node {
    kind: String,
    dev: u64,
    ino: u64,
    rdev: u64,
    mode: u32,
    len: u64,
    link: Option<PathBuf>,
}

fn node(p: &Path) -> Node {
    let m = fs::symlink_metadata(p).expect("exists");
    let t = m.file_type();
    let kind = if t.is_symlink() {
        "link"
    } else if t.is_char_device() {
        "char"
    } else if t.is_fifo() {
        "fifo"
    } else if t.is_socket() {
        "socket"
    } else if t.is_dir() {
        "dir"
    } else {
        "file"
    };
    Node {
        kind: kind.into(),
        dev: m.dev(),
        ino: m.ino(),
        rdev: m.rdev(),
        mode: m.mode(),
        len: if t.is_dir() { 0 } else { m.len() },
        link: fs::read_link(p).ok(),
    }
}

/// `export` (or `screenshot`) of the small valid corpus to `path`.
fn write_to(command: &str, path: &Path, force: bool) -> assert_cmd::assert::Assert {
    let p = path.to_str().expect("utf-8 path");
    let mut c = bin();
    c.args(["--corpus", &fixture_arg("valid"), command]);
    match command {
        "export" => c.args(["--format", "json", "-o", p]),
        _ => c.args(["--size", "40x10", "-o", p]),
    };
    if force {
        c.arg("--force");
    }
    c.assert()
}

/// Both commands, with and without `--force`, refuse `path` with exactly
/// `cannot write "<path>": it is <what>; …`, exit 1, nothing on stdout,
/// and leave the node and its folder as they were.
fn refused(path: &Path, what: &str) {
    let before = node(path);
    let folder = path.parent().expect("a folder");
    let listing = files_in(folder);
    for command in ["export", "screenshot"] {
        for force in [false, true] {
            write_to(command, path, force)
                .code(1)
                .stdout("")
                .stderr(format!(
                    "karabakh-timeline: cannot write \"{}\": it is {what}; only a regular file is ever replaced\n",
                    path.display()
                ));
            assert_eq!(node(path), before, "{command} force={force}: node changed");
            assert_eq!(
                files_in(folder),
                listing,
                "{command}: a file was left behind"
            );
        }
    }
}

/// Runs a tool that makes a node; false (with the reason printed) when it
/// is not permitted here.
fn make(tool: &str, args: &[&str]) -> bool {
    match Command::new(tool).args(args).output() {
        Ok(o) if o.status.success() => true,
        Ok(o) => {
            skip(&format!(
                "`{tool} {}` is not permitted here: {}",
                args.join(" "),
                String::from_utf8_lossy(&o.stderr).trim()
            ));
            false
        }
        Err(e) => {
            skip(&format!("no `{tool}`: {e}"));
            false
        }
    }
}

#[test]
fn a_fifo_and_a_link_to_it_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.txt");
    if !make("mkfifo", &[fifo.to_str().expect("utf-8")]) {
        return;
    }
    refused(&fifo, "a FIFO (named pipe)");
    let link = dir.path().join("to-pipe.txt");
    symlink(&fifo, &link).expect("symlink");
    refused(&link, "a symbolic link to a FIFO (named pipe)");
}

#[test]
fn a_character_device_and_a_link_to_it_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let null = dir.path().join("null.txt");
    // The same device as /dev/null, made here so that nothing outside the
    // test folder is at stake.
    if !make("mknod", &[null.to_str().expect("utf-8"), "c", "1", "3"]) {
        return;
    }
    refused(&null, "a character device");
    let link = dir.path().join("to-null.txt");
    symlink(&null, &link).expect("symlink");
    refused(&link, "a symbolic link to a character device");
}

#[test]
fn a_socket_a_folder_link_and_a_broken_link_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sock = dir.path().join("sock.txt");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).expect("bind");
    refused(&sock, "a socket");
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).expect("mkdir");
    let to_dir = dir.path().join("to-sub.txt");
    symlink(&sub, &to_dir).expect("symlink");
    refused(&to_dir, "a symbolic link to a folder");
    let broken = dir.path().join("broken.txt");
    symlink(dir.path().join("nothing-here"), &broken).expect("symlink");
    refused(&broken, "a broken symbolic link");
}

#[test]
fn dev_null_dev_full_and_dev_stdout_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, what) in [
        ("/dev/null", "a character device"),
        ("/dev/full", "a character device"),
        ("/dev/stdout", PROC),
        ("/proc/self/fd/1", PROC),
    ] {
        let p = Path::new(path);
        if fs::symlink_metadata(p).is_err() {
            skip(&format!("no {path} here"));
            continue;
        }
        // As root, a regression would replace the machine's own /dev/null.
        // So the refusal is first proven on a stand-in in the test folder
        // (the same device numbers, or the same link), and the real node is
        // only tried once the stand-in was refused (and left alone).
        if !path.starts_with("/proc") {
            let stand_in = dir
                .path()
                .join(format!("stand-in{}.txt", path.replace('/', "-")));
            if make_stand_in(p, &stand_in) {
                refused(&stand_in, what);
            } else if rustix::process::geteuid().is_root() {
                skip(&format!(
                    "no stand-in for {path}, so the real one is not risked"
                ));
                continue;
            }
        }
        let before = node(p);
        write_to("export", p, true)
            .code(1)
            .stdout("")
            .stderr(format!(
                "karabakh-timeline: cannot write \"{path}\": it is {what}; only a regular file is ever replaced\n"
            ));
        if path.starts_with("/dev") {
            assert_eq!(node(p), before, "{path} changed");
        }
        // `screenshot` wants .txt or .svg: the same node through a link.
        let link = dir.path().join(format!("{}.txt", path.replace('/', "-")));
        symlink(p, &link).expect("symlink");
        let through = if what == PROC {
            PROC.to_string()
        } else {
            format!("a symbolic link to {what}")
        };
        refused(&link, &through);
    }
}

/// A node like `real` at `at`: a device with the same numbers (needs
/// root), or a link with the same target.
fn make_stand_in(real: &Path, at: &Path) -> bool {
    let m = fs::symlink_metadata(real).expect("exists");
    if m.file_type().is_symlink() {
        return symlink(fs::read_link(real).expect("link"), at).is_ok();
    }
    // glibc's gnu_dev_major / gnu_dev_minor.
    let rdev = m.rdev();
    let major = ((rdev >> 8) & 0xfff) | ((rdev >> 32) & !0xfff);
    let minor = (rdev & 0xff) | ((rdev >> 12) & !0xff);
    let at = at.to_str().expect("utf-8");
    make("mknod", &[at, "c", &major.to_string(), &minor.to_string()])
}

const PROC: &str = "a symbolic link into /proc (an open file of a process)";

#[test]
fn a_link_into_proc_is_refused_even_when_stdout_is_a_regular_file() {
    // `-o /dev/stdout --force > out.json` would otherwise rename over
    // out.json, the file the shell opened. A stand-in link in the test
    // folder goes first, so that a regression fails there and never
    // replaces the machine's /dev/stdout (as root it could).
    let dir = tempfile::tempdir().expect("tempdir");
    let stand_in = dir.path().join("stdout");
    symlink("/proc/self/fd/1", &stand_in).expect("symlink");
    for target in [stand_in.as_path(), Path::new("/dev/stdout")] {
        let out = dir.path().join("out.json");
        let stdout = fs::File::create(&out).expect("open");
        let before = node(target);
        let status = crate::util::process()
            .args([
                "--corpus",
                &fixture_arg("valid"),
                "export",
                "--format",
                "json",
            ])
            .arg("-o")
            .arg(target)
            .arg("--force")
            .stdout(stdout)
            .output()
            .expect("runs");
        assert_eq!(
            String::from_utf8_lossy(&status.stderr),
            format!(
                "karabakh-timeline: cannot write \"{}\": it is {PROC}; only a regular file is ever replaced\n",
                target.display()
            )
        );
        assert_eq!(status.status.code(), Some(1));
        assert_eq!(node(target), before);
        assert_eq!(fs::read_to_string(&out).expect("read"), "");
        assert_eq!(files_in(dir.path()), ["out.json", "stdout"]);
    }
}

#[test]
fn through_a_link_to_a_setuid_file_the_file_is_replaced_without_special_bits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.json");
    fs::write(&real, "old").expect("write");
    fs::set_permissions(&real, fs::Permissions::from_mode(0o7755)).expect("chmod");
    if fs::metadata(&real).expect("meta").mode() & 0o7777 != 0o7755 {
        skip("this file system does not keep setuid bits");
        return;
    }
    let link = dir.path().join("link.json");
    symlink("real.json", &link).expect("symlink");
    write_to("export", &link, true).success();
    assert_eq!(
        fs::read_link(&link).expect("still a link"),
        Path::new("real.json")
    );
    let m = fs::metadata(&real).expect("meta");
    assert_eq!(m.mode() & 0o7777, 0o755, "no setuid, setgid or sticky bit");
    assert!(
        fs::read_to_string(&real)
            .expect("read")
            .contains("\"schema\": \"karabakh-timeline/v2\"")
    );
    assert_eq!(files_in(dir.path()), ["link.json", "real.json"]);
}

#[test]
fn a_replaced_file_keeps_its_permissions_and_a_new_one_gets_no_special_bits() {
    let dir = tempfile::tempdir().expect("tempdir");
    let private = dir.path().join("private.txt");
    fs::write(&private, "old").expect("write");
    fs::set_permissions(&private, fs::Permissions::from_mode(0o600)).expect("chmod");
    write_to("screenshot", &private.with_extension("txt"), true).success();
    assert_eq!(fs::metadata(&private).expect("meta").mode() & 0o7777, 0o600);
    let fresh = dir.path().join("fresh.svg");
    write_to("screenshot", &fresh, false).success();
    assert_eq!(fs::metadata(&fresh).expect("meta").mode() & 0o7000, 0);
}

#[test]
fn screenshot_never_replaces_a_file_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shot = dir.path().join("shot.txt");
    fs::write(&shot, "my notes").expect("write");
    write_to("screenshot", &shot, false)
        .code(1)
        .stdout("")
        .stderr(format!(
            "karabakh-timeline: cannot write \"{}\": the file already exists and was left unchanged; use --force to replace it\n",
            shot.display()
        ));
    assert_eq!(fs::read_to_string(&shot).expect("read"), "my notes");
    write_to("screenshot", &shot, true).success().stderr("");
    assert_ne!(fs::read_to_string(&shot).expect("read"), "my notes");
    assert_eq!(files_in(dir.path()), ["shot.txt"]);
}

#[test]
fn screenshot_writes_through_a_link_to_a_regular_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.txt");
    fs::write(&real, "old").expect("write");
    let link = dir.path().join("link.txt");
    symlink(&real, &link).expect("symlink");
    write_to("screenshot", &link, true).success();
    assert_eq!(fs::read_link(&link).expect("still a link"), real);
    assert_ne!(fs::read_to_string(&real).expect("read"), "old");
}

#[test]
fn another_users_link_in_a_shared_sticky_folder_is_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).expect("mkdir");
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).expect("chmod");
    let victim = dir.path().join("victim");
    fs::write(&victim, "secret").expect("write");
    let planted = shared.join("report.txt");
    symlink(&victim, &planted).expect("symlink");
    // Giving the link to another user (uid 65534, "nobody") needs root.
    if let Err(e) = std::os::unix::fs::lchown(&planted, Some(65534), None) {
        skip(&format!("cannot give a link to another user here: {e}"));
        return;
    }
    refused(
        &planted,
        "another user's symbolic link in a shared sticky folder",
    );
    assert_eq!(fs::read_to_string(&victim).expect("read"), "secret");
    // The user's own link in the same folder is followed.
    let mine = shared.join("mine.txt");
    symlink(&victim, &mine).expect("symlink");
    write_to("export", &mine, true).success();
    assert_ne!(fs::read_to_string(&victim).expect("read"), "secret");
}
