//! The export dialog: format, scope and path. Enter asks the loop to write
//! (an [`Effect`]); an existing file needs a second Enter to overwrite.

use crate::export::Format;
use crate::select::Scope;
use crate::tui::action::ExportOutcome;
use crate::tui::app::{App, Effect, ExportForm, ExportScope, Overlay};
use crate::tui::i18n;
use crate::tui::view::draw;
use ratatui::style::Style;

pub fn new_form(app: &App) -> ExportForm {
    ExportForm {
        field: 2,
        format: Format::Json,
        scope: if !app.marks.is_empty() {
            ExportScope::Marked
        } else if !app.filter.is_empty() {
            ExportScope::Filtered
        } else {
            ExportScope::All
        },
        path: "karabakh-timeline.json".into(),
        confirm_overwrite: false,
        result: None,
    }
}

/// Changes the focused choice (format or scope). A path that still ends in
/// the old format's extension follows the new format.
pub fn cycle_value(form: &mut ExportForm, next: bool) {
    let step = |i: usize, n: usize| if next { (i + 1) % n } else { (i + n - 1) % n };
    match form.field {
        0 => {
            let i = Format::ALL
                .iter()
                .position(|f| *f == form.format)
                .unwrap_or(0);
            let old = form.format.extension();
            form.format = Format::ALL[step(i, Format::ALL.len())];
            if let Some(stem) = form.path.strip_suffix(&format!(".{old}")) {
                form.path = format!("{stem}.{}", form.format.extension());
            }
        }
        1 => {
            const ALL: [ExportScope; 3] =
                [ExportScope::Marked, ExportScope::Filtered, ExportScope::All];
            let i = ALL.iter().position(|s| *s == form.scope).unwrap_or(0);
            form.scope = ALL[step(i, ALL.len())];
        }
        _ => return,
    }
    form.confirm_overwrite = false;
    form.result = None;
}

pub fn scope(app: &App, scope: ExportScope) -> Scope {
    match scope {
        ExportScope::Marked => Scope::Marked(app.marks.clone()),
        ExportScope::Filtered if !app.filter.is_empty() => {
            Scope::Filter(Box::new(app.filter.clone()))
        }
        _ => Scope::All,
    }
}

/// Enter: ask the loop to write, with `force` once the user has confirmed.
pub fn submit(app: &mut App, form: ExportForm) {
    if form.path.trim().is_empty() {
        let mut form = form;
        form.result = Some(Err(app
            .lang
            .pick("give a file name", "أدخل اسم ملف")
            .into()));
        app.overlay = Overlay::Export(form);
        return;
    }
    app.effect = Some(Effect::Export {
        format: form.format,
        scope: scope(app, form.scope),
        path: form.path.trim().to_string(),
        force: form.confirm_overwrite,
    });
    app.overlay = Overlay::Export(form);
}

/// The loop's report: show the path written or the error, or ask to overwrite.
pub fn finished(app: &mut App, outcome: ExportOutcome) {
    let Overlay::Export(form) = &mut app.overlay else {
        return;
    };
    match outcome {
        ExportOutcome::Written(msg) => {
            form.result = Some(Ok(msg));
            form.confirm_overwrite = false;
        }
        ExportOutcome::Exists => {
            form.confirm_overwrite = true;
            form.result = Some(Err(app
                .lang
                .pick(
                    "the file exists: Enter again to overwrite it, Esc to keep it",
                    "الملف موجود: Enter مرة أخرى للكتابة فوقه، Esc للإبقاء عليه",
                )
                .into()));
        }
        ExportOutcome::Failed(e) => {
            form.confirm_overwrite = false;
            form.result = Some(Err(e));
        }
    }
}

/// The dialog's lines, with their styles.
pub fn lines(app: &App, form: &ExportForm) -> Vec<(String, Style)> {
    let lang = app.lang;
    let mark = |i: usize| if form.field == i { "▶" } else { " " };
    let style = |i: usize| {
        if form.field == i {
            draw::selected()
        } else {
            Style::new()
        }
    };
    let counts = |s: ExportScope| {
        crate::select::Selection::new(&app.timeline, &scope(app, s))
            .events
            .len()
    };
    let formats: Vec<String> = Format::ALL
        .iter()
        .map(|f| {
            if *f == form.format {
                format!("[{}]", f.as_str())
            } else {
                f.as_str().to_string()
            }
        })
        .collect();
    let mut out = vec![
        (
            format!(
                "{} {}: {}",
                mark(0),
                lang.pick("Format", "الصيغة"),
                formats.join(" ")
            ),
            style(0),
        ),
        (
            format!(
                "{} {}: {} ({})",
                mark(1),
                lang.pick("Scope", "النطاق"),
                i18n::scope_name(lang, form.scope),
                i18n::events(lang, counts(form.scope))
            ),
            style(1),
        ),
        (
            format!("{} {}: {}▏", mark(2), lang.pick("File", "الملف"), form.path),
            style(2),
        ),
        (
            lang.pick(
                "Tab: next field · ←/→: change · Enter: write · Esc: close",
                "Tab: الحقل التالي · ←/→: تغيير · Enter: كتابة · Esc: إغلاق",
            )
            .to_string(),
            draw::muted(),
        ),
    ];
    match &form.result {
        Some(Ok(msg)) => out.push((
            format!("✔ {msg}"),
            Style::new().fg(ratatui::style::Color::Green),
        )),
        Some(Err(e)) => out.push((format!("✘ {e}"), draw::conflict())),
        None => {}
    }
    out
}
