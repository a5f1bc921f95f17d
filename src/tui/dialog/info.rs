//! `i`: the whole record of what is selected — an event (from the
//! timeline), an article (from the article pane) or a figure (from the
//! casualty pane) — wrapped and scrollable, with its actors, places,
//! related events, figures and passages each a line that Enter follows.
//!
//! The lines are built when drawn (see `i18n::info_lines`), so the
//! language toggle rewords them; the dialog keeps only what it shows, the
//! selected link and the scroll.

use crate::corpus::Timeline;
use crate::text::{Label, VisualLine, wrap_label};
use crate::tui::action::Action;
use crate::tui::dialog::{Outcome, inner_width, popup, text_line};
use crate::tui::draw::{self, Look};
use crate::tui::i18n::{self, InfoLine, InfoStyle};
use crate::tui::scroll::scrollbar;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use std::sync::Arc;

/// What the dialog describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Event(usize),
    Article(usize),
    Claim(usize),
    /// Every conflict and consistent difference of the casualty pane's
    /// view, taken when the dialog opened.
    Relations(Arc<Vec<Relation>>),
}

/// One relation between figures, as the relations record lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// Figures that cannot all be right (else: they differ but can).
    pub conflict: bool,
    pub message_en: String,
    pub message_ar: String,
    /// The first figure it names (index into `Timeline::claims`).
    pub claim: usize,
}

impl Relation {
    /// The relations of a comparison: conflicts first.
    pub fn all_of(c: &crate::compare::Comparison) -> Vec<Relation> {
        let of = |x: &crate::compare::Conflict, conflict| Relation {
            conflict,
            message_en: x.message_en.clone(),
            message_ar: x.message_ar.clone(),
            claim: x.claims.first().copied().unwrap_or(0),
        };
        c.conflicts
            .iter()
            .map(|x| of(x, true))
            .chain(c.consistent.iter().map(|x| of(x, false)))
            .collect()
    }
}

/// Where a line of the record leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// The events of an actor or a place.
    Entity(usize),
    Event(usize),
    Claim(usize),
    /// A passage: an event's source (event, index into its sources).
    Source(usize, usize),
    /// A figure's passage (claim, index into its sources).
    ClaimSource(usize, usize),
}

#[derive(Debug, Clone)]
pub struct InfoDialog {
    pub subject: Subject,
    /// The selected link, counted over the record's links.
    pub cursor: usize,
    /// First screen line shown.
    pub scroll: usize,
}

/// Widest the box gets.
const WIDTH: u16 = 96;

/// A record laid out at a width: each screen line, and the link it belongs
/// to (an index into the links), if any.
struct Laid {
    lines: Vec<(VisualLine, InfoStyle, Option<usize>)>,
    links: Vec<Link>,
}

fn lay_out(t: &Timeline, subject: &Subject, width: u16, look: Look) -> Laid {
    let how = look.ui();
    let mut lines = Vec::new();
    let mut links = Vec::new();
    for InfoLine { text, style, link } in i18n::info_lines(look.lang, t, subject) {
        let index = link.map(|l| {
            links.push(l);
            links.len() - 1
        });
        let text = if index.is_some() {
            Label::new().ui("▸ ").and(text)
        } else {
            text
        };
        for v in wrap_label(&text, usize::from(width.max(1)), how.mode, how.dir) {
            lines.push((v, style, index));
        }
    }
    Laid { lines, links }
}

impl InfoDialog {
    pub fn new(subject: Subject) -> InfoDialog {
        InfoDialog {
            subject,
            cursor: 0,
            scroll: 0,
        }
    }

