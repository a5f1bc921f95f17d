//! Quotes: every source of every event and claim, and the words that date
//! each event (`date.basis.quote`), found in its article — exactly once,
//! or the chosen occurrence; inside one line and outside page furniture.
//!
//! All the quotes of the corpus are gathered first and resolved article
//! by article, so that each article is searched once for all its quotes.

use super::{Refs, Resolver};
use crate::corpus::model::{Article, Source};
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::problem::excerpt;
use crate::corpus::schema::RawSource;
use crate::corpus::visible::is_blank;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;

/// The resolved sources of each event and claim, by position in
/// `Sections::events` / `Sections::claims`, and the words that carry each
/// event's date. A quote that could not be resolved is left out (its
/// problem is reported).
pub(super) struct Quotes {
    pub events: Vec<Vec<Source>>,
    pub claims: Vec<Vec<Source>>,
    /// The words of each event's `date.basis.quote`, found in their
    /// article (whether they lie inside a source is checked with the event).
    pub event_dates: Vec<Option<Source>>,
}

/// Whose quote a request is, by position in its section.
#[derive(Clone, Copy)]
enum Owner {
    /// Source `k` of event `n`.
    Event { n: usize, k: usize },
    /// Source `k` of claim `n`.
    Claim { n: usize, k: usize },
    /// The words that carry event `n`'s date.
    EventDate { n: usize },
}

/// One quote to find: whose it is and where it is written.
struct Request<'r> {
    owner: Owner,
    /// The owner's index in its section of the file.
    i: usize,
    article: usize,
    raw: &'r RawSource,
}

impl Owner {
    /// The quote's object in the file (`…/sources/k`, `…/date/basis/quote`)
    /// of an owner at index `i` of its section: made only for a message
    /// (a corpus has hundreds of thousands of quotes).
    fn path(self, i: usize) -> Vec<Seg<'static>> {
        match self {
            Owner::Event { k, .. } | Owner::Claim { k, .. } => {
                let section = if matches!(self, Owner::Claim { .. }) {
                    "claims"
                } else {
                    "events"
                };
                vec![
                    Seg::Key(section),
                    Seg::Index(i),
                    Seg::Key("sources"),
                    Seg::Index(k),
                ]
            }
            Owner::EventDate { .. } => vec![
                Seg::Key("events"),
                Seg::Index(i),
                Seg::Key("date"),
                Seg::Key("basis"),
                Seg::Key("quote"),
            ],
        }
    }
}

