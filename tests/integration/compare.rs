//! The casualty comparison as a user meets it: groups, rows and conflict
//! explanations from the library, and the `claims` command's output.
//!
//! The `claims-conflict` fixture reproduces the real cases of the bundled
//! articles: the Nagorno-Karabakh civilian toll printed as «أكثر من 30» and
//! as 37, Azerbaijan's civilians as 63 and 61, the official «أقل من ألف»
//! against Putin's ≈5,000, and the defence ministries' rival claims. The
//! fixture is a schema_version 2 corpus: claims count the losses of sides
//! (Armenia, Azerbaijan, the Karabakh Armenians) and every claimant has one.

use crate::util::{bin, corpus, fixture_arg};
use karabakh_timeline::compare::{ClaimScope, Conflict, ConflictKind, compare};
use karabakh_timeline::corpus::Timeline;
use karabakh_timeline::corpus::date::PartialDate;
use karabakh_timeline::corpus::schema::{Qualifier, Standing};
use predicates::prelude::*;

fn fixture() -> String {
    fixture_arg("claims-conflict")
}

fn timeline() -> Timeline {
    corpus("claims-conflict")
}

fn claim(t: &Timeline, id: &str) -> usize {
    t.claim_index(id).expect("claim in fixture")
}

fn kinds_and_ids(list: &[Conflict]) -> Vec<(ConflictKind, Vec<String>)> {
    list.iter().map(|x| (x.kind, x.claim_ids.clone())).collect()
}

fn claims_cmd(args: &[&str]) -> std::process::Output {
    let fixture = fixture();
    let mut all = vec!["--corpus", fixture.as_str(), "claims"];
    all.extend_from_slice(args);
    bin().args(all).output().expect("runs")
}

// ---- library -------------------------------------------------------------

#[test]
fn groups_put_deaths_first_then_subjects_alphabetically() {
    let c = compare(&timeline(), ClaimScope::All);
    let heads: Vec<(String, String)> = c
        .groups
        .iter()
        .map(|g| (g.subject_en.clone(), g.label_en.clone()))
        .collect();
    let expect = [
        ("Armenia", "dead (all)"),
        ("Armenia + Azerbaijan", "dead (all)"),
        ("Azerbaijan", "dead (all)"),
        ("Azerbaijan", "soldiers killed"),
        ("Karabakh Armenians", "soldiers killed"),
        ("Azerbaijan", "civilians killed"),
        ("Karabakh Armenians", "civilians killed"),
        ("Azerbaijan", "helicopter destroyed"),
        ("Azerbaijan", "tank destroyed"),
        ("Karabakh Armenians", "artillery destroyed"),
        ("Karabakh Armenians", "tank destroyed"),
    ];
    let expect: Vec<(String, String)> = expect
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(heads, expect);
    assert_eq!(c.claim_count(), 15);
    assert_eq!(c.groups[1].subject_ar, "أرمينيا وأذربيجان");
    assert_eq!(c.groups[1].subject_ids, ["armenia", "azerbaijan"]);
    assert!(c.groups.iter().all(|g| g.era_id == "war-2020"));
}

#[test]
fn groups_say_which_sides_published_their_figures() {
    use karabakh_timeline::corpus::schema::Side;
    let c = compare(&timeline(), ClaimScope::All);
    let group = |subject: &str, label: &str| {
        c.groups
            .iter()
            .find(|g| g.subject_en == subject && g.label_en == label)
            .expect("group")
    };
    // Azerbaijan's soldiers: only Armenia's ministry counted them.
    let az = group("Azerbaijan", "soldiers killed");
    assert_eq!(az.sides, [Side::Azerbaijan]);
    assert_eq!(az.published_by, [Side::Armenia]);
    assert_eq!(
        az.coverage_en.as_deref(),
        Some("Not counted by Azerbaijan; figures from Armenia only")
    );
    assert_eq!(
        az.coverage_ar.as_deref(),
        Some("لم يُعلَن رقم من جانب أذربيجان؛ الأرقام من أرمينيا فقط")
    );
    // Karabakh's soldiers: both sides published one; nothing to say.
    let nk = group("Karabakh Armenians", "soldiers killed");
    assert_eq!(nk.published_by, [Side::Azerbaijan, Side::Karabakh]);
    assert_eq!(nk.coverage_en, None);
    // Azerbaijan's civilians: its own figures only.
    assert_eq!(
        group("Azerbaijan", "civilians killed")
            .coverage_en
            .as_deref(),
        Some("Figures from Azerbaijan only")
    );
}

