//! The dialogs drawn over the panes. Each file is one dialog's home: its
//! form state (fields are enums, never indices), how it handles the
//! actions of its own key context, and its drawing. A dialog knows nothing
//! of `App`: it returns an [`Outcome`] and `update` carries it out.

pub mod export;
pub mod field;
pub mod filter;
pub mod help;
pub mod info;
pub mod picker;
pub mod search;

use crate::select::Filter;
use crate::text::{Label, wrap_label};
use crate::tui::draw::{self, Look};
use crate::tui::effect::ExportRequest;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, BorderType, Clear};

#[derive(Debug, Clone)]
pub enum Dialog {
    Help(help::HelpDialog),
    Info(info::InfoDialog),
    Search(search::SearchDialog),
    Filter(filter::FilterDialog),
    Picker(picker::Picker),
    Export(export::ExportDialog),
}

/// What a dialog asks of the app after an action.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Stay open (the dialog changed itself, or nothing happened).
    Stay,
    Close,
    /// Search for this text (`None`: clear the search).
    Search(Option<String>),
    /// Apply this filter.
    Filter(Box<Filter>),
    /// Show the events of this entity (an index into `Timeline::entities`).
    Pick(usize),
    /// Go where a line of a record leads.
    Follow(info::Link),
    /// Write this export (the dialog stays open to show the result).
    Export(ExportRequest),
}

/// Clears a centred box with a double border and a title, and returns its
/// inner area.
pub fn popup(f: &mut Frame, area: Rect, title: &Label, width: u16, rows: u16, look: Look) -> Rect {
    let w = width.min(area.width.saturating_sub(2));
    let h = (rows + 2).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(draw::focused_border());
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    let line = Rect {
        x: rect.x + 2,
        y: rect.y,
        width: w.saturating_sub(4),
        height: 1,
    };
    let title = Label::new().ui(" ").and(title.clone()).ui(" ");
    let bold = Style::new().add_modifier(Modifier::BOLD);
    draw::label_parts(f.buffer_mut(), line, rect.y, &title, bold, look.ui());
    inner
}

/// The inner width of a popup of `width` cells over `area`.
pub fn inner_width(area: Rect, width: u16) -> u16 {
    width.min(area.width.saturating_sub(2)).saturating_sub(2)
}

/// Rows a text takes wrapped at a dialog's inner width: instruction lines
/// and messages are wrapped, never cut.
pub fn rows_of(text: &Label, width: u16, look: Look) -> u16 {
    let how = look.ui();
    wrap_label(text, usize::from(width.max(1)), how.mode, how.dir).len() as u16
}

/// Draws a wrapped text from row `row` of a dialog; returns the rows used.
pub fn wrapped(
    f: &mut Frame,
    inner: Rect,
    row: u16,
    text: &Label,
    style: Style,
    look: Look,
) -> u16 {
    let rest = Rect {
        y: inner.y + row.min(inner.height),
        height: inner.height.saturating_sub(row),
        ..inner
    };
    draw::label_wrapped(f.buffer_mut(), rest, text, style, look.ui())
}

/// One line of a dialog, when it is inside the dialog.
pub fn text_line(f: &mut Frame, inner: Rect, row: u16, text: &Label, style: Style, look: Look) {
    if row < inner.height {
        let line = Rect {
            y: inner.y + row,
            height: 1,
            ..inner
        };
        draw::label_parts(f.buffer_mut(), line, line.y, text, style, look.ui());
    }
}
