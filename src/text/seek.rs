//! A binary search that starts from a guess.
//!
//! A search positions each of its hits in sorted tables (a folded text's
//! runs, an article's lines, the events' pieces) far larger than a cache
//! line. A plain binary search over such a table touches a cold line at
//! almost every step; starting where the answer probably is (where the last
//! hit was, or the hit's proportional place) and widening from there
//! touches a few neighbouring lines instead. The answer is the same for any
//! guess: only the work changes.

/// `s.partition_point(pred)` (`pred` true for a prefix of `s`, false after
/// it), looked for outwards from index `guess` (clamped to `s.len()`):
/// steps of 1, 2, 4… until the answer is bracketed, then a binary search of
/// the bracket.
pub(crate) fn partition_point_near<T>(s: &[T], guess: usize, pred: impl Fn(&T) -> bool) -> usize {
    let n = s.len();
    let g = guess.min(n);
    // The answer lies in lo..=hi.
    let (mut lo, mut hi) = (0, n);
    if s.get(g).is_some_and(&pred) {
        lo = g + 1;
        let mut step = 1;
        while let Some(x) = s.get(g + step) {
            if pred(x) {
                lo = g + step + 1;
                step *= 2;
            } else {
                hi = g + step;
                break;
            }
        }
    } else {
        hi = g;
        let mut step = 1;
        while step <= g {
            if pred(&s[g - step]) {
                lo = g - step + 1;
                break;
            }
            hi = g - step;
            step *= 2;
        }
    }
    lo + s[lo..hi].partition_point(pred)
}

/// The proportional place of `at` in `0..len` among `n` entries: where an
/// entry for `at` would be if entries were spread evenly.
pub(crate) fn proportional(n: usize, at: usize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    let guess = (n as u128 * at as u128) / len as u128;
    usize::try_from(guess).unwrap_or(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every guess gives `partition_point`'s answer, for every split of
    /// tables of every small length (and with repeated values).
    #[test]
    fn agrees_with_partition_point_for_every_guess() {
        for n in 0..40usize {
            let table: Vec<usize> = (0..n).map(|i| i / 3).collect();
            for value in 0..=n / 3 + 1 {
                let want = table.partition_point(|&x| x <= value);
                for guess in 0..n + 3 {
                    let got = partition_point_near(&table, guess, |&x| x <= value);
                    assert_eq!(got, want, "n={n} value={value} guess={guess}");
                }
            }
        }
    }

    #[test]
    fn proportional_places() {
        assert_eq!(proportional(10, 0, 100), 0);
        assert_eq!(proportional(10, 50, 100), 5);
        assert_eq!(proportional(10, 100, 100), 10);
        assert_eq!(proportional(10, 5, 0), 0);
        assert_eq!(proportional(usize::MAX, usize::MAX, 1), usize::MAX);
    }
}
