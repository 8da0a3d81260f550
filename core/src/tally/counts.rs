//! The counts of one sentence, read token by token: each step below reads one shape at a
//! token ("Ayes 330", "no abstentions", "the 15-member", "11-2-2", "116 to 20", "nine
//! member states voted against") and returns what it read and the index after it.

use super::scan::{
    number_like, percent_at, read_member_prefix, read_number, read_score, scan_count_words, scan_lobby_count,
    scan_side, scan_to_count,
};
use super::{Sentence, Side};
use crate::lexicon::tally::{
    BACKING_VERBS, COUNT_NOUNS, DECISION_NOUNS, FAILED, GOT_VERBS, HOLD_VERBS, INDEFINITE, LOBBIES, MARGIN_WORDS,
    MEMBER_NOUNS, NOT_SCORES, PARTY_WORDS, PASSED, SIDE_BY, SPORT_AFTER, SPORT_BEFORE, SPORT_VERBS, STANDING_AFTER,
    VOTE_NOUNS, YES_LOBBIES, ZERO_WORDS,
};
use crate::tokens::{is_possessive, Tok};

/// A count on one side, read at token `at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Count {
    pub at: usize,
    pub side: Side,
    pub value: u32,
}

/// The counts of a sentence and what they rest on.
#[derive(Debug, Default)]
pub(super) struct Counts {
    /// At most one count a side, in the order read.
    pub list: Vec<Count>,
    /// The size of the body, where the sentence states it ("the 15-member council").
    pub membership: Option<u32>,
    /// A side strong enough to make a tally alone was read ("in favour", a score).
    pub sure: bool,
    /// A weak side was read ("for", "pushed for"), which needs a vote word or a membership.
    pub weak: bool,
    /// Where the first pair of counts without sides ("7-2", "40 votes to 12") was read, and
    /// the token after it.
    pub pair: Option<(usize, usize)>,
    /// Where each later pair was read: "twenty-six to eighteen ..., and twenty-five to nineteen".
    pub more_pairs: Vec<usize>,
    /// The yes count is for one of the options put ("voted to convict").
    option: bool,
}

impl Counts {
    /// Adds what a step read; a side already counted keeps its first count.
    fn take(&mut self, r: Reading) {
        self.membership = self.membership.or(r.membership);
        if let (Some(_), Some((at, _))) = (self.pair, r.pair) {
            self.more_pairs.push(at);
        }
        self.pair = self.pair.or(r.pair);
        // An unsided option ("nine voted to acquit") counts only after another option's count.
        let unsided = r.option && r.strong == Some(false);
        for mut c in r.counts.into_iter().flatten() {
            // "Thirteen senators voted to convict and nine voted to acquit", "four voted to hold and
            // three voted for a cut": a second option's count is the other side.
            let has = |side| self.list.iter().any(|x: &Count| x.side == side);
            let other = r.option && self.option && c.side == Side::Yes && has(Side::Yes) && !has(Side::No);
            if other {
                c.side = Side::No;
            } else if unsided {
                return;
            }
            if !has(c.side) {
                self.option |= r.option && c.side == Side::Yes;
                self.list.push(c);
            }
        }
        match r.strong {
            Some(true) => self.sure = true,
            Some(false) => self.weak = true,
            None => {}
        }
    }

    /// Do the counts make a tally? Some count, and a strong side, or a weak one in a sentence
    /// about a vote, stating the body's size or counting the other side too.
    pub fn enough(&self, about_vote: bool) -> bool {
        // "Twenty senators backed the measure and 17 opposed it": both sides, weak as they are.
        let both = self.get(Side::Yes).is_some() && self.get(Side::No).is_some();
        !self.list.is_empty() && (self.sure || self.weak && (about_vote || both || self.membership.is_some()))
    }

    /// The count on `side`.
    pub fn get(&self, side: Side) -> Option<u32> {
        self.list.iter().find(|c| c.side == side).map(|c| c.value)
    }

    /// The token of the first count in the sentence.
    pub fn anchor(&self) -> Option<usize> {
        self.list.iter().map(|c| c.at).min()
    }

    /// The side of the first count in the sentence (yes when there is none).
    pub fn main_side(&self) -> Side {
        self.list.iter().min_by_key(|c| c.at).map_or(Side::Yes, |c| c.side)
    }
}

