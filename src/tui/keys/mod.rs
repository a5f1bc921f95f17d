//! The one key table. It dispatches keys *and* generates the `?` help, the
//! hint bar and the dialogs' instruction lines (as gitui's `commands()`
//! do), so what the help promises is what the keys do.
//!
//! Each binding belongs to one key [`Context`] — a pane, or a dialog —
//! and may say [`When`] it is available. Only available bindings are shown
//! as hints; dispatch prefers them, so the same key can mean one thing on
//! a choice field and another in a text field.

mod binding;
mod context;
mod script;
mod table;

pub use binding::{Binding, Key, When, alt, bind, code, ctrl, k};
pub use context::Context;
pub use script::{KeyScriptError, parse_keys};
pub use table::BINDINGS;

use crate::lang::Lang;
use crate::text::Label;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::dialog::help::{HelpRow, HelpSection};
use crate::tui::i18n;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A terminal key event as the table writes keys.
fn normalize(ev: KeyEvent) -> Key {
    let mut mods = ev.modifiers;
    if let KeyCode::Char(_) = ev.code {
        // Shift is in the character itself ('G', '?').
        mods -= KeyModifiers::SHIFT;
    }
    if ev.code == KeyCode::BackTab {
        mods -= KeyModifiers::SHIFT;
    }
    Key {
        code: ev.code,
        mods,
    }
}

/// The action for a key press in the app's current state.
///
/// Ctrl-C always quits, whatever is open. Otherwise the context's
/// available bindings win; in a text field an unbound character is typed;
/// then an unavailable binding still acts (so `n` with no search says so);
/// a pane finally falls back to the global bindings.
pub fn dispatch(app: &App, ev: KeyEvent) -> Option<Action> {
    let key = normalize(ev);
    if key == ctrl('c') {
        return Some(Action::Quit);
    }
    let context = Context::current(app);
    let matching = |c: Context| {
        BINDINGS
            .iter()
            .filter(move |b| b.context == c && b.keys.contains(&key))
    };
    if let Some(b) = matching(context).find(|b| b.available(app)) {
        return Some(b.action.clone());
    }
    if context.takes_text()
        && let KeyCode::Char(c) = key.code
        && key.mods.is_empty()
    {
        return Some(Action::Input(c));
    }
    if let Some(b) = matching(context).next() {
        return Some(b.action.clone());
    }
    if context.is_pane() {
        let global = || matching(Context::Global);
        return global()
            .find(|b| b.available(app))
            .or_else(|| global().next())
            .map(|b| b.action.clone());
    }
    None
}

/// How a key is written in help and hints: `q`, `Ctrl-c`, `Tab`, `↓`.
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        other => format!("{other:?}"),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}

/// All of a binding's keys: `↓/j`.
pub fn keys_name(b: &Binding) -> String {
    b.keys.iter().map(key_name).collect::<Vec<_>>().join("/")
}

/// The bindings to hint at now: the available hinted ones of the current
/// context and, in a pane, the global ones after them.
pub fn hints(app: &App) -> Vec<&'static Binding> {
    let context = Context::current(app);
    let of = |c: Context| {
        BINDINGS
            .iter()
            .filter(move |b| b.context == c && b.hint && b.available(app))
    };
    let mut out: Vec<&Binding> = of(context).collect();
    if context.is_pane() {
        out.extend(of(Context::Global));
    }
    out
}

/// The hints as one label: each key an isolate, then what it does.
pub fn hint_label(app: &App) -> Label {
    let mut label = Label::new();
    for (i, b) in hints(app).into_iter().enumerate() {
        if i > 0 {
            label.push_ui("  ");
        }
        let key = b.keys.first().map(key_name).unwrap_or_default();
        label = label.key(key).ui(" ").ui(b.describe(app.lang));
    }
    label
}

/// Help: every context's bindings, in table order.
pub fn help(lang: Lang) -> Vec<HelpSection> {
    Context::ALL
        .into_iter()
        .map(|c| HelpSection {
            title: i18n::context_title(lang, c),
            rows: BINDINGS
                .iter()
                .filter(|b| b.context == c)
                .map(|b| HelpRow {
                    keys: keys_name(b),
                    desc: b.describe(lang),
                })
                .collect(),
        })
        .collect()
}

/// The key table as Markdown, for the README (a test keeps them equal).
pub fn markdown(lang: Lang) -> String {
    let mut out = String::new();
    for c in Context::ALL {
        out.push_str(&format!(
            "\n**{}**\n\n| keys | does |\n|---|---|\n",
            i18n::context_title(lang, c)
        ));
        for b in BINDINGS.iter().filter(|b| b.context == c) {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| format!("`{}`", key_name(k)))
                .collect();
            out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.describe(lang)));
        }
    }
    out
}

#[cfg(test)]
mod tests;
