//! The Knight Lab TimelineJS3 export: a JSON file that TimelineJS loads as
//! an interactive web timeline.
//!
//! What TimelineJS needs (its `TimelineConfig` and `TLDate`): a non-empty
//! `events` array; each event a `start_date` whose `year` is a number;
//! `month` and `day` optional, and here left out when the date's precision
//! does not know them (TimelineJS would otherwise invent «1 January»);
//! eras with `start_date`, `end_date` and `text.headline`. `unique_id` is
//! the event id, so `#event-<id>` links survive headline edits.
//!
//! TimelineJS3 sets as HTML (`innerHTML`) the headline and text of every
//! slide and era, each `display_date` and the `group` label, so every one
//! of them is escaped here ([`html`], twice for the fields TimelineJS
//! decodes first: [`stripped_html`]): corpus text is shown as text, never
//! parsed as markup (`tests/timelinejs/accepts.js` checks the rendered DOM
//! of a corpus full of `<img onerror>`, `<script>` and `<b>`). Arabic is
//! wrapped in `dir="rtl" lang="ar"` (TimelineJS has no right-to-left mode),
//! and `autolink` is off so quotes are shown exactly as printed.

use crate::corpus::date::PartialDate;
use crate::corpus::model::{Event, Timeline};
use crate::export::count;
use crate::export::safe_json::{Lazy, to_writer_pretty};
use crate::select::Selection;
use crate::text::sanitize;
use serde::Serialize;
use std::io::{self, Write};

/// The document; its slides are made one by one as they are written.
#[derive(Serialize)]
struct Doc<E: Serialize> {
    title: Slide,
    events: E,
    eras: Vec<EraOut>,
    scale: &'static str,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<DateOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<DateOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    autolink: bool,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct EraOut {
    start_date: DateOut,
    end_date: DateOut,
    text: Text,
}

/// A TimelineJS date: numbers, with what the precision does not know left
/// out, and the date as a person would write it.
#[derive(Serialize)]
struct DateOut {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    display_date: String,
}

impl DateOut {
    fn new(d: &PartialDate) -> Self {
        DateOut {
            year: d.year(),
            month: d.month(),
            day: d.day(),
            display_date: stripped_html(&d.display_en()),
        }
    }

    /// An event's date: "c. …" when it is approximate, as the app says.
    fn of_event(d: &PartialDate, approximate: bool) -> Self {
        let mut out = DateOut::new(d);
        if approximate {
            out.display_date = format!("c. {}", out.display_date);
        }
        out
    }
}

/// The selection as a TimelineJS3 JSON document, written to `w`.
pub fn write<W: Write>(t: &Timeline, sel: &Selection, mut w: W) -> io::Result<()> {
    let articles: std::collections::BTreeSet<usize> = sel
        .events
        .iter()
        .flat_map(|&e| t.events[e].sources.iter().map(|s| s.article))
        .collect();
    let title = Slide {
        unique_id: None,
        start_date: None,
        end_date: None,
        display_date: None,
        text: Text {
            headline: "The Nagorno-Karabakh conflict in Arabic news".into(),
            text: format!(
                "<p dir=\"rtl\" lang=\"ar\">نزاع قره باغ في الأخبار العربية</p>\
                 <p>{}, {} and the exact passages of {} that report them. \
                 Exported by karabakh-timeline.</p>",
                count(sel.events.len(), "event", "events"),
                count(sel.claims.len(), "casualty claim", "casualty claims"),
                count(articles.len(), "article", "articles"),
            ),
        },
        group: None,
        autolink: false,
    };
    let events = Lazy(|| sel.events.iter().map(|&e| slide(t, &t.events[e])));
    let mut eras: Vec<usize> = sel.events.iter().map(|&e| t.events[e].era).collect();
    eras.sort_by_key(|&x| (t.eras[x].start, x));
    eras.dedup();
    let eras = eras
        .into_iter()
        .map(|x| {
            let era = &t.eras[x];
            EraOut {
                start_date: DateOut::new(&era.start),
                end_date: DateOut::new(&era.end),
                text: Text {
                    headline: bilingual(&era.title.en, &era.title.ar),
                    text: String::new(),
                },
            }
        })
        .collect();
    let doc = Doc {
        title,
        events,
        eras,
        scale: "human",
    };
    to_writer_pretty(&mut w, &doc)?;
    w.write_all(b"\n")
}

