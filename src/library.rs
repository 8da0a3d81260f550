//! The cited data, read once per build from `data/` (native only: the build step, the CLI and
//! the tests). The wasm never carries it: each page holds its own joined story.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use article_core::sources::{Library, VOTES_DIR};
use article_core::story::Story;

/// The project's data folder.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// Read every source under `dir`: the General Assembly record and each per-member vote file.
pub fn load(dir: &Path) -> Library {
    let mut files: Vec<String> = std::fs::read_dir(dir.join(VOTES_DIR))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".csv") && !n.starts_with('.'))
                .map(|n| format!("{VOTES_DIR}/{n}"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    Library::load(|path| std::fs::read_to_string(dir.join(path)).ok(), &files)
}

/// The project's library, loaded on first use and kept for the rest of the process.
pub fn shared() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| load(&data_dir()))
}

/// An article's text parsed and joined with the project's data.
pub fn story(text: &str) -> Story {
    Story::build(article_core::parse(text), shared())
}
