//! Numbers as Arabic news prints them: digits (Western or Arabic-Indic,
//! with `,` or `٬` between thousands), number words («خمسة آلاف»,
//! «ثلاثين», «ألفي», «مئتين»), mixed forms («75 ألف», «2.5 مليون»),
//! vague plurals («عشرات», «مئات الآلاف»), ranges («70 إلى 75 ألف»,
//! «بين 70 و75 ألفا») and the hedges before or after them («ما يزيد عن»,
//! «نحو», «على الأقل»).
//!
//! No crate reads Arabic number words reliably (words2num2 fails on «ألفي»
//! and «75 ألف»), so this is a small grammar: *atoms* (a digit group or a
//! number word), added when joined by «و» («خمسة وعشرون»), multiplied by
//! a following scale word («آلاف», «ألف», «مليون»).

use crate::corpus::schema::Qualifier;
use crate::extract::doc::{Doc, TokenKind, strip_clitics};
use crate::extract::lexicon::Phrases;
use crate::text::fold;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// A number found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Token range of the whole phrase, hedge included.
    pub tokens: Range<usize>,
    /// Token range of the number itself (no hedge).
    pub core: Range<usize>,
    /// The value; for a vague plural, the lower bound it implies; for a
    /// range, its low end.
    pub value: u64,
    /// The high end of a range.
    pub high: Option<u64>,
    /// Set for a vague plural («عشرات»): the figure is only a lower bound.
    pub vague: bool,
    /// The hedge printed before the number, `Exact` when none.
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom {
    /// A plain value («ثلاثين», «874», «مئتين»).
    Value(u64),
    /// A value that is itself a multiple of a scale («ألفي» = 2 × 1000):
    /// a further scale word does not multiply it.
    Scaled(u64),
    /// A scale that multiplies what precedes («آلاف», «ألف», «مليون»).
    Scale(u64),
    /// A vague plural, with its lower bound («عشرات» → 20).
    Vague(u64),
    /// A unit that can start a teen («أحد عشر», «ثلاثة عشر»).
    TeenUnit(u64),
}