impl Resolver {
    pub(super) fn quotes(&mut self, raw: &mut Sections, refs: &Refs) -> Quotes {
        // (place among the owner's sources, source), put in order at the end.
        let mut events_out: Vec<Vec<(usize, Source)>> = vec![Vec::new(); raw.events.len()];
        let mut claims_out: Vec<Vec<(usize, Source)>> = vec![Vec::new(); raw.claims.len()];
        let mut event_dates: Vec<Option<Source>> = vec![None; raw.events.len()];
        let events = raw.events.iter().map(|(i, e)| ("events", *i, &e.sources));
        let claims = raw.claims.iter().map(|(i, c)| ("claims", *i, &c.sources));
        let mut requests = Vec::new();
        for (n, (section, i, sources)) in events.enumerate().chain(claims.enumerate()) {
            if sources.is_empty() {
                self.report(
                    &[Seg::Key(section), Seg::Index(i), Seg::Key("sources")],
                    "at least one source is needed: every claim must be traceable to its words",
                );
            }
            for (k, s) in sources.iter().enumerate() {
                let owner = if section == "claims" {
                    Owner::Claim { n, k }
                } else {
                    Owner::Event { n, k }
                };
                requests.extend(self.request(refs, owner, i, s));
            }
        }
        for (n, (i, e)) in raw.events.iter().enumerate() {
            let date = [Seg::Key("events"), Seg::Index(*i), Seg::Key("date")];
            if let Some(s) = self.dating_quote(raw.version, &e.date, &date) {
                requests.extend(self.request(refs, Owner::EventDate { n }, *i, s));
            }
        }
        // Article by article: one search of its text for all its quotes.
        let mut by_article: Vec<Vec<Request>> = Vec::new();
        by_article.resize_with(refs.articles.len(), Vec::new);
        for r in requests {
            by_article[r.article].push(r);
        }
        // Each article's search is its own: on every core.
        let found = crate::corpus::par::map(&by_article, |requests| {
            let raws: Vec<&RawSource> = requests.iter().map(|r| r.raw).collect();
            match requests.first() {
                Some(r) => find_quotes_bare(&refs.articles[r.article], &raws),
                None => Vec::new(),
            }
        });
        for (a, (requests, found)) in by_article.into_iter().zip(found).enumerate() {
            for (r, result) in requests.into_iter().zip(found) {
                match (result, r.owner) {
                    (Ok(src), owner) => {
                        let src = Source {
                            article: a,
                            draft: r.raw.draft.clone(),
                            ..src
                        };
                        match owner {
                            Owner::Event { n, k } => events_out[n].push((k, src)),
                            Owner::Claim { n, k } => claims_out[n].push((k, src)),
                            Owner::EventDate { n } => event_dates[n] = Some(src),
                        }
                    }
                    (Err(message), owner) => {
                        let mut path = owner.path(r.i);
                        path.push(Seg::Key("quote"));
                        self.report(&path, message);
                    }
                }
            }
        }
        // Each resolved quote's words, moved from its raw source (a large
        // corpus quotes hundreds of thousands of passages: one copy of
        // them is enough).
        for (n, list) in events_out.iter_mut().enumerate() {
            for (k, src) in list {
                if let Some(s) = raw.events.get_mut(n).and_then(|e| e.1.sources.get_mut(*k)) {
                    src.quote = std::mem::take(&mut s.quote);
                }
            }
        }
        for (n, list) in claims_out.iter_mut().enumerate() {
            for (k, src) in list {
                if let Some(s) = raw.claims.get_mut(n).and_then(|c| c.1.sources.get_mut(*k)) {
                    src.quote = std::mem::take(&mut s.quote);
                }
            }
        }
        for (n, date) in event_dates.iter_mut().enumerate() {
            let raw_quote = raw
                .events
                .get_mut(n)
                .and_then(|e| e.1.date.basis.quote.as_mut());
            if let (Some(src), Some(s)) = (date, raw_quote) {
                src.quote = std::mem::take(&mut s.quote);
            }
        }
        let in_order = |lists: Vec<Vec<(usize, Source)>>| -> Vec<Vec<Source>> {
            lists
                .into_iter()
                .map(|mut l| {
                    l.sort_unstable_by_key(|(k, _)| *k);
                    l.into_iter().map(|(_, s)| s).collect()
                })
                .collect()
        };
        Quotes {
            events: in_order(events_out),
            claims: in_order(claims_out),
            event_dates,
        }
    }

    /// The request for quote `s` of `owner` (at index `i` of its
    /// section), or `None` when its article is unknown (reported) or could
    /// not be read (already reported).
    fn request<'r>(
        &mut self,
        refs: &Refs,
        owner: Owner,
        i: usize,
        s: &'r RawSource,
    ) -> Option<Request<'r>> {
        if !refs.ids.articles.contains_key(&s.article) {
            self.report(
                &owner.path(i),
                format!("unknown article \"{}\"", excerpt(&s.article)),
            );
            return None;
        }
        let &article = refs.article_index.get(s.article.as_str())?;
        Some(Request {
            owner,
            i,
            article,
            raw: s,
        })
    }
}

/// Where each distinct quote of an article occurs: how many times, and the
/// first few starts (as many as any source asks for with `occurrence`).
struct Hits {
    count: usize,
    starts: Vec<usize>,
    wanted: usize,
}

