//! Data-only vocabularies, kept apart from the code that reads them (like pulldown-cmark's
//! `entities.rs`).

pub(crate) mod speakers;
pub(crate) mod statements;
pub(crate) mod tally;
pub(crate) mod unvotes;
