//! Issue 10: the bundled timeline says what the articles say, no more and
//! no less — every figure under the statement that made it, the sides
//! whose losses it counts, vague words kept as words and ranges, dates
//! with their basis in every export — and schema_version 2 of the format
//! (with version 1 still read).

use crate::util::{bin, bundled, corpus, fixture};
use karabakh_timeline::compare::{ClaimScope, compare};
use karabakh_timeline::corpus::date::BasisKind;
use karabakh_timeline::corpus::schema::{EntityKind, Side};
use karabakh_timeline::corpus::{DirSource, Event, Precision, Timeline, load, vague};
use serde_json::Value;

fn event<'t>(t: &'t Timeline, id: &str) -> &'t Event {
    &t.events[t.event_index(id).expect(id)]
}

/// (article id, quote) of each source of an event.
fn sources(t: &Timeline, id: &str) -> Vec<(String, String)> {
    event(t, id)
        .sources
        .iter()
        .map(|s| (t.articles[s.article].id.clone(), s.quote.clone()))
        .collect()
}

fn claim_event(t: &Timeline, claim: &str) -> String {
    let c = &t.claims[t.claim_index(claim).expect(claim)];
    t.events[c.event].id.clone()
}

fn stdout(args: &[&str]) -> String {
    let out = bin().args(args).output().expect("runs");
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

// ---- item 1: each statement its own event -------------------------------

#[test]
fn the_karabakh_and_azerbaijani_tolls_are_their_own_events_with_every_passage() {
    let t = bundled();
    let nk = event(&t, "nk-authorities-toll-2020-10-22");
    assert_eq!(
        nk.title.en,
        "Karabakh authorities: 874 soldiers and 37 civilians killed since 27 September"
    );
    let dated = (nk.date.start.iso(), nk.date.end.map(|e| e.iso()));
    assert_eq!(dated, ("2020-10-22".into(), Some("2020-10-23".into())));
    assert!(
        nk.date.approximate,
        "as of the undated articles' publication"
    );
    assert_eq!(nk.date.basis.kind, BasisKind::Inferred);
    let from: Vec<String> = sources(&t, "nk-authorities-toll-2020-10-22")
        .into_iter()
        .map(|(a, _)| a)
        .collect();
    assert_eq!(from, ["art-000", "art-001"]);
    let az = sources(&t, "azerbaijan-civilian-toll-2020-10-22");
    assert_eq!(az.len(), 2);
    assert!(az[0].1.contains("63") && az[1].1.contains("61"));
    // Putin's event keeps only Putin's figures and the official total the
    // article sets against them.
    let valdai = event(&t, "putin-valdai-2020-10-22");
    let ids: Vec<&str> = valdai
        .claims
        .iter()
        .map(|&c| t.claims[c].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "putin-total-dead-about-5000-art000",
            "putin-total-dead-about-5000-art001",
            "putin-total-dead-thousands-art000",
            "putin-armenian-side-dead-gt2000-art001",
            "putin-azerbaijani-side-dead-gt2000-art001",
            "official-total-dead-lt1000-art001",
        ]
    );
    assert_eq!(valdai.sources.len(), 16);
}

