//! Every string the interface shows, in English and Arabic. Key
//! descriptions live beside their keys in the key table; everything else is
//! here. Values that come from the user or the corpus are [`Label`]
//! values — bidi isolates — never glued into the interface text, and every
//! count goes through the plural rules of [`crate::lang::count`].

use crate::corpus::date::{DateErrorKind, DateSpec};
use crate::corpus::schema::EventKind;
use crate::corpus::{Article, Entity, Era, Timeline};
use crate::export::ExportError;
use crate::lang::{Lang, Noun, count};
use crate::select::{FilterError, FilterField, FilterProblem};
use crate::text::Label;
use crate::tui::action::ExportOutcome;
use crate::tui::dialog::export::{ExportField, ExportScope, Note};
use crate::tui::keys::Context;
use crate::tui::layout::Pane;
use crate::tui::notice::Notice;
use crate::tui::pane::article::Position;

mod claims;
mod info;
pub use claims::*;
pub use info::{InfoLine, InfoStyle, info_lines, info_title};

pub fn notice(lang: Lang, n: &Notice) -> Label {
    match n {
        Notice::Copied(line) => {
            return Label::new()
                .ui(lang.pick("copied the passage ", "نُسخ المقطع "))
                .value(line);
        }
        Notice::Accepted(id) => {
            return Label::new()
                .ui(lang.pick("accepted ", "قُبلت المسودة "))
                .value(id);
        }
        Notice::Rejected(id) => {
            return Label::new()
                .ui(lang.pick("rejected ", "رُفضت المسودة "))
                .value(id);
        }
        Notice::DecisionFailed(why) => {
            return Label::new()
                .ui(lang.pick("nothing written: ", "لم يُكتب شيء: "))
                .value(why);
        }
        _ => {}
    }
    let ev = |k| count(lang, k, Noun::Event);
    let text = match (n, lang) {
        (Notice::FilterCleared, Lang::En) => "filter and search cleared".into(),
        (Notice::FilterCleared, Lang::Ar) => "أُلغيت التصفية والبحث".into(),
        (Notice::FilterClearedToShow, Lang::En) => "filter cleared to show the event".into(),
        (Notice::FilterClearedToShow, Lang::Ar) => "أُلغيت التصفية لإظهار الحدث".into(),
        (Notice::Shown(k), Lang::En) => format!("{} shown", ev(*k)),
        (Notice::Shown(k), Lang::Ar) => format!("المعروض: {}", ev(*k)),
        (Notice::Matches(1, 0), Lang::En) => "1 event matches".into(),
        (Notice::Matches(k, 0), Lang::En) => format!("{} match", ev(*k)),
        (Notice::Matches(k, n), Lang::En) => format!(
            "{} {}, and {} in article text",
            ev(*k),
            if *k == 1 { "matches" } else { "match" },
            count(lang, *n, Noun::Hit)
        ),
        (Notice::Matches(k, 0), Lang::Ar) => format!("المطابق: {}", ev(*k)),
        (Notice::Matches(k, n), Lang::Ar) => format!(
            "المطابق: {}، و{} في نص المقالات",
            ev(*k),
            count(lang, *n, Noun::Hit)
        ),
        (Notice::NoHits, Lang::En) => "no search hits".into(),
        (Notice::NoHits, Lang::Ar) => "لا نتائج للبحث".into(),
        (Notice::NoSearch, Lang::En) => "no search: press / to search".into(),
        (Notice::NoSearch, Lang::Ar) => "لا بحث: اضغط / للبحث".into(),
        (Notice::RangeStarted, Lang::En) => "range started: move, then press v again".into(),
        (Notice::RangeStarted, Lang::Ar) => "بدأ النطاق: تحرّك ثم اضغط v مجددًا".into(),
        (Notice::RangeCancelled, Lang::En) => "range cancelled".into(),
        (Notice::RangeCancelled, Lang::Ar) => "أُلغي النطاق".into(),
        (Notice::RangeMarked(k), Lang::En) => format!("range: {} added to the marks", ev(*k)),
        (Notice::RangeMarked(k), Lang::Ar) => format!("النطاق: أضيف إلى العلامات {}", ev(*k)),
        (Notice::MarksCleared, Lang::En) => "marks cleared".into(),
        (Notice::MarksCleared, Lang::Ar) => "مُسحت العلامات".into(),
        (Notice::NoEarlier, Lang::En) => "no earlier place".into(),
        (Notice::NoEarlier, Lang::Ar) => "لا موضع سابق".into(),
        (Notice::NoLater, Lang::En) => "no later place".into(),
        (Notice::NoLater, Lang::Ar) => "لا موضع لاحق".into(),
        (Notice::NoEventHere, Lang::En) => "this passage cites no event".into(),
        (Notice::NoEventHere, Lang::Ar) => "لا يرتبط هذا المقطع بحدث".into(),
        (Notice::NoEntities, Lang::En) => "this event names no actor or place".into(),
        (Notice::NoEntities, Lang::Ar) => "لا يذكر هذا الحدث فاعلًا أو مكانًا".into(),
        (Notice::OneArticle, Lang::En) => "only one article reports this event".into(),
        (Notice::OneArticle, Lang::Ar) => "مقال واحد فقط يروي هذا الحدث".into(),
        (Notice::OnePassage, Lang::En) => "this event has only one passage".into(),
        (Notice::OnePassage, Lang::Ar) => "لهذا الحدث مقطع واحد فقط".into(),
        (Notice::EndOfArticle, Lang::En) => "no further cited passage in this article".into(),
        (Notice::EndOfArticle, Lang::Ar) => "لا مقطع مستشهد به بعد هذا في المقال".into(),
        (Notice::NoClaim, Lang::En) => "no figure selected".into(),
        (Notice::NoClaim, Lang::Ar) => "لا رقم محدد".into(),
        (Notice::Copied(_), _)
        | (Notice::Accepted(_), _)
        | (Notice::Rejected(_), _)
        | (Notice::DecisionFailed(_), _) => String::new(),
        (Notice::Undone, Lang::En) => "the last decision was taken back".into(),
        (Notice::Undone, Lang::Ar) => "أُلغي القرار الأخير".into(),
        (Notice::NotADraft, Lang::En) => "this is not a draft".into(),
        (Notice::NotADraft, Lang::Ar) => "هذا ليس مسودة".into(),
        (Notice::NothingToUndo, Lang::En) => "no decision to take back".into(),
        (Notice::NothingToUndo, Lang::Ar) => "لا قرار لإلغائه".into(),
        (Notice::NoCorpusFolder, Lang::En) => {
            "drafts are decided in a corpus folder (--corpus DIR)".into()
        }
        (Notice::NoCorpusFolder, Lang::Ar) => {
            "يُبتّ في المسودات داخل مجلد مدوّنة (--corpus DIR)".into()
        }
    };
    Label::new().ui(text)
}

