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
//! the body of the last sentence about a vote, else the last body named. A one-word name
//! ("the House", "the Commons") is the body the article has named in full with that word
//! ("the House of Commons"), when it has.

//!
//! The recognizer is a pipeline: [`extract`] walks the sentences; [`sentence_tally`] reads a
//! sentence's counts ([`counts`], from the token scanners in [`scan`]), fills in a unanimous
//! decision and turns a failed motion round ([`outcome`]), and names its body
//! ([`named_bodies`]) and the member states on each side ([`sides`]). The word lists are in
//! [`crate::lexicon::tally`].

mod counts;
mod named_bodies;
mod outcome;
mod scan;
mod sides;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

use crate::lexicon::tally::{
    FAILED, FOR_VERBS, LIST_BEFORE_SIDES, NO_VOTE_TEXTS, PASSED, REQUEST_VERBS, SIDE_LISTS, SIDE_VERBS, SUBJECT_ENDS,
    SUBJECT_NOUNS, UNANIMOUS, VOTE_NOUNS, VOTE_WORDS,
};
use crate::model::{Paragraph, Tally};
use crate::tokens::{Para, Tok};
use counts::read_counts;
use named_bodies::{bodies_in, Bodies, BodyName};
use outcome::{turn_failed, unanimous_counts};
use scan::{number_like, read_number, scan_any_seq, seq_at};
use sides::named_sides;

/// A side of a vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Yes,
    No,
    Abstain,
    Absent,
}

/// A sentence being read: its paragraph, its token range `[s, e)`, and whether a vote word
/// is in it.
pub(crate) struct Sentence<'p, 'a> {
    p: &'p Para<'a>,
    s: usize,
    e: usize,
    about_vote: bool,
    /// One chamber's part of a sentence that scores two ([`chamber_splits`]): its scores need no
    /// vote word of their own near them.
    chamber: bool,
    /// Where the verb that passed or failed the part's motion is read from: the part's start,
    /// or the sentence's for a later part with no such verb of its own ("rejected an amendment
    /// by 95 votes to 21 and a second by 101 to 18").
    lead: usize,
}

impl<'p, 'a> Sentence<'p, 'a> {
    fn new(p: &'p Para<'a>, (s, e): (usize, usize)) -> Self {
        let about_vote = p.toks[s..e].iter().any(|x| x.of(&VOTE_WORDS));
        Sentence { p, s, e, about_vote, chamber: false, lead: s }
    }

    /// The paragraph's tokens.
    fn t(&self) -> &'p [Tok<'a>] {
        &self.p.toks
    }

    /// Is a vote word within eight words of token `k`?
    fn vote_near(&self, k: usize) -> bool {
        self.chamber && self.about_vote
            || (k.saturating_sub(8).max(self.s)..(k + 9).min(self.e)).any(|x| self.t()[x].of(&VOTE_WORDS))
    }
}

/// The Security Council adopting a resolution or voting, named in sentence `[s, e)` (`found`
/// holds its bodies): always fifteen members. Not a presidential or press statement, which is
/// adopted without a vote.
fn council_resolution(t: &[Tok], (s, e): (usize, usize), found: &[BodyName]) -> bool {
    found.iter().any(|b| b.name == "Security Council")
        && (s..e).any(|k| t[k].any(&["resolution", "voted"]))
        && !(s..e).any(|k| t[k].any(NO_VOTE_TEXTS))
}

/// What the vote in sentence `[s, e)` was on: the object of "pushed for"/"voted to" (at most
/// fifteen words, up to a mark or a contrast), else a noun like "resolution".
fn subject(p: &Para, s: usize, e: usize) -> Option<String> {
    let t = &p.toks;
    let object = (s..e).find_map(|k| {
        let (_, a) = scan_any_seq(t, k, e, FOR_VERBS)?;
        // "voted for the bill and fifty against": an "and" before the other side's count ends it.
        let next_count = |x: usize| t[x].eq("and") && read_number(t, x + 1, e).is_some();
        let end_at = |x: usize| !t[x].word && t[x].ch() != '-' || t[x].any(SUBJECT_ENDS) || next_count(x);
        let b = (a..e.min(a + 17)).find(|&x| end_at(x)).unwrap_or(e);
        (b > a && b - a <= 15 && read_number(t, a, e).is_none()).then(|| p.span(a, b - 1).to_string())
    });
    object.or_else(|| {
        (s..e).find(|&k| t[k].any(SUBJECT_NOUNS)).map(|k| {
            let draft = k > s && t[k - 1].eq("draft");
            let first = if draft { k - 1 } else { k };
            p.span(first, k).to_lowercase()
        })
    })
}

