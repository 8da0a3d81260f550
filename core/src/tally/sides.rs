//! Member states a tally's sentence names on a side: "Russia and China voted against", "...,
//! but Russia and China argued" (the other side from the count's), "20 against, including
//! Israel and Hungary" (the side of that count).

use super::counts::Count;
use super::scan::{is_dash, number_like, seq_at};
use super::Side;
use crate::lexicon::tally::{CONTRAST, INCLUDED, INCLUDING, LIST_WORDS, SIDE_VERBS, SIDE_VERB_LEADS};
use crate::nations;
use crate::tokens::{Para, Tok};

/// The other side of a for–against vote.
fn opposite(side: Side) -> Option<Side> {
    match side {
        Side::Yes => Some(Side::No),
        Side::No => Some(Side::Yes),
        _ => None,
    }
}

/// How a clause that may name member states opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opening {
    /// The sentence's start, a comma, a semicolon or "and".
    Plain,
    /// "but", "while": the other side from the count's, unless a verb says.
    Contrast,
    /// "including", "among": the side of the count before.
    Including,
}

/// Does token `k` of sentence `[s, e)` open a clause that may name member states, and how?
fn scan_opening(t: &[Tok], s: usize, k: usize) -> Option<Opening> {
    let x = &t[k];
    if x.any(CONTRAST) {
        Some(Opening::Contrast)
    } else if x.any(INCLUDING) || k > s && (is_dash(x) || x.is('(')) && after_count(t, s, k) {
        // "seven, including Hungary,", "11 - Iran and Nicaragua among them - voted against",
        // "by 104 votes to nine (Nauru, Tonga and Norway were among the nine)", "4 against -
        // Russia, Belarus and Burundi -", "one against - from Russia -".
        Some(Opening::Including)
    } else if x.is(',') && t.get(k + 1).is_some_and(|n| n.eq("from")) && k > s && t[k - 1].word {
        // "12 in favour and one against, from Russia,": the side of the count before.
        Some(Opening::Including)
    } else {
        // "..., with Eritrea and Burundi among the countries voting against".
        (k == s || x.is(',') || x.is(';') || x.eq("and") || x.eq("with")).then_some(Opening::Plain)
    }
}

/// Does a count end right before token `k` of a sentence opening at `s`: a number, or a number
/// and its side ("4 against", "158 in favour")?
fn after_count(t: &[Tok], s: usize, k: usize) -> bool {
    let side = |x: usize| t[x].any(&["against", "favour", "favor", "abstentions", "abstaining"]);
    number_like(t[k - 1].s)
        || side(k - 1) && (k.saturating_sub(3).max(s)..k - 1).any(|x| t[x].word && number_like(t[x].s))
}

/// The subject of a clause opening at `k` (`how`): its first token and the token after its
/// last capitalised word, reading at most sixteen capitalised words, commas and small
/// words ("Russia, China and the United States"). `None` when it has no capitalised word.
fn scan_subject(t: &[Tok], (s, e): (usize, usize), k: usize, how: Opening) -> Option<(usize, usize)> {
    let mut a = if k == s && t[k].word && how != Opening::Contrast { k } else { k + 1 };
    // "with only Russia and Nicaragua voting against".
    while a < e
        && (t[a].is(',')
            || t[a].eq("and")
            || t[a].eq("only") && a == k + 1
            || how == Opening::Including && (t[a].any(INCLUDED) || t[a].eq("from")))
    {
        a += 1;
    }
    let subject_word = |x: &Tok| x.cap() || x.any(LIST_WORDS) || x.is(',');
    let mut b = a;
    while b < e && b < a + 16 && subject_word(&t[b]) {
        b += 1;
    }
    while b > a && !t[b - 1].cap() {
        b -= 1;
    }
    (b > a).then_some((a, b))
}

/// The side a verb at `v` gives its subject ("voted against", "abstained"), after words
/// such as "also" and "both".
fn scan_side_verb(t: &[Tok], v: usize, e: usize) -> Option<Side> {
    let mut v = (v..e).find(|&x| !t[x].any(SIDE_VERB_LEADS)).unwrap_or(e);
    // "Eritrea and Burundi among the countries voting against".
    if v + 3 < e
        && t[v].eq("among")
        && t[v + 1].eq("the")
        && t[v + 2].any(&["countries", "states", "nations", "members"])
    {
        v += 3;
        return match () {
            _ if seq_at(t, v, e, &["voting", "against"]) || seq_at(t, v, e, &["voting", "no"]) => Some(Side::No),
            _ if seq_at(t, v, e, &["voting", "in", "favour"]) || seq_at(t, v, e, &["voting", "in", "favor"]) => {
                Some(Side::Yes)
            }
            _ if seq_at(t, v, e, &["abstaining"]) || seq_at(t, v, e, &["that", "abstained"]) => Some(Side::Abstain),
            _ => None,
        };
    }
    SIDE_VERBS.iter().find(|(seq, _)| seq_at(t, v, e, seq)).map(|&(_, side)| side)
}

