//! The three panes. Each file is one pane's home: its state, the moves it
//! knows, and its drawing. Panes know nothing of `App`: the orchestrator
//! (`update`) hands each the little it needs of the others, so there is
//! no import cycle and each pane can be read on its own.

pub mod article;
pub mod claims;
pub mod timeline;

use crate::text::Label;
use crate::tui::draw::{self, Look};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// A pane's title, drawn over its top border through the text engine, so
/// Arabic titles are shaped and ordered like everything else.
pub fn pane_title(f: &mut Frame, inner: Rect, title: &Label, look: Look) {
    if inner.y == 0 || inner.width < 4 {
        return;
    }
    let area = Rect {
        x: inner.x + 1,
        y: inner.y - 1,
        width: inner.width.saturating_sub(2),
        height: 1,
    };
    let text = Label::new().ui(" ").and(title.clone()).ui(" ");
    let style = Style::new().add_modifier(Modifier::BOLD);
    draw::label_parts(f.buffer_mut(), area, area.y, &text, style, look.ui());
}

/// The one muted line a pane shows when it has nothing to show.
pub fn empty(f: &mut Frame, area: Rect, msg: &Label, look: Look) {
    draw::label_wrapped(f.buffer_mut(), area, msg, draw::muted(), look.ui());
}
