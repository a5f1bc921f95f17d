//! One line of the key table and its `const` builder, so a binding reads
//! as `bind(&[k('q'), ctrl('c')], Quit).en("quit").ar("خروج").hint()`.

use crate::lang::Lang;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::dialog::Dialog;
use crate::tui::keys::Context;
use crate::tui::pane::article::article_count;
use crossterm::event::{KeyCode, KeyModifiers};

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
            When::Draft => app.selected_draft().is_some(),
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