/// The most matches one article's search may produce before it gives up:
/// quotes that overlap each other (every prefix of a long run of one
/// letter, say) could otherwise produce a match for every quote at every
/// position. Real quotes occur a handful of times each.
fn match_budget(text: &str, patterns: usize) -> usize {
    text.len()
        .saturating_add(patterns)
        .saturating_mul(4)
        .saturating_add(1_000_000)
}

/// Resolves every quote cited in one article with one search of its text
/// for the distinct quotes (overlapping matches counted, see [`search`]),
/// then each quote's line, paragraph and furniture from tables built once:
/// linear in the article and the quotes, not their product.
pub(super) fn find_quotes(
    article: &Article,
    requests: &[&RawSource],
) -> Vec<Result<Source, String>> {
    let mut found = find_quotes_bare(article, requests);
    for (r, f) in requests.iter().zip(&mut found) {
        if let Ok(src) = f {
            src.quote = r.quote.clone();
        }
    }
    found
}

/// [`find_quotes`] with each resolved source's `quote` left empty, for a
/// caller that moves the words in from the raw source (`Resolver::quotes`).
fn find_quotes_bare(article: &Article, requests: &[&RawSource]) -> Vec<Result<Source, String>> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut patterns: Vec<&str> = Vec::new();
    let mut hits: Vec<Hits> = Vec::new();
    for s in requests {
        if is_blank(&s.quote) || s.quote.contains('\r') {
            continue;
        }
        let p = *index.entry(s.quote.as_str()).or_insert_with(|| {
            patterns.push(s.quote.as_str());
            hits.push(Hits {
                count: 0,
                starts: Vec::new(),
                wanted: 1,
            });
            patterns.len() - 1
        });
        hits[p].wanted = hits[p].wanted.max(s.occurrence.unwrap_or(1));
    }
    let searched = search(&article.text, &patterns, &mut hits);
    let tables = Tables::new(article);
    requests
        .iter()
        .map(|s| {
            let found = index.get(s.quote.as_str()).map(|&p| &hits[p]);
            resolve_quote(article, &tables, s, found, searched)
        })
        .collect()
}

/// Below this much scanning (distinct quotes × article bytes), each quote
/// is looked for on its own with a SIMD substring searcher: an ordinary
/// article's few dozen quotes are found faster that way than an automaton
/// is built. Above it, one Aho–Corasick pass finds them all.
const SCAN_ALONE: usize = 8 << 20;

/// Fills `hits` with every occurrence of each pattern, overlapping ones
/// included (both ways count the same); `false` if the match budget ran
/// out (nothing is trusted then: every quote of the article is reported).
fn search(text: &str, patterns: &[&str], hits: &mut [Hits]) -> bool {
    let alone = patterns.len().saturating_mul(text.len()) <= SCAN_ALONE;
    search_with(text, patterns, hits, alone)
}

fn search_with(text: &str, patterns: &[&str], hits: &mut [Hits], alone: bool) -> bool {
    if patterns.is_empty() {
        return true;
    }
    let budget = match_budget(text, patterns.len());
    let mut matches = 0usize;
    let mut record = |p: usize, start: usize| {
        matches += 1;
        let h = &mut hits[p];
        h.count += 1;
        if h.starts.len() < h.wanted {
            h.starts.push(start);
        }
        matches <= budget
    };
    if alone {
        let bytes = text.as_bytes();
        for (p, pattern) in patterns.iter().enumerate() {
            let finder = crate::text::rank::finder(pattern.as_bytes());
            let mut at = 0;
            // A UTF-8 pattern only matches at a character boundary, so the
            // next search may start one byte on.
            while let Some(i) = bytes.get(at..).and_then(|rest| finder.find(rest)) {
                if !record(p, at + i) {
                    return false;
                }
                at += i + 1;
            }
        }
        return true;
    }
    // A contiguous NFA: compact, built in one pass, linear to search.
    let Ok(ac) = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns)
    else {
        return false;
    };
    for m in ac.find_overlapping_iter(text) {
        if !record(m.pattern().as_usize(), m.start()) {
            return false;
        }
    }
    true
}

