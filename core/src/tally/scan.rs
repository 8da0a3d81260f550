//! Token scanners: each reads one shape at a token and returns what it read and the index
//! after it (`None` when the shape is not there). No scanner looks past `end`.

use super::Side;
use crate::lexicon::tally::{
    ADJUNCT_OPENERS, ASIDE_OPENERS, COUNT_NOUNS, LOBBY_PLACES, MEMBER_SUFFIXES, NUMBER_STARTS, PERCENT_WORDS, SIDES,
    VOTED_TO, VOTED_TO_UNCLEAR, VOTE_NOUNS, VOTING_TO,
};
use crate::numbers;
use crate::tokens::Tok;

/// Do the words at `i` spell `seq`?
pub(super) fn seq_at(t: &[Tok], i: usize, end: usize, seq: &[&str]) -> bool {
    i + seq.len() <= end && seq.iter().enumerate().all(|(k, w)| t[i + k].eq(w))
}

/// The first of `seqs` spelt at `i`, and the index after it.
pub(super) fn scan_any_seq<'s>(
    t: &[Tok],
    i: usize,
    end: usize,
    seqs: &[&'s [&'s str]],
) -> Option<(&'s [&'s str], usize)> {
    seqs.iter().find(|seq| seq_at(t, i, end, seq)).map(|&seq| (seq, i + seq.len()))
}

/// A side named at `i` ("voted in favour", "abstentions", "against"): the side, whether it
/// is strong enough to make a tally alone, and the index after it.
pub(super) fn scan_side(t: &[Tok], i: usize, end: usize) -> Option<((Side, bool), usize)> {
    SIDES
        .iter()
        .find(|(seq, _, _)| seq_at(t, i, end, seq))
        .map(|&(seq, side, strong)| ((side, strong), i + seq.len()))
        .or_else(|| scan_voted_to(t, i, end))
        .or_else(|| scan_voted_where(t, i, end))
}

/// "130 countries voted in the UN General Assembly on Tuesday for a resolution": "voted", a
/// short adjunct of place or time opened by one of [`ADJUNCT_OPENERS`] (no punctuation, no
/// other verb of voting), then "for" or "against": a strong side, read up to that word.
fn scan_voted_where(t: &[Tok], i: usize, end: usize) -> Option<((Side, bool), usize)> {
    if !(i + 2 < end && t[i].any(&["voted", "voting"]) && t[i + 1].any(ADJUNCT_OPENERS)) {
        return None;
    }
    let j = (i + 2..end.min(i + 12)).find(|&j| !t[j].word || t[j].any(&["for", "against", "to", "voted", "voting"]))?;
    match t[j].s {
        w if w.eq_ignore_ascii_case("for") => Some(((Side::Yes, true), j + 1)),
        w if w.eq_ignore_ascii_case("against") => Some(((Side::No, true), j + 1)),
        _ => None,
    }
}

/// "voted to confirm her": a strong yes, read up to the verb; not before a verb of
/// [`VOTED_TO_UNCLEAR`] ("voted to reject"), a number or a capitalised word.
fn scan_voted_to(t: &[Tok], i: usize, end: usize) -> Option<((Side, bool), usize)> {
    let v = i + VOTED_TO.len();
    let verb = v < end && t[v].word && !t[v].cap() && !number_like(t[v].s) && !t[v].any(VOTED_TO_UNCLEAR);
    let voted_to = seq_at(t, i, end, VOTED_TO) || seq_at(t, i, end, VOTING_TO);
    (voted_to && verb).then_some(((Side::Yes, true), v))
}

/// A number at token `i` ("116", "one hundred and sixteen"): its value (`None` on overflow)
/// and the index after it.
pub(super) fn read_number(t: &[Tok], i: usize, end: usize) -> Option<(Option<u32>, usize)> {
    let mut words: [&str; 8] = [""; 8];
    let mut n = 0;
    while n < 8 && i + n < end && t[i + n].word {
        words[n] = t[i + n].s;
        n += 1;
    }
    numbers::read(&words[..n]).map(|r| (r.value, i + r.words))
}

