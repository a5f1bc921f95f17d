//! Casualty and loss figures: numbers that count losses, with their
//! category, qualifier and the words they stand in.
//!
//! A number is a figure when what it counts and what happened to it line up
//! (see [`crate::extract::loss_words`]): a loss noun after it («5 آلاف
//! قتيل»), or a counted noun plus a loss word before it or after the noun
//! («مقتل 874 جنديا», «سبعة جنود قتلوا», «دمرت 130 دبابة»), or a loss word
//! right before a bare or vague number («مقتل العشرات», «وأسر 13»). Parts
//! of a breakdown inherit the loss of the part before them («مقتل 874
//! جنديا، و37 مدنيا»). A loss word before a singular or dual noun is a
//! count of one or two («مقتل جندي», «خسرت موقعين»). Every other number is
//! kept out, with the reason (a year, a percentage, a duration, a count of
//! villages …).

use crate::corpus::schema::{Category, Qualifier};
use crate::extract::dates::Mention;
use crate::extract::doc::{Doc, TokenKind, strip_clitics};
use crate::extract::lexicon::Phrases;
use crate::extract::loss_words::{COUNTED, Counted, LOSSES, Loss, NOT_LOSSES, TOLL_BACK, Voice};
use crate::extract::numbers::{Number, find_numbers, hedge_after};
use std::ops::Range;
use std::sync::LazyLock;

/// A loss figure found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Tokens of the words that carry it (loss word, hedge, number, noun).
    pub tokens: Range<usize>,
    /// Tokens of the number itself (for a count of one, the noun).
    pub number: Range<usize>,
    /// Tokens of the words that give the figure as the corpus's
    /// `value_text` records them: the hedge before and the number («أكثر
    /// من 30», «ما يقارب 5000»), the vague word alone («المئات»), the
    /// noun of a count of one («مدني»).
    pub words: Range<usize>,
    pub value: u64,
    pub high: Option<u64>,
    /// A vague plural («العشرات»): `value` is the lower bound it implies.
    pub vague: bool,
    pub qualifier: Qualifier,
    pub category: Category,
    pub equipment: Option<&'static str>,
    pub counted: Option<Counted>,
    /// Whether the claimant suffered or inflicted the loss.
    pub voice: Voice,
    /// The token after the counted noun (where the subject is looked for).
    pub after_noun: usize,
    pub rule: &'static str,
    pub confidence: f32,
}

/// A number that is not a loss figure, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub tokens: Range<usize>,
    pub reason: &'static str,
}

/// How far before a number a loss word may stand.
const LOSS_REACH: usize = 7;
/// How far after the counted noun a loss verb may stand («جنود أذربيجانيين
/// قتلوا»).
const AFTER_REACH: usize = 3;

/// Words that join the parts of a breakdown.
static JOINS: LazyLock<Phrases<()>> = LazyLock::new(|| {
    Phrases::new(&[
        ("و", ()),
        ("بالإضافة إلى", ()),
        ("إضافة إلى", ()),
        ("فضلا عن", ()),
        ("علاوة على", ()),
        ("بينهم", ()),
        ("منهم", ()),
        ("بينها", ()),
    ])
});

/// Every figure of the document, and every number left out.
pub fn find_figures(doc: &Doc, dates: &[Mention]) -> (Vec<Figure>, Vec<Rejected>) {
    let mut figures: Vec<Figure> = Vec::new();
    let mut rejected = Vec::new();
    let in_date = |r: &Range<usize>| {
        dates
            .iter()
            .any(|d| d.tokens.start < r.end && r.start < d.tokens.end)
    };
    for n in find_numbers(doc) {
        if in_date(&n.core) {
            continue;
        }
        match figure(doc, &n, &figures) {
            Ok(f) => figures.push(f),
            Err(reason) => rejected.push(Rejected {
                tokens: n.tokens.clone(),
                reason,
            }),
        }
    }
    figures.extend(implicit_counts(doc, &figures));
    figures.sort_by_key(|f| f.number.start);
    (figures, rejected)
}

/// Skips brackets, quotes and one partitive «من» after a number.
fn skip_fillers(doc: &Doc, mut k: usize) -> usize {
    let mut from = false;
    while k < doc.tokens.len() {
        match doc.tok(k) {
            "(" | ")" | "\"" | "«" | "»" | "“" | "”" => k += 1,
            "من" if !from => {
                from = true;
                k += 1;
            }
            _ => break,
        }
    }
    k
}

/// A soldiers / civilians word among tokens `r` («عدد القتلى المدنيين»).
fn class_in(doc: &Doc, r: Range<usize>) -> Option<Counted> {
    r.into_iter().find_map(|i| {
        let w = doc.tok(i);
        let bare = strip_clitics(w, |x| x.starts_with("ال")).map_or(w, |x| &x["ال".len()..]);
        match COUNTED.get(bare) {
            Some((c @ (Counted::Soldiers | Counted::Civilians), _)) => Some(c),
            _ => None,
        }
    })
}