#[test]
fn rows_carry_claimant_sources_and_the_claim_to_open() {
    let t = timeline();
    let c = compare(&t, ClaimScope::All);
    let g = &c.groups[1];
    assert_eq!(g.max_value, 5000);
    let putin = &g.rows[1];
    assert_eq!(t.claims[putin.claim].id, "putin-total-5000");
    assert_eq!(putin.claimant_en, "Vladimir Putin");
    assert_eq!(putin.claimant_ar, "فلاديمير بوتين");
    assert_eq!(putin.standing, Standing::Outside);
    assert_eq!((putin.value, putin.qualifier), (5000, Qualifier::About));
    assert_eq!(putin.display, "≈5,000");
    assert_eq!(putin.as_of.iso(), "2020-10-22");
    assert_eq!(putin.event_id, "putin-valdai-2020-10-22");
    let outlets: Vec<(&str, &str)> = putin
        .sources
        .iter()
        .map(|s| (s.article_id.as_str(), s.outlet_en.as_str()))
        .collect();
    assert_eq!(
        outlets,
        [
            ("art-000", "Madarat Alamiya"),
            ("art-001", "unknown outlet")
        ]
    );
    assert_eq!(putin.value_text.as_deref(), Some("يقترب من 5 آلاف"));
    assert_eq!(
        (putin.low, putin.high, putin.vague),
        (4500, Some(5500), false)
    );
    // Rows point back to the conflicts that involve them.
    assert_eq!(putin.conflicts, [0]);
    assert!(putin.consistent.is_empty());
    assert_eq!(c.conflicts_of(putin.claim).count(), 1);
}

#[test]
fn the_real_cases_are_detected_and_explained() {
    let c = compare(&timeline(), ClaimScope::All);
    let s = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        kinds_and_ids(&c.conflicts),
        [
            (
                ConflictKind::OfficialVsOutside,
                s(&["official-total-under-1000", "putin-total-5000"])
            ),
            (
                ConflictKind::RivalClaims,
                s(&["azmod-nk-killed-2300", "nk-military-874"])
            ),
            (
                ConflictKind::SameClaimContradictory,
                s(&["az-civilians-63-madarat", "az-civilians-61-art001"])
            ),
        ]
    );
    // «أكثر من 30» and 37 can both be true: not a conflict, a relation of its own.
    assert_eq!(
        kinds_and_ids(&c.consistent),
        [(
            ConflictKind::SameClaimConsistent,
            s(&["nk-civilians-30-madarat", "nk-civilians-37-art001"])
        )]
    );
    let en: Vec<&str> = c
        .conflicts
        .iter()
        .chain(&c.consistent)
        .map(|x| x.message_en.as_str())
        .collect();
    assert_eq!(
        en,
        [
            "Armenian and Azerbaijani authorities' official figure (<1,000 dead) vs Vladimir \
             Putin's estimate (≈5,000, as of 22 Oct 2020): the outside estimate is at least 5× \
             the official figure",
            "Rival official figures for soldiers killed (Karabakh Armenians): 2,300 as of 1 Oct \
             2020 (Azerbaijani Defence Ministry) vs 874 as of 22 Oct 2020 (Nagorno-Karabakh \
             authorities): a toll only grows, yet the earlier figure is the higher one",
            "Azerbaijan's civilian toll as of 22 Oct 2020 is printed as 63 by Madarat Alamiya \
             (art-000) and 61 by unknown outlet (art-001): contradictory, they differ by 2",
            "Nagorno-Karabakh authorities' civilian toll as of 22 Oct 2020 is printed as >30 by \
             Madarat Alamiya (art-000) and 37 by unknown outlet (art-001): consistent, one is \
             less precise",
        ]
    );
    assert_eq!(
        c.consistent[0].message_ar,
        "حصيلة القتلى المدنيين بحسب سلطات ناغورنو كاراباخ حتى 22 أكتوبر 2020 وردت «أكثر من 30» \
         في مدارات عالمية (art-000) و«37» في مصدر غير معروف (art-001): الرقمان متوافقان، لكن \
         أحدهما أقل دقة"
    );
    assert!(c.conflicts[0].message_ar.contains("أقل من 1,000"));
    assert!(
        c.conflicts[0].message_ar.contains("ما لا يقل عن 5 أضعاف"),
        "{}",
        c.conflicts[0].message_ar
    );
    assert!(c.conflicts[2].message_ar.contains("متناقضان"));
    // The consistent pair's rows point at it, not at a conflict (no ⚠).
    let t = timeline();
    let row = c
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.claim == claim(&t, "nk-civilians-37-art001"))
        .expect("row");
    assert!(row.conflicts.is_empty());
    assert_eq!(row.consistent, [0]);
    assert_eq!(c.consistent_of(row.claim).count(), 1);
    assert_eq!(c.conflicts_of(row.claim).count(), 0);
}

