//! Drawing the casualty pane: era and group headings, two lines per
//! figure with its bar, the selected figure's words and relations, the
//! legend.

use super::{ClaimsState, Line};
use crate::compare::{Group, Row, bar_len};
use crate::corpus::Timeline;
use crate::text::Label;
use crate::tui::dialog::info::{Subject, record_lines};
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use crate::tui::pane::pane_title;
use crate::tui::scroll::scrollbar;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

impl ClaimsState {
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &self,
        t: &Timeline,
        event: Option<usize>,
        look: Look,
        focused: bool,
        f: &mut Frame,
        area: Rect,
    ) {
        let lang = look.lang;
        let c = &self.comparison;
        pane_title(
            f,
            area,
            &i18n::claims_title(lang, self.all, self.log, self.sort),
            look,
        );
        if c.groups.is_empty() {
            self.draw_empty(t, event, look, f, area);
            return;
        }
        let lines = &self.lines;
        let top = self.top(area.height as usize);
        let list_h = Self::list_height(area.height as usize);
        let scrolls = lines.len() > list_h;
        // The rightmost column is the scrollbar's when there is one.
        let body = Rect {
            width: area.width.saturating_sub(u16::from(scrolls)),
            ..area
        };
        let bar_w = (body.width / 4).max(4);
        // Figures are never cut: the column is as wide as the widest one.
        let widest = u16::try_from(self.value_width(lang)).unwrap_or(u16::MAX);
        let value_w = widest.min(body.width / 2);
        let mut index = self.claims_before(top);
        for (i, line) in lines.iter().skip(top).take(list_h).enumerate() {
            let y = body.y + i as u16;
            let row = Rect {
                y,
                height: 1,
                ..body
            };
            match *line {
                Line::Era(gi) => {
                    let text = i18n::era_of_groups(lang, &c.groups[gi]);
                    let style = draw::heading().add_modifier(Modifier::UNDERLINED);
                    draw::label_parts(f.buffer_mut(), row, y, &text, style, look.ui());
                }
                Line::Group(gi) => {
                    let text = i18n::group_heading(lang, &c.groups[gi]);
                    draw::label_parts(f.buffer_mut(), row, y, &text, draw::heading(), look.ui());
                }
                Line::Coverage(gi) => {
                    let text = i18n::group_coverage(lang, &c.groups[gi]);
                    draw::label_parts(f.buffer_mut(), row, y, &text, draw::muted(), look.ui());
                }
                Line::Claim(gi, ri) => {
                    let selected = index == self.cursor;
                    index += 1;
                    let (g, r) = (&c.groups[gi], &c.groups[gi].rows[ri]);
                    figure_line(
                        g,
                        r,
                        selected,
                        focused,
                        self.log,
                        (value_w, bar_w),
                        look,
                        f,
                        row,
                    );
                }
                Line::Detail(gi, ri) => {
                    let text = i18n::claim_detail(lang, &c.groups[gi].rows[ri]);
                    draw::label_parts(f.buffer_mut(), row, y, &text, draw::muted(), look.ui());
                }
            }
        }
        scrollbar(
            f,
            Rect {
                height: list_h as u16,
                ..area
            },
            lines.len(),
            list_h,
            top,
        );
        self.bottom(look, f, area, list_h as u16);
    }

    /// No figures for the event: say so, and show the event itself in the
    /// room that leaves.
    fn draw_empty(
        &self,
        t: &Timeline,
        event: Option<usize>,
        look: Look,
        f: &mut Frame,
        area: Rect,
    ) {
        let msg: Label = i18n::no_claims(look.lang).into();
        let used = draw::label_wrapped(f.buffer_mut(), area, &msg, draw::muted(), look.ui());
        let Some(e) = event else { return };
        let rest = Rect {
            y: area.y + used + 1,
            height: area.height.saturating_sub(used + 1),
            ..area
        };
        let lines = record_lines(t, &Subject::Event(e), rest.width, look);
        for (i, (v, style)) in lines.into_iter().take(usize::from(rest.height)).enumerate() {
            let y = rest.y + i as u16;
            draw::placed(f.buffer_mut(), rest.x, y, rest.width, v, style, look.rtl());
        }
    }

    /// The bottom of the pane: the selected figure's words and note, its
    /// conflicts and consistent differences in words, and the legend.
    fn bottom(&self, look: Look, f: &mut Frame, area: Rect, list_h: u16) {
        let lang = look.lang;
        let y0 = area.y + list_h;
        if y0 + 2 > area.bottom() {
            return;
        }
        let c = &self.comparison;
        let line = Rect {
            y: y0,
            height: 1,
            ..area
        };
        let head = i18n::relations_heading(lang, c.conflicts.len(), c.consistent.len());
        draw::label_parts(f.buffer_mut(), line, y0, &head, draw::conflict(), look.ui());
        // The legend, wrapped (never cut), at the bottom.
        let legend = i18n::claims_legend(lang);
        let legend_rows = crate::text::wrap_label(
            &legend,
            usize::from(area.width.max(1)),
            look.bidi,
            look.ui().dir,
        )
        .len() as u16;
        let legend_y = area.bottom().saturating_sub(legend_rows).max(y0 + 1);
        let mut rest = Rect {
            y: y0 + 1,
            height: legend_y.saturating_sub(y0 + 1),
            ..area
        };
        let mut texts: Vec<(Label, Style)> = Vec::new();
        if let Some((_, r)) = self.selected_row() {
            texts.push((i18n::claim_words(lang, r), Style::new()));
            let claim = r.claim;
            for x in c.conflicts_of(claim) {
                let m = lang.pick(&x.message_en, &x.message_ar);
                texts.push((Label::new().ui("⚠ ").ui(m), draw::conflict()));
            }
            for x in c.consistent_of(claim) {
                let m = lang.pick(&x.message_en, &x.message_ar);
                texts.push((Label::new().ui("≈ ").ui(m), Style::new()));
            }
            if r.conflicts.is_empty() && r.consistent.is_empty() {
                texts.push((i18n::no_conflict(lang).into(), draw::muted()));
            }
        }
        for (text, style) in texts {
            if rest.height == 0 {
                break;
            }
            let used = draw::label_wrapped(f.buffer_mut(), rest, &text, style, look.ui());
            rest.y += used;
            rest.height = rest.height.saturating_sub(used);
        }
        let below = Rect {
            y: legend_y,
            height: area.bottom().saturating_sub(legend_y),
            ..area
        };
        draw::label_wrapped(f.buffer_mut(), below, &legend, draw::muted(), look.ui());
    }
}

