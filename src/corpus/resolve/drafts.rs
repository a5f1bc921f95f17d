//! Draft marks (`docs/corpus-format.md`, "Drafts"): a rule that shows
//! something and a confidence between 0 and 1, on events, claims and their
//! sources; a schema_version 2 field.

use super::Resolver;
use crate::corpus::draft_mark::DraftMark;
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::schema::RawSource;

impl Resolver {
    /// The checked mark of `section[i]` and the marks of its sources.
    pub(super) fn drafts(
        &mut self,
        raw: &Sections,
        (section, i): (&'static str, usize),
        mark: Option<&DraftMark>,
        sources: &[RawSource],
    ) -> Option<DraftMark> {
        let base = [Seg::Key(section), Seg::Index(i)];
        self.check_mark(raw, &[base[0], base[1], Seg::Key("draft")], mark);
        for (k, s) in sources.iter().enumerate() {
            let path = [
                base[0],
                base[1],
                Seg::Key("sources"),
                Seg::Index(k),
                Seg::Key("draft"),
            ];
            self.check_mark(raw, &path, s.draft.as_deref());
        }
        mark.cloned()
    }

    fn check_mark(&mut self, raw: &Sections, path: &[Seg], mark: Option<&DraftMark>) {
        let Some(mark) = mark else { return };
        if raw.version == 1 {
            self.report(path, super::sides::version_2_field("draft"));
        } else if let Some(problem) = mark.problem() {
            self.report(path, problem);
        }
    }
}
