//! The corpus's entities found in a new article through their spellings.
//!
//! Every Arabic spelling of every entity is folded (the text engine's
//! [`fold`]) and matched at once with Aho–Corasick over the folded
//! article, so «ناغورني قره باغ», «قرة باغ» and «بناغورني» are found however
//! the hamzas and the clitics fall. A match must stand as a word: before
//! it, nothing but up to two one-letter clitics («وب», «ل»); after it, a
//! word end — or, for a demonym («الأذربيجانية», «أرمنية»), one of the
//! adjective endings.
//!
//! Each entity keeps the *side* the corpus gives it (schema v2: armenia,
//! azerbaijan, karabakh, third-party, several). A place has none — where
//! something happened says nothing about whose side it is — but the people
//! *of* a place do («انفصاليي قره باغ», «عسكريو إقليم قره باغ»): a place's
//! [`GEntity::people`] is the side of the corpus's own entities named
//! after it (the Karabakh authorities, the Karabakh military → karabakh),
//! when they all agree. No table of places: the corpus says it.

use crate::corpus::Entity;
use crate::corpus::Timeline;
use crate::corpus::schema::{EntityKind, Side};
use crate::extract::doc::Doc;
use crate::text::fold;
use aho_corasick::AhoCorasick;
use std::ops::Range;

/// Peoples' adjectives (ordinary spelling) and the country entity id they
/// point to. Matched with the adjective endings (ي، ية، يين، يون، يا …).
pub const DEMONYMS: &[(&str, &str)] = &[
    ("أذربيجاني", "azerbaijan"),
    ("آذري", "azerbaijan"),
    ("أرميني", "armenia"),
    ("أرمني", "armenia"),
    ("الأرمن", "armenia"),
    ("روسي", "russia"),
    ("روس", "russia"),
    ("تركي", "turkey"),
    ("فرنسي", "france"),
    ("أمريكي", "usa"),
    ("أميركي", "usa"),
    ("إيراني", "iran"),
    ("سوري", "syria"),
    ("ليبي", "libya"),
];

/// Endings a demonym may take.
const DEMONYM_ENDINGS: [&str; 8] = ["", "ه", "ين", "ون", "ا", "يين", "يون", "يه"];

#[derive(Debug, Clone)]
pub struct GEntity {
    pub id: String,
    pub kind: EntityKind,
    pub en: String,
    /// The side the corpus gives the entity (`None` for a place).
    pub side: Option<Side>,
    /// For a place: the side of the people of that place, from the
    /// corpus's entities named after it (see the module docs).
    pub people: Option<Side>,
}

impl GEntity {
    /// Whose losses a people or a force named by this entity are: its
    /// own side, or for a place the side of its people; never a third
    /// party's or "several".
    pub fn belligerent(&self) -> Option<Side> {
        self.side.or(self.people).filter(|s| s.is_belligerent())
    }
}

/// One entity found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub entity: usize,
    /// Token range.
    pub tokens: Range<usize>,
    /// A people's adjective («الأذربيجانية»), not the name itself.
    pub demonym: bool,
}

struct Pattern {
    entity: usize,
    demonym: bool,
}

pub struct Gazetteer {
    pub entities: Vec<GEntity>,
    ac: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    /// Folded first word of each spelling, per entity (for «الوزارة» →
    /// the last ministry named).
    heads: Vec<Vec<String>>,
}

impl Gazetteer {
    /// The entities of a loaded corpus.
    pub fn from_timeline(t: &Timeline) -> Gazetteer {
        Gazetteer::new(&t.entities)
    }