/// Is the token at `i` a share, not a count: "percent", "per cent", "pc", "%"?
pub(super) fn percent_at(t: &[Tok], i: usize) -> bool {
    t.get(i).is_some_and(|x| x.any(PERCENT_WORDS) || x.is('%'))
}

/// "Ayes 330", "ayes to the right, 301": the count after the side of a parliamentary
/// division, read from `i` (the token after the side), and the index after it.
pub(super) fn scan_lobby_count(t: &[Tok], i: usize, end: usize) -> Option<(u32, usize)> {
    let mut m = scan_any_seq(t, i, end, LOBBY_PLACES).map_or(i, |(_, next)| next);
    while m < end && (t[m].is(',') || t[m].is(':')) {
        m += 1;
    }
    let (v, next) = read_number(t, m, end)?;
    (!percent_at(t, next)).then_some(v?).map(|v| (v, next))
}

/// The second count of a pair, "116 to 20", "9 votes to 4", read from `after` (the token
/// after the first count): its value, its token and the index after it.
pub(super) fn scan_to_count(t: &[Tok], after: usize, end: usize) -> Option<((u32, usize), usize)> {
    let m = if after < end && t[after].any(VOTE_NOUNS) { after + 1 } else { after };
    if m + 1 < end && t[m].eq("to") {
        if let Some((Some(v), next)) = read_number(t, m + 1, end) {
            return Some(((v, m + 1), next));
        }
        // "by 14 votes to none": a count of zero.
        if t[m + 1].eq("none") && m > after {
            return Some(((0, m + 1), m + 2));
        }
    }
    None
}

/// An aside between a count and its side, "seven — among them Hungary — voted against":
/// the index after its closing dash or parenthesis, if it closes within a dozen words.
pub(super) fn scan_aside(t: &[Tok], m: usize, end: usize) -> Option<usize> {
    let open = &t[m];
    let close = match open.ch() {
        '(' if !open.word => ')',
        c @ ('\u{2014}' | '\u{2013}') if !open.word => c,
        // "11 - Iran and Nicaragua among them - voted against": a hyphen standing for a dash.
        '-' if spaced_dash(open) => '-',
        ',' if !open.word => return scan_comma_aside(t, m, end),
        _ => return None,
    };
    (m + 1..end.min(m + 14)).find(|&x| t[x].is(close)).map(|x| x + 1)
}

/// A hyphen with space before it, standing for a dash ("11 - Iran among them - voted").
pub(super) fn spaced_dash(t: &Tok) -> bool {
    t.is('-') && t.space_before
}

/// A dash opening or closing an aside: an em or en dash, or a [`spaced_dash`].
pub(super) fn is_dash(t: &Tok) -> bool {
    t.is('\u{2014}') || t.is('\u{2013}') || spaced_dash(t)
}

/// An aside in commas, "12, including China, Cuba and Eritrea, opposed it", "only 11, all
/// from the party that proposed it, in favour": opened by a word of [`ASIDE_OPENERS`] after the
/// comma at `m`, closed by the first comma within fifteen words that a side follows. The index
/// after that comma.
fn scan_comma_aside(t: &[Tok], m: usize, end: usize) -> Option<usize> {
    // "two members, China and Algeria, abstained": or capitalised names and "and" alone.
    let names = || {
        let c = (m + 1..end.min(m + 10)).find(|&x| t[x].is(','))?;
        let list = c > m + 1 && (m + 1..c).all(|x| t[x].cap() || t[x].eq("and") || t[x].eq("the"));
        (list && scan_side(t, c + 1, end).is_some()).then_some(c + 1)
    };
    if !t.get(m + 1).is_some_and(|w| m + 1 < end && w.any(ASIDE_OPENERS)) {
        return names();
    }
    (m + 2..end.min(m + 17)).find(|&x| t[x].is(',') && scan_side(t, x + 1, end).is_some()).map(|x| x + 1)
}