#[test]
fn every_claim_is_linked_to_the_statement_that_made_it() {
    let t = bundled();
    for (claim, ev) in [
        (
            "nk-military-dead-874-art000",
            "nk-authorities-toll-2020-10-22",
        ),
        (
            "nk-military-dead-874-art001",
            "nk-authorities-toll-2020-10-22",
        ),
        (
            "nk-civilians-dead-gt30-art000",
            "nk-authorities-toll-2020-10-22",
        ),
        (
            "nk-civilians-dead-37-art001",
            "nk-authorities-toll-2020-10-22",
        ),
        (
            "az-civilians-dead-63-art000",
            "azerbaijan-civilian-toll-2020-10-22",
        ),
        (
            "az-civilians-dead-61-art001",
            "azerbaijan-civilian-toll-2020-10-22",
        ),
        (
            "putin-total-dead-about-5000-art001",
            "putin-valdai-2020-10-22",
        ),
        (
            "azmod-separatists-killed-2300-art002",
            "azerbaijan-mod-claims-2020-10-01",
        ),
        (
            "azmod-tanks-destroyed-130-art002",
            "azerbaijan-mod-claims-2020-10-01",
        ),
        (
            "armmod-soldiers-killed-790-art002",
            "armenia-mod-claims-2020-10-01",
        ),
        (
            "armmod-helicopters-destroyed-7-art002",
            "armenia-mod-claims-2020-10-01",
        ),
        (
            "dozens-dead-since-sunday-art002",
            "reports-dozens-killed-2020-10-01",
        ),
        (
            "hundreds-wounded-since-sunday-art002",
            "reports-dozens-killed-2020-10-01",
        ),
        (
            "azmod-soldiers-killed-7-2021-art003",
            "azerbaijan-mod-losses-2021-11-17",
        ),
        (
            "azmod-soldiers-wounded-10-2021-art003",
            "azerbaijan-mod-losses-2021-11-17",
        ),
        (
            "armenia-soldier-killed-1-2021-art003",
            "armenia-losses-2021-11-17",
        ),
        (
            "armenia-positions-lost-2-2021-art003",
            "armenia-losses-2021-11-17",
        ),
        ("war-2020-dead-gt6500-art003", "ceasefire-2020-11-10"),
    ] {
        assert_eq!(claim_event(&t, claim), ev, "{claim}");
    }
    assert!(
        t.event_index("rival-loss-claims-2020-10-01").is_none(),
        "split in three"
    );
    // The claimant is who announced the figure; where 000 frames it as
    // Putin's words, the note says so.
    for id in [
        "nk-military-dead-874-art000",
        "nk-civilians-dead-gt30-art000",
        "az-civilians-dead-63-art000",
    ] {
        let c = &t.claims[t.claim_index(id).expect(id)];
        assert_ne!(t.entities[c.claimant].id, "putin", "{id}");
        assert!(
            c.note.as_deref().is_some_and(|n| n.contains("«أضاف»")),
            "{id}"
        );
    }
}

#[test]
fn sources_that_only_mention_the_topic_are_gone() {
    let t = bundled();
    let cited = |id: &str, quote: &str| sources(&t, id).iter().any(|(_, q)| q.contains(quote));
    assert!(!cited("nk-first-war-1991-1994", "منذ ثلاثة عقود"));
    assert!(cited(
        "nk-first-war-1991-1994",
        "حرب انتهت باتفاق وقف إطلاق نار عام 1994"
    ));
    assert!(!cited("minsk-group-founded-1992", "وتضمّ مجموعة مينسك"));
    assert!(!cited(
        "fighting-fifth-day-2020-10-01",
        "ويطالب المجتمع الدولي"
    ));
    assert!(!cited("clashes-2021-11-16", "وتعكس المعارك الأخيرة"));
    assert!(!cited(
        "azerbaijan-overnight-operations-2020-10-22",
        "تستمرّ الاشتباكات على خط"
    ));
    // No event cites 000's three decades any more.
    assert!(
        t.events
            .iter()
            .all(|e| e.sources.iter().all(|s| !s.quote.contains("ثلاثة عقود")))
    );
}

// ---- item 2: dated by the reporting of the day --------------------------

#[test]
fn macrons_calls_meeting_and_aid_are_dated_by_afp_of_22_october() {
    let t = bundled();
    for id in [
        "macron-calls-aliyev-pashinyan-2020-10-22",
        "macron-meets-sarkissian-2020-10-22",
        "france-medical-aid-2020-10-22",
    ] {
        let e = event(&t, id);
        assert_eq!(
            (e.date.start.iso(), e.date.precision(), e.date.end),
            ("2020-10-22".to_string(), Precision::Day, None),
            "{id}"
        );
        assert_eq!(e.date.basis.kind, BasisKind::Background, "{id}");
        assert!(
            e.date.basis.note.contains("AFP from Paris on 22 Oct 2020"),
            "{id}"
        );
    }
    assert!(t.event_index("macron-meets-sarkissian-2020-10").is_none());
}

