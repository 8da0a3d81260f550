//! Which way a vote went: a motion that failed or was voted against gets the smaller count,
//! and a unanimous decision of a body of known size is all for, none against.

use super::counts::{Count, Counts};
use super::scan::{number_like, scan_any_seq};
use super::Side;
use crate::lexicon::tally::{
    ARTICLES, DECIDING_BODIES, DETERMINERS, FAILED, FAILED_PHRASES, NOT_UNANIMOUS, PASSED, PROSPECTS, TALLY_GOES_ON,
    TURN_DOWN, UNANIMOUS, UNANIMOUS_VERBS, VOTING,
};
use crate::tokens::Tok;

/// Does a motion fail before the pair of counts at `at` ("failed on a 7-2 vote", "was
/// defeated 322-99", "rejected the plan by 40 votes to 12")? A failure word within ten
/// words before the pair, not used as an adjective ("the failed coup"), no other vote verb
/// between ("after talks failed, the council voted 13-2"), and no word of passing anywhere
/// in the sentence `[s, e)`.
fn fails_before(t: &[Tok], s: usize, e: usize, at: usize) -> bool {
    if (s..e).any(|k| passes_at(t, s, k)) {
        return false;
    }
    (at.saturating_sub(10).max(s)..at).any(|j| match scan_any_seq(t, j, at, FAILED_PHRASES) {
        // "voted down", "turned down".
        Some((_, next)) => !(next..at).any(|x| t[x].any(VOTING)),
        None => {
            let failed = t[j].any(FAILED) && !(j > s && t[j - 1].any(ARTICLES));
            failed && !(j + 1..at).any(|x| t[x].any(VOTING))
        }
    })
}

/// Does the word at `k` say that a motion passed? Not when it is only a prospect: "the Senate,
/// which must also approve the bill, rejected ..." (a modal or "to" within the two words before).
fn passes_at(t: &[Tok], s: usize, k: usize) -> bool {
    t[k].any(PASSED) && !(k.saturating_sub(2).max(s)..k).any(|x| t[x].any(PROSPECTS))
}

/// Is the pair of counts at `[at, end)` followed by the object of a vote to turn something down:
/// "voted 4-1 on Monday to reject the plan", "voted 52-48 to block the nomination"? Then the
/// pair counts those against the plan first. "to" and a verb of [`VOTED_TO_UNCLEAR`] that
/// rejects, within six words after the pair, with no other count or vote verb between.
fn rejects_after(t: &[Tok], end: usize, e: usize) -> bool {
    (end..e.min(end + 6))
        .take_while(|&j| !number_like(t[j].s) && !t[j].any(VOTING) && !t[j].is(','))
        .any(|j| t[j].eq("to") && t.get(j + 1).is_some_and(|v| j + 1 < e && v.any(TURN_DOWN)))
}

/// "The Chamber of Deputies voted to reject it last month by 142 votes to 98": a vote verb,
/// "to" and a verb of [`TURN_DOWN`] within ten words before the pair at `at`, no count between.
fn rejects_before(t: &[Tok], s: usize, at: usize) -> bool {
    (at.saturating_sub(10).max(s + 1)..at).any(|j| {
        t[j - 1].any(VOTING)
            && t[j].eq("to")
            && t.get(j + 1).is_some_and(|v| v.any(TURN_DOWN))
            && !(j + 2..at).any(|x| number_like(t[x].s))
    })
}

/// Is the pair of counts ending before `end` the tally against something: "voted 7-2 against
/// the measure", "voted 40 to 12 against the bill"? "against" right after the pair, followed
/// by its object; after "N to M" (not `scored`) only an object that starts with a
/// determiner, since "by 116 votes to 20 against, with 53 abstentions" names the side of the 20.
fn against_after(t: &[Tok], end: usize, e: usize, scored: bool) -> bool {
    if end >= e || !t[end].eq("against") {
        return false;
    }
    match t.get(end + 1).filter(|_| end + 1 < e) {
        Some(next) if next.word => {
            !number_like(next.s) && (next.any(DETERMINERS) || scored && !next.any(TALLY_GOES_ON))
        }
        // "the council voted 7-2 against."
        _ => scored,
    }
}

