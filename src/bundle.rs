//! Where the articles come from, natively only (the prerender, tests, tools): the seeds are read
//! from `seeds/`, or from the folder `ARTICLE_SEEDS` names, at run time. The wasm carries none:
//! each prerendered page holds its own article's linked model as inert JSON
//! (`<script type="application/json" id="viewer-story">`, written by `examples/prerender/` and
//! read by `main.rs`), so the wasm and its JS glue are the same bytes whatever `seeds/` holds.

use article_core::story::Story;

/// One article of the seeds folder: a `.txt` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seed {
    /// The file name without `.txt`: the article's page is `<name>/`.
    pub name: String,
    /// The article's text (a file that is not UTF-8 is read lossily).
    pub text: String,
}

/// Every article of the seeds folder, in file-name order. The folder is
/// `seeds/` of this crate, or `ARTICLE_SEEDS` (relative to the crate, or absolute). Files whose
/// name starts with a dot, or that do not end in `.txt`, are left out. Read once per process.
pub fn seeds() -> &'static [Seed] {
    use std::sync::OnceLock;
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(|| read_seeds(&seeds_dir()))
}

/// The folder the seeds are read from.
pub fn seeds_dir() -> std::path::PathBuf {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("ARTICLE_SEEDS").map_or_else(|| root.join("seeds"), |dir| root.join(dir))
}

/// The seeds of one folder, in file-name order; a missing folder has none.
pub fn read_seeds(dir: &std::path::Path) -> Vec<Seed> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".txt") && !n.starts_with('.') && n.len() > ".txt".len())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
        .into_iter()
        .filter_map(|file| {
            let bytes = std::fs::read(dir.join(&file)).ok()?;
            let name = file.trim_end_matches(".txt").to_string();
            Some(Seed { name, text: String::from_utf8_lossy(&bytes).into_owned() })
        })
        .collect()
}

/// The linked model of an article's text joined with the bundled data, parsed now: for the
/// build-time prerender, native tools and tests (the browser reads the model from the page).
pub fn story(text: &str) -> Story {
    crate::library::story(text)
}
