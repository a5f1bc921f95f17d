//! The bundled corpus: its quotes, its order, and the dates the articles
//! support.

use karabakh_timeline::corpus::bundled::{Bundled, FILES};
use karabakh_timeline::corpus::schema::{Category, Qualifier};
use karabakh_timeline::corpus::{CorpusSource, Precision, Timeline, load};
use std::io;

fn timeline() -> Timeline {
    crate::util::bundled()
}

#[test]
fn the_bundled_articles_are_the_seed_bytes() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.exists() {
        // A clone without the shared folder beside it checks the assets instead.
        return;
    }
    for (name, bytes) in FILES.iter().filter(|(n, _)| n.ends_with(".txt")) {
        let seed = std::fs::read(seeds.join(name)).expect("seed file");
        assert_eq!(&seed[..], *bytes, "{name} differs from the seed");
    }
}

#[test]
fn every_quote_resolves_to_its_exact_bytes() {
    let t = timeline();
    let sources = t
        .events
        .iter()
        .flat_map(|e| &e.sources)
        .chain(t.claims.iter().flat_map(|c| &c.sources));
    let mut n = 0;
    for s in sources {
        let a = &t.articles[s.article];
        assert_eq!(&a.text[s.range.clone()], s.quote);
        assert!(
            !a.is_furniture(s.line),
            "{} cites furniture line {}",
            a.id,
            s.line
        );
        n += 1;
    }
    assert_eq!(n, 148);
    assert_eq!(t.events.len(), 40);
    assert_eq!(t.claims.len(), 32);
}

#[test]
fn every_event_has_a_source_and_every_article_is_cited() {
    let t = timeline();
    assert!(t.events.iter().all(|e| !e.sources.is_empty()));
    for (i, a) in t.articles.iter().enumerate() {
        assert!(
            !t.article_spans[i].is_empty(),
            "article {} is never cited",
            a.id
        );
    }
}

#[test]
fn order_is_chronological_with_vague_dates_after_what_they_contain() {
    let t = timeline();
    for pair in t.events.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            (a.date.sort_key(), &a.id) < (b.date.sort_key(), &b.id),
            "{} before {}",
            a.id,
            b.id
        );
    }
    let pos = |id: &str| t.event_index(id).expect(id);
    // «Oct 2020» (Aliyev's remark, known to the month) after every day of October.
    assert!(pos("washington-talks-2020-10-23") < pos("aliyev-military-solution-2020-10"));
    assert!(pos("aliyev-military-solution-2020-10") < pos("ceasefire-2020-11-10"));
    assert_eq!(t.events[0].id, "nk-breakaway-1991");
    assert_eq!(
        t.events.last().map(|e| e.id.as_str()),
        Some("peskov-statement-2021-11-17")
    );
}

/// The same corpus with its events written in reverse order.
struct Reversed;
impl CorpusSource for Reversed {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        let bytes = Bundled.read(name)?;
        if name != "annotations.json" {
            return Ok(bytes);
        }
        let mut doc: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(io::Error::other)?;
        if let Some(events) = doc["events"].as_array_mut() {
            events.reverse();
        }
        serde_json::to_vec(&doc).map_err(io::Error::other)
    }
    fn display(&self, name: &str) -> String {
        name.to_string()
    }
}

#[test]
fn order_does_not_depend_on_the_file() {
    let a: Vec<String> = timeline().events.into_iter().map(|e| e.id).collect();
    let b: Vec<String> = load(&Reversed)
        .expect("valid")
        .events
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(a, b);
}

#[test]
fn dates_are_the_ones_the_articles_support() {
    let t = timeline();
    let date = |id: &str| {
        let e = &t.events[t.event_index(id).expect(id)];
        (e.date.start.iso(), e.date.precision(), e.date.approximate)
    };
    // «منذ 27 أيلول/سبتمبر», «منذ يوم الأحد»
    assert_eq!(
        date("war-begins-2020-09-27"),
        ("2020-09-27".into(), Precision::Day, false)
    );
    // «أمس الخميس» in 004, dated Friday 23 Oct 2020
    assert_eq!(
        date("putin-valdai-2020-10-22"),
        ("2020-10-22".into(), Precision::Day, false)
    );
    // «اليوم الجمعة» in 004; «يوم الجمعة في واشنطن» in 001
    assert_eq!(
        date("washington-talks-2020-10-23"),
        ("2020-10-23".into(), Precision::Day, false)
    );
    // «الأربعاء», counted back from Friday 23 Oct
    assert_eq!(
        date("pashinyan-no-diplomatic-solution-2020-10-21"),
        ("2020-10-21".into(), Precision::Day, false)
    );
    // «مكالمة هاتفية، الأربعاء» in an article of Thursday 1 Oct
    assert_eq!(
        date("putin-macron-call-2020-09-30"),
        ("2020-09-30".into(), Precision::Day, false)
    );
    // «10 أكتوبر/تشرين الأول الجاري»
    assert_eq!(
        date("humanitarian-truce-2020-10-10"),
        ("2020-10-10".into(), Precision::Day, false)
    );
    // «عام 1992», «عام 1994»
    assert_eq!(
        date("minsk-group-founded-1992"),
        ("1992".into(), Precision::Year, false)
    );
    assert_eq!(
        date("ceasefire-1994"),
        ("1994".into(), Precision::Year, false)
    );
    // «معارك دارت الثلاثاء» in an article of Wednesday 17 Nov 2021
    assert_eq!(
        date("clashes-2021-11-16"),
        ("2021-11-16".into(), Precision::Day, false)
    );
    assert_eq!(
        date("peskov-statement-2021-11-17"),
        ("2021-11-17".into(), Precision::Day, false)
    );
    // Only «Oct 2020» is known of Aliyev's remark (before Pashinyan's reply).
    assert_eq!(
        date("aliyev-military-solution-2020-10"),
        ("2020-10".into(), Precision::Month, true)
    );
}

