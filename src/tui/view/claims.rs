//! The casualty comparison pane: per group (whose losses, what kind) two
//! lines per claim — claimant, figure with its qualifier and a bar scaled
//! to the group's largest figure; then as-of date, outlet and standing —
//! with conflicting figures flagged ⚠ and the selected figure's conflicts
//! explained in words at the bottom.

use crate::compare::{bar_len, format_value_ar, standing_label};
use crate::lang::Lang;
use crate::tui::app::{App, Pane};
use crate::tui::claims::{self, ClaimRow};
use crate::tui::i18n;
use crate::tui::view::draw::{self, How};
use crate::tui::view::pane_title;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let c = &app.comparison;
    let scope = if app.claims_all {
        lang.pick("all shown events", "كل الأحداث المعروضة")
    } else {
        lang.pick("selected event", "الحدث المحدد")
    };
    let scale = if app.log_scale {
        lang.pick("log", "لوغاريتمي")
    } else {
        lang.pick("linear", "خطي")
    };
    pane_title(
        app,
        f,
        area,
        &format!(
            "{} · {scope} · {scale}",
            i18n::pane_name(lang, Pane::Claims)
        ),
    );
    if c.groups.is_empty() {
        let msg = lang.pick(
            "No casualty figures for this event (a: all events)",
            "لا أرقام خسائر لهذا الحدث (a: كل الأحداث)",
        );
        super::empty_pane(app, f, area, msg);
        return;
    }
    let ui = How::ui(app);
    let display = claims::display_rows(c);
    let top = claims::top(app, &display);
    let list_h = claims::list_height(app).min(area.height as usize);
    let bar_w = (area.width / 4).max(4);
    // Figures are never cut: the column is as wide as the widest one.
    let value_of = |r: &crate::compare::Row| match lang {
        Lang::En => r.display.clone(),
        Lang::Ar => format_value_ar(r.value, r.qualifier),
    };
    let value_w = c
        .groups
        .iter()
        .flat_map(|g| &g.rows)
        .map(|r| crate::text::display_width(&value_of(r)) as u16)
        .max()
        .unwrap_or(1)
        .min(area.width / 3);
    let mut index = display[..top]
        .iter()
        .filter(|r| matches!(r, ClaimRow::Claim(..)))
        .count();
    let mut selected_claim = None;
    for (i, row) in display.iter().skip(top).take(list_h).enumerate() {
        let y = area.y + i as u16;
        let line = Rect {
            y,
            height: 1,
            ..area
        };
        match *row {
            ClaimRow::Group(gi) => {
                let g = &c.groups[gi];
                let text = match lang {
                    Lang::En => format!("━ {} · {}", g.label_en, g.subject_en),
                    Lang::Ar => format!("━ {} · {}", g.label_ar, g.subject_ar),
                };
                draw::label(
                    f.buffer_mut(),
                    area.x,
                    y,
                    area.width,
                    &text,
                    draw::heading(),
                    ui,
                );
            }
            ClaimRow::Claim(gi, ri) => {
                let (g, r) = (&c.groups[gi], &c.groups[gi].rows[ri]);
                let selected = index == app.claim_cursor;
                index += 1;
                let mut style = Style::new();
                if selected {
                    selected_claim = Some(r.claim);
                    style = if app.focus == Pane::Claims {
                        draw::selected()
                    } else {
                        draw::cited()
                    };
                    f.buffer_mut().set_style(line, style);
                }
                let flag = if r.conflicts.is_empty() { " " } else { "⚠" };
                let claimant = lang.pick(&r.claimant_en, &r.claimant_ar);
                let value = value_of(r);
                let bar = "█".repeat(bar_len(r.value, g.max_value, bar_w as usize, app.log_scale));
                let flag_style = if r.conflicts.is_empty() {
                    style
                } else {
                    style.patch(draw::conflict())
                };
                draw::columns(
                    f.buffer_mut(),
                    line,
                    y,
                    &[
                        (1, flag, flag_style, ui),
                        (0, claimant, style, How::corpus(app)),
                        (
                            value_w,
                            &value,
                            style.patch(Style::new().add_modifier(ratatui::style::Modifier::BOLD)),
                            ui,
                        ),
                        (bar_w, &bar, style.fg(ratatui::style::Color::Red), ui),
                    ],
                );
            }
            ClaimRow::Detail(gi, ri) => {
                let r = &c.groups[gi].rows[ri];
                let as_of = match lang {
                    Lang::En => r.as_of.display_en(),
                    Lang::Ar => r.as_of.display_ar(),
                };
                let outlets: Vec<String> = r
                    .sources
                    .iter()
                    .map(|s| {
                        format!(
                            "{} ({})",
                            lang.pick(&s.outlet_en, &s.outlet_ar),
                            s.article_id
                        )
                    })
                    .collect();
                let text = format!(
                    "  {as_of} · {} · {}",
                    outlets.join(", "),
                    standing_label(r.standing, lang == Lang::Ar)
                );
                draw::label(
                    f.buffer_mut(),
                    area.x,
                    y,
                    area.width,
                    &text,
                    draw::muted(),
                    ui,
                );
            }
        }
    }
    if display.len() > list_h {
        let mut state = ratatui::widgets::ScrollbarState::new(display.len() - list_h).position(top);
        f.render_stateful_widget(
            ratatui::widgets::Scrollbar::new(ratatui::widgets::ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None),
            Rect {
                height: list_h as u16,
                ..area
            },
            &mut state,
        );
    }
    conflicts(app, f, area, list_h as u16, selected_claim);
}

/// The bottom of the pane: the selected figure's conflicts in words.
fn conflicts(app: &App, f: &mut Frame, area: Rect, list_h: u16, claim: Option<usize>) {
    let lang = app.lang;
    let y0 = area.y + list_h;
    if y0 + 2 > area.bottom() {
        return;
    }
    let total = app.comparison.conflicts.len();
    let head = match lang {
        Lang::En => format!("── Conflicts ({total} in view) ──"),
        Lang::Ar => format!("── تعارضات ({total} في العرض) ──"),
    };
    draw::label(
        f.buffer_mut(),
        area.x,
        y0,
        area.width,
        &head,
        draw::conflict(),
        How::ui(app),
    );
    let found: Vec<&str> = claim
        .map(|c| {
            app.comparison
                .conflicts_of(c)
                .map(|x| lang.pick(&x.message_en, &x.message_ar))
                .collect()
        })
        .unwrap_or_default();
    let text = if found.is_empty() {
        lang.pick(
            "The selected figure conflicts with no other.",
            "لا يتعارض الرقم المحدد مع غيره.",
        )
        .to_string()
    } else {
        found
            .iter()
            .map(|m| format!("⚠ {m}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let rest = Rect {
        y: y0 + 1,
        height: area.bottom().saturating_sub(y0 + 1),
        ..area
    };
    draw::wrapped(f.buffer_mut(), rest, &text, app.bidi, false);
}
