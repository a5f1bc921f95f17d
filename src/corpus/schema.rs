//! The annotation file as written on disk (`annotations.json`).
//!
//! These types mirror `docs/corpus-format.md` one to one and reject unknown
//! fields, so a typo in a field name is an error with a position instead of
//! a silently missing value. Cross-references and quotes are checked later,
//! in `validate`, where every problem can be collected.

use serde::Deserialize;

pub use crate::corpus::draft_mark::DraftMark;
pub use crate::corpus::side::Side;

/// The version of the format this build writes and documents.
pub const SCHEMA_VERSION: u32 = 2;

/// The versions this build reads. Version 1 files are migrated as they are
/// loaded (see "Reading version 1 files" in `docs/corpus-format.md`).
pub const READABLE_VERSIONS: [u32; 2] = [1, 2];

/// The keys of the top-level object, in the order they are validated.
pub const SECTIONS: [&str; 5] = ["articles", "entities", "eras", "events", "claims"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawArticle {
    pub id: String,
    pub file: String,
    pub outlet: RawOutlet,
    pub headline: String,
    pub published: RawDate,
    pub language: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub furniture: Vec<RawFurniture>,
}

/// An outlet's names, or the reason it cannot be named.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutlet {
    #[serde(default)]
    pub ar: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
    /// Set when the article carries no masthead; says what is known.
    #[serde(default)]
    pub unknown_reason: Option<String>,
}