/// A motion that failed got the smaller count: "failed on a 7-2 vote" is 2 for, 7 against,
/// and so does one voted against ("voted 7-2 against the measure"). Turns round the yes and
/// no counts of the sentence's pair when the yes is the larger; a pair already written
/// for–against ("rejected by 99 votes to 322") stays as it is.
pub(super) fn turn_failed(counts: &mut Counts, t: &[Tok], (s, e): (usize, usize), lead: usize) {
    let turned = counts.pair.filter(|&(at, end)| {
        // A later part of a sentence with no verb of its own takes the sentence's failure word.
        let inherited = || {
            let failure = (lead..s).any(|j| t[j].any(FAILED) || scan_any_seq(t, j, s, FAILED_PHRASES).is_some());
            failure && !(lead..e).any(|k| passes_at(t, lead, k))
        };
        let failed = if lead < s { inherited() } else { fails_before(t, s, e, at) };
        failed
            || against_after(t, end, e, t[at].s.contains('-'))
            || rejects_after(t, end, e)
            || rejects_before(t, s, at)
    });
    let Some((at, _)) = turned else { return };
    // "The cloture motion failed 32-16. ... 33 of its 49 members must vote to end debate": a
    // larger yes that fell short of a threshold, in the sentence or the next, stays the yes.
    let end = t.len().min(e + 30);
    let number = |x: usize| t[x].word && super::scan::number_like(t[x].s);
    let threshold = (s..end).any(|k| {
        let w = &t[k];
        w.any(&["supermajority", "cloture", "two-thirds", "three-fifths", "three-quarters"])
            // "33 of its 49 members must vote", "needed 33 votes", "33 votes were required".
            || w.any(&["must"]) && (k.saturating_sub(6).max(s)..k).any(number)
            || w.any(&["needed", "required"]) && ((k + 1..end.min(k + 4)).any(number) || (k.saturating_sub(4).max(s)..k).any(number))
    });
    if threshold {
        return;
    }
    let list = &mut counts.list;
    let yes = list.iter().position(|c| c.side == Side::Yes && c.at == at);
    let no = list.iter().position(|c| c.side == Side::No && c.at >= at);
    if let (Some(y), Some(n)) = (yes, no) {
        if list[y].value > list[n].value {
            let (a, b) = (list[y].value, list[n].value);
            list[y].value = b;
            list[n].value = a;
        }
    }
}

/// The word "unanimously" (or "unanimous") of a sentence `[s, e)` that reports a unanimous
/// decision, not negated ("not unanimously", "failed to unanimously").
fn unanimous_at(t: &[Tok], s: usize, e: usize) -> Option<usize> {
    // "The eight-member panel was unanimous": a body that was unanimous decided so.
    let body_was = |k: usize| {
        k >= s + 2 && t[k].eq("unanimous") && t[k - 1].any(&["was", "were"]) && t[k - 2].any(DECIDING_BODIES)
    };
    if let Some(k) = (s..e).find(|&k| body_was(k)) {
        return Some(k);
    }
    // "All 21 judges agreed that the tribunal had jurisdiction": every member, one verb.
    let all_agreed =
        e > s + 3 && t[s].eq("all") && t[s + 2].any(DECIDING_BODIES) && t[s + 3].any(&["agreed", "concurred"]);
    if all_agreed {
        return Some(s + 3);
    }
    if !(s..e).any(|k| t[k].any(UNANIMOUS_VERBS)) {
        return None;
    }
    let negated =
        |k: usize| (k.saturating_sub(3).max(s)..k).any(|x| t[x].any(NOT_UNANIMOUS) || t[x].s.ends_with("n't"));
    (s..e).find(|&k| t[k].any(UNANIMOUS) && !negated(k))
}

/// "The 15-member council unanimously adopted ...": with `members`, the body's size, all
/// members for, none against and no abstentions, each at the word "unanimously". `None`
/// without a size or a unanimous decision: no count is invented.
pub(super) fn unanimous_counts(t: &[Tok], (s, e): (usize, usize), members: Option<u32>) -> Option<[Count; 3]> {
    let (n, at) = (members?, unanimous_at(t, s, e)?);
    let count = |side, value| Count { at, side, value };
    Some([count(Side::Yes, n), count(Side::No, 0), count(Side::Abstain, 0)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Para;

    fn unanimous(text: &str, members: Option<u32>) -> Option<u32> {
        let p = Para::new(text);
        unanimous_counts(&p.toks, (0, p.toks.len()), members).map(|c| c[0].value)
    }

    #[test]
    fn unanimity() {
        assert_eq!(unanimous("The council unanimously adopted it.", Some(15)), Some(15));
        assert_eq!(unanimous("The council unanimously adopted it.", None), None);
        assert_eq!(unanimous("The bloc did not unanimously approve it.", Some(27)), None);
        assert_eq!(unanimous("Members voted unanimously.", Some(9)), Some(9));
        assert_eq!(unanimous("The vote was unanimous.", Some(15)), None, "no verb of deciding");
        assert_eq!(unanimous("The praise was unanimous.", Some(15)), None);
        assert_eq!(unanimous("The eight-member panel was unanimous.", Some(8)), Some(8));
    }

    #[test]
    fn failures() {
        let p = Para::new("The proposal failed on a 7-2 vote.");
        assert!(fails_before(&p.toks, 0, p.toks.len(), 5));
        let p = Para::new("After talks failed last month, the council voted 13-2 to impose sanctions.");
        assert!(!fails_before(&p.toks, 0, p.toks.len(), 9));
        let p = Para::new("The Senate voted down the resolution 51-48.");
        assert!(fails_before(&p.toks, 0, p.toks.len(), 6));
        let p =
            Para::new("The Senate, which must also approve the bill, rejected a similar measure by 44 votes to 38.");
        assert!(fails_before(&p.toks, 0, p.toks.len(), 15));
        let p = Para::new("The board voted 4-1 on Monday night to reject a parent group's plan.");
        assert!(rejects_after(&p.toks, 4, p.toks.len()));
        let p = Para::new("The board voted 4-1 to approve the plan, a day after members voted to reject another.");
        assert!(!rejects_after(&p.toks, 4, p.toks.len()));
        let p = Para::new("It passed 7-2 against the odds.");
        assert!(against_after(&p.toks, 3, p.toks.len(), true));
        let p = Para::new("It was adopted by 116 votes to 20 against, with 53 abstentions.");
        assert!(!against_after(&p.toks, 8, p.toks.len(), false));
    }
}