/// Number words (ordinary spelling; folded when the table is built).
/// «عشر»/«عشرة» after a unit make a teen (see [`atom_at`]).
const WORDS: &[(&str, Atom)] = &[
    ("واحد", Atom::Value(1)),
    ("واحدة", Atom::Value(1)),
    ("اثنان", Atom::Value(2)),
    ("اثنين", Atom::Value(2)),
    ("اثنتان", Atom::Value(2)),
    ("اثنتين", Atom::Value(2)),
    ("ثلاث", Atom::TeenUnit(3)),
    ("ثلاثة", Atom::TeenUnit(3)),
    ("أربع", Atom::TeenUnit(4)),
    ("أربعة", Atom::TeenUnit(4)),
    ("خمس", Atom::TeenUnit(5)),
    ("خمسة", Atom::TeenUnit(5)),
    ("ست", Atom::TeenUnit(6)),
    ("ستة", Atom::TeenUnit(6)),
    ("سبع", Atom::TeenUnit(7)),
    ("سبعة", Atom::TeenUnit(7)),
    ("ثمان", Atom::TeenUnit(8)),
    ("ثماني", Atom::TeenUnit(8)),
    ("ثمانية", Atom::TeenUnit(8)),
    ("تسع", Atom::TeenUnit(9)),
    ("تسعة", Atom::TeenUnit(9)),
    ("عشر", Atom::Value(10)),
    ("عشرة", Atom::Value(10)),
    ("أحد", Atom::TeenUnit(1)),
    ("إحدى", Atom::TeenUnit(1)),
    ("اثنا", Atom::TeenUnit(2)),
    ("اثني", Atom::TeenUnit(2)),
    ("اثنتا", Atom::TeenUnit(2)),
    ("اثنتي", Atom::TeenUnit(2)),
    ("عشرون", Atom::Value(20)),
    ("عشرين", Atom::Value(20)),
    ("ثلاثون", Atom::Value(30)),
    ("ثلاثين", Atom::Value(30)),
    ("أربعون", Atom::Value(40)),
    ("أربعين", Atom::Value(40)),
    ("خمسون", Atom::Value(50)),
    ("خمسين", Atom::Value(50)),
    ("ستون", Atom::Value(60)),
    ("ستين", Atom::Value(60)),
    ("سبعون", Atom::Value(70)),
    ("سبعين", Atom::Value(70)),
    ("ثمانون", Atom::Value(80)),
    ("ثمانين", Atom::Value(80)),
    ("تسعون", Atom::Value(90)),
    ("تسعين", Atom::Value(90)),
    ("مائة", Atom::Value(100)),
    ("مئة", Atom::Value(100)),
    ("مائتان", Atom::Value(200)),
    ("مائتين", Atom::Value(200)),
    ("مائتي", Atom::Value(200)),
    ("مئتان", Atom::Value(200)),
    ("مئتين", Atom::Value(200)),
    ("مئتي", Atom::Value(200)),
    ("ثلاثمائة", Atom::Value(300)),
    ("ثلاثمئة", Atom::Value(300)),
    ("أربعمائة", Atom::Value(400)),
    ("أربعمئة", Atom::Value(400)),
    ("خمسمائة", Atom::Value(500)),
    ("خمسمئة", Atom::Value(500)),
    ("ستمائة", Atom::Value(600)),
    ("ستمئة", Atom::Value(600)),
    ("سبعمائة", Atom::Value(700)),
    ("سبعمئة", Atom::Value(700)),
    ("ثمانمائة", Atom::Value(800)),
    ("ثمانمئة", Atom::Value(800)),
    ("ثمانيمائة", Atom::Value(800)),
    ("تسعمائة", Atom::Value(900)),
    ("تسعمئة", Atom::Value(900)),
    ("ألف", Atom::Scale(1_000)),
    ("ألفا", Atom::Scale(1_000)),
    ("آلاف", Atom::Scale(1_000)),
    ("ألفان", Atom::Scaled(2_000)),
    ("ألفين", Atom::Scaled(2_000)),
    ("ألفي", Atom::Scaled(2_000)),
    ("مليون", Atom::Scale(1_000_000)),
    ("مليونا", Atom::Scale(1_000_000)),
    ("ملايين", Atom::Scale(1_000_000)),
    ("مليونان", Atom::Scaled(2_000_000)),
    ("مليونين", Atom::Scaled(2_000_000)),
    ("مليوني", Atom::Scaled(2_000_000)),
    ("مليار", Atom::Scale(1_000_000_000)),
    ("مليارات", Atom::Scale(1_000_000_000)),
    ("مليارين", Atom::Scaled(2_000_000_000)),
    ("ملياري", Atom::Scaled(2_000_000_000)),
    // Vague plurals, with the lower bound of the corpus's one table
    // (corpus::vague, docs/corpus-format.md "Vague figures": «العشرات» → at
    // least 10, «المئات» → 100; a unit test keeps the two in step).
    ("عشرات", Atom::Vague(10)),
    ("العشرات", Atom::Vague(10)),
    ("مئات", Atom::Vague(100)),
    ("المئات", Atom::Vague(100)),
    ("الآلاف", Atom::Vague(1_000)),
    ("بضع", Atom::Vague(3)),
    ("بضعة", Atom::Vague(3)),
];

/// What a bare plural scale means when nothing multiplies it: «آلاف
/// القتلى» is "thousands", at least 1,000 (the corpus's table).
fn bare_scale_bound(scale: u64) -> u64 {
    scale
}

/// The number words, folded; a vague word's bound is the corpus's
/// (`corpus::vague`), whatever [`WORDS`] writes beside it.
static WORD_TABLE: LazyLock<HashMap<String, Atom>> = LazyLock::new(|| {
    WORDS
        .iter()
        .map(|(w, a)| {
            let atom = match (a, crate::corpus::vague::lookup(w)) {
                (Atom::Vague(_), Some(v)) => Atom::Vague(v.low),
                (a, _) => *a,
            };
            (fold(w), atom)
        })
        .collect()
});