#[test]
fn undated_articles_have_an_inferred_date_with_its_reason() {
    let t = timeline();
    for id in ["art-000", "art-001"] {
        let a = t.articles.iter().find(|a| a.id == id).expect(id);
        assert_eq!(a.published.start.iso(), "2020-10-22");
        assert!(a.published.approximate);
        assert!(
            a.published.basis.note.contains("Valdai"),
            "{}",
            a.published.basis.note
        );
    }
}

#[test]
fn conflicting_figures_are_both_recorded() {
    let t = timeline();
    let civilians = |claimant: &str| -> Vec<(u64, Qualifier)> {
        let mut v: Vec<(u64, Qualifier)> = t
            .claims
            .iter()
            .filter(|c| {
                c.category == Category::CiviliansKilled && t.entities[c.claimant].id == claimant
            })
            .map(|c| (c.value, c.qualifier))
            .collect();
        v.sort_by_key(|x| x.0);
        v
    };
    let nk = t
        .entities
        .iter()
        .find(|e| e.en.contains("Karabakh authorities"))
        .map(|e| e.id.clone());
    let nk = nk.expect("an entity for the Karabakh authorities");
    assert_eq!(
        civilians(&nk),
        [(30, Qualifier::MoreThan), (37, Qualifier::Exact)]
    );
    let az: Vec<u64> = t
        .claims
        .iter()
        .filter(|c| c.category == Category::CiviliansKilled && c.value > 50)
        .map(|c| c.value)
        .collect();
    assert!(az.contains(&61) && az.contains(&63));
}

#[test]
fn every_listed_arabic_spelling_occurs_in_the_corpus() {
    let t = timeline();
    for e in &t.entities {
        for spelling in &e.ar {
            assert!(
                t.articles
                    .iter()
                    .any(|a| a.text.contains(spelling.as_str())),
                "{}: «{spelling}» is not in any article",
                e.id
            );
        }
    }
    let nk = t
        .entities
        .iter()
        .find(|e| e.id == "nagorno-karabakh")
        .expect("entity");
    for s in ["ناجورنو كاراباخ", "ناغورنو كاراباخ", "قره باغ", "قرة باغ"]
    {
        assert!(nk.ar.iter().any(|x| x == s), "missing spelling {s}");
    }
}

#[test]
fn the_real_disagreements_are_flagged_once_each() {
    use karabakh_timeline::compare::{ClaimScope, ConflictKind, compare};
    let t = timeline();
    let c = compare(&t, ClaimScope::All);
    let kinds: Vec<(ConflictKind, Vec<&str>)> = c
        .conflicts
        .iter()
        .map(|x| (x.kind, x.claim_ids.iter().map(String::as_str).collect()))
        .collect();
    assert_eq!(
        kinds,
        [
            // <1,000 official dead vs Putin's ≈5,000 (printed by two articles)…
            (
                ConflictKind::OfficialVsOutside,
                vec![
                    "official-total-dead-lt1000-art001",
                    "putin-total-dead-about-5000-art000",
                    "putin-total-dead-about-5000-art001"
                ]
            ),
            // …and vs his «آلاف» (thousands: 1,000–9,999). (000 prints both
            // «آلاف» and «5 آلاف»: one article agreeing with itself is not flagged.)
            (
                ConflictKind::OfficialVsOutside,
                vec![
                    "official-total-dead-lt1000-art001",
                    "putin-total-dead-thousands-art000"
                ]
            ),
            // Azerbaijan's 2,300 Karabakh soldiers vs Karabakh's own 874 (twice printed).
            (
                ConflictKind::RivalClaims,
                vec![
                    "azmod-separatists-killed-2300-art002",
                    "nk-military-dead-874-art000",
                    "nk-military-dead-874-art001"
                ]
            ),
            // 63 vs 61 civilians: contradictory.
            (
                ConflictKind::SameClaimContradictory,
                vec!["az-civilians-dead-63-art000", "az-civilians-dead-61-art001"]
            ),
        ]
    );
    assert!(
        c.conflicts[0]
            .message_en
            .ends_with("the outside estimate is at least 5× the official figure")
    );
    assert!(c.conflicts[3].message_en.contains("63") && c.conflicts[3].message_en.contains("61"));
    // >30 vs 37 civilians is consistent: not a conflict, a relation of its own.
    assert_eq!(c.consistent.len(), 1);
    assert_eq!(c.consistent[0].kind, ConflictKind::SameClaimConsistent);
    assert!(
        c.consistent[0].message_en.contains(">30") && c.consistent[0].message_en.contains("37")
    );
}
