//! The names a reader may type for a member state ("DPRK", "Swaziland", "the Gambia"), as a small
//! site-level file that the page's "Find a country" fetches when it is first used: the wasm
//! carries no table of member states, only this reader.
//!
//! The file has one line per state: its ISO 3166-1 alpha-2 code, then its names, all separated by
//! tabs (the common name, the UN name, the other names of [`countries::MEMBERS`]). Demonyms are
//! left out: nobody types "Gambian" into a finder. Names are compared as [`countries::lookup`]
//! compares them.

use crate::countries::{self, MEMBERS};

/// The file's text, as the build writes it.
pub fn file_text() -> String {
    let mut out = String::new();
    for c in MEMBERS {
        out.push_str(c.iso2);
        for name in [c.name, c.un_name].into_iter().chain(c.aliases.iter().copied()) {
            out.push('\t');
            out.push_str(name);
        }
        out.push('\n');
    }
    out
}

struct Entry {
    key: Box<str>,
    /// All capitals ("DPRK", "UK"): matches only typing without lower-case letters.
    abbreviation: bool,
    iso2: Box<str>,
}

/// The names of the file, ready to compare with what a reader typed.
#[derive(Default)]
pub struct Directory {
    entries: Vec<Entry>,
}

impl Directory {
    /// Reads the file. A line that does not start with a two-letter upper-case code is skipped,
    /// as is a name that normalises to nothing, so a damaged file finds less but never the wrong
    /// country.
    pub fn parse(text: &str) -> Directory {
        let mut entries = Vec::new();
        for line in text.lines() {
            let mut fields = line.split('\t');
            let Some(iso2) = fields.next().filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())) else {
                continue;
            };
            for name in fields {
                if let Some((key, has_lower)) = countries::key(name) {
                    entries.push(Entry { key: key.into(), abbreviation: !has_lower, iso2: iso2.into() });
                }
            }
        }
        Directory { entries }
    }

    /// How many names it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The code of the state a reader's text names, if any. A few hundred names: a linear scan,
    /// done once a search, needs no sorted table (nor the sorting code in the wasm).
    pub fn lookup(&self, typed: &str) -> Option<&str> {
        let (key, has_lower) = countries::key(typed)?;
        self.entries.iter().find(|e| *e.key == *key && !(e.abbreviation && has_lower)).map(|e| &*e.iso2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_of_the_table_finds_its_state() {
        let directory = Directory::parse(&file_text());
        for c in MEMBERS {
            for name in [c.name, c.un_name].into_iter().chain(c.aliases.iter().copied()) {
                if name.is_empty() {
                    continue;
                }
                assert_eq!(directory.lookup(name), countries::lookup(name).map(|c| c.iso2), "{name}");
            }
        }
        assert!(directory.len() > 2 * MEMBERS.len());
    }

    #[test]
    fn typing_is_forgiving_but_abbreviations_need_capitals() {
        let directory = Directory::parse(&file_text());
        for (typed, iso2) in [
            ("the Gambia", Some("GM")),
            ("GAMBIA", Some("GM")),
            ("  north korea ", Some("KP")),
            ("DPRK", Some("KP")),
            ("Swaziland", Some("SZ")),
            ("Côte d’Ivoire", Some("CI")),
            ("CÔTE D'IVOIRE", Some("CI")),
            ("St. Lucia", Some("LC")),
            ("us", None),
            ("US", Some("US")),
            ("Gambian", None),
            ("Atlantis", None),
            ("", None),
        ] {
            assert_eq!(directory.lookup(typed), iso2, "{typed}");
        }
    }

    #[test]
    fn a_damaged_file_finds_less_never_the_wrong_state() {
        let directory = Directory::parse("KP\tNorth Korea\ngm\tGambia\nXYZ\tAtlantis\n\n\t\t\nFR\t\t...\tFrance\n");
        assert_eq!(directory.lookup("North Korea"), Some("KP"));
        assert_eq!(directory.lookup("Gambia"), None);
        assert_eq!(directory.lookup("Atlantis"), None);
        assert_eq!(directory.lookup("France"), Some("FR"));
        assert!(Directory::parse("").is_empty());
    }
}
