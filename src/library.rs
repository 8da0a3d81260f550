//! The cited data, read once per build from `data/` (native only: the build step, the CLI and
//! the tests). The wasm never carries it: each page holds its own joined story.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use article_core::sources::Library;
use article_core::story::Story;

/// The project's data folder.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The project's library, loaded on first use and kept for the rest of the process.
pub fn shared() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::from_dir(&data_dir()))
}

/// An article's text parsed and joined with the project's data.
pub fn story(text: &str) -> Story {
    Story::build(article_core::parse(text), shared())
}
