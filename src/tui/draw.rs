//! Drawing laid-out text into the buffer, and the styles.
//!
//! Glyphs are written cell by cell at the columns the text engine computed,
//! so ratatui never re-measures (it would count lam-alef wrongly) and never
//! sees a bidi control (it would drop it). Every style that carries meaning
//! uses a modifier as well as a colour, so it survives `NO_COLOR`.

use crate::lang::Lang;
use crate::text::{
    BidiMode, Direction, Label, LayoutOptions, VisualLine, layout, layout_label_dir,
    layout_label_parts, wrap_label,
};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use std::ops::Range;

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}
/// Reversed yellow: a yellow band in colour, still a reversed band when
/// `NO_COLOR` strips the colour.
pub fn quote() -> Style {
    Style::new()
        .fg(Color::Yellow)
        .add_modifier(Modifier::BOLD | Modifier::REVERSED)
}
/// The words that date the event, inside its highlighted passage:
/// underlined on top of the passage's reverse, so they stand out without
/// colour too.
pub fn dating() -> Style {
    quote().add_modifier(Modifier::UNDERLINED | Modifier::ITALIC)
}
/// A draft not yet accepted: italic (it survives NO_COLOR) and magenta.
pub fn draft() -> Style {
    Style::new()
        .fg(Color::Magenta)
        .add_modifier(Modifier::ITALIC)
}
pub fn cited() -> Style {
    Style::new()
        .fg(Color::Cyan)
        .add_modifier(Modifier::UNDERLINED)
}
pub fn hit() -> Style {
    Style::new()
        .fg(Color::Magenta)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}
pub fn furniture() -> Style {
    Style::new().fg(Color::DarkGray).add_modifier(Modifier::DIM)
}
pub fn heading() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}
pub fn muted() -> Style {
    Style::new().fg(Color::Gray)
}
pub fn conflict() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}
pub fn focused_border() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Draws a visual line at (x, y), clipped to `width` cells; `style_of`
/// gives each glyph's style from its logical byte range.
pub fn line(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    v: &VisualLine,
    base: Style,
    style_of: &dyn Fn(&Range<usize>) -> Option<Style>,
) {
    let mut col = v.indent.min(width);
    for g in &v.glyphs {
        let w = u16::from(g.width);
        if col + w > width {
            break;
        }
        let style = style_of(&g.logical).map_or(base, |s| base.patch(s));
        buf.set_stringn(x + col, y, &g.text, usize::from(w), style);
        col += w;
    }
}

/// What every drawing function needs to know of the interface: its
/// language (labels, mirroring) and who does the bidi.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub lang: Lang,
    pub bidi: BidiMode,
}

impl Look {
    pub fn rtl(self) -> bool {
        self.lang == Lang::Ar
    }

    /// Interface text: the interface language's direction and alignment.
    pub fn ui(self) -> How {
        How {
            mode: self.bidi,
            dir: if self.rtl() {
                Direction::Rtl
            } else {
                Direction::Ltr
            },
            right: self.rtl(),
        }
    }

    /// Corpus text (titles, names): its own direction, the UI's alignment.
    pub fn corpus(self) -> How {
        How {
            dir: Direction::Auto,
            ..self.ui()
        }
    }

    /// Key names: placed like interface text, but always left to right,
    /// so an Arabic interface never mirrors `[` or reorders `Alt-←`.
    pub fn key(self) -> How {
        How {
            dir: Direction::Ltr,
            ..self.ui()
        }
    }

    /// Arabic text from the article: right-aligned in both interfaces.
    pub fn arabic(self) -> How {
        How {
            right: true,
            ..self.corpus()
        }
    }
}

/// How a one-line string is laid out: the bidi mode, its base direction
/// and whether it is aligned to the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct How {
    pub mode: BidiMode,
    pub dir: Direction,
    pub right: bool,
}

/// Draws a one-line label (corpus text or an interface string) through the
/// text engine. Returns the cells used.
#[allow(clippy::too_many_arguments)]
pub fn label(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    text: &str,
    style: Style,
    how: How,
) -> u16 {
    if width == 0 {
        return 0;
    }
    let v = layout_label_dir(text, usize::from(width), how.mode, how.dir);
    placed(buf, x, y, width, v, style, how.right)
}

/// Draws a laid-out line at (x, y) in `width` cells, against the right
/// edge when `right` (an Arabic interface) and the left one otherwise.
/// Returns the cells the glyphs take.
pub fn placed(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    mut v: VisualLine,
    style: Style,
    right: bool,
) -> u16 {
    let used = v.width() as u16;
    v.indent = if right { width.saturating_sub(used) } else { 0 };
    line(buf, x, y, width, &v, style, &|_| None);
    used
}

/// A row of columns laid out in reading order: left to right in English,
/// right to left in Arabic. Each column is (width, text, style, how); a
/// width of 0 takes what is left.
pub fn columns(buf: &mut Buffer, area: Rect, y: u16, cols: &[(u16, &str, Style, How)]) {
    let fixed: u16 = cols.iter().map(|c| c.0 + 1).sum();
    let flexible = area.width.saturating_sub(fixed);
    let rtl = cols.first().is_some_and(|c| c.3.right);
    let mut offset = 0u16;
    for (w, text, style, how) in cols {
        let w = if *w == 0 { flexible } else { *w }.min(area.width.saturating_sub(offset));
        let x = if rtl {
            area.x + area.width.saturating_sub(offset + w)
        } else {
            area.x + offset
        };
        label(buf, x, y, w, text, *style, *how);
        offset += w + 1;
    }
}

/// Draws a [`Label`] (interface text with isolated values and key names)
/// on one line, cut at its logical end when too long. Returns the cells used.
pub fn label_parts(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    text: &Label,
    style: Style,
    how: How,
) -> u16 {
    if area.width == 0 {
        return 0;
    }
    let v = layout_label_parts(text, usize::from(area.width), how.mode, how.dir);
    placed(buf, area.x, y, area.width, v, style, how.right)
}

/// Draws a [`Label`] wrapped to the area's width, never cut; returns the
/// rows it needs (it draws only those inside the area).
pub fn label_wrapped(buf: &mut Buffer, area: Rect, text: &Label, style: Style, how: How) -> u16 {
    let lines = wrap_label(text, usize::from(area.width.max(1)), how.mode, how.dir);
    let rows = lines.len() as u16;
    for (i, v) in lines.into_iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        placed(buf, area.x, y, area.width, v, style, how.right);
    }
    rows
}

/// Draws text wrapped by the text engine inside `area` (each paragraph with
/// its own direction), from the top or centred vertically, clipped to the
/// area.
pub fn wrapped(buf: &mut Buffer, area: Rect, text: &str, mode: BidiMode, centre: bool) {
    let lines = layout(
        text,
        &LayoutOptions {
            width: area.width as usize,
            mode,
        },
    );
    let top = if centre {
        area.height.saturating_sub(lines.len() as u16) / 2
    } else {
        0
    };
    for (i, v) in lines.iter().enumerate() {
        let y = area.y + top + i as u16;
        if y >= area.bottom() {
            break;
        }
        line(buf, area.x, y, area.width, v, Style::new(), &|_| None);
    }
}
