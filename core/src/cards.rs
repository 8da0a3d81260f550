//! Statement cards: a speaker's run of consecutive statements, with how their state voted.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::Serialize;

use crate::countries;
use crate::division::Group;
use crate::model::{Article, Statement};
use crate::story::Division;

/// One card: a speaker's run of consecutive statements, continuations joined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Card {
    /// The first statement's id; the card's anchor is `statement-<id>`.
    pub id: String,
    pub speaker: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    /// Role and affiliation in the article's own order: "Chinese foreign ministry spokesman",
    /// "US Ambassador", "political counselor, North Korean mission at the United Nations".
    #[serde(default)]
    pub described: Option<String>,
    pub country: Option<String>,
    pub country_name: Option<String>,
    /// Indices into `Article::statements`.
    pub statements: Vec<usize>,
    /// The quotes joined, in order.
    pub quote: String,
    /// Ids of the paragraphs the quotes come from, in order, without repeats.
    pub paragraphs: Vec<String>,
    /// How the speaker's state voted in the joined roll call, and that roll call's symbol.
    pub vote: Option<Group>,
    #[serde(default)]
    pub vote_on: Option<String>,
    /// The speaker's state holds a permanent Security Council seat.
    pub permanent: bool,
    /// The speaker's state sat on the Council in the joined data (the Council's "What happened next").
    pub council_member: bool,
}

/// Card filter by the speaker's state's vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "kebab-case")]
pub enum CardFilter {
    #[default]
    All,
    Yes,
    No,
    Abstain,
    NotState,
}

impl CardFilter {
    pub const ALL: [CardFilter; 5] =
        [CardFilter::All, CardFilter::Yes, CardFilter::No, CardFilter::Abstain, CardFilter::NotState];

    pub fn key(self) -> &'static str {
        match self {
            CardFilter::All => "all",
            CardFilter::Yes => "yes",
            CardFilter::No => "no",
            CardFilter::Abstain => "abstain",
            CardFilter::NotState => "not-state",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CardFilter::All => "All",
            CardFilter::Yes => "Voted yes",
            CardFilter::No => "Voted no",
            CardFilter::Abstain => "Abstained",
            CardFilter::NotState => "Not a state",
        }
    }

    /// Parse a URL value; anything unknown is `None` (the caller falls back to `All`).
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

impl Card {
    /// Whether the card passes a filter and a free-text query (case-insensitive, over the
    /// quote, speaker, role and affiliation).
    pub fn matches(&self, filter: CardFilter, query: &str) -> bool {
        let by_vote = match filter {
            CardFilter::All => true,
            CardFilter::Yes => self.vote == Some(Group::Yes),
            CardFilter::No => self.vote == Some(Group::No),
            CardFilter::Abstain => self.vote == Some(Group::Abstain),
            CardFilter::NotState => self.country.is_none(),
        };
        by_vote && {
            // Folded once, not once a field.
            let query = crate::case::folded(query.trim());
            query.is_empty()
                || [Some(&self.quote), Some(&self.speaker), self.role.as_ref(), self.affiliation.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|field| crate::case::folded(field).contains(&query))
        }
    }
}

/// The cards of an article: one per run of consecutive statements by one speaker. `voted` is the
/// division whose roll call gives the speaker's state's vote; `council` the seats of the
/// Council's joined vote, if any.
pub(crate) fn build(article: &Article, voted: Option<&Division>, council: &[String]) -> Vec<Card> {
    let texts: HashMap<&str, &str> = article.paragraphs.iter().map(|p| (p.id.as_str(), p.text.as_str())).collect();
    let mut cards: Vec<Card> = Vec::new();
    // The paragraphs of the last card, the only one a statement can join.
    let mut seen: HashSet<&str> = HashSet::new();
    for (index, s) in article.statements.iter().enumerate() {
        if let Some(card) = cards.last_mut().filter(|c| c.speaker == s.speaker) {
            card.statements.push(index);
            card.quote.push(' ');
            card.quote.push_str(&s.text);
            if seen.insert(s.paragraph.as_str()) {
                card.paragraphs.push(s.paragraph.clone());
            }
            continue;
        }
        seen.clear();
        seen.insert(s.paragraph.as_str());
        let state = s.country.as_deref().and_then(countries::by_iso2);
        let text = texts.get(s.paragraph.as_str()).copied().unwrap_or("");
        let vote = state.and_then(|c| voted.and_then(|d| d.vote_of(c.iso2)));
        cards.push(Card {
            id: s.id.clone(),
            speaker: s.speaker.clone(),
            role: s.role.clone(),
            affiliation: s.affiliation.clone(),
            described: described(s.role.as_deref(), s.affiliation.as_deref(), text),
            country: state.map(|c| c.iso2.to_string()),
            country_name: state.map(|c| c.name.to_string()),
            statements: vec![index],
            quote: s.text.clone(),
            paragraphs: vec![s.paragraph.clone()],
            vote,
            vote_on: vote.and_then(|_| voted.and_then(|d| d.record.as_ref()).map(|r| r.symbol.clone())),
            permanent: state.is_some_and(|c| c.permanent),
            council_member: state.is_some_and(|c| council.iter().any(|code| code == c.iso2)),
        });
    }
    cards
}

/// Which card holds each statement, by statement id: built once, on first use. Always equal
/// to another (it is derived from the story it sits in), so it never makes stories differ.
#[derive(Clone, Debug, Default)]
pub(crate) struct CardIndex(OnceLock<HashMap<String, usize>>);

impl PartialEq for CardIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for CardIndex {}

impl CardIndex {
    /// The index in `cards` of the card holding the statement `id`.
    pub(crate) fn get(&self, statements: &[Statement], cards: &[Card], id: &str) -> Option<usize> {
        let map = self.0.get_or_init(|| {
            let mut map = HashMap::with_capacity(statements.len());
            for (c, card) in cards.iter().enumerate() {
                for &i in &card.statements {
                    if let Some(s) = statements.get(i) {
                        map.entry(s.id.clone()).or_insert(c);
                    }
                }
            }
            map
        });
        map.get(id).copied()
    }
}

/// Role and affiliation as the article wrote them: "Chinese foreign ministry spokesman" when the
/// text puts the affiliation first, else "role, affiliation". Possessives stay as written
/// ("Russia's deputy envoy").
pub fn described(role: Option<&str>, affiliation: Option<&str>, text: &str) -> Option<String> {
    match (role, affiliation) {
        (Some(r), Some(a)) => {
            let before = format!("{a} {r}");
            Some(if text.contains(&before) { before } else { format!("{r}, {a}") })
        }
        (Some(x), None) | (None, Some(x)) => Some(x.to_string()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_lines_follow_the_article() {
        let qin = "\"…,\" said Chinese foreign ministry spokesman Qin Gang.";
        assert_eq!(
            described(Some("foreign ministry spokesman"), Some("Chinese"), qin).as_deref(),
            Some("Chinese foreign ministry spokesman")
        );
        let power = "US Ambassador Samantha Power said";
        assert_eq!(described(Some("Ambassador"), Some("US"), power).as_deref(), Some("US Ambassador"));
        let kim = "said political counselor Kim Song from the North Korean mission at the United Nations.";
        assert_eq!(
            described(Some("political counselor"), Some("North Korean mission at the United Nations"), kim).as_deref(),
            Some("political counselor, North Korean mission at the United Nations")
        );
        assert_eq!(described(None, Some("Human Rights Watch"), "").as_deref(), Some("Human Rights Watch"));
        assert_eq!(described(None, None, ""), None);
    }
}
