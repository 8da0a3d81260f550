//! Vote tallies in prose: "approved by a vote of 116 to 20 with 53 abstentions", "adopted
//! 11-2-2", "by 9 votes to 4", "X in favour, Y against and Z abstaining", "with N absent",
//! "Ten of the 15 council members pushed for ..., but Russia and China argued ...".
//!
//! One tally per sentence. Counts are read from numbers followed by a side ("in favour",
//! "against", "abstentions", "did not vote"), from "N to M" pairs and from "N-M(-K)" scores;
//! weak sides ("for", "against", "pushed for") need a vote word in the sentence or a stated
//! membership. Nothing is guessed: a part the sentence does not give stays `None`.
//!
//! Also read: "Ayes 330, Noes 275" and "ayes to the right, 301" (the side before the count);
//! a count split from its side by an aside in dashes or parentheses ("seven — among them
//! Hungary — voted against", the members named there join that side); "the 15-member council
//! unanimously adopted" as all members for, 0 against, 0 abstaining (only with the size
//! stated in the sentence: a unanimous vote of unstated size gives no tally, no number is
//! invented); and a lone abstention or absence count in the next sentence of the same
//! paragraph ("... approved 51 to 9. Six members abstained."), which joins the tally before
//! when that tally lacks it.
//!
//! A motion that failed got the smaller count: with "failed", "defeated", "rejected", "voted
//! down" or "turned down" within ten words before a pair of counts without sides ("7-2",
//! "40 votes to 12"), not as an adjective ("the failed coup"), with no vote verb between and
//! no word of passing ("passed", "approved", "adopted", "upheld", ...) in the sentence, and
//! the larger count first, the two are turned round: yes = the smaller. A pair already
//! written for–against ("rejected by 99 votes to 322") stays as it is.
//!
//! A score near a vote word is still no tally when it is the make-up of a body ("has a 6-3
//! conservative majority", "hold a 5-4 majority on the panel"), a match result ("beat Hull
//! 3-1", "a 3-0 thrashing") or opens a quotation.
//!
//! The body is the one named at the count ("of the 15 council members" → the council last
//! named, else the Security Council), else one named in the sentence before the count, else
//! the body of the last sentence about a vote, else the last body named.

use crate::model::{Paragraph, Tally};
use crate::nations;
use crate::numbers;
use crate::tokens::{Para, Tok};
use crate::vocabulary::Vocab;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Yes,
    No,
    Abstain,
    Absent,
}

/// Word sequences naming a side after a count, longest first, with whether they are
/// strong enough to make a tally without any other vote word.
const SIDES: &[(&[&str], Side, bool)] = &[
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
    (&["absent"], Side::Absent, false),
];

