//! The voting bodies the viewer knows: their size, what their members are called and how a
//! vote passes. A tally is drawn as its body: the seats are the body's size, the rule line is
//! the body's rule, and a body the table does not know is drawn from the votes cast, with no rule.
//!
//! A body is only claimed when the article says so: the name at the tally, and for names that
//! several countries use ("House of Commons", "Senate", "Supreme Court") a word in the article
//! that places it. Add a body by adding a row to [`BODIES`].

use serde::Serialize;

/// How a body decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// More yes than no among those present and voting (abstentions do not count).
    PresentAndVoting,
    /// Two-thirds of those present and voting (the General Assembly's important questions).
    TwoThirds,
    /// The Security Council: nine of fifteen, and on substantive votes no permanent member against.
    Council,
    /// A court: a majority of the judges sitting.
    Court,
}

/// What kind of body it is, which decides how its seats are drawn and named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Member states (UN bodies): seats can be named by country.
    States,
    /// A parliament or assembly of people.
    Chamber,
    /// A court of justices or judges.
    Court,
}

/// One row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Body {
    /// Stable key ("un-ga", "uk-commons").
    pub key: &'static str,
    /// The name shown to readers.
    pub name: &'static str,
    /// Members when full.
    pub seats: u32,
    /// What members are called, plural: "member states", "MPs", "justices".
    pub members: &'static str,
    pub kind: Kind,
    pub rule: Rule,
    /// Lower-case names the article may use for it at the tally.
    names: &'static [&'static str],
    /// Words that place an ambiguous name in this body's country; empty when the name is enough.
    places: &'static [&'static str],
    /// Words that place the name elsewhere: the body is not claimed when one appears.
    not_here: &'static [&'static str],
}

const US: &[&str] = &["U.S.", "US ", "United States", "Washington", "Republican", "Democrat", "Congress", "GOP"];
const UK: &[&str] = &[
    "Britain",
    "British",
    "UK ",
    "U.K.",
    "United Kingdom",
    "London",
    "Westminster",
    "Downing Street",
    "Labour",
    "Tory",
    "Tories",
    "Conservative",
];
const ELSEWHERE: &[&str] =
    &["Canada", "Canadian", "Ottawa", "Australia", "Australian", "Canberra", "India", "New Delhi"];

/// Every body the viewer can draw to scale. Sizes are full membership: the UN General Assembly
/// since 2011 (a joined roll call gives the membership on its date instead), the European
/// Parliament since its 2024 term.
pub const BODIES: &[Body] = &[
    Body {
        key: "un-ga",
        name: "UN General Assembly",
        seats: 193,
        members: "member states",
        kind: Kind::States,
        rule: Rule::PresentAndVoting,
        names: &["general assembly", "un general assembly"],
        places: &[],
        not_here: &[],
    },
    Body {
        key: "un-sc",
        name: "UN Security Council",
        seats: 15,
        members: "members",
        kind: Kind::States,
        rule: Rule::Council,
        names: &["security council", "un security council"],
        places: &[],
        not_here: &[],
    },
    Body {
        key: "un-hrc",
        name: "UN Human Rights Council",
        seats: 47,
        members: "members",
        kind: Kind::States,
        rule: Rule::PresentAndVoting,
        names: &["human rights council", "un human rights council"],
        places: &[],
        not_here: &[],
    },
    Body {
        key: "us-senate",
        name: "US Senate",
        seats: 100,
        members: "senators",
        kind: Kind::Chamber,
        rule: Rule::PresentAndVoting,
        names: &["senate", "us senate", "u.s. senate"],
        places: US,
        not_here: ELSEWHERE,
    },
    Body {
        key: "us-house",
        name: "US House of Representatives",
        seats: 435,
        members: "representatives",
        kind: Kind::Chamber,
        rule: Rule::PresentAndVoting,
        names: &["house", "house of representatives", "us house", "u.s. house"],
        places: US,
        not_here: ELSEWHERE,
    },
    Body {
        key: "uk-commons",
        name: "UK House of Commons",
        seats: 650,
        members: "MPs",
        kind: Kind::Chamber,
        rule: Rule::PresentAndVoting,
        names: &["house of commons", "commons", "parliament"],
        places: UK,
        not_here: ELSEWHERE,
    },
    Body {
        key: "eu-parliament",
        name: "European Parliament",
        seats: 720,
        members: "MEPs",
        kind: Kind::Chamber,
        rule: Rule::PresentAndVoting,
        names: &["european parliament"],
        places: &[],
        not_here: &[],
    },
    Body {
        key: "us-supreme-court",
        name: "US Supreme Court",
        seats: 9,
        members: "justices",
        kind: Kind::Court,
        rule: Rule::Court,
        names: &["supreme court", "us supreme court", "u.s. supreme court", "court"],
        places: US,
        not_here: ELSEWHERE,
    },
];

