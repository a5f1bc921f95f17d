//! The words of the `i` records: an event, an article, a figure, each as
//! lines of interface text with the corpus's values as isolates, and the
//! lines that lead somewhere carrying their link.

use crate::corpus::date::{BasisKind, DateSpec, Precision};
use crate::corpus::{Article, Timeline};
use crate::lang::{Lang, Noun, count};
use crate::text::Label;
use crate::tui::dialog::info::{Link, Subject};

use super::info_figure::{claim, claim_summary, relations};

/// How a line of a record is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfoStyle {
    Heading,
    Text,
    Muted,
    /// Words of the corpus (titles, passages) set off from the labels.
    Quote,
}

#[derive(Debug, Clone)]
pub struct InfoLine {
    pub text: Label,
    pub style: InfoStyle,
    pub link: Option<Link>,
}

pub(super) fn line(text: Label, style: InfoStyle) -> InfoLine {
    InfoLine {
        text,
        style,
        link: None,
    }
}

pub(super) fn link(text: Label, to: Link) -> InfoLine {
    InfoLine {
        text,
        style: InfoStyle::Text,
        link: Some(to),
    }
}

/// "Label: value" with the value an isolate.
pub(super) fn field(label: &str, value: impl Into<String>) -> Label {
    Label::new().ui(format!("{label}: ")).value(value)
}

pub fn info_title(lang: Lang, s: &Subject) -> Label {
    Label::new().ui(match s {
        Subject::Event(_) => lang.pick("Event", "الحدث"),
        Subject::Article(_) => lang.pick("Article", "المقال"),
        Subject::Claim(_) => lang.pick("Figure", "الرقم"),
        Subject::Relations(_) => lang.pick(
            "Conflicts and consistent differences in view",
            "التعارضات والفروق المتسقة في العرض",
        ),
    })
}

pub fn info_lines(lang: Lang, t: &Timeline, s: &Subject) -> Vec<InfoLine> {
    match s {
        Subject::Event(e) => event(lang, t, *e),
        Subject::Article(a) => article(lang, t, *a),
        Subject::Claim(c) => claim(lang, t, *c),
        Subject::Relations(list) => relations(lang, list),
    }
}

fn precision(lang: Lang, p: Precision) -> &'static str {
    match p {
        Precision::Day => lang.pick("to the day", "باليوم"),
        Precision::Month => lang.pick("to the month", "بالشهر"),
        Precision::Year => lang.pick("to the year", "بالسنة"),
    }
}

fn basis_kind(lang: Lang, k: BasisKind) -> &'static str {
    match k {
        BasisKind::Printed => lang.pick("printed in the article", "مطبوع في المقال"),
        BasisKind::Relative => lang.pick(
            "a weekday, «أمس» or «اليوم», counted from the publication date",
            "يوم من الأسبوع أو «أمس» أو «اليوم»، محسوبًا من تاريخ النشر",
        ),
        BasisKind::Since => lang.pick(
            "«منذ …»: a starting point the article names",
            "«منذ …»: بداية يذكرها المقال",
        ),
        BasisKind::Background => lang.pick(
            "background knowledge, not printed in these articles",
            "معرفة بالخلفية، غير مطبوعة في هذه المقالات",
        ),
        BasisKind::Inferred => lang.pick(
            "worked out from what the text reports",
            "مستنتج مما يرويه النص",
        ),
    }
}

/// Date, precision, "approximate", then the basis and its note.
fn date_lines(lang: Lang, d: &DateSpec, label: &str) -> Vec<InfoLine> {
    let shown = super::event_date(lang, d);
    let mut l = field(label, shown)
        .ui(" · ")
        .ui(precision(lang, d.precision()));
    if d.approximate {
        l = l.ui(" · ").ui(lang.pick("approximate", "تقريبي"));
    }
    vec![
        line(l, InfoStyle::Text),
        line(
            Label::new()
                .ui(lang.pick("Basis: ", "الأساس: "))
                .ui(basis_kind(lang, d.basis.kind)),
            InfoStyle::Text,
        ),
        line(Label::new().ui("  ").prose(&d.basis.note), InfoStyle::Muted),
    ]
}