/// What one step read: counts, with whether their sides are strong, a membership, and a
/// pair of counts without sides.
#[derive(Default)]
struct Reading {
    counts: [Option<Count>; 3],
    membership: Option<u32>,
    /// `Some(true)` for a strong side, `Some(false)` for a weak one, `None` for no side.
    strong: Option<bool>,
    pair: Option<(usize, usize)>,
    /// The count is for one of the options put ("voted to convict", "voted to acquit", "voted
    /// for a cut"): after another option's count, it is the other side.
    option: bool,
}

impl Reading {
    fn count(at: usize, side: Side, value: u32, strong: bool) -> Self {
        Reading { counts: [Some(Count { at, side, value }), None, None], strong: Some(strong), ..Reading::default() }
    }

    fn membership(n: u32) -> Self {
        Reading { membership: Some(n), ..Reading::default() }
    }
}

/// The counts of sentence `cx`, read from its first token to its last.
pub(super) fn read_counts(cx: &Sentence) -> Counts {
    let mut counts = Counts::default();
    let mut k = cx.s;
    while k < cx.e {
        match read_at(cx, k) {
            Some((reading, next)) => {
                counts.take(reading);
                k = next;
            }
            None => k += 1,
        }
    }
    counts
}

/// What token `k` starts, and the index after it; `None` when it starts no shape the tally
/// reads (most words).
fn read_at(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    if !cx.t()[k].word {
        return None;
    }
    read_lobby(cx, k).or_else(|| read_board(cx, k)).or_else(|| read_zero(cx, k)).or_else(|| read_numeral(cx, k))
}

/// "showed Yes 52, No 47": a scoreboard's capitalised "Yes" and "No", each right before its
/// count, both in the sentence (a lone "No 10" is an address, not a count).
fn read_board(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    let t = cx.t();
    let count = |x: usize| -> Option<u32> {
        (x + 1 < cx.e && t[x].cap() && t[x + 1].word && t[x + 1].s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t[x + 1].s.parse().ok())
            .flatten()
    };
    let side = if t[k].s == "Yes" {
        Side::Yes
    } else if t[k].s == "No" {
        Side::No
    } else {
        return None;
    };
    let v = count(k)?;
    let other = if side == Side::Yes { "No" } else { "Yes" };
    (cx.s..cx.e).any(|x| t[x].s == other && count(x).is_some()).then(|| (Reading::count(k, side, v, true), k + 2))
}

/// "Ayes 330", "noes to the left, 212": a strong count on the side of a division lobby.
fn read_lobby(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    let t = cx.t();
    if !t[k].any(LOBBIES) {
        return None;
    }
    let (v, next) = scan_lobby_count(t, k + 1, cx.e)?;
    let side = if t[k].any(YES_LOBBIES) { Side::Yes } else { Side::No };
    Some((Reading::count(k, side, v, true), next))
}

/// "no abstentions", "none against": a strong count of zero ("no" only before abstentions,
/// since "no votes" is no count).
fn read_zero(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    let t = cx.t();
    if !t[k].any(ZERO_WORDS) {
        return None;
    }
    match scan_side(t, k + 1, cx.e) {
        Some(((side @ (Side::Abstain | Side::No), _), next)) if !t[k].eq("no") || side == Side::Abstain => {
            Some((Reading::count(k, side, 0, true), next))
        }
        _ => None,
    }
}

/// A word that may be a number: a size ("15-member"), a score ("11-2-2") or a count.
fn read_numeral(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    let w = cx.t()[k].s;
    if !number_like(w) {
        return None;
    }
    let dashed = w.contains(['-', '\u{2013}', ':']);
    dashed.then(|| read_size(cx, k).or_else(|| read_score_at(cx, k))).flatten().or_else(|| read_count(cx, k))
}

/// "the 15-member council": the body's size.
fn read_size(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    read_member_prefix(cx.t()[k].s).map(|n| (Reading::membership(n), k + 1))
}

