//! Filters accept what a user types: Arabic-Indic digits in dates, ids in
//! any case, «unknown outlet», and the closest spellings of a name nobody
//! has ("did you mean …"), on the command line and in the TUI's words.

use crate::util::{bin, bundled, listed_ids};
use karabakh_timeline::lang::Lang;
use karabakh_timeline::select::{Filter, FilterField, FilterProblem, FilterSpec, Scope, Selection};
use karabakh_timeline::tui::i18n::filter_error;

fn stderr(args: &[&str]) -> String {
    let o = bin().args(args).output().expect("runs");
    assert_eq!(o.status.code(), Some(2), "{args:?} is a usage error");
    assert!(o.stdout.is_empty());
    String::from_utf8(o.stderr).expect("UTF-8")
}

#[test]
fn dates_in_arabic_indic_digits_select_like_western_ones() {
    let western = listed_ids(&["--from", "2020-10-01", "--to", "2020-10-22"]);
    assert!(!western.is_empty());
    assert_eq!(
        listed_ids(&["--from", "٢٠٢٠-١٠-٠١", "--to", "٢٠٢٠-١٠-٢٢"]),
        western
    );
    assert_eq!(
        listed_ids(&["--from", "۲۰۲۰-۱۰-۰۱", "--to", "۲۰۲۰-۱۰-۲۲"]),
        western
    );
    // As the articles print dates («2020/10/01»).
    assert_eq!(
        listed_ids(&["--from", "2020/10/01", "--to", "2020/10/22"]),
        western
    );
    assert_eq!(
        listed_ids(&["--from", "٢٠٢١"]),
        listed_ids(&["--from", "2021"])
    );
    // A date that does not exist is quoted as it was typed.
    assert_eq!(
        stderr(&["list", "--from", "٢٠٢١-٠٢-٣٠"]),
        "karabakh-timeline: --from: \"٢٠٢١-٠٢-٣٠\" does not exist (no day 30 in that month)\n"
    );
    assert_eq!(
        stderr(&["--lang", "ar", "list", "--to", "٢٠٢١-١٣"]),
        "karabakh-timeline: --to: «٢٠٢١-١٣»: لا يوجد شهر رقمه 13\n"
    );
}

#[test]
fn ids_and_kinds_in_any_case() {
    assert_eq!(
        listed_ids(&["--era", "WAR-2020"]),
        listed_ids(&["--era", "war-2020"])
    );
    assert_eq!(
        listed_ids(&["--event", "Putin-Valdai-2020-10-22"]),
        ["putin-valdai-2020-10-22"]
    );
    assert_eq!(
        listed_ids(&["--outlet", "ART-004"]),
        listed_ids(&["--outlet", "art-004"])
    );
    assert_eq!(
        listed_ids(&["--actor", "PUTIN"]),
        listed_ids(&["--actor", "بوتين"])
    );
    let reports = listed_ids(&["--kind", "casualty-report"]);
    assert!(!reports.is_empty());
    assert_eq!(listed_ids(&["--kind", "Casualty Report"]), reports);
    assert_eq!(listed_ids(&["--kind", "حصيلة خسائر"]), reports);
    // Latin accents do not matter: the corpus has Erdogan, a user types Erdoğan.
    assert_eq!(
        listed_ids(&["--actor", "Erdoğan"]),
        listed_ids(&["--actor", "Erdogan"])
    );
}

#[test]
fn unknown_outlet_selects_exactly_the_unattributed_articles() {
    let t = bundled();
    let unattributed: Vec<String> = t
        .events
        .iter()
        .filter(|e| {
            e.sources
                .iter()
                .any(|s| t.articles[s.article].outlet.en.is_none())
        })
        .map(|e| e.id.clone())
        .collect();
    assert!(!unattributed.is_empty());
    assert!(unattributed.len() < t.events.len());
    assert_eq!(listed_ids(&["--outlet", "unknown outlet"]), unattributed);
    assert_eq!(listed_ids(&["--outlet", "Unknown Outlet"]), unattributed);
    assert_eq!(listed_ids(&["--outlet", "مصدر غير معروف"]), unattributed);
    // The library agrees, for the TUI's filter form.
    let spec = FilterSpec {
        outlets: vec!["مصدر غير معروف".into()],
        ..FilterSpec::default()
    };
    let f = Filter::parse(&spec, &t).expect("parses");
    let sel = Selection::new(&t, &Scope::Filter(Box::new(f)));
    let lib: Vec<String> = sel.events.iter().map(|&e| t.events[e].id.clone()).collect();
    assert_eq!(lib, unattributed);
}

