//! Claims: claimant, subject, category, figure, as-of date, the event
//! they belong to and the sources already resolved.

use super::quotes::Quotes;
use super::{Refs, Resolver};
use crate::corpus::date::PartialDate;
use crate::corpus::model::Claim;
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::schema::Category;

impl Resolver<'_> {
    pub(super) fn claims(
        &mut self,
        raw: &Sections,
        refs: &Refs,
        quotes: &mut Quotes,
    ) -> Vec<Claim> {
        let mut claims = Vec::new();
        for (n, (i, c)) in raw.claims.iter().enumerate() {
            let at = |k: &'static str| [Seg::Key("claims"), Seg::Index(*i), Seg::Key(k)];
            let claimant = self.lookup(&refs.ids.entities, &c.claimant, "entity", &at("claimant"));
            let subject = self.entity_list(refs, &c.subject, ("claims", *i, "subject"), false);
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
            if let (Some(claimant), Some(event), Some(as_of)) = (claimant, event, as_of) {
                claims.push(Claim {
                    id: c.id.clone(),
                    claimant,
                    subject,
                    category: c.category,
                    equipment: c.equipment.clone(),
                    value: c.value,
                    qualifier: c.qualifier,
                    as_of,
                    standing: c.standing,
                    event,
                    note: c.note.clone(),
                    sources,
                });
            }
        }
        claims
    }
}