fn killed(class: Option<Counted>) -> Category {
    match class {
        Some(Counted::Soldiers) => Category::MilitaryKilled,
        Some(Counted::Civilians) => Category::CiviliansKilled,
        _ => Category::TotalKilled,
    }
}

/// The category of a count, from what it counts and what happened.
fn category(
    counted: Option<Counted>,
    loss: Option<Loss>,
    class: Option<Counted>,
) -> Option<(Category, Option<&'static str>)> {
    use Counted as C;
    let person =
        |c: Option<Counted>| matches!(c, Some(C::Soldiers | C::Civilians | C::People) | None);
    Some(match (counted, loss) {
        (Some(C::Dead), _) => (killed(class), None),
        (Some(C::Wounded), _) => (Category::Wounded, None),
        (Some(C::Missing), _) => (Category::Missing, None),
        (Some(C::Captured), _) => (Category::Captured, None),
        (Some(C::Displaced), _) => (Category::Displaced, None),
        (Some(C::Equipment(e)), Some(Loss::Destroyed | Loss::Lost)) => {
            (Category::EquipmentDestroyed, Some(e))
        }
        (Some(C::Positions), Some(Loss::Lost)) => (Category::PositionsLost, None),
        (c, Some(Loss::Killed)) if person(c) => {
            (killed(c.filter(|c| *c != C::People).or(class)), None)
        }
        (c, Some(Loss::Wounded)) if person(c) => (Category::Wounded, None),
        (c, Some(Loss::Missing)) if person(c) => (Category::Missing, None),
        (c, Some(Loss::Captured)) if person(c) => (Category::Captured, None),
        (c, Some(Loss::Displaced)) if person(c) => (Category::Displaced, None),
        _ => return None,
    })
}

/// Reads one number as a figure, or says why it is not one.
fn figure(doc: &Doc, n: &Number, before: &[Figure]) -> Result<Figure, &'static str> {
    let sentence = doc
        .sentence_of(n.tokens.start)
        .map_or(0..doc.tokens.len(), |s| s.tokens.clone());
    let plain_year = n.value >= 1900
        && n.value <= 2100
        && n.core.len() == 1
        && n.qualifier == Qualifier::Exact
        && doc.kind(n.core.start) == Some(TokenKind::Number);
    let k = skip_fillers(doc, n.tokens.end);
    if let Some((_, reason)) = NOT_LOSSES
        .at(doc, k)
        .filter(|_| !doc.crosses_line(n.tokens.end - 1, k))
    {
        return Err(reason);
    }
    let noun = COUNTED
        .at(doc, k)
        .filter(|_| !doc.crosses_line(n.tokens.end - 1, k));
    if plain_year && noun.is_none() {
        return Err("a year");
    }
    let after_noun = noun.map_or(n.tokens.end, |(e, _)| skip_fillers(doc, e));
    let counted = noun.map(|(_, (c, _))| c);
    // A loss word before the number, not reaching past the figure before.
    let floor = before
        .last()
        .filter(|f| f.tokens.end > sentence.start && f.tokens.end <= n.tokens.start)
        .map_or(sentence.start, |f| f.tokens.end);
    let from = floor.max(n.tokens.start.saturating_sub(LOSS_REACH));
    let loss_before = LOSSES.rfind(doc, from, n.tokens.start);
    let loss_after = LOSSES
        .find(
            doc,
            after_noun,
            (after_noun + AFTER_REACH).min(sentence.end),
        )
        .filter(|_| noun.is_some());
    // A breakdown: «و37 مدنيا» after «مقتل 874 جنديا».
    let chained = before.last().filter(|f| {
        f.tokens.end > sentence.start
            && n.tokens.start.saturating_sub(f.tokens.end) <= 12
            && JOINS.ending_at(doc, n.tokens.start).is_some()
    });
    let (loss, voice, loss_start, rule, conf) = match (loss_before, loss_after, chained) {
        (Some((s, _, (l, v))), _, _) => (Some(l), v, Some(s), "loss word before the number", 0.9),
        (None, Some((_, _, (l, v))), _) => {
            (Some(l), v, None, "loss word after the counted noun", 0.85)
        }
        (None, None, Some(f)) => (
            loss_of(f.category),
            f.voice,
            None,
            "part of a breakdown",
            0.8,
        ),
        (None, None, None) => match TOLL_BACK.ending_at(doc, n.tokens.start) {
            Some(_) if noun.is_none() => match before.last() {
                Some(f) => (
                    loss_of(f.category),
                    f.voice,
                    None,
                    "refers back to a toll",
                    0.6,
                ),
                None => return Err("no loss word and nothing counted"),
            },
            _ => (
                None,
                Voice::Neutral,
                None,
                "loss noun after the number",
                0.85,
            ),
        },
    };
    let class = class_in(doc, from..n.tokens.start)
        .or_else(|| class_in(doc, after_noun..(after_noun + 1).min(sentence.end)))
        .or_else(|| {
            (counted == Some(Counted::People))
                .then(|| chained.and_then(|f| f.counted))
                .flatten()
        });
    let counted_eff = match counted {
        Some(Counted::People) => chained
            .and_then(|f| f.counted)
            .filter(|c| matches!(c, Counted::Soldiers | Counted::Civilians))
            .or(counted),
        c => c,
    };
    let (cat, equipment) = match (counted_eff, loss) {
        (None, None) => return Err("no loss word and nothing counted"),
        (Some(_), None)
            if !matches!(
                counted,
                Some(
                    Counted::Dead
                        | Counted::Wounded
                        | Counted::Missing
                        | Counted::Captured
                        | Counted::Displaced
                )
            ) =>
        {
            return Err("a count of people or things with no loss");
        }
        (c, l) => category(c, l, class).ok_or("what it counts does not match the loss")?,
    };
    let mut qualifier = n.qualifier;
    let mut end = after_noun;
    if let Some((e, q)) = hedge_after(doc, after_noun).or_else(|| hedge_after(doc, n.tokens.end)) {
        if qualifier == Qualifier::Exact {
            qualifier = q;
        }
        end = end.max(e);
    }
    if loss_before.is_none()
        && let Some((_, e, _)) = loss_after
    {
        end = end.max(e);
    }
    let start = loss_start.unwrap_or(n.tokens.start).min(n.tokens.start);
    Ok(Figure {
        tokens: start..end.min(sentence.end).max(n.tokens.end),
        number: n.core.clone(),
        words: if n.vague {
            n.core.clone()
        } else {
            n.tokens.clone()
        },
        value: n.value,
        high: n.high,
        vague: n.vague,
        qualifier,
        category: cat,
        equipment,
        counted: counted_eff,
        voice,
        after_noun,
        rule,
        confidence: if n.vague { conf - 0.15 } else { conf },
    })
}

