//! What a user may type into a filter, and what it means: dates with
//! Arabic-Indic digits, ids in any case, names in any spelling, and, for a
//! name nothing is called, the closest spellings ("did you mean …?").
//!
//! Suggestions compare folded spellings ([`fold`]: no hamza seats, no
//! harakat, no Latin case or accents) by Damerau–Levenshtein distance, to
//! the whole spelling and to each of its words (so «باغ» suggests «قره باغ»
//! and `valdai` the event id `putin-valdai-2020-10-22`); a spelling that
//! contains what was typed (`putin-valdai`) counts as one edit. A spelling
//! is close enough when it is at most `max(1, (n + 1) / 3)` edits away,
//! `n` being the length of what was typed: one edit for up to four
//! letters, two up to seven, and so on. Another script is never close.

use crate::corpus::date::{DateError, PartialDate};
use crate::corpus::model::{Entity, Timeline};
use crate::corpus::schema::EventKind;
use crate::text::fold;

/// At most this many suggestions are offered.
pub const MAX_SUGGESTIONS: usize = 3;

/// Parses a date as a user types it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in
/// Western, Arabic-Indic (٠–٩) or Eastern Arabic-Indic (۰–۹) digits, with
/// `-` or `/` between the parts (the articles print «2020/10/01»). The
/// error quotes the input as typed.
pub fn parse_date(typed: &str) -> Result<PartialDate, DateError> {
    let s: String = typed
        .trim()
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => digit(c as u32 - 0x0660),
            '\u{06F0}'..='\u{06F9}' => digit(c as u32 - 0x06F0),
            '/' => '-',
            c => c,
        })
        .collect();
    PartialDate::parse_typed(&s).map_err(|e| DateError {
        input: typed.trim().to_string(),
        kind: e.kind,
    })
}

fn digit(n: u32) -> char {
    char::from_digit(n, 10).unwrap_or('0')
}

/// Whether a typed id names `id`: ids are ASCII, compared without case.
pub fn same_id(id: &str, typed: &str) -> bool {
    id.eq_ignore_ascii_case(typed.trim())
}

/// The kind a user typed: its id in any case, with `-`, `_` or a space
/// between words (`casualty report`), or its Arabic label in any spelling.
pub fn parse_kind(typed: &str) -> Option<EventKind> {
    let id: String = typed
        .trim()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    let folded = fold(typed.trim());
    EventKind::ALL
        .into_iter()
        .find(|k| same_id(k.as_str(), &id) || fold(k.label_ar()) == folded)
}

/// The spellings by which a filter can name each entity, for suggestions:
/// the English name, every Arabic spelling, the id (last: a name reads
/// better in a suggestion).
fn entity_spellings(e: &Entity) -> Vec<&str> {
    std::iter::once(e.en.as_str())
        .chain(e.ar.iter().map(String::as_str))
        .chain(std::iter::once(e.id.as_str()))
        .collect()
}

/// The closest spellings of the entities `keep` allows, one per entity.
pub fn entity_suggestions(
    t: &Timeline,
    typed: &str,
    keep: impl Fn(&Entity) -> bool,
) -> Vec<String> {
    closest_of_groups(
        typed,
        t.entities.iter().filter(|e| keep(e)).map(entity_spellings),
    )
}

/// The closest outlet names (either script, «unknown outlet» included) and
/// article ids.
pub fn outlet_suggestions(t: &Timeline, typed: &str) -> Vec<String> {
    closest(
        typed,
        t.articles
            .iter()
            .flat_map(|a| [a.outlet.name_en(), a.outlet.name_ar(), a.id.as_str()].into_iter()),
    )
}

/// The closest of some candidates (in their order of appearance when
/// equally close; each once).
pub fn closest<'a>(typed: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<String> {
    closest_of_groups(typed, candidates.map(|c| vec![c]))
}

