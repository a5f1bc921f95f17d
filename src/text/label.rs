//! Interface labels that hold values from the user or the corpus.
//!
//! A label such as `filter: from 2020-10-01, place: قره باغ` mixes interface
//! text with values of either direction. Laid out as one string, the Arabic
//! value's run swallows the neutral `:` and `,` around it and the words come
//! out of order (`filter: ﻍﺎﺑ ﻩﺮﻗ :from 2020-10-01, place`). UAX #9 has the
//! answer: each value is a *directional isolate* (X5a–X5c), laid out on its
//! own and placed as one neutral block in the label's reading order.
//!
//! The engine drops every bidi control that comes from input (see
//! `sanitize`), so isolates cannot be smuggled in as text: a [`Label`] is a
//! list of typed parts, and only this module places the isolate marks, after
//! sanitizing each part. The marks take no cell and are never drawn.
//!
//! Key names (`[`, `Alt-←`) are left-to-right isolates as well, so that an
//! Arabic interface never mirrors or reorders them: `[` stays `[`.

use super::cluster::fit;
use super::layout::{Direction, Prepared, emit, prepare_mapped, truncate};
use super::line::VisualLine;
use super::mapped::Mapped;
use super::mode::BidiMode;
use super::reorder::has_strong_rtl;
use super::sanitize::sanitize_mapped;
use super::wrap::wrap;

const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Part {
    /// Interface text: takes the label's direction.
    Ui,
    /// A value from the user or the corpus: an isolate of its own direction.
    Value,
    /// A key name or English prose: a left-to-right isolate (a key name
    /// is never mirrored).
    Key,
}

/// A one-line label made of interface text, isolated values and key names.
///
/// ```
/// use karabakh_timeline::text::{BidiMode, Direction, Label, layout_label_parts};
/// let l = Label::from("place: ").value("قره باغ").ui(", from ").value("2020");
/// assert_eq!(l.plain(), "place: قره باغ, from 2020");
/// let v = layout_label_parts(&l, 40, BidiMode::App, Direction::Ltr);
/// assert!(v.text().starts_with("place: "));
/// assert!(v.text().ends_with(", from 2020"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Label {
    parts: Vec<(Part, String)>,
}

impl Label {
    pub fn new() -> Label {
        Label::default()
    }

    /// Appends interface text.
    pub fn ui(mut self, text: impl Into<String>) -> Label {
        self.push(Part::Ui, text.into());
        self
    }

    /// Appends a value from the user or the corpus, as an isolate whose
    /// direction is that of most of its letters.
    pub fn value(mut self, text: impl Into<String>) -> Label {
        self.push(Part::Value, text.into());
        self
    }

    /// Appends English prose from the corpus (an annotator's note, a
    /// summary, a reason), as a left-to-right isolate: it reads left to
    /// right however much Arabic it quotes, and the Arabic it quotes is
    /// still laid out right to left inside it: laid out as a key name is.
    pub fn prose(self, text: impl Into<String>) -> Label {
        self.key(text)
    }

    /// Appends a key name, as a left-to-right isolate.
    pub fn key(mut self, text: impl Into<String>) -> Label {
        self.push(Part::Key, text.into());
        self
    }

    /// Appends another label's parts.
    pub fn and(mut self, other: Label) -> Label {
        self.parts.extend(other.parts);
        self
    }

    /// [`Label::ui`] for a label held in a variable.
    pub fn push_ui(&mut self, text: impl Into<String>) {
        self.push(Part::Ui, text.into());
    }

    /// [`Label::value`] for a label held in a variable.
    pub fn push_value(&mut self, text: impl Into<String>) {
        self.push(Part::Value, text.into());
    }