/// Words between a count and its side: "116 member states voted in favour".
static COUNT_NOUNS: Vocab = Vocab::new(&[
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
    "deputies",
    "delegates",
    "representatives",
    "legislators",
    "judges",
    "others",
    "more",
    "ballots",
    "were",
    "had",
    "have",
    "member",
    "state",
    "country",
    "nation",
    "delegation",
    "government",
    "lawmaker",
    "senator",
    "mp",
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
static NOT_SCORES: Vocab = Vocab::new(&[
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
const MEMBER_NOUNS: &[&str] = &[
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
    "deputies",
    "judges",
    "governments",
];

/// Words that make a sentence about a vote.
static VOTE_WORDS: Vocab = Vocab::new(&[
    "vote",
    "votes",
    "voted",
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

/// Capitalised last words of a voting body's name.
static BODY_HEADS: Vocab = Vocab::new(&[
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
    "representatives",
    "commons",
    "lords",
    "governors",
    "deputies",
    "conference",
    "house",
    "court",
]);

/// Bodies a single word names.
const SINGLE_BODIES: &[&str] = &["House", "Parliament", "Senate", "Congress", "Duma", "Knesset", "Bundestag"];

/// Lower-case words for a body named generically: "council members", "the assembly".
const GENERIC_BODIES: &[&str] =
    &["council", "assembly", "parliament", "senate", "congress", "commission", "committee", "board"];

/// What was voted on, when no clause says it.
const SUBJECT_NOUNS: &[&str] = &[
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
const FOR_VERBS: &[&[&str]] = &[
    &["voted", "in", "favour", "of"],
    &["voted", "in", "favor", "of"],
    &["pushed", "for"],
    &["voted", "for"],
    &["called", "for"],
    &["voted", "to"],
];

/// Capitalised words that start sentences but no body's name.
const NOT_IN_NAMES: &[&str] = &[
    "the", "a", "an", "but", "and", "on", "in", "at", "for", "of", "while", "when", "after", "before", "if", "as",
    "by", "with", "from", "to", "this", "that", "its", "their", "his", "her",
];

/// Words between a score and "majority" that make it the make-up of a body, not a vote:
/// "a 6-3 conservative majority".
const PARTY_WORDS: &[&str] = &[
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

/// Verbs whose object is a standing majority, not a vote: "holds a 5-4 majority".
const HOLD_VERBS: &[&str] =
    &["has", "have", "had", "hold", "holds", "enjoy", "enjoys", "command", "commands", "control", "controls"];

/// Words right before a match result: "won 3-1", "trailed 2-0".
const SPORT_BEFORE: &[&str] = &["won", "lost", "drew", "trailed", "led", "leading", "trailing", "beat"];

/// Verbs before a team's name and a match result: "beat Hull 3-1".
const SPORT_VERBS: &[&str] = &["beat", "beating", "defeated", "defeating", "thrashed", "edged", "routed", "crushed"];

/// Words right after a match result: "a 3-0 thrashing".
const SPORT_AFTER: &[&str] =
    &["thrashing", "drubbing", "scoreline", "draw", "rout", "aggregate", "lead", "halftime", "half-time"];

/// A score that is no division of a vote, though a vote word is near: a standing majority
/// ("which has a 6-3 conservative majority", "hold a 5-4 majority on the panel"), a match
/// result ("beat Hull 3-1", "a 3-0 thrashing", "won 3-1") or a score opening a quotation.
fn not_a_division(t: &[Tok], k: usize, s: usize, e: usize) -> bool {
    let next = |d: usize| (k + d < e).then(|| &t[k + d]);
    let prev = |d: usize| (k >= s + d).then(|| &t[k - d]);
    let next_is = |d: usize, ws: &[&str]| next(d).is_some_and(|x| x.any(ws));
    let prev_is = |d: usize, ws: &[&str]| prev(d).is_some_and(|x| x.any(ws));
    let party = next_is(1, PARTY_WORDS) && next_is(2, &["majority"]);
    let standing = next_is(1, &["majority"]) && next_is(2, &["on", "in"]);
    let article = usize::from(prev_is(1, &["a", "an"]));
    let held = prev_is(1 + article, HOLD_VERBS) && (next_is(1, &["majority"]) || party);
    let sport = prev_is(1, SPORT_BEFORE)
        || prev_is(2, SPORT_VERBS) && prev(1).is_some_and(|x| x.cap())
        || next_is(1, SPORT_AFTER);
    let quoted = prev(1).is_some_and(|x| !x.word && matches!(x.ch(), '"' | '\u{201c}' | '\u{2018}' | '\''));
    party || standing || held || sport || quoted
}

/// Words by which a motion fails: with the larger count first, "failed 7-2" is 2 for, 7
/// against.
const FAILED: &[&str] = &["failed", "fails", "defeated", "rejected", "rejects", "defeats"];

/// Words by which a motion passes; with one of them in the sentence no count is turned round.
const PASSED: &[&str] = &[
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

/// Does a motion fail before the pair of counts at `at` ("failed on a 7-2 vote", "was
/// defeated 322-99", "rejected the plan by 40 votes to 12")? A failure word within ten
/// words before the pair, not used as an adjective ("the failed coup"), no other vote verb
/// between ("after talks failed, the council voted 13-2"), and no word of passing anywhere
/// in the sentence.
fn fails_before(t: &[Tok], s: usize, e: usize, at: usize) -> bool {
    if (s..e).any(|k| t[k].any(PASSED)) {
        return false;
    }
    (at.saturating_sub(10).max(s)..at).any(|j| {
        let down = seq_at(t, j, at, &["voted", "down"]) || seq_at(t, j, at, &["turned", "down"]);
        let failed = t[j].any(FAILED) && !(j > s && t[j - 1].any(&["the", "a", "an"]));
        let skip = if down { 2 } else { 1 };
        (down || failed) && !(j + skip..at).any(|x| t[x].any(&["voted", "voting", "vote", "votes"]))
    })
}

/// Is the pair of counts ending before `end` the tally against something: "voted 7-2 against
/// the measure", "voted 40 to 12 against the bill"? "against" right after the pair, followed
/// by its object; after "N to M" only an object that starts with a determiner, since "by 116
/// votes to 20 against, with 53 abstentions" names the side of the 20.
fn against_after(t: &[Tok], end: usize, e: usize, scored: bool) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "it", "this", "that", "its", "their", "his", "her", "any"];
    if end >= e || !t[end].eq("against") {
        return false;
    }
    match t.get(end + 1).filter(|_| end + 1 < e) {
        Some(next) if next.word => {
            !number_like(next.s) && (next.any(DETERMINERS) || scored && !next.any(&["with", "and"]))
        }
        // "the council voted 7-2 against."
        _ => scored,
    }
}

/// Words by which a body decides with no one against: "unanimously adopted".
const UNANIMOUS_VERBS: &[&str] = &[
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

/// The word "unanimously" (or "unanimous") of a sentence that reports a unanimous decision,
/// not negated ("not unanimously", "failed to unanimously").
fn unanimous_at(t: &[Tok], s: usize, e: usize) -> Option<usize> {
    if !(s..e).any(|k| t[k].any(UNANIMOUS_VERBS)) {
        return None;
    }
    let negated = |k: usize| {
        (k.saturating_sub(3).max(s)..k)
            .any(|x| t[x].any(&["not", "never", "failed", "without", "nearly", "almost"]) || t[x].s.ends_with("n't"))
    };
    (s..e).find(|&k| t[k].any(&["unanimously", "unanimous"]) && !negated(k))
}

/// "Ayes 330", "ayes to the right, 301": a count after the side of a parliamentary division.
fn lobby_count(t: &[Tok], i: usize, e: usize) -> Option<(u32, usize)> {
    let mut m = i;
    if seq_at(t, m, e, &["to", "the", "right"]) || seq_at(t, m, e, &["to", "the", "left"]) {
        m += 3;
    }
    while m < e && (t[m].is(',') || t[m].is(':')) {
        m += 1;
    }
    let (v, next) = number_at(t, m, e)?;
    let percent = t.get(next).is_some_and(|x| x.any(&["percent", "per", "pc"]) || x.is('%'));
    (!percent).then_some(v?).map(|v| (v, next))
}

/// An aside between a count and its side, "seven — among them Hungary — voted against":
/// the index after its closing dash or parenthesis, if it closes within a dozen words.
fn aside_end(t: &[Tok], m: usize, e: usize) -> Option<usize> {
    let open = &t[m];
    let close = match open.ch() {
        '(' if !open.word => ')',
        c @ ('\u{2014}' | '\u{2013}') if !open.word => c,
        _ => return None,
    };
    (m + 1..e.min(m + 14)).find(|&x| t[x].is(close)).map(|x| x + 1)
}

fn any_of(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Do the words at `i` spell `seq`?
fn seq_at(t: &[Tok], i: usize, end: usize, seq: &[&str]) -> bool {
    i + seq.len() <= end && seq.iter().enumerate().all(|(k, w)| t[i + k].eq(w))
}

fn side_at(t: &[Tok], i: usize, end: usize) -> Option<(Side, bool, usize)> {
    SIDES.iter().find(|(seq, _, _)| seq_at(t, i, end, seq)).map(|&(seq, side, strong)| (side, strong, seq.len()))
}

/// A number at token `i`: its value (`None` on overflow) and the index after it.
fn number_at(t: &[Tok], i: usize, end: usize) -> Option<(Option<u32>, usize)> {
    let mut words: [&str; 8] = [""; 8];
    let mut n = 0;
    while n < 8 && i + n < end && t[i + n].word {
        words[n] = t[i + n].s;
        n += 1;
    }
    numbers::read(&words[..n]).map(|r| (r.value, i + r.words))
}

/// "11-2-2", "14–0–1", "116-20": two or three small counts joined by dashes.
fn score(w: &str) -> Option<([u32; 3], usize)> {
    let mut out = [0; 3];
    let mut n = 0;
    for p in w.split(['-', '\u{2013}']) {
        let ok = !p.is_empty()
            && p.len() <= 3
            && p.bytes().all(|b| b.is_ascii_digit())
            && (p.len() == 1 || !p.starts_with('0'));
        if !ok || n == 3 {
            return None;
        }
        out[n] = p.parse().ok()?;
        n += 1;
    }
    (n >= 2).then_some((out, n))
}

/// Could this word be (the start of) a number? A cheap filter before [`numbers::read`].
fn number_like(w: &str) -> bool {
    const STARTS: &[&[u8; 3]] = &[
        b"zer", b"one", b"two", b"thr", b"fou", b"fiv", b"six", b"sev", b"eig", b"nin", b"ten", b"ele", b"twe", b"fif",
        b"thi", b"for", b"hun", b"tho", b"mil", b"bil",
    ];
    let b = w.as_bytes();
    match b {
        [d, ..] if d.is_ascii_digit() => true,
        [x, y, z, ..] => {
            let key = [x.to_ascii_lowercase(), y.to_ascii_lowercase(), z.to_ascii_lowercase()];
            STARTS.iter().any(|s| **s == key)
        }
        _ => false,
    }
}

/// "15-member" → 15.
fn member_prefix(w: &str) -> Option<u32> {
    let n = w
        .strip_suffix("-member")
        .or_else(|| w.strip_suffix("-nation"))
        .or_else(|| w.strip_suffix("-strong"))
        .or_else(|| w.strip_suffix("-seat"))?;
    numbers::digits(n).flatten().or_else(|| numbers::read(&[n]).filter(|r| r.words == 1).and_then(|r| r.value))
}

/// A voting body named in full, e.g. "UN General Assembly" → "UN General Assembly",
/// "UN Security Council" → "Security Council".
fn canonical(name: &str) -> String {
    let mut rest = name;
    for prefix in ["UN ", "U.N. ", "United Nations ", "the ", "The "] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
        }
    }
    if rest == "General Assembly" {
        "UN General Assembly".to_string()
    } else {
        rest.to_string()
    }
}

/// The name of a body named only generically ("the council"), when no body with that head word
/// has been named: the word itself, capitalised. Never a guess at which council it is.
fn generic_default(head: &str) -> String {
    let mut cs = head.chars();
    cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

/// Bodies named in full in tokens `[s, e)`: (token of the head word, name, lower-case head).
/// A possessive member state is the owner, not part of the name ("Britain's House of
/// Commons"); other possessives are ("National People's Congress").
fn bodies_in(p: &Para, s: usize, e: usize) -> Vec<(usize, String, String)> {
    let t = &p.toks;
    let mut out: Vec<(usize, usize, String, String)> = Vec::new();
    for h in s..e {
        if !(t[h].cap() && BODY_HEADS.has(t[h].s)) {
            continue;
        }
        let named = |x: usize| {
            let w = t[x].s;
            let owner = nations::strip_possessive(w) != w
                && (nations::exactly(w).is_some() || x > s && nations::exactly(p.span(x - 1, x)).is_some());
            t[x].cap() && !any_of(NOT_IN_NAMES, w) && !owner
        };
        let mut a = h;
        while a > s && a + 8 > h {
            if named(a - 1) {
                a -= 1;
            } else if a >= s + 2 && t[a - 1].any(&["of", "and", "on", "for"]) && named(a - 2) {
                a -= 2;
            } else {
                break;
            }
        }
        if a == h && !SINGLE_BODIES.contains(&t[h].s) || a + 1 == h && t[a].s == "White" {
            continue;
        }
        // "House of Commons" replaces the "House" found at its start.
        while out.last().is_some_and(|b| b.1 >= a) {
            out.pop();
        }
        out.push((a, h, canonical(p.span(a, h)), t[h].s.to_lowercase()));
    }
    out.into_iter().map(|(_, h, n, head)| (h, n, head)).collect()
}

/// Bodies named so far in the article.
#[derive(Default)]
struct Bodies {
    last: Option<String>,
    /// The first body of the last sentence about a vote.
    last_vote: Option<String>,
    /// Lower-case head word → the last body named with it.
    by_head: Vec<(String, String)>,
}

impl Bodies {
    fn note(&mut self, found: &[(usize, String, String)], about_vote: bool) {
        for (_, name, head) in found {
            self.last = Some(name.clone());
            match self.by_head.iter_mut().find(|(h, _)| h == head) {
                Some(entry) => entry.1 = name.clone(),
                None => self.by_head.push((head.clone(), name.clone())),
            }
        }
        if about_vote {
            if let Some((_, name, _)) = found.first() {
                self.last_vote = Some(name.clone());
            }
        }
    }

    /// The body a generic "council" means: the last voting body with that head word, else
    /// the last body named with it, else the usual one.
    fn generic(&self, head: &str) -> String {
        let voting = self.last_vote.as_ref().filter(|n| n.to_lowercase().ends_with(head));
        voting
            .cloned()
            .or_else(|| self.by_head.iter().find(|(h, _)| h == head).map(|(_, n)| n.clone()))
            .unwrap_or_else(|| generic_default(head))
    }
}

fn opposite(side: Side) -> Option<Side> {
    match side {
        Side::Yes => Some(Side::No),
        Side::No => Some(Side::Yes),
        _ => None,
    }
}

/// Verbs by which a named member state takes a side: "Russia and China voted against".
const SIDE_VERBS: &[(&[&str], Side)] = &[
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
    (&["voted", "against"], Side::No),
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

/// Verbs of asking, which make a count of supporters a request rather than a vote.
const REQUEST_VERBS: &[&[&str]] =
    &[&["pushed", "for"], &["called", "for"], &["asked", "for"], &["requested"], &["signed"], &["wrote"], &["urged"]];

/// Words that open a clause contrasting with the count: "..., but Russia and China argued".
const CONTRAST: &[&str] = &["but", "while", "whereas", "although", "though"];

/// Member states named as the subject of a clause that takes a side: "X and Y voted
/// against", "but Russia and China argued" (a contrast: the other side from the count's),
/// "20 against, including X and Y" (the side of the count before).
fn named_sides(p: &Para, (s, e): (usize, usize), main: Side, counts: &[(usize, Side)]) -> [Vec<String>; 3] {
    let t = &p.toks;
    let (mut yes, mut no, mut abstain) = (Vec::new(), Vec::new(), Vec::new());
    let mut add = |side: Option<Side>, codes: Vec<&'static str>| {
        let list = match side {
            Some(Side::Yes) => &mut yes,
            Some(Side::No) => &mut no,
            Some(Side::Abstain) => &mut abstain,
            _ => return,
        };
        for c in codes {
            if !list.iter().any(|x: &String| x == c) {
                list.push(c.to_string());
            }
        }
    };
    let subject_word = |x: &Tok| x.cap() || x.any(&["and", "the", "both"]) || x.is(',');
    for k in s..e {
        let x = &t[k];
        let contrast = x.any(CONTRAST);
        let including = x.any(&["including", "among"]);
        if !(k == s || contrast || including || x.is(',') || x.is(';') || x.eq("and")) {
            continue;
        }
        let mut a = if k == s && x.word && !contrast { k } else { k + 1 };
        while a < e && (t[a].is(',') || t[a].eq("and") || including && t[a].any(&["them", "whom"])) {
            a += 1;
        }
        let mut b = a;
        while b < e && b < a + 16 && subject_word(&t[b]) {
            b += 1;
        }
        while b > a && !t[b - 1].cap() {
            b -= 1;
        }
        if b == a {
            continue;
        }
        let codes = nations::countries_in(p.span(a, b - 1));
        if codes.is_empty() {
            continue;
        }
        let mut v = b;
        while v < e && t[v].any(&["also", "all", "both", "each", "had", "have"]) {
            v += 1;
        }
        let said = SIDE_VERBS.iter().find(|(seq, _)| seq_at(t, v, e, seq)).map(|&(_, side)| side);
        let side = if including {
            counts.iter().rev().find(|(at, _)| *at < k).map(|c| c.1)
        } else {
            match said {
                Some(side) => Some(side),
                None if contrast => opposite(main),
                None => None,
            }
        };
        add(side, codes);
    }
    [yes, no, abstain]
}

/// What the vote was on: the object of "pushed for"/"voted to", else a noun like "resolution".
fn subject(p: &Para, s: usize, e: usize) -> Option<String> {
    let t = &p.toks;
    for k in s..e {
        if let Some(seq) = FOR_VERBS.iter().find(|seq| seq_at(t, k, e, seq)) {
            let a = k + seq.len();
            let b = (a..e.min(a + 17))
                .find(|&x| !t[x].word && t[x].ch() != '-' || t[x].any(&["but", "while", "whereas"]))
                .unwrap_or(e);
            if b > a && b - a <= 15 && number_at(t, a, e).is_none() {
                return Some(p.span(a, b - 1).to_string());
            }
        }
    }
    (s..e).find(|&k| t[k].any(SUBJECT_NOUNS)).map(|k| {
        let draft = k > s && t[k - 1].eq("draft");
        let first = if draft { k - 1 } else { k };
        p.span(first, k).to_lowercase()
    })
}

/// The tally in sentence `[s, e)`, if it has one.
fn sentence_tally(
    p: &Para,
    (s, e): (usize, usize),
    about_vote: bool,
    found: &[(usize, String, String)],
    bodies: &Bodies,
) -> Option<Tally> {
    let t = &p.toks;
    let vote_near = |k: usize| (k.saturating_sub(8).max(s)..(k + 9).min(e)).any(|x| t[x].of(&VOTE_WORDS));
    let mut counts: Vec<(usize, Side, u32)> = Vec::new();
    let mut membership = None;
    let (mut sure, mut weak) = (false, false);
    // Where a pair of counts without sides ("7-2", "40 votes to 12") was read, and the token
    // after it.
    let mut pair: Option<(usize, usize)> = None;
    let put = |counts: &mut Vec<(usize, Side, u32)>, at: usize, side: Side, v: u32| {
        if !counts.iter().any(|c| c.1 == side) {
            counts.push((at, side, v));
        }
    };
    let mut k = s;
    while k < e {
        let w = &t[k];
        if !w.word {
            k += 1;
            continue;
        }
        if w.any(&["ayes", "noes", "yeas", "nays"]) {
            // "Ayes 330, Noes 275", "ayes to the right, 301".
            if let Some((v, next)) = lobby_count(t, k + 1, e) {
                let side = if w.any(&["ayes", "yeas"]) { Side::Yes } else { Side::No };
                put(&mut counts, k, side, v);
                sure = true;
                k = next;
                continue;
            }
        }
        if w.any(&["no", "none"]) {
            // "no abstentions", "none against": a count of zero.
            if let Some((side @ (Side::Abstain | Side::No), _, len)) = side_at(t, k + 1, e) {
                if !w.eq("no") || side == Side::Abstain {
                    put(&mut counts, k, side, 0);
                    sure = true;
                    k += 1 + len;
                    continue;
                }
            }
        }
        if !number_like(w.s) {
            k += 1;
            continue;
        }
        if w.s.contains(['-', '\u{2013}']) {
            if let Some(n) = member_prefix(w.s) {
                membership = membership.or(Some(n));
                k += 1;
                continue;
            }
            if let Some((parts, n)) = score(w.s) {
                let measure = t.get(k + 1).is_some_and(|x| x.of(&NOT_SCORES) || x.is('%'));
                if vote_near(k) && !measure && !not_a_division(t, k, s, e) {
                    pair = pair.or(Some((k, k + 1)));
                    let sides = [Side::Yes, Side::No, Side::Abstain];
                    for (&v, &side) in parts[..n].iter().zip(&sides) {
                        put(&mut counts, k, side, v);
                    }
                    sure = true;
                }
                k += 1;
                continue;
            }
        }
        let Some((value, after)) = number_at(t, k, e) else {
            k += 1;
            continue;
        };
        let Some(v) = value else {
            // Too large for a count: no tally is read from it.
            k = after;
            continue;
        };
        let percent = t.get(after).is_some_and(|x| x.any(&["percent", "per", "pc"]) || x.is('%'));
        if percent {
            k = after;
            continue;
        }
        // "of the 15 council members": a membership, not a count.
        // "of the 15 members", "9 out of 15 members" (but not "a total of 98 senators").
        let of_the = k > s + 1 && t[k - 1].eq("the") && t[k - 2].eq("of");
        let of_count =
            k > s + 1 && t[k - 1].eq("of") && (t[k - 2].eq("out") || t[k - 2].word && number_like(t[k - 2].s));
        let of = of_the || of_count;
        if of && after < e && t[after].any(MEMBER_NOUNS) {
            membership = membership.or(Some(v));
            k = after;
            continue;
        }
        // "116 to 20", "9 votes to 4".
        let mut m = after;
        if m < e && t[m].any(&["votes", "vote"]) {
            m += 1;
        }
        if about_vote && m + 1 < e && t[m].eq("to") {
            if let Some((Some(v2), next)) = number_at(t, m + 1, e) {
                pair = pair.or(Some((k, next)));
                put(&mut counts, k, Side::Yes, v);
                put(&mut counts, m + 1, Side::No, v2);
                sure = true;
                k = next;
                continue;
            }
        }
        // Skip nouns and a membership between the count and its side.
        let mut m = after;
        let mut hops = 0;
        while m < e && hops < 6 {
            if t[m].of(&COUNT_NOUNS) {
                m += 1;
                hops += 1;
                continue;
            }
            if let Some(next) = (hops == 0 || t[m - 1].of(&COUNT_NOUNS)).then(|| aside_end(t, m, e)).flatten() {
                m = next;
                hops += 1;
                continue;
            }
            if t[m].eq("of") {
                let x = if m + 1 < e && t[m + 1].eq("the") { m + 2 } else { m + 1 };
                if let Some((Some(total), next)) = number_at(t, x, e) {
                    membership = membership.or(Some(total));
                    m = next;
                    hops += 1;
                    continue;
                }
            }
            break;
        }
        if let Some((side, strong, len)) = side_at(t, m, e) {
            put(&mut counts, k, side, v);
            sure |= strong;
            weak |= !strong;
            k = m + len;
            continue;
        }
        k = after;
    }
    // "The 15-member council unanimously adopted ...": all members for, none against, no
    // abstentions. Only with the membership stated in the sentence, or a resolution of the
    // Security Council named there (always fifteen members; not a presidential or press
    // statement, which is adopted without a vote); otherwise no tally, since no count is given.
    if counts.is_empty() {
        let council_resolution = found.iter().any(|b| b.1 == "Security Council")
            && (s..e).any(|k| t[k].any(&["resolution"]))
            && !(s..e).any(|k| t[k].any(&["statement", "presidential", "press"]));
        let membership = membership.or(council_resolution.then_some(15));
        if let (Some(n), Some(at)) = (membership, unanimous_at(t, s, e)) {
            counts = vec![(at, Side::Yes, n), (at, Side::No, 0), (at, Side::Abstain, 0)];
            sure = true;
        }
    }
    if counts.is_empty() || !(sure || weak && (about_vote || membership.is_some())) {
        return None;
    }
    // A motion that failed got the smaller count: "failed on a 7-2 vote" is 2 for, 7 against,
    // and so does one voted against ("voted 7-2 against the measure"). A pair already written
    // for–against ("rejected by 99 votes to 322") stays as it is.
    let turned = pair.filter(|&(at, end)| fails_before(t, s, e, at) || against_after(t, end, e, t[at].s.contains('-')));
    if let Some((at, _)) = turned {
        let yes = counts.iter().position(|c| c.1 == Side::Yes && c.0 == at);
        let no = counts.iter().position(|c| c.1 == Side::No && c.0 >= at);
        if let (Some(y), Some(n)) = (yes, no) {
            if counts[y].2 > counts[n].2 {
                let (a, b) = (counts[y].2, counts[n].2);
                counts[y].2 = b;
                counts[n].2 = a;
            }
        }
    }
    let get = |side: Side| counts.iter().find(|c| c.1 == side).map(|c| c.2);
    let anchor = counts.iter().map(|c| c.0).min().unwrap_or(s);
    let body = found
        .iter()
        .find(|b| b.0 < anchor || b.0 <= anchor + 8)
        .map(|b| b.1.clone())
        .or_else(|| {
            let window = anchor.saturating_sub(6).max(s)..(anchor + 9).min(e);
            window
                .filter(|&x| t[x].any(GENERIC_BODIES))
                .map(|x| t[x].s.to_lowercase())
                .next()
                .map(|head| bodies.generic(&head))
        })
        .or_else(|| bodies.last_vote.clone())
        .or_else(|| bodies.last.clone());
    let side_list: Vec<(usize, Side)> = counts.iter().map(|c| (c.0, c.1)).collect();
    let main = counts.iter().min_by_key(|c| c.0).map_or(Side::Yes, |c| c.1);
    let [named_yes, named_no, named_abstain] = named_sides(p, (s, e), main, &side_list);
    // A request or a letter ("ten members pushed for ..."), not a vote: no vote word, a "for" verb.
    let request = !about_vote && (s..e).any(|k| REQUEST_VERBS.iter().any(|seq| seq_at(t, k, e, seq)));
    Some(Tally {
        body,
        subject: subject(p, s, e),
        yes: get(Side::Yes),
        no: get(Side::No),
        abstain: get(Side::Abstain),
        absent: get(Side::Absent),
        membership,
        named_yes,
        named_no,
        named_abstain,
        request,
        sentence: p.span(s, e - 1).to_string(),
        paragraph: String::new(),
    })
}

/// Does `next`, the tally of the sentence after `prev`'s in the same paragraph, only add
/// the abstentions or absences `prev` lacks? "... approved 51 to 9. Six members abstained."
fn joins_previous(prev: &Tally, next: &Tally) -> bool {
    let lone_abstain = next.abstain.is_some() && next.absent.is_none() && prev.abstain.is_none();
    let lone_absent = next.absent.is_some() && next.abstain.is_none() && prev.absent.is_none();
    let counted = prev.yes.is_some() || prev.no.is_some();
    counted
        && next.yes.is_none()
        && next.no.is_none()
        && next.membership.is_none()
        && !next.request
        && (lone_abstain || lone_absent)
        && (next.body.is_none() || next.body == prev.body)
}

/// `next`'s count and named abstainers join `prev`.
fn merge_into(prev: &mut Tally, next: Tally) {
    prev.abstain = prev.abstain.or(next.abstain);
    prev.absent = prev.absent.or(next.absent);
    for c in next.named_abstain {
        if !prev.named_abstain.contains(&c) {
            prev.named_abstain.push(c);
        }
    }
    prev.sentence = format!("{} {}", prev.sentence, next.sentence);
}

/// The tallies of an article's paragraphs (`parsed` holds their tokens); the headline only
/// names bodies.
pub(crate) fn extract(headline: &str, paragraphs: &[Paragraph], parsed: &[Para]) -> Vec<Tally> {
    let mut bodies = Bodies::default();
    let head = Para::new(headline);
    for (s, e) in head.sentence_ranges() {
        let about_vote = (s..e).any(|k| head.toks[k].of(&VOTE_WORDS));
        bodies.note(&bodies_in(&head, s, e), about_vote);
    }
    let mut out: Vec<Tally> = Vec::new();
    // The tally of the last sentence of the paragraph before.
    let mut last_of_paragraph: Option<usize> = None;
    for (para, p) in paragraphs.iter().zip(parsed) {
        // The tally of the sentence before: in this paragraph, or for its first sentence the
        // one ending the paragraph before ("... approved 51 to 9.\n\nSix members abstained.").
        let mut before: Option<usize> = last_of_paragraph.take();
        for (n, (s, e)) in p.sentence_ranges().enumerate() {
            let t = &p.toks[s..e];
            let found = bodies_in(p, s, e);
            let numbered = t.iter().any(|x| x.word && number_like(x.s));
            // Across paragraphs, only a bare count that names no body joins.
            let previous = before.take().filter(|_| n > 0 || found.is_empty());
            if !numbered && found.is_empty() {
                continue;
            }
            let about_vote = t.iter().any(|x| x.of(&VOTE_WORDS));
            if numbered {
                if let Some(mut tally) = sentence_tally(p, (s, e), about_vote, &found, &bodies) {
                    tally.paragraph = para.id.clone();
                    match previous.filter(|&i| joins_previous(&out[i], &tally)) {
                        Some(i) => {
                            merge_into(&mut out[i], tally);
                            before = Some(i);
                        }
                        None => {
                            out.push(tally);
                            before = Some(out.len() - 1);
                        }
                    }
                }
            }
            bodies.note(&found, about_vote);
        }
        last_of_paragraph = before;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<Tally> {
        let p = Para::new(text);
        let n = p.toks.len();
        let about_vote = p.toks.iter().any(|x| x.of(&VOTE_WORDS));
        let found = bodies_in(&p, 0, n);
        sentence_tally(&p, (0, n), about_vote, &found, &Bodies::default())
    }

    fn counts(text: &str) -> (Option<u32>, Option<u32>, Option<u32>, Option<u32>) {
        let t = one(text).unwrap_or_else(|| panic!("no tally: {text}"));
        (t.yes, t.no, t.abstain, t.absent)
    }

    #[test]
    fn shapes() {
        assert_eq!(
            counts("The resolution, approved by a vote of 116 to 20 with 53 abstentions, passed."),
            (Some(116), Some(20), Some(53), None)
        );
        assert_eq!(counts("The council adopted it 11-2-2."), (Some(11), Some(2), Some(2), None));
        assert_eq!(counts("It passed by 14\u{2013}0\u{2013}1."), (Some(14), Some(0), Some(1), None));
        assert_eq!(counts("It was adopted by 9 votes to 4."), (Some(9), Some(4), None, None));
        assert_eq!(counts("Twelve voted for, two opposed and one abstained."), (Some(12), Some(2), Some(1), None));
        assert_eq!(
            counts("The text got 120 votes in favour, 9 against and 40 abstentions, with 24 absent."),
            (Some(120), Some(9), Some(40), Some(24))
        );
        assert_eq!(
            counts("It was approved by one hundred and sixteen votes to twenty."),
            (Some(116), Some(20), None, None)
        );
        assert_eq!(
            counts("The bill passed 52-47, while three senators did not vote."),
            (Some(52), Some(47), None, Some(3))
        );
    }

    #[test]
    fn more_shapes() {
        assert_eq!(
            counts("It was adopted by a recorded vote of 122 in favour to 8 against, with 44 abstentions."),
            (Some(122), Some(8), Some(44), None)
        );
        assert_eq!(
            counts("In the 193-member assembly, 143 countries voted in favour, nine voted against and 25 abstained."),
            (Some(143), Some(9), Some(25), None)
        );
        assert_eq!(
            counts("Israel was among the 20 countries that voted against the resolution."),
            (None, Some(20), None, None)
        );
        assert_eq!(
            counts("The motion was carried by 312 ayes to 256 noes, with no abstentions."),
            (Some(312), Some(256), Some(0), None)
        );
        assert_eq!(
            counts("A total of 98 senators voted in favor; two voted against and 3 were absent."),
            (Some(98), Some(2), None, Some(3))
        );
        let t = one("Thirteen council members voted for the text, while Russia and Bolivia voted against it.").unwrap();
        assert_eq!((t.yes, t.no), (Some(13), None));
    }

    #[test]
    fn not_tallies() {
        for text in [
            "The vote is due on 12-13 June in Geneva.",
            "The Senate unanimously passed the bill.",
            "The vote was described as unanimous by the 15-member council's president.",
            "The 27-nation bloc did not unanimously approve the plan.",
            "The court, which has a 6-3 conservative majority, heard arguments before a ruling.",
            "The court's 6-3 conservative majority appeared skeptical ahead of the vote.",
            "Republicans hold a 5-4 majority on the panel that will vote on the budget.",
            "Democrats have a 51-49 majority in the chamber ahead of the vote.",
            "Leeds Rovers beat Hull 3-1 on Saturday, two days before the council's vote.",
            "The vote came days after a 3-0 thrashing in the cup.",
            "The vote was called after the team won 2-1 at home.",
            "Critics mocked the \"6-3 court\" before the ruling.",
            "The vote on 2014-12-22 was postponed to 12-13 June.",
            "Ages 18-24 backed the party, the poll before the vote found.",
            "The vote cost $4.5 million and 52 percent voted for the party.",
            "He won 55% of the vote.",
            "The meeting was held on 2014-12-22 in New York.",
            "Chelsea won 3-1 on Sunday.",
            "Two top UN officials will brief the council.",
            "Some 52 percent voted for the party.",
            "He spent 20 years for the cause.",
            "The vote was 99999999999 to 3.",
        ] {
            let t = one(text);
            assert!(t.is_none() || t.as_ref().unwrap().yes.is_none(), "{text}: {t:?}");
        }
    }

    #[test]
    fn court_splits() {
        assert_eq!(counts("The court ruled 6-3 that the law was unconstitutional."), (Some(6), Some(3), None, None));
        assert_eq!(counts("In a 5\u{2013}4 decision, the court sided with the state."), (Some(5), Some(4), None, None));
        assert_eq!(
            counts("A 7-2 majority of the Washington Supreme Court upheld the map."),
            (Some(7), Some(2), None, None)
        );
        let t = one("A 7-2 majority of the Washington Supreme Court upheld the map.").unwrap();
        assert_eq!(t.body.as_deref(), Some("Washington Supreme Court"));
    }

    #[test]
    fn divisions() {
        assert_eq!(counts("The Speaker read out the result: Ayes 330, Noes 275."), (Some(330), Some(275), None, None));
        assert_eq!(
            counts("The deputy speaker announced: ayes to the right, 301, noes to the left, 212."),
            (Some(301), Some(212), None, None)
        );
        assert_eq!(counts("MPs approved the motion by 412 votes to 88."), (Some(412), Some(88), None, None));
        assert!(one("The ayes have it, the Speaker said at 10 pm.").is_none_or(|t| t.yes.is_none()));
    }

    #[test]
    fn failed_motions() {
        assert_eq!(counts("The proposal failed on a 7-2 vote."), (Some(2), Some(7), None, None));
        assert_eq!(counts("The amendment was defeated 322-99."), (Some(99), Some(322), None, None));
        assert_eq!(counts("The amendment was defeated 99-322."), (Some(99), Some(322), None, None));
        assert_eq!(counts("The conference rejected the motion by 40 votes to 12."), (Some(12), Some(40), None, None));
        assert_eq!(
            counts("MPs rejected a rebel amendment on pension ages by 99 votes to 322."),
            (Some(99), Some(322), None, None)
        );
        assert_eq!(counts("The Senate voted down the resolution 51-48."), (Some(48), Some(51), None, None));
        // Voted against: the larger count is the no side, whatever the digit order.
        assert_eq!(counts("The council voted 7-2 against the measure."), (Some(2), Some(7), None, None));
        assert_eq!(counts("The board voted 5-4 against."), (Some(4), Some(5), None, None));
        assert_eq!(counts("The Senate voted 60 to 38 against the bill."), (Some(38), Some(60), None, None));
        assert_eq!(counts("The bill was defeated 5-4."), (Some(4), Some(5), None, None));
        // "to 20 against" names the side of the 20.
        assert_eq!(
            counts("It was adopted by 116 votes to 20 against, with 53 abstentions."),
            (Some(116), Some(20), Some(53), None)
        );
        // Passing words, an adjective, or a new vote verb keep the order.
        assert_eq!(
            counts("The bill passed 218-210 after Democrats rejected a bid to delay it."),
            (Some(218), Some(210), None, None)
        );
        assert_eq!(counts("The council voted 13-2 to condemn the failed coup."), (Some(13), Some(2), None, None));
        assert_eq!(
            counts("After talks failed last month, the council voted 13-2 to impose sanctions."),
            (Some(13), Some(2), None, None)
        );
    }

    fn article(paragraphs: &[&str]) -> Vec<Tally> {
        let parsed: Vec<Para> = paragraphs.iter().map(|t| Para::new(t)).collect();
        let paras: Vec<Paragraph> = paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph { id: format!("p{}", i + 1), text: t.to_string(), section: 0 })
            .collect();
        extract("Senate approves aid", &paras, &parsed)
    }

    #[test]
    fn abstentions_in_the_next_sentence() {
        let v = article(&["The measure was approved 51 to 9. Six members abstained."]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].yes, v[0].no, v[0].abstain), (Some(51), Some(9), Some(6)));
        let v = article(&["The bill passed 210-102 in March. Twenty members did not vote."]);
        assert_eq!((v.len(), v[0].absent), (1, Some(20)));
        // Not when the earlier tally has its abstentions.
        let v = article(&["It was adopted 120-9-40. Six members abstained on a second text."]);
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn abstentions_opening_the_next_paragraph() {
        let v = article(&["The measure was approved 51 to 9.", "Six members abstained."]);
        assert_eq!((v.len(), v[0].abstain), (1, Some(6)));
        let v = article(&["The bill passed 210-102.", "Twenty members did not vote. Officials welcomed it."]);
        assert_eq!((v.len(), v[0].absent), (1, Some(20)));
        // Not from a later sentence of the paragraph, nor when the tally is not the last
        // sentence of the paragraph before, nor when the count names another body.
        let v = article(&["The measure was approved 51 to 9.", "Officials welcomed it. Six members abstained."]);
        assert_eq!((v.len(), v[0].abstain), (2, None));
        let v = article(&["The measure was approved 51 to 9. Officials welcomed it.", "Six members abstained."]);
        assert_eq!((v.len(), v[0].abstain), (2, None));
        let v = article(&["The Senate approved it 51 to 9.", "In the House, 12 members abstained."]);
        assert_eq!(v[0].abstain, None);
        // Nor when the next paragraph's count is a tally of its own.
        let v = article(&["The measure was approved 51 to 9.", "A second text passed 40-3, with six abstentions."]);
        assert_eq!((v.len(), v[0].abstain, v[1].abstain), (2, None, Some(6)));
    }

    #[test]
    fn spelled_out_counts() {
        assert_eq!(
            counts("Twenty-eight senators backed the resolution, while seventy voted against it and two did not vote."),
            (Some(28), Some(70), None, Some(2))
        );
        assert_eq!(counts("Fifteen members voted in favour and Two abstained."), (Some(15), None, Some(2), None));
    }

    #[test]
    fn asides_and_lead_ins() {
        let t = one("The text passed with 120 nations in favour, while seven \u{2014} among them Hungary \u{2014} voted against, and 40 abstained.").unwrap();
        assert_eq!((t.yes, t.no, t.abstain), (Some(120), Some(7), Some(40)));
        assert_eq!(t.named_no, vec!["HU".to_string()]);
        let t = one("It passed with 100 in favour, while nine (including Israel) voted against.").unwrap();
        assert_eq!((t.yes, t.no, t.named_no.clone()), (Some(100), Some(9), vec!["IL".to_string()]));
        assert_eq!(
            counts("Delegates rejected two amendments proposed by oil-producing countries before adopting the final declaration, with 140 backing the text, 12 opposed and 30 abstaining."),
            (Some(140), Some(12), Some(30), None)
        );
    }

    #[test]
    fn unanimous() {
        let t = one("The 15-member Security Council unanimously adopted a resolution on Wednesday.").unwrap();
        assert_eq!((t.yes, t.no, t.abstain, t.membership), (Some(15), Some(0), Some(0), Some(15)));
        assert_eq!(t.body.as_deref(), Some("Security Council"));
        let t = one("The resolution, adopted unanimously by the 15-member council, was welcomed.").unwrap();
        assert_eq!((t.yes, t.no, t.abstain), (Some(15), Some(0), Some(0)));
        // No stated size: no numbers are invented.
        assert!(one("The council unanimously adopted resolution 2720 on Wednesday.").is_none_or(|t| t.yes.is_none()));
        // The Security Council always has fifteen members: a resolution it adopts unanimously
        // is 15-0-0. A presidential statement is adopted without a vote.
        let t = one("The UN Security Council unanimously adopted a resolution on Friday.").unwrap();
        assert_eq!((t.yes, t.no, t.abstain, t.membership), (Some(15), Some(0), Some(0), None));
        assert!(one("The Security Council unanimously adopted a presidential statement on Friday.").is_none());
        assert!(one("The Security Council unanimously condemned the attack on Friday.").is_none());
    }

    #[test]
    fn members_and_bodies() {
        let t = one("Ten of the 15 council members pushed for North Korea to be put on the agenda.").unwrap();
        assert_eq!((t.yes, t.membership, t.no), (Some(10), Some(15), None));
        assert_eq!(t.body.as_deref(), Some("Council"), "a council, but which one the sentence does not say");
        assert_eq!(t.subject.as_deref(), Some("North Korea to be put on the agenda"));
        let p = Para::new("Ten of the 15 council members pushed for North Korea to be put on the agenda.");
        let para = Paragraph { id: "p1".into(), text: p.text.to_string(), section: 0 };
        let named = extract("North Korea faces UN Security Council scrutiny", &[para], &[p]);
        assert_eq!(named[0].body.as_deref(), Some("Security Council"), "the headline names it");
        let t = one("The 193-member UN General Assembly voted 120-9-40.").unwrap();
        assert_eq!((t.membership, t.body.as_deref()), (Some(193), Some("UN General Assembly")));
        assert_eq!(score("2014-12-22"), None);
        assert_eq!(score("05-12"), None);
        assert_eq!(score("11-2-2"), Some(([11, 2, 2], 3)));
        assert_eq!(score("1-2-3-4"), None);
        assert_eq!(member_prefix("15-member"), Some(15));
        assert_eq!(member_prefix("fifteen-member"), Some(15));
    }
}
