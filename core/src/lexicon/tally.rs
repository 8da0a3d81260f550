//! Word lists for [`crate::tally`]: data only, no logic.

use crate::tally::Side;
use crate::vocabulary::Vocab;

/// Word sequences naming a side after a count, longest first, with whether they are
/// strong enough to make a tally without any other vote word.
pub(crate) const SIDES: &[(&[&str], Side, bool)] = &[
    (&["voted", "in", "favour"], Side::Yes, true),
    (&["voted", "in", "favor"], Side::Yes, true),
    (&["voting", "in", "favour"], Side::Yes, true),
    (&["voting", "in", "favor"], Side::Yes, true),
    (&["voted", "to", "abstain"], Side::Abstain, true),
    (&["did", "not", "take", "part"], Side::Absent, true),
    (&["did", "not", "participate"], Side::Absent, true),
    (&["did", "not", "vote"], Side::Absent, true),
    (&["didn't", "vote"], Side::Absent, true),
    (&["didn\u{2019}t", "vote"], Side::Absent, true),
    (&["not", "voting"], Side::Absent, true),
    (&["were", "absent"], Side::Absent, false),
    (&["did", "not", "attend"], Side::Absent, true),
    (&["were", "excused"], Side::Absent, false),
    (&["excused"], Side::Absent, false),
    (&["was", "absent"], Side::Absent, false),
    (&["in", "favour"], Side::Yes, true),
    (&["in", "favor"], Side::Yes, true),
    (&["in", "support"], Side::Yes, false),
    (&["voted", "for"], Side::Yes, true),
    (&["voted", "yes"], Side::Yes, true),
    (&["voting", "for"], Side::Yes, true),
    (&["voted", "against"], Side::No, true),
    (&["voting", "against"], Side::No, true),
    (&["voted", "no"], Side::No, true),
    (&["pushed", "for"], Side::Yes, false),
    (&["ayes"], Side::Yes, true),
    (&["yeas"], Side::Yes, true),
    (&["noes"], Side::No, true),
    (&["nays"], Side::No, true),
    (&["abstentions"], Side::Abstain, true),
    (&["abstention"], Side::Abstain, true),
    (&["abstained"], Side::Abstain, true),
    (&["abstaining"], Side::Abstain, true),
    (&["abstain"], Side::Abstain, true),
    (&["for"], Side::Yes, false),
    (&["yes"], Side::Yes, false),
    (&["supported"], Side::Yes, false),
    (&["backed"], Side::Yes, false),
    (&["backing"], Side::Yes, false),
    (&["favoured"], Side::Yes, false),
    (&["favored"], Side::Yes, false),
    (&["endorsed"], Side::Yes, false),
    (&["against"], Side::No, false),
    (&["no"], Side::No, false),
    (&["opposed"], Side::No, false),
    (&["opposing"], Side::No, false),
    (&["rejected"], Side::No, false),
    (&["objected"], Side::No, false),
    // A court's minority: "eight voting to annul the law and seven dissenting".
    (&["dissenting"], Side::No, false),
    (&["dissented"], Side::No, false),
    (&["absent"], Side::Absent, false),
];

/// A side named by what the members voted to do, after a count: "Fifty-two senators voted to
/// confirm her" (for the motion).
pub(crate) const VOTED_TO: &[&str] = &["voted", "to"];

/// The same, as a participle: "eight of its 15 justices voting to annul the measure".
pub(crate) const VOTING_TO: &[&str] = &["voting", "to"];

/// Verbs after [`VOTED_TO`] that name no side of the motion plainly ("voted to reject it",
/// "voted to acquit"): such a count is read as no side at all, never guessed.
pub(crate) const VOTED_TO_UNCLEAR: &[&str] =
    &["reject", "block", "oppose", "defeat", "kill", "scrap", "sink", "acquit", "abstain", "stop", "delay"];

/// Words opening a place or time between "voted" and its side: "voted in the Assembly on
/// Tuesday for", "voted on Monday against".
pub(crate) const ADJUNCT_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "overnight",
    "late",
    "early",
    "again",
    "yesterday",
    "today",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The sides of a parliamentary division, named before their count: "Ayes 330, Noes 275".
pub(crate) const LOBBIES: &[&str] = &["ayes", "noes", "yeas", "nays"];

/// The lobbies of those in favour.
pub(crate) const YES_LOBBIES: &[&str] = &["ayes", "yeas"];