/// The search prompt's mark for whole-words mode.
pub fn whole_words(lang: Lang) -> Label {
    Label::new().ui(lang.pick("[whole words]", "[كلمات كاملة]"))
}

pub fn pane_name(lang: Lang, pane: Pane) -> &'static str {
    match pane {
        Pane::Timeline => lang.pick("Timeline", "الخط الزمني"),
        Pane::Article => lang.pick("Article", "المقال"),
        Pane::Claims => lang.pick("Casualty figures", "أرقام الخسائر"),
    }
}

pub fn context_title(lang: Lang, c: Context) -> &'static str {
    match c {
        Context::Global => lang.pick("Everywhere (outside dialogs)", "في كل مكان (خارج النوافذ)"),
        Context::Timeline => lang.pick("Timeline", "الخط الزمني"),
        Context::Article => lang.pick("Article", "المقال"),
        Context::Claims => lang.pick("Casualty figures", "أرقام الخسائر"),
        Context::Help => lang.pick("This help", "هذه المساعدة"),
        Context::Info => lang.pick("A record (i)", "السجل (i)"),
        Context::Search => lang.pick("Search prompt (type the text)", "حقل البحث (اكتب النص)"),
        Context::Filter => lang.pick(
            "Filter form (type the values)",
            "نموذج التصفية (اكتب القيم)",
        ),
        Context::Picker => lang.pick("Actors and places", "الفاعلون والأماكن"),
        Context::Export => lang.pick(
            "Export dialog (type the file name)",
            "نافذة التصدير (اكتب اسم الملف)",
        ),
    }
}

pub fn no_events(lang: Lang) -> &'static str {
    lang.pick(
        "No events match the filter (F clears it)",
        "لا أحداث تطابق التصفية (F لإلغائها)",
    )
}

