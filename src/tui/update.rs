//! `update(&mut App, Action)`: every state change, with no I/O. The one
//! exception, writing an export file, goes through the library's atomic
//! writer and reports its result in the dialog.

use crate::select::{Filter, FilterSpec};
use crate::tui::action::Action;
use crate::tui::app::{App, FilterForm, Location, Overlay, Pane, Passage, Prompt, Row};
use crate::tui::{article, claims, export_dialog, i18n, layout};

pub fn update(app: &mut App, action: Action) {
    if !matches!(action, Action::Resize(..) | Action::Suspend) {
        app.status = None;
    }
    apply(app, action);
    app.refresh_comparison();
}

fn apply(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        Action::Suspend => app.suspend_requested = true,
        Action::Resize(w, h) => {
            app.size = (w, h);
            keep_cursor_visible(app);
        }
        Action::Escape => escape(app),
        Action::ToggleHelp => {
            app.overlay = match app.overlay {
                Overlay::Help => Overlay::None,
                _ => Overlay::Help,
            }
        }
        Action::NextPane => cycle_pane(app, 1),
        Action::PrevPane => cycle_pane(app, Pane::ALL.len() - 1),
        Action::FocusPane(p) => app.focus = p,
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::PageUp => step(app, -(page(app) as isize)),
        Action::PageDown => step(app, page(app) as isize),
        Action::Top => step(app, isize::MIN / 2),
        Action::Bottom => step(app, isize::MAX / 2),
        Action::Follow => follow(app),
        Action::NextSource => cycle_source(app, true),
        Action::PrevSource => cycle_source(app, false),
        Action::NextPassage => move_passage(app, true),
        Action::PrevPassage => move_passage(app, false),
        Action::Back => travel(app, false),
        Action::Forward => travel(app, true),
        Action::RelatedEntities => open_entities(app),
        Action::StartSearch => app.overlay = Overlay::Search(Prompt::default()),
        Action::NextHit => jump_hit(app, true),
        Action::PrevHit => jump_hit(app, false),
        Action::OpenFilter => {
            app.overlay = Overlay::Filter(FilterForm::from_spec(&app.filter.spec))
        }
        Action::ClearFilter => {
            let keep = app.event();
            app.search = None;
            app.filter = Filter::default();
            app.rebuild_rows(keep);
            app.status = Some(
                app.lang
                    .pick("filter and search cleared", "أُلغيت التصفية والبحث")
                    .into(),
            );
        }
        Action::ToggleMark => {
            if let Some(e) = app.event()
                && !app.marks.remove(&e)
            {
                app.marks.insert(e);
            }
        }
        Action::MarkRange => mark_range(app),
        Action::ClearMarks => app.marks.clear(),
        Action::OpenExport => app.overlay = Overlay::Export(export_dialog::new_form(app)),
        Action::ToggleLanguage => app.lang = app.lang.toggled(),
        Action::ToggleLogScale => app.log_scale = !app.log_scale,
        Action::ToggleClaimScope => {
            app.claims_all = !app.claims_all;
            app.claim_cursor = 0;
        }
        Action::Input(c) => input(app, Some(c)),
        Action::Backspace => input(app, None),
        Action::Submit => submit(app),
        Action::NextChoice => choice(app, true),
        Action::PrevChoice => choice(app, false),
        Action::NextValue | Action::PrevValue => {
            if let Overlay::Export(x) = &mut app.overlay {
                export_dialog::cycle_value(x, action == Action::NextValue);
            }
        }
        Action::ExportFinished(outcome) => export_dialog::finished(app, outcome),
        Action::Click(x, y) => click(app, x, y),
        Action::ScrollUp(x, y) => wheel(app, x, y, -3),
        Action::ScrollDown(x, y) => wheel(app, x, y, 3),
    }
}

fn escape(app: &mut App) {
    if app.overlay != Overlay::None {
        app.overlay = Overlay::None;
    } else if app.range_anchor.take().is_some() {
        app.status = Some(app.lang.pick("range cancelled", "أُلغي النطاق").into());
    } else if app.passage.is_some() {
        app.passage = None;
        app.article_scroll = None;
    }
}

fn cycle_pane(app: &mut App, by: usize) {
    let i = Pane::ALL.iter().position(|p| *p == app.focus).unwrap_or(0);
    app.focus = Pane::ALL[(i + by) % Pane::ALL.len()];
}

/// Rows a page moves: the focused pane's inner height.
fn page(app: &App) -> usize {
    let inner = layout::inner(app.size, app.lang, app.focus, app.focus);
    (inner.height.saturating_sub(1) as usize).max(1)
}