/// "adopted 11-2-2", "ruled 6-3": a score of two or three counts near a vote word, for, against
/// (and abstaining), a pair without sides. A score that is a date range, a measure or
/// [`not_a_division`] is read as nothing.
fn read_score_at(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    let t = cx.t();
    let colon = t[k].s.contains(':');
    let Some((parts, n)) = read_score(&t[k].s.replace(':', "-")) else {
        // "10:30" is a time: no score, and no count either. "Twenty-eight" is read as a count.
        return colon.then_some((Reading::default(), k + 1));
    };
    let measure = t.get(k + 1).is_some_and(|x| x.of(&NOT_SCORES) || x.is('%'));
    // "in a 3:2 verdict", "a 7-4 majority of the justices": the score names the decision.
    let decision = t.get(k + 1).is_some_and(|x| k + 1 < cx.e && x.any(DECISION_NOUNS));
    // "passed a bill ..., 177-145, after ...": a score set off by commas in a sentence about a vote.
    let set_off = cx.about_vote
        && k > cx.s
        && t[k - 1].is(',')
        && t.get(k + 1).is_some_and(|x| !x.word && matches!(x.ch(), ',' | '.' | ';'));
    // "The committee backed the change 187-64": a verb of backing shortly before the score.
    let backed = (k.saturating_sub(5).max(cx.s)..k).any(|x| t[x].any(BACKING_VERBS));
    let near = decision || !colon && (cx.vote_near(k) || set_off || backed);
    if measure || !near || not_a_division(t, k, cx.s, cx.e) {
        return Some((Reading::default(), k + 1));
    }
    let mut r = Reading { pair: Some((k, k + 1)), strong: Some(true), ..Reading::default() };
    for (slot, (&value, &side)) in r.counts.iter_mut().zip(parts[..n].iter().zip(&[Side::Yes, Side::No, Side::Abstain]))
    {
        *slot = Some(Count { at: k, side, value });
    }
    Some((r, k + 1))
}

/// A spelt or written count ("116", "Twenty-eight") and what follows it: a membership ("of
/// the 15 members"), a second count ("116 to 20"), or a side ("nine member states voted
/// against"). A number too large for a count, or a share ("52 percent"), is read as nothing.
fn read_count(cx: &Sentence, k: usize) -> Option<(Reading, usize)> {
    let (value, after) = read_number(cx.t(), k, cx.e)?;
    // "Members of FC Hafenstadt 1908 have rejected", "in May 2014": a year after a capitalised
    // word inside the sentence is a name's or a date's, no count.
    let t = cx.t();
    let year = |v: u32| (1800..=2100).contains(&v) && k > cx.s + 1 && t[k - 1].word && t[k - 1].cap();
    let Some(v) = value.filter(|&v| !percent_at(t, after) && !year(v)) else {
        return Some((Reading::default(), after));
    };
    read_membership(cx, k, v, after).or_else(|| read_pair(cx, k, v, after)).or_else(|| Some(read_side(cx, k, v, after)))
}

/// "of the 15 council members", "9 out of 15 members" (but not "a total of 98 senators"):
/// count `v` at `k`, ending before `after`, is a membership.
fn read_membership(cx: &Sentence, k: usize, v: u32, after: usize) -> Option<(Reading, usize)> {
    let (t, s) = (cx.t(), cx.s);
    // "of the 15 members", "eight of its 15 justices".
    let of_the = k > s + 1 && t[k - 1].any(&["the", "its", "their"]) && t[k - 2].eq("of")
        // "of the assembly's 193 members".
        || k > s + 2 && is_possessive(t[k - 1].s) && t[k - 2].eq("the") && t[k - 3].eq("of");
    let of_count = k > s + 1 && t[k - 1].eq("of") && (t[k - 2].eq("out") || t[k - 2].word && number_like(t[k - 2].s));
    // "Sitting as a Grand Chamber of 17 judges", "a panel of three judges".
    let of_body = k > s + 1 && t[k - 1].eq("of") && t[k - 2].any(&["chamber", "panel", "bench", "court", "jury"]);
    // "The 17 judges were unanimous", "All 21 judges agreed": the whole body, opening the sentence.
    let whole = k == s + 1
        && t[s].any(&["the", "all"])
        && t.get(after + 1).is_some_and(|n| n.any(&["were", "agreed", "concurred"]));
    let of_the = of_the || of_body || whole;
    let members = after < cx.e && t[after].any(MEMBER_NOUNS);
    // "Of the 14,206 members of the union who cast ballots": those who voted, not the body.
    let clause = (after + 1..cx.e.min(after + 12)).take_while(|&x| t[x].word || t[x].s.ends_with('\''));
    let turnout = clause.clone().any(|x| t[x].any(&["voting", "casting"]))
        || clause
            .clone()
            .any(|x| t[x].eq("who") && t.get(x + 1).is_some_and(|n| n.any(&["cast", "voted", "returned"])));
    ((of_the || of_count) && members && !turnout).then(|| (Reading::membership(v), after))
}

