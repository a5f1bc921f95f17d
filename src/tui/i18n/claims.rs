//! The words of the casualty pane: group headings with their era and who
//! published, each figure as printed, the relations between figures, and
//! the legend of the marks.

use crate::compare::{Group, Row, group_digits, standing_label};
use crate::lang::Lang;
use crate::text::Label;
use crate::tui::pane::claims::SortBy;

pub fn claims_title(lang: Lang, all: bool, log: bool, sort: SortBy) -> Label {
    let scope = if all {
        lang.pick("all events shown", "كل الأحداث المعروضة")
    } else {
        lang.pick("this event", "هذا الحدث")
    };
    // Linear is the default: only log is said.
    let scale = if log {
        lang.pick(" · log", " · لوغاريتمي")
    } else {
        ""
    };
    let order = match sort {
        SortBy::Given => "",
        SortBy::Value => lang.pick(" · by figure", " · حسب الرقم"),
        SortBy::AsOf => lang.pick(" · by date", " · حسب التاريخ"),
        SortBy::Claimant => lang.pick(" · by claimant", " · حسب صاحب الرقم"),
    };
    // Short: the pane is narrow, and the tab already says "casualty".
    let name = lang.pick("Figures", "الأرقام");
    Label::new().ui(format!("{name} · {scope}{scale}{order}"))
}

pub fn no_claims(lang: Lang) -> &'static str {
    lang.pick(
        "No casualty figures for this event (a: all events)",
        "لا أرقام خسائر لهذا الحدث (a: كل الأحداث)",
    )
}

/// A figure with its qualifier as the pane prints it ("≈5,000", «نحو
/// 5,000»); a vague word as its range, "~10–99" (the words themselves are
/// under the list, where the selected figure is described).
pub fn figure(lang: Lang, r: &Row) -> String {
    if r.vague {
        return match r.high {
            Some(high) => format!("~{}–{}", group_digits(r.low), group_digits(high)),
            None => format!("~{}+", group_digits(r.low)),
        };
    }
    match lang {
        Lang::En => r.display.clone(),
        Lang::Ar => r.display_ar.clone(),
    }
}

/// "═ The 2020 war ═": the era of the groups below it.
pub fn era_of_groups(lang: Lang, g: &Group) -> Label {
    Label::new()
        .ui("═ ")
        .value(lang.pick(&g.era_en, &g.era_ar))
        .ui(" ═")
}

/// "━ soldiers killed · Armenia".
pub fn group_heading(lang: Lang, g: &Group) -> Label {
    let (label, subject) = match lang {
        Lang::En => (&g.label_en, &g.subject_en),
        Lang::Ar => (&g.label_ar, &g.subject_ar),
    };
    Label::new()
        .ui("━ ")
        .ui(label.as_str())
        .ui(" · ")
        .value(subject)
}

/// Who published a group's figures, when only one side did.
pub fn group_coverage(lang: Lang, g: &Group) -> Label {
    let text = match lang {
        Lang::En => g.coverage_en.as_deref(),
        Lang::Ar => g.coverage_ar.as_deref(),
    };
    Label::new().ui("  ").ui(text.unwrap_or(""))
}

/// A figure's second line: as of when, printed where, whose standing.
pub fn claim_detail(lang: Lang, r: &Row) -> Label {
    let as_of = match lang {
        Lang::En => r.as_of.display_en(),
        Lang::Ar => r.as_of.display_ar(),
    };
    let mut l = Label::new().ui(format!("  {as_of} · "));
    for (i, s) in r.sources.iter().enumerate() {
        if i > 0 {
            l = l.ui(", ");
        }
        l = l
            .value(lang.pick(&s.outlet_en, &s.outlet_ar))
            .ui(" (")
            .value(&s.article_id)
            .ui(")");
    }
    l.ui(" · ").ui(standing_label(r.standing, lang == Lang::Ar))
}

/// The selected figure's words as printed, and its note.
pub fn claim_words(lang: Lang, r: &Row) -> Label {
    let mut l = Label::new().ui(lang.pick("Printed as ", "نصّه: "));
    l = match &r.value_text {
        Some(words) => l.ui("«").value(words).ui("»"),
        None => l.ui(figure(lang, r)),
    };
    if let Some(note) = &r.note {
        l = l.ui(" — ").prose(note);
    }
    l
}

/// "── In view: ⚠ 2 · ≈ 1 (c lists them) ──" (the legend says what the
/// marks mean; the pane is too narrow for the words).
pub fn relations_heading(lang: Lang, conflicts: usize, consistent: usize) -> Label {
    Label::new().ui(match lang {
        Lang::En => format!("── In view: ⚠ {conflicts} · ≈ {consistent} (c lists them) ──"),
        Lang::Ar => format!("── في العرض: ⚠ {conflicts} · ≈ {consistent} (c للقائمة) ──"),
    })
}

pub fn no_conflict(lang: Lang) -> &'static str {
    lang.pick(
        "The selected figure conflicts with no other.",
        "لا يتعارض الرقم المحدد مع غيره.",
    )
}

/// What the marks of the pane mean.
pub fn claims_legend(lang: Lang) -> Label {
    Label::new().ui(lang.pick(
        "⚠ cannot all be right · ≈ differ but can all be true · ░ a vague word's range · › or more",
        "⚠ لا يمكن أن تصح كلها · ≈ تختلف ويمكن أن تصح كلها · ░ مدى كلمة مبهمة · › أو أكثر",
    ))
}