/// Moves within the focused pane.
fn step(app: &mut App, by: isize) {
    if let Overlay::Entities { items, cursor } = &mut app.overlay {
        *cursor = clamp_add(*cursor, by, items.len());
        return;
    }
    match app.focus {
        Pane::Timeline => {
            let events: Vec<usize> = (0..app.rows.len())
                .filter(|&i| matches!(app.rows[i], Row::Event(_)))
                .collect();
            let Some(pos) = events.iter().position(|&i| i >= app.cursor) else {
                return;
            };
            let target = events[clamp_add(pos, by, events.len())];
            if target != app.cursor {
                app.cursor = target;
                select_changed(app);
            }
        }
        Pane::Article => scroll_article(app, by),
        Pane::Claims => {
            let n = claims::rows(app).len();
            app.claim_cursor = clamp_add(app.claim_cursor, by, n);
        }
    }
}

fn clamp_add(pos: usize, by: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (pos as isize).saturating_add(by).clamp(0, len as isize - 1) as usize
}

/// Scrolls the article pane from where it is now (the auto position, if
/// the user has not scrolled yet).
fn scroll_article(app: &mut App, by: isize) {
    let Some((_, rows)) = article::shown_rows(app) else {
        return;
    };
    let current = article::offset(app, &rows);
    app.article_scroll = Some(clamp_add(current, by, rows.len()));
}

/// A new event is selected: show its first source, keep it on screen.
fn select_changed(app: &mut App) {
    app.source = 0;
    app.passage = None;
    app.article_scroll = None;
    app.claim_cursor = 0;
    keep_cursor_visible(app);
}

pub fn keep_cursor_visible(app: &mut App) {
    let inner = layout::inner(app.size, app.lang, app.focus, Pane::Timeline);
    let height = (inner.height as usize).max(1);
    if app.cursor < app.timeline_top + 1 {
        // Keep the era heading above the first event visible.
        app.timeline_top = app.cursor.saturating_sub(1);
    } else if app.cursor >= app.timeline_top + height {
        app.timeline_top = app.cursor + 1 - height;
    }
}

fn push_history(app: &mut App) {
    if let Some(here) = app.location() {
        app.history.truncate(app.history_pos);
        if app.history.last() != Some(&here) {
            app.history.push(here);
        }
        app.history_pos = app.history.len();
    }
}

/// Goes to an event (clearing the filter if it hides it), remembering
/// where we were.
fn goto_event(app: &mut App, e: usize) {
    push_history(app);
    select_event(app, e);
}

fn select_event(app: &mut App, e: usize) {
    if !app.rows.contains(&Row::Event(e)) {
        app.filter = Filter::default();
        app.search = None;
        app.rebuild_rows(Some(e));
        app.status = Some(
            app.lang
                .pick(
                    "filter cleared to show the event",
                    "أُلغيت التصفية لإظهار الحدث",
                )
                .into(),
        );
    }
    if let Some(i) = app.rows.iter().position(|r| *r == Row::Event(e)) {
        app.cursor = i;
    }
    select_changed(app);
}

fn travel(app: &mut App, forward: bool) {
    if !forward && app.history_pos == app.history.len() {
        // Save where we are so Forward can come back here.
        push_history(app);
        app.history_pos = app.history.len().saturating_sub(1);
    }
    let target = if forward {
        app.history_pos + 1
    } else {
        match app.history_pos.checked_sub(1) {
            Some(t) => t,
            None => {
                app.status = Some(app.lang.pick("no earlier place", "لا يوجد موضع سابق").into());
                return;
            }
        }
    };
    let Some(loc) = app.history.get(target).cloned() else {
        app.status = Some(app.lang.pick("no later place", "لا يوجد موضع لاحق").into());
        return;
    };
    app.history_pos = target;
    restore(app, &loc);
}

fn restore(app: &mut App, loc: &Location) {
    select_event(app, loc.event);
    app.source = loc.source;
    app.passage = loc.passage.clone();
    app.focus = loc.focus;
}

