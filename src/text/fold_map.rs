//! Where each part of a folded text came from, kept compactly.
//!
//! [`super::fold_with_map`] gives one offset per folded byte (eight bytes of
//! map per byte of text). Most of Arabic text folds char for char into a
//! char of the same length (أ → ا, ة → ه, Latin case), so the offsets
//! advance in step for long runs; only a removed mark, a char that changes
//! length or one that folds to several chars starts a new run. A
//! [`FoldMap`] keeps the runs: a few per cent of the text's size, so a
//! whole corpus can keep its folded text and map for search.

use super::fold::each_folded;
use super::seek::{partition_point_near, proportional};

#[derive(Debug, Clone, Copy)]
struct Run {
    /// Where the run starts in the folded text.
    folded: usize,
    /// Where it starts in the original text.
    orig: usize,
    /// Offsets advance together (same-length chars, one for one); if not,
    /// every folded byte of the run comes from the one char at `orig`.
    linear: bool,
    /// The byte length of the original char at `orig` (1–4), so that a
    /// hit's range is made from the map alone: a search positioning tens
    /// of thousands of hits does not read the original text at each one.
    width: u8,
}

/// The runs of a folded text (see the module docs).
#[derive(Debug, Clone, Default)]
pub struct FoldMap {
    runs: Vec<Run>,
    orig_len: usize,
    folded_len: usize,
}

impl FoldMap {
    /// The offset in the original text of the char that gave the folded
    /// char starting at `folded` (a char boundary of the folded text); the
    /// original text's length for the folded text's end. Agrees with
    /// [`super::fold_with_map`]'s map at every char boundary.
    pub fn orig(&self, folded: usize) -> usize {
        self.locate(folded, self.proportional(folded)).0
    }

    /// Where the run holding `folded` probably is: runs are spread over
    /// the text about evenly.
    fn proportional(&self, folded: usize) -> usize {
        proportional(self.runs.len(), folded, self.folded_len)
    }

    /// [`FoldMap::orig`], the byte length of that original char (0 when
    /// it is the folded char's own length, and at the end), and the run's
    /// index, looked for from the run `guess`.
    fn locate(&self, folded: usize, guess: usize) -> (usize, usize, usize) {
        if folded >= self.folded_len {
            return (self.orig_len, 0, guess);
        }
        let i = partition_point_near(&self.runs, guess, |r| r.folded <= folded);
        match self.runs.get(i.wrapping_sub(1)) {
            // In a linear run a char and its origin have the same length:
            // the caller knows it from the folded text.
            Some(r) if r.linear => (r.orig + (folded - r.folded), 0, i),
            Some(r) => (r.orig, usize::from(r.width), i),
            None => (0, 0, i),
        }
    }

    /// The original byte range of the folded range `hit` of `folded` (the
    /// text this map was made with; char boundaries): from its first
    /// char's origin to the end of its last char's origin, taking in the
    /// marks removed after it (as [`super::find_all`] reports matches).
    /// Made from the map alone, without the original text; the runs of
    /// its end are looked for from those of its start.
    pub fn orig_range(
        &self,
        folded: &str,
        hit: std::ops::Range<usize>,
    ) -> Option<std::ops::Range<usize>> {
        let (start, _, near) = self.locate(hit.start, self.proportional(hit.start));
        let (last, c) = folded.get(..hit.end)?.char_indices().next_back()?;
        let (last_orig, width, near) = self.locate(last, near);
        let last_end = last_orig + if width == 0 { c.len_utf8() } else { width };
        Some(start..self.locate(hit.end, near).0.max(last_end))
    }
}

/// Folds `s` ([`super::fold`]) and keeps where each run came from.
pub fn fold_with_runs(s: &str) -> (String, FoldMap) {
    let mut out = String::with_capacity(s.len());
    let mut runs: Vec<Run> = Vec::new();
    let mut last_at = usize::MAX;
    each_folded(s, |c, at| {
        let f = out.len();
        let again = at == last_at;
        last_at = at;
        let orig_len = s[at..].chars().next().map_or(0, char::len_utf8);
        let same = c.len_utf8() == orig_len && !again;
        let extends = runs
            .last()
            .is_some_and(|r| r.linear && same && at - r.orig == f - r.folded);
        if !extends {
            runs.push(Run {
                folded: f,
                orig: at,
                linear: same,
                // A char's UTF-8 length is 1 to 4.
                width: orig_len as u8,
            });
        }
        out.push(c);
    });
    let map = FoldMap {
        runs,
        orig_len: s.len(),
        folded_len: out.len(),
    };
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold_with_map;

    /// Arabic with harakat, shadda, tatweel, hamza seats, ligatures and
    /// presentation forms, Arabic-Indic digits, Latin with case and
    /// accents, Armenian, a zero-width space: chars that fold to nothing,
    /// to one char of another length or to several.
    const TEXTS: [&str; 7] = [
        "قال الرئيس: إنّ الأزمة مستمرة منذ ٢٧ أيلول في ناغورنو كاراباخ",
        "أكّدت وزارةُ الدفاعِ الأذربيجانيّة أنّ ﻻ ﻷ ﷲ ﷺ قواتها جنديًا ـــ",
        "\u{FEFB}ب ﻻ xİy Erdoğan ﬁ ½ جنديًا ـــ",
        "a\u{200B}b\u{064E}\u{064E}c\u{0651}",
        "ﺑﺎﻛﻮ ﺗﻘﻮﻝ ١٩٩٤ Stepanakert Ստեփանակերտ",
        "\u{FEFB}ب ﻻ xİy Erdoğan جنديًا ـــ",
        "",
    ];

    #[test]
    fn agrees_with_the_full_map_at_every_char_boundary() {
        for text in TEXTS {
            let (folded, map) = fold_with_map(text);
            let (same, runs) = fold_with_runs(text);
            assert_eq!(folded, same);
            for (i, _) in folded.char_indices().chain([(folded.len(), ' ')]) {
                assert_eq!(runs.orig(i), map[i], "{text:?} at {i}");
            }
        }
    }

    /// The range made from the runs alone is the one the full map and the
    /// original text give, for every folded range between char
    /// boundaries: first char's origin to the end of the last one's origin
    /// or the next char's origin, whichever is further.
    #[test]
    fn ranges_from_the_runs_alone_are_those_of_the_full_map() {
        for text in TEXTS {
            let (folded, map) = fold_with_map(text);
            let (_, runs) = fold_with_runs(text);
            let bounds: Vec<usize> = folded
                .char_indices()
                .map(|(i, _)| i)
                .chain([folded.len()])
                .collect();
            for (k, &start) in bounds.iter().enumerate() {
                for &end in &bounds[k + 1..] {
                    let last = folded[..end].char_indices().next_back().expect("a char").0;
                    let last_end =
                        map[last] + text[map[last]..].chars().next().expect("a char").len_utf8();
                    let want = map[start]..map[end].max(last_end);
                    assert_eq!(
                        runs.orig_range(&folded, start..end),
                        Some(want),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }
}
