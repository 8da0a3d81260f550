//! Word lists for [`crate::statements`]: data only, no logic.

use crate::vocabulary::Vocab;

/// Words right before a quote that make it a title, not speech.
pub(crate) static TITLE_CUES: Vocab = Vocab::new(&[
    "titled",
    "entitled",
    "dubbed",
    "so-called",
    "nicknamed",
    "named",
    "headlined",
    "branded",
    "labelled",
    "labeled",
    "codenamed",
    "code-named",
    "film",
    "movie",
    "book",
    "report",
    "song",
    "album",
    "show",
    "series",
    "documentary",
    "novel",
    "play",
    "article",
    "poem",
    "opera",
    "programme",
    "program",
    "campaign",
    "operation",
    "slogan",
    "motto",
    "term",
    "phrase",
    "word",
    "words",
    "label",
    "banner",
    "hashtag",
    "title",
    "magazine",
    "newspaper",
    "exhibition",
    "column",
    "editorial",
    "doctrine",
    "initiative",
    "strategy",
    "project",
]);

/// Verbs of reported speech that quote a fragment of what their subject said: "Smith
/// dismissed the vote as "political theatre"". Only read before a quote, never after it.
pub(crate) static REPORTING_VERBS: Vocab = Vocab::new(&[
    "dismissed",
    "accused",
    "hailed",
    "praised",
    "condemned",
    "criticised",
    "criticized",
    "denounced",
    "slammed",
    "rejected",
    "welcomed",
    "likened",
    "characterised",
    "characterized",
    "blasted",
    "decried",
    "mocked",
    "derided",
    "lambasted",
    "ridiculed",
    "portrayed",
]);

/// Nouns for what was said that name a speaker only when they arrive: "The question came from
/// X" (not "The question of X's future").
pub(crate) const ARRIVING_UTTERANCES: &[&str] = &["question", "claim", "demand", "questions", "claims"];

/// Documents a quote may be according to: "according to a statement".
pub(crate) const DOCUMENTS: &[&str] =
    &["statement", "report", "document", "release", "filing", "transcript", "summary", "letter", "communique"];

/// What words are written on, not said by anyone: '"Cash is freedom," read a banner'.
pub(crate) const INSCRIPTIONS: &[&str] = &[
    "banner",
    "banners",
    "sign",
    "signs",
    "placard",
    "placards",
    "poster",
    "posters",
    "billboard",
    "slogan",
    "graffiti",
    "plaque",
    "inscription",
    "sticker",
    "stickers",
    "leaflet",
    "leaflets",
    "headline",
    "t-shirt",
    "t-shirts",
];

/// Verbs of a judge's finding that attribute a quote only before "that": "Justice Mokoena
/// held that the ban "limits the right to vote"" (not "held talks", "found the body").
pub(crate) const FINDING_VERBS: &[&str] = &["held", "ruled", "reasoned"];

/// Nouns for what was said, in a sentence naming who said it after the quote: "The
/// warning came from Interior Minister Ana Ruiz".
pub(crate) static UTTERANCES: Vocab = Vocab::new(&[
    "explanation",
    "argument",
    "answer",
    "retort",
    "line",
    "lines",
    "warning",
    "warnings",
    "remark",
    "remarks",
    "comment",
    "comments",
    "words",
    "statement",
    "message",
    "pledge",
    "promise",
    "threat",
    "plea",
    "appeal",
    "admission",
    "assessment",
    "verdict",
    "rebuke",
    "response",
    "reply",
    "criticism",
    "reaction",
    "reactions",
    "evidence",
    "testimony",
    "charge",
    "accusation",
    "complaint",
    "quip",
    "jibe",
    "boast",
    "denial",
    "vow",
    "prediction",
    "concession",
    "rejoinder",
    "riposte",
    "observation",
]);

/// Words that let a subject start after them: "But Power said", "Later, Power said".
pub(crate) const LEAD_INS: &[&str] = &[
    "but",
    "and",
    "yet",
    "so",
    "however",
    "meanwhile",
    "also",
    "then",
    "earlier",
    "later",
    "separately",
    "instead",
    "still",
    "now",
    "that",
    // A clause after a subordinator: "hours after Housing Secretary Angela Royce promised".
    "after",
    "before",
    "when",
    "while",
    "as",
    "because",
    "since",
    "until",
    "although",
    "though",
    "once",
];

/// Words before "as" that make the quote after it a name: "known as "X"", "billed as".
pub(crate) const NAMING_VERBS: &[&str] = &["known", "referred", "billed", "styled"];

