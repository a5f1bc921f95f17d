//! Sides: which party each entity belongs to, and whose losses a claim
//! counts. Version 2 files say so; version 1 files are migrated by the
//! rule documented in `docs/corpus-format.md` ("Reading version 1 files").

use super::{Refs, Resolver};
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::problem::excerpt;
use crate::corpus::schema::{EntityKind, RawEntity, Side};

fn v1_side(e: &RawEntity) -> Option<Side> {
    Side::of_v1_entity(&e.id, &e.en)
}

fn side_names(subject: bool) -> String {
    Side::ALL
        .iter()
        .filter(|s| !subject || **s != Side::Several)
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Resolver {
    /// The side of entity `raw.entities[n]`.
    pub(super) fn entity_side(&mut self, raw: &Sections, i: usize, e: &RawEntity) -> Option<Side> {
        let path = [Seg::Key("entities"), Seg::Index(i), Seg::Key("side")];
        if raw.version == 1 {
            if e.side.is_some() {
                self.report(&path, version_2_field("side"));
            }
            return v1_side(e);
        }
        if e.side.is_none() && e.kind != EntityKind::Place {
            self.report(
                &path,
                format!(
                    "entity \"{}\" needs a \"side\": {}",
                    excerpt(&e.id),
                    side_names(false)
                ),
            );
        }
        e.side
    }

    /// The sides a claim's `subject` names (version 2), or the sides of the
    /// entities it names (version 1); sorted, each once.
    pub(super) fn subject(
        &mut self,
        raw: &Sections,
        refs: &Refs,
        i: usize,
        subject: &[String],
    ) -> Vec<Side> {
        let mut out = Vec::new();
        for (k, s) in subject.iter().enumerate() {
            let path = [
                Seg::Key("claims"),
                Seg::Index(i),
                Seg::Key("subject"),
                Seg::Index(k),
            ];
            let side = if raw.version == 1 {
                let Some(e) = self.lookup(&refs.ids.entities, s, "entity", &path) else {
                    continue;
                };
                let side = refs.entities.get(e).and_then(|x| x.side);
                if side.is_none() {
                    self.report(
                        &path,
                        format!(
                            "schema_version 1: cannot tell which side \"{}\" is; write the file as \
                             version 2, with the claim's subject as sides ({})",
                            excerpt(s),
                            side_names(true)
                        ),
                    );
                }
                side
            } else {
                let side = Side::parse(s).filter(|x| *x != Side::Several);
                if side.is_none() {
                    self.report(
                        &path,
                        format!(
                            "unknown side \"{}\" (a subject is one of {})",
                            excerpt(s),
                            side_names(true)
                        ),
                    );
                }
                side
            };
            out.extend(side);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The message for a version-2 field in a version-1 file.
pub(super) fn version_2_field(field: &str) -> String {
    format!("\"{field}\" is a schema_version 2 field, but this file says schema_version 1")
}
