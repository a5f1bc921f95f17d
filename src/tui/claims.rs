//! The casualty pane's rows: the claims of the selected event (or of the
//! whole timeline), grouped by whose losses and what kind.

use crate::tui::app::{App, Row};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimRow {
    /// A group heading: index of the group's first claim.
    Group(usize),
    Claim(usize),
}

/// The claims in scope, in display order.
pub fn rows(app: &App) -> Vec<usize> {
    display_rows(app)
        .into_iter()
        .filter_map(|r| match r {
            ClaimRow::Claim(c) => Some(c),
            ClaimRow::Group(_) => None,
        })
        .collect()
}

pub fn display_rows(app: &App) -> Vec<ClaimRow> {
    let t = &app.timeline;
    let mut claims: Vec<usize> = if app.claims_all {
        let shown: Vec<usize> = app
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::Event(e) => Some(*e),
                Row::Era(_) => None,
            })
            .collect();
        (0..t.claims.len())
            .filter(|c| shown.contains(&t.claims[*c].event))
            .collect()
    } else {
        app.event()
            .map(|e| t.events[e].claims.clone())
            .unwrap_or_default()
    };
    let key = |c: &usize| {
        let cl = &t.claims[*c];
        (cl.category, cl.subject.clone(), cl.equipment.clone())
    };
    claims.sort_by(|a, b| {
        key(a)
            .cmp(&key(b))
            .then(t.claims[*a].as_of.cmp(&t.claims[*b].as_of))
            .then(a.cmp(b))
    });
    let mut out = Vec::new();
    let mut last = None;
    for c in claims {
        let k = key(&c);
        if last.as_ref() != Some(&k) {
            out.push(ClaimRow::Group(c));
            last = Some(k);
        }
        out.push(ClaimRow::Claim(c));
    }
    out
}

/// The index into `rows` of the claim drawn on an inner row of the pane.
pub fn row_at(app: &App, inner_row: usize) -> Option<usize> {
    let display = display_rows(app);
    let target = display.get(inner_row + top(app, &display))?;
    let ClaimRow::Claim(c) = target else {
        return None;
    };
    rows(app).iter().position(|x| x == c)
}

/// The first display row on screen, keeping the selected claim visible.
pub fn top(app: &App, display: &[ClaimRow]) -> usize {
    let (_, height) = crate::tui::article::body_size(app);
    let selected = rows(app).get(app.claim_cursor).copied();
    let at = display
        .iter()
        .position(|r| Some(r) == selected.map(ClaimRow::Claim).as_ref())
        .unwrap_or(0);
    (at + 2).saturating_sub(height.max(1))
}
