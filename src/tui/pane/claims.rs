//! The casualty comparison pane, drawn from the library's comparison
//! (grouping, coverage and relations live in `compare`, shared with the
//! `claims` command): per group — one era, one set of sides, one kind of
//! loss, so like is compared with like — who published figures, then two
//! lines per figure: claimant, figure with its qualifier and a bar (a range
//! of light cells for a vague word, never an exact bar); as-of date,
//! outlet and standing. ⚠ marks figures that cannot all be right, ≈ those
//! that differ but can all be true. The bottom of the pane gives the
//! selected figure's words as printed, its note and its relations; a
//! legend explains the marks.

use crate::compare::{ClaimScope, Comparison, Group, Row, bar_len, compare};
use crate::corpus::Timeline;
use crate::select::FilterSpec;
use crate::text::Label;
use crate::tui::dialog::info::{Subject, record_lines};
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use crate::tui::pane::pane_title;
use crate::tui::scroll::{clamp_add, scrollbar};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

/// Rows of the pane below the list: the selected figure's words, note and
/// relations, then the legend.
const BOTTOM_ROWS: usize = 9;

/// How the figures of a group are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// As the comparison gives them (by date, then claimant).
    #[default]
    Given,
    /// Largest figure first.
    Value,
    /// Most recent first.
    AsOf,
    Claimant,
}

impl SortBy {
    pub fn next(self) -> SortBy {
        match self {
            SortBy::Given => SortBy::Value,
            SortBy::Value => SortBy::AsOf,
            SortBy::AsOf => SortBy::Claimant,
            SortBy::Claimant => SortBy::Given,
        }
    }
}

/// A line of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Line {
    /// The era of the groups that follow (index of the first of them).
    Era(usize),
    /// A group heading (index into `Comparison::groups`).
    Group(usize),
    /// Who published the group's figures, when only one side did.
    Coverage(usize),
    /// The first line of a figure: (group, row within the group).
    Claim(usize, usize),
    /// Its second line: as-of date, outlet, standing.
    Detail(usize, usize),
}

/// What the comparison was computed from, so it is computed once per
/// change, not once per frame.
type Key = (Option<usize>, bool, SortBy, FilterSpec);

#[derive(Debug, Clone, Default)]
pub struct ClaimsState {
    /// The selected figure, counted over the figures in display order.
    pub cursor: usize,
    /// Figures of every shown event instead of the selected one.
    pub all: bool,
    pub log: bool,
    pub sort: SortBy,
    pub comparison: Comparison,
    key: Option<Key>,
}

impl ClaimsState {
    /// Recomputes the comparison when the selected event, the scope, the
    /// order or the filter changed. `shown` lists the shown events; it is
    /// asked for only then (it is the whole list).
    pub fn refresh(
        &mut self,
        t: &Timeline,
        event: Option<usize>,
        shown: &dyn Fn() -> Vec<usize>,
        filter: &FilterSpec,
    ) {
        let key = Some((event, self.all, self.sort, filter.clone()));
        if key == self.key {
            return;
        }
        let selected = self.selected();
        self.key = key;
        let scope = if self.all {
            let shown = shown();
            let claims = shown
                .iter()
                .flat_map(|&e| t.events[e].claims.iter().copied());
            ClaimScope::Claims(claims.collect())
        } else {
            match event {
                Some(e) => ClaimScope::Event(e),
                None => ClaimScope::Claims(Vec::new()),
            }
        };
        self.comparison = compare(t, scope);
        for g in &mut self.comparison.groups {
            sort_rows(&mut g.rows, self.sort);
        }
        // Keep the same figure selected when only the order changed.
        self.cursor = selected
            .and_then(|c| self.claims().iter().position(|&k| k == c))
            .unwrap_or(self.cursor)
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

    fn selected_row(&self) -> Option<(&Group, &Row)> {
        let mut k = self.cursor;
        for g in &self.comparison.groups {
            if k < g.rows.len() {
                return Some((g, &g.rows[k]));
            }
            k -= g.rows.len();
        }
        None
    }

    pub fn step(&mut self, by: isize) {
        self.cursor = clamp_add(self.cursor, by, self.comparison.claim_count());
    }

    pub fn toggle_scope(&mut self) {
        self.all = !self.all;
        self.cursor = 0;
    }

    fn lines(&self) -> Vec<Line> {
        let mut out = Vec::new();
        let mut era = None;
        for (gi, g) in self.comparison.groups.iter().enumerate() {
            if era != Some(g.era) {
                era = Some(g.era);
                out.push(Line::Era(gi));
            }
            out.push(Line::Group(gi));
            if g.coverage_en.is_some() {
                out.push(Line::Coverage(gi));
            }
            for ri in 0..g.rows.len() {
                out.push(Line::Claim(gi, ri));
                out.push(Line::Detail(gi, ri));
            }
        }
        out
    }

    /// Rows of the pane used by the list.
    fn list_height(height: usize) -> usize {
        height.saturating_sub(BOTTOM_ROWS).max(3).min(height)
    }

    /// The first line on screen, keeping the selected figure visible.
    fn top(&self, lines: &[Line], height: usize) -> usize {
        let mut seen = 0;
        let at = lines
            .iter()
            .position(|l| {
                if let Line::Claim(..) = l {
                    seen += 1;
                    seen > self.cursor
                } else {
                    false
                }
            })
            .unwrap_or(0);
        (at + 3).saturating_sub(Self::list_height(height))
    }

    /// Selects the figure drawn on an inner row of the pane (a click).
    pub fn click(&mut self, inner_row: usize, height: usize) {
        let lines = self.lines();
        let Some(line) = lines.get(inner_row + self.top(&lines, height)) else {
            return;
        };
        let (gi, ri) = match line {
            Line::Claim(g, r) | Line::Detail(g, r) => (*g, *r),
            Line::Era(_) | Line::Group(_) | Line::Coverage(_) => return,
        };
        let before: usize = self.comparison.groups[..gi]
            .iter()
            .map(|g| g.rows.len())
            .sum();
        self.cursor = before + ri;
    }

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
        let lines = self.lines();
        let top = self.top(&lines, area.height as usize);
        let list_h = Self::list_height(area.height as usize);
        let scrolls = lines.len() > list_h;
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
            .min(body.width / 2);
        let mut index = lines[..top]
            .iter()
            .filter(|l| matches!(l, Line::Claim(..)))
            .count();
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
        for (i, (v, style)) in lines.iter().take(usize::from(rest.height)).enumerate() {
            let y = rest.y + i as u16;
            draw::placed(f.buffer_mut(), rest.x, y, rest.width, v, *style, look.rtl());
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
pub fn bar(r: &Row, g: &Group, width: usize, log: bool) -> String {
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

fn sort_rows(rows: &mut [Row], by: SortBy) {
    match by {
        SortBy::Given => rows.sort_by_key(|r| r.claim),
        SortBy::Value => rows.sort_by(|a, b| b.low.cmp(&a.low).then(a.claim.cmp(&b.claim))),
        SortBy::AsOf => rows.sort_by(|a, b| {
            b.as_of
                .last_day()
                .cmp(&a.as_of.last_day())
                .then(a.claim.cmp(&b.claim))
        }),
        SortBy::Claimant => rows.sort_by(|a, b| {
            a.claimant_en
                .cmp(&b.claimant_en)
                .then(a.claim.cmp(&b.claim))
        }),
    }
}