    /// From the corpus's entities: their spellings, kinds and sides.
    pub fn new(raw: &[Entity]) -> Gazetteer {
        let index = |id: &str| raw.iter().position(|e| e.id == id);
        let mut words = Vec::new();
        let mut patterns = Vec::new();
        let mut heads = Vec::new();
        for (e, ent) in raw.iter().enumerate() {
            let mut h = Vec::new();
            for spelling in &ent.ar {
                let f = fold(spelling);
                if f.is_empty() {
                    continue;
                }
                if let Some(first) = f.split_whitespace().next() {
                    h.push(first.trim_start_matches("ال").to_string());
                }
                // «للأمم المتحدة»: ل + الأمم loses the alef.
                if let Some(rest) = f.strip_prefix("ال") {
                    words.push(format!("لل{rest}"));
                    patterns.push(Pattern {
                        entity: e,
                        demonym: false,
                    });
                }
                words.push(f);
                patterns.push(Pattern {
                    entity: e,
                    demonym: false,
                });
            }
            heads.push(h);
        }
        for (stem, id) in DEMONYMS {
            let Some(e) = index(id) else { continue };
            let f = fold(stem);
            for end in DEMONYM_ENDINGS {
                for form in [format!("{f}{end}"), format!("ال{f}{end}")] {
                    words.push(form);
                    patterns.push(Pattern {
                        entity: e,
                        demonym: true,
                    });
                }
            }
        }
        let ac = AhoCorasick::builder().build(&words).ok();
        let mut g = Gazetteer {
            entities: raw
                .iter()
                .map(|e| GEntity {
                    id: e.id.clone(),
                    kind: e.kind,
                    en: e.en.clone(),
                    side: e.side,
                    people: None,
                })
                .collect(),
            ac,
            patterns,
            heads,
        };
        let people: Vec<Option<Side>> = (0..raw.len()).map(|p| people_of(&g, raw, p)).collect();
        for (e, side) in g.entities.iter_mut().zip(people) {
            e.people = side;
        }
        g
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    pub fn id(&self, e: usize) -> &str {
        &self.entities[e].id
    }

    /// Every entity in the document, left to right, longest match first
    /// where two overlap.
    pub fn find(&self, doc: &Doc) -> Vec<Found> {
        self.find_in(&doc.folded, None)
            .into_iter()
            .map(|(r, p)| Found {
                entity: self.patterns[p].entity,
                tokens: doc.token_at(r.start)..doc.token_at(r.end - 1) + 1,
                demonym: self.patterns[p].demonym,
            })
            .collect()
    }

    /// Matches in folded text: (folded byte range, pattern index), leaving
    /// out the spellings of entity `except`.
    fn find_in(&self, folded: &str, except: Option<usize>) -> Vec<(Range<usize>, usize)> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut all: Vec<(Range<usize>, usize)> = ac
            .find_overlapping_iter(folded)
            .filter(|m| {
                Some(self.patterns[m.pattern().as_usize()].entity) != except
                    && starts_word(folded, m.start())
                    && ends_word(folded, m.end())
            })
            .map(|m| (m.start()..m.end(), m.pattern().as_usize()))
            .collect();
        // Longest first; on a tie the name before the demonym («تركيا»).
        all.sort_by_key(|(r, p)| (r.start, std::cmp::Reverse(r.end), self.patterns[*p].demonym));
        let mut out: Vec<(Range<usize>, usize)> = Vec::new();
        for (r, p) in all {
            if out.last().is_none_or(|(last, _)| r.start >= last.end) {
                out.push((r, p));
            }
        }
        out
    }

    /// The entity a definite head noun refers back to («الوزارة» → the
    /// ministry named last), given the entities found before it.
    pub fn anaphor(&self, word: &str, before: &[Found]) -> Option<usize> {
        let w = word.trim_start_matches(['و', 'ف']);
        let bare = w.strip_prefix("ال")?;
        if bare.chars().count() < 3 {
            return None;
        }
        before
            .iter()
            .rev()
            .find(|f| !f.demonym && self.heads[f.entity].iter().any(|h| h == bare))
            .map(|f| f.entity)
    }
}

