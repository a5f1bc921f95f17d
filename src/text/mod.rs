//! Right-to-left text: folding for search (the layout engine lands from the
//! text-engine branch).
pub mod fold;
pub mod sanitize;