/// "Dated by «أمس الخميس» in art-004 ¶21, counted from its publication
/// date, 23 Oct 2020 («23 أكتوبر 2020»)".
fn dating_words(lang: Lang, t: &Timeline, w: &crate::corpus::DatingWords) -> Label {
    let a = &t.articles[w.article];
    let mut l = Label::new()
        .ui(lang.pick("Dated by «", "يؤرّخه «"))
        .value(&w.quote)
        .ui(lang.pick("» in ", "» في "))
        .value(&a.id)
        .ui(format!(" ¶{}", w.paragraph))
        .ui(lang.pick(
            ", counted from its publication date, ",
            "، محسوبًا من تاريخ نشره، ",
        ))
        .ui(super::event_date(lang, &a.published));
    if let Some(p) = &a.published.basis.words {
        l = l.ui(" («").value(&p.quote).ui("»)");
    }
    l
}

/// A draft's lines: the rule that drafted it, its confidence, the words
/// that date it and what could not be resolved.
pub(super) fn draft_lines(lang: Lang, d: &crate::corpus::DraftMark) -> Vec<InfoLine> {
    let mut l = Label::new()
        .ui(lang.pick(
            "✎ Draft (A accepts, X rejects): ",
            "✎ مسودة (A للقبول، X للرفض): ",
        ))
        .prose(&d.rule)
        .ui(format!(
            " · {} {:.0}%",
            lang.pick("confidence", "الثقة"),
            d.confidence * 100.0
        ));
    if let Some(w) = &d.date_words {
        l = l
            .ui(lang.pick(" · dated by «", " · يؤرّخه «"))
            .value(w)
            .ui("»");
    }
    let mut out = vec![line(l, InfoStyle::Heading)];
    if let Some(u) = &d.unresolved {
        out.push(line(
            Label::new()
                .ui(lang.pick("  unresolved: ", "  لم يُحسم: "))
                .prose(u),
            InfoStyle::Muted,
        ));
    }
    out
}

/// An excerpt of a passage, for a link line.
fn excerpt(text: &str) -> String {
    const MAX: usize = 90;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{cut}…")
}

fn event(lang: Lang, t: &Timeline, e: usize) -> Vec<InfoLine> {
    let ev = &t.events[e];
    let era = &t.eras[ev.era];
    let mut out = vec![
        line(Label::new().value(&ev.title.en), InfoStyle::Heading),
        line(Label::new().value(&ev.title.ar), InfoStyle::Quote),
        line(Label::new().prose(&ev.summary), InfoStyle::Text),
    ];
    if let Some(d) = &ev.draft {
        out.extend(draft_lines(lang, d));
    }
    out.extend(date_lines(lang, &ev.date, lang.pick("Date", "التاريخ")));
    if let (Some(w), Some(source)) = (&ev.date.basis.words, ev.dating_source()) {
        out.push(link(dating_words(lang, t, w), Link::Source(e, source)));
    }
    let kind = match lang {
        Lang::En => ev.kind.as_str(),
        Lang::Ar => ev.kind.label_ar(),
    };
    out.push(line(
        field(lang.pick("Kind", "النوع"), kind).ui(" · ").and(field(
            lang.pick("Era", "الحقبة"),
            lang.pick(&era.title.en, &era.title.ar),
        )),
        InfoStyle::Text,
    ));
    let entities = |title: &str, ids: &[usize], out: &mut Vec<InfoLine>| {
        if ids.is_empty() {
            return;
        }
        out.push(line(Label::new().ui(title), InfoStyle::Heading));
        for &x in ids {
            let n = t.entity_events[x].len();
            out.push(link(
                super::picker_item(lang, &t.entities[x], n),
                Link::Entity(x),
            ));
        }
    };
    entities(lang.pick("Actors", "الفاعلون"), &ev.actors, &mut out);
    entities(lang.pick("Places", "الأماكن"), &ev.places, &mut out);
    if !ev.related.is_empty() {
        out.push(line(
            Label::new().ui(lang.pick("Related events", "أحداث ذات صلة")),
            InfoStyle::Heading,
        ));
        for &r in &ev.related {
            let other = &t.events[r];
            let text = Label::new()
                .ui(super::event_date(lang, &other.date))
                .ui(" · ")
                .value(lang.pick(&other.title.en, &other.title.ar));
            out.push(link(text, Link::Event(r)));
        }
    }
    if !ev.claims.is_empty() {
        let n = ev.claims.len();
        out.push(line(
            Label::new()
                .ui(lang.pick("Figures", "الأرقام"))
                .ui(format!(" ({n})")),
            InfoStyle::Heading,
        ));
        for &c in &ev.claims {
            out.push(link(claim_summary(lang, t, c), Link::Claim(c)));
        }
    }
    passages(&mut out, lang, t, &ev.sources, |i| Link::Source(e, i));
    out
}