/// A request or a letter ("ten members pushed for ..."), not a vote: no vote word in the
/// sentence, and a verb of asking.
fn is_request(cx: &Sentence) -> bool {
    !cx.about_vote && (cx.s..cx.e).any(|k| REQUEST_VERBS.iter().any(|seq| seq_at(cx.t(), k, cx.e, seq)))
}

/// The tally in sentence `cx`, if it has one; `found` holds the bodies it names, `bodies`
/// those named before it. Counts read from the sentence, else a unanimous decision of a body
/// of known size; turned round when the motion failed; then the body, the member states on
/// each side and the subject.
fn sentence_tally(cx: &Sentence, found: &[BodyName], bodies: &Bodies) -> Option<Tally> {
    let (t, range) = (cx.t(), (cx.s, cx.e));
    let mut counts = read_counts(cx);
    if counts.list.is_empty() {
        // "the council unanimously renewed the mandate ..." after the Security Council was named.
        let the_council = || {
            found.is_empty()
                && (cx.s..cx.e).any(|k| t[k].eq("council") && !t[k].cap())
                && !(cx.s..cx.e).any(|k| t[k].any(NO_VOTE_TEXTS))
                && bodies.of_tally(t, range, found, cx.s).as_deref() == Some("Security Council")
        };
        let council = || council_resolution(t, range, found) || the_council();
        let members = counts.membership.or_else(|| council().then_some(15));
        if let Some(unanimous) = unanimous_counts(t, range, members) {
            counts.list = unanimous.to_vec();
            counts.sure = true;
        }
    }
    if !counts.enough(cx.about_vote) || elects_over(cx) {
        return None;
    }
    turn_failed(&mut counts, t, range, cx.lead);
    let anchor = counts.anchor().unwrap_or(cx.s);
    let named = named_sides(cx.p, range, counts.main_side(), &counts.list);
    // "Twenty-four of the 27 voted in favour, with Hungary and Romania voting against": a side
    // with no count of its own has as many as the states that make it up.
    let listed: [Option<u32>; 3] = std::array::from_fn(|at| named.whole[at].then(|| named.lists[at].len() as u32));
    let [named_yes, named_no, named_abstain] = named.lists;
    Some(Tally {
        body: bodies.of_tally(t, range, found, anchor),
        subject: subject(cx.p, cx.s, cx.e),
        yes: counts.get(Side::Yes),
        no: counts.get(Side::No).or(listed[1]),
        abstain: counts.get(Side::Abstain).or(listed[2]),
        absent: counts.get(Side::Absent),
        membership: counts.membership,
        named_yes,
        named_no,
        named_abstain,
        request: is_request(cx),
        sentence: cx.p.span(cx.s, cx.e - 1).to_string(),
        paragraph: String::new(),
    })
}

/// An election between candidates, not a vote on a text: "re-elected Wierzba by 98 votes to 61
/// over Brazil's Ricardo Lemos", "defeating Jan Roe by 412 votes to 301".
fn elects_over(cx: &Sentence) -> bool {
    let t = cx.t();
    let elected = (cx.s..cx.e).any(|k| t[k].any(&["elected", "re-elected", "defeating", "beating"]));
    let over = (cx.s..cx.e).any(|k| t[k].eq("over") && (k + 1..cx.e.min(k + 4)).any(|x| t[x].cap()));
    elected && (over || (cx.s..cx.e).any(|k| t[k].any(&["defeating", "beating"])))
}

/// Does `prev`'s tally get restated by `next`'s, one of its sides again with the body's size:
/// "voting four to three for the move" then "Three of the committee's seven members voted to
/// hold the rate"? Then `next` only gives `prev` its membership.
fn restates_side(prev: &Tally, next: &Tally) -> bool {
    let side = next.yes.filter(|&n| prev.no == Some(n) || prev.yes == Some(n));
    side.is_some()
        && next.no.is_none()
        && next.abstain.is_none()
        && next.membership.is_some()
        && (next.body.is_none() || next.body == prev.body)
}