/// Where a lobby stands, between its name and its count: "ayes to the right, 301".
pub(crate) const LOBBY_PLACES: &[&[&str]] = &[&["to", "the", "right"], &["to", "the", "left"]];

/// Words that make a side a count of zero: "no abstentions", "none against".
pub(crate) const ZERO_WORDS: &[&str] = &["no", "none"];

/// Words after a number that make it a share, not a count: "52 percent", "55%".
pub(crate) const PERCENT_WORDS: &[&str] = &["percent", "per", "pc"];

/// Words between the counts of a pair: "9 votes to 4".
pub(crate) const VOTE_NOUNS: &[&str] = &["votes", "vote"];

/// Words of voting, which end a failure's reach: "after talks failed, the council voted 13-2".
pub(crate) const VOTING: &[&str] = &["voted", "voting", "vote", "votes"];

/// Words between a count and its side: "116 member states voted in favour".
pub(crate) static COUNT_NOUNS: Vocab = Vocab::new(&[
    "votes",
    "vote",
    "members",
    "member",
    "states",
    "countries",
    "nations",
    "delegations",
    "council",
    "governments",
    "lawmakers",
    "senators",
    "mps",
    "tds",
    "msps",
    "mlas",
    "mpps",
    "mnas",
    "peers",
    "deputies",
    "delegates",
    "representatives",
    "legislators",
    "judges",
    "justices",
    "jurors",
    "councillors",
    "councilors",
    "aldermen",
    "alderpersons",
    "federations",
    "associations",
    "bishops",
    "clergy",
    "priests",
    "governors",
    "mayors",
    "ministers",
    "cardinals",
    "students",
    "workers",
    "employees",
    "unions",
    "clubs",
    "parties",
    "provinces",
    "regions",
    "national",
    "supervisors",
    "trustees",
    "directors",
    "commissioners",
    "shareholders",
    "others",
    "more",
    "ballots",
    "were",
    "had",
    "have",
    "state",
    "country",
    "nation",
    "delegation",
    "government",
    "lawmaker",
    "senator",
    "mp",
    "td",
    "msp",
    "mla",
    "meps",
    "mep",
    "deputy",
    "delegate",
    "representative",
    "legislator",
    "judge",
    "other",
    "also",
    "all",
    "that",
    "which",
    "who",
]);

/// Words after "N-M" that make it a range or a measure, not a score: "12-13 June".
pub(crate) static NOT_SCORES: Vocab = Vocab::new(&[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    // "3-4 people": a range of a count.
    "people",
    "persons",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "minutes",
    "percent",
    "per",
    "million",
    "billion",
    "km",
    "kg",
    "am",
    "pm",
    "a.m.",
    "p.m.",
]);

/// Nouns after "of the N" that make N a membership: "of the 15 council members".
pub(crate) const MEMBER_NOUNS: &[&str] = &[
    "members",
    "member",
    "council",
    "states",
    "countries",
    "nations",
    "delegations",
    "seats",
    "senators",
    "lawmakers",
    "mps",
    "tds",
    "msps",
    "mlas",
    "deputies",
    "judges",
    "justices",
    "governments",
];

/// Endings of a word that states a body's size: "15-member", "27-nation", "300-seat".
pub(crate) const MEMBER_SUFFIXES: &[&str] = &["-member", "-nation", "-strong", "-seat", "-judge", "-justice"];

/// First three letters, in lower case, of the words a number can start with.
pub(crate) const NUMBER_STARTS: &[&[u8; 3]] = &[
    b"zer", b"one", b"two", b"thr", b"fou", b"fiv", b"six", b"sev", b"eig", b"nin", b"ten", b"ele", b"twe", b"fif",
    b"thi", b"for", b"hun", b"tho", b"mil", b"bil", b"nil",
];

/// Words that make a sentence about a vote.
pub(crate) static VOTE_WORDS: Vocab = Vocab::new(&[
    // A jury's: "returned a majority verdict of 10 to 2".
    "verdict",
    "vote",
    "votes",
    "voted",
    // "with the justices split 5-4".
    "split",
    "voting",
    "ballot",
    "ballots",
    "abstention",
    "abstentions",
    "abstain",
    "abstained",
    "abstaining",
    "adopted",
    "approved",
    "passed",
    "rejected",
    "defeated",
    "failed",
    "tally",
    "resolution",
    "motion",
    "amendment",
    "veto",
    "vetoed",
    "ruled",
    "ruling",
    "decision",
    "upheld",
    "struck",
]);