/// The side of the people of place `p`: the one side shared by every
/// belligerent entity of the corpus one of whose spellings names the place
/// («السلطات في ناجورنو كاراباخ», «عسكريو إقليم قره باغ» → karabakh).
fn people_of(g: &Gazetteer, raw: &[Entity], p: usize) -> Option<Side> {
    if raw[p].kind != EntityKind::Place {
        return None;
    }
    let mut found: Option<Side> = None;
    for (e, ent) in raw.iter().enumerate() {
        let Some(side) = ent.side.filter(|s| s.is_belligerent()) else {
            continue;
        };
        let names_it = ent.ar.iter().any(|spelling| {
            g.find_in(&fold(spelling), Some(e))
                .iter()
                .any(|(_, k)| g.patterns[*k].entity == p)
        });
        if names_it {
            match found {
                Some(s) if s != side => return None,
                _ => found = Some(side),
            }
        }
    }
    found
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// Up to two one-letter clitics may stand between a word start and `at`.
fn starts_word(f: &str, at: usize) -> bool {
    let before: Vec<char> = f[..at].chars().rev().take(3).collect();
    let clitics = before.iter().take_while(|c| is_letter(**c)).count();
    match clitics {
        0 => true,
        1 | 2 => {
            before[..clitics]
                .iter()
                .all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
                && before.get(clitics).is_none_or(|c| !is_letter(*c))
        }
        _ => false,
    }
}

/// A match ends at a word end (demonym endings are patterns of their own).
fn ends_word(f: &str, at: usize) -> bool {
    f[at..].chars().next().is_none_or(|c| !is_letter(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::bundled;

    fn bundled_gazetteer() -> Gazetteer {
        Gazetteer::from_timeline(&bundled::timeline().expect("bundled corpus"))
    }

    fn found(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
        let d = Doc::new(text);
        g.find(&d)
            .iter()
            .map(|f| {
                (
                    g.id(f.entity).to_string(),
                    text[d.orig_tokens(f.tokens.clone())].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn spellings_match_through_folding_and_clitics() {
        let g = bundled_gazetteer();
        assert_eq!(
            found(
                &g,
                "وصل الوفد إلى ناجورنو كاراباخ ثم بناغورني قره باغ ولأرمينيا"
            ),
            [
                (
                    "nagorno-karabakh".to_string(),
                    "ناجورنو كاراباخ".to_string()
                ),
                (
                    "nagorno-karabakh".to_string(),
                    "بناغورني قره باغ".to_string()
                ),
                ("armenia".to_string(), "ولأرمينيا".to_string()),
            ]
        );
        assert_eq!(found(&g, "دعت للأمم المتحدة")[0].0, "un");
        // Not inside another word.
        assert!(found(&g, "الروسيات والتركيبات").is_empty());
    }

    #[test]
    fn demonyms_point_to_their_country() {
        let g = bundled_gazetteer();
        let f = found(
            &g,
            "قتل سبعة جنود أذربيجانيين و790 عسكريا أذربيجانيا وقوات أرمنية",
        );
        let ids: Vec<&str> = f.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["azerbaijan", "azerbaijan", "armenia"]);
        // The ministry's own spelling is longer than the demonym inside it.
        assert_eq!(
            found(&g, "وأكدت وزارة الدفاع الأذربيجانية")[0].0,
            "azerbaijan-mod"
        );
    }

    #[test]
    fn sides_come_from_the_corpus_and_places_from_their_people() {
        let g = bundled_gazetteer();
        let side = |id: &str| g.index(id).and_then(|e| g.entities[e].belligerent());
        assert_eq!(side("azerbaijan-mod"), Some(Side::Azerbaijan));
        assert_eq!(side("armenia-mod"), Some(Side::Armenia));
        assert_eq!(side("nk-authorities"), Some(Side::Karabakh));
        assert_eq!(side("nk-military"), Some(Side::Karabakh));
        assert_eq!(side("azerbaijan-prosecutor"), Some(Side::Azerbaijan));
        assert_eq!(side("putin"), None, "a third party's losses are no side's");
        // The place itself has no side; its people are the Karabakh side
        // because the corpus's Karabakh authorities are named after it.
        let nk = g.index("nagorno-karabakh").expect("place");
        assert_eq!(g.entities[nk].side, None);
        assert_eq!(g.entities[nk].people, Some(Side::Karabakh));
        assert_eq!(
            side("baku"),
            None,
            "no entity of the corpus is named after Baku"
        );
    }

    #[test]
    fn a_place_named_by_both_sides_has_no_people_side() {
        let e = |id: &str, kind, side, ar: &[&str]| Entity {
            id: id.into(),
            kind,
            side,
            en: id.into(),
            ar: ar.iter().map(|s| s.to_string()).collect(),
            note: None,
        };
        let g = Gazetteer::new(&[
            e("town", EntityKind::Place, None, &["شوشة"]),
            e(
                "a",
                EntityKind::Organisation,
                Some(Side::Azerbaijan),
                &["محافظ شوشة"],
            ),
            e(
                "b",
                EntityKind::Organisation,
                Some(Side::Karabakh),
                &["بلدية شوشة"],
            ),
            e("hill", EntityKind::Place, None, &["التلة"]),
            e(
                "c",
                EntityKind::Organisation,
                Some(Side::Karabakh),
                &["حامية التلة"],
            ),
        ]);
        assert_eq!(g.entities[0].people, None, "the two sides disagree");
        assert_eq!(g.entities[3].people, Some(Side::Karabakh));
    }

    #[test]
    fn a_definite_head_refers_back_to_the_entity_named_last() {
        let g = bundled_gazetteer();
        let d = Doc::new("وأكدت وزارة الدفاع الأرمينية ذلك، وقالت الوزارة إن");
        let f = g.find(&d);
        assert_eq!(
            g.anaphor("الوزاره", &f).map(|e| g.id(e)),
            Some("armenia-mod")
        );
        assert_eq!(g.anaphor("الجيش", &f), None);
    }
}
