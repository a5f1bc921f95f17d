//! The corpus loader: any bytes as `annotations.json` and as the article it
//! names, through the real `load`. Checks, besides "no panic": a load that
//! succeeds gives quotes that are exact substrings of their articles, and a
//! load that fails says where, with no control character in any message.
//!
//! Input layout: the first byte splits the rest into the annotation file
//! and the article (the split point is that byte's share of the length).

#![no_main]

use karabakh_timeline::corpus::{CorpusSource, load};
use libfuzzer_sys::fuzz_target;
use std::io;

struct Memory<'a> {
    annotations: &'a [u8],
    article: &'a [u8],
}

impl CorpusSource for Memory<'_> {
    fn read(&self, name: &str) -> io::Result<Vec<u8>> {
        match name {
            "annotations.json" => Ok(self.annotations.to_vec()),
            "article.txt" => Ok(self.article.to_vec()),
            _ => Err(io::Error::new(io::ErrorKind::NotFound, "no such file")),
        }
    }
    fn display(&self, name: &str) -> String {
        name.to_string()
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&split, rest)) = data.split_first() else {
        return;
    };
    let at = rest.len() * usize::from(split) / 255;
    let (annotations, article) = rest.split_at(at);
    match load(&Memory { annotations, article }) {
        Ok(t) => {
            for e in &t.events {
                for s in &e.sources {
                    assert_eq!(&t.articles[s.article].text[s.range.clone()], s.quote);
                }
            }
        }
        Err(problems) => {
            assert!(!problems.0.is_empty());
            for p in &problems.0 {
                let line = p.to_string();
                assert!(!line.chars().any(|c| c.is_control()), "{line:?}");
            }
        }
    }
});