/// Does `next`, the tally of the sentence after `prev`'s (in the same paragraph, or opening
/// the next), only add counts `prev` lacks? "... approved 51 to 9. Six members abstained."
/// A body `next`'s sentence does not name (`named` false) keeps them apart no more than none.
fn joins_previous(prev: &Tally, next: &Tally, named: bool) -> bool {
    // Each count `next` gives is one `prev` lacks, and it gives no yes: "In all, 195 lawmakers
    // voted for the bill. Another 106 opposed it.", "Thirty-two voted against, and 22 abstained."
    let fills = |a: Option<u32>, b: Option<u32>| b.is_none() || a.is_none();
    let adds = next.no.is_some() || next.abstain.is_some() || next.absent.is_some();
    let counted = prev.yes.is_some() || prev.no.is_some();
    // "Forty-four members of the 349-seat chamber were absent." may give the size too.
    let same_size = next.membership.is_none() || prev.membership.is_none() || next.membership == prev.membership;
    let rest = fills(prev.no, next.no) && fills(prev.abstain, next.abstain) && fills(prev.absent, next.absent);
    let only_adds = counted && adds && next.yes.is_none() && rest && same_size && !next.request;
    only_adds && (!named || next.body.is_none() || next.body == prev.body)
}

/// `next`'s count and named abstainers join `prev`.
fn merge_into(prev: &mut Tally, next: Tally) {
    prev.no = prev.no.or(next.no);
    prev.membership = prev.membership.or(next.membership);
    for c in next.named_no {
        if !prev.named_no.contains(&c) {
            prev.named_no.push(c);
        }
    }
    prev.abstain = prev.abstain.or(next.abstain);
    prev.absent = prev.absent.or(next.absent);
    for c in next.named_abstain {
        if !prev.named_abstain.contains(&c) {
            prev.named_abstain.push(c);
        }
    }
    prev.sentence = format!("{} {}", prev.sentence, next.sentence);
}

/// The size of the body the tally `prev` is of, from the sentence after it, which has no tally
/// of its own and names no other body: a threshold in the same paragraph ("The cloture motion
/// failed 32-16. Under the Legislature's rules, 33 of its 49 members must vote to end
/// debate."), or the vote's body with its size, in the same paragraph or opening the next
/// ("The vote by the seven-member board came after four hours of comment.").
fn size_after(cx: &Sentence, found: &[BodyName], prev: &mut Tally, same_paragraph: bool) {
    let t = cx.t();
    let threshold = same_paragraph && (cx.s..cx.e).any(|k| t[k].any(&["must", "needed", "required", "need"]));
    let sized = |k: usize| t[k].word && (t[k].s.ends_with("-member") || t[k].s.ends_with("-seat"));
    let the_vote = (cx.s..cx.e).any(|k| t[k].any(&["vote", "ballot"])) && (cx.s..cx.e).any(sized);
    let same_body = found.iter().all(|b| prev.body.as_deref() == Some(b.name.as_str()));
    if prev.membership.is_none() && (threshold || the_vote) && same_body {
        prev.membership = read_counts(cx).membership;
    }
}

/// Adds `tally` to `out`, joined to the tally at `previous` when it only adds that one's
/// abstentions or absences. Returns the index of the tally it went to.
fn add_tally(out: &mut Vec<Tally>, tally: Tally, previous: Option<usize>, named: bool) -> usize {
    // A body the sentence does not name (its tally's is the context's) does not keep it apart:
    // "The House of Bishops approved it 22-14. Three bishops abstained."
    if let Some(i) = previous.filter(|&i| restates_side(&out[i], &tally)) {
        out[i].membership = out[i].membership.or(tally.membership);
        return i;
    }
    match previous.filter(|&i| joins_previous(&out[i], &tally, named)) {
        Some(i) => {
            merge_into(&mut out[i], tally);
            i
        }
        None => {
            out.push(tally);
            out.len() - 1
        }
    }
}

/// Where a sentence that gives two chambers or more a count each splits: before the "and",
/// "while" or comma that opens each chamber after the first ("the Lok Sabha voting 323-3 in
/// its favour and the Rajya Sabha 165-7", "the House of Clergy 102 to 96, while the House of
/// Laity voted 104-98"). A chamber's count is in figures within seven words after its name's
/// head, before the next body (a year is no count).
fn chamber_splits(p: &Para, (s, e): (usize, usize), found: &[BodyName]) -> Vec<usize> {
    let t = &p.toks;
    let year = |w: &str| w.len() == 4 && w.starts_with(['1', '2']);
    let figures = |x: usize| t[x].word && t[x].s.starts_with(|c: char| c.is_ascii_digit()) && !year(t[x].s);
    let scored: Vec<&BodyName> = found
        .iter()
        .enumerate()
        .filter(|&(i, b)| {
            let until = found.get(i + 1).map_or(e, |n| n.at).min(b.at + 8).min(e);
            (b.at + 1..until).any(figures)
        })
        .map(|(_, b)| b)
        .collect();
    let mut splits = Vec::new();
    for b in scored.iter().skip(1) {
        let from = splits.last().copied().unwrap_or(s) + 1;
        let split = (from..b.at)
            .rev()
            .take(8)
            .find(|&x| t[x].any(&["and", "while", "whereas"]) || t[x].is(',') || t[x].is(';'));
        splits.extend(split);
    }
    splits
}