/// Per line of an article: its paragraph number and whether it is page
/// furniture, computed once instead of for every quote.
struct Tables {
    /// `paragraph[l]`: paragraphs (non-blank lines) in lines `1..=l`.
    paragraph: Vec<usize>,
    furniture: Vec<bool>,
}

impl Tables {
    fn new(a: &Article) -> Tables {
        let mut paragraph = Vec::with_capacity(a.lines.len() + 1);
        paragraph.push(0);
        for r in &a.lines {
            let blank = a.text[r.clone()].trim().is_empty();
            paragraph.push(paragraph.last().copied().unwrap_or(0) + usize::from(!blank));
        }
        // A difference array over the furniture ranges: linear however many
        // ranges there are and however long.
        let n = a.lines.len();
        let mut delta = vec![0i64; n + 2];
        for f in &a.furniture {
            let (first, last) = (f.first_line.min(n + 1), f.last_line.min(n));
            delta[first] += 1;
            delta[last + 1] -= 1;
        }
        let mut depth = 0;
        let mut furniture = Vec::with_capacity(n + 1);
        for d in delta.iter().take(n + 1) {
            depth += d;
            furniture.push(depth > 0);
        }
        Tables {
            paragraph,
            furniture,
        }
    }
}

/// A value quoted in a message, cut and escaped ([`excerpt`]) only when the
/// message is written.
struct Lazy<'s>(&'s str);

impl std::fmt::Display for Lazy<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&excerpt(self.0))
    }
}

