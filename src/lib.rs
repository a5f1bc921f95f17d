//! karabakh-timeline: the library behind the terminal explorer.
//!
//! Everything here except `tui` is free of terminal I/O so that the corpus,
//! the text engine, search and export can be tested and reused on their own.

pub mod corpus;
pub mod text;
