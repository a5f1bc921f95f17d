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
//! The subject is said outright («من الطرفين», «لدى كل طرف», «جنود
//! أذربيجانيين», «تابعة لجيش أذربيجان») or follows from the claimant: its
//! own side when it suffered the loss («مقتل», «في صفوفها»), the other side
//! when its forces inflicted it («قتلت», «دمرت»), both sides when the
//! claimant is on neither.

use crate::extract::doc::Doc;
use crate::extract::figures::Figure;
use crate::extract::gazetteer::{Found, Gazetteer, SIDES};
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

/// The entity id the outlet's own tallies are credited to.
pub const MEDIA: &str = "media-reports";

/// How many words after a verb of saying its subject may stand.
const SPEAKER_REACH: usize = 5;

/// Who claims a figure and whose losses it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Parties {
    pub claimant: Option<usize>,
    pub claimant_rule: &'static str,
    /// One entry per claim: `[[armenia, azerbaijan]]` for a total,
    /// `[[armenia], [azerbaijan]]` for «لدى كل طرف».
    pub subjects: Vec<Vec<usize>>,
    pub subject_rule: &'static str,
}

/// Links figures to entities, in document order (a figure may lean on the
/// figure before it and on the speaker of the sentence before).
pub struct Linker<'g> {
    gaz: &'g Gazetteer,
    found: Vec<Found>,
    last: Option<(usize, Parties)>,
}

impl<'g> Linker<'g> {
    pub fn new(gaz: &'g Gazetteer, doc: &Doc) -> Linker<'g> {
        Linker {
            gaz,
            found: gaz.find(doc),
            last: None,
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

    /// A subject printed after the counted noun.
    fn explicit_subject(&self, doc: &Doc, f: &Figure) -> Option<usize> {
        let sentence_end = doc
            .sentence_of(f.number.start)
            .map_or(doc.tokens.len(), |s| s.tokens.end);
        let to = (f.after_noun + 4).min(sentence_end);
        self.found
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
            .and_then(|x| self.side(x.entity))
    }

    fn side(&self, e: usize) -> Option<usize> {
        self.gaz.entities.get(e).and_then(|x| x.side)
    }

    fn both(&self) -> Vec<usize> {
        SIDES.iter().filter_map(|s| self.gaz.index(s)).collect()
    }

    fn subjects(
        &self,
        doc: &Doc,
        f: &Figure,
        claimant: Option<usize>,
    ) -> (Vec<Vec<usize>>, &'static str) {
        let s = doc
            .sentence_of(f.number.start)
            .map_or(0..doc.tokens.len(), |s| s.tokens.clone());
        let both = self.both();
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
                    both.into_iter().map(|b| vec![b]).collect(),
                    "the same figure for each side",
                );
            }
            Some(Both::Together) => return (vec![both], "both sides together"),
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
            (Some(c), Voice::Inflicted) if !own => match both.iter().find(|b| **b != c) {
                Some(other) => (
                    vec![vec![*other]],
                    "the other side of the claimant, whose forces inflicted it",
                ),
                None => (vec![vec![c]], "the claimant's side"),
            },
            (Some(c), _) => (vec![vec![c]], "the claimant's own losses"),
            (None, _) => (vec![both], "the claimant is on neither side: both sides"),
        }
    }
}

#[cfg(test)]
#[path = "parties_tests.rs"]
mod tests;
