//! The Markdown brief: eras as `##` headings, events as `###` headings
//! with their date at its precision and both titles, its basis and the
//! words that carry it ("dated by «أمس الخميس» (art-004 ¶21)"), the summary, each
//! source's exact quote as a block quote with outlet, publication date,
//! article and paragraph, and the casualty claims of the selection as a
//! table.
//!
//! Corpus text is escaped (see [`escape`]) so that no title, summary or
//! quote can open a heading, a list, a table cell, a link or raw HTML: the
//! structure of the document is ours, the words are the sources'.

use crate::corpus::model::{Claim, Event, Timeline};
use crate::export::{count, figure};
use crate::select::Selection;
use crate::text::sanitize;
use std::io::{self, Write};

/// The selection as a Markdown document (CommonMark plus GFM tables),
/// written to `w`.
pub fn write<W: Write>(t: &Timeline, sel: &Selection, mut w: W) -> io::Result<()> {
    w.write_all(b"# Nagorno-Karabakh timeline: selected events\n\n")?;
    writeln!(
        w,
        "{} and {} from Arabic news, exported by karabakh-timeline. Dates are given at the \
         precision the sources support; quotes are exact.",
        count(sel.events.len(), "event", "events"),
        count(sel.claims.len(), "casualty claim", "casualty claims"),
    )?;
    for (era, events) in by_era(t, sel) {
        let x = &t.eras[era];
        write!(
            w,
            "\n## {} · {} ({} – {})\n",
            escape(&x.title.en),
            escape(&x.title.ar),
            x.start.display_en(),
            x.end.display_en()
        )?;
        for e in events {
            event(&mut w, t, &t.events[e])?;
        }
    }
    claims(&mut w, t, &sel.claims)
}

/// Selected events grouped by era, eras in order of their first event, so
/// that each era heading appears once.
fn by_era(t: &Timeline, sel: &Selection) -> Vec<(usize, Vec<usize>)> {
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for &e in &sel.events {
        let era = t.events[e].era;
        match groups.iter_mut().find(|(x, _)| *x == era) {
            Some((_, v)) => v.push(e),
            None => groups.push((era, vec![e])),
        }
    }
    groups
}

fn event<W: Write>(w: &mut W, t: &Timeline, ev: &Event) -> io::Result<()> {
    write!(
        w,
        "\n### {}{} — {} · {}\n\n",
        if ev.draft.is_some() { "DRAFT · " } else { "" },
        escape(&ev.date.display_en()),
        escape(&ev.title.en),
        escape(&ev.title.ar)
    )?;
    if let Some(d) = &ev.draft {
        write!(
            w,
            "**Draft, not yet accepted:** {}\n\n",
            escape(&d.label_en())
        )?;
    }
    let dated_by = ev
        .date
        .basis
        .words
        .as_ref()
        .map_or_else(String::new, |words| {
            format!(
                " · dated by «{}» ({} ¶{})",
                escape(&words.quote),
                escape(&t.articles[words.article].id),
                words.paragraph
            )
        });
    write!(
        w,
        "Kind: {} · id: {} · date basis: {}, {}{dated_by}\n\n",
        ev.kind.as_str(),
        escape(&ev.id),
        ev.date.basis.kind.as_str(),
        escape(&ev.date.basis.note)
    )?;
    writeln!(w, "{}", escape(&ev.summary))?;
    for s in &ev.sources {
        let a = &t.articles[s.article];
        write!(
            w,
            "\n> {}\n\n— {} ({}), published {} · article {}, paragraph {}{}\n",
            escape(&s.quote),
            escape(a.outlet.name_en()),
            escape(a.outlet.name_ar()),
            escape(&a.published.display_en()),
            escape(&a.id),
            s.paragraph,
            s.draft.as_deref().map_or(String::new(), |d| format!(
                " · **{}**",
                escape(&crate::export::draft_label(None, Some(d)))
            ))
        )?;
    }
    Ok(())
}

