//! Drafting events and casualty figures from an Arabic article that has no
//! annotations (SPEC 9): its publication date, every dated or datable
//! event and every loss figure, each tied to its exact words, with the
//! rule that produced it and a confidence. See `docs/extraction.md` for
//! the rules, the development-set scores and what is out of reach.
//!
//! Terminal-free, like the rest of the library. The pipeline:
//! [`doc`] folds the article and cuts it into tokens and sentences;
//! [`dates`] finds date expressions, [`resolve`] turns them into days
//! against the publication date ([`published`]); [`numbers`] reads
//! numbers, [`figures`] keeps those that count losses, [`parties`] links
//! them to the corpus's entities ([`gazetteer`]); [`events`] groups
//! clauses into events; [`assemble`] writes the [`draft`]; [`score`]
//! compares a draft with hand annotations.

pub mod assemble;
pub mod calendar;
pub mod claim_fields;
pub mod dates;
pub mod doc;
pub mod draft;
pub mod event_kinds;
pub mod events;
pub mod figures;
pub mod furniture;
pub mod gazetteer;
pub mod lexicon;
pub mod loss_words;
pub mod numbers;
pub mod parties;
pub mod published;
pub mod resolve;
pub mod score;

use crate::corpus::Era;
use chrono::NaiveDate;
pub use draft::Draft;
pub use gazetteer::Gazetteer;

/// Why an article cannot be drafted.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExtractError {
    #[error("{file}:{line}:{col}: not UTF-8 text (byte 0x{byte:02X} at offset {offset})")]
    NotUtf8 {
        file: String,
        line: usize,
        col: usize,
        byte: u8,
        offset: usize,
    },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error(
        "{file}: not an Arabic article ({arabic} of {letters} letters are Arabic); only Arabic articles can be drafted"
    )]
    NotArabic {
        file: String,
        arabic: usize,
        letters: usize,
    },
}

/// What drafting needs besides the text.
pub struct Options<'a> {
    /// The article's file name (its id is made from it).
    pub file: &'a str,
    /// The publication date, when the user gives it (`--published`); it
    /// wins over a date printed in the article.
    pub published: Option<NaiveDate>,
    pub gazetteer: &'a Gazetteer,
    /// The corpus's eras, to place each event in one.
    pub eras: &'a [Era],
}

/// At least this share of an article's letters must be Arabic.
const ARABIC_SHARE: f64 = 0.5;

/// Drafts an article from its bytes: refuses what is not UTF-8 text, an
/// empty file and a text that is not Arabic, each with one clear message.
pub fn extract_bytes(bytes: &[u8], opts: &Options) -> Result<Draft, ExtractError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let good = e.valid_up_to();
        let before = std::str::from_utf8(&bytes[..good]).unwrap_or("");
        ExtractError::NotUtf8 {
            file: opts.file.to_string(),
            line: before.matches('\n').count() + 1,
            col: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
            byte: bytes.get(good).copied().unwrap_or(0),
            offset: good,
        }
    })?;
    extract(text, opts)
}

/// Drafts an article from its text.
pub fn extract(text: &str, opts: &Options) -> Result<Draft, ExtractError> {
    check_language(text, opts.file)?;
    Ok(assemble::assemble(text, opts))
}

fn check_language(text: &str, file: &str) -> Result<(), ExtractError> {
    let text = text.trim_start_matches('\u{FEFF}');
    if text.trim().is_empty() {
        return Err(ExtractError::Empty {
            file: file.to_string(),
        });
    }
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let arabic = text
        .chars()
        .filter(|c| matches!(*c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF))
        .filter(|c| c.is_alphabetic())
        .count();
    if letters == 0 || (arabic as f64) < ARABIC_SHARE * letters as f64 {
        return Err(ExtractError::NotArabic {
            file: file.to_string(),
            arabic,
            letters,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts<'a>(g: &'a Gazetteer) -> Options<'a> {
        Options {
            file: "a.txt",
            published: None,
            gazetteer: g,
            eras: &[],
        }
    }

    #[test]
    fn refusals() {
        let g = Gazetteer::new(&[]);
        let o = opts(&g);
        assert_eq!(
            extract_bytes(b"\xd9\x82\xffabc", &o)
                .unwrap_err()
                .to_string(),
            "a.txt:1:2: not UTF-8 text (byte 0xFF at offset 2)"
        );
        assert_eq!(
            extract(" \n\t", &o).unwrap_err(),
            ExtractError::Empty {
                file: "a.txt".into()
            }
        );
        assert!(matches!(
            extract("The war in Nagorno-Karabakh killed 5,000 people.", &o),
            Err(ExtractError::NotArabic { .. })
        ));
        assert!(extract("قال الرئيس إن 5000 شخص قتلوا", &o).is_ok());
    }
}