/// Hedges printed before a number.
static BEFORE: LazyLock<Phrases<Qualifier>> = LazyLock::new(|| {
    use Qualifier::*;
    Phrases::new(&[
        ("أكثر من", MoreThan),
        ("ما يزيد عن", MoreThan),
        ("ما يزيد على", MoreThan),
        ("يزيد عن", MoreThan),
        ("يزيد على", MoreThan),
        ("أزيد من", MoreThan),
        ("ما يربو على", MoreThan),
        ("يربو على", MoreThan),
        ("ما يفوق", MoreThan),
        ("يفوق", MoreThan),
        ("نحو", About),
        ("حوالي", About),
        ("حوالى", About),
        ("قرابة", About),
        ("زهاء", About),
        ("ما يقارب", About),
        ("يقارب", About),
        ("ما يقرب من", About),
        ("يقرب من", About),
        ("يقترب من", About),
        // "Up to": the corpus has no "at most"; the nearest hedge it has.
        ("ما يصل إلى", About),
        ("يصل إلى", About),
        ("ما لا يقل عن", AtLeast),
        ("لا يقل عن", AtLeast),
        ("على الأقل", AtLeast),
        ("أقل من", FewerThan),
        ("ما يقل عن", FewerThan),
    ])
});

/// Hedges printed after a number or after its noun.
static AFTER: LazyLock<Phrases<Qualifier>> = LazyLock::new(|| {
    Phrases::new(&[
        ("على الأقل", Qualifier::AtLeast),
        ("تقريبا", Qualifier::About),
        ("أو أكثر", Qualifier::AtLeast),
    ])
});

/// Words that join the two ends of a range.
static RANGE_JOIN: LazyLock<Phrases<()>> =
    LazyLock::new(|| Phrases::new(&[("إلى", ()), ("حتى", ()), ("-", ()), ("–", ())]));

/// A hedge that follows a number («10 قتلى على الأقل»): its qualifier and
/// the token after it.
pub fn hedge_after(doc: &Doc, i: usize) -> Option<(usize, Qualifier)> {
    AFTER.at(doc, i)
}

/// The value of token `i` as a number atom, clitics allowed on words.
fn atom_at(doc: &Doc, i: usize) -> Option<Atom> {
    match doc.kind(i)? {
        TokenKind::Number => digits(doc.tok(i)).map(Atom::Value),
        TokenKind::Word => {
            let w = doc.tok(i);
            let bare = strip_clitics(w, |r| WORD_TABLE.contains_key(r))?;
            WORD_TABLE.get(bare).copied()
        }
        TokenKind::Punct => None,
    }
}

/// Digits with thousands separators («2,300», «٢٬٣٠٠» folded) or a
/// decimal point («2.5» = 2, kept only when a scale follows; see
/// [`decimal`]).
fn digits(t: &str) -> Option<u64> {
    if t.contains(['.', '٫']) {
        return None;
    }
    let groups: Vec<&str> = t.split([',', '٬']).collect();
    let grouped = groups.len() > 1;
    if grouped && groups[1..].iter().any(|g| g.len() != 3) {
        return None;
    }
    groups.concat().parse().ok()
}

/// A decimal before a scale: «2.5 مليون» = 2,500,000.
fn decimal(t: &str, scale: u64) -> Option<u64> {
    let (int, frac) = t.split_once(['.', '٫'])?;
    let value: f64 = format!("{int}.{frac}").parse().ok()?;
    Some((value * scale as f64).round() as u64)
}

/// One number read from the tokens (without its hedge).
#[derive(Debug, Clone, Copy)]
struct Parsed {
    value: u64,
    vague: bool,
    /// The token after the number.
    end: usize,
    /// The last scale word printed («ألف» in «75 ألف») and the value it
    /// multiplied (75): a range's low end borrows the scale.
    scale: Option<(u64, u64)>,
}

