//! The terminal UI, in the Elm style: one [`app::App`] state, an
//! [`action::Action`] enum, [`update::update`] with no I/O, [`view::view`]
//! with no mutation, and one key table ([`keys`]) that both dispatches keys
//! and generates the help and the hint bar. Only [`terminal`] does I/O.

pub mod action;
pub mod app;
pub mod article;
pub mod claims;
pub mod effect;
pub mod export_dialog;
pub mod i18n;
pub mod keys;
pub mod layout;
pub mod screenshot;
pub mod terminal;
pub mod update;
pub mod view;
