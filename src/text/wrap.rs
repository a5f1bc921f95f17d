//! Line breaking in LOGICAL order.
//!
//! UAX #9 §3.4: resolve levels on the whole paragraph, break it into lines
//! in logical order, and only then reorder each line. Reordering first and
//! cutting the visual string afterwards splits numbers across lines and
//! puts the lines of an RTL paragraph in reverse order.
//!
//! Greedy, at spaces, by cell width: a word that does not fit goes to the next
//! line; the spaces at a break are not drawn (they "hang"); a word longer
//! than a whole line is hard-broken at grapheme boundaries, starting on a
//! fresh line so that its start is at the line's start edge.

use std::ops::Range;

use super::cluster::Cluster;

/// Breaks `items` into lines of at most `width` cells (`width` ≥ 1; every
/// item must be at most `width` wide). Returns ranges of item indices; an
/// empty paragraph gives one empty line.
pub(crate) fn wrap(items: &[Cluster], width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let n = items.len();
    let mut lines = Vec::new();
    let mut start = 0; // first item of the current line
    let mut used = 0; // cells used by items[start..i]
    let mut i = 0;
    while i < n {
        let run_end = (i..n)
            .find(|&j| items[j].space != items[i].space)
            .unwrap_or(n);
        if items[i].space {
            let mut k = i;
            while k < run_end && used + items[k].width <= width {
                used += items[k].width;
                k += 1;
            }
            if k < run_end {
                // The break happens inside this run of spaces: the rest hang.
                push_trimmed(&mut lines, items, start..k, true);
                start = run_end;
                used = 0;
            }
        } else {
            let word: usize = items[i..run_end].iter().map(|c| c.width).sum();
            if used + word > width {
                push_trimmed(&mut lines, items, start..i, false);
                start = i;
                used = 0;
                if word > width {
                    for (k, item) in items.iter().enumerate().take(run_end).skip(i) {
                        if used + item.width > width && used > 0 {
                            lines.push(start..k);
                            start = k;
                            used = 0;
                        }
                        used += item.width;
                    }
                    i = run_end;
                    continue;
                }
            }
            used += word;
        }
        i = run_end;
    }
    if start < n || lines.is_empty() {
        lines.push(start..n);
    }
    lines
}

/// Ends a line: drops its trailing spaces; a line of spaces only is kept
/// when the break fell inside those spaces (blank indentation), and dropped
/// when a word follows (the word starts the next line instead).
fn push_trimmed(
    lines: &mut Vec<Range<usize>>,
    items: &[Cluster],
    line: Range<usize>,
    keep_blank: bool,
) {
    let mut end = line.end;
    while end > line.start && items[end - 1].space {
        end -= 1;
    }
    if end > line.start {
        lines.push(line.start..end);
    } else if keep_blank && !line.is_empty() {
        lines.push(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Vec<Cluster> {
        s.char_indices()
            .map(|(i, c)| Cluster {
                bytes: i..i + 1,
                logical: i..i + 1,
                width: 1,
                space: c == ' ',
                dotted: false,
                too_wide: false,
            })
            .collect()
    }

    fn lines(s: &str, w: usize) -> Vec<&str> {
        wrap(&items(s), w).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn words() {
        assert_eq!(lines("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(lines("aa bb cc", 2), vec!["aa", "bb", "cc"]);
        assert_eq!(lines("aa  bb", 3), vec!["aa", "bb"]);
        assert_eq!(lines("aa bb", 80), vec!["aa bb"]);
    }

    #[test]
    fn hard_break() {
        assert_eq!(lines("a abcdefg", 3), vec!["a", "abc", "def", "g"]);
    }

    #[test]
    fn blanks() {
        assert_eq!(lines("", 3), vec![""]);
        assert_eq!(lines("     ", 2), vec!["  "]);
        assert_eq!(lines("  ab", 3), vec!["ab"]);
        assert_eq!(lines("  ab", 4), vec!["  ab"]);
        assert_eq!(lines("aa ", 2), vec!["aa"]);
    }
}
