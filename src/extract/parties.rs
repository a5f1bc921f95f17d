//! Who claims a figure, and whose losses it counts, linked to the corpus's
//! entities.
//!
//! The claimant is the entity an attribution names («بحسب X», «وفق X»),
//! or the one next to the nearest verb of saying before the figure
//! («أعلنت وزارة الدفاع الأذربيجانية», «أن السلطات … أعلنت»), or the one a
//! head noun after that verb refers back to («وقالت الوزارة»), or the
//! speaker of the sentence before on the same line («وأضاف أن العدد …»).
//! With none of these the figure is the outlet's own tally.
//!
//! The subject — whose losses, as the corpus's *sides* (armenia,
//! azerbaijan, karabakh) — is said outright («من الطرفين»: every side;
//! «لدى كل طرف»: each camp, the Armenian side — Armenia and the Karabakh
//! Armenians — and Azerbaijan; «جنود أذربيجانيين»; «تابعة لجيش أذربيجان»;
//! «انفصاليي قره باغ»: the people of a place, see
//! [`crate::extract::gazetteer`]) or follows from the claimant's side: its
//! own losses when it suffered them («مقتل», «في صفوفها»), when its forces
//! inflicted them («قتلت», «دمرت») the side its last such figure named
//! (a ministry's list of enemy losses is about one enemy), else its
//! opponents; every side when the claimant is on none.

use crate::corpus::schema::Side;
use crate::extract::doc::{Doc, strip_clitics};
use crate::extract::figures::Figure;
use crate::extract::gazetteer::{Found, Gazetteer};
use crate::extract::lexicon::Phrases;
use crate::extract::loss_words::{BOTH_SIDES, Both, OWN, Voice};
use std::sync::LazyLock;

/// Verbs (and participles) of saying.
static SAYING: LazyLock<Phrases<()>> = LazyLock::new(|| {
    let words = [
        "أعلن",
        "أعلنت",
        "قال",
        "قالت",
        "أكد",
        "أكدت",
        "ذكر",
        "ذكرت",
        "أوضح",
        "أوضحت",
        "أفاد",
        "أفادت",
        "أشار",
        "أشارت",
        "صرح",
        "صرحت",
        "أضاف",
        "أضافت",
        "يقدر",
        "تقدر",
        "قدر",
        "قدرت",
        "كشف",
        "كشفت",
        "نقل",
        "نقلت",
        "زعم",
        "زعمت",
        "ادعى",
        "ادعت",
        "اعترف",
        "اعترفت",
        "تحدث",
        "تحدثت",
        "تتحدث",
        "يتحدث",
        "مشيرا",
        "مشيرة",
        "مؤكدا",
        "مؤكدة",
        "لافتا",
        "لافتة",
        "معلنا",
        "معلنة",
        "أورد",
        "أوردت",
        "بث",
        "بثت",
        "يقول",
        "تقول",
        "وردت",
        "أحصى",
        "أحصت",
        "سجل",
        "سجلت",
        "رصد",
        "رصدت",
    ];
    let table: Vec<(&str, ())> = words.iter().map(|w| (*w, ())).collect();
    Phrases::new(&table)
});

/// Attributions: the entity after them claims the figure.
static ATTRIBUTION: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(&[
        ("بحسب", ()),
        ("حسب", ()),
        ("وفق", ()),
        ("وفقا ل", ()),
        ("وفقا لـ", ()),
        ("نقلا عن", ()),
        ("طبقا ل", ()),
        ("استنادا إلى", ()),
        ("على لسان", ()),
        ("بحسب ما", ()),
        ("وفق ما", ()),
        ("حسبما", ()),
    ])
});

/// Words after the counted noun that tie it to the entity that follows
/// («تابعة لجيش أذربيجان», «في صفوف القوات الأرمينية»).
const BELONGING: [&str; 9] = [
    "تابعه",
    "تابعين",
    "تابع",
    "صفوف",
    "لجيش",
    "جيش",
    "الجيش",
    "لقوات",
    "قوات",
];

/// Counted nouns that say whose side the counted are, as folded stems
/// matched after clitics and «ال»: separatists, in this conflict, are the
/// Karabakh Armenian forces.
const SIDE_NOUNS: [(&str, Side); 1] = [("انفصالي", Side::Karabakh)];

/// Every side whose losses a claim can count, for a total over all.
const ALL_SIDES: [Side; 3] = [Side::Armenia, Side::Azerbaijan, Side::Karabakh];

/// How many lines back an inflicting claimant's last subject carries on.
const SAME_ENEMY_LINES: usize = 4;

