//! The one integration-test crate: every test of what a user sees, from the
//! library's public API, the real binary, or a pseudo-terminal. One crate
//! links once (it matters on two cores) and shares its helpers in [`util`].

mod util;

mod bidi_stream;
mod bundled_corpus;
mod cache;
mod cli;
mod cli_bidi;
mod compare;
mod dating;
mod dating_exports;
mod docs_cli;
mod export;
mod export_signals;
mod export_targets;
mod extract;
mod fidelity;
mod filter_input;
mod hostile_output;
mod input_parser;
mod intake_add;
mod intake_drafts;
mod intake_folder;
mod loader_fixtures;
mod loader_props;
mod pty;
mod pty_exits;
mod pty_input;
mod quote;
mod reference_corpus;
mod search;
mod streaming;
mod text_props;
mod text_snapshots;
mod text_table;
mod tui_bindings;
mod tui_claims;
mod tui_drafts;
mod tui_export;
mod tui_issue8;
mod tui_issue9;
mod tui_keys;
mod tui_props;
mod tui_snapshots;
mod untrusted_corpus;