/// "116 to 20", "9 votes to 4" in a sentence about a vote: count `v` at `k` for, the second
/// against, a strong pair without sides.
fn read_pair(cx: &Sentence, k: usize, v: u32, after: usize) -> Option<(Reading, usize)> {
    // "By a majority of seven to four, the Court declared ...": the pair names the decision.
    let majority = k >= cx.s + 2 && cx.t()[k - 1].eq("of") && cx.t()[k - 2].eq("majority");
    if !cx.about_vote && !majority {
        return None;
    }
    let ((no, at), next) = scan_to_count(cx.t(), after, cx.e)?;
    // "cut the working week from 48 to 40 hours", "cut the replacements from eight to six": a
    // change of a quantity, no vote.
    let t = cx.t();
    // "all men aged 18 to 23": a range of ages, no vote either.
    if k > cx.s && t[k - 1].any(&["from", "aged", "ages", "between"]) {
        return None;
    }
    // Never a range of shares ("60 to 70 percent"); and after "a majority of", only a pair
    // that ends there ("a majority of seven to four, the Court ...").
    let ends = || t.get(next).is_none_or(|x| !x.word || x.of(&COUNT_NOUNS));
    if percent_at(t, next) || !cx.about_vote && !ends() {
        return None;
    }
    let mut r = Reading::count(k, Side::Yes, v, true);
    r.counts[1] = Some(Count { at, side: Side::No, value: no });
    r.pair = Some((k, next));
    Some((r, next))
}

/// "143 countries voted in favour", "seven — among them Hungary — voted against", "Ten of
/// the 15 council members pushed for": count `v` at `k` on the side named after the words
/// between, and any membership among those words. Without a side, only the membership, and
/// the index `after` the count.
fn read_side(cx: &Sentence, k: usize, v: u32, after: usize) -> (Reading, usize) {
    let t = cx.t();
    let (membership, m) = scan_count_words(t, after, cx.e);
    // "Reyes, one of the four senators who voted no": a description of one member, no count.
    // "Supervisor James Albright, one of the two no votes, said": an apposition, no tally.
    let apposition = k > cx.s && t[k - 1].is(',');
    if v == 1 && membership.is_some() && (apposition || (after..m).any(|x| t[x].any(&["who", "that"]))) {
        return (Reading::default(), m);
    }
    // "voted to convict", "voted to acquit", "voted for a quarter-point cut": an option.
    let voted = m + 2 < cx.e && t[m].any(&["voted", "voting"]) && t[m + 1].any(&["to", "for"]) && t[m + 2].word;
    match scan_side(t, m, cx.e) {
        Some(((side, strong), next)) => {
            (Reading { membership, option: voted, ..Reading::count(k, side, v, strong) }, next)
        }
        // "and nine voted to acquit": an option this reading leaves unsided, the other side's
        // after a first option's count (see `Counts::take`).
        None if voted => (Reading { membership, option: true, ..Reading::count(k, Side::Yes, v, false) }, m + 2),
        None => match side_by(t, cx.s, k).or_else(|| side_with(t, cx.s, k, after)) {
            // "The change was backed by 176 member associations", "passed with 225 votes".
            Some(side) => (Reading { membership, ..Reading::count(k, side, v, true) }, m),
            None => (Reading { membership, ..Reading::default() }, after),
        },
    }
}

/// The side named before a count at `k` by a verb and "by": "backed by 176", "opposed by 12".
fn side_by(t: &[Tok], s: usize, k: usize) -> Option<Side> {
    (k >= s + 2 && t[k - 1].eq("by")).then(|| SIDE_BY.iter().find(|(w, _)| t[k - 2].eq(w)).map(|&(_, side)| side))?
}

/// A count at `k` of the votes a motion got is its side, whichever way it went: after "with"
/// and a verb the motion underwent ("was passed with 225 votes", "failed with only 120 votes"),
/// or after a verb of getting ("received 346 votes", "gaining only 139 votes"). Not a margin
/// ("passed with three votes to spare").
fn side_with(t: &[Tok], s: usize, k: usize, after: usize) -> Option<Side> {
    let votes = t.get(after).is_some_and(|x| x.any(VOTE_NOUNS));
    let margin = t.get(after + 1).is_some_and(|x| x.any(MARGIN_WORDS));
    if !votes || margin {
        return None;
    }
    let only = usize::from(k > s && t[k - 1].any(&["only", "just"]));
    let before = (k > s + only).then(|| &t[k - 1 - only])?;
    // "admitted for debate last week with 65 votes": any verb in the past that the motion underwent.
    let past = |x: &Tok| x.word && !x.cap() && x.s.len() > 4 && x.s.ends_with("ed");
    let verb = || t[s.max(k.saturating_sub(8))..k].iter().any(|x| x.any(PASSED) || x.any(FAILED) || past(x));
    (before.eq("with") && verb() || before.any(GOT_VERBS)).then_some(Side::Yes)
}