/// Where a sentence giving two votes a pair of counts each splits: at ", while" with a pair on
/// each side ("defeated by 78 votes to 49, while a Labour amendment ... was agreed by 64 votes
/// to 60"), else at the "and" before each later pair ("voted twenty-six to eighteen to uphold
/// the first charge, and twenty-five to nineteen on the second", "by 12 votes to three ...,
/// and by a majority of thirteen to two").
/// Not "passed it 52-48 after an amendment failed 40-60", which has no "and" before its second
/// (but ", after the Senate passed it 61-39" has a comma and a body).
fn pair_splits(p: &Para, (s, e): (usize, usize)) -> Vec<usize> {
    let t = &p.toks;
    let mut splits = Vec::new();
    // Read again only a sentence with a pair soon after an "and", in a cheap reading ("26-18",
    // "twenty-six to eighteen", "12 votes to three"); most have none.
    let number = |x: usize| x < e && t[x].word && number_like(t[x].s);
    let pair = |x: usize| {
        number(x)
            && (t[x].s.contains(['-', '\u{2013}']) && t[x].s.starts_with(|c: char| c.is_ascii_digit())
                || (x + 2 < e && t[x + 1].eq("to") && number(x + 2))
                || (x + 3 < e && t[x + 1].any(VOTE_NOUNS) && t[x + 2].eq("to") && number(x + 3)))
    };
    // ", after the House of Representatives passed it in April by 319 votes to 142": a body's
    // earlier vote, set off by a comma.
    let opens = |x: usize| {
        t[x].eq("and") || x > s && t[x].eq("after") && t[x - 1].is(',') && t.get(x + 2).is_some_and(|b| b.cap())
    };
    // "..., was defeated by 78 votes to 49, while a Labour amendment ... was agreed by 64 votes
    // to 60": a clause of its own after ", while", with a pair on each side.
    let whiles: Vec<usize> = (s + 1..e).filter(|&x| t[x].eq("while") && t[x - 1].is(',')).collect();
    for &w in &whiles {
        let from = splits.last().copied().unwrap_or(s);
        if (from..w).any(pair) && (w + 1..e).any(pair) {
            splits.push(w);
        }
    }
    if !splits.is_empty() {
        return splits;
    }
    let after_and = (s..e).filter(|&a| opens(a)).any(|a| (a + 1..e.min(a + 11)).any(pair));
    if !after_and {
        return splits;
    }
    for at in read_counts(&Sentence::new(p, (s, e))).more_pairs {
        let from = splits.last().copied().unwrap_or(s) + 1;
        let and = (from..at).rev().take(10).take_while(|&x| !number_like(t[x].s)).find(|&x| opens(x));
        splits.extend(and);
    }
    splits
}

/// A sentence without counts that names the member states on one side of the tally before:
/// "Among those voting no were China, Iran, Saudi Arabia and the United States." They join
/// that side ([`SIDE_LISTS`]). Whether it named any.
fn named_list(p: &Para, (s, e): (usize, usize), tally: &mut Tally) -> bool {
    let t = &p.toks;
    // "Britain, Norway and New Zealand voted against.": the list, then its side's verb.
    let verb_after = || {
        (s + 1..e).find_map(|k| {
            SIDE_VERBS.iter().find(|(seq, _)| seq_at(t, k, e, seq)).map(|&(seq, side)| (side, k, k + seq.len()))
        })
    };
    // Every other list's words have "were" ("Voting against were ...", "... were among the states").
    if !t[s..e].iter().any(|x| x.eq("were")) {
        // The verb ends the sentence, or what follows it is set off by a comma ("voted against
        // the text, titled "...").
        let ends = |end: usize| end + 4 >= e || (end..e.min(end + 4)).any(|x| t[x].is(','));
        let Some((side, k, _)) = verb_after().filter(|&(_, _, end)| ends(end)) else { return false };
        return add_named(tally, side, p.span(s, k - 1));
    }
    let after = (s..e).find_map(|k| {
        SIDE_LISTS.iter().find(|(seq, _)| seq_at(t, k, e, seq)).map(|&(seq, side)| (side, k + seq.len()))
    });
    // "China, Cuba and Eritrea were among the states that voted against.": the list first.
    let before = || {
        let k = (s + 1..e).find(|&k| seq_at(t, k, e, &["were", "among", "the"]))?;
        let v = (k + 4..e.min(k + 7)).find(|&x| t[x].any(&["that", "who", "which"]))? + 1;
        let &(seq, side) = LIST_BEFORE_SIDES.iter().find(|(seq, _)| seq_at(t, v, e, seq))?;
        (v + seq.len() >= e - 1).then_some((side, s, k))
    };
    let (side, text) = match after {
        Some((side, at)) => (side, p.span(at, e - 1)),
        None => match before() {
            Some((side, a, k)) => (side, p.span(a, k - 1)),
            None => return false,
        },
    };
    add_named(tally, side, text)
}