fn follow(app: &mut App) {
    match app.focus {
        Pane::Timeline => {
            if app.event().is_some() {
                push_history(app);
                app.focus = Pane::Article;
                app.article_scroll = None;
            }
        }
        Pane::Article => {
            let Some(p) = app.shown_passage() else { return };
            let events = app.timeline.events_at(p.article, p.range.start);
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
                    let src = app.timeline.events[e]
                        .sources
                        .iter()
                        .position(|s| s.article == p.article && s.range == p.range);
                    app.source = src.unwrap_or(0);
                    app.focus = Pane::Timeline;
                }
                None => {
                    app.status = Some(
                        app.lang
                            .pick("this passage cites no event", "لا يرتبط هذا المقطع بحدث")
                            .into(),
                    )
                }
            }
        }
        Pane::Claims => {
            let rows = claims::rows(app);
            let Some(&c) = rows.get(app.claim_cursor) else {
                return;
            };
            let Some(s) = app.timeline.claims[c].sources.first() else {
                return;
            };
            let passage = Passage {
                article: s.article,
                range: s.range.clone(),
            };
            push_history(app);
            app.passage = Some(passage);
            app.article_scroll = None;
            app.focus = Pane::Article;
        }
    }
}

fn cycle_source(app: &mut App, next: bool) {
    let Some(e) = app.event() else { return };
    let n = app.timeline.events[e].sources.len();
    if n == 0 {
        return;
    }
    push_history(app);
    app.passage = None;
    app.source = if next {
        (app.source + 1) % n
    } else {
        (app.source + n - 1) % n
    };
    app.article_scroll = None;
}

/// Moves to the next or previous cited passage of the shown article.
fn move_passage(app: &mut App, next: bool) {
    let Some(current) = app.shown_passage() else {
        return;
    };
    let spans = &app.timeline.article_spans[current.article];
    let target = if next {
        spans.iter().find(|s| s.range.start > current.range.start)
    } else {
        spans
            .iter()
            .rev()
            .find(|s| s.range.start < current.range.start)
    };
    if let Some(s) = target {
        app.passage = Some(Passage {
            article: current.article,
            range: s.range.clone(),
        });
        app.article_scroll = None;
    }
}

fn jump_hit(app: &mut App, next: bool) {
    if app.hits.is_empty() {
        app.status = Some(app.lang.pick("no search hits", "لا نتائج للبحث").into());
        return;
    }
    let target = if next {
        app.hits
            .iter()
            .copied()
            .find(|&h| h > app.cursor)
            .unwrap_or(app.hits[0])
    } else {
        app.hits
            .iter()
            .rev()
            .copied()
            .find(|&h| h < app.cursor)
            .unwrap_or(app.hits[app.hits.len() - 1])
    };
    if let Row::Event(e) = app.rows[target] {
        goto_event(app, e);
    }
}

fn mark_range(app: &mut App) {
    let Some(here) = app.event() else { return };
    match app.range_anchor.take() {
        None => {
            app.range_anchor = Some(here);
            app.status = Some(
                app.lang
                    .pick(
                        "range started: move, then press v again",
                        "بدأ النطاق: تحرك ثم اضغط v مجددًا",
                    )
                    .into(),
            );
        }
        Some(anchor) => {
            let (a, b) = (anchor.min(here), anchor.max(here));
            let before = app.marks.len();
            for r in &app.rows {
                if let Row::Event(e) = r
                    && (a..=b).contains(e)
                {
                    app.marks.insert(*e);
                }
            }
            let added = app.marks.len() - before;
            app.status = Some(format!(
                "{} {}",
                i18n::events(app.lang, added),
                app.lang.pick("marked", "معلَّمة")
            ));
        }
    }
}

fn open_entities(app: &mut App) {
    let Some(e) = app.event() else { return };
    let ev = &app.timeline.events[e];
    let mut items: Vec<usize> = ev.actors.iter().chain(&ev.places).copied().collect();
    items.dedup();
    if items.is_empty() {
        app.status = Some(
            app.lang
                .pick(
                    "this event names no actor or place",
                    "لا يذكر هذا الحدث فاعلًا أو مكانًا",
                )
                .into(),
        );
    } else {
        app.overlay = Overlay::Entities { items, cursor: 0 };
    }
}

fn input(app: &mut App, c: Option<char>) {
    let field = match &mut app.overlay {
        Overlay::Search(p) => &mut p.text,
        Overlay::Filter(f) => {
            f.error = None;
            &mut f.fields[f.field]
        }
        Overlay::Export(x) if x.field == 2 => {
            x.confirm_overwrite = false;
            x.result = None;
            &mut x.path
        }
        _ => return,
    };
    match c {
        // Prompts take text, never control characters.
        Some(c) if !c.is_control() => field.push(c),
        Some(_) => {}
        None => {
            field.pop();
        }
    }
}

