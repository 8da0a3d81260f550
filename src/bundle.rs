//! What the app carries inside its wasm: every article in `seeds/`, parsed at build time by
//! `article-core` and joined with the cited vote data in `data/` (see `build.rs`).

use article_core::story::Story;

/// One article bundled from `seeds/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed {
    /// The file name without `.txt`.
    pub name: &'static str,
    /// The article's linked model ([`Story`]) as JSON.
    pub model: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

impl Seed {
    /// The seed's model. In the browser, `JSON.parse` reads it and serde-wasm-bindgen maps it onto
    /// the Rust types, so no JSON parser is compiled into the wasm. A model that cannot be read
    /// (it can't happen with a model this build wrote) gives an empty story, not a crash.
    pub fn story(&self) -> Story {
        #[cfg(target_arch = "wasm32")]
        {
            let read = js_sys::JSON::parse(self.model)
                .map_err(|e| e.as_string().unwrap_or_else(|| "not JSON".into()))
                .and_then(|value| serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string()));
            read.unwrap_or_else(|error| {
                web_sys::console::error_1(
                    &format!("article viewer: the bundled model {} cannot be read: {error}", self.name).into(),
                );
                Story::build(article_core::Article::default(), None, None)
            })
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            serde_json::from_str(self.model)
                .unwrap_or_else(|_| Story::build(article_core::Article::default(), None, None))
        }
    }
}

/// The article shown by default: the first seed by file name.
pub fn default_seed() -> Option<&'static Seed> {
    SEEDS.first()
}

/// The bundled article with this name, else the default one.
pub fn seed_named(name: &str) -> Option<&'static Seed> {
    SEEDS.iter().find(|seed| seed.name == name).or_else(default_seed)
}

/// A cited data source, as the page credits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The vote's document symbol.
    pub symbol: &'static str,
    /// When the vote was held.
    pub date: &'static str,
    /// One line of credit for readers.
    pub citation: &'static str,
}

/// Per-country votes on General Assembly resolution 69/188 (see `data/SOURCES.md`).
pub const ASSEMBLY_SOURCE: Source = Source {
    symbol: "A/RES/69/188",
    date: "18 Dec 2014",
    citation: "E. Voeten, UN General Assembly Voting Data (Harvard Dataverse, CC0), via the unvotes R package (MIT); UN document A/RES/69/188, 18 Dec 2014",
};

/// The Security Council's procedural vote of 22 Dec 2014 (see `data/SOURCES.md`).
pub const COUNCIL_SOURCE: Source = Source {
    symbol: "S/PV.7353",
    date: "22 Dec 2014",
    citation: "UN press release SC/11720, 22 Dec 2014 (7353rd meeting)",
};

/// The linked model of an article's text joined with the bundled data, parsed now: for native
/// tools and tests (the wasm uses the models parsed at build time).
#[cfg(not(target_arch = "wasm32"))]
pub fn story(text: &str) -> Story {
    const ASSEMBLY_CSV: &str = include_str!("../data/A_RES_69_188_plenary_2014-12-18_votes.csv");
    const COUNCIL_CSV: &str = include_str!("../data/SC_7353_2014-12-22_procedural_vote.csv");
    Story::build(article_core::parse(text), Some(ASSEMBLY_CSV), Some(COUNCIL_CSV))
}