#[test]
fn scopes_limit_rows_and_conflicts() {
    let t = timeline();
    let tolls = t.event_index("tolls-2020-10-22").expect("event");
    let c = compare(&t, ClaimScope::Event(tolls));
    assert_eq!(c.claim_count(), 5);
    // The rival 2,300 belongs to another event: not compared here.
    assert_eq!(
        c.conflicts.iter().map(|x| x.kind).collect::<Vec<_>>(),
        [ConflictKind::SameClaimContradictory]
    );
    assert_eq!(
        c.consistent.iter().map(|x| x.kind).collect::<Vec<_>>(),
        [ConflictKind::SameClaimConsistent]
    );
    let one = compare(
        &t,
        ClaimScope::Claims(vec![claim(&t, "az-civilians-63-madarat"), 9999]),
    );
    assert_eq!(one.claim_count(), 1, "out-of-range indices are skipped");
    assert!(one.conflicts.is_empty());
    assert!(compare(&t, ClaimScope::Event(9999)).groups.is_empty());
}

#[test]
fn identical_printings_are_not_conflicts_and_one_article_is_not_two() {
    let mut t = timeline();
    let (a, b) = (
        claim(&t, "nk-civilians-30-madarat"),
        claim(&t, "nk-civilians-37-art001"),
    );
    t.claims[b].value = 30;
    t.claims[b].qualifier = Qualifier::MoreThan;
    assert!(!has(&t, ConflictKind::SameClaimConsistent));
    // Different numbers, but printed by the same article: not flagged.
    t.claims[b].qualifier = Qualifier::Exact;
    t.claims[b].sources = t.claims[a].sources.clone();
    let c = compare(&t, ClaimScope::Claims(vec![a, b]));
    assert!(c.conflicts.is_empty() && c.consistent.is_empty());
}

#[test]
fn hedged_figures_that_cannot_both_hold_are_contradictory() {
    let mut t = timeline();
    let b = claim(&t, "nk-civilians-37-art001");
    t.claims[b].value = 30; // «more than 30» vs exactly 30
    let x = conflict_of(&t, b);
    assert_eq!(x.kind, ConflictKind::SameClaimContradictory);
    assert!(
        x.message_en
            .ends_with(": contradictory, no number fits both")
    );
    // ≈30 and >30 overlap (31..=33): consistent, both approximate.
    t.claims[b].qualifier = Qualifier::About;
    let x = conflict_of(&t, b);
    assert_eq!(x.kind, ConflictKind::SameClaimConsistent);
    assert!(
        x.message_en
            .ends_with("consistent, both are approximate and their ranges overlap")
    );
}

/// The relation (conflict or consistent difference) that involves claim
/// `claim` (there must be one).
fn conflict_of(t: &Timeline, claim: usize) -> Conflict {
    let c = compare(t, ClaimScope::All);
    c.conflicts
        .into_iter()
        .chain(c.consistent)
        .find(|x| x.claims.contains(&claim))
        .expect("flagged")
}