// ---- item 3: sides ----------------------------------------------------------

#[test]
fn entities_have_sides_and_claims_count_the_sides_whose_losses_they_are() {
    let t = bundled();
    let side = |id: &str| t.entities.iter().find(|e| e.id == id).expect(id).side;
    assert_eq!(side("nk-authorities"), Some(Side::Karabakh));
    assert_eq!(side("nk-military"), Some(Side::Karabakh));
    assert_eq!(side("azerbaijan-mod"), Some(Side::Azerbaijan));
    assert_eq!(side("pashinyan"), Some(Side::Armenia));
    assert_eq!(side("putin"), Some(Side::ThirdParty));
    assert_eq!(side("official-sources"), Some(Side::Several));
    assert!(
        t.entities
            .iter()
            .all(|e| e.side.is_some() || e.kind == EntityKind::Place),
        "every entity but places has a side"
    );
    let subject = |id: &str| t.claims[t.claim_index(id).expect(id)].subject.clone();
    // «انفصاليي قره باغ» and the Karabakh army's 874 are not Armenia's.
    assert_eq!(
        subject("azmod-separatists-killed-2300-art002"),
        [Side::Karabakh]
    );
    assert_eq!(subject("nk-military-dead-874-art001"), [Side::Karabakh]);
    assert_eq!(
        subject("armmod-soldiers-killed-790-art002"),
        [Side::Azerbaijan]
    );
    assert_eq!(
        subject("putin-armenian-side-dead-gt2000-art001"),
        [Side::Armenia, Side::Karabakh]
    );
    assert_eq!(
        subject("armenia-soldier-killed-1-2021-art003"),
        [Side::Armenia]
    );
}

#[test]
fn the_comparison_groups_by_era_and_side_and_says_who_published() {
    let t = bundled();
    let c = compare(&t, ClaimScope::All);
    let find = |era: &str, sides: &[Side], label: &str| {
        c.groups
            .iter()
            .find(|g| g.era_id == era && g.sides == sides && g.label_en == label)
            .unwrap_or_else(|| panic!("{era} {sides:?} {label}"))
    };
    // Azerbaijan gave no military toll in 2020: only Armenia's count exists.
    let az = find("war-2020", &[Side::Azerbaijan], "soldiers killed");
    assert_eq!(az.published_by, [Side::Armenia]);
    assert_eq!(
        az.coverage_en.as_deref(),
        Some("Not counted by Azerbaijan; figures from Armenia only")
    );
    // The 2021 clashes' toll is not weighed against the 2020 war's.
    let az21 = find("clashes-2021", &[Side::Azerbaijan], "soldiers killed");
    assert_eq!(az21.rows.len(), 1);
    assert_eq!(az21.published_by, [Side::Azerbaijan]);
    let nk = find("war-2020", &[Side::Karabakh], "soldiers killed");
    assert_eq!(nk.published_by, [Side::Azerbaijan, Side::Karabakh]);
    assert_eq!(nk.subject_en, "Karabakh Armenians");
    assert_eq!(nk.subject_ar, "أرمن قره باغ");
}

// ---- item 4: vague words ----------------------------------------------------

