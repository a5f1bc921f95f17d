//! Decisions on drafts (`intake::drafts`, the API the TUI calls): accept,
//! reject, undo and redo on real corpus folders, each result read back
//! from disk with the real loader.

use crate::intake_add::{A002, add, asset, bundled_copy, loaded, own};
use karabakh_timeline::intake::IntakeError;
use karabakh_timeline::intake::drafts::{Applied, Decision, decide, undo};
use std::fs;
use std::path::Path;

fn text(dir: &Path) -> String {
    fs::read_to_string(dir.join("annotations.json")).expect("annotations.json")
}

/// The bundled corpus with the Valdai report of `tests/fixtures/intake`
/// added: hand-annotated events with drafted sources, drafted events and
/// claims.
pub fn corpus_with_drafts() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, dir) = bundled_copy();
    let (code, _, err) = add(&dir, &[&own("valdai-report.txt")]);
    assert_eq!(code, 0, "{err}");
    (tmp, dir)
}

pub const HEADLINE_EVENT: &str = "fighting-2020-10-23-valdai-report";

#[test]
fn accepting_drops_the_marks_and_undo_puts_the_file_back_byte_for_byte() {
    let (_tmp, dir) = corpus_with_drafts();
    let before = text(&dir);
    let out = decide(&dir, &[Decision::Accept(HEADLINE_EVENT.into())]).expect("accepted");
    assert_eq!(
        out.applied,
        [Applied::Accepted {
            id: HEADLINE_EVENT.into(),
            sources: 0
        }]
    );
    let t = loaded(&dir);
    let e = t
        .events
        .iter()
        .find(|e| e.id == HEADLINE_EVENT)
        .expect("kept");
    assert!(e.draft.is_none(), "no longer a draft on disk");
    assert!(
        t.claims.iter().any(|c| c.draft.is_some()),
        "other drafts stay drafts"
    );
    assert_eq!(
        out.timeline.events.len(),
        t.events.len(),
        "the returned timeline is the file's"
    );
    // The JSON changed only where the mark was.
    let after = text(&dir);
    assert!(after.len() < before.len());
    let (t2, redo) = undo(&out.undo).expect("undone");
    assert_eq!(text(&dir), before, "undo restores the file exactly");
    assert!(
        t2.events
            .iter()
            .find(|e| e.id == HEADLINE_EVENT)
            .is_some_and(|e| e.draft.is_some())
    );
    undo(&redo).expect("redone");
    assert_eq!(text(&dir), after, "redo applies the decision again");
}

#[test]
fn accepting_an_accepted_event_accepts_the_sources_drafted_into_it() {
    let (_tmp, dir) = corpus_with_drafts();
    let out = decide(&dir, &[Decision::Accept("putin-valdai-2020-10-22".into())]).expect("ok");
    assert_eq!(
        out.applied,
        [Applied::Accepted {
            id: "putin-valdai-2020-10-22".into(),
            sources: 1
        }]
    );
    let t = loaded(&dir);
    let e = t
        .events
        .iter()
        .find(|e| e.id == "putin-valdai-2020-10-22")
        .expect("event");
    assert!(!e.has_draft());
    assert!(
        e.sources
            .iter()
            .any(|s| t.articles[s.article].id == "valdai-report")
    );
}

#[test]
fn rejecting_a_drafted_event_removes_it_and_its_claims() {
    let (_tmp, dir) = corpus_with_drafts();
    let t = loaded(&dir);
    let e = t.event_index(HEADLINE_EVENT).expect("event");
    let claims: Vec<String> = t.events[e]
        .claims
        .iter()
        .map(|&c| t.claims[c].id.clone())
        .collect();
    assert!(!claims.is_empty(), "the headline's «الآلاف»");
    // Its claim rejected in the same call is reported as already gone.
    let out = decide(
        &dir,
        &[
            Decision::Reject(HEADLINE_EVENT.into()),
            Decision::Reject(claims[0].clone()),
        ],
    )
    .expect("rejected");
    assert_eq!(
        out.applied,
        [
            Applied::Rejected {
                id: HEADLINE_EVENT.into(),
                claims: claims.clone()
            },
            Applied::AlreadyRemoved {
                id: claims[0].clone()
            }
        ]
    );
    let t = loaded(&dir);
    assert!(t.event_index(HEADLINE_EVENT).is_none());
    assert!(claims.iter().all(|c| t.claim_index(c).is_none()));
    assert!(
        t.articles.iter().any(|a| a.id == "valdai-report"),
        "the article stays"
    );
}

