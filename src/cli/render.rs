//! Text meant for reading (`list`, `claims` and `quote` in text format, and
//! error messages) laid out for where it goes.
//!
//! - **Not a terminal** (a pipe, a file): logical order, exactly as the
//!   command produced it, whatever `--bidi` says. A pipe's reader is a
//!   program (`grep`, a script, an editor) that needs the text as written;
//!   visual order means something only on a screen, and `bidi` is the
//!   command that produces it on purpose.
//! - **A terminal**: `--bidi` as the TUI reads it, `auto` resolved by
//!   [`resolve_auto`] (app, unless the environment names a terminal that
//!   always reorders: Konsole, mlterm, Terminal.app → terminal):
//!   - `app`: the text engine shapes and reorders each line and wraps it
//!     at the terminal's width (so a long Arabic line wraps in reading
//!     order instead of being cut by the terminal), with `CSI 8 l` before
//!     and `CSI 8 h` after, so that a terminal that reorders by itself but
//!     can be told not to (VTE, mintty) draws our lines as sent, and the
//!     shell after us gets the default mode back;
//!   - `terminal`: logical order, unshaped, wrapped, right-to-left lines
//!     right-aligned: the terminal shapes and reorders;
//!   - `off`: as for a pipe.
//!
//! A line is a [`Label`]: interface text, with values from the corpus as
//! bidi isolates, in the interface's direction (so an Arabic title keeps
//! its place in an English line and the other way round), or a paragraph
//! of corpus text in its own direction. Every mode sanitizes: nothing from
//! the corpus drives the terminal.

use crate::cli::{Ctx, Output};
use crate::lang::Lang;
use crate::text::{
    BidiMode, Direction, ENTER_EXPLICIT, LEAVE_EXPLICIT, Label, layout_label_parts, resolve_auto,
    sanitize, wrap_label,
};

/// Width used on a terminal whose size cannot be read.
const FALLBACK_WIDTH: usize = 80;

/// One line of readable output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLine {
    pub label: Label,
    pub dir: Direction,
}

impl TextLine {
    /// A line of the interface: in its language's direction.
    pub fn ui(lang: Lang, label: Label) -> TextLine {
        let dir = match lang {
            Lang::En => Direction::Ltr,
            Lang::Ar => Direction::Rtl,
        };
        TextLine { label, dir }
    }

    /// A paragraph of corpus text (a quote): in its own direction.
    pub fn paragraph(text: &str) -> TextLine {
        TextLine {
            label: Label::new().value(text),
            dir: Direction::Auto,
        }
    }

    /// Interface lines from text that holds several (`\n`-separated, the
    /// last one ended or not).
    pub fn lines_of(lang: Lang, text: &str) -> Vec<TextLine> {
        let body = text.strip_suffix('\n').unwrap_or(text);
        if text.is_empty() {
            return Vec::new();
        }
        body.split('\n')
            .map(|l| TextLine::ui(lang, Label::from(l)))
            .collect()
    }

    pub fn blank() -> TextLine {
        TextLine {
            label: Label::new(),
            dir: Direction::Auto,
        }
    }

    /// The line in logical order, sanitized: what a pipe gets.
    pub fn plain(&self) -> String {
        sanitize(&self.label.plain()).into_owned()
    }
}

/// How readable text is laid out for one output stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Logical order, one line per line: pipes, files, `--bidi off`.
    Logical,
    /// Laid out by the engine in `mode` (app or terminal) at `width` cells.
    Laid { mode: BidiMode, width: usize },
}

