//! Drafting events and casualty figures from an Arabic article that has no
//! annotations (SPEC 9).
//!
//! Terminal-free, like the rest of the library.
pub mod calendar;
pub mod dates;
pub mod doc;
pub mod figures;
pub mod furniture;
pub mod gazetteer;
pub mod lexicon;
pub mod loss_words;
pub mod numbers;
pub mod parties;
pub mod published;
pub mod resolve;
