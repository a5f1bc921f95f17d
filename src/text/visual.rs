//! Text copied from the screen back into logical order, so that a passage
//! a user selects in the article pane and pastes into search still finds
//! itself.
//!
//! In app mode the engine writes Arabic shaped (presentation forms) and in
//! visual order, so a terminal's copy gives the words of an Arabic line
//! reversed: «ﺲﻴﻤﺨﻟﺍ ﺲﻣﺃ» for «أمس الخميس». [`super::fold`] maps the forms
//! back to letters; this undoes the order. Presentation forms are the
//! sign: nobody types them, the engine draws them, so only a query that
//! holds some is read as visual. The reading is the engine's own, run
//! backwards for a right-to-left line: reverse the grapheme clusters, then
//! put each left-to-right run (Latin words, numbers: UAX #9 level 2 in the
//! reversed text) back in its order, and mirror brackets and guillemets
//! that were drawn mirrored.

use unicode_segmentation::UnicodeSegmentation;

use super::levels::paragraph_levels;
use super::reorder::mirror;

/// Whether `c` is an Arabic presentation form (what app mode draws).
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The logical order of text copied from an app-mode screen, or `None`
/// when `s` holds no presentation form (it was typed, or copied from a
/// terminal that keeps logical order).
///
/// ```
/// use karabakh_timeline::text::logical_from_screen;
/// // «أمس الخميس» as app mode draws it, copied left to right.
/// let copied = "\u{FEB2}\u{FEF4}\u{FEE4}\u{FEA8}\u{FEDF}\u{FE8D} \u{FEB2}\u{FEE3}\u{FE83}";
/// let logical = logical_from_screen(copied).expect("shaped text");
/// assert_eq!(logical, "\u{FE83}\u{FEE3}\u{FEB2} \u{FE8D}\u{FEDF}\u{FEA8}\u{FEE4}\u{FEF4}\u{FEB2}");
/// assert_eq!(logical_from_screen("أمس"), None);
/// ```
pub fn logical_from_screen(s: &str) -> Option<String> {
    if !s.chars().any(is_presentation_form) {
        return None;
    }
    let reversed: String = s.graphemes(true).rev().collect();
    let info = paragraph_levels(&reversed, true);
    let mut clusters: Vec<(String, bool)> = reversed
        .grapheme_indices(true)
        .map(|(at, g)| {
            let ltr = info.level_at(at).is_some_and(|l| l.is_ltr());
            (g.to_string(), ltr)
        })
        .collect();
    // Runs that were left to right were reversed with the rest: undo.
    let mut i = 0;
    while i < clusters.len() {
        let run = clusters[i..].iter().take_while(|(_, ltr)| *ltr).count();
        clusters[i..i + run].reverse();
        i += run.max(1);
    }
    Some(
        clusters
            .into_iter()
            .map(|(mut g, ltr)| {
                if !ltr {
                    mirror(&mut g);
                }
                g
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{BidiMode, LayoutOptions, fold, layout};

    /// What a terminal's copy of an app-mode line gives: the drawn glyphs,
    /// left to right, without the alignment padding.
    fn copied(logical: &str) -> String {
        let opts = LayoutOptions {
            width: 200,
            mode: BidiMode::App,
        };
        let lines = layout(logical, &opts);
        lines[0].glyphs.iter().map(|g| g.text.as_str()).collect()
    }

    #[test]
    fn screen_text_reads_back_as_the_article_text() {
        // Sentences of the bundled articles (004 line 39, 000), with
        // numbers, Latin letters and guillemets.
        for logical in [
            "أكد الرئيس الروسي فلاديمير بوتين، أمس الخميس، أن كلاً من أذربيجان وأرمينيا",
            "فيما يقدر الجانب الأذربيجاني عدد القتلى المدنيين بـ63 شخصًا",
            "الكرملين: تجدد القتال بين أذربيجان وأرمينيا «مثير للقلق»",
            "صورة EPA من الجبهة في 27 أيلول/سبتمبر 2020",
        ] {
            let screen = copied(logical);
            assert_ne!(fold(&screen), fold(logical), "drawn in visual order");
            let back = logical_from_screen(&screen).expect("shaped");
            assert_eq!(fold(&back), fold(logical), "{screen}");
        }
    }

    #[test]
    fn typed_text_is_left_alone() {
        assert_eq!(logical_from_screen("أمس الخميس"), None);
        assert_eq!(logical_from_screen("Putin 2020"), None);
    }
}
