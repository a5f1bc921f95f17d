//! Placeholder until the text-engine branch lands.
use std::borrow::Cow;
pub fn sanitize(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        c.is_control()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if s.chars().any(bad) {
        Cow::Owned(
            s.chars()
                .filter_map(|c| {
                    if c == '\t' {
                        Some(' ')
                    } else if bad(c) {
                        None
                    } else {
                        Some(c)
                    }
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}