fn slide(t: &Timeline, ev: &Event) -> Slide {
    let end = ev.date.end.filter(|e| *e != ev.date.start);
    Slide {
        unique_id: Some(ev.id.clone()),
        start_date: Some(DateOut::of_event(&ev.date.start, ev.date.approximate)),
        end_date: end
            .as_ref()
            .map(|e| DateOut::of_event(e, ev.date.approximate)),
        display_date: Some(stripped_html(&ev.date.display_en())),
        text: Text {
            headline: match ev.draft {
                Some(_) => format!("[Draft] {}", bilingual(&ev.title.en, &ev.title.ar)),
                None => bilingual(&ev.title.en, &ev.title.ar),
            },
            text: body(t, ev),
        },
        group: Some(stripped_html(&t.eras[ev.era].title.en)),
        autolink: false,
    }
}

/// `English · <span dir="rtl" lang="ar">Arabic</span>`, escaped.
fn bilingual(en: &str, ar: &str) -> String {
    format!(
        "{} · <span dir=\"rtl\" lang=\"ar\">{}</span>",
        html(en),
        html(ar)
    )
}

/// The slide's HTML: summary, each quote with its attribution, the date's
/// basis, and the casualty claims that belong to the event.
fn body(t: &Timeline, ev: &Event) -> String {
    let mut s = String::new();
    if let Some(d) = &ev.draft {
        s += &format!(
            "<p><strong>Draft, not yet accepted:</strong> {}</p>",
            html(&d.label_en())
        );
    }
    s += &format!("<p>{}</p>", html(&ev.summary));
    for src in &ev.sources {
        let a = &t.articles[src.article];
        s += &format!(
            "<blockquote><p dir=\"rtl\" lang=\"ar\">{}</p>\
             <p>— {} (<span dir=\"rtl\" lang=\"ar\">{}</span>), published {}, \
             article {}, paragraph {}{}</p></blockquote>",
            html(&src.quote),
            html(a.outlet.name_en()),
            html(a.outlet.name_ar()),
            html(&a.published.display_en()),
            html(&a.id),
            src.paragraph,
            src.draft.as_deref().map_or(String::new(), |d| format!(
                " <strong>[{}]</strong>",
                html(&crate::export::draft_label(None, Some(d)))
            ))
        );
    }
    let dated_by = ev.date.basis.words.as_ref().map_or_else(String::new, |w| {
        format!(
            " · dated by «<span dir=\"rtl\" lang=\"ar\">{}</span>» (article {}, paragraph {})",
            html(&w.quote),
            html(&t.articles[w.article].id),
            w.paragraph
        )
    });
    s += &format!(
        "<p><small>Date basis: {}{dated_by}</small></p>",
        html(&ev.date.basis.note)
    );
    if !ev.claims.is_empty() {
        s += "<p>Casualty claims:</p><ul>";
        for &c in &ev.claims {
            let cl = &t.claims[c];
            let subjects: Vec<&str> = cl.subject.iter().map(|x| x.label_en()).collect();
            // The printed words, when they say more than the digits.
            let words = cl
                .value_text
                .as_deref()
                .filter(|w| *w != cl.value.to_string())
                .map_or_else(String::new, |w| {
                    format!(" («<span dir=\"rtl\" lang=\"ar\">{}</span>»)", html(w))
                });
            s += &format!(
                "<li>{}{}{words} {} ({}), according to {}, as of {}</li>",
                if cl.draft.is_some() { "[Draft] " } else { "" },
                html(&crate::export::figure(cl)),
                html(cl.category.label_en()),
                html(&subjects.join(", ")),
                html(&t.entities[cl.claimant].en),
                cl.as_of.display_en()
            );
        }
        s += "</ul>";
    }
    s
}

/// For the fields TimelineJS first "strips of markup" and then sets as HTML
/// anyway: `group` and every `display_date`. Its `stripMarkup` parses the
/// value and keeps the text content, which *decodes* entities, so a singly
/// escaped `&lt;img onerror=…&gt;` would come out as a real `<img>` in the
/// group label (seen in jsdom with TimelineJS 3.9.11). Escaped twice, the
/// stripping gives back the once-escaped text, which the HTML shows as the
/// corpus wrote it.
fn stripped_html(s: &str) -> String {
    html(&html(s))
}

/// Escapes text for HTML element content and attribute values. Controls
/// and bidi controls are dropped first ([`sanitize`], the policy of every
/// text made for people, as in CSV and Markdown): a page is a display, and
/// an RLO there reorders what the reader sees as it would in a terminal.
/// The JSON around it escapes nothing away: that is `safe_json`'s job.
pub fn html(s: &str) -> String {
    let s = sanitize(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn html_drops_controls_and_bidi_controls() {
        assert_eq!(
            super::html("a\u{1b}]52;c;eA==\u{7}b\u{202e}c\u{2066}d\u{2069}\u{9b}e"),
            "a]52;c;eA==bcde"
        );
    }

    #[test]
    fn html_escaping_leaves_no_markup() {
        assert_eq!(
            super::html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
