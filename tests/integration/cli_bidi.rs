//! Readable command-line output: `list`, `claims` and `quote` in text
//! format follow `--bidi` on a terminal (shaped and reordered in app mode,
//! so Arabic reads right on xterm or in tmux) and stay in logical order in
//! a pipe; `--lang ar` words them in Arabic.

use crate::pty::{Session, find};
use crate::util::{bin, drawn, fixture_arg};
use insta::assert_snapshot;
use karabakh_timeline::cli::render::{Screen, TextLine};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::{BidiMode, ENTER_EXPLICIT, LEAVE_EXPLICIT, Label, display_width};

const WAR_BEGINS_AR: &str = "اندلاع الحرب بين أذربيجان وأرمينيا في ناغورنو كاراباخ";

fn text(args: &[&str]) -> String {
    let o = bin().args(args).output().expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).expect("UTF-8")
}

fn has_presentation_forms(s: &str) -> bool {
    s.chars().any(karabakh_timeline::text::is_presentation_form)
}

#[test]
fn piped_output_stays_in_logical_order_whatever_bidi_says() {
    for mode in ["auto", "app", "terminal", "off"] {
        for cmd in [
            &["list", "--era", "war-2020"][..],
            &["claims"],
            &["quote", "putin-valdai-2020-10-22", "--source", "12"],
        ] {
            let mut args = vec!["--bidi", mode, "--lang", "ar"];
            args.extend_from_slice(cmd);
            let out = text(&args);
            assert!(!has_presentation_forms(&out), "{args:?}");
            assert!(!out.contains('\u{1b}'), "no escape in a pipe: {args:?}");
        }
    }
    let list = text(&["--bidi", "app", "list", "--era", "war-2020"]);
    assert!(list.contains(&format!("\n{}{WAR_BEGINS_AR}\n", " ".repeat(29))));
    // KARABAKH_BIDI=app in a shell's profile does not change a pipe either.
    let o = bin()
        .env("KARABAKH_BIDI", "app")
        .args(["list", "--era", "war-2020"])
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8(o.stdout).unwrap(), list);
}

