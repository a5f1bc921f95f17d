//! The mouse: a click focuses a pane (or picks a tab) and selects a row;
//! the wheel scrolls the pane under it.

use super::*;

pub(super) fn click(app: &mut App, x: u16, y: u16) {
    let screen = layout::screen(app.size, app.lang, app.focus);
    if let Some(tabs) = screen.tabs
        && tabs.y == y
    {
        let third = (tabs.width / 3).max(1);
        let i = usize::from((x.saturating_sub(tabs.x) / third).min(2));
        let i = if app.look().rtl() { 2 - i } else { i };
        app.focus = Pane::ALL[i];
        return;
    }
    let Some(pane) = screen.pane_at(x, y) else {
        return;
    };
    app.focus = pane;
    let Some(rect) = screen.pane(pane) else {
        return;
    };
    let inner_row = usize::from(y.saturating_sub(rect.y + 1));
    match pane {
        Pane::Timeline => {
            if app.list.click(inner_row) {
                select_changed(app);
            }
        }
        Pane::Claims => app
            .claims
            .click(inner_row, usize::from(rect.height.saturating_sub(2))),
        Pane::Article => {}
    }
}

pub(super) fn wheel(app: &mut App, x: u16, y: u16, by: isize) {
    let t = app.timeline.clone();
    let screen = layout::screen(app.size, app.lang, app.focus);
    match screen.pane_at(x, y) {
        Some(Pane::Timeline) => {
            let height = layout::inner(app.size, app.lang, app.focus, Pane::Timeline).height;
            if app.list.wheel(by, usize::from(height)) {
                select_changed(app);
            }
        }
        Some(Pane::Article) => {
            let body = app.article_body();
            app.article
                .scroll_by(&t, app.list.event(), by, body, app.bidi);
        }
        Some(Pane::Claims) => app.claims.step(by.signum()),
        None => {}
    }
}