#[test]
fn an_unknown_name_gets_the_closest_spellings() {
    assert_eq!(
        stderr(&["list", "--actor", "Pashinian"]),
        "karabakh-timeline: --actor: no actor is spelled \"Pashinian\"\n\
         karabakh-timeline: hint: did you mean «Nikol Pashinyan»?\n"
    );
    assert_eq!(
        stderr(&["--lang", "ar", "list", "--actor", "بوتن"]),
        "karabakh-timeline: --actor: لا فاعل بهذه التهجئة «بوتن»\n\
         karabakh-timeline: hint: هل تقصد «فلاديمير بوتين»؟\n"
    );
    assert_eq!(
        stderr(&["list", "--place", "قره باع"]),
        "karabakh-timeline: --place: no place is spelled \"قره باع\"\n\
         karabakh-timeline: hint: did you mean «ناغورني قره باغ»?\n"
    );
    assert_eq!(
        stderr(&["list", "--outlet", "Al-Arabi"]),
        "karabakh-timeline: --outlet: no outlet or article matches \"Al-Arabi\"\n\
         karabakh-timeline: hint: did you mean «Al-Araby Al-Jadeed»?\n"
    );
    assert_eq!(
        stderr(&["list", "--event", "putin-valdai"]),
        "karabakh-timeline: --event: no event \"putin-valdai\"\n\
         karabakh-timeline: hint: did you mean «putin-valdai-2020-10-22»?\n"
    );
    // Eras and kinds are few: all listed, and the closest as a hint.
    assert_eq!(
        stderr(&["list", "--kind", "fight"]),
        "karabakh-timeline: --kind: no kind \"fight\" (kinds: fighting, diplomacy, ceasefire, \
         statement, casualty-report, background, humanitarian)\n\
         karabakh-timeline: hint: did you mean «fighting»?\n"
    );
    // Nothing close: no hint rather than a wild guess.
    assert_eq!(
        stderr(&["list", "--actor", "Napoleon"]),
        "karabakh-timeline: --actor: no actor is spelled \"Napoleon\"\n"
    );
    // --word needs --search.
    let o = bin().args(["list", "--word"]).output().expect("runs");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_tui_words_suggestions_as_did_you_mean() {
    let t = bundled();
    let spec = FilterSpec {
        actors: vec!["Putn".into()],
        ..FilterSpec::default()
    };
    let e = Filter::parse(&spec, &t).expect_err("unknown");
    assert_eq!(e.field, FilterField::Actor);
    assert!(
        matches!(&e.problem, FilterProblem::Unknown { known, .. } if known == &["Vladimir Putin"])
    );
    assert!(
        filter_error(Lang::En, &e)
            .plain()
            .ends_with("«Putn». Did you mean «Vladimir Putin»?"),
        "{}",
        filter_error(Lang::En, &e).plain()
    );
    assert!(
        filter_error(Lang::Ar, &e)
            .plain()
            .ends_with("«Putn». هل تقصد «Vladimir Putin»؟")
    );
    let spec = FilterSpec {
        eras: vec!["peace".into()],
        ..FilterSpec::default()
    };
    let e = Filter::parse(&spec, &t).expect_err("unknown");
    let eras: Vec<&str> = t.eras.iter().map(|e| e.id.as_str()).collect();
    assert!(
        filter_error(Lang::En, &e)
            .plain()
            .ends_with(&format!(". Known: {}", eras.join(", ")))
    );
}
