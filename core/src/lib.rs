//! `article-core`: the pure heart of the article viewer.
//!
//! Plain article text goes in; a serialisable [`Article`] model comes out. Nothing here
//! touches the web platform, so every rule is tested natively with `cargo test`.
//!
//! Data flow: `seeds/*.txt` → [`parse`] → [`Article`] (structure, statements, tallies)
//! → joined with cited roll-call data ([`roll_call`]) and laid out ([`hemicycle`]) by the UI.

pub mod bodies;
mod boilerplate;
pub mod cards;
pub mod case;
pub mod countries;
pub mod country_names;
pub mod division;
pub mod hemicycle;
mod lexicon;
pub mod majority;
pub mod model;
mod nations;
mod numbers;
pub mod roll_call;
pub mod sources;
mod speakers;
mod statements;
pub mod story;
mod structure;
mod tally;
mod tokens;
pub mod unvotes;
mod vocabulary;

pub use model::*;

/// The statements resolved to state `from` speak for `to` instead, when the article as a whole
/// says the name means that (`means`, asked only when some statement has `from`).
fn reassign(article: &mut Article, from: &str, to: Option<&str>, means: fn(&Article) -> bool) {
    if article.statements.iter().any(|s| s.country.as_deref() == Some(from)) && means(article) {
        for s in article.statements.iter_mut().filter(|s| s.country.as_deref() == Some(from)) {
            s.country = to.map(str::to_string);
        }
    }
}

/// Parse an article's plain text into its model. Never panics, whatever the input.
pub fn parse(text: &str) -> Article {
    let mut article = structure::parse(text);
    let parsed: Vec<tokens::Para> = article.paragraphs.iter().map(|p| tokens::Para::new(&p.text)).collect();
    article.statements = statements::extract(&article.paragraphs, &parsed);
    article.votes = tally::extract(&article.headline, &article.paragraphs, &parsed);
    // "Georgia's secretary of state": no speaker of a story about the US state speaks for the
    // country. "Congo's Foreign Minister" in a story about the eastern DRC speaks for the DRC.
    reassign(&mut article, "GE", None, statements::georgia_is_the_us_state);
    reassign(&mut article, "CG", Some("CD"), statements::congo_is_the_drc);
    // The model outlives the parse: no room is kept for more.
    article.statements.shrink_to_fit();
    article.votes.shrink_to_fit();
    article
}