/// Verbs of backing before a score that make it the vote's: "The committee backed the change 187-64"
/// (not "Ages 18-24 backed the party"), "confirmed her 52-47", "cleared the House 220-210",
/// "ratified the treaty 68-31", "had recommended the article 6-1".
pub(crate) const BACKING_VERBS: &[&str] =
    &["backed", "endorsed", "supported", "confirmed", "cleared", "ratified", "recommended"];

/// Head words of the upper and the lower house, for "in the upper house" after one is named.
pub(crate) const UPPER_CHAMBERS: &[&str] = &["senate", "lords", "bundesrat", "seanad"];
pub(crate) const LOWER_CHAMBERS: &[&str] =
    &["representatives", "commons", "bundestag", "deputies", "sejm", "duma", "dáil", "dail"];

/// Capitalised last words of a voting body's name.
pub(crate) static BODY_HEADS: Vocab = Vocab::new(&[
    "assembly",
    "council",
    "parliament",
    "senate",
    "congress",
    "commission",
    "committee",
    "board",
    "duma",
    "knesset",
    "bundestag",
    "dáil",
    "dail",
    "representatives",
    "commons",
    "lords",
    "governors",
    "deputies",
    "conference",
    "house",
    "court",
    // India's Lok Sabha and Rajya Sabha, a state's Vidhan Sabha.
    "sabha",
    // "the IOC Session", the Olympic committee's assembly of members.
    "session",
    "sejm",
    "senedd",
    "riksdag",
    "storting",
    "folketing",
    "rada",
    "tribunal",
    "body",
    "eduskunta",
    "saeima",
    "seimas",
    "riigikogu",
    "althing",
    // A union's or a federation's members ("the Post Primary Teachers' Association"); not
    // "Convention", more often a treaty ("ILO Convention No. 87") than a party's delegates.
    "association",
    "federation",
    // Taiwan's Legislative Yuan, a US state's Legislature, a federation's Bureau, a co-op.
    "yuan",
    "legislature",
    "bureau",
    "co-operative",
    "cooperative",
    // Malaysia's Dewan Rakyat and Dewan Negara; a New England Town Meeting.
    "rakyat",
    "negara",
    "meeting",
    // A church's "General Synod".
    "synod",
    // Regional and national chambers named in their own languages: Germany's Landtage and
    // Bundesrat, Austria's and Switzerland's councils, Ireland's, Croatia's, Iran's, Myanmar's
    // (not "Diet", "Cortes" or "Landrat": a diet, a surname, a district's head).
    "landtag",
    "bundesrat",
    "nationalrat",
    "ständerat",
    "oireachtas",
    "seanad",
    "sabor",
    "sobranie",
    "majlis",
    "hluttaw",
    // Bangladesh's Jatiya Sangsad, India's Sansad, Mongolia's State Great Khural.
    "sangsad",
    "sansad",
    "khural",
]);

/// Bodies a single word names ("the Dáil", Ireland's lower house, also written without the accent).
pub(crate) const SINGLE_BODIES: &[&str] = &[
    "House",
    "Commons",
    "Lords",
    "Parliament",
    "Senate",
    "Congress",
    "Duma",
    "Knesset",
    "Bundestag",
    "Dáil",
    "Dail",
    "Sejm",
    "Senedd",
    "Riksdag",
    "Storting",
    "Folketing",
    "Rada",
    "Eduskunta",
    "Saeima",
    "Seimas",
    "Riigikogu",
    "Althing",
    // "The Bureau, the federation's executive body, had endorsed the proposal".
    "Bureau",
    "Landtag",
    "Bundesrat",
    "Nationalrat",
    "Ständerat",
    "Oireachtas",
    "Seanad",
    "Sabor",
    "Sobranie",
    "Majlis",
    "Hluttaw",
    "Sangsad",
    "Khural",
];

/// Lower-case words for a body named generically: "council members", "the assembly".
pub(crate) const GENERIC_BODIES: &[&str] = &[
    "council",
    "assembly",
    "parliament",
    "senate",
    "congress",
    "commission",
    "committee",
    "board",
    "convention",
    "synod",
    "union",
    "jury",
    "co-operative",
    "cooperative",
    "legislature",
    // "..., the society said", after "the Coastal Pacific Students' Society".
    "society",
    "club",
    // "The court also upheld the law in 2018, by seven votes to two."
    "court",
    // "In 2022 the chamber rejected a narrower version 12-18."
    "chamber",
];

