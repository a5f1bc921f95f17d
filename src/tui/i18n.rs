//! Interface strings in English and Arabic. Key descriptions live in the
//! key table; everything else the UI says is here.

use crate::lang::Lang;
use crate::tui::app::{App, ExportScope, Pane, Row};

pub fn pane_name(lang: Lang, pane: Pane) -> &'static str {
    match pane {
        Pane::Timeline => lang.pick("Timeline", "الخط الزمني"),
        Pane::Article => lang.pick("Article", "المقال"),
        Pane::Claims => lang.pick("Casualty figures", "أرقام الخسائر"),
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

pub fn timeline_title(lang: Lang, shown: usize, total: usize) -> String {
    match (lang, shown == total) {
        (Lang::En, true) => format!("Timeline · {total} events"),
        (Lang::En, false) => format!("Timeline · {shown} of {total} events"),
        (Lang::Ar, true) => format!("الخط الزمني · {total} حدثًا"),
        (Lang::Ar, false) => format!("الخط الزمني · {shown} من {total} حدثًا"),
    }
}

/// "Article · source 2 of 3" (or "· cited passage" when not the event's own).
pub fn article_title(app: &App, article: usize) -> String {
    let t = &app.timeline;
    let name = pane_name(app.lang, Pane::Article);
    let id = &t.articles[article].id;
    match (app.passage.is_some(), app.event()) {
        (false, Some(e)) => {
            let n = t.events[e].sources.len();
            let k = app.source.min(n.saturating_sub(1)) + 1;
            match app.lang {
                Lang::En => format!("{name} {id} · source {k} of {n}"),
                Lang::Ar => format!("{name} {id} · المصدر {k} من {n}"),
            }
        }
        _ => format!(
            "{name} {id} · {}",
            app.lang.pick("cited passage", "مقطع مستشهد به")
        ),
    }
}

/// The top line, as pieces: what is shown, the active filter, marks,
/// search. Pieces marked `true` are user or corpus text, laid out on their
/// own so they cannot reorder their neighbours.
pub fn status(app: &App) -> Vec<(String, bool)> {
    let lang = app.lang;
    let mut parts = vec![("karabakh-timeline".to_string(), false)];
    let add = |text: String, own: bool, parts: &mut Vec<(String, bool)>| {
        parts.push(("·".into(), false));
        parts.push((text, own));
    };
    if let Some(e) = app.event() {
        let ev = &app.timeline.events[e];
        let pos = app
            .rows
            .iter()
            .take(app.cursor + 1)
            .filter(|r| matches!(r, Row::Event(_)))
            .count();
        let total = app
            .rows
            .iter()
            .filter(|r| matches!(r, Row::Event(_)))
            .count();
        add(format!("{pos}/{total}"), false, &mut parts);
        parts.push((ev.id.clone(), true));
    }
    let filters = app.filter.describe(lang);
    if !filters.is_empty() {
        add(
            format!("{}:", lang.pick("filter", "تصفية")),
            false,
            &mut parts,
        );
        parts.push((filters.join(", "), true));
    }
    if let Some(q) = &app.search {
        let at = app
            .hits
            .iter()
            .position(|&h| h == app.cursor)
            .map_or(0, |i| i + 1);
        add(lang.pick("search", "بحث").into(), false, &mut parts);
        parts.push((format!("«{q}»"), true));
        parts.push((format!("{at}/{}", app.hits.len()), false));
    }
    if !app.marks.is_empty() {
        add(
            format!("{} {}", lang.pick("marked", "معلَّم"), app.marks.len()),
            false,
            &mut parts,
        );
    }
    if let Some(s) = &app.status {
        add(s.clone(), false, &mut parts);
    }
    parts
}

/// "1 event", "12 events"; «حدث واحد»، «12 حدثًا».
pub fn events(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 event".into(),
        (Lang::En, n) => format!("{n} events"),
        (Lang::Ar, 1) => "حدث واحد".into(),
        (Lang::Ar, 2) => "حدثان".into(),
        (Lang::Ar, n) if (3..=10).contains(&n) => format!("{n} أحداث"),
        (Lang::Ar, n) => format!("{n} حدثًا"),
    }
}

pub fn scope_name(lang: Lang, scope: ExportScope) -> &'static str {
    match scope {
        ExportScope::Marked => lang.pick("marked events", "الأحداث المعلَّمة"),
        ExportScope::Filtered => lang.pick("current filter", "التصفية الحالية"),
        ExportScope::All => lang.pick("whole timeline", "الخط الزمني كله"),
    }
}
