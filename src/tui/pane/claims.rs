//! The casualty comparison pane, drawn from the library's comparison
//! (grouping and conflicts live in `compare`, shared with the `claims`
//! command): per group (whose losses, what kind) two lines per claim —
//! claimant, figure with its qualifier and a bar scaled to the group's
//! largest figure; then as-of date, outlet and standing — with conflicting
//! figures flagged ⚠ and the selected figure's conflicts explained in words
//! at the bottom.

use crate::compare::{ClaimScope, Comparison, bar_len, compare};
use crate::corpus::Timeline;
use crate::select::FilterSpec;
use crate::tui::dialog::info::{Subject, record_lines};
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use crate::tui::pane::pane_title;
use crate::tui::scroll::clamp_add;
use crate::tui::scroll::scrollbar;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

/// Rows of the pane below the list, for the selected figure's conflicts.
const CONFLICT_ROWS: usize = 8;

/// A line of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimRow {
    /// A group heading (index into `Comparison::groups`).
    Group(usize),
    /// The first line of a claim: (group, row within the group).
    Claim(usize, usize),
    /// Its second line: as-of date, outlet, standing.
    Detail(usize, usize),
}

/// What the comparison was computed from, so it is computed once per
/// change, not once per frame.
type Key = (Option<usize>, bool, FilterSpec);

#[derive(Debug, Clone, Default)]
pub struct ClaimsState {
    /// The selected figure, counted over the claims in display order.
    pub cursor: usize,
    /// Figures of every shown event instead of the selected one.
    pub all: bool,
    pub log: bool,
    pub comparison: Comparison,
    key: Option<Key>,
}

impl ClaimsState {
    /// Recomputes the comparison when the selected event, the scope or the
    /// filter changed.
    pub fn refresh(
        &mut self,
        t: &Timeline,
        event: Option<usize>,
        shown: &[usize],
        filter: &FilterSpec,
    ) {
        let key = Some((event, self.all, filter.clone()));
        if key == self.key {
            return;
        }
        self.key = key;
        let scope = if self.all {
            ClaimScope::Claims(
                shown
                    .iter()
                    .flat_map(|&e| t.events[e].claims.iter().copied())
                    .collect(),
            )
        } else {
            match event {
                Some(e) => ClaimScope::Event(e),
                None => ClaimScope::Claims(Vec::new()),
            }
        };
        self.comparison = compare(t, scope);
        self.cursor = self
            .cursor
            .min(self.comparison.claim_count().saturating_sub(1));
    }

    /// The claims in display order (claim indices).
    pub fn claims(&self) -> Vec<usize> {
        self.comparison
            .groups
            .iter()
            .flat_map(|g| g.rows.iter().map(|r| r.claim))
            .collect()
    }

    /// The selected claim.
    pub fn selected(&self) -> Option<usize> {
        self.claims().get(self.cursor).copied()
    }

    pub fn step(&mut self, by: isize) {
        self.cursor = clamp_add(self.cursor, by, self.comparison.claim_count());
    }

    pub fn toggle_scope(&mut self) {
        self.all = !self.all;
        self.cursor = 0;
    }

    fn display_rows(&self) -> Vec<ClaimRow> {
        let mut out = Vec::new();
        for (gi, g) in self.comparison.groups.iter().enumerate() {
            out.push(ClaimRow::Group(gi));
            for ri in 0..g.rows.len() {
                out.push(ClaimRow::Claim(gi, ri));
                out.push(ClaimRow::Detail(gi, ri));
            }
        }
        out
    }

    /// Rows of the pane used by the list.
    fn list_height(height: usize) -> usize {
        height.saturating_sub(CONFLICT_ROWS).max(3).min(height)
    }

    /// The first display row on screen, keeping the selected claim visible.
    fn top(&self, display: &[ClaimRow], height: usize) -> usize {
        let mut seen = 0;
        let at = display
            .iter()
            .position(|r| {
                if let ClaimRow::Claim(..) = r {
                    seen += 1;
                    seen > self.cursor
                } else {
                    false
                }
            })
            .unwrap_or(0);
        (at + 3).saturating_sub(Self::list_height(height))
    }