/// Heads of members' bodies that hold ballots, noted when named in full so that "the union"
/// or "the society" after them is that body.
pub(crate) const MEMBERS_BODIES: &[&str] = &["Union", "Society"];

/// Small words that join the capitalised words of a body's name: "House of Commons".
pub(crate) const NAME_JOINERS: &[&str] = &["of", "and", "on", "for"];

/// Words stripped from the front of a body's name: "UN Security Council" → "Security Council".
pub(crate) const NAME_PREFIXES: &[&str] = &["UN ", "U.N. ", "United Nations ", "the ", "The "];

/// Capitalised words that start sentences but no body's name.
pub(crate) const NOT_IN_NAMES: &[&str] = &[
    "the", "a", "an", "but", "and", "on", "in", "at", "for", "of", "while", "when", "after", "before", "if", "as",
    "by", "with", "from", "to", "this", "that", "its", "their", "his", "her",
];

/// What was voted on, when no clause says it.
pub(crate) const SUBJECT_NOUNS: &[&str] = &[
    "resolution",
    "motion",
    "bill",
    "measure",
    "amendment",
    "proposal",
    "declaration",
    "treaty",
    "budget",
    "referral",
    "agenda",
];

/// Verbs whose object is what a vote was for: "pushed for X", "voted to X".
pub(crate) const FOR_VERBS: &[&[&str]] = &[
    &["voted", "in", "favour", "of"],
    &["voted", "in", "favor", "of"],
    &["pushed", "for"],
    &["voted", "for"],
    &["called", "for"],
    &["voted", "to"],
];

/// Words that end the object of a "for" verb: "pushed for X, but ...".
pub(crate) const SUBJECT_ENDS: &[&str] = &["but", "while", "whereas"];

/// Articles; one before a failure word makes it an adjective ("the failed coup").
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// Indefinite articles, as in "holds a 5-4 majority".
pub(crate) const INDEFINITE: &[&str] = &["a", "an"];

/// Words between a score and "majority" that make it the make-up of a body, not a vote:
/// "a 6-3 conservative majority".
pub(crate) const PARTY_WORDS: &[&str] = &[
    "conservative",
    "liberal",
    "republican",
    "democratic",
    "democrat",
    "gop",
    "partisan",
    "progressive",
    "opposition",
    "government",
    "labour",
    "tory",
];

/// Nouns right after a score that make it the split of a decision, however far the vote word:
/// "in a 3:2 verdict", "a 5–4 decision", "with a 7-4 majority of the justices backing it". (A
/// standing majority, "has a 6-3 conservative majority", is still read as none.)
pub(crate) const DECISION_NOUNS: &[&str] =
    &["verdict", "decision", "ruling", "judgment", "judgement", "majority", "split"];

/// Words after "majority" that make it a standing one: "a 5-4 majority on the panel".
pub(crate) const STANDING_AFTER: &[&str] = &["on", "in"];

/// Verbs whose object is a standing majority, not a vote: "holds a 5-4 majority".
pub(crate) const HOLD_VERBS: &[&str] =
    &["has", "have", "had", "hold", "holds", "enjoy", "enjoys", "command", "commands", "control", "controls"];

/// Words right before a match result: "won 3-1", "trailed 2-0".
pub(crate) const SPORT_BEFORE: &[&str] = &["won", "lost", "drew", "trailed", "led", "leading", "trailing", "beat"];

/// Verbs before a team's name and a match result: "beat Hull 3-1".
pub(crate) const SPORT_VERBS: &[&str] =
    &["beat", "beating", "defeated", "defeating", "thrashed", "edged", "routed", "crushed"];

/// Words right after a match result: "a 3-0 thrashing".
pub(crate) const SPORT_AFTER: &[&str] =
    &["thrashing", "drubbing", "scoreline", "draw", "rout", "aggregate", "lead", "halftime", "half-time"];

/// Words by which a motion fails: with the larger count first, "failed 7-2" is 2 for, 7
/// against.
pub(crate) const FAILED: &[&str] = &["failed", "fails", "fell", "defeated", "rejected", "rejects", "defeats"];

/// Two-word verbs by which a motion fails: "voted down", "turned down".
pub(crate) const FAILED_PHRASES: &[&[&str]] =
    &[&["voted", "down"], &["turned", "down"], &["threw", "out"], &["thrown", "out"]];

