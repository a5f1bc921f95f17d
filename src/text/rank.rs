//! Substring searchers that know Arabic text.
//!
//! `memchr::memmem` looks for the two bytes of a needle it guesses to be
//! rarest, with a table of byte frequencies made for English and code,
//! where every byte above 0x7F counts as rare. In Arabic UTF-8 those are
//! the commonest bytes of all (every letter starts with 0xD8 or 0xD9), so
//! its prefilter kept stopping and the search crawled. The table here is
//! the byte frequencies of the bundled Arabic articles, so the prefilter
//! picks bytes that really are rare in news Arabic (the second byte of a
//! rare letter, a digit, a Latin letter).

use memchr::arch::all::packedpair::HeuristicFrequencyRank;
use memchr::memmem::{Finder, FinderBuilder};
use std::sync::OnceLock;

struct ArabicNews(&'static [u8; 256]);

impl HeuristicFrequencyRank for ArabicNews {
    fn rank(&self, byte: u8) -> u8 {
        self.0[usize::from(byte)]
    }
}

/// The byte ranks: 255 for the commonest byte of the bundled articles, 0
/// for a byte they never use.
fn ranks() -> &'static [u8; 256] {
    static RANKS: OnceLock<[u8; 256]> = OnceLock::new();
    RANKS.get_or_init(|| {
        let mut counts = [0u64; 256];
        for (name, bytes) in crate::corpus::source::FILES {
            if name.ends_with(".txt") {
                for &b in bytes {
                    counts[usize::from(b)] += 1;
                }
            }
        }
        let max = counts.iter().copied().max().unwrap_or(1).max(1);
        let mut ranks = [0u8; 256];
        for (r, c) in ranks.iter_mut().zip(counts) {
            // Square root: the prefilter needs the order of the rare
            // bytes more than that of the common ones.
            let scaled = ((c as f64 / max as f64).sqrt() * 255.0).round();
            *r = scaled.clamp(0.0, 255.0) as u8;
        }
        ranks
    })
}

/// A forward searcher for `needle` tuned to Arabic text.
pub fn finder(needle: &[u8]) -> Finder<'_> {
    FinderBuilder::new().build_forward_with_ranker(ArabicNews(ranks()), needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_the_default_finder_finds() {
        let text = "قال المتحدث إن القتال مستمر في ناغورنو كاراباخ، وأضاف أن القتال مستمر 874";
        for needle in ["القتال مستمر", "874", "ناغورنو", "غائب", "،", "a"] {
            let ours: Vec<usize> = finder(needle.as_bytes())
                .find_iter(text.as_bytes())
                .collect();
            let theirs: Vec<usize> = Finder::new(needle).find_iter(text.as_bytes()).collect();
            assert_eq!(ours, theirs, "{needle}");
        }
        // Arabic letters' lead bytes are common, a digit is rare.
        assert!(ranks()[0xD8] > ranks()[usize::from(b'7')]);
    }
}
