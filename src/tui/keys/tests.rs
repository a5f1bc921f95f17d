//! The table itself: every user-facing action has a key wherever the UI
//! offers it, and no key means two things at once.

use super::*;
use std::mem::discriminant;

use Context::{Article, Claims, Export, Filter, Global, Help, Info, Picker, Search, Timeline};

const MOVES: &[Context] = &[Global, Help, Info, Picker];
const EDITS: &[Context] = &[Search, Filter, Export];
const DIALOGS: &[Context] = &[Help, Info, Search, Filter, Picker, Export];

/// Where the UI offers each action (its index, for the completeness check
/// below, and its contexts). An exhaustive `match`: a new variant does not
/// compile until it is classified here. Actions with no context come from
/// somewhere other than a key.
fn offered(a: &Action) -> (usize, &'static [Context]) {
    match a {
        Action::Quit => (0, &[Global]),
        Action::Suspend => (1, &[Global]),
        Action::Help => (2, &[Global]),
        Action::Cancel => (3, &[Global]),
        Action::NextPane => (4, &[Global]),
        Action::PrevPane => (5, &[Global]),
        Action::Up => (6, MOVES),
        Action::Down => (7, MOVES),
        Action::PageUp => (8, MOVES),
        Action::PageDown => (9, MOVES),
        Action::Top => (10, MOVES),
        Action::Bottom => (11, MOVES),
        Action::Follow => (12, &[Timeline, Article, Claims]),
        Action::NextArticle => (13, &[Global]),
        Action::PrevArticle => (14, &[Global]),
        Action::NextPassage => (15, &[Global]),
        Action::PrevPassage => (16, &[Global]),
        Action::Back => (17, &[Global]),
        Action::Forward => (18, &[Global]),
        Action::Entities => (19, &[Global]),
        Action::Search => (20, &[Global]),
        Action::NextHit => (21, &[Global]),
        Action::PrevHit => (22, &[Global]),
        Action::Filter => (23, &[Global]),
        Action::ClearFilter => (24, &[Global]),
        Action::Mark => (25, &[Global]),
        Action::MarkRange => (26, &[Global]),
        Action::ClearMarks => (27, &[Global]),
        Action::Export => (28, &[Global]),
        Action::Language => (29, &[Global]),
        Action::NextCited => (30, &[Article]),
        Action::PrevCited => (31, &[Article]),
        Action::LogScale => (32, &[Claims]),
        Action::ClaimScope => (33, &[Claims]),
        Action::Close => (34, DIALOGS),
        Action::Submit => (35, &[Info, Search, Filter, Picker, Export]),
        Action::NextField => (36, &[Filter, Export]),
        Action::PrevField => (37, &[Filter, Export]),
        Action::NextValue => (38, &[Export]),
        Action::PrevValue => (39, &[Export]),
        Action::CursorLeft => (40, EDITS),
        Action::CursorRight => (41, EDITS),
        Action::CursorHome => (42, EDITS),
        Action::CursorEnd => (43, EDITS),
        Action::DeleteBack => (44, EDITS),
        Action::DeleteForward => (45, EDITS),
        Action::ClearField => (46, EDITS),
        Action::Input(_) => (47, &[]),
        Action::Paste(_) => (48, &[]),
        Action::Resize(..) => (49, &[]),
        Action::Click(..) => (50, &[]),
        Action::ScrollUp(..) => (51, &[]),
        Action::ScrollDown(..) => (52, &[]),
        Action::ExportFinished(_) => (53, &[]),
        Action::Info => (54, &[Timeline, Article, Claims]),
        Action::OutletOnly => (55, &[Article]),
        Action::Copy => (56, &[Global]),
        Action::WholeWords => (57, &[Search]),
        Action::SortClaims => (58, &[Claims]),
        Action::Relations => (59, &[Claims]),
        Action::Accept => (60, &[Timeline, Claims]),
        Action::Reject => (61, &[Timeline, Claims]),
        Action::UndoDecision => (62, &[Global]),
        Action::Decided(_) => (63, &[]),
    }
}

