//! Scrolling, shared by the panes and the dialogs: moves clamped to a
//! list, and the scrollbar drawn beside a list longer than its pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};

/// `pos + by`, clamped to `0..len` (0 when empty).
pub fn clamp_add(pos: usize, by: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (pos as isize).saturating_add(by).clamp(0, len as isize - 1) as usize
}

/// A vertical scrollbar in the area's rightmost column, when the content
/// is longer than what is visible.
pub fn scrollbar(f: &mut Frame, area: Rect, total: usize, visible: usize, top: usize) {
    if total <= visible || area.width == 0 {
        return;
    }
    let mut state = ScrollbarState::new(total - visible).position(top);
    f.render_stateful_widget(
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None),
        area,
        &mut state,
    );
}
