//! `bidi`: the right-to-left text engine as a filter, logical lines in,
//! visual lines out (like fribidi).
//!
//! The input is read one paragraph (line) at a time and each is written out
//! as soon as it is laid out, with the same buffers for every paragraph, so
//! memory stays flat however large the input. A paragraph longer than
//! [`PIECE`] is laid out in pieces of about that size, each cut after a
//! space where there is one (as FriBidi's own `fribidi` command reads at
//! most 64 KiB of a line at a time): each piece starts a new visual line
//! and takes its own direction.

use crate::cli::{CliError, Ctx, Output};
use crate::corpus::source::{Start, utf8_from};
use crate::text::bidi_paragraph;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;

/// The most of one paragraph laid out at once.
pub const PIECE: usize = 64 * 1024;

/// Output is handed to stdout in blocks of about this size, not line by
/// line.
const BLOCK: usize = 64 * 1024;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Line width in cells; right-to-left paragraphs are right-aligned and padded to it
    #[arg(long, default_value_t = 80)]
    pub width: usize,
    /// The file to read (stdin when absent)
    pub file: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: &Args, out: &mut Output) -> Result<(), CliError> {
    let name = args
        .file
        .as_ref()
        .map_or("stdin".to_string(), |p| p.display().to_string());
    let cannot = |e: std::io::Error| CliError::data(format!("{name}: cannot read: {e}"));
    let input: Box<dyn Read> = match &args.file {
        Some(path) => Box::new(std::fs::File::open(path).map_err(cannot)?),
        None => Box::new(std::io::stdin()),
    };
    let mut input = BufReader::with_capacity(BLOCK, input);
    // A filter's output is meant to be looked at, so auto means app
    // unless the environment names a terminal that reorders by itself.
    let mode = ctx.bidi(true);
    let mut piece: Vec<u8> = Vec::new();
    let mut text = String::new();
    let mut at = Start::FILE;
    loop {
        let newline = read_piece(&mut input, &mut piece).map_err(cannot)?;
        if piece.is_empty() && !newline {
            break;
        }
        let cut = if newline { piece.len() } else { cut_at(&piece) };
        let body = &piece[..cut];
        let body = body.strip_suffix(b"\n").unwrap_or(body);
        let para = utf8_from(&name, body, at)?;
        bidi_paragraph(para, Some(args.width), mode, &mut text);
        if text.len() >= BLOCK {
            if !out.data(&text) {
                return Ok(());
            }
            text.clear();
        }
        at = if newline {
            Start {
                offset: at.offset + cut as u64,
                line: at.line + 1,
                col: 1,
            }
        } else {
            Start {
                offset: at.offset + cut as u64,
                col: at.col + para.chars().count(),
                ..at
            }
        };
        piece.drain(..cut);
    }
    out.data(&text);
    Ok(())
}

/// Reads on into `piece` up to the end of the line (true, `\n` included)
/// or until it holds [`PIECE`] bytes or the input ends (false).
fn read_piece(input: &mut impl BufRead, piece: &mut Vec<u8>) -> std::io::Result<bool> {
    while piece.len() < PIECE {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok(false);
        }
        let room = (PIECE - piece.len()).min(available.len());
        match memchr::memchr(b'\n', &available[..room]) {
            Some(i) => {
                piece.extend_from_slice(&available[..=i]);
                input.consume(i + 1);
                return Ok(true);
            }
            None => {
                piece.extend_from_slice(&available[..room]);
                input.consume(room);
            }
        }
    }
    Ok(false)
}

/// Where to cut a full piece of a longer line: after its last space in the
/// second half, else at its last char boundary (never inside a char).
fn cut_at(piece: &[u8]) -> usize {
    if piece.len() < PIECE {
        return piece.len();
    }
    if let Some(i) = memchr::memrchr(b' ', &piece[PIECE / 2..]) {
        return PIECE / 2 + i + 1;
    }
    let mut cut = piece.len();
    while cut > 0 && piece[cut - 1] & 0xC0 == 0x80 {
        cut -= 1;
    }
    // The lead byte of a char cut short goes to the next piece too.
    if cut > 0 && piece[cut - 1] >= 0xC0 {
        cut -= 1;
    }
    if cut == 0 { piece.len() } else { cut }
}
