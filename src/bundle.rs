//! What the app carries inside its wasm: the articles in `seeds/` and the cited vote data in `data/`.

/// One article bundled from `seeds/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed {
    /// The file name without `.txt`.
    pub name: &'static str,
    /// The article's plain text.
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The article shown by default: the first seed by file name.
pub fn default_seed() -> Option<&'static Seed> {
    SEEDS.first()
}

/// A cited data source, as the page credits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The vote's document symbol.
    pub symbol: &'static str,
    /// One line of credit for readers.
    pub citation: &'static str,
}

/// Per-country votes on General Assembly resolution 69/188 (see `data/SOURCES.md`).
pub const ASSEMBLY_CSV: &str = include_str!("../data/A_RES_69_188_plenary_2014-12-18_votes.csv");
pub const ASSEMBLY_SOURCE: Source = Source {
    symbol: "A/RES/69/188",
    citation: "E. Voeten, UN General Assembly Voting Data (Harvard Dataverse, CC0), via the unvotes R package (MIT); UN document A/RES/69/188, 18 Dec 2014",
};

/// The Security Council's procedural vote of 22 Dec 2014 (see `data/SOURCES.md`).
pub const COUNCIL_CSV: &str = include_str!("../data/SC_7353_2014-12-22_procedural_vote.csv");
pub const COUNCIL_SOURCE: Source = Source {
    symbol: "S/PV.7353",
    citation: "UN press release SC/11720, 22 Dec 2014 (7353rd meeting)",
};

/// The linked model of an article's text, joined with the bundled data where it applies.
pub fn story(text: &str) -> article_core::story::Story {
    article_core::story::Story::build(
        article_core::parse(text),
        Some(ASSEMBLY_CSV),
        Some(COUNCIL_CSV),
    )
}