#[test]
fn vague_words_are_marked_and_keep_their_words_and_range() {
    let t = bundled();
    let mut found: Vec<(&str, &str, u64, u64)> = t
        .claims
        .iter()
        .filter_map(|c| {
            let v = c.vague?;
            Some((c.id.as_str(), c.value_text.as_deref()?, v.low, v.high))
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            ("dozens-dead-since-sunday-art002", "العشرات", 10, 99),
            (
                "first-war-displaced-hundreds-of-thousands-art003",
                "مئات الآلاف",
                100_000,
                999_999
            ),
            ("hundreds-dead-after-truce-art001", "المئات", 100, 999),
            ("hundreds-wounded-since-sunday-art002", "المئات", 100, 999),
            ("putin-total-dead-thousands-art000", "آلاف", 1000, 9999),
        ]
    );
    for c in &t.claims {
        let words = c.value_text.as_deref().expect("every claim has its words");
        assert!(
            c.sources.iter().any(|s| s.quote.contains(words)),
            "{}: «{words}» not in its quotes",
            c.id
        );
        assert_eq!(
            c.vague.is_some(),
            vague::lookup(words).is_some(),
            "{}",
            c.id
        );
    }
    // The comparison exposes them as ranges.
    let cmp = compare(&t, ClaimScope::All);
    let row = cmp
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.claim_id == "dozens-dead-since-sunday-art002")
        .expect("row");
    assert!(row.vague);
    assert_eq!((row.low, row.high), (10, Some(99)));
    assert_eq!(row.display, "10–99 (tens)");
    assert_eq!(row.display_ar, "العشرات (10–99)");
}

#[test]
fn exports_carry_the_words_of_every_figure() {
    let v: Value = serde_json::from_str(&stdout(&["list", "--format", "json"])).expect("json");
    let claim = |id: &str| {
        v["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .find(|c| c["id"] == id)
            .cloned()
            .expect(id)
    };
    let dozens = claim("dozens-dead-since-sunday-art002");
    assert_eq!(dozens["value_text"], "العشرات");
    assert_eq!(dozens["vague"], true);
    assert_eq!(dozens["range"], serde_json::json!({"low": 10, "high": 99}));
    assert_eq!(dozens["subject"][2]["id"], "karabakh");
    let gt30 = claim("nk-civilians-dead-gt30-art000");
    assert_eq!(gt30["value_text"], "أكثر من 30");
    assert_eq!(gt30["range"], serde_json::json!({"low": 31, "high": null}));
    assert_eq!(gt30["claimant"]["side"], "karabakh");
    let md = stdout(&[
        "list",
        "--format",
        "md",
        "--event",
        "reports-dozens-killed-2020-10-01",
    ]);
    assert!(md.contains("| 10–99 (tens) | العشرات |"), "{md}");
    let tl = stdout(&[
        "list",
        "--format",
        "timelinejs",
        "--event",
        "reports-dozens-killed-2020-10-01",
    ]);
    assert!(
        tl.contains("10–99 (tens) («<span dir=\\\"rtl\\\" lang=\\\"ar\\\">العشرات</span>»)"),
        "{tl}"
    );
}

// ---- item 5: publication dates keep their precision and basis -----------

#[test]
fn exported_publication_dates_keep_precision_approximation_and_basis() {
    let v: Value = serde_json::from_str(&stdout(&[
        "list",
        "--format",
        "json",
        "--event",
        "nk-authorities-toll-2020-10-22",
    ]))
    .expect("json");
    assert_eq!(v["schema"], "karabakh-timeline/v2");
    let published = &v["events"][0]["sources"][0]["published"];
    assert_eq!(v["events"][0]["sources"][0]["article"], "art-000");
    assert_eq!(published["date"], "2020-10-22/2020-10-23");
    assert_eq!(published["precision"], "day");
    assert_eq!(published["approximate"], true);
    assert_eq!(published["basis"]["kind"], "inferred");
    assert!(
        published["basis"]["note"]
            .as_str()
            .is_some_and(|n| n.contains("No date printed"))
    );

    let csv = stdout(&[
        "list",
        "--format",
        "csv",
        "--from",
        "2020-10-22",
        "--to",
        "2020-10-23",
    ]);
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let h = r.headers().expect("header").clone();
    let col = |name: &str| h.iter().position(|x| x == name).expect(name);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("row")).collect();
    let of = |article: &str| {
        rows.iter()
            .find(|x| &x[col("article")] == article)
            .expect(article)
    };
    let a0 = of("art-000");
    assert_eq!(&a0[col("published")], "2020-10-22/2020-10-23");
    assert_eq!(
        &a0[col("published_precision")],
        "2",
        "an approximate day, as in ACLED"
    );
    assert_eq!(&a0[col("published_basis")], "inferred");
    let a4 = of("art-004");
    assert_eq!(
        (
            &a4[col("published")],
            &a4[col("published_precision")],
            &a4[col("published_basis")]
        ),
        ("2020-10-23", "1", "printed")
    );
    // An event of «c. 1 Oct 2020» is not an exact day either.
    let fighters = stdout(&[
        "list",
        "--format",
        "csv",
        "--event",
        "moscow-foreign-fighters-2020-10-01",
    ]);
    let mut r = csv::Reader::from_reader(fighters.as_bytes());
    let row = r.records().next().expect("a row").expect("parses");
    assert_eq!((&row[1], &row[2]), ("2020-10-01", "2"));

    let md = stdout(&[
        "list",
        "--format",
        "md",
        "--event",
        "nk-authorities-toll-2020-10-22",
    ]);
    assert!(
        md.contains("published c. 22–23 Oct 2020 · article art-000"),
        "{md}"
    );
    assert!(
        md.contains("### c. 22–23 Oct 2020 — Karabakh authorities"),
        "{md}"
    );
    let tl: Value = serde_json::from_str(&stdout(&[
        "list",
        "--format",
        "timelinejs",
        "--event",
        "nk-authorities-toll-2020-10-22",
    ]))
    .expect("json");
    let slide = &tl["events"][0];
    assert_eq!(slide["display_date"], "c. 22–23 Oct 2020");
    assert_eq!(slide["start_date"]["display_date"], "c. 22 Oct 2020");
    assert!(
        slide["text"]["text"]
            .as_str()
            .is_some_and(|x| x.contains("published c. 22–23 Oct 2020"))
    );
}

