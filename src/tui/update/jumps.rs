//! Going somewhere: following a passage, a figure or a record's link, a
//! search hit, a filter; back and forward through the history of jumps.

use super::*;

/// Goes where a line of a record leads, remembering where the user was.
pub(super) fn follow_link(app: &mut App, to: Link) {
    let t = app.timeline.clone();
    match to {
        Link::Entity(x) => {
            push_history(app);
            let spec = FilterSpec {
                entities: vec![t.entities[x].id.clone()],
                ..FilterSpec::default()
            };
            if let Ok(filter) = Filter::parse(&spec, &t) {
                apply_filter(app, filter);
            }
        }
        Link::Event(e) => goto_event(app, e),
        Link::Claim(c) => {
            goto_event(app, t.claims[c].event);
            app.claims.all = false;
            app.settle();
            if let Some(i) = app.claims.claims().iter().position(|&k| k == c) {
                app.claims.cursor = i;
            }
            app.focus = Pane::Claims;
        }
        Link::Source(e, i) => {
            goto_event(app, e);
            let s = &t.events[e].sources[i];
            let p = Passage {
                article: s.article,
                range: s.range.clone(),
            };
            app.article.show(&t, Some(e), p);
            app.focus = Pane::Article;
        }
        Link::ClaimSource(c, i) => {
            push_history(app);
            let s = &t.claims[c].sources[i];
            let p = Passage {
                article: s.article,
                range: s.range.clone(),
            };
            app.article.show(&t, app.event(), p);
            app.focus = Pane::Article;
        }
    }
}

pub(super) fn search(app: &mut App, query: Option<(String, bool)>) {
    let t = app.timeline.clone();
    app.list.set_search(&t, query);
    let Some(s) = &app.list.search else { return };
    app.status = Some(Notice::Matches(s.rows.len(), s.text.len()));
    if let Some(target) = s.first(app.list.cursor) {
        go_to_hit(app, target);
    }
}

/// Shows a search hit: its event, or the place in an article's text.
pub(super) fn go_to_hit(app: &mut App, target: Target) {
    let t = app.timeline.clone();
    match target {
        Target::Row(row) => {
            if let Some(e) = app.list.event_at(row) {
                goto_event(app, e);
            }
            if let Some(s) = &mut app.list.search {
                s.on_text = None;
            }
        }
        Target::Text(i) => {
            let Some(hit) = app
                .list
                .search
                .as_ref()
                .and_then(|s| s.text.get(i))
                .cloned()
            else {
                return;
            };
            push_history(app);
            let p = Passage {
                article: hit.article,
                range: hit.range,
            };
            app.article.show(&t, app.list.event(), p);
            app.focus = Pane::Article;
            if let Some(s) = &mut app.list.search {
                s.on_text = Some(i);
            }
        }
    }
}

pub(super) fn apply_filter(app: &mut App, filter: Filter) {
    let t = app.timeline.clone();
    app.list.set_filter(&t, filter);
    app.status = Some(Notice::Shown(app.list.events().count()));
    select_changed(app);
}

/// A new event is selected: show its first passage and its first figure.
pub(super) fn select_changed(app: &mut App) {
    let t = app.timeline.clone();
    app.article.reset(&t, app.list.event());
    app.claims.cursor = 0;
}

pub(super) fn push_history(app: &mut App) {
    if let Some(here) = app.location() {
        app.history.push(here);
    }
}

/// Goes to an event, remembering where the user was.
pub(super) fn goto_event(app: &mut App, e: usize) {
    push_history(app);
    select_event(app, e);
}

/// Selects an event, clearing the filter and search if they hide it.
pub(super) fn select_event(app: &mut App, e: usize) {
    if app.event() == Some(e) {
        return;
    }
    if !app.list.select(e) {
        let t = app.timeline.clone();
        app.list.set_search(&t, None);
        app.list.set_filter(&t, Filter::default());
        app.list.select(e);
        app.status = Some(Notice::FilterClearedToShow);
    }
    select_changed(app);
}

pub(super) fn travel(app: &mut App, forward: bool) {
    let target = if forward {
        app.history.forward()
    } else {
        let here = app.location();
        app.history.back(here)
    };
    match target {
        Some(loc) => restore(app, &loc),
        None => {
            app.status = Some(if forward {
                Notice::NoLater
            } else {
                Notice::NoEarlier
            })
        }
    }
}

pub(super) fn restore(app: &mut App, loc: &Location) {
    select_event(app, loc.event);
    app.article.source = loc.source;
    app.article.passage = loc.passage.clone();
    app.article.scroll = None;
    app.focus = loc.focus;
}

pub(super) fn follow(app: &mut App) {
    let t = app.timeline.clone();
    match app.focus {
        Pane::Timeline => {
            if app.event().is_some() {
                push_history(app);
                app.focus = Pane::Article;
                app.article.scroll = None;
            }
        }
        Pane::Article => {
            let Some(p) = app.article.shown(&t, app.event()) else {
                return;
            };
            let events = t.events_at(p.article, p.range.start);
            let current = app.event();
            // Prefer an event other than the one already selected.
            let target = events
                .iter()
                .copied()
                .find(|e| Some(*e) != current)
                .or(events.first().copied());
            match target {
                Some(e) => {
                    goto_event(app, e);
                    app.article.show(&t, Some(e), p);
                    app.focus = Pane::Timeline;
                }
                None => app.status = Some(Notice::NoEventHere),
            }
        }
        Pane::Claims => {
            let Some(c) = app.claims.selected() else {
                app.status = Some(Notice::NoClaim);
                return;
            };
            let Some(s) = t.claims[c].sources.first() else {
                return;
            };
            push_history(app);
            let passage = Passage {
                article: s.article,
                range: s.range.clone(),
            };
            app.article.show(&t, app.event(), passage);
            app.focus = Pane::Article;
        }
    }
}

pub(super) fn jump_hit(app: &mut App, next: bool) {
    match &app.list.search {
        None => app.status = Some(Notice::NoSearch),
        Some(s) => match s.step(app.list.cursor, next) {
            Some(target) => go_to_hit(app, target),
            None => app.status = Some(Notice::NoHits),
        },
    }
}