fn claims<W: Write>(w: &mut W, t: &Timeline, claims: &[usize]) -> io::Result<()> {
    w.write_all("\n## Casualty and loss claims\n\n".as_bytes())?;
    if claims.is_empty() {
        return w.write_all(b"No casualty or loss claims belong to the selected events.\n");
    }
    w.write_all(b"| Claimant | Subject | Category | Value | Words | As of | Outlet | Draft |\n")?;
    w.write_all(b"|---|---|---|---:|---|---|---|---|\n")?;
    for &c in claims {
        let cl = &t.claims[c];
        let cells = [
            t.entities[cl.claimant].en.clone(),
            cl.subject
                .iter()
                .map(|s| s.label_en())
                .collect::<Vec<_>>()
                .join("; "),
            category(cl),
            figure(cl),
            cl.value_text.clone().unwrap_or_default(),
            cl.as_of.display_en(),
            outlets(t, cl),
            crate::export::draft_label(cl.draft.as_deref(), None),
        ];
        let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
        writeln!(w, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

fn category(cl: &Claim) -> String {
    match &cl.equipment {
        Some(eq) => format!("{} ({eq})", cl.category.label_en()),
        None => cl.category.label_en().to_string(),
    }
}

/// The outlets that print the claim, each once; an unnamed outlet by its
/// article, so the reader can still find the source.
fn outlets(t: &Timeline, cl: &Claim) -> String {
    let mut names: Vec<String> = Vec::new();
    for s in &cl.sources {
        let a = &t.articles[s.article];
        let n = match a.outlet.en {
            Some(_) => a.outlet.name_en().to_string(),
            None => format!("{} (article {})", a.outlet.name_en(), a.id),
        };
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names.join("; ")
}

/// ASCII punctuation that means something somewhere in CommonMark or GFM
/// inline syntax (emphasis, code, links, images, autolinks and raw HTML,
/// entities, strikethrough, table cells, ATX heading closers).
const SPECIAL: &str = "\\`*_[]<>#|!&~";

/// Escapes corpus text for use inside a heading, paragraph, block quote
/// or table cell, so that it reads back as exactly the same characters,
/// once controls are dealt with.
///
/// - first, controls and bidi controls are dropped and tabs and line
///   breaks become spaces ([`sanitize`], the policy of every text output,
///   the same as CSV's, `docs/export.md`): a brief is read in terminals
///   too, and a numeric reference such as `&#27;` would give the raw ESC
///   back to whatever renders it;
/// - inline punctuation in [`SPECIAL`] gets a backslash everywhere;
/// - a leading `-`, `+`, `=` or `1.`/`1)` would start a list or underline
///   a heading, so its marker is escaped too;
/// - leading and trailing spaces (which Markdown would strip or read as
///   an indented code block) become numeric character references.
pub fn escape(s: &str) -> String {
    let chars: Vec<char> = sanitize(s).chars().collect();
    let blank = |c: &&char| matches!(**c, ' ' | '\t');
    let lead = chars.iter().take_while(blank).count();
    let trail = chars[lead..].iter().rev().take_while(blank).count();
    let digits = chars[lead..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let list_marker = (1..=9)
        .contains(&digits)
        .then_some(lead + digits)
        .filter(|&i| matches!(chars.get(i), Some('.' | ')')));
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if i < lead || i >= chars.len() - trail {
            out += &format!("&#{};", c as u32);
            continue;
        }
        if SPECIAL.contains(c)
            || (i == lead && matches!(c, '-' | '+' | '='))
            || Some(i) == list_marker
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

    /// Parses `doc` and returns the text of each top-level block, with the
    /// name of the block kind, so a test sees what a reader would.
    fn blocks(doc: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut depth = 0;
        for ev in Parser::new_ext(doc, Options::ENABLE_TABLES) {
            match ev {
                Event::Start(tag) => {
                    if depth == 0 {
                        let kind = match tag {
                            Tag::Heading { .. } => "heading",
                            Tag::Paragraph => "paragraph",
                            Tag::BlockQuote(_) => "quote",
                            Tag::Table(_) => "table",
                            _ => "other",
                        };
                        out.push((kind.to_string(), String::new()));
                    }
                    depth += 1;
                }
                Event::End(TagEnd::TableCell) => {
                    if let Some(last) = out.last_mut() {
                        last.1.push('¦');
                    }
                }
                Event::End(_) => depth -= 1,
                Event::Text(t) => {
                    if let Some(last) = out.last_mut() {
                        last.1.push_str(&t);
                    }
                }
                _ => {
                    if let Some(last) = out.last_mut() {
                        last.1.push_str("<?>");
                    }
                }
            }
        }
        out
    }

    const HOSTILE: [&str; 14] = [
        "# عاجل: تواصلت الاشتباكات",
        "> وفي 5 نوفمبر",
        "- قائمة",
        "1. first",
        "12) second",
        "الجبهة | الشمالية",
        "*bold* _it_ `code` [link](http://x) ![img](y) <b>html</b> &amp; ~~s~~",
        "back\\slash at the end\\",
        "line one\nline two\r\n---",
        "    indented like code",
        "trailing hard break  ",
        "=== setext?",
        "\u{1b}]52;c;SGVsbG8=\u{7} \u{1b}P+q544e\u{1b}\\ \u{9b}31m red",
        "report\u{202e}gpj.exe \u{2066}isolated\u{2069} \u{7f}",
    ];

    /// What a reader gets back: the text with the control policy applied.
    fn shown(s: &str) -> String {
        crate::text::sanitize(s).into_owned()
    }

    #[test]
    fn hostile_text_stays_one_paragraph_with_the_same_characters() {
        for s in HOSTILE {
            let b = blocks(&format!("{}\n", escape(s)));
            assert_eq!(b, [("paragraph".to_string(), shown(s))], "{s:?}");
        }
    }

    #[test]
    fn hostile_text_cannot_break_headings_quotes_or_table_cells() {
        for s in HOSTILE {
            let e = escape(s);
            let doc = format!("### {e}\n\n> {e}\n\n| a | b |\n|---|---|\n| {e} | x |\n");
            let b = blocks(&doc);
            assert_eq!(b.len(), 3, "{s:?} gave {b:?}");
            assert_eq!(b[0], ("heading".into(), shown(s)), "{s:?}");
            assert_eq!(b[1], ("quote".into(), shown(s)), "{s:?}");
            assert_eq!(
                b[2],
                ("table".into(), format!("a¦b¦{}¦x¦", shown(s))),
                "{s:?}"
            );
        }
    }
}
