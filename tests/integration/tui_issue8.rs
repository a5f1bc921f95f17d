//! The reproductions of issue 8 ("what the help promises, the keys do"),
//! each pressed as the issue wrote it, through the real key table. Each
//! of these failed before the fix.

use crate::util::{app, drawn, event_id, goto, press, row, screen};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::tui::action::Action;
use karabakh_timeline::tui::keys;
use karabakh_timeline::tui::update::update;

/// Item 1: ←/→ change the export format and scope; the file name follows the
/// format until the user types one; a typed `.md` name writes Markdown.
#[test]
fn export_dialog_choices_change_with_the_arrows_and_h_l() {
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "e<Tab><Right>");
    let s = screen(&a);
    assert!(s.contains("[csv]"), "{s}");
    assert!(
        s.contains("karabakh-timeline.csv"),
        "the name follows the format"
    );
    press(&mut a, "l");
    assert!(screen(&a).contains("[md]"));
    press(&mut a, "hh");
    assert!(screen(&a).contains("[json]"));
    press(&mut a, "<Esc>me<Tab><Tab><Right>");
    let s = screen(&a);
    assert!(s.contains("‹ the current filter ›"), "{s}");
    press(&mut a, "<Left>");
    assert!(screen(&a).contains("‹ the marked events › (1 event)"));
}

#[test]
fn a_typed_markdown_name_writes_markdown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("brief.md");
    let mut a = app((160, 45), Lang::En);
    press(&mut a, &format!("e<C-u>{}<Enter>", path.display()));
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.starts_with('#'), "Markdown, not JSON: {}", &text[..40]);
    assert!(serde_json::from_str::<serde_json::Value>(&text).is_err());
    let s = screen(&a);
    assert!(s.contains("✔ wrote 40 events"), "{s}");
    assert!(s.contains("[md]"), "the format followed the name");
}

#[test]
fn the_export_dialogs_instruction_line_comes_from_the_key_table() {
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "e");
    let hints = keys::hint_label(&a).plain();
    assert!(hints.contains("Enter write the file"), "{hints}");
    assert!(screen(&a).contains(&hints));
    press(&mut a, "<Tab>");
    let hints = keys::hint_label(&a).plain();
    assert!(
        hints.contains("→ next choice"),
        "choices on the format: {hints}"
    );
    assert!(screen(&a).contains(&hints));
}

/// Item 2: An entity in the picker shows exactly the events the picker counted.
#[test]
fn the_picker_shows_the_events_it_counted() {
    for (event, name) in [
        ("nk-breakaway-1991", "Armenia"),
        ("nk-breakaway-1991", "Azerbaijan"),
        ("putin-valdai-2020-10-22", "Russia"),
    ] {
        let mut a = app((160, 45), Lang::En);
        goto(&mut a, event);
        press(&mut a, "x");
        let s = screen(&a);
        let line = s
            .lines()
            .find(|l| l.contains(&format!("{name} ·")))
            .unwrap_or_else(|| panic!("{name} not in the picker:\n{s}"));
        let counted: usize = line
            .split(" · ")
            .filter_map(|p| p.trim().split(' ').next()?.parse().ok())
            .last()
            .expect("a count");
        let index = s
            .lines()
            .skip_while(|l| !l.contains("Actors and places"))
            .skip(1)
            .position(|l| l.contains(&format!("{name} ·")))
            .expect("row");
        press(&mut a, &"j".repeat(index));
        press(&mut a, "<Enter>");
        assert_eq!(a.list.events().count(), counted, "{name} from {event}");
        assert!(row(&a, 1).contains(&format!("Timeline · {counted} of 40 events")));
    }
}

/// Item 3: In the Arabic interface key names are never mirrored, and the next
/// and previous of a pair can be told apart.
#[test]
fn arabic_key_names_are_not_mirrored() {
    let mut a = app((160, 45), Lang::Ar);
    goto(&mut a, "putin-valdai-2020-10-22");
    let bar = row(&a, 44);
    assert!(bar.contains(" ]"), "the key ] is drawn as ]: {bar}");
    assert!(!bar.contains('['), "{bar}");
    press(&mut a, "?");
    let mut help = screen(&a);
    press(&mut a, "G");
    help.push_str(&screen(&a));
    for key in ["b/Alt-←", "B/Alt-→", "Shift-Tab", "PgDn/Ctrl-d"] {
        assert!(help.contains(key), "{key} in the Arabic help:\n{help}");
    }
    assert!(!help.contains("←-b/Alt"));
    let next = drawn("التالي: مقطع آخر عن الحدث");
    let prev = drawn("السابق: مقطع آخر عن الحدث");
    assert_ne!(next, prev);
}