/// Verbs by which a motion gets a count of votes: "received 346 votes", "gaining only 139 votes".
pub(crate) const GOT_VERBS: &[&str] = &[
    "received",
    "receiving",
    "won",
    "winning",
    "got",
    "gained",
    "gaining",
    "garnered",
    "secured",
    "obtained",
    "drew",
    "attracted",
    "mustered",
];

/// Words after a count of votes that make it a margin, not a side: "with three votes to spare".
pub(crate) const MARGIN_WORDS: &[&str] = &["to", "short", "more", "fewer", "less", "shy", "ahead"];

/// Words by which a motion passes; with one of them in the sentence no count is turned round.
pub(crate) const PASSED: &[&str] = &[
    "passed",
    "passes",
    "pass",
    "passing",
    "approved",
    "approves",
    "approve",
    "approving",
    "adopted",
    "adopts",
    "adopt",
    "adopting",
    "carried",
    "upheld",
    "endorsed",
    "ratified",
    "confirmed",
    "backed",
    "won",
];

/// Words before a verb of passing that make it a prospect, not a result: "which must also approve".
pub(crate) const PROSPECTS: &[&str] = &["must", "will", "would", "could", "should", "may", "might", "can", "to"];

/// Verbs after "to" that turn a motion down, so a count "voted 4-1 to reject the plan" is those
/// against the plan first ([`VOTED_TO_UNCLEAR`] without "acquit", "abstain", "stop", "delay").
pub(crate) const TURN_DOWN: &[&str] = &["reject", "block", "oppose", "defeat", "kill", "scrap", "sink"];

/// Words that open an aside in commas between a count and its side: "12, including China, ...,
/// opposed it", "11, all from the party that proposed it, in favour".
pub(crate) const ASIDE_OPENERS: &[&str] =
    &["including", "among", "all", "mostly", "most", "many", "both", "chiefly", "mainly"];

/// Words that open a list of the member states on one side, in a sentence of its own: "Among
/// those voting no were China, Iran and the United States".
pub(crate) const SIDE_LISTS: &[(&[&str], Side)] = &[
    (&["voting", "no", "were"], Side::No),
    (&["voting", "against", "were"], Side::No),
    (&["voted", "against", "were"], Side::No),
    (&["opposing", "it", "were"], Side::No),
    (&["voting", "in", "favour", "were"], Side::Yes),
    (&["voting", "in", "favor", "were"], Side::Yes),
    (&["voting", "yes", "were"], Side::Yes),
    (&["abstaining", "were"], Side::Abstain),
    (&["abstained", "were"], Side::Abstain),
];

/// Sides after "were among the states that ...", whose list came first.
pub(crate) const LIST_BEFORE_SIDES: &[(&[&str], Side)] = &[
    (&["voting", "in", "favour"], Side::Yes),
    (&["voting", "in", "favor"], Side::Yes),
    (&["voting", "for"], Side::Yes),
    (&["voted", "against"], Side::No),
    (&["voting", "against"], Side::No),
    (&["voted", "no"], Side::No),
    (&["opposed", "it"], Side::No),
    (&["voted", "in", "favour"], Side::Yes),
    (&["voted", "in", "favor"], Side::Yes),
    (&["voted", "for", "it"], Side::Yes),
    (&["abstained"], Side::Abstain),
];

/// Verbs before "by" and a count that name its side: "backed by 176 member associations".
pub(crate) const SIDE_BY: &[(&str, Side)] =
    &[("backed", Side::Yes), ("supported", Side::Yes), ("endorsed", Side::Yes), ("opposed", Side::No)];

/// Words that start the object of "against" after "N to M": "voted 40 to 12 against the bill".
pub(crate) const DETERMINERS: &[&str] = &["the", "a", "an", "it", "this", "that", "its", "their", "his", "her", "any"];

/// Words after "against" that go on with the tally, not its object: "7-2 against, with ...".
pub(crate) const TALLY_GOES_ON: &[&str] = &["with", "and"];

/// Nouns for a body that can be "unanimous" itself: "The eight-member panel was unanimous".
pub(crate) const DECIDING_BODIES: &[&str] =
    &["panel", "court", "bench", "jury", "council", "board", "committee", "commission", "justices", "judges"];

