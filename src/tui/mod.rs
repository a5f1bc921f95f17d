//! The terminal UI, in the Elm style: one [`app::App`] state, an
//! [`action::Action`] enum, [`update::update`] with no I/O that returns the
//! [`effect::Effect`]s it asks for, [`view::view`] with no mutation, and
//! one key table ([`keys`]) that dispatches keys and generates the help and
//! the hint bar. Each pane ([`pane`]) and each dialog ([`dialog`]) has one
//! home holding its state, its input handling and its drawing. Only
//! [`terminal`] touches the terminal.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod dialog;
pub mod draw;
pub mod drive;
pub mod effect;
pub mod history;
pub mod i18n;
pub mod input;
pub mod keys;
pub mod layout;
pub mod notice;
pub mod pane;
pub mod screenshot;
pub mod scroll;
pub mod search;
pub mod terminal;
pub mod update;
pub mod view;