/// The member states named by the clause opening at token `k` and the side they take: the
/// side of the count before `k` after "including", else the side their verb says, else
/// after a contrast the other side from `main`, the side of the sentence's first count.
/// Also whether they are all of that side: a plain clause whose verb follows them ("with
/// Hungary and Romania voting against", not "with France among the countries voting against").
fn read_named_side(
    p: &Para,
    range: (usize, usize),
    k: usize,
    main: Side,
    counts: &[Count],
) -> Option<(Side, Vec<&'static str>, bool)> {
    let t = &p.toks;
    let how = scan_opening(t, range.0, k)?;
    let (a, b) = scan_subject(t, range, k, how)?;
    let codes = nations::countries_in(p.span(a, b - 1));
    if codes.is_empty() {
        return None;
    }
    let side = match how {
        Opening::Including => counts.iter().rev().find(|c| c.at < k).map(|c| c.side),
        Opening::Contrast => scan_side_verb(t, b, range.1).or_else(|| opposite(main)),
        Opening::Plain => scan_side_verb(t, b, range.1),
    };
    // Nor "... voting against along with several smaller states", "as did", "and others".
    let more = (b..range.1.min(b + 8)).any(|x| t[x].any(&["along", "others", "did"]));
    let whole = how == Opening::Plain && !t.get(b).is_some_and(|x| x.eq("among")) && !more;
    side.map(|side| (side, codes, whole))
}

/// The member states a sentence names on each side, each once, in the order named.
#[derive(Default)]
pub(super) struct NamedSides {
    /// Yes, no, abstaining.
    pub lists: [Vec<String>; 3],
    /// The states named on the side are all of it: "with Hungary and Romania voting against
    /// and Cyprus abstaining" (not "including", nor "but Russia and China argued against").
    pub whole: [bool; 3],
}

/// Member states named on each side in sentence `range` of `p` (yes, no, abstaining).
/// `main` is the side of the first count, `counts` all of them.
pub(super) fn named_sides(p: &Para, range: (usize, usize), main: Side, counts: &[Count]) -> NamedSides {
    let mut out = NamedSides::default();
    for k in range.0..range.1 {
        let Some((side, codes, whole)) = read_named_side(p, range, k, main, counts) else { continue };
        let at = match side {
            Side::Yes => 0,
            Side::No => 1,
            Side::Abstain => 2,
            Side::Absent => continue,
        };
        // "with X and Y voting against", or "and Z abstaining" after one.
        let with = p.toks[k].eq("with") || p.toks[k].eq("and") && out.whole.iter().any(|&w| w);
        if out.lists[at].is_empty() {
            out.whole[at] = with && whole;
        }
        let list = &mut out.lists[at];
        for c in codes {
            if !list.iter().any(|x| x == c) {
                list.push(c.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sides(text: &str, main: Side) -> [Vec<String>; 3] {
        let p = Para::new(text);
        named_sides(&p, (0, p.toks.len()), main, &[]).lists
    }

    #[test]
    fn named() {
        let [yes, no, abstain] = sides("Thirteen voted for it, while Russia and Bolivia voted against it.", Side::Yes);
        assert_eq!((yes.len(), no, abstain.len()), (0, vec!["RU".to_string(), "BO".to_string()], 0));
        let [_, no, _] = sides("Ten members pushed for it, but Russia and China argued against.", Side::Yes);
        assert_eq!(no, ["RU", "CN"]);
        let [_, _, abstain] = sides("France also abstained.", Side::Yes);
        assert_eq!(abstain, ["FR"]);
    }

    #[test]
    fn named_among_the_countries_voting_against() {
        let [_, no, _] = sides(
            "It was adopted by 27 votes to 5, with Eritrea and Burundi among the countries voting against.",
            Side::Yes,
        );
        assert_eq!(no, ["ER", "BI"]);
        let [_, _, abstain] = sides("It passed, with India among the states abstaining.", Side::Yes);
        assert_eq!(abstain, ["IN"]);
    }

    #[test]
    fn named_between_dashes_after_a_count_and_its_side() {
        let text = "It got 158 in favour, 4 against \u{2014} Russia, Belarus, North Korea and Burundi \u{2014} and 11 abstentions.";
        let p = Para::new(text);
        let at = |w: &str| p.toks.iter().position(|x| x.s == w).unwrap();
        let counts = [
            Count { at: at("158"), side: Side::Yes, value: 158 },
            Count { at: at("4"), side: Side::No, value: 4 },
            Count { at: at("11"), side: Side::Abstain, value: 11 },
        ];
        let [_, no, _] = named_sides(&p, (0, p.toks.len()), Side::Yes, &counts).lists;
        assert_eq!(no, ["RU", "BY", "KP", "BI"]);
        let text = "It got 13 votes in favour, one against \u{2014} from Russia \u{2014} and one abstention.";
        let p = Para::new(text);
        let counts = [Count { at: 2, side: Side::Yes, value: 13 }, Count { at: 7, side: Side::No, value: 1 }];
        let [_, no, _] = named_sides(&p, (0, p.toks.len()), Side::Yes, &counts).lists;
        assert_eq!(no, ["RU"]);
    }

    #[test]
    fn openings_and_subjects() {
        let p = Para::new("It passed, but Russia, China and the United States objected.");
        let t = &p.toks;
        let n = t.len();
        assert!(scan_opening(t, 0, 0) == Some(Opening::Plain));
        assert!(scan_opening(t, 0, 3) == Some(Opening::Contrast));
        assert!(scan_opening(t, 0, 1).is_none());
        assert_eq!(scan_subject(t, (0, n), 3, Opening::Contrast), Some((4, 11)));
        assert_eq!(scan_side_verb(t, 11, n), Some(Side::No));
        assert_eq!(scan_side_verb(t, 10, n), None);
    }
}
