//! The story, the article's fields the islands read, and the cards.

use super::read_struct;
use crate::cards::{Card, CardIndex};
use crate::model::{Article, Dateline, Statement, Tally};
use crate::story::Story;

read_struct!(
    Story,
    Story {
        article: Article::default(),
        divisions: Vec::new(),
        cards: Vec::new(),
        data_errors: Vec::new(),
        flags: Vec::new(),
        card_index: CardIndex::default(),
    },
    required: [article, divisions, cards, data_errors],
    defaulted: [flags],
    skipped: [card_index]
);

// The islands' model carries no sections, paragraphs, tallies or boilerplate (see
// `Story::for_islands`): those keys are skipped, and the fields left empty.
read_struct!(
    Article,
    Article::default(),
    required: [headline, statements],
    defaulted: [dateline],
    skipped: [sections, paragraphs, votes, boilerplate]
);

read_struct!(Dateline, Dateline::default(), required: [text, place], defaulted: [agency]);

read_struct!(
    Statement,
    Statement::default(),
    required: [id, speaker, text, paragraph, start, end, continuation],
    defaulted: [role, affiliation, country]
);

read_struct!(
    Tally,
    Tally::default(),
    required: [named_yes, named_no, sentence, paragraph],
    defaulted: [body, subject, yes, no, abstain, absent, membership, named_abstain, request]
);

read_struct!(
    Card,
    Card {
        id: String::new(),
        speaker: String::new(),
        role: None,
        affiliation: None,
        described: None,
        country: None,
        country_name: None,
        statements: Vec::new(),
        quote: String::new(),
        paragraphs: Vec::new(),
        vote: None,
        vote_on: None,
        permanent: false,
        council_member: false,
    },
    required: [id, speaker, statements, quote, paragraphs, permanent, council_member],
    defaulted: [role, affiliation, described, country, country_name, vote, vote_on]
);
