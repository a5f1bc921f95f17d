//! Every binding of the key table, pressed: each of its keys, written as
//! a key script and parsed by the parser of `screenshot --keys`, reaches
//! its action through dispatch in a state where the binding applies; and
//! the help and the README list it.

use crate::util::{app, goto, press};
use crossterm::event::{KeyCode, KeyModifiers};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::tui::app::App;
use karabakh_timeline::tui::keys::{self, BINDINGS, Binding, Context, Key, When, parse_keys};
use std::mem::discriminant;

/// A key as a key script writes it.
fn script(k: &Key) -> String {
    let named = |code| match code {
        KeyCode::Tab => "Tab",
        KeyCode::BackTab => "S-Tab",
        KeyCode::Enter => "Enter",
        KeyCode::Esc => "Esc",
        KeyCode::Up => "Up",
        KeyCode::Down => "Down",
        KeyCode::Left => "Left",
        KeyCode::Right => "Right",
        KeyCode::PageUp => "PgUp",
        KeyCode::PageDown => "PgDn",
        KeyCode::Home => "Home",
        KeyCode::End => "End",
        KeyCode::Backspace => "BS",
        KeyCode::Delete => "Del",
        other => panic!("no script name for {other:?}"),
    };
    match (k.code, k.mods) {
        (KeyCode::Char('<'), KeyModifiers::NONE) => "<lt>".into(),
        (KeyCode::Char(' '), KeyModifiers::NONE) => "<Space>".into(),
        (KeyCode::Char(c), KeyModifiers::NONE) => c.to_string(),
        (KeyCode::Char(c), KeyModifiers::CONTROL) => format!("<C-{c}>"),
        (KeyCode::Char(c), KeyModifiers::ALT) => format!("<A-{c}>"),
        (code, KeyModifiers::ALT) => format!("<A-{}>", named(code)),
        (code, _) => format!("<{}>", named(code)),
    }
}

/// Keys that bring the app where a binding applies (from the Valdai
/// event: three articles, sixteen passages, figures, actors and places).
fn setup(b: &Binding) -> &'static str {
    let context = match b.context {
        Context::Global | Context::Timeline => "",
        Context::Article => "<Enter>",
        Context::Claims => "<Tab><Tab>",
        Context::Help => "?",
        Context::Info => "i",
        Context::Search => "/",
        Context::Filter => "f",
        Context::Picker => "x",
        Context::Export if b.when == When::Choice => "e<Tab>",
        Context::Export => "e",
    };
    if !context.is_empty() {
        return context;
    }
    match b.when {
        When::Cancellable => "v",
        When::Search | When::Filtered => "/Valdai<Enter>",
        When::Marks => "m",
        When::Back => "<Enter><Tab><Tab>",
        When::Forward => "<Enter>b",
        _ => "",
    }
}

/// The app where `b` applies; for draft bindings also the corpus folder
/// it writes to, which lives as long as the caller keeps it.
fn ready(b: &Binding) -> (App, Option<tempfile::TempDir>) {
    if matches!(b.when, When::Draft | When::Undo) {
        let (a, tmp) = with_drafts(b);
        return (a, Some(tmp));
    }
    let mut a = app((160, 45), Lang::En);
    goto(&mut a, "putin-valdai-2020-10-22");
    press(&mut a, setup(b));
    (a, None)
}

/// A corpus with drafts (the bundled one and an added article) and its
/// folder, with a drafted event or figure selected — and, for undo, one
/// decision taken.
fn with_drafts(b: &Binding) -> (App, tempfile::TempDir) {
    use karabakh_timeline::corpus::{DirSource, load};
    let (tmp, dir) = crate::intake_drafts::corpus_with_drafts();
    let t = load(&DirSource(dir.clone())).expect("loads");
    let mut a = App::new(
        std::sync::Arc::new(t),
        Lang::En,
        karabakh_timeline::text::BidiMode::App,
        (160, 45),
    );
    a.corpus_dir = Some(dir);
    let drafted_claim = a.timeline.claims.iter().position(|c| c.draft.is_some());
    match (b.context, drafted_claim) {
        (Context::Claims, Some(c)) => {
            let e = a.timeline.events[a.timeline.claims[c].event].id.clone();
            goto(&mut a, &e);
            press(&mut a, "<Tab><Tab>");
            while a.claims.selected() != Some(c) {
                press(&mut a, "j");
            }
        }
        _ => goto(&mut a, crate::intake_drafts::HEADLINE_EVENT),
    }
    if b.when == When::Undo {
        press(&mut a, "A");
    }
    (a, tmp)
}

#[test]
fn every_key_of_every_binding_reaches_its_action() {
    for b in BINDINGS {
        let (a, _folder) = ready(b);
        assert!(
            b.available(&a),
            "{:?} is not available after {:?}",
            b.action,
            setup(b)
        );
        for key in b.keys {
            let keys = parse_keys(&script(key)).expect("script");
            assert_eq!(keys.len(), 1);
            let got = keys::dispatch(&a, keys[0]);
            assert!(
                got.as_ref()
                    .is_some_and(|g| discriminant(g) == discriminant(&b.action)),
                "{} in {:?}: got {got:?}, want {:?}",
                script(key),
                b.context,
                b.action
            );
        }
    }
}

#[test]
fn help_lists_every_binding_in_both_languages() {
    for lang in [Lang::En, Lang::Ar] {
        let help = keys::help(lang);
        for b in BINDINGS {
            let listed = help
                .iter()
                .flat_map(|s| &s.rows)
                .any(|r| r.keys == keys::keys_name(b) && r.desc == b.describe(lang));
            assert!(
                listed,
                "{} ({:?}) missing from help",
                keys::keys_name(b),
                b.action
            );
        }
    }
}

#[test]
fn the_readme_key_table_is_the_key_table() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let table = keys::markdown(Lang::En);
    assert!(
        readme.contains(&table),
        "README.md's key table differs from the key table; paste this:\n{table}"
    );
}
