//! The words of the dialogs: help, the filter form and its errors, the
//! actor-and-place picker, the export dialog and its reports.

use crate::corpus::date::DateErrorKind;
use crate::corpus::schema::EventKind;
use crate::corpus::{Entity, Timeline};
use crate::export::ExportError;
use crate::lang::{Lang, Noun, count};
use crate::select::{FilterError, FilterField, FilterProblem};
use crate::text::Label;
use crate::tui::action::ExportOutcome;
use crate::tui::dialog::export::{ExportField, ExportScope, Note};

pub fn help_title(lang: Lang) -> &'static str {
    lang.pick("Keys", "المفاتيح")
}

/// The help's last line: where the view is, and that there is more.
pub fn help_more(lang: Lang, scroll: usize, visible: usize, total: usize) -> Label {
    let last = (scroll + visible).min(total);
    let more = last < total;
    Label::new().ui(match (lang, more) {
        (Lang::En, true) => format!("lines {}–{last} of {total} · ↓ more", scroll + 1),
        (Lang::En, false) => format!("lines {}–{last} of {total}", scroll + 1),
        (Lang::Ar, true) => format!("الأسطر {}–{last} من {total} · ↓ المزيد", scroll + 1),
        (Lang::Ar, false) => format!("الأسطر {}–{last} من {total}", scroll + 1),
    })
}

pub fn filter_title(lang: Lang) -> &'static str {
    lang.pick(
        "Filter (commas separate alternatives)",
        "تصفية (الفاصلة بين البدائل)",
    )
}

/// A filter field's label in the form.
pub fn filter_field(lang: Lang, f: FilterField) -> &'static str {
    match f {
        FilterField::From => lang.pick("From (date)", "من (تاريخ)"),
        FilterField::To => lang.pick("To (date)", "إلى (تاريخ)"),
        FilterField::Era => lang.pick("Era", "الحقبة"),
        FilterField::Kind => lang.pick("Kind", "النوع"),
        FilterField::Actor => lang.pick("Actor", "الفاعل"),
        FilterField::Place => lang.pick("Place", "المكان"),
        FilterField::Entity => lang.pick("Actor or place", "فاعل أو مكان"),
        FilterField::Outlet => lang.pick("Outlet or article", "الوسيلة أو المقال"),
        FilterField::Event => lang.pick("Event", "الحدث"),
    }
}

/// What the focused filter field accepts.
pub fn filter_values(lang: Lang, f: FilterField, t: &Timeline, kinds: &[EventKind]) -> Label {
    let list = |items: Vec<&str>| {
        items
            .into_iter()
            .enumerate()
            .fold(Label::new(), |l, (i, v)| {
                (if i > 0 { l.ui(", ") } else { l }).value(v)
            })
    };
    match f {
        FilterField::From | FilterField::To => Label::new().ui(lang.pick(
            "a date: YYYY, YYYY-MM or YYYY-MM-DD",
            "تاريخ: سنة، أو سنة-شهر، أو سنة-شهر-يوم",
        )),
        FilterField::Era => Label::new()
            .ui(lang.pick("eras: ", "الحقب: "))
            .and(list(t.eras.iter().map(|e| e.id.as_str()).collect())),
        FilterField::Kind => Label::new()
            .ui(lang.pick("kinds: ", "الأنواع: "))
            .and(list(kinds.iter().map(|k| k.as_str()).collect())),
        FilterField::Actor | FilterField::Place | FilterField::Entity | FilterField::Event => {
            Label::new().ui(lang.pick(
                "any spelling, in either script (بوتين, Putin)",
                "أي تهجئة، بأي من اللغتين (بوتين، Putin)",
            ))
        }
        FilterField::Outlet => Label::new().ui(lang.pick(
            "an outlet's name, «unknown outlet», or an article id",
            "اسم وسيلة، أو «مصدر غير معروف»، أو معرّف مقال",
        )),
    }
}

