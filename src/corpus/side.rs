//! The sides of the conflict: who a claimant is, and whose losses a claim
//! counts.

use serde::Deserialize;

/// The party of the conflict an entity belongs to, and whose losses a
/// claim counts. The Karabakh Armenian authorities and their forces are a
/// side of their own: neither «انفصاليي قره باغ» nor the Karabakh army's
/// tolls are Armenia's.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Armenia,
    Azerbaijan,
    /// The Karabakh Armenian authorities, their forces and the people under
    /// them.
    Karabakh,
    /// Anyone else: other states, their leaders, the UN, the press.
    ThirdParty,
    /// An entity that speaks for several parties at once (the belligerents'
    /// official tolls cited together). Never the subject of a claim.
    Several,
}

impl Side {
    pub const ALL: [Side; 5] = [
        Side::Armenia,
        Side::Azerbaijan,
        Side::Karabakh,
        Side::ThirdParty,
        Side::Several,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Side::Armenia => "armenia",
            Side::Azerbaijan => "azerbaijan",
            Side::Karabakh => "karabakh",
            Side::ThirdParty => "third-party",
            Side::Several => "several",
        }
    }

    pub fn parse(s: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Side::Armenia => "Armenia",
            Side::Azerbaijan => "Azerbaijan",
            Side::Karabakh => "Karabakh Armenians",
            Side::ThirdParty => "third parties",
            Side::Several => "several parties",
        }
    }

    pub fn label_ar(self) -> &'static str {
        match self {
            Side::Armenia => "أرمينيا",
            Side::Azerbaijan => "أذربيجان",
            Side::Karabakh => "أرمن قره باغ",
            Side::ThirdParty => "أطراف ثالثة",
            Side::Several => "عدة أطراف",
        }
    }

    /// The side a version-1 entity is read as (version 1 recorded none):
    /// the countries `armenia` and `azerbaijan` by id, anything whose id or
    /// English name says Karabakh is the Karabakh Armenian side, else
    /// unknown. Documented in `docs/corpus-format.md`.
    pub fn of_v1_entity(id: &str, en: &str) -> Option<Side> {
        let karabakh = |s: &str| s.to_lowercase().contains("karabakh");
        match id {
            "armenia" => Some(Side::Armenia),
            "azerbaijan" => Some(Side::Azerbaijan),
            _ if karabakh(id) || karabakh(en) => Some(Side::Karabakh),
            _ => None,
        }
    }

    /// Whether the side is one of the parties that fight (and count their
    /// own losses), as opposed to a third party.
    pub fn is_belligerent(self) -> bool {
        matches!(self, Side::Armenia | Side::Azerbaijan | Side::Karabakh)
    }
}