fn has(t: &Timeline, kind: ConflictKind) -> bool {
    let c = compare(t, ClaimScope::All);
    c.conflicts
        .iter()
        .chain(&c.consistent)
        .any(|c| c.kind == kind)
}

fn official_vs_outside(t: &Timeline) -> Option<String> {
    compare(t, ClaimScope::All)
        .conflicts
        .into_iter()
        .find(|c| c.kind == ConflictKind::OfficialVsOutside)
        .map(|c| c.message_en)
}

#[test]
fn official_vs_outside_needs_ranges_that_cannot_both_hold_within_a_week() {
    let mut t = timeline();
    let p = claim(&t, "putin-total-5000");
    // ≈1,500 is only 1.5× but its range (1,350–1,650) misses <1,000.
    t.claims[p].value = 1500;
    let m = official_vs_outside(&t).expect("non-overlapping");
    assert!(
        m.ends_with("the outside estimate is higher than the official figure allows"),
        "{m}"
    );
    // ≈950 fits under 1,000: no conflict.
    t.claims[p].value = 950;
    assert_eq!(official_vs_outside(&t), None);
    // Overlapping ranges can both hold, however far apart: not flagged.
    let o = claim(&t, "official-total-under-1000");
    t.claims[o].qualifier = Qualifier::AtLeast;
    t.claims[p].value = 5000;
    assert_eq!(
        official_vs_outside(&t),
        None,
        "≥1,000 and ≈5,000 can both be true"
    );
    // A media tally is named as such; a lower outside figure reads the other
    // way, and «نحو» makes the ratio approximate.
    t.claims[o].qualifier = Qualifier::Exact;
    t.claims[o].value = 12_000;
    t.claims[p].standing = Standing::Media;
    let m = official_vs_outside(&t).expect("factor 2.4");
    assert!(m.contains("Vladimir Putin's tally (≈5,000"), "{m}");
    assert!(
        m.ends_with("the official figure is about 2.4× the media tally"),
        "{m}"
    );
    // Eight days apart: not the same moment, not compared.
    t.claims[p].as_of = PartialDate::parse("2020-10-30").expect("date");
    assert_eq!(official_vs_outside(&t), None);
}

#[test]
fn rival_official_figures_of_the_same_week_that_cannot_both_hold() {
    let mut t = timeline();
    let az = claim(&t, "azmod-nk-killed-2300");
    t.claims[az].as_of = PartialDate::parse("2020-10-20").expect("date");
    // "Cannot both be right" compares figures about the same event only.
    let nk = t
        .claims
        .iter()
        .position(|c| c.value == 874)
        .expect("nk claim");
    t.claims[az].event = t.claims[nk].event;
    let c = compare(&t, ClaimScope::All);
    let x = c
        .conflicts
        .iter()
        .find(|x| x.kind == ConflictKind::RivalClaims)
        .expect("rival");
    assert!(x.message_en.ends_with(": the figures cannot both be right"));
    // An earlier figure below a later one is just a toll growing.
    t.claims[az].as_of = PartialDate::parse("2020-10-01").expect("date");
    t.claims[az].value = 500;
    assert!(!has(&t, ConflictKind::RivalClaims));
}