    /// Selects the claim drawn on an inner row of the pane (a click).
    pub fn click(&mut self, inner_row: usize, height: usize) {
        let display = self.display_rows();
        let Some(row) = display.get(inner_row + self.top(&display, height)) else {
            return;
        };
        let (gi, ri) = match row {
            ClaimRow::Claim(g, r) | ClaimRow::Detail(g, r) => (*g, *r),
            ClaimRow::Group(_) => return,
        };
        let before: usize = self.comparison.groups[..gi]
            .iter()
            .map(|g| g.rows.len())
            .sum();
        self.cursor = before + ri;
    }

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
        pane_title(f, area, &i18n::claims_title(lang, self.all, self.log), look);
        if c.groups.is_empty() {
            let used = draw::label_wrapped(
                f.buffer_mut(),
                area,
                &i18n::no_claims(lang).into(),
                draw::muted(),
                look.ui(),
            );
            // The room left shows the event itself.
            if let Some(e) = event {
                let rest = Rect {
                    y: area.y + used + 1,
                    height: area.height.saturating_sub(used + 1),
                    ..area
                };
                for (i, (v, style)) in record_lines(t, Subject::Event(e), rest.width, look)
                    .into_iter()
                    .enumerate()
                    .take(usize::from(rest.height))
                {
                    let mut v = v;
                    if look.rtl() {
                        v.indent = rest.width.saturating_sub(v.width() as u16);
                    }
                    draw::line(
                        f.buffer_mut(),
                        rest.x,
                        rest.y + i as u16,
                        rest.width,
                        &v,
                        style,
                        &|_| None,
                    );
                }
            }
            return;
        }
        let display = self.display_rows();
        let top = self.top(&display, area.height as usize);
        let list_h = Self::list_height(area.height as usize);
        let scrolls = display.len() > list_h;
        // The rightmost column is the scrollbar's when there is one.
        let body = Rect {
            width: area.width.saturating_sub(u16::from(scrolls)),
            ..area
        };
        let bar_w = (body.width / 4).max(4);
        // Figures are never cut: the column is as wide as the widest one.
        let value_w = c
            .groups
            .iter()
            .flat_map(|g| &g.rows)
            .map(|r| crate::text::display_width(&i18n::figure(lang, r)) as u16)
            .max()
            .unwrap_or(1)
            .min(body.width / 3);
        let mut index = display[..top]
            .iter()
            .filter(|r| matches!(r, ClaimRow::Claim(..)))
            .count();
        let mut selected = None;
        for (i, row) in display.iter().skip(top).take(list_h).enumerate() {
            let y = body.y + i as u16;
            let line = Rect {
                y,
                height: 1,
                ..body
            };
            match *row {
                ClaimRow::Group(gi) => {
                    let text = i18n::group_heading(lang, &c.groups[gi]);
                    draw::label_parts(f.buffer_mut(), line, y, &text, draw::heading(), look.ui());
                }
                ClaimRow::Claim(gi, ri) => {
                    let (g, r) = (&c.groups[gi], &c.groups[gi].rows[ri]);
                    let is_selected = index == self.cursor;
                    index += 1;
                    let mut style = Style::new();
                    if is_selected {
                        selected = Some(r.claim);
                        style = if focused {
                            draw::selected()
                        } else {
                            draw::cited()
                        };
                        f.buffer_mut().set_style(line, style);
                    }
                    let flag = if r.conflicts.is_empty() { " " } else { "⚠" };
                    let flag_style = if r.conflicts.is_empty() {
                        style
                    } else {
                        style.patch(draw::conflict())
                    };
                    let claimant = lang.pick(&r.claimant_en, &r.claimant_ar);
                    let value = i18n::figure(lang, r);
                    let bar = "█".repeat(bar_len(r.value, g.max_value, bar_w as usize, self.log));
                    // The bar is never reversed, so it stays visible on the
                    // selected (reversed) row, with or without colour.
                    let bar_style = Style::new()
                        .fg(Color::Red)
                        .remove_modifier(Modifier::REVERSED);
                    draw::columns(
                        f.buffer_mut(),
                        line,
                        y,
                        &[
                            (1, flag, flag_style, look.ui()),
                            (0, claimant, style, look.corpus()),
                            (
                                value_w,
                                &value,
                                style.add_modifier(Modifier::BOLD),
                                look.ui(),
                            ),
                            (bar_w, &bar, bar_style, look.ui()),
                        ],
                    );
                }
                ClaimRow::Detail(gi, ri) => {
                    let text = i18n::claim_detail(lang, &c.groups[gi].rows[ri]);
                    draw::label_parts(f.buffer_mut(), line, y, &text, draw::muted(), look.ui());
                }
            }
        }
        scrollbar(
            f,
            Rect {
                height: list_h as u16,
                ..area
            },
            display.len(),
            list_h,
            top,
        );
        self.conflicts(look, f, area, list_h as u16, selected);
    }

    /// The bottom of the pane: the selected figure's conflicts in words.
    fn conflicts(&self, look: Look, f: &mut Frame, area: Rect, list_h: u16, claim: Option<usize>) {
        let y0 = area.y + list_h;
        if y0 + 2 > area.bottom() {
            return;
        }
        let c = &self.comparison;
        let head = i18n::conflicts_heading(look.lang, c.conflicts.len());
        let line = Rect {
            y: y0,
            height: 1,
            ..area
        };
        draw::label_parts(f.buffer_mut(), line, y0, &head, draw::conflict(), look.ui());
        let found: Vec<&str> = claim
            .map(|k| {
                c.conflicts_of(k)
                    .map(|x| look.lang.pick(&x.message_en, &x.message_ar))
                    .collect()
            })
            .unwrap_or_default();
        let mut rest = Rect {
            y: y0 + 1,
            height: area.bottom().saturating_sub(y0 + 1),
            ..area
        };
        if found.is_empty() {
            let msg = i18n::no_conflict(look.lang).into();
            draw::label_wrapped(f.buffer_mut(), rest, &msg, Style::new(), look.ui());
            return;
        }
        for m in found {
            let used = draw::label_wrapped(
                f.buffer_mut(),
                rest,
                &crate::text::Label::new().ui("⚠ ").ui(m),
                Style::new(),
                look.ui(),
            );
            rest.y += used;
            rest.height = rest.height.saturating_sub(used);
            if rest.height == 0 {
                break;
            }
        }
    }
}
