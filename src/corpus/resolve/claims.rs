//! Claims: claimant, subject, category, figure, as-of date, the event
//! they belong to and the sources already resolved.

use super::quotes::Quotes;
use super::{Refs, Resolver};
use crate::corpus::date::PartialDate;
use crate::corpus::model::Claim;
use crate::corpus::model::Source;
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::problem::excerpt;
use crate::corpus::schema::{Category, Qualifier, RawClaim};
use crate::corpus::vague::{self, Vague};
use crate::corpus::visible::is_blank;

impl Resolver {
    /// Takes the raw claims' texts into the claims (moved, not copied).
    pub(super) fn claims(
        &mut self,
        raw: &mut Sections,
        refs: &Refs,
        quotes: &mut Quotes,
    ) -> Vec<Claim> {
        let mut claims = Vec::new();
        let mut list = std::mem::take(&mut raw.claims);
        let raw: &Sections = raw;
        for (n, (i, c)) in list.iter_mut().enumerate() {
            let at = |k: &'static str| [Seg::Key("claims"), Seg::Index(*i), Seg::Key(k)];
            let claimant = self.lookup(&refs.ids.entities, &c.claimant, "entity", &at("claimant"));
            let subject = self.subject(raw, refs, *i, &c.subject);
            if c.subject.is_empty() {
                self.report(
                    &at("subject"),
                    "a claim needs at least one subject (whose losses)",
                );
            }
            let event = self.lookup(&refs.ids.events, &c.event, "event", &at("event"));
            let as_of = match PartialDate::parse(&c.as_of) {
                Ok(d) => Some(d),
                Err(e) => {
                    self.report(&at("as_of"), e);
                    None
                }
            };
            match (c.category, &c.equipment) {
                (Category::EquipmentDestroyed, None) => self.report(
                    &at("category"),
                    "category \"equipment-destroyed\" needs \"equipment\" (tank, helicopter…)",
                ),
                (cat, Some(_)) if cat != Category::EquipmentDestroyed => self.report(
                    &at("equipment"),
                    "\"equipment\" only applies to category \"equipment-destroyed\"",
                ),
                _ => {}
            }
            let sources = std::mem::take(&mut quotes.claims[n]);
            let vague = self.figure_words(raw, *i, c, &sources);
            let draft = self.drafts(raw, ("claims", *i), c.draft.as_deref(), &c.sources);
            if let (Some(claimant), Some(event), Some(as_of)) = (claimant, event, as_of) {
                claims.push(Claim {
                    id: std::mem::take(&mut c.id),
                    claimant,
                    subject,
                    category: c.category,
                    equipment: c.equipment.take(),
                    value: c.value,
                    value_text: c.value_text.take(),
                    vague,
                    qualifier: c.qualifier,
                    as_of,
                    standing: c.standing,
                    event,
                    note: c.note.take(),
                    sources,
                    draft: draft.map(Box::new),
                });
            }
        }
        claims
    }
}

impl Resolver {
    /// Checks the words that gave the figure (version 2): present, in one
    /// of the claim's quotes, and marked vague exactly when they are a
    /// vague word of the table, whose lower bound is then the value.
    fn figure_words(
        &mut self,
        raw: &Sections,
        i: usize,
        c: &RawClaim,
        sources: &[Source],
    ) -> Option<Vague> {
        let at = |k: &'static str| [Seg::Key("claims"), Seg::Index(i), Seg::Key(k)];
        if raw.version == 1 {
            if c.value_text.is_some() {
                self.report(
                    &at("value_text"),
                    super::sides::version_2_field("value_text"),
                );
            }
            if c.vague {
                self.report(&at("vague"), super::sides::version_2_field("vague"));
            }
            return None;
        }
        let Some(words) = c.value_text.as_ref().filter(|w| !is_blank(w)) else {
            self.report(
                &at("value"),
                "a claim needs \"value_text\": the words of its quote that give the figure",
            );
            return None;
        };
        if !sources.is_empty() && !sources.iter().any(|s| s.quote.contains(words.as_str())) {
            self.report(
                &at("value_text"),
                format!(
                    "value_text \"{}\" is in none of the claim's quotes",
                    excerpt(words)
                ),
            );
        }
        let found = vague::lookup(words);
        match (c.vague, found) {
            (true, None) => self.report(
                &at("vague"),
                format!(
                    "\"vague\" is set, but \"{}\" is not a vague word of the table \
                     (docs/corpus-format.md, \"Vague figures\")",
                    excerpt(words)
                ),
            ),
            (false, Some(_)) => self.report(
                &at("value_text"),
                format!(
                    "\"{}\" is a vague word, not a number: set \"vague\": true",
                    excerpt(words)
                ),
            ),
            (true, Some(v)) if c.value != v.low || c.qualifier != Qualifier::AtLeast => self.report(
                &at("value"),
                format!(
                    "a vague figure is recorded at its lower bound: \"{}\" is \
                     \"qualifier\": \"at-least\", \"value\": {} (docs/corpus-format.md, \"Vague figures\")",
                    excerpt(words),
                    v.low
                ),
            ),
            _ => {}
        }
        found.filter(|_| c.vague)
    }
}