/// Item 4: Values from the user or the corpus are isolates inside a label.
#[test]
fn mixed_direction_labels_keep_their_order() {
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "f2020-10-01<Tab><Tab><Tab><Tab><Tab>قره باغ<Enter>");
    let status = row(&a, 0);
    let want = format!("filter: from 2020-10-01, place: {}", drawn("قره باغ"));
    assert!(status.contains(&want), "{status}\nwant {want}");

    let mut a = app((160, 45), Lang::En);
    press(&mut a, "f<Tab><Tab><Tab><Tab>بوتين, Macron<Enter>");
    let status = row(&a, 0);
    let want = format!("actor: {} | Macron", drawn("بوتين"));
    assert!(status.contains(&want), "{status}\nwant {want}");

    let mut a = app((160, 45), Lang::En);
    press(&mut a, "x");
    let want = format!("Armenia · {} · 23 events", drawn("أرمينيا"));
    assert!(screen(&a).contains(&want), "want {want}");
}

/// Item 5: Help at 80x24 scrolls and says there is more.
#[test]
fn help_scrolls_at_80x24() {
    let mut a = app((80, 24), Lang::En);
    press(&mut a, "?");
    let first = screen(&a);
    assert!(first.contains("↓ more"), "{first}");
    assert!(!first.contains("write the file"));
    press(&mut a, "jj<Down>");
    assert!(screen(&a).contains("lines 4–"));
    press(&mut a, "<PgDn><C-d>G");
    let last = screen(&a);
    assert!(last.contains("write the file"), "the last binding:\n{last}");
    assert!(!last.contains("↓ more"));
    press(&mut a, "k<Up><PgUp><C-u>g");
    assert_eq!(screen(&a), first);
    press(&mut a, "<End><Home>");
    assert_eq!(screen(&a), first);
    press(&mut a, "q");
    assert!(a.dialog.is_none());
}

/// Item 6: After any resize the list shows as much as fits.
#[test]
fn resizing_never_leaves_the_timeline_scrolled_off() {
    let mut a = app((160, 45), Lang::En);
    for size in [(90, 25), (30, 8), (200, 60)] {
        update(&mut a, Action::Resize(size.0, size.1));
    }
    assert!(row(&a, 2).contains("━ Background"), "{}", screen(&a));
    assert_eq!(event_id(&a), "nk-breakaway-1991");
    let mut b = app((160, 45), Lang::En);
    press(&mut b, "G");
    for size in [(90, 25), (30, 8), (200, 60)] {
        update(&mut b, Action::Resize(size.0, size.1));
    }
    let s = screen(&b);
    assert!(
        s.contains("Kremlin calls") && s.contains("━ Background"),
        "{s}"
    );
}

/// Item 7: The smaller breakages.
#[test]
fn j_and_k_move_in_the_picker() {
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "xj");
    let Some(karabakh_timeline::tui::dialog::Dialog::Picker(p)) = &a.dialog else {
        panic!("picker")
    };
    assert_eq!(p.cursor, 1);
    press(&mut a, "k");
    let Some(karabakh_timeline::tui::dialog::Dialog::Picker(p)) = &a.dialog else {
        panic!("picker")
    };
    assert_eq!(p.cursor, 0);
}

#[test]
fn counts_are_worded_with_plurals_and_marks_once() {
    let mut a = app((160, 45), Lang::En);
    // Only Macron's meeting names Sarkissian in English.
    press(&mut a, "/Sarkissian<Enter>");
    assert!(row(&a, 0).contains("1 event matches"), "{}", row(&a, 0));
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "mjvjjjv");
    let status = row(&a, 0);
    assert!(status.contains("5 events marked"), "{status}");
    assert!(
        status.contains("range: 4 events added to the marks"),
        "{status}"
    );
    assert!(!status.contains("marked 5"));
    let mut a = app((160, 45), Lang::Ar);
    press(&mut a, "mjm");
    assert!(
        row(&a, 0).contains(&drawn("المعلَّم: حدثان")),
        "{}",
        row(&a, 0)
    );
}