/// The words between a count and its side, read from `after` (the token after the count):
/// nouns ("member states"), an aside in dashes or parentheses, and a membership ("of the
/// 15 members"), six at most. Returns the membership read there, if any, and the index of
/// the side; when nothing is there, `(None, after)`.
pub(super) fn scan_count_words(t: &[Tok], after: usize, end: usize) -> (Option<u32>, usize) {
    let mut membership = None;
    let mut m = after;
    let mut hops = 0;
    while m < end && hops < 6 {
        if t[m].of(&COUNT_NOUNS) {
            m += 1;
        } else if let Some(next) = (hops == 0 || t[m - 1].of(&COUNT_NOUNS)).then(|| scan_aside(t, m, end)).flatten() {
            m = next;
        } else if let Some((total, next)) = t[m].eq("of").then(|| scan_of_total(t, m + 1, end)).flatten() {
            membership = membership.or(Some(total));
            m = next;
        } else {
            break;
        }
        hops += 1;
    }
    (membership, m)
}

/// The total after "of" ("of the 15", "of its 15", "of 193"), read from the token after "of": its value
/// and the index after it.
fn scan_of_total(t: &[Tok], i: usize, end: usize) -> Option<(u32, usize)> {
    let mut x = if i < end && t[i].any(&["the", "its", "their"]) { i + 1 } else { i };
    // "of the assembly's 193 members": past the owner.
    if x > i && x + 1 < end && crate::tokens::is_possessive(t[x].s) {
        x += 1;
    }
    // "of the 349-seat chamber", "of the 101-seat Riigikogu": the size, and the body's noun or
    // name after it.
    if let Some(total) = (x < end && x > i).then(|| read_member_prefix(t[x].s)).flatten() {
        let noun = x + 1 < end && t[x + 1].word && !t[x + 1].cap();
        let name = (x + 1..end.min(x + 5)).take_while(|&y| t[y].word && t[y].cap()).count();
        return Some((total, x + 1 + if noun { 1 } else { name }));
    }
    match read_number(t, x, end) {
        Some((Some(total), next)) => Some((total, next)),
        _ => None,
    }
}

