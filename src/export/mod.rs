//! Writing a selection of the timeline in the formats of SPEC section 7.
//!
//! Every format renders from the same [`Selection`] (CLI filters, TUI marks
//! or TUI filter), so what a user selected is exactly what they get, in
//! every format, with the claims of the selected events.

mod basis;
pub mod csv;
mod error;
mod inflight;
pub mod json;
pub mod markdown;
pub mod safe_json;
mod target;
pub mod timelinejs;
pub mod write;

pub use basis::{BasisOut, DatingOut};
pub use error::ExportError;
pub use write::{write_atomic, write_atomic_with};

use crate::corpus::DraftMark;
use crate::corpus::date::DateSpec;
use crate::corpus::model::{Claim, Source, Timeline};
use crate::select::Selection;
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The export formats of SPEC 7.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    Csv,
    Md,
    TimelineJs,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Json, Format::Csv, Format::Md, Format::TimelineJs];

    /// The name used on the command line and in the TUI dialog.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Md => "md",
            Format::TimelineJs => "timelinejs",
        }
    }

    /// The usual file extension, for suggesting a file name.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json | Format::TimelineJs => "json",
            Format::Csv => "csv",
            Format::Md => "md",
        }
    }

    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

/// The selection as a document in the chosen format, written to `w` as it
/// is made: at the reference corpus a document is 138 MB, which a file or
/// a pipe takes piece by piece and memory never holds whole. `w` should be
/// buffered (the pieces are small); the only errors are `w`'s.
pub fn write<W: Write>(t: &Timeline, sel: &Selection, format: Format, w: W) -> io::Result<()> {
    match format {
        Format::Json => json::write(t, sel, w),
        Format::Csv => csv::write(t, sel, w),
        Format::Md => markdown::write(t, sel, w),
        Format::TimelineJs => timelinejs::write(t, sel, w),
    }
}

/// [`write`] into memory: the document as one string (tests, the
/// benchmarks of rendering alone).
pub fn render(t: &Timeline, sel: &Selection, format: Format) -> String {
    let mut out = Vec::new();
    // Memory takes every write, and every piece is UTF-8 text; the
    // fallbacks only keep this free of panics.
    let _ = write(t, sel, format, &mut out);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// What an export wrote, for the confirmation line or the dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    pub events: usize,
    pub claims: usize,
    pub bytes: usize,
    pub path: PathBuf,
}

/// Writes the selection atomically as it is rendered (see
/// [`write_atomic_with`]): a failed write leaves the target as it was.
/// An empty selection is refused rather than written: an empty TimelineJS
/// file does not load, and an empty brief is never what was meant.
pub fn export_to_file(
    t: &Timeline,
    sel: &Selection,
    format: Format,
    path: &Path,
    force: bool,
) -> Result<ExportSummary, ExportError> {
    if sel.events.is_empty() {
        return Err(ExportError::NothingSelected);
    }
    let bytes = write_atomic_with(path, force, |w| write(t, sel, format, w))?;
    Ok(ExportSummary {
        events: sel.events.len(),
        claims: sel.claims.len(),
        bytes,
        path: path.to_path_buf(),
    })
}

/// A source as every export shows it: which article, which outlet, when it
/// was published, the exact quote and its paragraph.
#[derive(Debug, Serialize)]
pub struct SourceOut<'a> {
    pub article: &'a str,
    pub file: &'a str,
    pub outlet: &'a str,
    pub outlet_ar: &'a str,
    pub published: PublishedOut<'a>,
    pub quote: &'a str,
    pub paragraph: usize,
    pub line: usize,
    pub byte_range: [usize; 2],
    /// Set on a source drafted into an accepted event and not accepted
    /// yet (left out otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<&'a DraftMark>,
}

impl<'a> SourceOut<'a> {
    pub fn new(t: &'a Timeline, s: &'a Source) -> Self {
        let a = &t.articles[s.article];
        SourceOut {
            article: &a.id,
            file: &a.file,
            outlet: a.outlet.name_en(),
            outlet_ar: a.outlet.name_ar(),
            published: PublishedOut::new(t, &a.published),
            quote: &s.quote,
            paragraph: s.paragraph,
            line: s.line,
            byte_range: [s.range.start, s.range.end],
            draft: s.draft.as_deref(),
        }
    }
}

/// An article's publication date as exports give it: the date at its
/// precision (a range as an ISO 8601 interval), whether it is approximate,
/// and where it comes from (with the words that print it, when there are
/// any) — an undated article's «c. 22–23 Oct 2020» must not become a plain
/// `2020-10-22`.
#[derive(Debug, Serialize)]
pub struct PublishedOut<'a> {
    pub date: String,
    pub precision: &'static str,
    pub approximate: bool,
    pub basis: BasisOut<'a>,
}

impl<'a> PublishedOut<'a> {
    pub fn new(t: &'a Timeline, d: &'a DateSpec) -> Self {
        PublishedOut {
            date: d.iso_interval(),
            precision: d.precision().as_str(),
            approximate: d.approximate,
            basis: BasisOut::new(t, &d.basis),
        }
    }
}

/// The figure with its hedge; a vague word as the range it stands for
/// ("10–99 (tens)"), never as a bare count.
pub fn figure(cl: &Claim) -> String {
    match cl.vague {
        Some(v) => format!(
            "{}–{} ({})",
            crate::compare::group_digits(v.low),
            crate::compare::group_digits(v.high),
            v.en
        ),
        None => format!("{}{}", cl.qualifier.symbol(), cl.value),
    }
}

/// What a row of a CSV or a line of a brief says of a draft: empty for
/// accepted content, else «draft: RULE (confidence 0.76)»; for a source
/// drafted into an accepted event, the source's mark.
pub fn draft_label(item: Option<&DraftMark>, source: Option<&DraftMark>) -> String {
    match (item, source) {
        (Some(d), _) => d.label_en(),
        (None, Some(d)) => format!("source {}", d.label_en()),
        (None, None) => String::new(),
    }
}

/// `1 event`, `2 events`: confirmation lines read as English.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
