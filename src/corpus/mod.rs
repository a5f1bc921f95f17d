//! The corpus: articles, their annotations, and the [`Timeline`] built from
//! them. Knows nothing of terminals.
//!
//! Data flows one way: [`source`] reads bytes, [`parse`] turns the
//! annotation file into sections, [`load`] reads the article files and
//! hands everything to `resolve`, which checks it and builds the timeline
//! ([`index`] orders it and builds the lookups).
//!
//! The format is documented in `docs/corpus-format.md`.

pub mod bundled;
pub mod cache;
pub mod date;
pub mod draft_mark;
pub mod folded;
mod index;
pub mod load;
pub mod model;
pub(crate) mod par;
pub mod parse;
pub mod position;
pub mod problem;
pub mod progress;
mod resolve;
mod safe_read;
pub mod schema;
pub mod side;
pub mod source;
pub mod vague;
pub mod visible;

pub use date::{DateBasis, DateSpec, DatingWords, PartialDate, Precision};
pub use draft_mark::DraftMark;
pub use load::{load, load_with};
pub use model::{Article, Claim, Entity, Era, Event, Source, Timeline};
pub use problem::{Problem, Problems};
pub use source::{CorpusSource, DirSource};