    /// j/k choose a link (the view follows it), PgUp/PgDn scroll, Enter
    /// follows the chosen link.
    pub fn handle(&mut self, action: &Action, t: &Timeline, area: Rect, look: Look) -> Outcome {
        let (width, visible) = geometry(area);
        let laid = lay_out(t, &self.subject, width, look);
        let n = laid.links.len();
        let max_scroll = laid.lines.len().saturating_sub(visible);
        match action {
            Action::Close => return Outcome::Close,
            Action::Submit => {
                return laid
                    .links
                    .get(self.cursor)
                    .map_or(Outcome::Stay, |l| Outcome::Follow(*l));
            }
            Action::Down if n > 0 => self.cursor = (self.cursor + 1).min(n - 1),
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Top => {
                self.cursor = 0;
                self.scroll = 0;
                return Outcome::Stay;
            }
            Action::Bottom => {
                self.cursor = n.saturating_sub(1);
                self.scroll = max_scroll;
                return Outcome::Stay;
            }
            Action::PageDown => {
                self.scroll = (self.scroll + visible.saturating_sub(1).max(1)).min(max_scroll);
                return Outcome::Stay;
            }
            Action::PageUp => {
                self.scroll = self.scroll.saturating_sub(visible.saturating_sub(1).max(1));
                return Outcome::Stay;
            }
            _ => return Outcome::Stay,
        }
        // Keep the chosen link on screen.
        if let Some(first) = laid.lines.iter().position(|l| l.2 == Some(self.cursor)) {
            let last = laid
                .lines
                .iter()
                .rposition(|l| l.2 == Some(self.cursor))
                .unwrap_or(first);
            if first < self.scroll {
                self.scroll = first;
            } else if last >= self.scroll + visible {
                self.scroll = (last + 1).saturating_sub(visible);
            }
        }
        Outcome::Stay
    }

    /// Keeps the scroll inside the record after a resize.
    pub fn settle(&mut self, t: &Timeline, area: Rect, look: Look) {
        let (width, visible) = geometry(area);
        let laid = lay_out(t, &self.subject, width, look);
        self.scroll = self.scroll.min(laid.lines.len().saturating_sub(visible));
        self.cursor = self.cursor.min(laid.links.len().saturating_sub(1));
    }

    pub fn draw(&self, t: &Timeline, hints: Label, look: Look, f: &mut Frame, area: Rect) {
        let (width, visible) = geometry(area);
        let laid = lay_out(t, &self.subject, width, look);
        let rows = (laid.lines.len().min(visible) + 1) as u16;
        let title = i18n::info_title(look.lang, &self.subject);
        let inner = popup(f, area, &title, WIDTH, rows, look);
        let shown = visible.min(usize::from(inner.height.saturating_sub(1)));
        let body = Rect {
            width: inner.width.saturating_sub(1),
            ..inner
        };
        for (i, (v, style, link)) in laid.lines.iter().skip(self.scroll).take(shown).enumerate() {
            let mut style = style_of(*style);
            if link.is_some() {
                style = style.add_modifier(Modifier::UNDERLINED);
            }
            if *link == Some(self.cursor) {
                style = draw::selected();
            }
            let y = body.y + i as u16;
            draw::placed(
                f.buffer_mut(),
                body.x,
                y,
                body.width,
                v.clone(),
                style,
                look.rtl(),
            );
        }
        text_line(f, inner, shown as u16, &hints, draw::muted(), look);
        let area = Rect {
            height: shown as u16,
            ..inner
        };
        scrollbar(f, area, laid.lines.len(), shown, self.scroll);
    }
}

/// A record laid out at `width` without its links, for a pane that shows it
/// where it has room (the casualty pane of an event with no figures).
pub fn record_lines(
    t: &Timeline,
    subject: &Subject,
    width: u16,
    look: Look,
) -> Vec<(VisualLine, Style)> {
    lay_out(t, subject, width, look)
        .lines
        .into_iter()
        .map(|(v, style, _)| (v, style_of(style)))
        .collect()
}

fn style_of(style: InfoStyle) -> Style {
    match style {
        InfoStyle::Heading => draw::heading(),
        InfoStyle::Text => Style::new(),
        InfoStyle::Muted => draw::muted(),
        InfoStyle::Quote => Style::new().add_modifier(Modifier::BOLD),
    }
}

/// The width the record is wrapped to, and the lines shown at once.
fn geometry(area: Rect) -> (u16, usize) {
    let width = inner_width(area, WIDTH).saturating_sub(1);
    let visible = usize::from(area.height.saturating_sub(5)).max(1);
    (width, visible)
}
