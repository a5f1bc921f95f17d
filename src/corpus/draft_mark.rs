//! The mark of a drafted item: an event, a claim or a source that the
//! program drafted from an article (`extract`, `add`, a folder of plain
//! articles) and that no user has accepted yet. Documented in
//! `docs/corpus-format.md` ("Drafts").
//!
//! The mark travels with the item everywhere — the TUI, `list`, every
//! export — until a user accepts it (the mark is dropped) or rejects it
//! (the item goes); see `crate::intake::drafts`.

use serde::{Deserialize, Serialize};

/// How a drafted item was produced: the rule, how sure the rule is, and
/// the words it read.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DraftMark {
    /// The rule that produced it («a clause with a date of its own»).
    pub rule: String,
    /// Between 0 and 1.
    pub confidence: f32,
    /// The words that carry the date («أمس الخميس»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_words: Option<String>,
    /// What could not be resolved, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
    /// For a claim: how its claimant was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant_rule: Option<String>,
    /// For a claim: how whose losses were found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_rule: Option<String>,
}

/// A loaded mark's confidence is a number between 0 and 1 (the loader
/// refuses NaN with every other value out of range), so equality is total.
impl Eq for DraftMark {}

impl DraftMark {
    /// What is wrong with the mark, if anything: a rule that shows
    /// nothing, a confidence that is not between 0 and 1.
    pub fn problem(&self) -> Option<String> {
        if crate::corpus::visible::is_blank(&self.rule) {
            return Some("draft.rule is empty or only invisible characters".into());
        }
        if !(0.0..=1.0).contains(&self.confidence) {
            return Some(format!(
                "draft.confidence {} is not between 0 and 1",
                self.confidence
            ));
        }
        None
    }

    /// One line for people: «draft: RULE (confidence 0.76)».
    pub fn label_en(&self) -> String {
        format!("draft: {} (confidence {:.2})", self.rule, self.confidence)
    }
}

/// A mark in the cache ([`crate::corpus::cache`]): every field in order,
/// none skipped (the JSON form above leaves out empty ones, which a format
/// without field names cannot read back), checked again when read back.
pub(crate) mod cached {
    use super::DraftMark;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    type Fields = (String, f32, [Option<String>; 4]);

    pub fn serialize<S: Serializer>(
        mark: &Option<Box<DraftMark>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        mark.as_deref()
            .map(|m| {
                (
                    &m.rule,
                    m.confidence,
                    [
                        &m.date_words,
                        &m.unresolved,
                        &m.claimant_rule,
                        &m.subject_rule,
                    ],
                )
            })
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Box<DraftMark>>, D::Error> {
        let Some((rule, confidence, [date_words, unresolved, claimant_rule, subject_rule])) =
            Option::<Fields>::deserialize(d)?
        else {
            return Ok(None);
        };
        let mark = DraftMark {
            rule,
            confidence,
            date_words,
            unresolved,
            claimant_rule,
            subject_rule,
        };
        match mark.problem() {
            Some(p) => Err(serde::de::Error::custom(p)),
            None => Ok(Some(Box::new(mark))),
        }
    }
}
