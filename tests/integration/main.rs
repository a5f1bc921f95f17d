//! The one integration-test crate: every test of what a user sees, from the
//! library's public API, the real binary, or a pseudo-terminal. One crate
//! links once (it matters on two cores) and shares its helpers in [`util`].

mod util;

mod bundled_corpus;
mod cli;
mod compare;
mod export;
mod fidelity;
mod loader_fixtures;
mod loader_props;
mod pty;
mod text_props;
mod text_snapshots;
mod text_table;
mod tui_export;
mod tui_snapshots;
mod tui_update;
mod untrusted_corpus;