pub fn too_small(lang: Lang, min: (u16, u16)) -> String {
    match lang {
        Lang::En => format!(
            "Terminal too small.\nkarabakh-timeline needs at least {}x{}.\nEnlarge the window, or press q to quit.",
            min.0, min.1
        ),
        Lang::Ar => format!(
            "النافذة صغيرة جدًا.\nيحتاج البرنامج إلى {}x{} على الأقل.\nكبّر النافذة أو اضغط q للخروج.",
            min.0, min.1
        ),
    }
}

/// The status bar: program, position, the event's id, then the filter,
/// the search, the marks and the last notice.
pub struct StatusParts<'a> {
    pub position: Option<(usize, usize, &'a str)>,
    pub filter: Label,
    pub search: Option<(&'a str, usize, usize)>,
    pub marks: usize,
    /// The article pane keeps to one outlet (`o`): its name, and whether
    /// the selected event has no passage from it.
    pub outlet: Option<(String, bool)>,
    pub notice: Option<&'a Notice>,
}

pub fn status(lang: Lang, p: StatusParts) -> Label {
    let sep = " · ";
    // The name, the position and the id are isolates: Latin and digits in
    // an Arabic bar would otherwise run together into one block.
    let mut l = Label::new().value("karabakh-timeline");
    if let Some((at, of, id)) = p.position {
        l = l.ui(sep).value(format!("{at}/{of}")).ui(" ").value(id);
    }
    if !p.filter.is_empty() {
        l = l.ui(sep).ui(lang.pick("filter: ", "تصفية: ")).and(p.filter);
    }
    if let Some((q, at, of)) = p.search {
        l = l
            .ui(sep)
            .ui(lang.pick("search ", "بحث "))
            .ui("«")
            .value(q)
            .ui("» ")
            .value(format!("{at}/{of}"));
    }
    if p.marks > 0 {
        let marked = match lang {
            Lang::En => format!("{} marked", count(lang, p.marks, Noun::Event)),
            Lang::Ar => format!("المعلَّم: {}", count(lang, p.marks, Noun::Event)),
        };
        l = l.ui(sep).ui(marked);
    }
    if let Some((name, missing)) = p.outlet {
        l = if missing {
            l.ui(sep)
                .ui(lang.pick("no passage from ", "لا مقطع من "))
                .value(name)
        } else {
            l.ui(sep).ui(lang.pick("only ", "فقط ")).value(name)
        };
    }
    if let Some(n) = p.notice {
        l = l.ui(sep).and(notice(lang, n));
    }
    l
}

/// The active filter, one criterion after another, each value an isolate.
pub fn filter_summary(lang: Lang, spec: &crate::select::FilterSpec) -> Label {
    let mut l = Label::new();
    let mut first = true;
    let mut sep = |l: Label| {
        let out = if first { l } else { l.ui(", ") };
        first = false;
        out
    };
    if let Some(f) = &spec.from {
        l = sep(l).ui(lang.pick("from ", "من ")).value(f);
    }
    if let Some(t) = &spec.to {
        l = sep(l).ui(lang.pick("to ", "إلى ")).value(t);
    }
    for (field, values) in [
        (FilterField::Era, &spec.eras),
        (FilterField::Kind, &spec.kinds),
        (FilterField::Actor, &spec.actors),
        (FilterField::Place, &spec.places),
        (FilterField::Entity, &spec.entities),
        (FilterField::Outlet, &spec.outlets),
        (FilterField::Event, &spec.events),
    ] {
        if values.is_empty() {
            continue;
        }
        l = sep(l).ui(criterion(lang, field)).ui(": ");
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                l = l.ui(" | ");
            }
            l = l.value(v);
        }
    }
    l
}

/// A criterion's short name, as the status bar lists it.
fn criterion(lang: Lang, f: FilterField) -> &'static str {
    match f {
        FilterField::From => lang.pick("from", "من"),
        FilterField::To => lang.pick("to", "إلى"),
        FilterField::Era => lang.pick("era", "الحقبة"),
        FilterField::Kind => lang.pick("kind", "النوع"),
        FilterField::Actor => lang.pick("actor", "الفاعل"),
        FilterField::Place => lang.pick("place", "المكان"),
        FilterField::Entity => lang.pick("actor or place", "فاعل أو مكان"),
        FilterField::Outlet => lang.pick("outlet", "الوسيلة"),
        FilterField::Event => lang.pick("event", "الحدث"),
    }
}