#[test]
fn list_speaks_arabic_with_arabic_plurals() {
    let out = text(&["--lang", "ar", "list", "--era", "war-2020"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("== حرب 2020 · The 2020 war (27 سبتمبر 2020 – 10 نوفمبر 2020) ==")
    );
    let first = lines.next().unwrap();
    assert!(first.starts_with("27 سبتمبر 2020 "), "{first}");
    assert!(first.contains(" war-begins-2020-09-27 "), "{first}");
    assert!(first.contains(" قتال "), "the kind in Arabic: {first}");
    assert!(first.ends_with(WAR_BEGINS_AR), "{first}");
    assert!(out.contains("6 مصادر: مصدر غير معروف (art-001)؛ "), "{out}");
    assert!(out.contains("مصدران: "), "the dual: {out}");
    // Singular and plural in English too (no "source(s)").
    let en = text(&["list", "--era", "war-2020"]);
    assert!(en.contains("6 sources: unknown outlet (art-001); "), "{en}");
    assert!(en.contains("casualty claims: "), "{en}");
    assert!(!en.contains("(s)"), "{en}");
    let none = text(&["--lang", "ar", "list", "--from", "2030"]);
    assert_eq!(none, "لا أحداث تطابق المرشحات\n");
}

#[test]
fn claims_speak_arabic_with_arabic_plurals() {
    let out = text(&[
        "--lang",
        "ar",
        "claims",
        "--event",
        "putin-valdai-2020-10-22",
    ]);
    // Putin's own figures and the official total set against them (the
    // tolls of the belligerents are events of their own since issue 10).
    assert!(
        out.starts_with("6 أرقام خسائر في 3 مجموعات، تعارضان، 0 فرق متوافق؛ الأشرطة (خطية)"),
        "{out}"
    );
    assert!(out.contains("\nتعارضات\n[1] رسمي مقابل خارجي: "), "{out}");
    assert!(!out.contains("claim"), "{out}");
}

#[test]
fn app_mode_shapes_reorders_and_wraps_each_line() {
    let lines = [
        TextLine::ui(Lang::En, Label::from("title: ").value(WAR_BEGINS_AR)),
        TextLine::blank(),
        TextLine::paragraph("بوتين: القتال مستمر منذ 27 أيلول/سبتمبر"),
    ];
    let app = Screen::Laid {
        mode: BidiMode::App,
        width: 100,
    };
    let out = app.render(&lines);
    let body = out
        .strip_prefix(ENTER_EXPLICIT)
        .and_then(|s| s.strip_suffix(LEAVE_EXPLICIT))
        .expect("explicit mode around the lines, the default restored after");
    let rows: Vec<&str> = body.lines().collect();
    assert_eq!(rows[0], format!("title: {}", drawn(WAR_BEGINS_AR)));
    assert_eq!(rows[1], "");
    // A right-to-left paragraph is right-aligned at the width.
    assert_eq!(display_width(rows[2]), 100);
    assert!(
        rows[2].ends_with(&drawn("بوتين").to_string()),
        "{}",
        rows[2]
    );
    // Narrow: the Arabic value wraps in reading order, never cut.
    let narrow = Screen::Laid {
        mode: BidiMode::App,
        width: 30,
    }
    .render(&lines[..1]);
    assert!(narrow.lines().count() > 1);
    assert!(
        narrow
            .lines()
            .all(|l| display_width(l.trim_start_matches(ENTER_EXPLICIT)) <= 30)
    );
    // An Arabic interface line reads from the right.
    let ar = app.render(&[TextLine::ui(
        Lang::Ar,
        Label::from("المصدر: ").value("art-004"),
    )]);
    let row = ar
        .lines()
        .next()
        .unwrap()
        .trim_start_matches(ENTER_EXPLICIT);
    assert!(row.trim_start().starts_with("art-004"), "{row}");
    assert!(row.ends_with(&drawn("المصدر")), "{row}");
}

#[test]
fn terminal_mode_leaves_order_and_shaping_to_the_terminal() {
    let lines = [TextLine::paragraph("قال بوتين أمس")];
    let out = Screen::Laid {
        mode: BidiMode::Terminal,
        width: 40,
    }
    .render(&lines);
    assert!(!out.contains('\u{1b}'));
    assert_eq!(out, format!("{}قال بوتين أمس\n", " ".repeat(40 - 13)));
}

/// The real binary on a terminal (a pty read through a terminal emulator).
fn on_terminal(args: &[&str], cols: u16) -> (String, Vec<u8>) {
    let mut s = Session::start(args, (cols, 50));
    assert_eq!(s.wait_exit(), 0, "{args:?}");
    (s.screen(), s.bytes())
}

#[test]
fn list_on_a_terminal_in_app_mode_draws_arabic_joined_and_in_reading_order() {
    let war_begins = ["list", "--event", "war-begins-2020-09-27"];
    let (screen, bytes) = on_terminal(&[&["--bidi", "app"][..], &war_begins].concat(), 160);
    assert!(screen.contains(&drawn(WAR_BEGINS_AR)), "{screen}");
    assert!(
        !screen.contains(WAR_BEGINS_AR),
        "not in logical order: {screen}"
    );
    let start = find(&bytes, ENTER_EXPLICIT).expect("explicit mode first");
    let end = find(&bytes, LEAVE_EXPLICIT).expect("implicit mode restored");
    assert!(start < end);
    // Auto on this terminal (no reordering terminal named) is app too.
    let (auto, _) = on_terminal(&war_begins, 160);
    assert_eq!(auto, screen);
    // Terminal mode: logical order for a terminal that reorders itself.
    let (screen, bytes) = on_terminal(&[&["--bidi", "terminal"][..], &war_begins].concat(), 160);
    assert!(screen.contains(WAR_BEGINS_AR), "{screen}");
    assert!(find(&bytes, ENTER_EXPLICIT).is_none());
}

#[test]
fn quote_and_messages_on_a_terminal() {
    let dir = fixture_arg("quote-citation");
    let (screen, _) = on_terminal(
        &[
            "--corpus",
            &dir,
            "--bidi",
            "app",
            "quote",
            "fighting-2020-09-27",
            "--source",
            "2",
        ],
        80,
    );
    assert_snapshot!("quote_on_a_terminal_app_80", screen.trim_end());
    let (screen, _) = on_terminal(
        &[
            "--corpus",
            &dir,
            "--bidi",
            "app",
            "--lang",
            "ar",
            "quote",
            "fighting-2020-09-27",
            "--source",
            "2",
        ],
        80,
    );
    assert_snapshot!("quote_on_a_terminal_app_80_arabic", screen.trim_end());
    // An Arabic error message on a terminal is laid out too.
    let mut s = Session::start(
        &["--bidi", "app", "--lang", "ar", "list", "--actor", "بوتن"],
        (120, 10),
    );
    assert_eq!(s.wait_exit(), 2);
    let screen = s.screen();
    assert!(screen.contains(&drawn("فاعل")), "{screen}");
    assert!(!screen.contains("فاعل"), "{screen}");
}

#[test]
fn list_on_a_terminal_in_arabic() {
    let dir = fixture_arg("quote-citation");
    let (screen, _) = on_terminal(
        &["--corpus", &dir, "--bidi", "app", "--lang", "ar", "list"],
        100,
    );
    assert_snapshot!("list_on_a_terminal_app_100_arabic", screen.trim_end());
}
