//! The one key table. It dispatches keys *and* generates the `?` help, the
//! hint bar and the dialogs' instruction lines (as gitui's `commands()`
//! do), so what the help promises is what the keys do.
//!
//! Each binding belongs to one key [`Context`] — a pane, or a dialog —
//! and may say [`When`] it is available. Only available bindings are shown
//! as hints; dispatch prefers them, so the same key can mean one thing on
//! a choice field and another in a text field.

mod script;
mod table;

pub use script::{KeyScriptError, parse_keys};
pub use table::BINDINGS;

use crate::lang::Lang;
use crate::text::Label;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::dialog::Dialog;
use crate::tui::dialog::help::{HelpRow, HelpSection};
use crate::tui::i18n;
use crate::tui::layout::Pane;
use crate::tui::pane::article::article_count;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies: anywhere outside a dialog, one pane, or one
/// dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Global,
    Timeline,
    Article,
    Claims,
    Help,
    Info,
    Search,
    Filter,
    Picker,
    Export,
}

impl Context {
    /// In the order help lists them.
    pub const ALL: [Context; 10] = [
        Context::Global,
        Context::Timeline,
        Context::Article,
        Context::Claims,
        Context::Help,
        Context::Info,
        Context::Search,
        Context::Filter,
        Context::Picker,
        Context::Export,
    ];

    /// Typed characters go into a text field here.
    pub fn takes_text(self) -> bool {
        matches!(self, Context::Search | Context::Filter | Context::Export)
    }

    /// A pane's context: its own bindings, then the global ones.
    pub fn is_pane(self) -> bool {
        matches!(self, Context::Timeline | Context::Article | Context::Claims)
    }

    pub fn of_pane(pane: Pane) -> Context {
        match pane {
            Pane::Timeline => Context::Timeline,
            Pane::Article => Context::Article,
            Pane::Claims => Context::Claims,
        }
    }

    /// Where the keys go now: the open dialog, or the focused pane.
    pub fn current(app: &App) -> Context {
        match &app.dialog {
            Some(Dialog::Help(_)) => Context::Help,
            Some(Dialog::Info(_)) => Context::Info,
            Some(Dialog::Search(_)) => Context::Search,
            Some(Dialog::Filter(_)) => Context::Filter,
            Some(Dialog::Picker(_)) => Context::Picker,
            Some(Dialog::Export(_)) => Context::Export,
            None => Context::of_pane(app.focus),
        }
    }
}

/// A key as the table writes it. Shift is part of the character (`G`, `?`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

pub const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

pub const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::ALT,
    }
}

/// When a binding applies; checked against the app by [`When::holds`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// An event is selected (the list is not empty).
    Event,
    /// The selected event is reported by more than one article.
    Articles,
    /// The selected event has more than one passage.
    Passages,
    /// The shown article has cited passages.
    Cited,
    /// The article pane shows a passage that is not the event's own, or a
    /// range is being marked: Esc has something to cancel.
    Cancellable,
    Search,
    /// A filter or a search is active.
    Filtered,
    Marks,
    Back,
    Forward,
    /// The casualty pane has a figure selected.
    Claim,
    /// The focused pane's selection is a draft (an event or a figure).
    Draft,
    /// A decision on a draft can be taken back.
    Undo,
    /// The focused dialog field is a choice (export format or scope).
    Choice,
    /// The focused dialog field is text.
    Text,
}

impl When {
    pub fn holds(self, app: &App) -> bool {
        let t = &app.timeline;
        let event = app.event();
        match self {
            When::Always => true,
            When::Event => event.is_some(),
            When::Articles => event.is_some_and(|e| article_count(t, e) > 1),
            When::Passages => event.is_some_and(|e| t.events[e].sources.len() > 1),
            When::Cited => app
                .article
                .shown(t, event)
                .is_some_and(|p| !t.article_spans[p.article].is_empty()),
            When::Cancellable => app.article.passage.is_some() || app.list.anchor.is_some(),
            When::Search => app.list.search.is_some(),
            When::Filtered => !app.list.filter.is_empty() || app.list.search.is_some(),
            When::Marks => !app.list.marks.is_empty(),
            When::Back => app.history.can_go_back(),
            When::Forward => app.history.can_go_forward(),
            When::Claim => app.claims.selected().is_some(),
            When::Draft => match app.focus {
                Pane::Claims => app
                    .claims
                    .selected()
                    .is_some_and(|c| t.claims[c].draft.is_some()),
                _ => event.is_some_and(|e| t.events[e].has_draft()),
            },
            When::Undo => !app.undo.is_empty(),
            When::Choice => matches!(&app.dialog, Some(Dialog::Export(d)) if d.focus.is_choice()),
            When::Text => match &app.dialog {
                Some(Dialog::Export(d)) => !d.focus.is_choice(),
                Some(Dialog::Search(_) | Dialog::Filter(_)) => true,
                _ => false,
            },
        }
    }
}

/// One line of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    pub en: &'static str,
    pub ar: &'static str,
    /// Shown in the hint bar when available (all bindings are in help).
    pub hint: bool,
    pub when: When,
}

/// A binding of `keys` to `action`, global until [`Binding::on`] says
/// otherwise; the rest is added by the builder methods.
pub const fn bind(keys: &'static [Key], action: Action) -> Binding {
    Binding {
        keys,
        action,
        context: Context::Global,
        en: "",
        ar: "",
        hint: false,
        when: When::Always,
    }
}

impl Binding {
    pub const fn on(mut self, context: Context) -> Binding {
        self.context = context;
        self
    }
    pub const fn en(mut self, text: &'static str) -> Binding {
        self.en = text;
        self
    }
    pub const fn ar(mut self, text: &'static str) -> Binding {
        self.ar = text;
        self
    }
    pub const fn hint(mut self) -> Binding {
        self.hint = true;
        self
    }
    pub const fn when(mut self, when: When) -> Binding {
        self.when = when;
        self
    }

    pub fn describe(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.ar)
    }

    /// Whether it applies in the app's current state.
    pub fn available(&self, app: &App) -> bool {
        self.when.holds(app)
    }
}

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
