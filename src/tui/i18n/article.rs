//! The words of the article pane: its title (which passage of which
//! article), and its header — outlet, publication date and its basis, the
//! words that date the event.

use crate::corpus::Article;
use crate::lang::Lang;
use crate::text::Label;
use crate::tui::layout::Pane;
use crate::tui::pane::article::Position;

use super::{event_date, pane_name};

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
