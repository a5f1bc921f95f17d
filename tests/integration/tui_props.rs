//! Random keys through the real key table at random sizes, 1×1 to 250×80:
//! nothing panics, every screen draws, and the state stays sound after
//! every key (the selection on an event and on screen, every cursor inside
//! its list). 100 cases of 100 keys: 10,000 keys per run.

use crate::util::shared_timeline;
use karabakh_timeline::lang::Lang;
use karabakh_timeline::text::BidiMode;
use karabakh_timeline::tui::action::Action;
use karabakh_timeline::tui::app::App;
use karabakh_timeline::tui::drive::{self, Io};
use karabakh_timeline::tui::keys::{self, BINDINGS, parse_keys};
use karabakh_timeline::tui::layout::{self, Pane};
use karabakh_timeline::tui::screenshot;
use proptest::prelude::*;

/// Every key the table binds, plus typing (Latin, Arabic, digits, a
/// space) and the keys no binding uses.
fn alphabet() -> Vec<crossterm::event::KeyEvent> {
    let mut keys: Vec<_> = BINDINGS
        .iter()
        .flat_map(|b| b.keys.iter())
        .map(|k| crossterm::event::KeyEvent::new(k.code, k.mods))
        .collect();
    keys.extend(parse_keys("aZ9 قرة٢<F1><Del><Left><Right>").unwrap_or_default());
    keys.extend(parse_keys("<C-x><A-q>~").unwrap_or_default());
    keys
}

/// The invariants that must hold after any key.
fn sound(app: &App) -> Result<(), String> {
    let list = &app.list;
    if list.rows.is_empty() {
        return Ok(());
    }
    if list.event().is_none() {
        return Err(format!("cursor {} is not on an event", list.cursor));
    }
    let height = usize::from(layout::inner(app.size, app.lang, app.focus, Pane::Timeline).height);
    if height > 0 && !(list.top <= list.cursor && list.cursor < list.top + height) {
        return Err(format!(
            "cursor {} off screen (top {}, height {height})",
            list.cursor, list.top
        ));
    }
    let n = app.claims.comparison.claim_count();
    if n > 0 && app.claims.cursor >= n {
        return Err(format!("claims cursor {} of {n}", app.claims.cursor));
    }
    if app.article.shown(&app.timeline, app.event()).is_none() {
        return Err("no passage shown for the selected event".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn random_keys_at_random_sizes(
        w in 1u16..=250,
        h in 1u16..=80,
        arabic in any::<bool>(),
        picks in proptest::collection::vec(any::<prop::sample::Index>(), 100),
        resize_at in 0usize..100,
        w2 in 1u16..=250,
        h2 in 1u16..=80,
    ) {
        let lang = if arabic { Lang::Ar } else { Lang::En };
        let mut app = App::new(shared_timeline(), lang, BidiMode::App, (w, h));
        let alphabet = alphabet();
        for (i, pick) in picks.iter().enumerate() {
            if i == resize_at {
                drive::step(&mut app, Action::Resize(w2, h2), Io::DryRun);
            }
            let key = alphabet[pick.index(alphabet.len())];
            if let Some(action) = keys::dispatch(&app, key) {
                drive::step(&mut app, action, Io::DryRun);
            }
            prop_assert!(sound(&app).is_ok(), "after key {i} ({key:?}): {:?}", sound(&app));
        }
        let buf = screenshot::draw(&app, app.size);
        prop_assert_eq!((buf.area.width, buf.area.height), app.size);
    }
}
