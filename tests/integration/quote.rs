//! `quote` and the citation library behind it (and behind the TUI's `y`):
//! every format parsed back, the quote a byte-exact slice of its article.

use crate::util::{bin, bundled, corpus, fixture_arg};
use karabakh_timeline::cite::{Citation, Cited};
use karabakh_timeline::lang::Lang;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::process::Output;

fn quote(args: &[&str]) -> Output {
    bin().arg("quote").args(args).output().expect("runs")
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

/// The text of each paragraph inside block quotes, as a Markdown reader
/// sees it.
fn quoted_paragraphs(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut depth, mut para) = (0, None::<String>);
    for ev in Parser::new(md) {
        match ev {
            Event::Start(Tag::BlockQuote(_)) => depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => depth -= 1,
            Event::Start(Tag::Paragraph) if depth > 0 => para = Some(String::new()),
            Event::End(TagEnd::Paragraph) => out.extend(para.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(p) = para.as_mut() {
                    p.push_str(&t);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => panic!("raw HTML from corpus text in {md}"),
            _ => {}
        }
    }
    out
}

#[test]
fn the_valdai_passage_that_dates_the_event_is_cited_exactly() {
    // Source 12 of 16 of «Putin at the Valdai Club»: «أمس الخميس» in art-004.
    let t = bundled();
    let text = stdout(&quote(&["putin-valdai-2020-10-22", "--source", "12"]));
    let (passage, line) = text
        .strip_suffix('\n')
        .and_then(|s| s.split_once('\n'))
        .expect("two lines");
    assert!(passage.contains("أمس الخميس"), "{passage}");
    let art = &t.articles[t.articles.iter().position(|a| a.id == "art-004").unwrap()];
    assert!(
        art.text.contains(passage),
        "a byte-exact substring of art-004"
    );
    let e = t.event_index("putin-valdai-2020-10-22").unwrap();
    let s = &t.events[e].sources[11];
    assert_eq!(&art.text[s.range.clone()], passage);
    assert_eq!(
        line,
        format!(
            "— Al-Araby Al-Jadeed, 23 Oct 2020, 004_d9e06ef87a3c0df4.txt, paragraph {}",
            s.paragraph
        )
    );
    // Never presentation forms, never visual order, in a pipe.
    assert!(
        !text
            .chars()
            .any(karabakh_timeline::text::is_presentation_form)
    );
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn every_source_of_every_event_quotes_its_article_byte_for_byte_in_json() {
    let t = bundled();
    // All of them through the library, a sample through the binary.
    for (e, ev) in t.events.iter().enumerate() {
        for i in 0..ev.sources.len() {
            let c = Citation::new(&t, e, i).expect("in range");
            let v: serde_json::Value = serde_json::from_str(&c.json()).expect("JSON");
            let a = &t.articles[ev.sources[i].article];
            let [start, end] = [0, 1].map(|k| v["byte_range"][k].as_u64().unwrap() as usize);
            assert_eq!(v["quote"].as_str().unwrap(), &a.text[start..end]);
            assert_eq!(v["source"], i + 1);
            assert_eq!(v["sources"], ev.sources.len());
        }
        assert!(Citation::new(&t, e, ev.sources.len()).is_none());
    }
    let v: serde_json::Value = serde_json::from_str(&stdout(&quote(&[
        "putin-valdai-2020-10-22",
        "--source",
        "1",
        "--format",
        "json",
    ])))
    .expect("JSON");
    assert_eq!(v["schema"], "karabakh-timeline/quote/v1");
    assert_eq!(v["event"], "putin-valdai-2020-10-22");
    assert_eq!(v["claim"], serde_json::Value::Null);
    assert_eq!(v["article"], "art-000");
    // art-000 prints no date: the citation says so («c.», a range).
    assert_eq!(v["published"]["date"], "2020-10-22/2020-10-23");
    assert_eq!(v["published"]["approximate"], true);
    assert_eq!(v["published"]["basis"]["kind"], "inferred");
    assert_eq!(
        v["citation"]["en"],
        "— Madarat Alamiya, c. 22–23 Oct 2020, 000_249e8729ad4eaa54.txt, paragraph 2"
    );
    assert_eq!(
        v["citation"]["ar"],
        "— مدارات عالمية، حوالي 22–23 أكتوبر 2020، 000_249e8729ad4eaa54.txt، الفقرة 2"
    );
}

#[test]
fn an_unknown_outlet_is_cited_as_unknown_with_its_reason_in_json() {
    let v: serde_json::Value = serde_json::from_str(&stdout(&quote(&[
        "war-begins-2020-09-27",
        "--format",
        "json",
    ])))
    .expect("JSON");
    assert_eq!(v["outlet"]["known"], false);
    assert!(v["outlet"]["unknown_reason"].as_str().unwrap().len() > 20);
    assert!(
        v["citation"]["en"]
            .as_str()
            .unwrap()
            .starts_with("— unknown outlet, ")
    );
    assert!(
        v["citation"]["ar"]
            .as_str()
            .unwrap()
            .starts_with("— مصدر غير معروف، ")
    );
}

#[test]
fn markdown_reads_back_as_the_same_words_whatever_the_quote_holds() {
    // The fixture's quote starts like a list item and holds _ # < > «».
    let dir = fixture_arg("quote-citation");
    let t = corpus("quote-citation");
    let md = stdout(&quote(&[
        "--corpus",
        &dir,
        "fighting-2020-09-27",
        "--format",
        "md",
    ]));
    let paras = quoted_paragraphs(&md);
    let s = &t.events[0].sources[0];
    assert_eq!(paras[0], &t.articles[0].text[s.range.clone()]);
    assert_eq!(
        paras[0],
        "1. قال المتحدث_الرسمي: «# 12 جنديا» قتلوا <b>أمس</b>"
    );
    assert_eq!(
        paras[1],
        "— The *News* Agency, c. 28–29 Sep 2020, article.txt, paragraph 2, \
         https://example.org/news?id=1&x=[2]"
    );
    assert_eq!(paras.len(), 2);
    // The Arabic citation line, for an Arabic report.
    let md = stdout(&quote(&[
        "--corpus",
        &dir,
        "--lang",
        "ar",
        "fighting-2020-09-27",
        "--source",
        "2",
        "--format",
        "md",
    ]));
    assert_eq!(
        quoted_paragraphs(&md),
        [
            "وأضاف أن القتال مستمر منذ يوم الأحد.",
            "— وكالة الأنباء، حوالي 28–29 سبتمبر 2020، article.txt، الفقرة 3، https://example.org/news?id=1&x=[2]",
        ]
    );
}

#[test]
fn a_claims_passage_is_cited_by_the_claims_id() {
    let dir = fixture_arg("quote-citation");
    let text = stdout(&quote(&["--corpus", &dir, "c1"]));
    assert_eq!(
        text,
        "«# 12 جنديا» قتلوا\n— The *News* Agency, c. 28–29 Sep 2020, article.txt, paragraph 2, \
         https://example.org/news?id=1&x=[2]\n"
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&quote(&[
        "--corpus", &dir, "C1", "--format", "json",
    ])))
    .expect("JSON");
    assert_eq!(v["claim"], "c1");
    assert_eq!(v["event"], "fighting-2020-09-27");
    // The library: the same citation, of a claim.
    let t = corpus("quote-citation");
    let c = Citation::of_claim(&t, 0, 0).expect("claim source");
    assert_eq!(c.cited(), Cited::Claim(0));
    assert_eq!(c.event(), 0);
    assert_eq!(format!("{}\n", c.text(Lang::En)), text);
}

#[test]
fn ids_in_any_case_and_the_first_source_by_default() {
    let a = stdout(&quote(&["PUTIN-Valdai-2020-10-22"]));
    let b = stdout(&quote(&["putin-valdai-2020-10-22", "--source", "1"]));
    assert_eq!(a, b);
}

#[test]
fn a_bad_id_or_source_number_is_a_usage_error_with_what_is_valid() {
    let o = quote(&["putin-valdai-2020-10-22", "--source", "17"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "karabakh-timeline: --source 17: event \"putin-valdai-2020-10-22\" has 16 sources; N is 1–16\n"
    );
    for n in ["0", "-3"] {
        let o = quote(&["putin-valdai-2020-10-22", "--source", n]);
        assert_eq!(o.status.code(), Some(2), "--source {n}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("N is 1–16"));
    }
    let o = quote(&["putin-valdai"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "karabakh-timeline: no event or casualty claim has the id \"putin-valdai\"\n\
         karabakh-timeline: hint: did you mean «putin-valdai-2020-10-22»?\n"
    );
    let o = quote(&["--lang", "ar", "war-begins-2020-09-27", "--source", "9"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "karabakh-timeline: --source 9: للحدث «war-begins-2020-09-27» 6 مصادر؛ N من 1 إلى 6\n"
    );
    let o = quote(&[
        "--corpus",
        &fixture_arg("quote-citation"),
        "c1",
        "--source",
        "2",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "karabakh-timeline: --source 2: casualty claim \"c1\" has 1 source; N is 1\n"
    );
    let o = quote(&["putin-valdai-2020-10-22", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
}
