//! The article model: everything the viewer renders, derived from the article's prose.
//!
//! All offsets are counted in Unicode scalar values (`char`s) of the paragraph's `text`,
//! so that they mean the same thing in Rust, in JSON consumers and in the browser.

use serde::Serialize;

/// A whole article as the viewer understands it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Article {
    /// The headline (first non-empty line), whitespace-normalised.
    pub headline: String,
    /// The dateline opening the first paragraph, if there is one.
    pub dateline: Option<Dateline>,
    /// Sections in order; the first has no heading unless the text starts with a subheading.
    /// (The page's model carries none, nor the tallies and boilerplate below: see
    /// `Story::for_islands`. So `Story::from_json`, the wasm's reader, has no code to read them.)
    pub sections: Vec<Section>,
    /// Body paragraphs in order, the dateline removed from the first one.
    pub paragraphs: Vec<Paragraph>,
    /// Direct quotations with their attribution, in article order.
    pub statements: Vec<Statement>,
    /// Vote tallies found in the prose, in article order.
    pub votes: Vec<Tally>,
    /// Lines recognised as site boilerplate and kept out of the body.
    pub boilerplate: Vec<String>,
}

/// "UNITED NATIONS, United States (AFP) -" split into its parts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Dateline {
    /// The dateline as written, without the trailing dash: "UNITED NATIONS, United States (AFP)".
    pub text: String,
    /// "UNITED NATIONS, United States".
    pub place: String,
    /// "AFP", when the dateline names an agency.
    pub agency: Option<String>,
}

/// A run of paragraphs under one subheading.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Section {
    /// Stable id, e.g. "s0", "s1".
    pub id: String,
    /// The subheading without its decoration ("Calls for ICC referral"), `None` for the lead section.
    pub heading: Option<String>,
    /// Indices into `Article::paragraphs`.
    pub paragraphs: Vec<usize>,
}

/// `stem` followed by `n` in decimal ("p12", "param-preet-singh-2"), built without the
/// formatting machinery: an id is made for every paragraph and statement of every parse.
pub(crate) fn numbered(stem: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let (mut at, mut n) = (digits.len(), n);
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(stem.len() + digits.len() - at);
    id.push_str(stem);
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// One body paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Paragraph {
    /// Stable id, e.g. "p1", "p2" (1-based, in order).
    pub id: String,
    /// The paragraph text, whitespace-normalised, dateline removed.
    pub text: String,
    /// Index into `Article::sections`.
    pub section: usize,
}

/// One direct quotation and who said it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Statement {
    /// Stable slug, unique within the article: "samantha-power", "samantha-power-2".
    pub id: String,
    /// Full name of the speaker ("Samantha Power"); pronouns are resolved to the last named speaker.
    pub speaker: String,
    /// Role as written ("Ambassador", "foreign ministry spokesman"), if any.
    pub role: Option<String>,
    /// Organisation or country as written ("US", "Chinese", "Human Rights Watch"), if any.
    pub affiliation: Option<String>,
    /// ISO 3166-1 alpha-2 code of the UN member state the affiliation resolves to, if any.
    pub country: Option<String>,
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Id of the paragraph the quote is in.
    pub paragraph: String,
    /// Character range of `text` inside the paragraph's text: `[start, end)`.
    pub start: usize,
    /// Exclusive end of the range (`text` is `paragraph.text[start..end]`, counted in chars).
    pub end: usize,
    /// True when this quote carries on the previous statement with no new attribution
    /// (a quote continued in the next paragraph, or the second half of a split quote).
    pub continuation: bool,
}

/// A vote count read from a sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Tally {
    /// The voting body ("UN General Assembly", "Security Council"), if the text says.
    pub body: Option<String>,
    /// What was voted on, where the sentence says ("resolution", "put North Korea on the agenda").
    pub subject: Option<String>,
    /// Votes in favour ("116 to 20" → 116), `None` when the sentence does not say.
    pub yes: Option<u32>,
    /// Votes against.
    pub no: Option<u32>,
    /// Abstentions ("with 53 abstentions"; "no abstentions" is 0).
    pub abstain: Option<u32>,
    /// Members absent or not voting ("with 4 absent", "13 did not vote").
    pub absent: Option<u32>,
    /// Total membership of the body, where stated ("of the 15 council members").
    pub membership: Option<u32>,
    /// ISO2 codes of member states the sentence names on the "yes" side.
    pub named_yes: Vec<String>,
    /// ISO2 codes of member states the sentence names as opposing.
    pub named_no: Vec<String>,
    /// ISO2 codes of member states the sentence names as abstaining.
    #[serde(default)]
    pub named_abstain: Vec<String>,
    /// The count is of members asking for something ("ten members pushed for ..."), not a vote.
    #[serde(default)]
    pub request: bool,
    /// The sentence the tally came from.
    pub sentence: String,
    /// Id of the paragraph the sentence is in.
    pub paragraph: String,
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbered_ids() {
        assert_eq!(super::numbered("p", 1), "p1");
        assert_eq!(super::numbered("s", 0), "s0");
        assert_eq!(super::numbered("kim-song-", 12), "kim-song-12");
        assert_eq!(super::numbered("p", usize::MAX), format!("p{}", usize::MAX));
    }
}
