//! Text for the reference corpus, built from the bundled articles'
//! vocabulary: a first-order Markov chain over their words (and one over
//! the English titles and summaries of the bundled events), so generated
//! paragraphs have the words, the word lengths, the punctuation, the
//! digits and the Latin tokens of real Arabic news, and every article is
//! different from every other.

use fastrand::Rng;

/// A word chain: which words follow which, as seen in the seed texts.
pub struct Chain {
    words: Vec<String>,
    /// `next[w]`: the words seen after `w` (repeated as often as seen).
    next: Vec<Vec<u32>>,
    /// Words seen at the start of a sentence.
    starts: Vec<u32>,
}

/// Latin tokens an Arabic report carries: agencies, weapons, acronyms.
const LATIN: [&str; 14] = [
    "(AFP)",
    "(Reuters)",
    "EPA",
    "TASS",
    "OSCE",
    "Bayraktar TB2",
    "S-300",
    "Su-25",
    "Iskander-M",
    "BM-30 Smerch",
    "CNN",
    "Getty Images",
    "UNHCR",
    "ICRC",
];

fn ends_sentence(w: &str) -> bool {
    w.ends_with('.') || w.ends_with('؟') || w.ends_with('!')
}

impl Chain {
    /// Learns the chain from lines of text (one paragraph each).
    pub fn learn<'a>(lines: impl IntoIterator<Item = &'a str>) -> Chain {
        let mut chain = Chain {
            words: Vec::new(),
            next: Vec::new(),
            starts: Vec::new(),
        };
        let mut ids = std::collections::HashMap::new();
        for line in lines {
            let mut prev: Option<u32> = None;
            for w in line.split_whitespace() {
                let id = *ids.entry(w.to_string()).or_insert_with(|| {
                    chain.words.push(w.to_string());
                    chain.next.push(Vec::new());
                    (chain.words.len() - 1) as u32
                });
                match prev {
                    Some(p) if !ends_sentence(&chain.words[p as usize]) => {
                        chain.next[p as usize].push(id)
                    }
                    _ => chain.starts.push(id),
                }
                prev = Some(id);
            }
        }
        chain
    }

    /// One word, its digits replaced by a random number of as many digits
    /// (years 19xx/20xx kept), so figures and dates vary.
    fn word(&self, rng: &mut Rng, id: u32, out: &mut String) {
        let w = &self.words[id as usize];
        let digits = w.bytes().filter(u8::is_ascii_digit).count();
        let year = digits == 4 && (w.contains("19") || w.contains("20"));
        if digits == 0 || year {
            out.push_str(w);
            return;
        }
        let mut first = true;
        for c in w.chars() {
            if c.is_ascii_digit() {
                let d = if first { rng.u8(1..10) } else { rng.u8(0..10) };
                out.push(char::from(b'0' + d));
                first = false;
            } else {
                out.push(c);
            }
        }
    }

    /// A sentence of about `min..max` words, ended by its own punctuation
    /// or a full stop; with `stop` false, without the final punctuation (a
    /// title or a headline).
    pub fn sentence(&self, rng: &mut Rng, min: usize, max: usize, stop: bool) -> String {
        let mut out = String::new();
        let mut id = self.starts[rng.usize(..self.starts.len())];
        let len = rng.usize(min..=max);
        for n in 0.. {
            if n > 0 {
                out.push(' ');
            }
            if rng.u8(..100) < 2 {
                out.push_str(LATIN[rng.usize(..LATIN.len())]);
                out.push(' ');
            }
            self.word(rng, id, &mut out);
            let w = &self.words[id as usize];
            let follow = &self.next[id as usize];
            if (ends_sentence(w) && n + 1 >= min) || n + 1 >= len || follow.is_empty() {
                break;
            }
            id = follow[rng.usize(..follow.len())];
        }
        let trimmed = out.trim_end_matches(['.', '،', ',', '؛', ':', '!', '؟']);
        let mut s = trimmed.to_string();
        if stop {
            s.push('.');
        }
        s
    }
}

/// The Arabic chain: the bundled articles' body lines.
pub fn arabic(bodies: &[String]) -> Chain {
    Chain::learn(
        bodies
            .iter()
            .flat_map(|t| t.lines())
            .filter(|l| l.split_whitespace().count() >= 6),
    )
}

/// The English chain: the bundled events' titles and summaries.
pub fn english(texts: &[String]) -> Chain {
    Chain::learn(texts.iter().map(String::as_str))
}

/// How often `quote` occurs in `text`, overlapping occurrences counted (as
/// the loader counts them), and which of them starts at `at` (1-based).
pub fn occurrence(text: &str, quote: &str, at: usize) -> (usize, usize) {
    let finder = memchr::memmem::Finder::new(quote.as_bytes());
    let (mut count, mut which, mut from) = (0, 0, 0);
    while let Some(i) = text.as_bytes().get(from..).and_then(|r| finder.find(r)) {
        count += 1;
        if from + i == at {
            which = count;
        }
        from += i + 1;
    }
    (count, which)
}
