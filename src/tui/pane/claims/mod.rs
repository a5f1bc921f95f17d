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

use crate::compare::{ClaimScope, Comparison, Group, Row, compare};
use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::select::FilterSpec;
use crate::tui::i18n;
use crate::tui::scroll::clamp_add;

mod view;

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
    /// The list's lines, made with the comparison (with every shown
    /// event's figures they are many: not made again per frame).
    lines: Vec<Line>,
    /// The line of each figure, in display order (the cursor's line).
    claim_lines: Vec<usize>,
    /// The widest figure as English and as Arabic write it: the figure
    /// column's width.
    value_width: (usize, usize),
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
        self.lines = lines(&self.comparison);
        self.claim_lines = (self.lines.iter().enumerate())
            .filter(|(_, l)| matches!(l, Line::Claim(..)))
            .map(|(i, _)| i)
            .collect();
        let widest = |lang| {
            let rows = self.comparison.groups.iter().flat_map(|g| &g.rows);
            let widths = rows.map(|r| crate::text::display_width(&i18n::figure(lang, r)));
            widths.max().unwrap_or(1)
        };
        self.value_width = (widest(Lang::En), widest(Lang::Ar));
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
        self.selected_row().map(|(_, r)| r.claim)
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

    /// Rows of the pane used by the list.
    fn list_height(height: usize) -> usize {
        height.saturating_sub(BOTTOM_ROWS).max(3).min(height)
    }

    /// The first line on screen, keeping the selected figure visible.
    fn top(&self, height: usize) -> usize {
        let at = self.claim_lines.get(self.cursor).copied().unwrap_or(0);
        (at + 3).saturating_sub(Self::list_height(height))
    }

    fn value_width(&self, lang: Lang) -> usize {
        match lang {
            Lang::En => self.value_width.0,
            Lang::Ar => self.value_width.1,
        }
    }

    /// How many figures are listed above line `line`.
    fn claims_before(&self, line: usize) -> usize {
        self.claim_lines.partition_point(|&l| l < line)
    }

    /// Selects the figure drawn on an inner row of the pane (a click).
    pub fn click(&mut self, inner_row: usize, height: usize) {
        let Some(line) = self.lines.get(inner_row + self.top(height)) else {
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
}

/// The list's lines: an era heading where the era changes, each group's
/// heading and coverage, two lines per figure.
fn lines(c: &Comparison) -> Vec<Line> {
    let mut out = Vec::new();
    let mut era = None;
    for (gi, g) in c.groups.iter().enumerate() {
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
