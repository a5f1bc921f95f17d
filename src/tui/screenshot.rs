//! `screenshot`: the UI rendered headlessly after replaying keys, written
//! as text (the cells) or SVG (the cells with their colours, each at its
//! own position so no viewer re-shapes or re-orders the Arabic).

use crate::corpus::Timeline;
use crate::lang::Lang;
use crate::text::BidiMode;
use crate::tui::app::App;
use crate::tui::drive::{self, Io};
use crate::tui::keys::KeyScriptError;
use crate::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use std::fmt::Write;
use std::sync::Arc;

/// Builds the app at a size, presses the keys through the key table, and
/// renders one frame. Exports are dry runs: replaying keys never writes.
pub fn render(
    timeline: Arc<Timeline>,
    size: (u16, u16),
    keys_script: &str,
    lang: Lang,
    bidi: BidiMode,
) -> Result<Buffer, KeyScriptError> {
    let mut app = App::new(timeline, lang, bidi, size);
    drive::press(&mut app, keys_script, Io::DryRun)?;
    Ok(draw(&app, size))
}

/// Renders the app into a fresh buffer.
pub fn draw(app: &App, size: (u16, u16)) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(size.0, size.1)) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    let _ = terminal.draw(|f| view::view(app, f));
    terminal.backend().buffer().clone()
}

/// The cells as text, one line per row, trailing spaces kept.
pub fn to_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            out.push_str(sym);
            skip = crate::text::display_width(sym).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

const CELL_W: f32 = 9.0;
const CELL_H: f32 = 19.0;

fn rgb(c: Color, fallback: &str) -> String {
    match c {
        Color::Reset => fallback.to_string(),
        Color::Black => "#1e1e1e".into(),
        Color::Red => "#e06c75".into(),
        Color::Green => "#98c379".into(),
        Color::Yellow => "#e5c07b".into(),
        Color::Blue => "#61afef".into(),
        Color::Magenta => "#c678dd".into(),
        Color::Cyan => "#56b6c2".into(),
        Color::Gray => "#abb2bf".into(),
        Color::DarkGray => "#5c6370".into(),
        Color::White => "#ffffff".into(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        _ => fallback.to_string(),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The cells as SVG: backgrounds as rectangles, and text in runs of cells
/// of one style where every character carries its own x position (so each
/// cell is drawn where the terminal has it, with `unicode-bidi:
/// bidi-override` so no viewer re-orders it). A cell holding several
/// characters (a letter with its harakat) gets an element of its own.
pub fn to_svg(buf: &Buffer) -> String {
    let (w, h) = (buf.area.width, buf.area.height);
    let (fg0, bg0) = ("#dcdfe4", "#282c34");
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="{}" height="{}" viewBox="0 0 {} {}" font-family="DejaVu Sans Mono, monospace" font-size="15">"#,
        w as f32 * CELL_W,
        h as f32 * CELL_H,
        w as f32 * CELL_W,
        h as f32 * CELL_H
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="{bg0}"/>"#);
    let _ = writeln!(
        s,
        r#"<style>text{{white-space:pre;direction:ltr;unicode-bidi:bidi-override}}</style>"#
    );
    for y in 0..h {
        let mut run: Option<(String, Vec<f32>, String)> = None;
        for x in 0..w {
            let cell = &buf[(x, y)];
            let mods = cell.modifier;
            let (mut fg, mut bg) = (rgb(cell.fg, fg0), rgb(cell.bg, bg0));
            if mods.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let (px, py) = (x as f32 * CELL_W, y as f32 * CELL_H);
            if bg != bg0 {
                let _ = writeln!(
                    s,
                    r#"<rect x="{px}" y="{py}" width="{CELL_W}" height="{CELL_H}" fill="{bg}"/>"#
                );
            }
            let sym = cell.symbol();
            let mut attrs = format!(r#" fill="{fg}""#);
            if mods.contains(Modifier::BOLD) {
                attrs.push_str(r#" font-weight="bold""#);
            }
            if mods.contains(Modifier::UNDERLINED) {
                attrs.push_str(r#" text-decoration="underline""#);
            }
            if mods.contains(Modifier::DIM) {
                attrs.push_str(r#" opacity="0.6""#);
            }
            let single = sym.chars().count() == 1;
            let joins = run.as_ref().is_some_and(|(a, _, _)| *a == attrs) && single;
            if !joins {
                flush(&mut s, run.take(), py);
            }
            if sym.is_empty() {
                continue;
            }
            if single {
                let r = run.get_or_insert_with(|| (attrs, Vec::new(), String::new()));
                r.1.push(px);
                r.2.push_str(sym);
            } else {
                flush(&mut s, Some((attrs, vec![px], sym.to_string())), py);
            }
        }
        flush(&mut s, run.take(), y as f32 * CELL_H);
    }
    s.push_str("</svg>\n");
    s
}

/// Writes one text element: the characters of a run, each at its x.
fn flush(s: &mut String, run: Option<(String, Vec<f32>, String)>, py: f32) {
    let Some((attrs, xs, text)) = run else { return };
    if text.trim().is_empty() {
        return;
    }
    let xs: Vec<String> = xs.iter().map(|x| x.to_string()).collect();
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}"{attrs}>{}</text>"#,
        xs.join(" "),
        py + CELL_H - 5.0,
        escape(&text)
    );
}
