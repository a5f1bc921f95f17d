//! Articles: their outlet, headline, publication date (and the words of
//! the article that carry it), lines and page furniture, checked against
//! the text the loader read.

use super::Resolver;
use super::events::dating_words;
use super::quotes::find_quotes;
use crate::corpus::date::DatingWords;
use crate::corpus::model::{Article, Furniture, Outlet, Source};
use crate::corpus::parse::Sections;
use crate::corpus::position::Seg;
use crate::corpus::problem::excerpt;
use crate::corpus::schema::RawSource;
use crate::corpus::visible::is_blank;
use std::ops::Range;

impl Resolver {
    /// `texts[n]` is the text of `raw.articles[n]`, `None` when its file
    /// could not be read (already reported; the article is left out).
    pub(super) fn articles(&mut self, raw: &Sections, texts: Vec<Option<String>>) -> Vec<Article> {
        let mut out = Vec::new();
        for ((i, a), text) in raw.articles.iter().zip(texts) {
            let Some(text) = text else { continue };
            let at = |k: &'static str| [Seg::Key("articles"), Seg::Index(*i), Seg::Key(k)];
            let o = &a.outlet;
            let named = |n: &Option<String>| n.as_deref().is_some_and(|n| !is_blank(n));
            if o.unknown_reason.as_deref().is_none_or(is_blank) && (!named(&o.ar) || !named(&o.en))
            {
                self.report(
                    &at("outlet"),
                    "an outlet needs both \"ar\" and \"en\" names, or \"unknown_reason\"",
                );
            }
            if is_blank(&a.headline) || !text.contains(&a.headline) {
                self.report(
                    &at("headline"),
                    format!(
                        "headline \"{}\" is not in {}",
                        excerpt(&a.headline),
                        excerpt(&a.file)
                    ),
                );
            }
            let Some(published) = self.date(&a.published, &at("published")) else {
                continue;
            };
            let lines = lines(&text);
            let mut furniture = Vec::new();
            for (k, f) in a.furniture.iter().enumerate() {
                let [first, last] = f.lines;
                if first == 0 || first > last || last > lines.len() {
                    self.report(
                        &[
                            Seg::Key("articles"),
                            Seg::Index(*i),
                            Seg::Key("furniture"),
                            Seg::Index(k),
                            Seg::Key("lines"),
                        ],
                        format!(
                            "furniture lines [{first}, {last}] are not a range within the article's {} lines",
                            lines.len()
                        ),
                    );
                    continue;
                }
                furniture.push(Furniture {
                    first_line: first,
                    last_line: last,
                    kind: f.kind.clone(),
                });
            }
            let mut article = Article {
                id: a.id.clone(),
                file: a.file.clone(),
                outlet: Outlet {
                    ar: o.ar.clone(),
                    en: o.en.clone(),
                    unknown_reason: o.unknown_reason.clone(),
                },
                headline: a.headline.clone(),
                published,
                language: a.language.clone(),
                url: a.url.clone(),
                furniture,
                text,
                lines,
            };
            let published = [Seg::Key("articles"), Seg::Index(*i), Seg::Key("published")];
            if let Some(q) = self.dating_quote(raw.version, &a.published, &published) {
                article.published.basis.words = self.publication_words(&article, out.len(), q, *i);
            }
            out.push(article);
        }
        out
    }

    /// The words that carry the publication date of `article` (index `n`),
    /// found in its own text: an article's date is printed in it or
    /// worked out from it, never from another article's words.
    fn publication_words(
        &mut self,
        article: &Article,
        n: usize,
        q: &RawSource,
        i: usize,
    ) -> Option<DatingWords> {
        let at = |k: &'static str| {
            [
                Seg::Key("articles"),
                Seg::Index(i),
                Seg::Key("published"),
                Seg::Key("basis"),
                Seg::Key("quote"),
                Seg::Key(k),
            ]
        };
        if q.article != article.id {
            self.report(
                &at("article"),
                format!(
                    "the words that date article \"{}\" must be in its own text, not in article \"{}\"",
                    excerpt(&article.id),
                    excerpt(&q.article)
                ),
            );
            return None;
        }
        match find_quotes(article, &[q]).pop() {
            Some(Ok(src)) => Some(dating_words(Source { article: n, ..src }, None)),
            Some(Err(message)) => {
                self.report(&at("quote"), message);
                None
            }
            None => None,
        }
    }
}

/// The byte range of each line, without its `\n` or `\r\n`.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let trimmed = if line.ends_with('\r') { end - 1 } else { end };
        lines.push(start..trimmed);
        start = end + 1;
    }
    lines
}