/// The member states listed in `text` join `tally`'s `side`, when every item of the list is one
/// ("24 deputies from the Polish People's Party" names none) and there are no more of them than
/// the side's count.
fn add_named(tally: &mut Tally, side: Side, text: &str) -> bool {
    let text = text.trim_end_matches(['.', ';']);
    let items: Vec<&str> =
        text.split([',', ';']).flat_map(|x| x.split(" and ")).map(str::trim).filter(|x| !x.is_empty()).collect();
    let named: Vec<&str> = items.iter().filter_map(|x| crate::nations::exactly(x.trim_start_matches("the "))).collect();
    let count = match side {
        Side::Yes => tally.yes,
        Side::No => tally.no,
        Side::Abstain => tally.abstain,
        Side::Absent => tally.absent,
    };
    if named.len() != items.len() || count.is_some_and(|n| (named.len() as u32) > n) {
        return false;
    }
    let list = match side {
        Side::Yes => &mut tally.named_yes,
        Side::No => &mut tally.named_no,
        _ => &mut tally.named_abstain,
    };
    for code in &named {
        if !list.iter().any(|c| c == code) {
            list.push(code.to_string());
        }
    }
    !named.is_empty()
}

/// The tallies of an article's paragraphs (`parsed` holds their tokens); the headline only
/// names bodies.
pub(crate) fn extract(headline: &str, paragraphs: &[Paragraph], parsed: &[Para]) -> Vec<Tally> {
    let mut bodies = Bodies::default();
    let head = Para::new(headline);
    // "Mayor Ortega Applauds Council Passage of ...": in a headline in title case, capitals
    // do not tell a body's name from the words around it.
    let mut words = head.toks.iter().filter(|x| x.word && x.s.len() > 3);
    let title_case = words.clone().count() >= 4 && words.all(|x| x.cap());
    for range in head.sentence_ranges().filter(|_| !title_case) {
        let found = bodies.resolve(bodies_in(&head, range.0, range.1));
        bodies.note(&found, Sentence::new(&head, range).about_vote);
    }
    let mut out: Vec<Tally> = Vec::new();
    // The tally of the last sentence of the paragraph before.
    let mut last_of_paragraph: Option<usize> = None;
    // The last tally of the article and its paragraph's number, for a list of states that
    // comes a paragraph or two after it.
    let mut last_tally: Option<(usize, usize)> = None;
    for (n_para, (para, p)) in paragraphs.iter().zip(parsed).enumerate() {
        // The tally of the sentence before: in this paragraph, or for its first sentence the
        // one ending the paragraph before ("... approved 51 to 9.\n\nSix members abstained.").
        let mut before: Option<usize> = last_of_paragraph.take();
        for (n, (s, e)) in p.sentence_ranges().enumerate() {
            bodies.note_unions(p, (s, e));
            bodies.note_members(p, (s, e));
            let found = bodies.resolve(bodies_in(p, s, e));
            // "There were no abstentions.": a count of zero is a number too.
            let zero = |k: usize| p.toks[k].eq("no") && p.toks.get(k + 1).is_some_and(|n| n.eq("abstentions"));
            let numbered = p.toks[s..e].iter().any(|x| x.word && number_like(x.s)) || (s..e).any(zero);
            // Across paragraphs, only a bare count that names no body joins.
            // "..., which now heads to the full House": a body a motion is sent to is not named
            // as the count's.
            let names_one = found.iter().any(|b| !named_bodies::sent_to(&p.toks, s, b.at));
            // "... by 178 votes to 52.\n\nFourteen members abstained, and 31 of the House's 275
            // members were absent.": the body named is the tally's own.
            let its_own = |i: usize| found.iter().all(|b| out[i].body.as_deref() == Some(b.name.as_str()));
            let prior = before.take().filter(|&i| n > 0 || !names_one || its_own(i));
            // "... by a vote of 63 to 38.\n\nThe Liberals voted against. There were no
            // abstentions.": no abstentions, a sentence or two after the tally, are its own.
            let no_abstentions = found.is_empty() && (s..e).any(zero) && e - s <= 6;
            let prior =
                prior.or_else(|| last_tally.filter(|&(_, at)| no_abstentions && n_para <= at + 1).map(|(i, _)| i));
            // A unanimous decision may give no number and name no body ("the council unanimously").
            let unanimous = || p.toks[s..e].iter().any(|x| x.any(UNANIMOUS));
            if numbered || !found.is_empty() || unanimous() {
                let cx = Sentence::new(p, (s, e));
                // "..., with the Lok Sabha voting 323-3 and the Rajya Sabha 165-7": a tally each.
                let mut splits = chamber_splits(p, (s, e), &found);
                if splits.is_empty() {
                    splits = pair_splits(p, (s, e));
                }
                let bounds: Vec<usize> = std::iter::once(s).chain(splits.iter().copied()).chain([e]).collect();
                let mut previous = prior;
                let mut made = false;
                for w in bounds.windows(2) {
                    let (a, b) = (w[0], w[1]);
                    // "... voted for the bill. Another 106 opposed it.": after a tally in the same
                    // paragraph, a weak side is enough.
                    // So does the paragraph before's, for a bare count: "Two aldermen were absent."
                    let about_vote = cx.about_vote || previous.is_some();
                    // A later part with no verb of its own reads the sentence's.
                    // "... was agreed by 64 votes to 60": a verb of passing only before "by".
                    let agreed = |x: usize| p.toks[x].eq("agreed") && p.toks.get(x + 1).is_some_and(|n| n.eq("by"));
                    let own_verb = || (a..b).any(|x| p.toks[x].any(PASSED) || p.toks[x].any(FAILED) || agreed(x));
                    let lead = if a == s || own_verb() { a } else { s };
                    let part = Sentence { p, s: a, e: b, about_vote, chamber: !splits.is_empty(), lead };
                    // The bodies named in this part, or the sentence's when it names none (most
                    // sentences are one part, and name their bodies in it: no copy then).
                    let inside = found.iter().filter(|x| (a..b).contains(&x.at)).count();
                    let named: Cow<[BodyName]> = if inside == 0 || inside == found.len() {
                        Cow::Borrowed(&found)
                    } else {
                        Cow::Owned(found.iter().filter(|x| (a..b).contains(&x.at)).cloned().collect())
                    };
                    let counted = numbered || unanimous();
                    if let Some(mut tally) = counted.then(|| sentence_tally(&part, &named, &bodies)).flatten() {
                        tally.paragraph = para.id.clone();
                        before = Some(add_tally(&mut out, tally, previous.take(), !found.is_empty()));
                        made = true;
                    }
                }
                if let Some(i) = prior.filter(|_| !made) {
                    size_after(&cx, &found, &mut out[i], n > 0);
                }
                // "..., which now goes to the House, where a similar measure died without a
                // vote": a body a motion is sent to has not voted.
                let sent = found.first().is_some_and(|b| named_bodies::sent_to(&p.toks, s, b.at));
                bodies.note(&found, cx.about_vote && !sent);
            }
            if found.is_empty() {
                bodies.note_generic(p, (s, e));
            }
            if let Some(i) = before {
                last_tally = Some((i, n_para));
            }
            // "Among those voting no were China, Iran and the United States." after the tally,
            // or after a paragraph of quotes that follows it.
            let recent = || last_tally.filter(|&(_, at)| n_para <= at + 2).map(|(i, _)| i);
            if let (None, Some(i)) = (before, prior.or_else(recent).filter(|_| found.is_empty())) {
                if named_list(p, (s, e), &mut out[i]) {
                    before = Some(i);
                }
            }
        }
        last_of_paragraph = before;
    }
    // "Albrecht won 572 votes to Hollmann's 401, with 14 delegates abstaining": abstentions or
    // absences with no count for either side are no vote the page could draw.
    out.retain(|t| t.yes.is_some() || t.no.is_some());
    out
}