/// Who may call something a name and so be quoted: "what he called "X"" quotes him, "a
/// group called "X"" names something.
pub(crate) const CALLERS: &[&str] = &["he", "she", "they", "we", "i", "who", "it"];

/// Pronouns and articles: an attribution opening with one is no lower-case title.
pub(crate) const REFERRING_OPENERS: &[&str] = &["he", "she", "the", "a", "an"];

/// Words that may stand between a speech verb and the quote it introduces: "said that",
/// "called it", "said it was".
pub(crate) const VERB_COMPLEMENTS: &[&str] = &["that", "it", "was", "is"];

/// Conjunctions joining a second verb to the sentence's subject: "X abstained and said".
pub(crate) const CONJUNCTIONS: &[&str] = &["and", "but"];

/// Words opening a sentence that names the speaker of the quote before it.
pub(crate) const DEMONSTRATIVES: &[&str] = &["that", "this", "such", "those", "these"];
/// "That was the message", "Such were the words".
pub(crate) const COPULAS: &[&str] = &["was", "were"];
/// "The warning", "His remarks".
pub(crate) const DETERMINERS: &[&str] = &["the", "that", "this", "those", "these", "his", "her", "their"];
/// Words before a noun, after which a speech verb's form ("reports", "statements") is one.
pub(crate) const NOUN_DETERMINERS: &[&str] =
    &["its", "their", "his", "her", "our", "my", "the", "a", "an", "these", "those", "whose"];
/// "The warning came from", "The remarks were made by".
pub(crate) const ARRIVALS: &[&str] = &["came", "come", "was", "were"];
/// "The remarks were made by", "issued by".
pub(crate) const DELIVERIES: &[&str] = &["made", "issued", "delivered", "read", "spoken", "uttered", "written"];
/// "The pledge was read out by X": a particle after the delivery.
pub(crate) const DELIVERY_PARTICLES: &[&str] = &["out", "aloud"];
/// "X made the remark", "X delivered the warning": verbs by which a person named first owns
/// the quote before.
pub(crate) const DELIVERING: &[&str] = &["made", "delivered", "issued", "offered", "voiced", "gave"];
/// "So argued X": the speech verb, then the speaker.
pub(crate) const SO_WORDS: &[&str] = &["so", "thus"];
/// "from X", "by X", "Those were the words of X": the speaker follows.
pub(crate) const SOURCES: &[&str] = &["from", "by", "of"];

/// Words that make an article's "Georgia" the US state: its capital and cities, its
/// abbreviation, its institutions. An article naming Tbilisi ([`GEORGIA_THE_COUNTRY`]) keeps
/// the country.
pub(crate) const GEORGIA_THE_STATE: &[&str] = &[
    "Atlanta",
    "ATLANTA",
    "Savannah",
    "Ga.",
    "Georgia Senate",
    "Georgia House",
    "Georgia General Assembly",
    "Georgia Legislature",
    "Georgia legislature",
    "Georgia Gov.",
    "Georgia Governor",
    "Georgia governor",
    "Georgia Republicans",
    "Georgia Democrats",
    "Georgia voters",
    "Georgia's secretary of state",
    "Georgia Secretary of State",
    "Fulton County",
    "Peach State",
];

/// Words that make an article's "Georgia" the country.
pub(crate) const GEORGIA_THE_COUNTRY: &[&str] = &["Tbilisi", "Georgian Dream", "South Ossetia", "Abkhazia"];

/// Words that make an article's plain "Congo" the Democratic Republic of the Congo: its full
/// name, its capital, its eastern provinces. An article naming Brazzaville
/// ([`CONGO_THE_REPUBLIC`]) keeps the Republic of the Congo.
pub(crate) const CONGO_THE_DRC: &[&str] = &[
    "Democratic Republic of Congo",
    "Democratic Republic of the Congo",
    "DR Congo",
    "DRC",
    "Kinshasa",
    "Goma",
    "Kivu",
    "Ituri",
];
pub(crate) const CONGO_THE_REPUBLIC: &[&str] = &["Brazzaville", "Congo Republic", "Pointe-Noire"];

/// Verbs of answering: ""I did," she replied" after a quote that spoke to someone.
pub(crate) const REPLY_VERBS: &[&str] = &["replied", "responded", "answered", "retorted", "countered"];

/// Relative words after which a reporting verb's subject follows: "which Mehra described as".
pub(crate) const OBJECT_RELATIVES: &[&str] = &["which", "whom", "that"];