/// The "Passages (n)" heading of a record and a link to each passage.
pub(super) fn passages(
    out: &mut Vec<InfoLine>,
    lang: Lang,
    t: &Timeline,
    sources: &[crate::corpus::Source],
    to: impl Fn(usize) -> Link,
) {
    out.push(line(
        Label::new()
            .ui(lang.pick("Passages", "المقاطع"))
            .ui(format!(" ({})", sources.len())),
        InfoStyle::Heading,
    ));
    for (i, s) in sources.iter().enumerate() {
        out.push(link(passage(lang, t, s), to(i)));
    }
}

/// "art-000 ¶3 · outlet: «quote…»".
fn passage(lang: Lang, t: &Timeline, s: &crate::corpus::Source) -> Label {
    let a = &t.articles[s.article];
    Label::new()
        .value(&a.id)
        .ui(format!(" ¶{} · ", s.paragraph))
        .value(lang.pick(a.outlet.name_en(), a.outlet.name_ar()))
        .ui(": «")
        .value(excerpt(&s.quote))
        .ui("»")
}

fn article(lang: Lang, t: &Timeline, a: usize) -> Vec<InfoLine> {
    let art: &Article = &t.articles[a];
    let mut out = vec![
        line(Label::new().value(&art.headline), InfoStyle::Quote),
        line(
            field(lang.pick("Id", "المعرّف"), &art.id)
                .ui(" · ")
                .and(field(lang.pick("File", "الملف"), &art.file)),
            InfoStyle::Text,
        ),
    ];
    out.push(line(super::outlet_line(lang, art), InfoStyle::Text));
    out.extend(date_lines(
        lang,
        &art.published,
        lang.pick("Published", "النشر"),
    ));
    let mut l = field(lang.pick("Language", "اللغة"), &art.language);
    if let Some(url) = &art.url {
        l = l.ui(" · ").and(field("URL", url));
    }
    out.push(line(l, InfoStyle::Text));
    if !art.furniture.is_empty() {
        out.push(line(
            Label::new().ui(lang.pick(
                "Page furniture (not article text)",
                "عناصر الصفحة (ليست من نص المقال)",
            )),
            InfoStyle::Heading,
        ));
        for f in &art.furniture {
            let lines = if f.first_line == f.last_line {
                format!("{}", f.first_line)
            } else {
                format!("{}–{}", f.first_line, f.last_line)
            };
            let text = Label::new()
                .ui(lang.pick("lines ", "الأسطر "))
                .ui(lines)
                .ui(": ")
                .value(&f.kind);
            out.push(line(text, InfoStyle::Muted));
        }
    }
    let events: Vec<usize> = (0..t.events.len())
        .filter(|&e| t.events[e].sources.iter().any(|s| s.article == a))
        .collect();
    let n = count(lang, events.len(), Noun::Event);
    out.push(line(
        Label::new()
            .ui(lang.pick("Events it reports: ", "الأحداث التي يرويها: "))
            .ui(n),
        InfoStyle::Heading,
    ));
    for e in events {
        let ev = &t.events[e];
        let text = Label::new()
            .ui(super::event_date(lang, &ev.date))
            .ui(" · ")
            .value(lang.pick(&ev.title.en, &ev.title.ar));
        out.push(link(text, Link::Event(e)));
    }
    out
}