/// A figure's first line: its mark, claimant, figure and bar.
#[allow(clippy::too_many_arguments)]
fn figure_line(
    g: &Group,
    r: &Row,
    selected: bool,
    focused: bool,
    log: bool,
    (value_w, bar_w): (u16, u16),
    look: Look,
    f: &mut Frame,
    line: Rect,
) {
    let mut style = Style::new();
    if selected {
        style = if focused {
            draw::selected()
        } else {
            draw::cited()
        };
        f.buffer_mut().set_style(line, style);
    }
    let (flag, flag_style) = if !r.conflicts.is_empty() {
        ("⚠", style.patch(draw::conflict()))
    } else if !r.consistent.is_empty() {
        ("≈", style)
    } else {
        (" ", style)
    };
    let claimant = look.lang.pick(&r.claimant_en, &r.claimant_ar);
    let (claimant, style) = if r.draft.is_some() {
        (format!("✎ {claimant}"), style.patch(draw::draft()))
    } else {
        (claimant.to_string(), style)
    };
    let claimant = claimant.as_str();
    let value = i18n::figure(look.lang, r);
    let mut bar = bar(r, g, usize::from(bar_w), log);
    if look.rtl() {
        // Bars grow from the right in an Arabic interface: zero is at the
        // figure's side, and "or more" points left.
        bar = bar
            .chars()
            .rev()
            .map(|c| if c == '›' { '‹' } else { c })
            .collect();
    }
    // The bar is never reversed, so it stays visible on the selected
    // (reversed) row, with or without colour.
    let bar_style = Style::new()
        .fg(Color::Red)
        .remove_modifier(Modifier::REVERSED);
    draw::columns(
        f.buffer_mut(),
        line,
        line.y,
        &[
            (1, flag, flag_style, look.ui()),
            (0, claimant, style, look.corpus()),
            (
                value_w,
                &value,
                style.add_modifier(Modifier::BOLD),
                look.ui(),
            ),
            (bar_w, &bar, bar_style, look.key()),
        ],
    );
}

/// A figure's bar at `width` cells, scaled to the group: a solid bar for
/// an exact figure (and a bound's known part, with `›` for "or more"); a
/// light range from the low to the high end for a vague word or an upper
/// bound — a range is never drawn as an exact count.
fn bar(r: &Row, g: &Group, width: usize, log: bool) -> String {
    let max = g.range_max.max(g.max_value);
    let len = |v: u64| bar_len(v, max, width, log);
    // An exact figure, or one given as "about" a number: a solid bar (the
    // figure column says ≈).
    let about = r.qualifier == crate::corpus::schema::Qualifier::About;
    if !r.vague && (r.high == Some(r.low) || about) {
        return "█".repeat(len(r.value));
    }
    match (r.vague, r.high) {
        (false, None) => {
            // "more than 30": the known part, then "or more".
            let known = len(r.low).min(width.saturating_sub(1));
            format!("{}›", "█".repeat(known))
        }
        (_, high) => {
            let start = if r.low == 0 {
                0
            } else {
                len(r.low).saturating_sub(1)
            };
            let end = high.map_or(width, len).max(start + 1).min(width);
            let open = high.is_none();
            let mut s = " ".repeat(start);
            s.push_str(&"░".repeat(end - start - usize::from(open)));
            if open {
                s.push('…');
            }
            s
        }
    }
}
