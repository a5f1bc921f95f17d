//! The words of a figure's record (`i` in the casualty pane) and of the
//! relations record (`c`): claimant, standing, date, words, hedge, note,
//! event and passages; every conflict and consistent difference.

use crate::compare::{format_value, group_digits};
use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::text::Label;
use crate::tui::dialog::info::{Link, Relation};

use super::info::{InfoLine, InfoStyle, draft_lines, field, line, link, passages};

/// "≈5,000 dead (all) · Armenia + Azerbaijan · Vladimir Putin".
pub(super) fn claim_summary(lang: Lang, t: &Timeline, c: usize) -> Label {
    let claim = &t.claims[c];
    let subject: Vec<&str> = claim
        .subject
        .iter()
        .map(|s| lang.pick(s.label_en(), s.label_ar()))
        .collect();
    let what = match lang {
        Lang::En => claim.category.label_en(),
        Lang::Ar => claim.category.label_ar(),
    };
    let claimant = &t.entities[claim.claimant];
    // A vague word is its range and its words, never a count.
    let figure = match (&claim.vague, &claim.value_text) {
        (Some(v), Some(words)) => format!(
            "~{}–{} («{words}»)",
            group_digits(v.low),
            group_digits(v.high)
        ),
        (Some(v), None) => format!("~{}–{}", group_digits(v.low), group_digits(v.high)),
        (None, _) => format_value(claim.value, claim.qualifier),
    };
    Label::new()
        .ui(figure)
        .ui(" ")
        .ui(what)
        .ui(" · ")
        .value(subject.join(" + "))
        .ui(" · ")
        .value(lang.pick(
            &claimant.en,
            claimant.ar.first().map_or(&claimant.en, String::as_str),
        ))
}

/// How a figure is hedged, in words.
fn qualifier(lang: Lang, q: crate::corpus::schema::Qualifier) -> &'static str {
    use crate::corpus::schema::Qualifier::*;
    match q {
        Exact => lang.pick("exact", "دقيق"),
        About => lang.pick("about", "نحو"),
        MoreThan => lang.pick("more than", "أكثر من"),
        AtLeast => lang.pick("at least", "على الأقل"),
        FewerThan => lang.pick("fewer than", "أقل من"),
    }
}

pub(super) fn claim(lang: Lang, t: &Timeline, c: usize) -> Vec<InfoLine> {
    let claim = &t.claims[c];
    let claimant = &t.entities[claim.claimant];
    let ev = &t.events[claim.event];
    let as_of = match lang {
        Lang::En => claim.as_of.display_en(),
        Lang::Ar => claim.as_of.display_ar(),
    };
    let mut out = vec![
        line(claim_summary(lang, t, c), InfoStyle::Heading),
        line(
            field(
                lang.pick("Claimant", "صاحب الرقم"),
                lang.pick(
                    &claimant.en,
                    claimant.ar.first().map_or(&claimant.en, String::as_str),
                ),
            )
            .ui(" · ")
            .ui(crate::compare::standing_label(
                claim.standing,
                lang == Lang::Ar,
            )),
            InfoStyle::Text,
        ),
        line(
            field(lang.pick("As of", "حتى تاريخ"), as_of),
            InfoStyle::Text,
        ),
        line(
            field(
                lang.pick("Printed as", "نصّه"),
                claim.value_text.as_deref().unwrap_or("—"),
            ),
            InfoStyle::Quote,
        ),
        line(
            field(
                lang.pick("Qualifier", "الصيغة"),
                qualifier(lang, claim.qualifier),
            ),
            InfoStyle::Text,
        ),
    ];
    if let Some(d) = &claim.draft {
        out.extend(draft_lines(lang, d));
    }
    if let Some(note) = &claim.note {
        out.push(line(
            Label::new().ui(lang.pick("Note: ", "ملاحظة: ")).prose(note),
            InfoStyle::Muted,
        ));
    }
    out.push(line(
        Label::new().ui(lang.pick("Event", "الحدث")),
        InfoStyle::Heading,
    ));
    let text = Label::new()
        .ui(super::event_date(lang, &ev.date))
        .ui(" · ")
        .value(lang.pick(&ev.title.en, &ev.title.ar));
    out.push(link(text, Link::Event(claim.event)));
    passages(&mut out, lang, t, &claim.sources, |i| {
        Link::ClaimSource(c, i)
    });
    out
}

/// Every relation, each leading to the first figure it names.
pub(super) fn relations(lang: Lang, list: &[Relation]) -> Vec<InfoLine> {
    if list.is_empty() {
        let none = lang.pick(
            "No figure in view conflicts with another.",
            "لا يتعارض أي رقم في العرض مع غيره.",
        );
        return vec![line(Label::new().ui(none), InfoStyle::Muted)];
    }
    list.iter()
        .map(|r| {
            let mark = if r.conflict { "⚠ " } else { "≈ " };
            let text = Label::new()
                .ui(mark)
                .ui(lang.pick(&r.message_en, &r.message_ar));
            link(text, Link::Claim(r.claim))
        })
        .collect()
}