/// A filter that cannot be applied, in the form's words.
pub fn filter_error(lang: Lang, e: &FilterError) -> Label {
    let field = filter_field(lang, e.field);
    let l = Label::new().ui(format!("{field}: "));
    match (&e.problem, lang) {
        (FilterProblem::Date(d), _) => {
            let why = match (d.kind, lang) {
                (DateErrorKind::Form, Lang::En) => {
                    " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)".to_string()
                }
                (DateErrorKind::Form, Lang::Ar) => {
                    " ليس تاريخًا (سنة، أو سنة-شهر، أو سنة-شهر-يوم)".to_string()
                }
                (DateErrorKind::NoMonth(m), Lang::En) => format!(": there is no month {m}"),
                (DateErrorKind::NoMonth(m), Lang::Ar) => format!(": لا يوجد شهر رقمه {m}"),
                (DateErrorKind::NoDay(d), Lang::En) => {
                    format!(" does not exist (no day {d} in that month)")
                }
                (DateErrorKind::NoDay(d), Lang::Ar) => {
                    format!(" غير موجود (لا يوم {d} في ذلك الشهر)")
                }
            };
            l.ui("«").value(&d.input).ui("»").ui(why)
        }
        (FilterProblem::ToBeforeFrom { from, to }, Lang::En) => l
            .value(to.iso())
            .ui(" is before the start, ")
            .value(from.iso()),
        (FilterProblem::ToBeforeFrom { from, to }, Lang::Ar) => {
            l.value(to.iso()).ui(" قبل البداية ").value(from.iso())
        }
        (FilterProblem::Unknown { value, known }, _) => {
            let what = match (e.field, lang) {
                (FilterField::Era, Lang::En) => "no era is called ",
                (FilterField::Era, Lang::Ar) => "لا حقبة باسم ",
                (FilterField::Kind, Lang::En) => "no kind is called ",
                (FilterField::Kind, Lang::Ar) => "لا نوع باسم ",
                (FilterField::Outlet, Lang::En) => "no outlet or article matches ",
                (FilterField::Outlet, Lang::Ar) => "لا وسيلة ولا مقال يطابق ",
                (FilterField::Event, Lang::En) => "no event has the id ",
                (FilterField::Event, Lang::Ar) => "لا حدث بالمعرّف ",
                (_, Lang::En) => "nobody and nowhere is spelled ",
                (_, Lang::Ar) => "لا أحد ولا مكان بهذه التهجئة ",
            };
            let l = l.ui(what).ui("«").value(value).ui("»");
            if known.is_empty() {
                return l;
            }
            // Eras and kinds are few: all are listed. For names, `known`
            // holds the closest spellings.
            let all = matches!(e.field, FilterField::Era | FilterField::Kind);
            let (intro, sep, open, close, end) = match (all, lang) {
                (true, _) => (lang.pick(". Known: ", ". المعروف: "), ", ", "", "", ""),
                (false, Lang::En) => (". Did you mean ", " or ", "«", "»", "?"),
                (false, Lang::Ar) => (". هل تقصد ", " أو ", "«", "»", "؟"),
            };
            known
                .iter()
                .enumerate()
                .fold(l.ui(intro), |l, (i, k)| {
                    let l = if i > 0 { l.ui(sep) } else { l };
                    l.ui(open).value(k).ui(close)
                })
                .ui(end)
        }
    }
}

pub fn picker_title(lang: Lang) -> &'static str {
    lang.pick(
        "Actors and places → their events",
        "الفاعلون والأماكن ← أحداثهم",
    )
}

/// "Armenia · أرمينيا · 21 events".
pub fn picker_item(lang: Lang, e: &Entity, events: usize) -> Label {
    let ar = e.ar.first().map_or("", String::as_str);
    let (first, second) = match lang {
        Lang::En => (e.en.as_str(), ar),
        Lang::Ar => (ar, e.en.as_str()),
    };
    let mut l = Label::new().value(first);
    if !second.is_empty() {
        l = l.ui(" · ").value(second);
    }
    l.ui(" · ").ui(count(lang, events, Noun::Event))
}

pub fn export_title(lang: Lang) -> &'static str {
    lang.pick("Export", "تصدير")
}

pub fn export_field(lang: Lang, f: ExportField) -> &'static str {
    match f {
        ExportField::Format => lang.pick("Format", "الصيغة"),
        ExportField::Scope => lang.pick("Events", "الأحداث"),
        ExportField::Path => lang.pick("File", "الملف"),
    }
}

