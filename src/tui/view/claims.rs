//! The casualty comparison pane: per group (whose losses, what kind) one
//! row per claim with claimant, as-of date, outlet, the figure with its
//! qualifier, and a bar scaled to the largest figure of the group.

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
    let t = &app.timeline;
    let scope = if app.claims_all {
        app.lang.pick("all shown events", "كل الأحداث المعروضة")
    } else {
        app.lang.pick("selected event", "الحدث المحدد")
    };
    let scale = if app.log_scale {
        app.lang.pick("log", "لوغاريتمي")
    } else {
        app.lang.pick("linear", "خطي")
    };
    pane_title(
        app,
        f,
        area,
        &format!(
            "{} · {scope} · {scale}",
            i18n::pane_name(app.lang, Pane::Claims)
        ),
    );
    let display = claims::display_rows(app);
    if display.is_empty() {
        let msg = app.lang.pick(
            "No casualty figures for this event (a: all events)",
            "لا أرقام خسائر لهذا الحدث (a: كل الأحداث)",
        );
        draw::label(
            f.buffer_mut(),
            area.x,
            area.y,
            area.width,
            msg,
            draw::muted(),
            How::ui(app),
        );
        return;
    }
    let selected = claims::rows(app).get(app.claim_cursor).copied();
    let top = claims::top(app, &display);
    let bar_w = (area.width / 5).max(4);
    for (i, row) in display
        .iter()
        .skip(top)
        .take(area.height as usize)
        .enumerate()
    {
        let y = area.y + i as u16;
        match row {
            ClaimRow::Group(c) => {
                let cl = &t.claims[*c];
                let subject: Vec<&str> = cl
                    .subject
                    .iter()
                    .map(|s| {
                        app.lang.pick(
                            &t.entities[*s].en,
                            t.entities[*s].ar.first().map_or("", String::as_str),
                        )
                    })
                    .collect();
                let what = app
                    .lang
                    .pick(cl.category.label_en(), cl.category.label_ar());
                let extra = cl
                    .equipment
                    .as_deref()
                    .map(|e| format!(" ({e})"))
                    .unwrap_or_default();
                let text = format!("━ {}{extra} · {}", what, subject.join(" + "));
                draw::label(
                    f.buffer_mut(),
                    area.x,
                    y,
                    area.width,
                    &text,
                    draw::heading(),
                    How::ui(app),
                );
            }
            ClaimRow::Claim(c) => {
                let cl = &t.claims[*c];
                let mut style = Style::new();
                if Some(*c) == selected {
                    style = if app.focus == Pane::Claims {
                        draw::selected()
                    } else {
                        draw::cited()
                    };
                    f.buffer_mut().set_style(
                        Rect {
                            y,
                            height: 1,
                            ..area
                        },
                        style,
                    );
                }
                let claimant = app.lang.pick(
                    &t.entities[cl.claimant].en,
                    t.entities[cl.claimant]
                        .ar
                        .first()
                        .map_or("", String::as_str),
                );
                let outlet = cl.sources.first().map_or("", |s| {
                    app.lang.pick(
                        t.articles[s.article].outlet.name_en(),
                        t.articles[s.article].outlet.name_ar(),
                    )
                });
                let value = format!("{}{}", cl.qualifier.symbol(), cl.value);
                let as_of = match app.lang {
                    Lang::En => cl.as_of.display_en(),
                    Lang::Ar => cl.as_of.display_ar(),
                };
                let max = display
                    .iter()
                    .filter_map(|r| match r {
                        ClaimRow::Claim(x) => Some(t.claims[*x].value),
                        _ => None,
                    })
                    .max()
                    .unwrap_or(1);
                let bar = "█".repeat(bar_len(cl.value, max, bar_w as usize, app.log_scale));
                draw::columns(
                    f.buffer_mut(),
                    area,
                    y,
                    &[
                        (0, claimant, style, How::corpus(app)),
                        (11, &as_of, style, How::ui(app)),
                        (14, outlet, style, How::corpus(app)),
                        (7, &value, style, How::ui(app)),
                        (bar_w, &bar, style, How::ui(app)),
                    ],
                );
            }
        }
    }
}

fn bar_len(value: u64, max: u64, width: usize, log: bool) -> usize {
    if value == 0 || max == 0 || width == 0 {
        return 0;
    }
    let frac = if log {
        (1.0 + value as f64).ln() / (1.0 + max as f64).ln()
    } else {
        value as f64 / max as f64
    };
    ((frac * width as f64).round() as usize).clamp(1, width)
}
