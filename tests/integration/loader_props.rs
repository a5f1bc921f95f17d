//! The loader never panics, whatever bytes it is given.

use karabakh_timeline::corpus::{CorpusSource, load};
use proptest::prelude::*;
use std::io;

struct Memory {
    annotations: Vec<u8>,
    article: Vec<u8>,
}

impl CorpusSource for Memory {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        match name {
            "annotations.json" => Ok(self.annotations.clone()),
            "article.txt" => Ok(self.article.clone()),
            _ => Err(io::Error::new(io::ErrorKind::NotFound, "no such file")),
        }
    }
    fn display(&self, name: &str) -> String {
        name.to_string()
    }
}

const VALID: &str = include_str!("../fixtures/valid/annotations.json");
const ARTICLE: &str = include_str!("../fixtures/valid/article.txt");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic(annotations in proptest::collection::vec(any::<u8>(), 0..400),
                                   article in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = load(&Memory { annotations, article });
    }

    /// Mutating one character of a valid file yields Ok or positioned
    /// problems, never a panic; problems always carry a position or file.
    #[test]
    fn mutated_valid_files_never_panic(pos in 0usize..VALID.len(), c in any::<char>(),
                                       cut in 0usize..ARTICLE.len()) {
        let mut s: String = VALID.to_string();
        let mut p = pos;
        while !s.is_char_boundary(p) { p -= 1; }
        s.replace_range(p..(p + s[p..].chars().next().map_or(0, char::len_utf8)), &c.to_string());
        let mut a = ARTICLE.as_bytes().to_vec();
        a.truncate(cut);
        if let Err(problems) = load(&Memory { annotations: s.into_bytes(), article: a }) {
            prop_assert!(!problems.0.is_empty());
            for p in &problems.0 {
                prop_assert!(!p.to_string().contains('\x1b'), "raw ESC in {}", p);
            }
        }
    }
}
