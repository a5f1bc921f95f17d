//! Every string the interface shows, in English and Arabic. Key
//! descriptions live beside their keys in the key table; everything else is
//! here. Values that come from the user or the corpus are [`Label`]
//! values — bidi isolates — never glued into the interface text, and every
//! count goes through the plural rules of [`crate::lang::count`].

use crate::corpus::Era;
use crate::corpus::date::DateSpec;
use crate::lang::{Lang, Noun, count};
use crate::select::FilterField;
use crate::text::Label;
use crate::tui::keys::Context;
use crate::tui::layout::Pane;
use crate::tui::notice::Notice;

mod article;
mod claims;
mod dialogs;
mod info;
mod info_figure;
pub use article::*;
pub use claims::*;
pub use dialogs::*;
pub use info::{InfoLine, InfoStyle, info_lines, info_title};

pub fn notice(lang: Lang, n: &Notice) -> Label {
    // A notice about one value (a copied line, a draft's id, the reason
    // nothing was written): the words, then the value as an isolate.
    let about = match n {
        Notice::Copied(line) => Some((("copied the passage ", "نُسخ المقطع "), line)),
        Notice::Accepted(id) => Some((("accepted ", "قُبلت المسودة "), id)),
        Notice::Rejected(id) => Some((("rejected ", "رُفضت المسودة "), id)),
        Notice::DecisionFailed(why) => Some((("nothing written: ", "لم يُكتب شيء: "), why)),
        _ => None,
    };
    if let Some(((en, ar), value)) = about {
        return Label::new().ui(lang.pick(en, ar)).value(value);
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
