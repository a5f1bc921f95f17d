//! The corpus: articles, their annotations, and the [`Timeline`] built from
//! them. Knows nothing of terminals.
//!
//! The format is documented in `docs/corpus-format.md`.

pub mod bundled;
pub mod date;
mod index;
pub mod load;
pub mod model;
pub mod position;
pub mod problem;
mod resolve;
pub mod schema;

pub use date::{DateSpec, PartialDate, Precision};
pub use load::{CorpusSource, DirSource, load};
pub use model::{Article, Claim, Entity, Era, Event, Source, Timeline};
pub use problem::{Problem, Problems};