/// The body a tally's body name means in this article, if the table knows it.
/// `name` is the body named at the tally; `text` is the whole article.
pub fn identify(name: &str, text: &str) -> Option<&'static Body> {
    identify_in(name, &Places::of(text))
}

/// The words of the table that place a body, as one article mentions them: read once, so that
/// naming the body of every vote in a long article costs no further pass over its text.
#[derive(Clone, Debug, Default)]
pub struct Places {
    /// The place words of [`BODIES`] the article mentions.
    mentioned: Vec<&'static str>,
    /// The article counts MPs ("the UK Parliament" is then the Commons).
    mps: bool,
}

impl Places {
    pub fn of(text: &str) -> Places {
        // Short words ("US ", "UK ") must match as written, or "us" would; longer ones match in
        // any case, as datelines are written in capitals ("WASHINGTON (AP) -").
        let folded = text.to_ascii_lowercase();
        let mut mentioned: Vec<&'static str> = Vec::new();
        for &w in BODIES.iter().flat_map(|b| b.places.iter().chain(b.not_here)) {
            if !mentioned.contains(&w) && mentions(text, &folded, w) {
                mentioned.push(w);
            }
        }
        Places { mentioned, mps: text.contains("MPs") }
    }

    /// Is `w` mentioned, or (with `us`) in the " U.S." a name's prefix adds?
    fn has(&self, w: &str, us: bool) -> bool {
        self.mentioned.contains(&w) || us && mentions(" U.S.", " u.s.", w)
    }
}

fn mentions(text: &str, folded: &str, w: &str) -> bool {
    if w.len() <= 4 {
        text.contains(w)
    } else {
        folded.contains(&w.to_ascii_lowercase())
    }
}

/// [`identify`] with the article's place words already read.
pub fn identify_in(name: &str, places: &Places) -> Option<&'static Body> {
    let name = name.trim().trim_start_matches("the ").trim_start_matches("The ");
    let lower = name.to_ascii_lowercase();
    let lower = lower.strip_prefix("united nations ").map(|r| format!("un {r}")).unwrap_or(lower);
    let lower = lower.replace("u.n. ", "un ");
    // A country's prefix names the place, and the table's names do not carry it.
    let (lower, us) = match ["u.s. ", "us ", "united states "].iter().find_map(|p| lower.strip_prefix(p)) {
        Some(rest) => (rest.to_string(), true),
        None => (lower, false),
    };
    BODIES.iter().find(|b| {
        b.names.contains(&lower.as_str())
            && (b.places.is_empty() || b.places.iter().any(|w| places.has(w, us)))
            && !b.not_here.iter().any(|w| places.has(w, us))
            && (lower != "parliament" || places.mps)
    })
}

/// The body by its key.
pub fn by_key(key: &str) -> Option<&'static Body> {
    BODIES.iter().find(|b| b.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str, text: &str) -> Option<&'static str> {
        identify(name, text).map(|b| b.key)
    }

    #[test]
    fn un_bodies_need_only_their_name() {
        assert_eq!(key("UN General Assembly", ""), Some("un-ga"));
        assert_eq!(key("Security Council", ""), Some("un-sc"));
        assert_eq!(key("U.N. Security Council", ""), Some("un-sc"));
        assert_eq!(key("Human Rights Council", ""), Some("un-hrc"));
        assert_eq!(key("European Parliament", ""), Some("eu-parliament"));
        assert_eq!(key("National Security Council", "the White House"), None);
        assert_eq!(key("African Union Assembly", ""), None);
    }

    #[test]
    fn shared_names_need_a_place() {
        assert_eq!(key("House of Commons", "LONDON (Reuters) - British MPs"), Some("uk-commons"));
        assert_eq!(key("House of Commons", "OTTAWA - Canadian MPs voted"), None, "Canada's has 343 seats");
        assert_eq!(key("House of Commons", "MPs voted"), None, "no place, no claim");
        assert_eq!(key("Senate", "WASHINGTON (AP) - Republicans"), Some("us-senate"));
        assert_eq!(key("Senate", "CANBERRA - the Australian Senate"), None);
        assert_eq!(key("House", "WASHINGTON (AP) -"), Some("us-house"));
        assert_eq!(key("U.S. House of Representatives", ""), Some("us-house"));
        assert_eq!(key("Supreme Court", "WASHINGTON (AP) - the justices"), Some("us-supreme-court"));
        assert_eq!(key("Supreme Court", "NEW DELHI - India's top court"), None);
        assert_eq!(key("Parliament", "LONDON - MPs backed"), Some("uk-commons"));
        assert_eq!(key("Parliament", "SINGAPORE - the bill"), None);
    }

    #[test]
    fn keys_are_unique_and_sizes_positive() {
        for (i, b) in BODIES.iter().enumerate() {
            assert!(b.seats > 0);
            assert_eq!(by_key(b.key), Some(b));
            assert!(BODIES[i + 1..].iter().all(|o| o.key != b.key));
        }
    }
}