/// The entity id the outlet's own tallies are credited to.
pub const MEDIA: &str = "media-reports";

/// How many words after a verb of saying its subject may stand.
const SPEAKER_REACH: usize = 5;

/// Who claims a figure and whose losses it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Parties {
    pub claimant: Option<usize>,
    pub claimant_rule: &'static str,
    /// One entry per claim, each sorted: `[[armenia, azerbaijan,
    /// karabakh]]` for a total, `[[armenia, karabakh], [azerbaijan]]` for
    /// «لدى كل طرف».
    pub subjects: Vec<Vec<Side>>,
    pub subject_rule: &'static str,
}

/// Links figures to entities, in document order (a figure may lean on the
/// figure before it and on the speaker of the sentence before).
pub struct Linker<'g> {
    gaz: &'g Gazetteer,
    found: Vec<Found>,
    last: Option<(usize, Parties)>,
    /// Per claimant: the line and subject of its last figure of losses it
    /// inflicted.
    inflicted: Vec<(usize, usize, Vec<Side>)>,
}

impl<'g> Linker<'g> {
    pub fn new(gaz: &'g Gazetteer, doc: &Doc) -> Linker<'g> {
        Linker {
            gaz,
            found: gaz.find(doc),
            last: None,
            inflicted: Vec::new(),
        }
    }

    pub fn found(&self) -> &[Found] {
        &self.found
    }

    /// The parties of `f`, the figure after `prev` (if any) in `doc`.
    pub fn link(&mut self, doc: &Doc, f: &Figure, chained: bool) -> Parties {
        let (claimant, claimant_rule) = self.claimant(doc, f);
        let (subjects, subject_rule) = match (chained, &self.last) {
            (true, Some((_, p)))
                if p.claimant == claimant && self.explicit_subject(doc, f).is_none() =>
            {
                (
                    p.subjects.clone(),
                    "same as the part of the breakdown before",
                )
            }
            _ => self.subjects(doc, f, claimant),
        };
        let line = doc.line_of(doc.orig_tokens(f.number.clone()).start);
        if let (Some(c), Voice::Inflicted, [one]) = (claimant, f.voice, &subjects[..]) {
            self.inflicted.retain(|(x, _, _)| *x != c);
            self.inflicted.push((c, line, one.clone()));
        }
        let p = Parties {
            claimant,
            claimant_rule,
            subjects,
            subject_rule,
        };
        self.last = Some((f.number.start, p.clone()));
        p
    }

    fn first_entity(&self, from: usize, to: usize) -> Option<usize> {
        let within = |x: &&Found| x.tokens.start >= from && x.tokens.start < to;
        self.found
            .iter()
            .filter(within)
            .find(|x| !x.demonym)
            .or_else(|| self.found.iter().find(within))
            .map(|x| x.entity)
    }

    fn claimant(&self, doc: &Doc, f: &Figure) -> (Option<usize>, &'static str) {
        let Some(s) = doc.sentence_of(f.number.start) else {
            return (self.gaz.index(MEDIA), "no sentence");
        };
        let s = s.tokens.clone();
        // «بحسب X», «وفق X», before or after the figure.
        let mut i = s.start;
        while let Some((_, end, ())) = ATTRIBUTION.find(doc, i, s.end) {
            if let Some(e) = self.first_entity(end, end + SPEAKER_REACH) {
                return (Some(e), "attribution (بحسب / وفق)");
            }
            i = end;
        }
        // The nearest verb of saying before the figure, then earlier ones,
        // then the sentences before on the same line.
        let line = doc
            .sentences
            .iter()
            .filter(|x| x.line == doc.sentence_of(s.start).map_or(0, |y| y.line));
        let starts: Vec<usize> = line
            .map(|x| x.tokens.start)
            .filter(|st| *st <= s.start)
            .collect();
        let mut to = f.number.start.min(f.tokens.start.max(s.start));
        let from_line = starts.first().copied().unwrap_or(s.start);
        while let Some((v, end, ())) = SAYING.rfind(doc, from_line, to) {
            let limit = (end + SPEAKER_REACH).min(f.tokens.start.max(end));
            if let Some(e) = self.first_entity(end, limit) {
                return (Some(e), "entity after a verb of saying");
            }
            let before = self.found.iter().rev().find(|x| {
                x.tokens.end <= v
                    && x.tokens.end + 4 >= v
                    && !x.demonym
                    && x.tokens.start >= from_line
            });
            if let Some(x) = before {
                return (Some(x.entity), "entity before a verb of saying");
            }
            let earlier: Vec<Found> = self
                .found
                .iter()
                .filter(|x| x.tokens.end <= end)
                .cloned()
                .collect();
            if let Some(e) =
                (end..limit.min(end + 2)).find_map(|k| self.gaz.anaphor(doc.tok(k), &earlier))
            {
                return (Some(e), "head noun after a verb of saying refers back");
            }
            to = v;
        }
        (
            self.gaz.index(MEDIA),
            "no attribution: the outlet's own figure",
        )
    }

    /// A subject printed after the counted noun, or said by the noun
    /// itself («انفصاليي»).
    fn explicit_subject(&self, doc: &Doc, f: &Figure) -> Option<Side> {
        let sentence_end = doc
            .sentence_of(f.number.start)
            .map_or(doc.tokens.len(), |s| s.tokens.end);
        let to = (f.after_noun + 4).min(sentence_end);
        let named = self
            .found
            .iter()
            .filter(|x| x.tokens.start >= f.after_noun && x.tokens.start < to)
            .find(|x| {
                x.tokens.start == f.after_noun
                    || x.tokens.start.checked_sub(1).is_some_and(|k| {
                        BELONGING
                            .iter()
                            .any(|b| doc.tok(k).trim_start_matches('و') == *b)
                    })
            })
            .and_then(|x| self.side(x.entity));
        named.or_else(|| {
            (f.number.end..f.after_noun).find_map(|k| {
                let w = doc.tok(k);
                let bare =
                    strip_clitics(w, |x| x.starts_with("ال")).map_or(w, |x| &x["ال".len()..]);
                SIDE_NOUNS
                    .iter()
                    .find(|(stem, _)| bare.starts_with(stem) || w.starts_with(stem))
                    .map(|(_, s)| *s)
            })
        })
    }

    /// Whose losses an entity's people or forces are.
    fn side(&self, e: usize) -> Option<Side> {
        self.gaz.entities.get(e).and_then(|x| x.belligerent())
    }

    fn subjects(
        &self,
        doc: &Doc,
        f: &Figure,
        claimant: Option<usize>,
    ) -> (Vec<Vec<Side>>, &'static str) {
        let s = doc
            .sentence_of(f.number.start)
            .map_or(0..doc.tokens.len(), |s| s.tokens.clone());
        // «لدى كل طرف» after the figure, «من الطرفين» around it.
        let after = BOTH_SIDES.find(doc, f.after_noun, (f.after_noun + 4).min(s.end));
        let before = BOTH_SIDES.rfind(
            doc,
            f.tokens.start.saturating_sub(6).max(s.start),
            f.tokens.start,
        );
        match after.or(before).map(|x| x.2) {
            Some(Both::Each) => {
                return (
                    vec![opponents(Side::Azerbaijan), vec![Side::Azerbaijan]],
                    "the same figure for each side (the Armenian side, Azerbaijan)",
                );
            }
            Some(Both::Together) => return (vec![ALL_SIDES.to_vec()], "all sides together"),
            None => {}
        }
        if let Some(side) = self.explicit_subject(doc, f) {
            return (vec![vec![side]], "named after the counted noun");
        }
        let own = OWN
            .find(doc, f.after_noun, (f.after_noun + 3).min(s.end))
            .is_some();
        let claimant_side = claimant.and_then(|c| self.side(c));
        match (claimant_side, f.voice) {
            (Some(c), Voice::Inflicted) if !own => {
                let line = doc.line_of(doc.orig_tokens(f.number.clone()).start);
                let before = self.inflicted.iter().find(|(x, l, _)| {
                    Some(*x) == claimant && *l <= line && line <= l + SAME_ENEMY_LINES
                });
                match before {
                    Some((_, _, subject)) => (
                        vec![subject.clone()],
                        "the enemy the claimant's last figure of inflicted losses named",
                    ),
                    None => (
                        vec![opponents(c)],
                        "the opponents of the claimant, whose forces inflicted it",
                    ),
                }
            }
            (Some(c), _) => (vec![vec![c]], "the claimant's own losses"),
            (None, _) => (
                vec![ALL_SIDES.to_vec()],
                "the claimant is on no side: all sides",
            ),
        }
    }
}

/// Who fights a side: Azerbaijan fought the Armenian side (Armenia and the
/// Karabakh Armenian forces), and they fought Azerbaijan.
fn opponents(s: Side) -> Vec<Side> {
    match s {
        Side::Azerbaijan => vec![Side::Armenia, Side::Karabakh],
        _ => vec![Side::Azerbaijan],
    }
}

#[cfg(test)]
#[path = "parties_tests.rs"]
mod tests;