/// A score at `k` in sentence `[s, e)` that is no division of a vote, though a vote word is
/// near: a standing majority ("which has a 6-3 conservative majority", "hold a 5-4 majority
/// on the panel"), a match result ("beat Hull 3-1", "a 3-0 thrashing", "won 3-1") or a score
/// opening a quotation.
fn not_a_division(t: &[Tok], k: usize, s: usize, e: usize) -> bool {
    let next = |d: usize| (k + d < e).then(|| &t[k + d]);
    let prev = |d: usize| (k >= s + d).then(|| &t[k - d]);
    let next_is = |d: usize, ws: &[&str]| next(d).is_some_and(|x| x.any(ws));
    let prev_is = |d: usize, ws: &[&str]| prev(d).is_some_and(|x| x.any(ws));
    let party = next_is(1, PARTY_WORDS) && next_is(2, &["majority"]);
    let standing = next_is(1, &["majority"]) && next_is(2, STANDING_AFTER);
    let article = usize::from(prev_is(1, INDEFINITE));
    let held = prev_is(1 + article, HOLD_VERBS) && (next_is(1, &["majority"]) || party);
    let sport = prev_is(1, SPORT_BEFORE)
        || prev_is(2, SPORT_VERBS) && prev(1).is_some_and(|x| x.cap())
        || next_is(1, SPORT_AFTER);
    let quoted = prev(1).is_some_and(|x| !x.word && matches!(x.ch(), '"' | '\u{201c}' | '\u{2018}' | '\''));
    party || standing || held || sport || quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Para;

    /// A step's reading as the tests compare it: the counts as (side, value), the
    /// membership, and the index after.
    type Read = (Vec<(Side, u32)>, Option<u32>, usize);

    /// What `read_at` reads at token `k` of `text`.
    fn read(text: &str, k: usize) -> Option<Read> {
        let p = Para::new(text);
        let cx = Sentence::new(&p, (0, p.toks.len()));
        let (r, next) = read_at(&cx, k)?;
        Some((r.counts.iter().flatten().map(|c| (c.side, c.value)).collect(), r.membership, next))
    }

    #[test]
    fn steps() {
        assert_eq!(read("Ayes 330, Noes 275.", 0), Some((vec![(Side::Yes, 330)], None, 2)));
        assert_eq!(read("It passed with no abstentions.", 3), Some((vec![(Side::Abstain, 0)], None, 5)));
        assert_eq!(read("The 15-member council voted.", 1), Some((vec![], Some(15), 2)));
        assert_eq!(
            read("The vote was 11-2-2.", 3),
            Some((vec![(Side::Yes, 11), (Side::No, 2), (Side::Abstain, 2)], None, 4))
        );
        assert_eq!(read("The vote is due on 12-13 June.", 5), Some((vec![], None, 6)));
        assert_eq!(
            read("It upheld the law in a 3:2 verdict.", 6),
            Some((vec![(Side::Yes, 3), (Side::No, 2)], None, 7))
        );
        assert_eq!(read("At 10:30 the council voted.", 1), Some((vec![], None, 2)), "a time");
        assert_eq!(
            read("The Commons passed a bill requiring large tech platforms to pay news outlets for their content, 177-145, after a deal.", 17),
            Some((vec![(Side::Yes, 177), (Side::No, 145)], None, 18))
        );
        assert_eq!(read("It was adopted by 9 votes to 4.", 4), Some((vec![(Side::Yes, 9), (Side::No, 4)], None, 8)));
        assert_eq!(read("Ten of the 15 council members pushed for it.", 0), Some((vec![(Side::Yes, 10)], Some(15), 8)));
        assert_eq!(read("Of the 15 members, most agreed.", 2), Some((vec![], Some(15), 3)));
        assert_eq!(read("Some 52 percent voted for it.", 1), Some((vec![], None, 2)));
        assert_eq!(read("The vote, on Monday.", 2), None, "a mark");
        assert_eq!(read("The vote, on Monday.", 3), None, "a word that starts no count");
    }

    #[test]
    fn not_divisions() {
        let p = Para::new("The court, which has a 6-3 conservative majority, ruled.");
        assert!(not_a_division(&p.toks, 6, 0, p.toks.len()));
        let p = Para::new("The court ruled 6-3 on Monday.");
        assert!(!not_a_division(&p.toks, 3, 0, p.toks.len()));
    }
}