    fn push(&mut self, part: Part, text: String) {
        if !text.is_empty() {
            self.parts.push((part, text));
        }
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// The text in logical order without isolates: what a user would type,
    /// what tests compare and what a pipe gets.
    pub fn plain(&self) -> String {
        self.parts.iter().map(|(_, t)| t.as_str()).collect()
    }

    /// The label's bytes in logical order, as sanitized chars with the
    /// isolate marks placed around values and keys. Each char maps back to
    /// its bytes in [`Label::plain`]; the marks map to an empty range.
    fn mapped(&self) -> Mapped {
        let mut out = Mapped::with_capacity(self.parts.iter().map(|(_, t)| t.len() + 6).sum());
        let mut base = 0;
        for (part, text) in &self.parts {
            let clean = sanitize_mapped(text, base);
            let open = match part {
                Part::Ui => None,
                Part::Key => Some(LRI),
                Part::Value if mostly_rtl(&clean.text) => Some(RLI),
                Part::Value => Some(LRI),
            };
            if let Some(mark) = open {
                out.push(mark, base..base);
            }
            out.text.push_str(&clean.text);
            out.src.extend(clean.src);
            base += text.len();
            if open.is_some() {
                out.push(PDI, base..base);
            }
        }
        out
    }

    fn prepare(&self, mode: BidiMode, dir: Direction) -> Prepared {
        let dir = match dir {
            Direction::Auto if has_strong_rtl(&self.plain()) => Direction::Rtl,
            Direction::Auto => Direction::Ltr,
            d => d,
        };
        prepare_mapped(self.mapped(), mode, dir)
    }
}

/// A value's direction: right to left when most of its strong letters are
/// (an Arabic quote that starts with «EPA» is still Arabic; an English note
/// that cites «أمس الخميس» is still English). A value with no strong letter
/// (a date, a number) is left to right.
fn mostly_rtl(text: &str) -> bool {
    use unicode_bidi::{BidiClass, bidi_class};
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for c in text.chars() {
        match bidi_class(c) {
            BidiClass::R | BidiClass::AL => rtl += 1,
            BidiClass::L => ltr += 1,
            _ => {}
        }
    }
    rtl > 0 && rtl >= ltr
}

impl From<&str> for Label {
    fn from(s: &str) -> Label {
        Label::new().ui(s)
    }
}

impl From<String> for Label {
    fn from(s: String) -> Label {
        Label::new().ui(s)
    }
}

/// Lays a label out on one line of at most `width` cells; too long, it is
/// cut at its LOGICAL end with `…` (inside the value being cut, so a
/// mixed-script name keeps its ellipsis where its text stops). Glyph offsets
/// are byte offsets into [`Label::plain`].
pub fn layout_label_parts(
    label: &Label,
    width: usize,
    mode: BidiMode,
    dir: Direction,
) -> VisualLine {
    let width = width.max(1);
    let mut p = label.prepare(mode, dir);
    let total: usize = p.clusters.iter().map(|c| c.width).sum();
    if total > width {
        p = truncate(p, label.plain().len(), width);
    }
    fit(&mut p.clusters, width);
    let mut out = Vec::with_capacity(1);
    let all = 0..p.clusters.len();
    emit(&p, std::slice::from_ref(&all), width, mode, 0, &mut out);
    out.pop().unwrap_or_default()
}

/// Lays a label out wrapped to `width` cells, never cut: for messages that
/// must be read whole (a filter error in a dialog, a help entry).
pub fn wrap_label(label: &Label, width: usize, mode: BidiMode, dir: Direction) -> Vec<VisualLine> {
    let width = width.max(1);
    let mut p = label.prepare(mode, dir);
    fit(&mut p.clusters, width);
    let lines = wrap(&p.clusters, width);
    let mut out = Vec::with_capacity(lines.len());
    emit(&p, &lines, width, mode, 0, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(l: &Label, width: usize, dir: Direction) -> String {
        layout_label_parts(l, width, BidiMode::App, dir).text()
    }

    /// Shaped forms of «قره باغ», as the engine draws the value alone.
    fn shaped_value() -> String {
        let alone = Label::new().value("قره باغ");
        layout_label_parts(&alone, 20, BidiMode::App, Direction::Ltr).text()
    }

    #[test]
    fn an_arabic_value_stays_a_block_in_an_english_label() {
        let l = Label::from("filter: from 2020-10-01, place: ").value("قره باغ");
        assert_eq!(
            line(&l, 60, Direction::Ltr),
            format!("filter: from 2020-10-01, place: {}", shaped_value())
        );
        // Two values of different scripts keep the label's order.
        let l = Label::from("actor: ")
            .value("بوتين")
            .ui(" | ")
            .value("Macron");
        let text = line(&l, 40, Direction::Ltr);
        assert!(text.starts_with("actor: "), "{text}");
        assert!(text.ends_with(" | Macron"), "{text}");
    }

    #[test]
    fn key_names_are_never_mirrored_in_an_arabic_label() {
        let l = Label::new().key("[").ui(" ").ui("المصدر السابق");
        let text = line(&l, 30, Direction::Rtl);
        // RTL: the key is the first thing read, at the right edge.
        assert!(text.trim_start().ends_with('['), "{text}");
        assert!(!text.contains(']'), "{text}");
        let l = Label::new().key("Alt-←/b").ui(" رجوع");
        let text = line(&l, 30, Direction::Rtl);
        assert!(text.trim_start().ends_with("Alt-←/b"), "{text}");
    }

    #[test]
    fn a_cut_value_keeps_its_ellipsis_at_its_logical_end() {
        let l = Label::from("place: ").value("Nagorno-Karabakh قره باغ");
        let v = layout_label_parts(&l, 20, BidiMode::App, Direction::Ltr);
        assert_eq!(v.width(), 20);
        let text = v.text();
        // Most of the value's letters are Latin: its logical end, where
        // the ellipsis goes, is on the right.
        assert_eq!(text, "place: Nagorno-Kara…");
        // An Arabic value is cut at its logical end too: its left edge.
        let l = Label::from("place: ").value("قره باغ الجبلية Karabakh");
        let v = layout_label_parts(&l, 16, BidiMode::App, Direction::Ltr);
        assert!(v.text().starts_with("place: …"), "{}", v.text());
        // The ellipsis stands for the cut tail, the end of the value.
        let dots = v.glyphs.iter().find(|g| g.text == "…").expect("ellipsis");
        assert_eq!(dots.logical.end, l.plain().len());
    }

    #[test]
    fn a_value_takes_the_direction_of_most_of_its_letters() {
        assert!(mostly_rtl("EPA قالت إن التلوث ارتفع"));
        assert!(!mostly_rtl(
            "000 and 001 report the «أمس الخميس» of the same remarks"
        ));
        assert!(!mostly_rtl("2020-10-01"));
        let note = Label::new().value("004 says «أمس» of Thursday.");
        let text = line(&note, 60, Direction::Rtl);
        assert!(text.trim_start().starts_with("004 says «"), "{text}");
        assert!(text.ends_with("» of Thursday."), "{text}");
    }

    #[test]
    fn values_cannot_bring_their_own_controls() {
        let l = Label::from("x ").value("a\u{202E}b\u{2069}\u{1b}[2Jc");
        assert_eq!(line(&l, 20, Direction::Ltr), "x ab[2Jc");
    }

    #[test]
    fn wrapped_labels_keep_every_word() {
        let l = Label::from("Era: no era ")
            .value("peace")
            .ui(" (eras: background, war-2020, aftermath)");
        let lines = wrap_label(&l, 16, BidiMode::App, Direction::Ltr);
        assert!(lines.len() > 2);
        let all: Vec<String> = lines.iter().map(|v| v.text().trim().to_string()).collect();
        assert_eq!(all.join(" "), l.plain());
        assert!(lines.iter().all(|v| v.width() <= 16));
    }
}