fn loss_of(c: Category) -> Option<Loss> {
    Some(match c {
        Category::MilitaryKilled | Category::CiviliansKilled | Category::TotalKilled => {
            Loss::Killed
        }
        Category::Wounded => Loss::Wounded,
        Category::Missing => Loss::Missing,
        Category::Captured => Loss::Captured,
        Category::Displaced => Loss::Displaced,
        Category::EquipmentDestroyed => Loss::Destroyed,
        Category::PositionsLost => Loss::Lost,
    })
}

/// «مقتل جندي», «أودى بحياة مدني», «إسقاط دفاعاتهم الجوية مروحية»,
/// «خسرت موقعين»: a loss word and, at most two words on, a singular (1)
/// or dual (2) noun with no number.
fn implicit_counts(doc: &Doc, numbered: &[Figure]) -> Vec<Figure> {
    let mut out = Vec::new();
    let taken = |i: usize| numbered.iter().any(|f| f.tokens.contains(&i));
    let mut i = 0;
    while i < doc.tokens.len() {
        let Some((end, (loss, voice))) = LOSSES.at(doc, i) else {
            i += 1;
            continue;
        };
        let found = (end..end + 3).find_map(|k| {
            if doc.crosses_line(i, k) || taken(k) || doc.kind(k) != Some(TokenKind::Word) {
                return None;
            }
            COUNTED.at(doc, k).map(|(e, (c, count))| (k, e, c, count))
        });
        let gap_ok = |k: usize| {
            (end..k).all(|g| doc.kind(g) == Some(TokenKind::Word))
                && (k == end || loss == Loss::Destroyed)
        };
        if let Some((k, e, c, count @ (1 | 2))) = found
            && gap_ok(k)
            && let Some((cat, equipment)) = category(Some(c), Some(loss), None)
        {
            out.push(Figure {
                tokens: i..e,
                number: k..e,
                words: k..e,
                value: u64::from(count),
                high: None,
                vague: false,
                qualifier: Qualifier::Exact,
                category: cat,
                equipment,
                counted: Some(c),
                voice,
                after_noun: e,
                rule: if count == 1 {
                    "singular noun after a loss word"
                } else {
                    "dual noun after a loss word"
                },
                confidence: 0.6,
            });
            i = e;
            continue;
        }
        i = end;
    }
    out
}

#[cfg(test)]
#[path = "figures_tests.rs"]
mod tests;
