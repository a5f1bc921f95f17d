//! Page furniture in a pasted article: lines that are not article body
//! (site name, byline, tags, «مرر للأسفل للمزيد», «اقرأ أيضا», related-link
//! blocks, photo captions and their credits, repeated headlines). Drafts
//! never quote them, and `add` records them in the article's `furniture`.

use crate::text::fold;

/// Lines that are furniture by their words alone (folded, whole line or
/// line start).
const PHRASES: [(&str, &str); 10] = [
    ("مرر للاسفل للمزيد", "navigation"),
    ("اقرا ايضا", "related-link"),
    ("اقرا المزيد", "related-link"),
    ("ذات صله", "related-links"),
    ("الصوره", "photo"),
    ("+ الخط -", "font-size-widget"),
    ("شارك", "share"),
    ("تابعونا", "share"),
    ("المصدر:", "credit"),
    ("فريق التحرير", "byline"),
];

/// A line that opens a block of related links running to the end.
const BLOCK_OPENERS: [&str; 2] = ["ذات صله", "اقرا ايضا"];

/// A headline has at least this many words (a shorter first line is the
/// site's name).
pub const HEADLINE_WORDS: usize = 4;

/// One furniture range: 1-based, inclusive lines, and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Furniture {
    pub first: usize,
    pub last: usize,
    pub kind: &'static str,
}

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Latin letters only (an agency credit such as «EPA», «AFP/Getty»).
fn is_credit(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.len() <= 30
        && t.chars()
            .all(|c| c.is_ascii_alphabetic() || " /-.".contains(c))
}

/// The furniture of an article, given its lines; `dateline` is the line
/// the publication date was read from (not furniture, but not body).
pub fn find_furniture(lines: &[&str]) -> Vec<Furniture> {
    let mut kind: Vec<Option<&'static str>> = vec![None; lines.len()];
    let folded: Vec<String> = lines.iter().map(|l| fold(l.trim())).collect();
    let headline = lines.iter().position(|l| words(l) >= HEADLINE_WORDS);
    let after_headline = headline.map_or(0, |h| h + 1);
    let first_body = (after_headline..lines.len())
        .find(|i| words(lines[*i]) >= 8)
        .unwrap_or(0);
    let mut block = false;
    for (i, f) in folded.iter().enumerate() {
        if f.is_empty() {
            continue;
        }
        if block {
            kind[i] = Some("related-links");
            continue;
        }
        if let Some((_, k)) = PHRASES.iter().find(|(p, _)| {
            f == p || f.starts_with(&format!("{p} ")) || f.starts_with(&format!("{p}:"))
        }) {
            kind[i] = Some(k);
            block = BLOCK_OPENERS.iter().any(|b| f.starts_with(b)) && words(lines[i]) <= 3;
            continue;
        }
        if folded[..i].iter().any(|p| p == f) {
            kind[i] = Some("repeated");
        } else if is_credit(lines[i]) {
            kind[i] = Some("agency-credit");
        } else if i < first_body && Some(i) != headline && words(lines[i]) <= 3 {
            kind[i] = Some("masthead");
        }
    }
    // A short line next to a credit is its photo's caption.
    for i in 0..lines.len() {
        if kind[i] != Some("agency-credit") {
            continue;
        }
        for j in [prev_nonblank(lines, i), next_nonblank(lines, i)]
            .into_iter()
            .flatten()
        {
            if kind[j].is_none() && words(lines[j]) <= 14 && !lines[j].trim_end().ends_with('.') {
                kind[j] = Some("photo-caption");
            }
        }
    }
    let mut out: Vec<Furniture> = Vec::new();
    for (i, k) in kind.iter().enumerate() {
        let Some(k) = *k else { continue };
        match out.last_mut() {
            Some(last)
                if last.kind == k
                    && (last.last + 1..=i).all(|l| l == i || lines[l].trim().is_empty()) =>
            {
                last.last = i + 1;
            }
            _ => out.push(Furniture {
                first: i + 1,
                last: i + 1,
                kind: k,
            }),
        }
    }
    out
}

fn prev_nonblank(lines: &[&str], i: usize) -> Option<usize> {
    (0..i).rev().find(|j| !lines[*j].trim().is_empty())
}

fn next_nonblank(lines: &[&str], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|j| !lines[*j].trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masthead_repeats_widgets_credits_captions_and_related_links() {
        let text = "الموقع الإخباري\n\nعنوان طويل عن تجدد القتال في الإقليم\n\nعنوان طويل عن تجدد القتال في الإقليم\nكتب المحرر\n+ الخط -\nقال المتحدث باسم الوزارة إن الاشتباكات تجددت صباح اليوم على طول خط الجبهة.\nجنود على الجبهة قرب المدينة\nAFP\nوأضاف المتحدث أن الوضع تحت السيطرة وأن القوات صدت الهجوم بالكامل.\nمرر للأسفل للمزيد\nذات صلة\nخبر آخر لا علاقة له\nخبر ثالث";
        let lines: Vec<&str> = text.split('\n').collect();
        let f: Vec<(usize, usize, &str)> = find_furniture(&lines)
            .iter()
            .map(|f| (f.first, f.last, f.kind))
            .collect();
        assert_eq!(
            f,
            [
                (1, 1, "masthead"),
                (5, 5, "repeated"),
                (6, 6, "masthead"),
                (7, 7, "font-size-widget"),
                (9, 9, "photo-caption"),
                (10, 10, "agency-credit"),
                (12, 12, "navigation"),
                (13, 15, "related-links"),
            ]
        );
    }
}
