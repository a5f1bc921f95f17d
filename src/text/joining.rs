//! Arabic joining: the letter table and the shaping of one run, in one pass.
//!
//! This does what ar-reshaper's `reshape` does with our configuration
//! (harakat kept in place, tatweel kept, the four lam-alef ligatures on, the
//! ALLAH ligature off), char for char, but without its costs: the crate
//! finds every letter by a linear scan of its 78-entry table (three or four
//! scans per letter), keeps harakat in a `BTreeMap` of `Vec`s, builds three
//! strings per call and looks for each ligature with a substring searcher
//! whose match offsets it turns into char counts from the start of the run.
//! That was a third of the `bidi` filter's time (docs/performance.md).
//!
//! Here the crate's own letter data ([`LETTERS_ARABIC`]) is put, at compile
//! time, into an array indexed by the letter (U+0600–U+06FF), the joining
//! forms are decided in the crate's order with the crate's rules, and the
//! result is written straight into the [`Mapped`] output with each char's
//! original range: the alignment `shape` did on the crate's string is
//! implied. The test module of `shape` compares the two on every letter,
//! every pair of letters, the bundled articles and random text.

use std::ops::Range;

use ar_reshaper::form::Forms;
use ar_reshaper::letters::letters_db::{LETTERS_ARABIC, ZWJ};

use super::mapped::Mapped;
use super::visual::is_presentation_form;

/// The first letter of the indexed block.
const BLOCK_START: u32 = 0x0600;
/// Letters in the indexed block (U+0600–U+06FF).
const BLOCK_LEN: usize = 0x100;

/// ar-reshaper's forms of every letter of the block, `None` for a char
/// that is not one of its letters; built at compile time from the crate's
/// table, which holds no letter outside the block but ZWJ (left out on
/// purpose: the crate drops it from its output while still indexing
/// ligatures by input position). A version of the crate that adds one
/// does not compile until this table knows where to put it.
static TABLE: [Option<Forms>; BLOCK_LEN] = {
    let mut table = [None; BLOCK_LEN];
    let mut k = 0;
    while k < LETTERS_ARABIC.len() {
        let (c, forms) = LETTERS_ARABIC[k];
        let u = c as u32;
        if u >= BLOCK_START && u < BLOCK_START + BLOCK_LEN as u32 {
            table[(u - BLOCK_START) as usize] = Some(forms);
        } else {
            assert!(c == ZWJ, "a letter of ar-reshaper outside U+0600–U+06FF");
        }
        k += 1;
    }
    table
};

/// The forms of `c` if ar-reshaper shapes it.
pub(crate) fn forms(c: char) -> Option<Forms> {
    let i = (c as u32).wrapping_sub(BLOCK_START) as usize;
    TABLE.get(i).copied().flatten()
}

/// The marks ar-reshaper treats as harakat (its `HARAKAT_RE`): they attach
/// to the letter before them.
pub(crate) fn is_haraka(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D4}'..='\u{08FF}')
}

/// A joining form, as ar-reshaper names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Isolated,
    Initial,
    Medial,
    Final,
}

fn form_char(f: &Forms, form: Form) -> char {
    match form {
        Form::Isolated => f.isolated,
        Form::Initial => f.initial,
        Form::Medial => f.medial,
        Form::Final => f.end,
    }
}

const LAM: char = '\u{0644}';

/// The isolated and final lam-alef ligature for the alef that follows a
/// lam (ar-reshaper's four default ligatures; they have no initial or
/// medial form).
fn lam_alef(alef: char) -> Option<(char, char)> {
    match alef {
        '\u{0627}' => Some(('\u{FEFB}', '\u{FEFC}')),
        '\u{0623}' => Some(('\u{FEF7}', '\u{FEF8}')),
        '\u{0625}' => Some(('\u{FEF9}', '\u{FEFA}')),
        '\u{0622}' => Some(('\u{FEF5}', '\u{FEF6}')),
        _ => None,
    }
}