#[test]
fn a_ratio_with_a_bound_is_a_bound() {
    let mut t = timeline();
    let (o, p) = (
        claim(&t, "official-total-under-1000"),
        claim(&t, "putin-total-5000"),
    );
    let with = |t: &mut Timeline, official: (u64, Qualifier), outside: (u64, Qualifier)| {
        (t.claims[o].value, t.claims[o].qualifier) = official;
        (t.claims[p].value, t.claims[p].qualifier) = outside;
        official_vs_outside(t).expect("a conflict")
    };
    // «أقل من ألف» is at most 999: 5,000 is then at least 5 times it.
    let m = with(
        &mut t,
        (1000, Qualifier::FewerThan),
        (5000, Qualifier::Exact),
    );
    assert!(
        m.ends_with("the outside estimate is at least 5× the official figure"),
        "{m}"
    );
    // ">5,000" or "≥2,500" against an exact figure: at least, rounded down.
    let m = with(
        &mut t,
        (1000, Qualifier::Exact),
        (5000, Qualifier::MoreThan),
    );
    assert!(m.ends_with("is at least 5× the official figure"), "{m}");
    let m = with(&mut t, (1000, Qualifier::Exact), (2580, Qualifier::AtLeast));
    assert!(m.ends_with("is at least 2.5× the official figure"), "{m}");
    // An exact figure against «نحو»: about.
    let m = with(&mut t, (1000, Qualifier::Exact), (5000, Qualifier::About));
    assert!(m.ends_with("is about 5× the official figure"), "{m}");
    // Both exact: exact.
    let m = with(&mut t, (1000, Qualifier::Exact), (5000, Qualifier::Exact));
    assert!(
        m.ends_with("the outside estimate is 5× the official figure"),
        "{m}"
    );
    // The official figure the higher one, the outside one «fewer than».
    let m = with(
        &mut t,
        (10_000, Qualifier::Exact),
        (2000, Qualifier::FewerThan),
    );
    assert!(
        m.ends_with("the official figure is at least 5× the outside estimate"),
        "{m}"
    );
    // A vague word at its lower bound («المئات», 100–999) below an exact
    // 5,000: at most 50×, rounded up.
    t.claims[p].vague = karabakh_timeline::corpus::vague::lookup("المئات");
    let m = with(&mut t, (5000, Qualifier::Exact), (100, Qualifier::AtLeast));
    assert!(
        m.ends_with("the official figure is at most 50× the outside estimate"),
        "{m}"
    );
    assert!(m.contains("estimate (100–999 (hundreds)"), "{m}");
}

#[test]
fn vague_figures_are_ranges_not_counts() {
    let mut t = timeline();
    let p = claim(&t, "putin-total-5000");
    t.claims[p].vague = karabakh_timeline::corpus::vague::lookup("آلاف");
    t.claims[p].value = 1000;
    t.claims[p].qualifier = Qualifier::AtLeast;
    t.claims[p].value_text = Some("آلاف".into());
    let c = compare(&t, ClaimScope::All);
    let row = c
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .find(|r| r.claim == p)
        .expect("row");
    assert!(row.vague);
    assert_eq!((row.low, row.high), (1000, Some(9999)));
    assert_eq!(row.display, "1,000–9,999 (thousands)");
    assert_eq!(row.display_ar, "آلاف (1,000–9,999)");
    assert_eq!(row.value_text.as_deref(), Some("آلاف"));
    let g = c
        .groups
        .iter()
        .find(|g| g.rows.iter().any(|r| r.claim == p))
        .expect("group");
    assert_eq!(
        g.range_max, 9999,
        "a pane drawing the range scales to its top"
    );
    // ≥1,000 cannot be <1,000: still a conflict, and no ratio is claimed.
    let m = official_vs_outside(&t).expect("conflict");
    assert!(
        m.ends_with("the outside estimate is higher than the official figure allows"),
        "{m}"
    );
}

// ---- command line --------------------------------------------------------