fn choice(app: &mut App, next: bool) {
    match &mut app.overlay {
        Overlay::Filter(f) => {
            let n = f.fields.len();
            f.field = if next {
                (f.field + 1) % n
            } else {
                (f.field + n - 1) % n
            };
        }
        Overlay::Export(x) => {
            x.field = if next {
                (x.field + 1) % 3
            } else {
                (x.field + 2) % 3
            }
        }
        Overlay::Entities { items, cursor } => {
            *cursor = clamp_add(*cursor, if next { 1 } else { -1 }, items.len());
        }
        _ => {}
    }
}

fn submit(app: &mut App) {
    match std::mem::replace(&mut app.overlay, Overlay::None) {
        Overlay::Search(p) => {
            let q = p.text.trim().to_string();
            app.search = (!q.is_empty()).then_some(q);
            app.recompute_hits();
            if app.search.is_some() {
                let n = app.hits.len();
                app.status = Some(format!(
                    "{} {}",
                    i18n::events(app.lang, n),
                    app.lang.pick("match", "مطابقة")
                ));
                if let Some(&h) = app
                    .hits
                    .iter()
                    .find(|&&h| h >= app.cursor)
                    .or(app.hits.first())
                    && let Row::Event(e) = app.rows[h]
                {
                    goto_event(app, e);
                }
            }
        }
        Overlay::Filter(form) => {
            let spec = form.to_spec(None);
            apply_filter(app, spec, form);
        }
        Overlay::Entities { items, cursor } => {
            if let Some(&ent) = items.get(cursor) {
                let id = app.timeline.entities[ent].id.clone();
                push_history(app);
                let spec = FilterSpec {
                    actors: if is_place(app, ent) {
                        vec![]
                    } else {
                        vec![id.clone()]
                    },
                    places: if is_place(app, ent) { vec![id] } else { vec![] },
                    ..FilterSpec::default()
                };
                let form = FilterForm::from_spec(&spec);
                apply_filter(app, spec, form);
            }
        }
        Overlay::Export(form) => export_dialog::submit(app, form),
        other => app.overlay = other,
    }
}

fn is_place(app: &App, ent: usize) -> bool {
    use crate::corpus::schema::EntityKind;
    matches!(
        app.timeline.entities[ent].kind,
        EntityKind::Place | EntityKind::Country
    )
}

fn apply_filter(app: &mut App, spec: FilterSpec, mut form: FilterForm) {
    match Filter::parse(&spec, &app.timeline) {
        Ok(f) => {
            let keep = app.event();
            app.filter = f;
            app.rebuild_rows(keep);
            let n = app
                .rows
                .iter()
                .filter(|r| matches!(r, Row::Event(_)))
                .count();
            app.status = Some(format!(
                "{} {}",
                i18n::events(app.lang, n),
                app.lang.pick("shown", "معروضة")
            ));
            select_changed(app);
        }
        Err(e) => {
            form.error = Some(e);
            app.overlay = Overlay::Filter(form);
        }
    }
}

fn click(app: &mut App, x: u16, y: u16) {
    if app.overlay != Overlay::None {
        return;
    }
    let screen = layout::screen(app.size, app.lang, app.focus);
    if let Some(tabs) = screen.tabs
        && tabs.y == y
    {
        let third = tabs.width / 3;
        let i = ((x.saturating_sub(tabs.x)) / third.max(1)).min(2) as usize;
        let i = if app.lang == crate::lang::Lang::Ar {
            2 - i
        } else {
            i
        };
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
    let inner_row = y.saturating_sub(rect.y + 1) as usize;
    match pane {
        Pane::Timeline => {
            let row = app.timeline_top + inner_row;
            if matches!(app.rows.get(row), Some(Row::Event(_))) && row != app.cursor {
                app.cursor = row;
                select_changed(app);
            }
        }
        Pane::Claims => {
            if let Some(c) = claims::row_at(app, inner_row) {
                app.claim_cursor = c;
            }
        }
        Pane::Article => {}
    }
}

fn wheel(app: &mut App, x: u16, y: u16, by: isize) {
    let screen = layout::screen(app.size, app.lang, app.focus);
    match screen.pane_at(x, y) {
        Some(Pane::Timeline) => {
            let max = app.rows.len().saturating_sub(1);
            app.timeline_top = clamp_add(app.timeline_top, by, max + 1);
        }
        Some(Pane::Article) => scroll_article(app, by),
        Some(Pane::Claims) => {
            let n = claims::rows(app).len();
            app.claim_cursor = clamp_add(app.claim_cursor, by.signum(), n);
        }
        None => {}
    }
}