#[test]
fn the_selected_figure_keeps_its_bar_and_bars_leave_the_scrollbar_alone() {
    use karabakh_timeline::tui::layout::{self, Pane};
    use ratatui::style::{Color, Modifier};
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "<Tab><Tab>a");
    let buf = karabakh_timeline::tui::screenshot::draw(&a, a.size);
    let pane = layout::screen(a.size, Lang::En, Pane::Claims)
        .pane(Pane::Claims)
        .expect("claims pane");
    let (left, right) = (pane.x + 1, pane.right() - 2);
    let is_bar = |x: u16, y: u16| buf[(x, y)].symbol() == "█" && buf[(x, y)].fg == Color::Red;
    let reversed = |x: u16, y: u16| buf[(x, y)].modifier.contains(Modifier::REVERSED);
    // The selected figure's row is drawn reversed; its bar is not.
    let selected = (pane.y..pane.bottom())
        .find(|&y| reversed(left + 2, y))
        .expect("a selected row");
    let bar: Vec<u16> = (left..=right).filter(|&x| is_bar(x, selected)).collect();
    assert!(!bar.is_empty(), "the selected figure has its bar");
    assert!(bar.iter().all(|&x| !reversed(x, selected)));
    // The scrollbar's column never holds a bar (the list scrolls here).
    assert!((pane.y..pane.bottom()).all(|y| !is_bar(right, y)));
    assert!(
        (pane.y..pane.bottom()).any(|y| buf[(right, y)].symbol() == "║"),
        "a scrollbar"
    );
}

/// Item 8: Filter errors in the interface's words and language, wrapped.
#[test]
fn filter_errors_speak_the_forms_language() {
    let mut a = app((80, 24), Lang::En);
    press(&mut a, "f<Tab><Tab>peace<Enter>");
    let s = screen(&a);
    assert!(s.contains("Era: no era is called «peace»"), "{s}");
    assert!(
        s.contains("clashes-2021"),
        "the known eras, wrapped to fit:\n{s}"
    );
    assert!(!s.contains("--era"));
    let mut a = app((80, 24), Lang::Ar);
    press(&mut a, "f<Tab><Tab>peace<Enter>");
    let s = screen(&a);
    assert!(s.contains(&drawn("لا حقبة باسم")), "{s}");
    assert!(!s.contains("no era"));
    let mut a = app((160, 45), Lang::En);
    press(&mut a, "f2021-02-30<Enter>");
    assert!(
        screen(&a).contains("From (date): «2021-02-30» does not exist (no day 30 in that month)")
    );
}

/// Item 9: `]`/`[` step article by article, `}`/`{` passage by passage, and the
/// title says where.
#[test]
fn brackets_step_articles_and_braces_step_passages() {
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    assert!(row(&a, 1).contains("article 1 of 3 · passage 1 of"));
    press(&mut a, "]");
    assert!(
        row(&a, 1).contains("article 2 of 3 · passage 1 of"),
        "{}",
        row(&a, 1)
    );
    press(&mut a, "]]");
    assert!(
        row(&a, 1).contains("article 1 of 3 · passage 1 of"),
        "wraps around"
    );
    press(&mut a, "[");
    assert!(row(&a, 1).contains("article 3 of 3 · passage 1 of"));
    press(&mut a, "}");
    assert!(
        row(&a, 1).contains("article 3 of 3 · passage 2 of")
            || row(&a, 1).contains("article 1 of 3")
    );
    // All seven passages in one article; the third dates the event.
    goto(&mut a, "putin-macron-call-2020-09-30");
    assert!(
        row(&a, 1).contains("article 1 of 1 · passage 3 of 7"),
        "{}",
        row(&a, 1)
    );
    press(&mut a, "]");
    assert!(row(&a, 0).contains("only one article reports this event"));
    press(&mut a, "}}");
    assert!(row(&a, 1).contains("article 1 of 1 · passage 5 of 7"));
    press(&mut a, "{");
    assert!(row(&a, 1).contains("article 1 of 1 · passage 4 of 7"));
}