#[test]
fn claims_text_is_an_aligned_table_with_bars_and_conflicts() {
    let out = claims_cmd(&["--event", "putin-valdai-2020-10-22"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        concat!(
            "4 casualty claims in 3 groups, 1 conflict, 0 consistent differences; bars (linear) are relative to the largest figure of each group, a vague figure's range drawn ~\n",
            "\n",
            "== The 2020 war · Armenia · dead (all) ==\n",
            "   (Not counted by Armenia; figures from third parties only)\n",
            "    Vladimir Putin                        outside   22 Oct 2020  >2,000  ####################  unknown outlet (art-001)\n",
            "\n",
            "== The 2020 war · Armenia + Azerbaijan · dead (all) ==\n",
            "[1] Armenian and Azerbaijani authorities  official  22 Oct 2020  <1,000  ####                  unknown outlet (art-001)\n",
            "[1] Vladimir Putin                        outside   22 Oct 2020  ≈5,000  ####################  Madarat Alamiya (art-000); unknown outlet (art-001)\n",
            "\n",
            "== The 2020 war · Azerbaijan · dead (all) ==\n",
            "   (Not counted by Azerbaijan; figures from third parties only)\n",
            "    Vladimir Putin                        outside   22 Oct 2020  >2,000  ####################  unknown outlet (art-001)\n",
            "\n",
            "Conflicts\n",
            "[1] official vs outside: Armenian and Azerbaijani authorities' official figure (<1,000 dead) vs Vladimir Putin's estimate (≈5,000, as of 22 Oct 2020): the outside estimate is at least 5× the official figure\n",
        )
    );
}

#[test]
fn log_scale_lengthens_small_bars() {
    let out = claims_cmd(&["--event", "putin-valdai-2020-10-22", "--log"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with(
        "4 casualty claims in 3 groups, 1 conflict, 0 consistent differences; bars (log scale)"
    ));
    // ln(1001)/ln(5001) of 20 cells = 16.2 → 16 (linear gives 4).
    let row = text
        .lines()
        .find(|l| l.contains("<1,000"))
        .expect("official row");
    assert!(
        row.contains(&format!("<1,000  {}  ", "#".repeat(16))),
        "{row}"
    );
}

#[test]
fn claims_in_arabic_use_arabic_names_and_words_for_hedges() {
    bin()
        .args(["--corpus", &fixture(), "--lang", "ar", "claims"])
        .args(["--event", "tolls-2020-10-22"])
        .assert()
        .success()
        .stdout(predicate::str::contains("سلطات ناغورنو كاراباخ  رسمي"))
        .stdout(predicate::str::contains("أكثر من 30  ################  "))
        .stdout(predicate::str::contains("\nتعارضات\n"))
        .stdout(predicate::str::contains("[1] الرقم نفسه، متناقض: "));
}

#[test]
fn claims_json_parses_back() {
    let out = claims_cmd(&["--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["schema"], "karabakh-timeline/claims/v1");
    assert_eq!(v["event"], serde_json::Value::Null);
    assert_eq!(v["groups"].as_array().map(Vec::len), Some(11));
    let g = &v["groups"][6];
    assert_eq!(g["subject"], serde_json::json!(["karabakh"]));
    assert_eq!(g["sides"], serde_json::json!(["karabakh"]));
    assert_eq!(g["era"], "war-2020");
    assert_eq!(g["published_by"], serde_json::json!(["karabakh"]));
    assert_eq!(g["coverage_en"], "Figures from Karabakh Armenians only");
    assert_eq!(g["category"], "civilians-killed");
    assert_eq!(g["max_value"], 37);
    assert_eq!(g["rows"][0]["claim"], "nk-civilians-30-madarat");
    assert_eq!(g["rows"][0]["qualifier"], "more-than");
    assert_eq!(g["rows"][0]["display"], ">30");
    assert_eq!(g["rows"][0]["value_text"], "أكثر من 30");
    assert_eq!(g["rows"][0]["vague"], false);
    assert_eq!(
        (g["rows"][0]["low"].as_u64(), g["rows"][0]["high"].as_u64()),
        (Some(31), None)
    );
    assert_eq!(g["rows"][1]["high"], 37);
    assert_eq!(g["rows"][0]["claimant_side"], "karabakh");
    assert_eq!(g["rows"][0]["standing"], "official");
    assert_eq!(g["rows"][0]["as_of"], "2020-10-22");
    assert_eq!(g["rows"][0]["sources"][0]["outlet_ar"], "مدارات عالمية");
    assert_eq!(v["groups"][8]["equipment"], "tank");
    let conflicts = v["conflicts"].as_array().expect("conflicts");
    assert_eq!(conflicts.len(), 3);
    assert!(
        conflicts
            .iter()
            .all(|c| c["kind"] != "same-claim-consistent")
    );
    let consistent = v["consistent"].as_array().expect("consistent");
    assert_eq!(consistent.len(), 1);
    assert_eq!(consistent[0]["kind"], "same-claim-consistent");
    assert_eq!(
        consistent[0]["claims"],
        serde_json::json!(["nk-civilians-30-madarat", "nk-civilians-37-art001"])
    );
    assert!(
        consistent[0]["message_ar"]
            .as_str()
            .is_some_and(|m| m.contains("«أكثر من 30»"))
    );
    assert_eq!(v["truncated"], false);
    let one = claims_cmd(&["--format", "json", "--event", "tolls-2020-10-22"]);
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).expect("json");
    assert_eq!(v["event"], "tolls-2020-10-22");
    assert_eq!(v["conflicts"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["consistent"].as_array().map(Vec::len), Some(1));
}

#[test]
fn claims_csv_parses_back_one_row_per_claim() {
    let out = claims_cmd(&["--format", "csv"]);
    assert!(out.status.success());
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = r.headers().expect("header").clone();
    assert_eq!(&headers[0], "group");
    assert_eq!(headers.len(), 29);
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("record")).collect();
    assert_eq!(rows.len(), 15);
    let row = rows
        .iter()
        .find(|x| &x[col("claim")] == "nk-civilians-30-madarat")
        .expect("row");
    assert_eq!(&row[col("group")], "7");
    assert_eq!(&row[col("subject_en")], "Karabakh Armenians");
    assert_eq!(&row[col("category")], "civilians-killed");
    assert_eq!(&row[col("claimant_ar")], "سلطات ناغورنو كاراباخ");
    assert_eq!(&row[col("value")], "30");
    assert_eq!(&row[col("display")], ">30");
    assert_eq!(&row[col("articles")], "art-000");
    assert_eq!(&row[col("conflicts")], "");
    assert_eq!(
        &row[col("consistent")],
        "same-claim-consistent:nk-civilians-37-art001"
    );
    assert_eq!(&row[col("value_text")], "أكثر من 30");
    assert_eq!(&row[col("vague")], "false");
    assert_eq!((&row[col("low")], &row[col("high")]), ("31", ""));
    assert_eq!(&row[col("claimant_side")], "karabakh");
    assert_eq!(&row[col("era")], "war-2020");
    let putin = rows
        .iter()
        .find(|x| &x[col("claim")] == "putin-total-5000")
        .expect("row");
    assert_eq!(&putin[col("subject")], "armenia; azerbaijan");
    assert_eq!(
        &putin[col("conflicts")],
        "official-vs-outside:official-total-under-1000"
    );
    assert_eq!(&putin[col("outlets_en")], "Madarat Alamiya; unknown outlet");
    let tank = rows
        .iter()
        .find(|x| &x[col("claim")] == "azmod-tanks-130")
        .expect("row");
    assert_eq!(&tank[col("equipment")], "tank");
    assert_eq!(&tank[col("conflicts")], "");
}

#[test]
fn an_unknown_event_is_a_usage_error() {
    bin()
        .args(["--corpus", &fixture(), "claims", "--event", "no-such-event"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("karabakh-timeline: --event: no event \"no-such-event\"\n");
    bin()
        .args(["claims", "--format", "yaml"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn no_control_characters_from_the_corpus_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    for f in ["000.txt", "001.txt", "002.txt", "annotations.json"] {
        let text = std::fs::read_to_string(format!("{}/{f}", fixture())).expect("read");
        let text = text
            .replace(
                "\"Vladimir Putin\"",
                "\"Vladimir \\u001b[2J\\u202ePutin\\u0085\"",
            )
            .replace("\"Madarat Alamiya\"", "\"Madarat\\u0007 Alamiya\"");
        std::fs::write(dir.path().join(f), text).expect("write");
    }
    let corpus = dir.path().to_string_lossy().to_string();
    for format in ["text", "csv"] {
        let out = bin()
            .args(["--corpus", &corpus, "claims", "--format", format])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{format}");
        let s = String::from_utf8_lossy(&out.stdout);
        assert!(s.contains("Vladimir [2JPutin"), "{format}: {s}");
        assert!(s.contains("Madarat Alamiya"), "{format}");
        assert!(
            !s.chars()
                .any(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{85}' | '\u{202e}')),
            "{format}"
        );
    }
}