/// One letter of a run: the char, its forms, its place in the run, and
/// what is drawn for it.
#[derive(Clone, Copy)]
struct Letter {
    c: char,
    forms: Forms,
    at: usize,
    form: Form,
    /// The lam-alef char when this lam starts a ligature; `'\0'` otherwise.
    ligature: char,
    /// The alef of a ligature: drawn by the lam before it.
    joined: bool,
}

/// Reused between runs so that a paragraph allocates once.
#[derive(Default)]
pub(crate) struct Joiner {
    letters: Vec<Letter>,
}

impl Joiner {
    /// Shapes one run (starts with a letter; letters of the table and
    /// harakat only) into `out`, each char with its original range: the
    /// crate's output for it, aligned. When that output would not be a
    /// presentation form or the letter itself for every letter (a form the
    /// table leaves empty), the run goes out unshaped, as the alignment of
    /// the crate's string did.
    pub(crate) fn shape_run(&mut self, run: &[char], src: &[Range<usize>], out: &mut Mapped) {
        // `src` is empty when `out` keeps no map: every range is then empty.
        let src_at = |i: usize| src.get(i).cloned().unwrap_or_default();
        if !self.join(run) {
            for (i, c) in run.iter().enumerate() {
                out.push(*c, src_at(i));
            }
            return;
        }
        let mut next = self.letters.iter().peekable();
        for (i, c) in run.iter().enumerate() {
            let r = src_at(i);
            let Some(letter) = next.next_if(|l| l.at == i) else {
                out.push(*c, r);
                continue;
            };
            if letter.joined {
                continue;
            }
            if letter.ligature != '\0' {
                let end = next.peek().map_or(r.end, |alef| src_at(alef.at).end);
                out.push(letter.ligature, r.start..end);
            } else {
                out.push(form_char(&letter.forms, letter.form), r);
            }
        }
    }

    /// Decides every letter's form and ligature, as ar-reshaper does;
    /// false if some letter would come out as neither a presentation form
    /// nor itself.
    fn join(&mut self, run: &[char]) -> bool {
        self.letters.clear();
        for (at, &c) in run.iter().enumerate() {
            if is_haraka(c) {
                continue;
            }
            let Some(forms) = self::forms(c) else {
                return false;
            };
            let mut form = Form::Isolated;
            if let Some(prev) = self.letters.last_mut() {
                let before = forms.end != '\0' || forms.medial != '\0';
                let after = prev.forms.initial != '\0' || prev.forms.medial != '\0';
                // A final letter can become medial only if it has that form.
                let both = prev.forms.medial != '\0';
                if before && after && (prev.form != Form::Final || both) {
                    prev.form = if prev.form == Form::Isolated {
                        Form::Initial
                    } else {
                        Form::Medial
                    };
                    form = Form::Final;
                }
            }
            self.letters.push(Letter {
                c,
                forms,
                at,
                form,
                ligature: '\0',
                joined: false,
            });
        }
        for k in 1..self.letters.len() {
            let (lam, alef) = (self.letters[k - 1], self.letters[k]);
            if lam.c != LAM || lam.joined {
                continue;
            }
            let Some((isolated, end)) = lam_alef(alef.c) else {
                continue;
            };
            // ar-reshaper's table of the ligature's form from the forms of
            // its first and last letter; these ligatures have only two.
            let starts = matches!(lam.form, Form::Isolated | Form::Initial);
            let ends = matches!(alef.form, Form::Isolated | Form::Final);
            let ligature = match (starts, ends) {
                (true, true) => isolated,
                (false, true) => end,
                _ => continue,
            };
            self.letters[k - 1].ligature = ligature;
            self.letters[k].joined = true;
        }
        self.letters.iter().all(|l| {
            let o = if l.ligature != '\0' {
                l.ligature
            } else {
                form_char(&l.forms, l.form)
            };
            l.joined || o == l.c || is_presentation_form(o)
        })
    }
}