/// One quote: exactly once, or the chosen occurrence; within one line and
/// outside page furniture.
fn resolve_quote(
    article: &Article,
    tables: &Tables,
    s: &RawSource,
    hits: Option<&Hits>,
    searched: bool,
) -> Result<Source, String> {
    // Made into text only for a message: most quotes resolve.
    let q = Lazy(&s.quote);
    let id = Lazy(&article.id);
    if is_blank(&s.quote) {
        return Err(format!(
            "empty quote for article {id} (nothing visible to find)"
        ));
    }
    if s.quote.contains('\r') {
        return Err(format!(
            "quote \"{q}\" contains a carriage return (U+000D): in a file with CRLF line ends it \
             belongs to the line end, not the text; leave it out"
        ));
    }
    if !searched {
        return Err(format!(
            "quote \"{q}\": the quotes of article {id} overlap too much to be found \
             (more than {} matches); cite longer, distinct passages",
            match_budget(&article.text, 0)
        ));
    }
    let (n, starts) = hits.map_or((0, &[][..]), |h| (h.count, h.starts.as_slice()));
    let start = match (n, s.occurrence) {
        (0, _) => return Err(format!("quote \"{q}\" not found in article {id}")),
        (1, None | Some(1)) => starts[0],
        (n, None) => {
            return Err(format!(
                "quote \"{q}\" occurs {n} times in article {id}; add \"occurrence\" (1–{n}) to pick one"
            ));
        }
        (n, Some(k)) if k == 0 || k > n => {
            return Err(format!(
                "quote \"{q}\": occurrence {k} asked for, but it occurs {n} time(s) in article {id}"
            ));
        }
        (_, Some(k)) => starts[k - 1],
    };
    let range = start..start + s.quote.len();
    if s.quote.contains('\n') {
        return Err(format!(
            "quote \"{q}\" spans several paragraphs of article {id}; cite one paragraph at a time"
        ));
    }
    let line = article.line_of(range.start);
    if tables.furniture.get(line).copied().unwrap_or(false) {
        return Err(format!(
            "quote \"{q}\" is on line {line} of article {id}, which is page furniture, not article text"
        ));
    }
    Ok(Source {
        article: 0,
        // Filled in by the caller (`find_quotes`, `Resolver::quotes`).
        quote: String::new(),
        range,
        line,
        paragraph: tables.paragraph[line.min(article.lines.len())],
        draft: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::date::{BasisKind, DateBasis, DateSpec, PartialDate};
    use crate::corpus::model::{Furniture, Outlet};

    fn article(text: &str, furniture: Vec<Furniture>) -> Article {
        let mut lines = Vec::new();
        let mut start = 0;
        for l in text.split('\n') {
            lines.push(start..start + l.len());
            start += l.len() + 1;
        }
        Article {
            id: "a".into(),
            file: "a.txt".into(),
            outlet: Outlet {
                ar: None,
                en: None,
                unknown_reason: Some("test".into()),
            },
            headline: String::new(),
            published: DateSpec {
                start: PartialDate::parse("2020").expect("date"),
                end: None,
                approximate: false,
                basis: DateBasis::new(BasisKind::Inferred, "test"),
            },
            language: "ar".into(),
            url: None,
            furniture,
            text: text.to_string(),
            lines,
        }
    }

    fn quote(q: &str, occurrence: Option<usize>) -> RawSource {
        RawSource {
            article: "a".into(),
            quote: q.into(),
            occurrence,
            draft: None,
        }
    }

    #[test]
    fn one_pass_finds_each_quote_its_occurrence_line_and_paragraph() {
        let a = article(
            "عنوان\n\nقال المتحدث إن القتال مستمر\nالموقع\nوأضاف أن القتال مستمر",
            vec![Furniture {
                first_line: 4,
                last_line: 4,
                kind: "masthead".into(),
            }],
        );
        let qs = [
            quote("القتال مستمر", None),
            quote("القتال مستمر", Some(2)),
            quote("وأضاف", None),
            quote("الموقع", None),
            quote("غائب", None),
            quote("القتال مستمر", Some(3)),
        ];
        let refs: Vec<&RawSource> = qs.iter().collect();
        let got = find_quotes(&a, &refs);
        assert!(got[0].as_ref().is_err_and(|e| e.contains("occurs 2 times")));
        let second = got[1].as_ref().expect("occurrence 2");
        assert_eq!((second.line, second.paragraph), (5, 4));
        assert_eq!(&a.text[second.range.clone()], "القتال مستمر");
        assert_eq!(got[2].as_ref().map(|s| s.line), Ok(5));
        assert!(got[3].as_ref().is_err_and(|e| e.contains("page furniture")));
        assert!(got[4].as_ref().is_err_and(|e| e.contains("not found")));
        assert!(
            got[5]
                .as_ref()
                .is_err_and(|e| e.contains("occurs 2 time(s)"))
        );
    }

    #[test]
    fn both_searches_count_the_same_occurrences() {
        let text = "ااا قال المتحدث: القتال القتال مستمر، اا";
        let patterns = ["اا", "القتال", "القتال مستمر", "غائب", "ال", "،"];
        let fresh = || -> Vec<Hits> {
            patterns
                .iter()
                .map(|_| Hits {
                    count: 0,
                    starts: Vec::new(),
                    wanted: 3,
                })
                .collect()
        };
        let (mut alone, mut all) = (fresh(), fresh());
        assert!(search_with(text, &patterns, &mut alone, true));
        assert!(search_with(text, &patterns, &mut all, false));
        for (p, (a, b)) in alone.iter().zip(&all).enumerate() {
            assert_eq!(
                (a.count, &a.starts),
                (b.count, &b.starts),
                "{}",
                patterns[p]
            );
        }
        // Overlapping occurrences count: «اا» twice in «ااا», once at the end.
        assert_eq!(alone[0].count, 3);
        assert_eq!(alone[3].count, 0);
    }

    #[test]
    fn quotes_that_overlap_without_end_are_refused_not_searched_forever() {
        // Every prefix of a run of one letter matches at every position:
        // 2,000 quotes would give 18 million matches.
        let text = "ا".repeat(10_000);
        let a = article(&text, Vec::new());
        let qs: Vec<RawSource> = (1..=2000).map(|n| quote(&"ا".repeat(n), Some(1))).collect();
        let refs: Vec<&RawSource> = qs.iter().collect();
        let got = find_quotes(&a, &refs);
        assert!(
            got.iter()
                .all(|r| r.as_ref().is_err_and(|e| e.contains("overlap too much")))
        );
    }
}
