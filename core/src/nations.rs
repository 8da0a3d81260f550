//! Finding UN member states named inside a phrase ("the North Korean mission at the United
//! Nations", "Russia and China"), through [`countries::lookup`] on capitalised word n-grams.

use crate::countries::{self, Hit};

/// Longest n-gram tried: "Democratic Republic of the Congo" is five words.
const MAX_GRAM: usize = 5;
/// Words of a phrase considered; affiliations are short.
const MAX_WORDS: usize = 16;

/// Byte spans of the phrase's first words, surrounding punctuation and a possessive "'s"
/// left out; held on the stack.
struct Words {
    spans: [(usize, usize); MAX_WORDS],
    len: usize,
}

impl std::ops::Deref for Words {
    type Target = [(usize, usize)];
    fn deref(&self) -> &Self::Target {
        &self.spans[..self.len]
    }
}

fn words(phrase: &str) -> Words {
    let mut out = Words { spans: [(0, 0); MAX_WORDS], len: 0 };
    let mut at = 0;
    for w in phrase.split(' ') {
        let start = at;
        at += w.len() + 1;
        let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let core = w[lead..].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        let core = strip_possessive(core).trim_end_matches('\'');
        if !core.is_empty() {
            out.spans[out.len] = (start + lead, start + lead + core.len());
            out.len += 1;
            if out.len == MAX_WORDS {
                break;
            }
        }
    }
    out
}

pub(crate) use crate::tokens::strip_possessive;

/// What the words `ws` of `phrase` name together, if anything: a member state, or a place
/// that only contains one's name ("New Mexico"). Country names start and end with
/// capitalised words; the text between is passed as written.
fn resolve(phrase: &str, ws: &[(usize, usize)]) -> Option<Hit> {
    let (first, last) = (ws.first()?, ws.last()?);
    let capital = |(a, _): (usize, usize)| phrase[a..].starts_with(char::is_uppercase);
    if !capital(*first) || !capital(*last) {
        return None;
    }
    countries::resolve(&phrase[first.0..last.1])
}

/// The member state the words `ws` of `phrase` name together, if any.
fn lookup(phrase: &str, ws: &[(usize, usize)]) -> Option<&'static str> {
    match resolve(phrase, ws)? {
        Hit::Country(c) => Some(c.iso2),
        Hit::Block => None,
    }
}

/// The ISO2 code of the member state the whole phrase names ("North Korean", "Britain's").
pub(crate) fn exactly(phrase: &str) -> Option<&'static str> {
    let ws = words(phrase);
    if ws.len() > MAX_GRAM {
        return None;
    }
    lookup(phrase, &ws)
}

/// A place whose name holds a member state's ("New Mexico", "British Columbia"), and is none.
pub(crate) fn shadows(phrase: &str) -> bool {
    let ws = words(phrase);
    ws.len() <= MAX_GRAM && matches!(resolve(phrase, &ws), Some(Hit::Block))
}

/// A member state's adjective ("Dutch", "Pakistani"), not its name ("Pakistan").
pub(crate) fn is_demonym(w: &str) -> bool {
    let w = strip_possessive(w);
    exactly(w).and_then(crate::countries::by_iso2).is_some_and(|c| c.demonyms.iter().any(|d| d.eq_ignore_ascii_case(w)))
}

/// The ISO2 code of the member state a phrase names: the longest n-gram that
/// [`countries::lookup`] knows, leftmost first.
/// A shorter name inside a place that only contains it is no mention: not Mexico in "New
/// Mexico", nor Guinea in "New Guinea".
pub(crate) fn country_in(phrase: &str) -> Option<&'static str> {
    let ws = words(phrase);
    // Word ranges of the places that shadow a name, found before the shorter n-grams inside.
    let mut shadows: Vec<(usize, usize)> = Vec::new();
    for n in (1..=MAX_GRAM.min(ws.len())).rev() {
        for start in 0..=ws.len() - n {
            let end = start + n;
            match resolve(phrase, &ws[start..end]) {
                Some(Hit::Country(c)) if !shadows.iter().any(|&(a, b)| a < end && start < b) => return Some(c.iso2),
                Some(Hit::Block) => shadows.push((start, end)),
                _ => {}
            }
        }
    }
    None
}

/// Every member state a phrase names, left to right, longest match first, without repeats.
pub(crate) fn countries_in(phrase: &str) -> Vec<&'static str> {
    let ws = words(phrase);
    let mut found: Vec<&'static str> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let hit = (1..=MAX_GRAM.min(ws.len() - i)).rev().find_map(|n| resolve(phrase, &ws[i..i + n]).map(|h| (h, n)));
        match hit {
            Some((Hit::Country(c), n)) => {
                if !found.contains(&c.iso2) {
                    found.push(c.iso2);
                }
                i += n;
            }
            // A place that only contains a name ("New Mexico") is skipped whole.
            Some((Hit::Block, n)) => i += n,
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives() {
        assert_eq!(strip_possessive("Britain's"), "Britain");
        assert_eq!(strip_possessive("Koreas\u{2019}"), "Koreas");
        assert_eq!(strip_possessive("'s"), "'s");
        assert_eq!(strip_possessive("Watch"), "Watch");
    }

    #[test]
    fn places_that_contain_a_name_are_not_it() {
        assert_eq!(country_in("a senator from New Mexico"), None);
        assert_eq!(country_in("the governor of New Jersey"), None);
        assert_eq!(country_in("farmers across New England"), None);
        assert_eq!(country_in("the Papua New Guinea delegation"), Some("PG"));
        assert_eq!(country_in("the Equatorial Guinea delegation"), Some("GQ"));
        assert_eq!(country_in("New Mexico and Mexico"), Some("MX"), "the country named on its own");
        assert_eq!(countries_in("New Mexico, Mexico and Papua New Guinea"), ["MX", "PG"]);
        assert_eq!(countries_in("New Mexico and New Jersey"), Vec::<&str>::new());
        assert_eq!(exactly("New Mexico"), None);
    }

    #[test]
    fn no_country_in_plain_words() {
        assert_eq!(country_in(""), None);
        assert_eq!(country_in("the group of experts"), None);
        assert!(countries_in("and the, of").is_empty());
    }
}
