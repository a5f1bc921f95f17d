//! The one key table. It dispatches keys *and* generates the `?` help and
//! the hint bar (as gitui does), so the help can never drift from what the
//! keys really do.

use crate::lang::Lang;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Pane};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere when no dialog is open.
    Global,
    Pane(Pane),
    /// In a text prompt or a dialog (search, filter, export, picker).
    Dialog,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}
const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn alt(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::ALT,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    pub en: &'static str,
    pub ar: &'static str,
    /// Shown in the hint bar (the rest only in `?` help).
    pub hint: bool,
}

const fn b(
    keys: &'static [Key],
    action: Action,
    context: Context,
    en: &'static str,
    ar: &'static str,
    hint: bool,
) -> Binding {
    Binding {
        keys,
        action,
        context,
        en,
        ar,
        hint,
    }
}

use Context::{Dialog, Global};
const TL: Context = Context::Pane(Pane::Timeline);
const ART: Context = Context::Pane(Pane::Article);
const CL: Context = Context::Pane(Pane::Claims);

pub const BINDINGS: &[Binding] = &[
    b(
        &[k('q'), ctrl('c')],
        Action::Quit,
        Global,
        "quit",
        "خروج",
        true,
    ),
    b(
        &[k('?')],
        Action::ToggleHelp,
        Global,
        "help",
        "مساعدة",
        true,
    ),
    b(
        &[code(KeyCode::Tab)],
        Action::NextPane,
        Global,
        "next pane",
        "اللوحة التالية",
        true,
    ),
    b(
        &[code(KeyCode::BackTab)],
        Action::PrevPane,
        Global,
        "previous pane",
        "اللوحة السابقة",
        false,
    ),
    b(
        &[code(KeyCode::Down), k('j')],
        Action::Down,
        Global,
        "down",
        "لأسفل",
        false,
    ),
    b(
        &[code(KeyCode::Up), k('k')],
        Action::Up,
        Global,
        "up",
        "لأعلى",
        false,
    ),
    b(
        &[code(KeyCode::PageDown), ctrl('d')],
        Action::PageDown,
        Global,
        "page down",
        "صفحة لأسفل",
        false,
    ),
    b(
        &[code(KeyCode::PageUp), ctrl('u')],
        Action::PageUp,
        Global,
        "page up",
        "صفحة لأعلى",
        false,
    ),
    b(
        &[k('g'), code(KeyCode::Home)],
        Action::Top,
        Global,
        "first",
        "الأول",
        false,
    ),
    b(
        &[k('G'), code(KeyCode::End)],
        Action::Bottom,
        Global,
        "last",
        "الأخير",
        false,
    ),
    b(
        &[code(KeyCode::Enter)],
        Action::Follow,
        TL,
        "open passage",
        "فتح المقطع",
        true,
    ),
    b(
        &[code(KeyCode::Enter)],
        Action::Follow,
        ART,
        "passage → event",
        "المقطع ← الحدث",
        true,
    ),
    b(
        &[code(KeyCode::Enter)],
        Action::Follow,
        CL,
        "claim → passage",
        "الرقم ← المقطع",
        true,
    ),
    b(
        &[k(']'), k('s')],
        Action::NextSource,
        Global,
        "next source",
        "المصدر التالي",
        true,
    ),
    b(
        &[k('['), k('S')],
        Action::PrevSource,
        Global,
        "previous source",
        "المصدر السابق",
        false,
    ),
    b(
        &[k('}')],
        Action::NextPassage,
        ART,
        "next cited passage",
        "المقطع المستشهد التالي",
        true,
    ),
    b(
        &[k('{')],
        Action::PrevPassage,
        ART,
        "previous cited passage",
        "المقطع المستشهد السابق",
        false,
    ),
    b(
        &[k('b'), alt(KeyCode::Left)],
        Action::Back,
        Global,
        "back",
        "رجوع",
        true,
    ),
    b(
        &[k('B'), alt(KeyCode::Right)],
        Action::Forward,
        Global,
        "forward",
        "تقدم",
        false,
    ),
    b(
        &[k('x')],
        Action::RelatedEntities,
        Global,
        "actors & places",
        "الفاعلون والأماكن",
        true,
    ),
    b(
        &[k('/')],
        Action::StartSearch,
        Global,
        "search",
        "بحث",
        true,
    ),
    b(
        &[k('n')],
        Action::NextHit,
        Global,
        "next hit",
        "النتيجة التالية",
        false,
    ),
    b(
        &[k('N')],
        Action::PrevHit,
        Global,
        "previous hit",
        "النتيجة السابقة",
        false,
    ),
    b(
        &[k('f')],
        Action::OpenFilter,
        Global,
        "filter",
        "تصفية",
        true,
    ),
    b(
        &[k('F')],
        Action::ClearFilter,
        Global,
        "clear filter & search",
        "إلغاء التصفية والبحث",
        false,
    ),
    b(
        &[k('m'), k(' ')],
        Action::ToggleMark,
        Global,
        "mark event",
        "تعليم الحدث",
        true,
    ),
    b(
        &[k('v')],
        Action::MarkRange,
        Global,
        "mark range (twice)",
        "تعليم نطاق (مرتين)",
        false,
    ),
    b(
        &[k('M')],
        Action::ClearMarks,
        Global,
        "clear marks",
        "مسح العلامات",
        false,
    ),
    b(
        &[k('e')],
        Action::OpenExport,
        Global,
        "export",
        "تصدير",
        true,
    ),
    b(
        &[k('L')],
        Action::ToggleLanguage,
        Global,
        "English/العربية",
        "العربية/English",
        false,
    ),
    b(
        &[k('l')],
        Action::ToggleLogScale,
        CL,
        "log/linear bars",
        "مقياس لوغاريتمي/خطي",
        true,
    ),
    b(
        &[k('a')],
        Action::ToggleClaimScope,
        CL,
        "event/all claims",
        "الحدث/كل الأرقام",
        true,
    ),
    b(
        &[ctrl('z')],
        Action::Suspend,
        Global,
        "suspend",
        "تعليق",
        false,
    ),
    b(
        &[code(KeyCode::Esc)],
        Action::Escape,
        Dialog,
        "close",
        "إغلاق",
        true,
    ),
    b(
        &[code(KeyCode::Enter)],
        Action::Submit,
        Dialog,
        "apply",
        "تطبيق",
        true,
    ),
    b(
        &[code(KeyCode::Tab), code(KeyCode::Down)],
        Action::NextChoice,
        Dialog,
        "next field",
        "الحقل التالي",
        true,
    ),
    b(
        &[code(KeyCode::BackTab), code(KeyCode::Up)],
        Action::PrevChoice,
        Dialog,
        "previous field",
        "الحقل السابق",
        false,
    ),
    b(
        &[code(KeyCode::Backspace)],
        Action::Backspace,
        Dialog,
        "delete",
        "حذف",
        false,
    ),
];