impl Screen {
    /// The layout for a stream: `bidi` as given on the command line,
    /// `is_tty` whether the stream is a terminal, `env` to resolve `auto`.
    pub fn resolve(
        bidi: BidiMode,
        is_tty: bool,
        width: usize,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Screen {
        if !is_tty {
            return Screen::Logical;
        }
        match bidi {
            BidiMode::Auto => Screen::resolve(resolve_auto(env, true), true, width, env),
            BidiMode::Off => Screen::Logical,
            mode => Screen::Laid {
                mode,
                width: width.max(1),
            },
        }
    }

    /// The layout for this program's stdout.
    pub fn stdout(ctx: &Ctx, out: &Output) -> Screen {
        let tty = out.out_is_terminal();
        Screen::resolve(ctx.bidi, tty, terminal_width(tty), &|k| {
            std::env::var(k).ok()
        })
    }

    /// The layout for this program's stderr (messages are not wrapped).
    pub fn stderr(ctx: &Ctx, out: &Output) -> Screen {
        let tty = out.err_is_terminal();
        Screen::resolve(ctx.bidi, tty, usize::MAX, &|k| std::env::var(k).ok())
    }

    /// The lines as they should be written, each ending in `\n`.
    pub fn render(&self, lines: &[TextLine]) -> String {
        let mut out = String::new();
        let Screen::Laid { mode, width } = *self else {
            for l in lines {
                out += &l.plain();
                out.push('\n');
            }
            return out;
        };
        if mode == BidiMode::App {
            out += ENTER_EXPLICIT;
        }
        for l in lines {
            if l.label.is_empty() {
                out.push('\n');
                continue;
            }
            // Not trimmed: an RTL line's padding on the right is the
            // logical start of the line (an indent), not trailing space.
            for v in wrap_label(&l.label, width, mode, l.dir) {
                out += &v.text();
                out.push('\n');
            }
        }
        if mode == BidiMode::App {
            out += LEAVE_EXPLICIT;
        }
        out
    }

    /// One message line (an error, its controls already escaped visibly),
    /// laid out on one line without wrapping or cutting, in the
    /// interface's direction.
    pub fn message(&self, lang: Lang, text: &str) -> String {
        match *self {
            Screen::Logical => sanitize(text).into_owned(),
            Screen::Laid { mode, .. } => {
                let line = TextLine::ui(lang, Label::from(text));
                let width = crate::text::display_width(&line.plain()).max(1);
                let v = layout_label_parts(&line.label, width, mode, line.dir);
                let text = v.text();
                match mode {
                    BidiMode::App => format!("{ENTER_EXPLICIT}{text}{LEAVE_EXPLICIT}"),
                    _ => text,
                }
            }
        }
    }
}

/// The terminal's width in cells when `tty`, else the fallback.
fn terminal_width(tty: bool) -> usize {
    let size = tty.then(crossterm::terminal::size).and_then(Result::ok);
    match size {
        Some((cols, _)) if cols > 0 => usize::from(cols),
        _ => FALLBACK_WIDTH,
    }
}

/// Writes readable lines to stdout, laid out for it.
pub fn print(ctx: &Ctx, out: &mut Output, lines: &[TextLine]) {
    let screen = Screen::stdout(ctx, out);
    out.data(&screen.render(lines));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn pipes_get_logical_order_whatever_the_mode() {
        for mode in [
            BidiMode::Auto,
            BidiMode::App,
            BidiMode::Terminal,
            BidiMode::Off,
        ] {
            assert_eq!(Screen::resolve(mode, false, 80, &none), Screen::Logical);
        }
        assert_eq!(
            Screen::resolve(BidiMode::Off, true, 80, &none),
            Screen::Logical
        );
    }

    #[test]
    fn auto_on_a_terminal_follows_the_environment() {
        let app = Screen::Laid {
            mode: BidiMode::App,
            width: 80,
        };
        assert_eq!(Screen::resolve(BidiMode::Auto, true, 80, &none), app);
        let konsole = |k: &str| (k == "KONSOLE_VERSION").then(|| "230804".to_string());
        assert_eq!(
            Screen::resolve(BidiMode::Auto, true, 80, &konsole),
            Screen::Laid {
                mode: BidiMode::Terminal,
                width: 80
            }
        );
    }

    #[test]
    fn logical_output_is_the_plain_labels() {
        let lines = [
            TextLine::ui(Lang::En, Label::from("title: ").value("قره باغ")),
            TextLine::blank(),
            TextLine::paragraph("a\u{1b}[2Jb"),
        ];
        assert_eq!(Screen::Logical.render(&lines), "title: قره باغ\n\na[2Jb\n");
    }
}