/// The closest candidates, at most one per group (the spellings of one
/// thing: its closest, the first of equally close ones), best first,
/// groups in their order when equally close, each spelling once.
fn closest_of_groups<'a>(typed: &str, groups: impl Iterator<Item = Vec<&'a str>>) -> Vec<String> {
    let typed = fold(typed.trim());
    let n = typed.chars().count();
    if n == 0 {
        return Vec::new();
    }
    let limit = ((n + 1) / 3).max(1);
    let mut scored: Vec<(usize, usize, &str)> = Vec::new();
    for (order, group) in groups.enumerate() {
        let best = group
            .into_iter()
            .map(|c| (distance(&typed, &fold(c)), c))
            .min_by_key(|(d, _)| *d);
        if let Some((d, c)) = best
            && d <= limit
            && !scored.iter().any(|(_, _, s)| fold(s) == fold(c))
        {
            scored.push((d, order, c));
        }
    }
    scored.sort();
    scored
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, c)| c.to_string())
        .collect()
}

/// Edits from `typed` to a folded spelling, or to its closest run of as
/// many words as were typed (`al-arabi` is one edit from the `al-araby`
/// of «Al-Araby Al-Jadeed», `باغ` none from a word of «قره باغ»); a
/// spelling that contains what was typed (three letters or more: the start
/// of an id, part of a name) counts as one edit away.
fn distance(typed: &str, spelling: &str) -> usize {
    let mut best = strsim::damerau_levenshtein(typed, spelling);
    if typed.chars().count() >= 3 && spelling.contains(typed) {
        best = best.min(1);
    }
    let words = word_spans(spelling);
    let k = word_spans(typed).len().max(1);
    for run in words.windows(k) {
        if let (Some(first), Some(last)) = (run.first(), run.last())
            && let Some(window) = spelling.get(first.0..last.1)
        {
            best = best.min(strsim::damerau_levenshtein(typed, window));
        }
    }
    best
}

/// Byte spans of the words (runs of letters and digits) of a string.
fn word_spans(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, s.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_any_digits_and_separator() {
        let d = |s| parse_date(s).map(|d| d.iso());
        assert_eq!(d("٢٠٢٠-١٠-٠١"), Ok("2020-10-01".to_string()));
        assert_eq!(d("۲۰۲۱-۱۱"), Ok("2021-11".to_string()));
        assert_eq!(d(" 2020/10/01 "), Ok("2020-10-01".to_string()));
        let e = parse_date("٢٠٢١-٠٢-٣٠").expect_err("no 30 Feb");
        assert_eq!(e.input, "٢٠٢١-٠٢-٣٠");
        assert!(parse_date("1/10/2020").is_err());
    }

    #[test]
    fn kinds_in_any_case_and_separator() {
        assert_eq!(
            parse_kind("Casualty Report"),
            Some(EventKind::CasualtyReport)
        );
        assert_eq!(parse_kind("FIGHTING"), Some(EventKind::Fighting));
        assert_eq!(parse_kind("وقف اطلاق النار"), Some(EventKind::Ceasefire));
        assert_eq!(parse_kind("fight"), None);
    }

    #[test]
    fn the_closest_spellings_come_first() {
        let names = ["Vladimir Putin", "بوتين", "Nikol Pashinyan", "Ilham Aliyev"];
        let c = |typed| closest(typed, names.into_iter());
        assert_eq!(c("Putn"), ["Vladimir Putin"]);
        assert_eq!(c("بوتن"), ["بوتين"]);
        assert_eq!(c("pashinian"), ["Nikol Pashinyan"]);
        assert_eq!(c("Alief"), ["Ilham Aliyev"]);
        assert!(c("Macron").is_empty());
        assert_eq!(c("Pashin"), ["Nikol Pashinyan"]);
        assert_eq!(c("Vladimir Putn"), ["Vladimir Putin"]);
        let outlets = ["Al-Araby Al-Jadeed", "Madarat Alamiya", "unknown outlet"];
        assert_eq!(
            closest("Al-Arabi", outlets.into_iter()),
            ["Al-Araby Al-Jadeed"]
        );
        assert_eq!(closest("unknwn", outlets.into_iter()), ["unknown outlet"]);
        assert!(c("").is_empty());
    }
}