/// The action for a key in the app's current state.
pub fn dispatch(app: &App, key: KeyEvent) -> Option<Action> {
    // Shift is part of the character itself ('G', '?'), not a modifier.
    let mods = key.modifiers - KeyModifiers::SHIFT;
    let pressed = Key {
        code: key.code,
        mods,
    };
    match &app.overlay {
        Overlay::Help => {
            return matches!(
                key.code,
                KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q')
            )
            .then_some(Action::ToggleHelp);
        }
        Overlay::None => {}
        _ => {
            if pressed == ctrl('c') {
                return Some(Action::Quit);
            }
            if let Some(b) = find(pressed, |c| c == Dialog) {
                return Some(b.action.clone());
            }
            return match key.code {
                KeyCode::Char(c) if mods.is_empty() => Some(Action::Input(c)),
                _ => None,
            };
        }
    }
    find(pressed, |c| c == Context::Pane(app.focus))
        .or_else(|| find(pressed, |c| c == Global))
        .map(|b| b.action.clone())
}

fn find(key: Key, context: impl Fn(Context) -> bool) -> Option<&'static Binding> {
    BINDINGS
        .iter()
        .find(|b| context(b.context) && b.keys.contains(&key))
}

/// How a key is written in help and hints: `q`, `Ctrl-c`, `Tab`, `↓`.
pub fn label(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
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

/// Help sections: the title of each context and its bindings as
/// (keys, description) in the interface language.
pub fn help(lang: Lang) -> Vec<(String, Vec<(String, &'static str)>)> {
    let sections = [
        (Global, "Everywhere", "في كل مكان"),
        (TL, "Timeline", "الخط الزمني"),
        (ART, "Article", "المقال"),
        (CL, "Casualty figures", "أرقام الخسائر"),
        (
            Dialog,
            "Dialogs and prompts (type to enter text)",
            "النوافذ والحقول (اكتب لإدخال النص)",
        ),
    ];
    sections
        .into_iter()
        .map(|(ctx, en, ar)| {
            let rows = BINDINGS
                .iter()
                .filter(|b| b.context == ctx)
                .map(|b| (keys_label(b), lang.pick(b.en, b.ar)))
                .collect();
            (lang.pick(en, ar).to_string(), rows)
        })
        .collect()
}

fn keys_label(b: &Binding) -> String {
    b.keys.iter().map(label).collect::<Vec<_>>().join("/")
}

/// The hint bar for the current state: the hinted bindings of the open
/// dialog, or of the focused pane and then the global ones.
pub fn hints(app: &App) -> Vec<(String, &'static str)> {
    let in_dialog = !matches!(app.overlay, Overlay::None | Overlay::Help);
    BINDINGS
        .iter()
        .filter(|b| b.hint)
        .filter(|b| {
            if in_dialog {
                b.context == Dialog
            } else {
                b.context == Context::Pane(app.focus)
            }
        })
        .chain(
            BINDINGS
                .iter()
                .filter(|b| b.hint && !in_dialog && b.context == Global),
        )
        .map(|b| {
            (
                b.keys.first().map(label).unwrap_or_default(),
                app.lang.pick(b.en, b.ar),
            )
        })
        .collect()
}