/// Reads one number (without hedge) starting at token `i`.
fn value_at(doc: &Doc, i: usize) -> Option<Parsed> {
    // A decimal needs a scale right after it: «2.5 مليون».
    if doc.kind(i) == Some(TokenKind::Number) && digits(doc.tok(i)).is_none() {
        let Some(Atom::Scale(s)) = atom_at(doc, i + 1) else {
            return None;
        };
        return Some(Parsed {
            value: decimal(doc.tok(i), s)?,
            vague: false,
            end: i + 2,
            scale: None,
        });
    }
    let first = atom_at(doc, i)?;
    let mut j = i + 1;
    let (mut open, vague) = match first {
        Atom::Value(v) | Atom::Scaled(v) => (v, false),
        // «ثلاثة عشر», «أحد عشر»; «أحد» alone means "one of".
        Atom::TeenUnit(u) if matches!(doc.tok(j), "عشر" | "عشره") => {
            j += 1;
            (u + 10, false)
        }
        Atom::TeenUnit(1) => return None,
        Atom::TeenUnit(u) => (u, false),
        Atom::Vague(b) => (b, true),
        // A bare plural scale («آلاف القتلى») is vague; «ألف» is 1,000.
        Atom::Scale(s) if doc.tok(i).ends_with("لاف") || doc.tok(i) == "ملايين" => {
            (bare_scale_bound(s), true)
        }
        Atom::Scale(s) => (s, false),
    };
    let mut total = 0;
    let mut scale = None;
    let words = doc.kind(i) == Some(TokenKind::Word);
    while !doc.crosses_line(j - 1, j) {
        match atom_at(doc, j) {
            // «مئات الآلاف», «عشرات الآلاف»: a vague count of thousands.
            Some(Atom::Scale(1_000) | Atom::Vague(1_000))
                if vague && (open == 100 || open == 10) && doc.tok(j).ends_with("لاف") =>
            {
                open *= 1_000;
                j += 1;
            }
            // «خمسة آلاف», «75 ألف»
            Some(Atom::Scale(s)) if !vague && !matches!(first, Atom::Scaled(_)) => {
                scale = Some((s, open));
                total += open.max(1) * s;
                open = 0;
                j += 1;
            }
            // «خمسة وعشرون», «ألف وخمسمائة»
            Some(Atom::Value(v) | Atom::TeenUnit(v))
                if words && !vague && doc.tok(j).starts_with('و') =>
            {
                open += v;
                j += 1;
            }
            _ => break,
        }
    }
    let value = total + open;
    (value > 0).then_some(Parsed {
        value,
        vague,
        end: j,
        scale,
    })
}

/// Every number in the document, left to right, each with its hedge and
/// range.
pub fn find_numbers(doc: &Doc) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        let Some(n) = number_at(doc, i) else {
            i += 1;
            continue;
        };
        i = n.tokens.end;
        out.push(n);
    }
    out
}

/// The number that starts at token `i` (hedge included), if any.
pub fn number_at(doc: &Doc, i: usize) -> Option<Number> {
    let (qualifier, core_start) = match BEFORE.at(doc, i) {
        Some((after, q)) if !doc.crosses_line(i, after) && atom_at(doc, after).is_some() => {
            (q, after)
        }
        _ => (Qualifier::Exact, i),
    };
    let low = value_at(doc, core_start)?;
    let mut n = Number {
        tokens: i..low.end,
        core: core_start..low.end,
        value: low.value,
        high: None,
        vague: low.vague,
        qualifier: if low.vague {
            Qualifier::AtLeast
        } else {
            qualifier
        },
    };
    if low.vague {
        return Some(n);
    }
    // A range: «70 إلى 75 ألف», «بين 70 و75 ألفا», «من 10 إلى 15».
    let between = core_start > 0 && doc.tok(core_start - 1).ends_with("بين");
    let join = RANGE_JOIN
        .at(doc, low.end)
        .map(|(e, _)| e)
        .or_else(|| (between && doc.tok(low.end) == "و").then_some(low.end + 1));
    if let Some(after) = join
        && !doc.crosses_line(low.end, after)
        && let Some(high) = value_at(doc, after)
        && !high.vague
    {
        // The scale printed after the high end applies to a bare low end.
        let value = match (low.scale, high.scale) {
            (None, Some((s, pre))) if low.value < pre => low.value * s,
            _ => low.value,
        };
        if value < high.value {
            n.value = value;
            n.high = Some(high.value);
            n.qualifier = Qualifier::AtLeast;
            n.core = core_start..high.end;
            n.tokens = if between { core_start - 1 } else { i }..high.end;
        }
    }
    Some(n)
}

#[cfg(test)]
#[path = "numbers_tests.rs"]
mod tests;
