//! `?`: every key, generated from the key table (the sections are handed in
//! by the caller, built by `keys::help`), one binding per entry with its
//! description wrapped — never cut, so no two entries can look alike — and
//! scrolled with the movement keys when it is longer than the screen.

use crate::text::{Label, VisualLine, display_width, wrap_label};
use crate::tui::action::Action;
use crate::tui::dialog::{Outcome, popup, text_line};
use crate::tui::draw::{self, Look};
use crate::tui::i18n;
use crate::tui::scroll::scrollbar;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// One key context's bindings, as help shows them.
#[derive(Debug, Clone)]
pub struct HelpSection {
    pub title: &'static str,
    pub rows: Vec<HelpRow>,
}

#[derive(Debug, Clone)]
pub struct HelpRow {
    /// The keys, written as they are pressed (`]`, `Alt-←/b`).
    pub keys: String,
    pub desc: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct HelpDialog {
    /// First line on screen.
    pub scroll: usize,
}

/// A line of the laid-out help.
enum Line<'a> {
    Heading(&'a str),
    /// A description line; the first of an entry carries its keys.
    Entry {
        keys: Option<&'a str>,
        desc: VisualLine,
    },
}

/// Widest the help box gets: wider lines are harder to read.
const MAX_WIDTH: u16 = 86;

impl HelpDialog {
    /// Scrolls with the movement keys; the closing keys close.
    pub fn handle(&mut self, action: &Action, total: usize, visible: usize) -> Outcome {
        let max = total.saturating_sub(visible);
        let page = visible.saturating_sub(1).max(1) as isize;
        let by: isize = match action {
            Action::Close => return Outcome::Close,
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -page,
            Action::PageDown => page,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => return Outcome::Stay,
        };
        self.scroll = (self.scroll as isize)
            .saturating_add(by)
            .clamp(0, max as isize) as usize;
        Outcome::Stay
    }

    /// Keeps the scroll within the content after a resize.
    pub fn settle(&mut self, total: usize, visible: usize) {
        self.scroll = self.scroll.min(total.saturating_sub(visible));
    }

    pub fn draw(&self, sections: &[HelpSection], look: Look, f: &mut Frame, area: Rect) {
        let (inner_w, visible) = geometry(area);
        let lines = layout(sections, inner_w, look);
        let rows = (lines.len().min(visible) + 1) as u16;
        let inner = popup(
            f,
            area,
            &i18n::help_title(look.lang).into(),
            MAX_WIDTH,
            rows,
            look,
        );
        let visible = visible.min(usize::from(inner.height.saturating_sub(1)));
        let key_w = key_width(sections, inner.width);
        let body = Rect {
            width: inner.width.saturating_sub(1),
            ..inner
        };
        let key_how = look.key();
        for (i, line) in lines.iter().skip(self.scroll).take(visible).enumerate() {
            let y = inner.y + i as u16;
            match line {
                Line::Heading(t) => {
                    text_line(f, body, i as u16, &(*t).into(), draw::heading(), look);
                }
                Line::Entry { keys, desc } => {
                    let (kx, dx) = if look.rtl() {
                        (body.right() - key_w, body.x)
                    } else {
                        (body.x, body.x + key_w + 1)
                    };
                    if let Some(k) = keys {
                        let bold = Style::new().add_modifier(Modifier::BOLD);
                        draw::label(f.buffer_mut(), kx, y, key_w, k, bold, key_how);
                    }
                    let w = body.width.saturating_sub(key_w + 1);
                    draw::placed(
                        f.buffer_mut(),
                        dx,
                        y,
                        w,
                        desc.clone(),
                        Style::new(),
                        look.rtl(),
                    );
                }
            }
        }
        let more = i18n::help_more(look.lang, self.scroll, visible, lines.len());
        text_line(f, body, visible as u16, &more, draw::muted(), look);
        scrollbar(
            f,
            Rect {
                height: visible as u16,
                ..inner
            },
            lines.len(),
            visible,
            self.scroll,
        );
    }
}

/// The inner width of the help box and the lines it shows at once.
pub fn geometry(area: Rect) -> (u16, usize) {
    let inner_w = MAX_WIDTH
        .min(area.width.saturating_sub(2))
        .saturating_sub(2);
    let visible = usize::from(area.height.saturating_sub(4))
        .saturating_sub(1)
        .max(1);
    (inner_w, visible)
}

/// How many lines the help has at the width of `area`, and how many show.
pub fn measure(sections: &[HelpSection], area: Rect, look: Look) -> (usize, usize) {
    let (inner_w, visible) = geometry(area);
    (layout(sections, inner_w, look).len(), visible)
}

/// The keys column: as wide as the widest keys, at most half the box.
fn key_width(sections: &[HelpSection], inner_w: u16) -> u16 {
    let widest = sections
        .iter()
        .flat_map(|s| &s.rows)
        .map(|r| display_width(&r.keys))
        .max()
        .unwrap_or(1) as u16;
    widest.min(inner_w / 2).max(1)
}

fn layout(sections: &[HelpSection], inner_w: u16, look: Look) -> Vec<Line<'_>> {
    let key_w = key_width(sections, inner_w);
    let desc_w = usize::from(inner_w.saturating_sub(key_w + 2)).max(8);
    let how = look.ui();
    let mut out = Vec::new();
    for (i, s) in sections.iter().enumerate() {
        if i > 0 {
            out.push(Line::Heading(""));
        }
        out.push(Line::Heading(s.title));
        for r in &s.rows {
            let wrapped = wrap_label(&Label::from(r.desc), desc_w, how.mode, how.dir);
            for (k, desc) in wrapped.into_iter().enumerate() {
                out.push(Line::Entry {
                    keys: (k == 0).then_some(r.keys.as_str()),
                    desc,
                });
            }
        }
    }
    out
}
