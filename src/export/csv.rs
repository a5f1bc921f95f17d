//! The CSV export: RFC 4180 (CRLF line ends, fields quoted when needed),
//! UTF-8 without a byte-order mark, a header row, one row per (event,
//! source), with ACLED-like columns so it opens in a spreadsheet or pandas
//! and can sit beside ACLED data.
//!
//! The quoting is the `csv` crate's, not ours: Arabic quotes carry commas,
//! double quotes and `|`, and must come back byte for byte. Only controls
//! and bidi controls are not kept (see [`cell`]).

use crate::corpus::model::{Event, Timeline};
use crate::select::Selection;
use crate::text::sanitize;
use std::borrow::Cow;
use std::io::{self, Write};

/// The columns, in order. `draft` (the last) is empty for accepted rows,
/// else «draft: RULE (confidence 0.76)» (see [`crate::export::draft_label`]).
pub const HEADER: [&str; 23] = [
    "event_id",
    "event_date",
    "time_precision",
    "era",
    "kind",
    "title_en",
    "title_ar",
    "actors",
    "places",
    "outlet",
    "article",
    "published",
    "published_precision",
    "published_basis",
    "published_basis_note",
    "quote",
    "date_basis",
    "date_basis_note",
    "date_basis_quote",
    "date_basis_article",
    "date_basis_paragraph",
    "published_basis_quote",
    "draft",
];

/// The selection as CSV, written to `out`.
pub fn write<W: Write>(t: &Timeline, sel: &Selection, out: W) -> io::Result<()> {
    write_records(t, sel, out).map_err(|e| match e.into_kind() {
        // The writer's own error, kind and all (a closed pipe stays one).
        ::csv::ErrorKind::Io(e) => e,
        // Records of unequal length: not with a fixed header.
        kind => io::Error::other(format!("{kind:?}")),
    })
}

fn write_records<W: Write>(t: &Timeline, sel: &Selection, out: W) -> Result<(), ::csv::Error> {
    let mut w = writer(out);
    w.write_record(HEADER)?;
    for &e in &sel.events {
        let ev = &t.events[e];
        let date = event_date(ev);
        let precision = ev.date.acled_precision().to_string();
        let actors = names(t, &ev.actors);
        let places = names(t, &ev.places);
        let basis = &ev.date.basis;
        let words = basis.words.as_ref();
        let (dating_article, dating_paragraph) = words
            .map_or((String::new(), String::new()), |w| {
                (t.articles[w.article].id.clone(), w.paragraph.to_string())
            });
        for s in &ev.sources {
            let a = &t.articles[s.article];
            let published_words = a.published.basis.words.as_ref();
            let draft = crate::export::draft_label(ev.draft.as_deref(), s.draft.as_deref());
            let record = [
                ev.id.as_str(),
                &date,
                &precision,
                &t.eras[ev.era].id,
                ev.kind.as_str(),
                &ev.title.en,
                &ev.title.ar,
                &actors,
                &places,
                a.outlet.name_en(),
                &a.id,
                &a.published.iso_interval(),
                &a.published.acled_precision().to_string(),
                a.published.basis.kind.as_str(),
                &a.published.basis.note,
                &s.quote,
                basis.kind.as_str(),
                &basis.note,
                words.map_or("", |w| &w.quote),
                &dating_article,
                &dating_paragraph,
                published_words.map_or("", |w| &w.quote),
                &draft,
            ];
            w.write_record(record.iter().map(|f| cell(f)))?;
        }
    }
    w.flush()?;
    Ok(())
}

/// A field as the CSV holds it: corpus text with its controls dropped and
/// line breaks and tabs made spaces ([`sanitize`], the policy of every
/// text output, `docs/export.md`). CSV is read with `cat` and `less` as
/// often as with a spreadsheet: no ESC, OSC 52 or bidi override from a
/// corpus may act there.
fn cell(field: &str) -> Cow<'_, [u8]> {
    match sanitize(field) {
        Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
        Cow::Owned(s) => Cow::Owned(s.into_bytes()),
    }
}

/// RFC 4180 says CRLF; quoting only where needed (the crate's default).
fn writer<W: Write>(out: W) -> ::csv::Writer<W> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out)
}

/// ISO 8601 at the date's precision; a range as an ISO 8601 interval
/// (`2020-10-24/2020-10-25`) so that the end is not lost.
pub fn event_date(ev: &Event) -> String {
    ev.date.iso_interval()
}

/// English names joined with "; " (ACLED's separator for lists).
fn names(t: &Timeline, ids: &[usize]) -> String {
    ids.iter()
        .map(|&i| t.entities[i].en.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    /// The writer the export uses, on hostile fields, read back by the
    /// `csv` reader: every field returns unchanged.
    #[test]
    fn hostile_fields_round_trip() {
        let hostile = [
            "قال المتحدث، في بيان: \"إن 874 جنديا قتلوا, وأصيب المئات\"",
            "سطر أول\nسطر ثان\r\nثالث",
            "\"",
            "a,b",
            " leading and trailing ",
            "=SUM(A1:A2)",
            "الجبهة | الشمالية",
            "",
        ];
        let mut w = super::writer(Vec::new());
        w.write_record(hostile).expect("write");
        let bytes = w.into_inner().expect("flush");
        let text = String::from_utf8(bytes.clone()).expect("utf-8");
        assert!(text.ends_with("\r\n"), "RFC 4180 line end");
        assert!(
            text.starts_with("\"قال المتحدث، في بيان: \"\"إن 874"),
            "quotes doubled inside a quoted field: {text}"
        );
        let mut r = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(bytes.as_slice());
        let rec = r.records().next().expect("one record").expect("parses");
        let back: Vec<&str> = rec.iter().collect();
        assert_eq!(back, hostile);
    }
}