/// Lines (1-based, inclusive) that are page furniture, not article body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFurniture {
    pub lines: [usize; 2],
    pub kind: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDate {
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
    #[serde(default)]
    pub approximate: bool,
    pub basis: RawBasis,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBasis {
    pub kind: crate::corpus::date::BasisKind,
    pub note: String,
    /// The exact words of an article that carry the date («أمس الخميس»),
    /// found like a source's quote (version 2, optional). For an event
    /// they lie inside one of its sources; for a publication date, in the
    /// article itself.
    #[serde(default)]
    pub quote: Option<RawSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntity {
    pub id: String,
    pub kind: EntityKind,
    /// Which party of the conflict the entity belongs to (version 2;
    /// required except for places).
    #[serde(default)]
    pub side: Option<Side>,
    pub en: String,
    /// Every Arabic spelling the corpus uses, most common first.
    pub ar: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Country,
    Organisation,
    Place,
    Group,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEra {
    pub id: String,
    pub title: RawTitle,
    pub start: String,
    pub end: String,
    pub summary: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTitle {
    pub ar: String,
    pub en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub date: RawDate,
    pub era: String,
    pub kind: EventKind,
    pub title: RawTitle,
    pub summary: String,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<RawSource>,
    /// Set while the event is a draft no user has accepted.
    #[serde(default)]
    pub draft: Option<Box<DraftMark>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Fighting,
    Diplomacy,
    Ceasefire,
    Statement,
    CasualtyReport,
    Background,
    Humanitarian,
}

impl EventKind {
    pub const ALL: [EventKind; 7] = [
        EventKind::Fighting,
        EventKind::Diplomacy,
        EventKind::Ceasefire,
        EventKind::Statement,
        EventKind::CasualtyReport,
        EventKind::Background,
        EventKind::Humanitarian,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Fighting => "fighting",
            EventKind::Diplomacy => "diplomacy",
            EventKind::Ceasefire => "ceasefire",
            EventKind::Statement => "statement",
            EventKind::CasualtyReport => "casualty-report",
            EventKind::Background => "background",
            EventKind::Humanitarian => "humanitarian",
        }
    }

    pub fn label_ar(self) -> &'static str {
        match self {
            EventKind::Fighting => "قتال",
            EventKind::Diplomacy => "دبلوماسية",
            EventKind::Ceasefire => "وقف إطلاق النار",
            EventKind::Statement => "تصريح",
            EventKind::CasualtyReport => "حصيلة خسائر",
            EventKind::Background => "خلفية",
            EventKind::Humanitarian => "إنساني",
        }
    }
}

/// A passage that reports an event or a claim: an exact substring of the
/// article. `occurrence` (1-based) picks one when the words occur more
/// than once.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub article: String,
    pub quote: String,
    #[serde(default)]
    pub occurrence: Option<usize>,
    /// Set on a source drafted into an event or claim (another article's
    /// report of it) while no user has accepted it.
    #[serde(default)]
    pub draft: Option<Box<DraftMark>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: String,
    pub claimant: String,
    /// Whose losses: the sides counted (version 2), or entity ids
    /// (version 1, migrated to sides on load).
    pub subject: Vec<String>,
    pub category: Category,
    /// For `equipment-destroyed`: what kind (tank, helicopter, artillery…).
    #[serde(default)]
    pub equipment: Option<String>,
    pub value: u64,
    /// The words of the quote that give the figure («874», «أكثر من 30»,
    /// «العشرات»). Version 2; required there.
    #[serde(default)]
    pub value_text: Option<String>,
    /// The figure is a vague word («العشرات», «آلاف»), not a number: its
    /// `value` is the lower bound of the table in `corpus::vague`.
    #[serde(default)]
    pub vague: bool,
    pub qualifier: Qualifier,
    pub as_of: String,
    pub standing: Standing,
    pub event: String,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<RawSource>,
    /// Set while the claim is a draft no user has accepted.
    #[serde(default)]
    pub draft: Option<Box<DraftMark>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    MilitaryKilled,
    CiviliansKilled,
    TotalKilled,
    Wounded,
    Missing,
    Captured,
    Displaced,
    EquipmentDestroyed,
    PositionsLost,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::MilitaryKilled => "military-killed",
            Category::CiviliansKilled => "civilians-killed",
            Category::TotalKilled => "total-killed",
            Category::Wounded => "wounded",
            Category::Missing => "missing",
            Category::Captured => "captured",
            Category::Displaced => "displaced",
            Category::EquipmentDestroyed => "equipment-destroyed",
            Category::PositionsLost => "positions-lost",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Category::MilitaryKilled => "soldiers killed",
            Category::CiviliansKilled => "civilians killed",
            Category::TotalKilled => "dead (all)",
            Category::Wounded => "wounded",
            Category::Missing => "missing",
            Category::Captured => "captured",
            Category::Displaced => "displaced",
            Category::EquipmentDestroyed => "destroyed",
            Category::PositionsLost => "positions lost",
        }
    }

    pub fn label_ar(self) -> &'static str {
        match self {
            Category::MilitaryKilled => "قتلى عسكريون",
            Category::CiviliansKilled => "قتلى مدنيون",
            Category::TotalKilled => "إجمالي القتلى",
            Category::Wounded => "جرحى",
            Category::Missing => "مفقودون",
            Category::Captured => "أسرى",
            Category::Displaced => "مشردون",
            Category::EquipmentDestroyed => "معدات مدمرة",
            Category::PositionsLost => "مواقع مفقودة",
        }
    }
}

/// How the text qualifies a number. `exact` means the number is printed
/// without a hedge, not that it is true.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
    AtLeast,
    FewerThan,
}

impl Qualifier {
    /// The sign shown before the number in the comparison.
    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::About => "≈",
            Qualifier::MoreThan => ">",
            Qualifier::AtLeast => "≥",
            Qualifier::FewerThan => "<",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtLeast => "at-least",
            Qualifier::FewerThan => "fewer-than",
        }
    }
}

/// Whether a figure comes from a party's authorities or from outside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// A belligerent's government, army or prosecutor.
    Official,
    /// A third party's estimate (another state's leader, the UN…).
    Outside,
    /// A tally the outlet gives without naming who counted.
    Media,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Official => "official",
            Standing::Outside => "outside",
            Standing::Media => "media",
        }
    }
}