pub fn export_scope(lang: Lang, scope: ExportScope, events: usize) -> Label {
    let name = match scope {
        ExportScope::Marked => lang.pick("the marked events", "الأحداث المعلَّمة"),
        ExportScope::Filtered => lang.pick("the current filter", "التصفية الحالية"),
        ExportScope::All => lang.pick("the whole timeline", "الخط الزمني كله"),
    };
    Label::new().ui(format!("‹ {name} › ({})", count(lang, events, Noun::Event)))
}

/// The dialog's report, and whether it is good news.
pub fn export_note(lang: Lang, note: &Note) -> (Label, bool) {
    let figures = |n| count(lang, n, Noun::Claim);
    let events = |n| count(lang, n, Noun::Event);
    match note {
        Note::NoPath => (
            Label::new().ui(lang.pick("✘ give a file name", "✘ أدخل اسم ملف")),
            false,
        ),
        Note::Outcome(ExportOutcome::Written {
            events: e,
            claims,
            path,
        }) => {
            let l = match lang {
                Lang::En => {
                    Label::new().ui(format!("✔ wrote {}, {} to ", events(*e), figures(*claims)))
                }
                Lang::Ar => {
                    Label::new().ui(format!("✔ كُتب {} و{} في ", events(*e), figures(*claims)))
                }
            };
            (l.value(path.display().to_string()), true)
        }
        Note::Outcome(ExportOutcome::DryRun {
            events: e,
            claims,
            path,
        }) => {
            let l = match lang {
                Lang::En => Label::new().ui(format!(
                    "would write {}, {} to ",
                    events(*e),
                    figures(*claims)
                )),
                Lang::Ar => {
                    Label::new().ui(format!("سيُكتب {} و{} في ", events(*e), figures(*claims)))
                }
            };
            let tail = lang.pick(
                " (a screenshot writes no file)",
                " (لقطة الشاشة لا تكتب ملفات)",
            );
            (l.value(path.display().to_string()).ui(tail), true)
        }
        Note::Outcome(ExportOutcome::Exists) => (
            Label::new().ui(lang.pick(
                "the file exists: Enter again replaces it, Esc keeps it",
                "الملف موجود: Enter مرة أخرى يستبدله، وEsc يبقيه",
            )),
            false,
        ),
        Note::Outcome(ExportOutcome::Failed(e)) => (export_error(lang, e), false),
    }
}

/// Why an export failed, in the interface's language; paths are isolates.
pub fn export_error(lang: Lang, e: &ExportError) -> Label {
    if lang == Lang::En {
        return Label::new().ui("✘ ").value(e.to_string());
    }
    let l = Label::new().ui("✘ ");
    let cannot = |l: Label, path: &str| l.ui("تعذّرت كتابة ").value(path).ui(": ");
    match e {
        ExportError::NothingSelected => l.ui("لا شيء للتصدير: لم يُحدَّد أي حدث"),
        ExportError::MissingFolder { path, folder } => {
            cannot(l, path).ui("المجلد ").value(folder).ui(" غير موجود")
        }
        ExportError::NotAFolder { path, folder } => {
            cannot(l, path).value(folder).ui(" ملف وليس مجلدًا")
        }
        ExportError::Unwritable {
            path,
            folder,
            reason,
        } => cannot(l, path)
            .ui("لا تمكن الكتابة في المجلد ")
            .value(folder)
            .ui(" (")
            .prose(reason)
            .ui(")"),
        ExportError::IsAFolder { path } => cannot(l, path).ui("هذا مجلد؛ أدخل اسم ملف"),
        ExportError::NotRegular { path, what } => cannot(l, path)
            .ui("إنه ")
            .value(what)
            .ui("؛ لا يُستبدل إلا ملف عادي"),
        ExportError::NoFileName { path } => cannot(l, path).ui("ليس اسم ملف"),
        ExportError::AlreadyExists { path } => cannot(l, path).ui("الملف موجود وتُرك دون تغيير"),
        ExportError::Io { path, source } => cannot(l, path).value(source.to_string()),
    }
}