/// "11-2-2", "14–0–1", "116-20": two or three small counts joined by dashes, and how many.
pub(super) fn read_score(w: &str) -> Option<([u32; 3], usize)> {
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
pub(super) fn number_like(w: &str) -> bool {
    let b = w.as_bytes();
    match b {
        [d, ..] if d.is_ascii_digit() => true,
        [x, y, z, ..] => {
            let key = [x.to_ascii_lowercase(), y.to_ascii_lowercase(), z.to_ascii_lowercase()];
            NUMBER_STARTS.iter().any(|s| **s == key)
        }
        _ => false,
    }
}

/// "15-member", "fifteen-member", "27-nation", "300-seat" → the size it states.
pub(super) fn read_member_prefix(w: &str) -> Option<u32> {
    let n = MEMBER_SUFFIXES.iter().find_map(|suffix| w.strip_suffix(suffix))?;
    numbers::digits(n).flatten().or_else(|| numbers::read(&[n]).filter(|r| r.words == 1).and_then(|r| r.value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::Para;

    /// The tokens of `text` and its length in tokens.
    fn toks(text: &str) -> (Vec<Tok<'_>>, usize) {
        let t = Para::new(text).toks;
        let n = t.len();
        (t, n)
    }

    #[test]
    fn sides() {
        let (t, n) = toks("12 voted in favour and 3 abstained against");
        assert_eq!(scan_side(&t, 1, n), Some(((Side::Yes, true), 4)));
        assert_eq!(scan_side(&t, 6, n), Some(((Side::Abstain, true), 7)));
        assert_eq!(scan_side(&t, 7, n), Some(((Side::No, false), 8)));
        assert_eq!(scan_side(&t, 0, n), None);
        // A sequence cut by the end is not read: "voted in" names no side.
        assert_eq!(scan_side(&t, 1, 3), None);
        assert_eq!(scan_side(&t, 2, n), Some(((Side::Yes, true), 4)));
        let (t, n) = toks("52 voted to confirm her, 40 voted to reject it, 8 voted to 3");
        assert_eq!(scan_side(&t, 1, n), Some(((Side::Yes, true), 3)));
        assert_eq!(scan_side(&t, 7, n), None, "rejecting names no side plainly");
        assert_eq!(scan_side(&t, 13, n), None, "a count, not a verb");
    }

    #[test]
    fn numbers() {
        let (t, n) = toks("one hundred and sixteen votes to 20");
        assert_eq!(read_number(&t, 0, n), Some((Some(116), 4)));
        assert_eq!(read_number(&t, 6, n), Some((Some(20), 7)));
        assert_eq!(read_number(&t, 4, n), None);
        let (t, n) = toks("99999999999 to 3");
        assert_eq!(read_number(&t, 0, n), Some((None, 1)));
        assert!(number_like("Twenty") && number_like("7-2") && !number_like("to") && !number_like("no"));
    }

    #[test]
    fn lobbies() {
        let (t, n) = toks("Ayes 330, Noes 275");
        assert_eq!(scan_lobby_count(&t, 1, n), Some((330, 2)));
        assert_eq!(scan_lobby_count(&t, 4, n), Some((275, 5)));
        let (t, n) = toks("ayes to the right, 301, noes");
        assert_eq!(scan_lobby_count(&t, 1, n), Some((301, 6)));
        let (t, n) = toks("ayes 52 percent");
        assert_eq!(scan_lobby_count(&t, 1, n), None);
    }

    #[test]
    fn pairs() {
        let (t, n) = toks("116 to 20 with 53");
        assert_eq!(scan_to_count(&t, 1, n), Some(((20, 2), 3)));
        let (t, n) = toks("9 votes to four");
        assert_eq!(scan_to_count(&t, 1, n), Some(((4, 3), 4)));
        let (t, n) = toks("9 went to Geneva");
        assert_eq!(scan_to_count(&t, 1, n), None);
        // "to" as the last token reads nothing.
        assert_eq!(scan_to_count(&t, 2, 3), None);
    }

    #[test]
    fn asides() {
        let (t, n) = toks("seven \u{2014} among them Hungary \u{2014} voted against");
        assert_eq!(scan_aside(&t, 1, n), Some(6));
        let (t, n) = toks("nine (including Israel) voted");
        assert_eq!(scan_aside(&t, 1, n), Some(5));
        assert_eq!(scan_aside(&t, 2, n), None);
        let (t, n) = toks("nine ( never closed");
        assert_eq!(scan_aside(&t, 1, n), None);
    }

    #[test]
    fn count_words() {
        let (t, n) = toks("116 member states voted in favour");
        assert_eq!(scan_count_words(&t, 1, n), (None, 3));
        let (t, n) = toks("Ten of the 15 council members pushed for");
        assert_eq!(scan_count_words(&t, 1, n), (Some(15), 6));
        let (t, n) = toks("seven \u{2014} among them Hungary \u{2014} voted against");
        assert_eq!(scan_count_words(&t, 1, n), (None, 6));
        let (t, n) = toks("12 voted for");
        assert_eq!(scan_count_words(&t, 1, n), (None, 1));
    }

    #[test]
    fn scores_and_sizes() {
        assert_eq!(read_score("2014-12-22"), None);
        assert_eq!(read_score("05-12"), None);
        assert_eq!(read_score("11-2-2"), Some(([11, 2, 2], 3)));
        assert_eq!(read_score("14\u{2013}0\u{2013}1"), Some(([14, 0, 1], 3)));
        assert_eq!(read_score("1-2-3-4"), None);
        assert_eq!(read_member_prefix("15-member"), Some(15));
        assert_eq!(read_member_prefix("fifteen-member"), Some(15));
        assert_eq!(read_member_prefix("300-seat"), Some(300));
        assert_eq!(read_member_prefix("15-point"), None);
    }
}