#[test]
fn rejecting_an_accepted_event_removes_only_the_sources_drafted_into_it() {
    let (_tmp, dir) = corpus_with_drafts();
    let before = loaded(&dir);
    let e = before
        .event_index("nk-authorities-toll-2020-10-22")
        .expect("event");
    let n = before.events[e].sources.len();
    let out = decide(
        &dir,
        &[Decision::Reject("nk-authorities-toll-2020-10-22".into())],
    )
    .expect("ok");
    assert_eq!(
        out.applied,
        [Applied::SourcesRejected {
            id: "nk-authorities-toll-2020-10-22".into(),
            sources: 1
        }]
    );
    let t = loaded(&dir);
    let e = t
        .event_index("nk-authorities-toll-2020-10-22")
        .expect("kept");
    assert_eq!(t.events[e].sources.len(), n - 1);
    assert!(!t.events[e].has_draft());
    // A drafted claim can be rejected on its own.
    decide(
        &dir,
        &[Decision::Reject("military-killed-900-valdai-report".into())],
    )
    .expect("ok");
    assert!(
        loaded(&dir)
            .claim_index("military-killed-900-valdai-report")
            .is_none()
    );
}

#[test]
fn a_decision_that_cannot_apply_writes_nothing() {
    let (_tmp, dir) = corpus_with_drafts();
    let before = text(&dir);
    for (decisions, message) in [
        (
            vec![Decision::Accept("no-such-event".into())],
            "no draft \"no-such-event\": no event or claim has this id",
        ),
        (
            vec![
                Decision::Accept(HEADLINE_EVENT.into()),
                Decision::Accept("putin-total-dead-about-5000-art000".into()),
            ],
            "is not a draft",
        ),
    ] {
        let e = decide(&dir, &decisions).expect_err("refused");
        assert!(e.to_string().contains(message), "{e}");
        assert_eq!(text(&dir), before, "nothing written");
    }
}

#[test]
fn undo_never_overwrites_an_edit_made_since() {
    let (_tmp, dir) = corpus_with_drafts();
    let out = decide(&dir, &[Decision::Accept(HEADLINE_EVENT.into())]).expect("ok");
    // Someone edits the file after the decision (here: a space at the end).
    let edited = format!("{} ", text(&dir));
    fs::write(dir.join("annotations.json"), &edited).expect("edit");
    let e = undo(&out.undo).expect_err("the file changed");
    assert!(matches!(e, IntakeError::ChangedSince { .. }), "{e}");
    assert_eq!(text(&dir), edited);
}

#[test]
fn deciding_on_a_folder_of_plain_articles_writes_its_annotations_and_undo_removes_them() {
    let tmp = tempfile::tempdir().expect("tempdir");
    fs::copy(asset(A002), tmp.path().join(A002)).expect("copy");
    let t = karabakh_timeline::intake::load_folder(tmp.path()).expect("drafted");
    let first = t.events[0].id.clone();
    let out = decide(tmp.path(), &[Decision::Accept(first.clone())]).expect("ok");
    assert!(
        tmp.path().join("annotations.json").exists(),
        "the folder is a corpus now"
    );
    let t = loaded(tmp.path());
    assert_eq!(t.events.len(), out.timeline.events.len());
    let e = t.event_index(&first).expect("event");
    assert!(t.events[e].draft.is_none());
    assert!(
        t.events
            .iter()
            .filter(|x| x.id != first)
            .all(|x| x.draft.is_some())
    );
    undo(&out.undo).expect("undone");
    assert!(!tmp.path().join("annotations.json").exists());
}