/// One value of every variant.
fn every_action() -> Vec<Action> {
    use crate::tui::action::ExportOutcome;
    let mut all = vec![
        Action::Quit,
        Action::Suspend,
        Action::Help,
        Action::Cancel,
        Action::NextPane,
        Action::PrevPane,
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::Follow,
        Action::NextArticle,
        Action::PrevArticle,
        Action::NextPassage,
        Action::PrevPassage,
        Action::Back,
        Action::Forward,
        Action::Entities,
        Action::Search,
        Action::NextHit,
        Action::PrevHit,
        Action::Filter,
        Action::ClearFilter,
        Action::Mark,
        Action::MarkRange,
        Action::ClearMarks,
        Action::Export,
        Action::Language,
        Action::NextCited,
        Action::PrevCited,
        Action::LogScale,
        Action::ClaimScope,
        Action::Close,
        Action::Submit,
        Action::NextField,
        Action::PrevField,
        Action::NextValue,
        Action::PrevValue,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::ClearField,
        Action::Input('x'),
        Action::Paste(String::new()),
        Action::Resize(1, 1),
        Action::Click(0, 0),
        Action::ScrollUp(0, 0),
        Action::ScrollDown(0, 0),
        Action::ExportFinished(ExportOutcome::Exists),
        Action::Info,
        Action::OutletOnly,
        Action::Copy,
        Action::WholeWords,
        Action::SortClaims,
        Action::Relations,
        Action::Accept,
        Action::Reject,
        Action::UndoDecision,
        Action::Decided(crate::tui::action::DecisionReport::Failed(String::new())),
    ];
    all.sort_by_key(|a| offered(a).0);
    all
}

#[test]
fn every_variant_has_a_sample() {
    let all = every_action();
    for (i, a) in all.iter().enumerate() {
        assert_eq!(offered(a).0, i, "{a:?}: classify it and add a sample");
    }
}

#[test]
fn every_action_has_a_key_wherever_the_ui_offers_it() {
    for a in every_action() {
        for &context in offered(&a).1 {
            let bound = BINDINGS.iter().any(|b| {
                discriminant(&b.action) == discriminant(&a)
                    && (b.context == context || (context == Global && b.context == Global))
            });
            assert!(bound, "{a:?} has no key in {context:?}");
        }
    }
    // And nothing is bound that the classification does not offer there.
    for b in BINDINGS {
        let (_, contexts) = offered(&b.action);
        assert!(
            contexts.contains(&b.context),
            "{:?} is bound in {:?}, which does not offer it",
            b.action,
            b.context
        );
    }
}

#[test]
fn no_key_means_two_things_at_once() {
    for context in Context::ALL {
        let mut seen: Vec<(Key, When)> = Vec::new();
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            for key in b.keys {
                assert!(
                    !seen.contains(&(*key, b.when)),
                    "{} is bound twice in {context:?} under {:?}",
                    key_name(key),
                    b.when
                );
                seen.push((*key, b.when));
            }
        }
    }
}

#[test]
fn every_binding_is_described_in_both_languages() {
    for b in BINDINGS {
        assert!(!b.en.is_empty() && !b.ar.is_empty(), "{:?}", b.action);
        assert!(
            b.ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
            "{:?}: the Arabic description has no Arabic",
            b.action
        );
    }
}

#[test]
fn text_contexts_bind_no_plain_character_that_typing_needs() {
    // A bound plain character in a text field could never be typed; the
    // only exceptions are the export dialog's h/l, which apply on choice
    // fields only (in the file name they are typed).
    for b in BINDINGS.iter().filter(|b| b.context.takes_text()) {
        for key in b.keys {
            if let KeyCode::Char(_) = key.code
                && key.mods.is_empty()
            {
                assert_eq!(b.when, When::Choice, "{} in {:?}", key_name(key), b.context);
            }
        }
    }
}