/// Words by which a body decides with no one against: "unanimously adopted".
pub(crate) const UNANIMOUS_VERBS: &[&str] = &[
    "renewed",
    "extended",
    "adopted",
    "approved",
    "passed",
    "voted",
    "backed",
    "endorsed",
    "ratified",
    "confirmed",
    "upheld",
    "ruled",
    "elected",
    "agreed",
];

/// The words of a unanimous decision.
pub(crate) const UNANIMOUS: &[&str] = &["unanimously", "unanimous"];

/// Words up to three before "unanimously" that deny it: "not unanimously", "nearly unanimous".
pub(crate) const NOT_UNANIMOUS: &[&str] = &["not", "never", "failed", "without", "nearly", "almost"];

/// Words of a Security Council text adopted without a vote: "a presidential statement".
pub(crate) const NO_VOTE_TEXTS: &[&str] = &["statement", "presidential", "press"];

/// Verbs by which a named member state takes a side: "Russia and China voted against".
pub(crate) const SIDE_VERBS: &[(&[&str], Side)] = &[
    (&["voted", "in", "favour"], Side::Yes),
    (&["voted", "in", "favor"], Side::Yes),
    (&["voted", "for"], Side::Yes),
    (&["voted", "yes"], Side::Yes),
    (&["supported"], Side::Yes),
    (&["backed"], Side::Yes),
    (&["endorsed"], Side::Yes),
    (&["favoured"], Side::Yes),
    (&["favored"], Side::Yes),
    (&["pushed", "for"], Side::Yes),
    (&["voting", "in", "favour"], Side::Yes),
    (&["voting", "in", "favor"], Side::Yes),
    (&["voting", "for"], Side::Yes),
    (&["voted", "against"], Side::No),
    (&["voting", "against"], Side::No),
    (&["voted", "no"], Side::No),
    (&["opposed"], Side::No),
    (&["rejected"], Side::No),
    (&["objected"], Side::No),
    (&["vetoed"], Side::No),
    (&["blocked"], Side::No),
    (&["abstained"], Side::Abstain),
    (&["abstaining"], Side::Abstain),
    (&["chose", "to", "abstain"], Side::Abstain),
];

/// Words between member states and their verb: "Russia and China both voted against".
pub(crate) const SIDE_VERB_LEADS: &[&str] = &["also", "all", "both", "each", "had", "have"];

/// Parties' letters, whose "members" voting are a caucus, not a members' body: "GOP members".
pub(crate) const PARTY_LETTERS: &[&str] = &[
    "GOP", "SNP", "ANC", "BJP", "CDU", "CSU", "SPD", "FDP", "AFD", "PSOE", "LDP", "NDP", "DUP", "SDLP", "UUP", "ALP",
    "LNP", "PTI", "PPP", "DMK", "TMC", "AAP", "EFF", "KMT", "DPP", "VVD", "PVV", "SVP", "PRI", "PAN", "UMNO", "PAP",
];

/// Nouns after a party's name that make its members a caucus: "Members of the Republican
/// conference".
pub(crate) const CAUCUS_NOUNS: &[&str] = &["conference", "caucus", "delegation", "group", "faction", "wing", "benches"];

/// Nouns after a body's name that speak of what it decided, not of a vote it holds: "a Court
/// of Appeals ruling", "the Labour Court recommendation".
pub(crate) const DECISIONS_OF_OTHERS: &[&str] = &[
    "ruling",
    "rulings",
    "decision",
    "judgment",
    "judgement",
    "verdict",
    "recommendation",
    "recommendations",
    "report",
    "order",
    "findings",
    "precedent",
    "opinion",
];

/// Small words inside a list of member states: "Russia and the United States".
pub(crate) const LIST_WORDS: &[&str] = &["and", "the", "both"];

/// Words that put member states on the side of the count before: "20 against, including X".
pub(crate) const INCLUDING: &[&str] = &["including", "among"];

/// Pronouns after "among" before the member states: "among them Hungary".
pub(crate) const INCLUDED: &[&str] = &["them", "whom"];

/// Verbs of asking, which make a count of supporters a request rather than a vote.
pub(crate) const REQUEST_VERBS: &[&[&str]] =
    &[&["pushed", "for"], &["called", "for"], &["asked", "for"], &["requested"], &["signed"], &["wrote"], &["urged"]];

/// Words that open a clause contrasting with the count: "..., but Russia and China argued".
pub(crate) const CONTRAST: &[&str] = &["but", "while", "whereas", "although", "though"];