pub fn timeline_title(lang: Lang, shown: usize, total: usize) -> Label {
    let name = pane_name(lang, Pane::Timeline);
    let all = count(lang, total, Noun::Event);
    Label::new().ui(match (lang, shown == total) {
        (_, true) => format!("{name} · {all}"),
        (Lang::En, false) => format!("{name} · {shown} of {all}"),
        (Lang::Ar, false) => format!("{name} · {shown} من {all}"),
    })
}

pub fn era_heading(lang: Lang, e: &Era) -> Label {
    let (title, start, end) = match lang {
        Lang::En => (&e.title.en, e.start.display_en(), e.end.display_en()),
        Lang::Ar => (&e.title.ar, e.start.display_ar(), e.end.display_ar()),
    };
    Label::new()
        .ui("━ ")
        .value(title)
        .ui(format!(" · {start} – {end}"))
}

pub fn event_date(lang: Lang, d: &DateSpec) -> String {
    match lang {
        Lang::En => d.display_en(),
        Lang::Ar => d.display_ar(),
    }
}

pub fn article_pane(lang: Lang) -> Label {
    Label::new().ui(pane_name(lang, Pane::Article))
}

/// "art-002 · article 1 of 3 · passage 2 of 7", or "art-002 · a passage
/// another event cites" when the pane shows a passage that is not the
/// event's own.
pub fn article_title(lang: Lang, id: &str, at: Option<Position>, cited: bool) -> Label {
    let l = Label::new().value(id).ui(" · ");
    match (at, lang) {
        (Some(p), Lang::En) => l.ui(format!(
            "article {} of {} · passage {} of {}",
            p.article.0, p.article.1, p.passage.0, p.passage.1
        )),
        (Some(p), Lang::Ar) => l.ui(format!(
            "المقال {} من {} · المقطع {} من {}",
            p.article.0, p.article.1, p.passage.0, p.passage.1
        )),
        (None, _) if cited => {
            l.ui(lang.pick("a passage another event cites", "مقطع يستشهد به حدث آخر"))
        }
        (None, _) => l.ui(lang.pick(
            "a search hit no event cites",
            "نتيجة بحث لا يستشهد بها أي حدث",
        )),
    }
}

/// The article header's second line for the passage that dates the
/// event: "◆ dates this event: «أمس الخميس», counted from 23 Oct 2020".
pub fn dating_line(lang: Lang, w: &crate::corpus::DatingWords, a: &Article) -> Label {
    Label::new()
        .ui(lang.pick("◆ dates this event: «", "◆ يؤرّخ الحدث: «"))
        .value(&w.quote)
        .ui(lang.pick("», counted from ", "»، محسوبًا من "))
        .ui(event_date(lang, &a.published))
}

/// The article header's first line: the outlet (or "unknown outlet" and
/// why), the file, the URL when known.
pub fn outlet_line(lang: Lang, a: &Article) -> Label {
    let mut l = match (&a.outlet.en, &a.outlet.unknown_reason) {
        (Some(_), _) | (None, None) => {
            let name = lang.pick(a.outlet.name_en(), a.outlet.name_ar());
            Label::new().value(name)
        }
        (None, Some(reason)) => Label::new()
            .ui(lang.pick("unknown outlet (", "مصدر غير معروف ("))
            .prose(reason)
            .ui(")"),
    };
    l = l.ui(" · ").value(&a.file);
    if let Some(url) = &a.url {
        l = l.ui(" · ").value(url);
    }
    l
}

/// The article header's second line: when it was published, and on what
/// basis ("no date printed; inferred from …").
pub fn published_line(lang: Lang, a: &Article) -> Label {
    let d = &a.published;
    let how = match d.basis.kind {
        crate::corpus::date::BasisKind::Printed => lang.pick("printed: ", "مطبوع: "),
        _ => lang.pick("no date printed; ", "لا تاريخ مطبوعًا؛ "),
    };
    let l = Label::new()
        .ui(lang.pick("published ", "نُشر "))
        .ui(event_date(lang, d))
        .ui(" — ")
        .ui(how);
    match &d.basis.words {
        Some(w) => l
            .ui("«")
            .value(&w.quote)
            .ui(format!("» (¶{})", w.paragraph)),
        None => l.prose(&d.basis.note),
    }
}

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
