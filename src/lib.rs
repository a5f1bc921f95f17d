//! karabakh-timeline: the library behind the terminal explorer.
//!
//! Everything here except `tui` is free of terminal I/O so that the corpus,
//! the text engine, search, selection and export can be tested and reused
//! on their own. The binary only parses arguments and calls [`cli::run`].

pub mod cite;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod intake;
pub mod lang;
pub mod select;
#[cfg(unix)]
pub mod signal;
pub mod text;
pub mod tui;
