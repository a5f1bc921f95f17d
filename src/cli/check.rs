//! `check`: validate a corpus and report every problem.

use crate::cli::{EXIT_DATA, Output, load};
use std::path::Path;

pub fn run(dir: Option<&Path>, out: &mut Output) -> i32 {
    match load(dir, out) {
        Some(t) => {
            let quotes: usize = t.events.iter().map(|e| e.sources.len()).sum::<usize>()
                + t.claims.iter().map(|c| c.sources.len()).sum::<usize>();
            out.data(&format!(
                "corpus is valid: {} articles, {} entities, {} eras, {} events, {} claims, {} quotes resolved\n",
                t.articles.len(),
                t.entities.len(),
                t.eras.len(),
                t.events.len(),
                t.claims.len(),
                quotes
            ));
            0
        }
        None => EXIT_DATA,
    }
}
