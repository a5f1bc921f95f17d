//! Where each pane goes for a terminal size. Pure geometry, shared by
//! `view` (to draw), `update` (page sizes) and mouse hit-testing, so that
//! what is drawn and what a click means can never disagree.

use crate::lang::Lang;
use ratatui::layout::{Constraint, Layout, Rect};

/// The three panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Timeline,
    Article,
    Claims,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Timeline, Pane::Article, Pane::Claims];
}

/// Below this the UI cannot show a pane with a readable line.
pub const MIN_SIZE: (u16, u16) = (40, 10);
/// From this width all three panes are shown side by side.
pub const WIDE: u16 = 150;
/// From this width two panes are shown (the timeline and one other).
pub const MEDIUM: u16 = 100;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub status: Rect,
    /// The pane switcher, when not every pane is visible.
    pub tabs: Option<Rect>,
    pub panes: Vec<(Pane, Rect)>,
    pub hints: Rect,
}

impl Screen {
    pub fn pane(&self, pane: Pane) -> Option<Rect> {
        self.panes.iter().find(|(p, _)| *p == pane).map(|(_, r)| *r)
    }

    /// The pane under a cell, for mouse clicks.
    pub fn pane_at(&self, x: u16, y: u16) -> Option<Pane> {
        self.panes
            .iter()
            .find(|(_, r)| r.contains(ratatui::layout::Position { x, y }))
            .map(|(p, _)| *p)
    }
}

/// The inside (within its borders) of a pane: where it is on screen now,
/// or where it would be once focused when the layout hides it. Page sizes,
/// scrolling and the panes' own layouts all measure with this.
pub fn inner(size: (u16, u16), lang: Lang, focus: Pane, pane: Pane) -> Rect {
    let r = screen(size, lang, focus)
        .pane(pane)
        .or_else(|| screen(size, lang, pane).pane(pane))
        .unwrap_or_default();
    Rect::new(
        r.x.saturating_add(1),
        r.y.saturating_add(1),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

pub fn too_small(size: (u16, u16)) -> bool {
    size.0 < MIN_SIZE.0 || size.1 < MIN_SIZE.1
}

/// Lays out the screen. In Arabic the panes are mirrored: the timeline is
/// on the right, where an Arabic reader starts.
pub fn screen(size: (u16, u16), lang: Lang, focus: Pane) -> Screen {
    let area = Rect::new(0, 0, size.0, size.1);
    let width = size.0;
    let shown: Vec<Pane> = if width >= WIDE {
        Pane::ALL.to_vec()
    } else if width >= MEDIUM {
        match focus {
            Pane::Claims => vec![Pane::Timeline, Pane::Claims],
            _ => vec![Pane::Timeline, Pane::Article],
        }
    } else {
        vec![focus]
    };
    let with_tabs = shown.len() < Pane::ALL.len();
    let rows = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(with_tabs)),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .split(area);
    let constraints: Vec<Constraint> = shown
        .iter()
        .map(|p| match (p, shown.len()) {
            (_, 1) => Constraint::Percentage(100),
            (Pane::Timeline, 2) => Constraint::Percentage(42),
            (_, 2) => Constraint::Percentage(58),
            (Pane::Timeline, _) => Constraint::Percentage(36),
            (Pane::Article, _) => Constraint::Percentage(36),
            (Pane::Claims, _) => Constraint::Percentage(28),
        })
        .collect();
    let mut order = shown.clone();
    let mut constraints = constraints;
    if lang == Lang::Ar {
        order.reverse();
        constraints.reverse();
    }
    let cols = Layout::horizontal(constraints).split(rows[2]);
    Screen {
        status: rows[0],
        tabs: with_tabs.then_some(rows[1]),
        panes: order.into_iter().zip(cols.iter().copied()).collect(),
        hints: rows[3],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_decides_how_many_panes_and_arabic_mirrors_them() {
        let wide = screen((160, 45), Lang::En, Pane::Timeline);
        assert_eq!(
            wide.panes.iter().map(|p| p.0).collect::<Vec<_>>(),
            Pane::ALL
        );
        assert!(wide.tabs.is_none());
        let ar = screen((160, 45), Lang::Ar, Pane::Timeline);
        assert_eq!(
            ar.panes[2].0,
            Pane::Timeline,
            "timeline on the right in Arabic"
        );
        assert_eq!(ar.pane(Pane::Timeline).map(|r| r.right()), Some(160));
        let medium = screen((120, 40), Lang::En, Pane::Claims);
        assert_eq!(
            medium.panes.iter().map(|p| p.0).collect::<Vec<_>>(),
            [Pane::Timeline, Pane::Claims]
        );
        let narrow = screen((80, 24), Lang::En, Pane::Article);
        assert_eq!(narrow.panes.len(), 1);
        assert!(narrow.tabs.is_some());
        assert_eq!(narrow.pane_at(10, 5), Some(Pane::Article));
        assert!(too_small((39, 24)) && too_small((80, 9)) && !too_small((40, 10)));
    }
}
