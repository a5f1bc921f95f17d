//! What kind of event a clause reports, from its words: stems of event
//! words by kind, as data, and an order of precedence when a clause has
//! words of several kinds («هدنة» beats «اشتباكات» beats «قال»).

use crate::corpus::schema::EventKind;
use crate::extract::doc::Doc;
use std::ops::Range;

/// Stems of event words, by kind (folded; matched at a word start after
/// clitics and the article «ال»).
const KIND_STEMS: &[(&str, EventKind)] = &[
    ("هدن", EventKind::Ceasefire),
    ("وقف اطلاق", EventKind::Ceasefire),
    ("اتفاق وقف", EventKind::Ceasefire),
    ("اشتباك", EventKind::Fighting),
    ("قتال", EventKind::Fighting),
    ("معارك", EventKind::Fighting),
    ("معركه", EventKind::Fighting),
    ("قصف", EventKind::Fighting),
    ("هجوم", EventKind::Fighting),
    ("غاره", EventKind::Fighting),
    ("مواجهات", EventKind::Fighting),
    ("اندلع", EventKind::Fighting),
    ("ضربات", EventKind::Fighting),
    ("عمليات", EventKind::Fighting),
    ("حرب", EventKind::Fighting),
    ("صواريخ", EventKind::Fighting),
    ("تقاتل", EventKind::Fighting),
    ("مساعدات", EventKind::Humanitarian),
    ("نزوح", EventKind::Humanitarian),
    ("لاجي", EventKind::Humanitarian),
    ("محادثات", EventKind::Diplomacy),
    ("مفاوضات", EventKind::Diplomacy),
    ("اجتماع", EventKind::Diplomacy),
    ("لقاء", EventKind::Diplomacy),
    ("يلتقي", EventKind::Diplomacy),
    ("التقي", EventKind::Diplomacy),
    ("اتصال هاتفي", EventKind::Diplomacy),
    ("مكالمه", EventKind::Diplomacy),
    ("قمه", EventKind::Diplomacy),
    ("وساطه", EventKind::Diplomacy),
    ("زياره", EventKind::Diplomacy),
    ("دبلوماسي", EventKind::Diplomacy),
    ("تاسست", EventKind::Diplomacy),
    ("قتلي", EventKind::CasualtyReport),
    ("ضحايا", EventKind::CasualtyReport),
    ("خساير", EventKind::CasualtyReport),
    ("حصيله", EventKind::CasualtyReport),
    ("قال", EventKind::Statement),
    ("يطالب", EventKind::Statement),
    ("تطالب", EventKind::Statement),
    ("يدعو", EventKind::Statement),
    ("تدعو", EventKind::Statement),
    ("ناقش", EventKind::Statement),
    ("اعلن", EventKind::Statement),
    ("اكد", EventKind::Statement),
    ("صرح", EventKind::Statement),
    ("دعا", EventKind::Statement),
    ("دعي", EventKind::Statement),
    ("اتهم", EventKind::Statement),
    ("اشار", EventKind::Statement),
    ("اوضح", EventKind::Statement),
    ("طالب", EventKind::Statement),
];

/// Order of precedence when a clause has words of several kinds.
const PRECEDENCE: [EventKind; 6] = [
    EventKind::Ceasefire,
    EventKind::Fighting,
    EventKind::CasualtyReport,
    EventKind::Diplomacy,
    EventKind::Humanitarian,
    EventKind::Statement,
];

/// A word without its clitics and article: «والاشتباكات» → «اشتباكات».
fn bare(w: &str) -> &str {
    let mut w = w;
    for _ in 0..2 {
        if let Some(rest) = w.strip_prefix("لل") {
            return rest;
        }
        match w.chars().next() {
            Some(c @ ('و' | 'ف' | 'ب' | 'ل' | 'ك')) if w.chars().count() > 3 => {
                w = &w[c.len_utf8()..]
            }
            _ => break,
        }
    }
    w.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// Words that call for an end to what follows («وقف "تامّ" للقتال»,
/// «إيقاف تام للقتال», «إنهاء القتال»): the fighting word after them is
/// what someone wants stopped, not fighting reported.
const STOPPING: [&str; 3] = ["وقف", "ايقاف", "انهاء"];

/// How many words before a fighting word a [`STOPPING`] word may stand.
const STOP_REACH: usize = 3;

pub fn kind_of(doc: &Doc, r: Range<usize>) -> Option<EventKind> {
    let folded = doc.folded_tokens(r.clone());
    let words: Vec<(&str, &str)> = r.clone().map(|i| (doc.tok(i), bare(doc.tok(i)))).collect();
    let stopped = |k: usize| {
        (k.saturating_sub(STOP_REACH)..k).any(|j| STOPPING.iter().any(|s| words[j].1 == *s))
    };
    let hit = |k: EventKind| {
        KIND_STEMS
            .iter()
            .filter(|(_, kk)| *kk == k)
            .any(|(stem, _)| {
                if stem.contains(' ') {
                    folded.contains(stem)
                } else {
                    words.iter().enumerate().any(|(j, (w, b))| {
                        (w.starts_with(stem) || b.starts_with(stem))
                            && !(k == EventKind::Fighting && stopped(j))
                    })
                }
            })
    };
    PRECEDENCE.into_iter().find(|k| hit(*k))
}

/// The kinds whose definite event words refer back to an event already
/// reported («الاشتباكات», «المعارك», «الهدنة», «المحادثات»).
const REFERRING: [EventKind; 3] = [
    EventKind::Ceasefire,
    EventKind::Fighting,
    EventKind::Diplomacy,
];

/// The kind of a definite event word of tokens `r` («والاشتباكات
/// الجديدة», «للهدنة»): a word of one of the referring kinds (fighting,
/// ceasefire, diplomacy) that
/// carries the article «ال» (after clitics; «لل» is ل + ال).
pub fn definite_kind(doc: &Doc, r: Range<usize>) -> Option<EventKind> {
    fn definite(w: &str) -> Option<&str> {
        let mut w = w;
        for _ in 0..2 {
            if let Some(rest) = w.strip_prefix("لل") {
                return Some(rest);
            }
            if let Some(rest) = w.strip_prefix("ال") {
                return Some(rest);
            }
            match w.chars().next() {
                Some(c @ ('و' | 'ف' | 'ب' | 'ك')) => w = &w[c.len_utf8()..],
                _ => return None,
            }
        }
        w.strip_prefix("ال")
    }
    let words: Vec<&str> = r.filter_map(|i| definite(doc.tok(i))).collect();
    REFERRING.into_iter().find(|k| {
        KIND_STEMS
            .iter()
            .filter(|(stem, kk)| kk == k && !stem.contains(' '))
            .any(|(stem, _)| words.iter().any(|w| w.starts_with(stem)))
    })
}
