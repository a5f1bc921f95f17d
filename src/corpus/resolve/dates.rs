//! Dates: each date spec parsed and checked (a real date, an end not
//! before its start, a basis that says where it comes from, words that
//! carry it only where words can), and the eras events must fall in.

use super::{Resolver, title};
use crate::corpus::date::{BasisKind, DateBasis, DateSpec, PartialDate};
use crate::corpus::model::Era;
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::schema::{RawDate, RawSource};
use crate::corpus::visible::is_blank;

impl Resolver {
    pub(super) fn date(&mut self, raw: &RawDate, path: &[Seg]) -> Option<DateSpec> {
        let mut sub = path.to_vec();
        sub.push(Seg::Key("start"));
        let start = match PartialDate::parse(&raw.start) {
            Ok(d) => Some(d),
            Err(e) => {
                self.report(&sub, e);
                None
            }
        };
        sub.pop();
        sub.push(Seg::Key("end"));
        let end = match raw.end.as_deref().map(PartialDate::parse) {
            Some(Ok(d)) => Some(Some(d)),
            Some(Err(e)) => {
                self.report(&sub, e);
                None
            }
            None => Some(None),
        };
        let (start, end) = (start?, end?);
        if let Some(end) = end
            && end.last_day() < start.first_day()
        {
            self.report(&sub, format!("the end {end} is before the start {start}"));
            return None;
        }
        if is_blank(&raw.basis.note) {
            sub.pop();
            sub.push(Seg::Key("basis"));
            self.report(
                &sub,
                "the basis of a date needs a note saying where it comes from",
            );
        }
        Some(DateSpec {
            start,
            end,
            approximate: raw.approximate,
            basis: DateBasis::new(raw.basis.kind, raw.basis.note.clone()),
        })
    }

    /// The words that carry a date (`basis.quote` of the date at `path`),
    /// when they are to be looked for: not in a version-1 file, which has
    /// no such field, nor for a background date, which is general
    /// knowledge and not in the articles (both reported).
    pub(super) fn dating_quote<'r>(
        &mut self,
        version: u32,
        raw: &'r RawDate,
        path: &[Seg],
    ) -> Option<&'r RawSource> {
        let quote = raw.basis.quote.as_ref()?;
        let mut at = path.to_vec();
        at.extend([Seg::Key("basis"), Seg::Key("quote")]);
        if version == 1 {
            self.report(&at, super::sides::version_2_field("basis.quote"));
            return None;
        }
        if raw.basis.kind == BasisKind::Background {
            self.report(
                &at,
                "a \"background\" date is general knowledge, not in the articles, so no words \
                 carry it: leave out \"quote\", or make \"kind\" printed, relative, since or \
                 inferred",
            );
            return None;
        }
        Some(quote)
    }

    pub(super) fn check_in_era(&mut self, date: &DateSpec, era: &Era, path: &[Seg]) {
        let (first, _) = date.span();
        if date.start.last_day() < era.start.first_day() || first > era.end.last_day() {
            self.report(
                path,
                format!(
                    "date {} is outside era \"{}\" ({} – {})",
                    date.start, era.id, era.start, era.end
                ),
            );
        }
    }

    pub(super) fn eras(&mut self, raw: &Sections) -> Vec<Era> {
        let mut out = Vec::new();
        for (i, e) in &raw.eras {
            let at = |k: &'static str| [Seg::Key("eras"), Seg::Index(*i), Seg::Key(k)];
            let start = PartialDate::parse(&e.start).map_err(|m| self.report(&at("start"), m));
            let end = PartialDate::parse(&e.end).map_err(|m| self.report(&at("end"), m));
            let (Ok(start), Ok(end)) = (start, end) else {
                continue;
            };
            if end.last_day() < start.first_day() {
                self.report(
                    &at("end"),
                    format!("the end {end} is before the start {start}"),
                );
            }
            self.text_field(&e.title, ("eras", *i));
            out.push(Era {
                id: e.id.clone(),
                title: title(&e.title),
                start,
                end,
                summary: e.summary.clone(),
            });
        }
        out
    }
}