// ---- the format: version 2, version 1 still read -------------------------

#[test]
fn version_2_requires_sides_and_words_and_checks_vague_words_against_the_table() {
    let dir = fixture("v2-errors");
    let problems: Vec<String> = match load(&DirSource(dir.clone())) {
        Ok(_) => panic!("v2-errors loads"),
        Err(p) => {
            p.0.iter()
                .map(|p| p.to_string().replace(&format!("{}/", dir.display()), ""))
                .collect()
        }
    };
    assert_eq!(
        problems,
        [
            "annotations.json:40:5: entity \"spokesman\" needs a \"side\": armenia, azerbaijan, karabakh, third-party, several",
            "annotations.json:97:9: unknown side \"nagorno\" (a subject is one of armenia, azerbaijan, karabakh, third-party)",
            "annotations.json:101:21: value_text \"13\" is in none of the claim's quotes",
            "annotations.json:121:21: \"المئات\" is a vague word, not a number: set \"vague\": true",
            "annotations.json:142:16: \"vague\" is set, but \"القتال\" is not a vague word of the table (docs/corpus-format.md, \"Vague figures\")",
            "annotations.json:161:16: a vague figure is recorded at its lower bound: \"المئات\" is \"qualifier\": \"at-least\", \"value\": 100 (docs/corpus-format.md, \"Vague figures\")",
        ]
    );
}

#[test]
fn version_1_files_are_read_and_migrated() {
    let t = corpus("v1-valid");
    // The subject "nk" (Nagorno-Karabakh) becomes the Karabakh Armenian side.
    assert_eq!(t.claims[0].subject, [Side::Karabakh]);
    assert_eq!(t.claims[0].value_text, None);
    let sides: Vec<(&str, Option<Side>)> =
        t.entities.iter().map(|e| (e.id.as_str(), e.side)).collect();
    assert_eq!(sides, [("nk", Some(Side::Karabakh)), ("spokesman", None)]);
    // The same corpus written as version 2 gives the same timeline.
    let v2 = corpus("valid");
    assert_eq!(v2.claims[0].subject, t.claims[0].subject);
    assert_eq!(v2.events[0].sources, t.events[0].sources);
    // Version-2 fields in a version-1 file are refused.
    bin()
        .args(["--corpus", &crate::util::fixture_arg("v1-with-v2-fields"), "check"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "annotations.json:47:15: \"side\" is a schema_version 2 field, but this file says schema_version 1",
        ));
}
