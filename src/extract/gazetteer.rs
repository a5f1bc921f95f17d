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
//! Each entity may belong to a *side* of the war (whose losses a figure
//! counts): an entity is on a side when it is the side, when one of its
//! spellings names the side or its people («وزارة الدفاع الأذربيجانية»), or
//! names a place held by that side ([`PLACE_SIDES`]).

use crate::corpus::Timeline;
use crate::corpus::schema::EntityKind;
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

/// The belligerents, by entity id.
pub const SIDES: [&str; 2] = ["armenia", "azerbaijan"];

/// Places whose spelling puts an organisation on a side, and that side
/// (the corpus records the Karabakh Armenian authorities' losses as
/// Armenia's). Schema v2's entity sides will replace this table.
pub const PLACE_SIDES: &[(&str, &str)] = &[
    ("nagorno-karabakh", "armenia"),
    ("yerevan", "armenia"),
    ("baku", "azerbaijan"),
];

/// Endings a demonym may take.
const DEMONYM_ENDINGS: [&str; 8] = ["", "ه", "ين", "ون", "ا", "يين", "يون", "يه"];

#[derive(Debug, Clone)]
pub struct GEntity {
    pub id: String,
    pub kind: EntityKind,
    pub en: String,
    /// Index of the side entity this one belongs to.
    pub side: Option<usize>,
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
        let raw: Vec<(String, EntityKind, String, Vec<String>)> = t
            .entities
            .iter()
            .map(|e| (e.id.clone(), e.kind, e.en.clone(), e.ar.clone()))
            .collect();
        Gazetteer::new(&raw)
    }

    /// From (id, kind, English name, Arabic spellings).
    pub fn new(raw: &[(String, EntityKind, String, Vec<String>)]) -> Gazetteer {
        let index = |id: &str| raw.iter().position(|e| e.0 == id);
        let mut words = Vec::new();
        let mut patterns = Vec::new();
        let mut heads = Vec::new();
        for (e, (_, _, _, ar)) in raw.iter().enumerate() {
            let mut h = Vec::new();
            for spelling in ar {
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
        let mut entities: Vec<GEntity> = raw
            .iter()
            .map(|(id, kind, en, _)| GEntity {
                id: id.clone(),
                kind: *kind,
                en: en.clone(),
                side: None,
            })
            .collect();
        let mut g = Gazetteer {
            entities: Vec::new(),
            ac,
            patterns,
            heads,
        };
        let sides: Vec<(usize, usize)> = raw
            .iter()
            .enumerate()
            .filter_map(|(e, (id, _, _, ar))| side_of(&g, raw, e, id, ar, &index).map(|s| (e, s)))
            .collect();
        for (e, s) in sides {
            entities[e].side = Some(s);
        }
        g.entities = entities;
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

/// The side an entity is on (see the module docs).
fn side_of(
    g: &Gazetteer,
    raw: &[(String, EntityKind, String, Vec<String>)],
    e: usize,
    id: &str,
    ar: &[String],
    index: &dyn Fn(&str) -> Option<usize>,
) -> Option<usize> {
    if SIDES.contains(&id) {
        return Some(e);
    }
    if let Some((_, s)) = PLACE_SIDES.iter().find(|(p, _)| *p == id) {
        return index(s);
    }
    for spelling in ar {
        for (_, p) in g.find_in(&fold(spelling), Some(e)) {
            let other = g.patterns[p].entity;
            let other_id = raw[other].0.as_str();
            if SIDES.contains(&other_id) {
                return Some(other);
            }
            if let Some((_, s)) = PLACE_SIDES.iter().find(|(pl, _)| *pl == other_id) {
                return index(s);
            }
        }
    }
    None
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
    fn sides_follow_the_spellings() {
        let g = bundled_gazetteer();
        let side = |id: &str| {
            g.index(id)
                .and_then(|e| g.entities[e].side)
                .map(|s| g.id(s).to_string())
        };
        assert_eq!(side("azerbaijan-mod").as_deref(), Some("azerbaijan"));
        assert_eq!(side("armenia-mod").as_deref(), Some("armenia"));
        assert_eq!(side("nk-authorities").as_deref(), Some("armenia"));
        assert_eq!(side("azerbaijan-prosecutor").as_deref(), Some("azerbaijan"));
        assert_eq!(side("putin"), None);
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
