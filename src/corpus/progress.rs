//! How far a load has got, told to whoever shows it to a person waiting
//! (the CLI draws a line on stderr, the TUI a line on screen). The loader
//! knows nothing of either: it calls a [`Progress`].

use crate::lang::Lang;

/// A step of loading a corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading and parsing `annotations.json`.
    Annotations,
    /// Reading the article files: so many of so many.
    Articles { done: usize, total: usize },
    /// Checking every id, date and quote, and building the timeline.
    Resolving,
}

impl Stage {
    /// The stage in words, for the line a person reads while waiting.
    pub fn describe(self, lang: Lang) -> String {
        match (self, lang) {
            (Stage::Annotations, Lang::En) => "loading the corpus: reading the annotations".into(),
            (Stage::Annotations, Lang::Ar) => "تحميل المدونة: قراءة التعليقات التوضيحية".into(),
            (Stage::Articles { done, total }, Lang::En) => {
                format!("loading the corpus: {done} of {total} articles read")
            }
            (Stage::Articles { done, total }, Lang::Ar) => {
                format!("تحميل المدونة: قُرئ {done} من {total} مقالًا")
            }
            (Stage::Resolving, Lang::En) => {
                "loading the corpus: checking the quotes and dates".into()
            }
            (Stage::Resolving, Lang::Ar) => "تحميل المدونة: التحقق من الاقتباسات والتواريخ".into(),
        }
    }
}

/// Told of each stage as the load reaches it; called from the loader's
/// threads too, hence `Sync`.
pub trait Progress: Sync {
    fn stage(&self, stage: Stage);
}

/// No one is waiting.
pub struct Silent;

impl Progress for Silent {
    fn stage(&self, _: Stage) {}
}
