//! The casualty pane's rows, from the library's comparison (grouping and
//! conflicts live in `compare`, shared with the `claims` command): a
//! heading per group, two lines per claim.

use crate::compare::{ClaimScope, Comparison, compare};
use crate::corpus::Timeline;
use crate::tui::app::{App, Pane, Row};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimRow {
    /// A group heading (index into `Comparison::groups`).
    Group(usize),
    /// The first line of a claim: (group, row within the group).
    Claim(usize, usize),
    /// Its second line: as-of date, outlet, standing.
    Detail(usize, usize),
}

/// The comparison for what the pane shows: the selected event's claims, or
/// those of every event the filter shows.
pub fn comparison_for(t: &Timeline, rows: &[Row], event: Option<usize>, all: bool) -> Comparison {
    let scope = if all {
        let shown: Vec<usize> = rows
            .iter()
            .filter_map(|r| match r {
                Row::Event(e) => Some(*e),
                Row::Era(_) => None,
            })
            .flat_map(|e| t.events[e].claims.iter().copied())
            .collect();
        ClaimScope::Claims(shown)
    } else {
        match event {
            Some(e) => ClaimScope::Event(e),
            None => ClaimScope::Claims(Vec::new()),
        }
    };
    compare(t, scope)
}

/// The claims in display order (claim indices).
pub fn rows(app: &App) -> Vec<usize> {
    app.comparison
        .groups
        .iter()
        .flat_map(|g| g.rows.iter().map(|r| r.claim))
        .collect()
}

pub fn display_rows(c: &Comparison) -> Vec<ClaimRow> {
    let mut out = Vec::new();
    for (gi, g) in c.groups.iter().enumerate() {
        out.push(ClaimRow::Group(gi));
        for ri in 0..g.rows.len() {
            out.push(ClaimRow::Claim(gi, ri));
            out.push(ClaimRow::Detail(gi, ri));
        }
    }
    out
}

/// The index into `rows` of the claim drawn on an inner row of the pane.
pub fn row_at(app: &App, inner_row: usize) -> Option<usize> {
    let display = display_rows(&app.comparison);
    let (gi, ri) = match display.get(inner_row + top(app, &display))? {
        ClaimRow::Claim(g, r) | ClaimRow::Detail(g, r) => (*g, *r),
        ClaimRow::Group(_) => return None,
    };
    let before: usize = app.comparison.groups[..gi]
        .iter()
        .map(|g| g.rows.len())
        .sum();
    Some(before + ri)
}

/// Rows of the pane used by the list (the rest shows the selected claim's
/// conflicts).
pub fn list_height(app: &App) -> usize {
    let inner = crate::tui::layout::inner(app.size, app.lang, app.focus, Pane::Claims);
    (inner.height as usize).saturating_sub(8).max(3)
}

/// The first display row on screen, keeping the selected claim visible.
pub fn top(app: &App, display: &[ClaimRow]) -> usize {
    let mut seen = 0;
    let at = display
        .iter()
        .position(|r| {
            if let ClaimRow::Claim(..) = r {
                seen += 1;
                seen > app.claim_cursor
            } else {
                false
            }
        })
        .unwrap_or(0);
    (at + 3).saturating_sub(list_height(app))
}
