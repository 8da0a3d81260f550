//! Quotation marks and the quotes they open and close; quoted titles.

use crate::lexicon::statements::{CALLERS, NAMING_VERBS, TITLE_CUES};
use crate::tokens::Tok;

/// A quotation: its marks and the token range `[a, b)` of its words.
pub(super) struct Quote {
    pub open: usize,
    pub close: Option<usize>,
    pub a: usize,
    pub b: usize,
}

pub(super) fn is_double(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}')
}

pub(super) fn quotes(t: &[Tok]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut push = |open: usize, close: Option<usize>, end: usize| {
        let (a, mut b) = (open + 1, end);
        while b > a && (t[b - 1].is(',') || t[b - 1].is(';') || t[b - 1].is(':')) {
            b -= 1;
        }
        if (a..b).any(|k| t[k].word) {
            out.push(Quote { open, close, a, b });
        }
    };
    let double = t.iter().any(|x| !x.word && is_double(x.ch()));
    let glued = |k: usize| t.get(k + 1).is_some_and(|n| !n.space_before);
    let mut open: Option<usize> = None;
    for (k, x) in t.iter().enumerate() {
        if x.word {
            continue;
        }
        // Shaped like an opening mark: space before, word right after.
        let opener = x.space_before && glued(k);
        match (double, x.ch(), open) {
            (true, '"', None) => {
                // 12" screens, or a stray closing mark. Glued to the word before, a straight
                // mark opens only when a letter follows and a later mark closes it.
                let after_word = !x.space_before && k > 0 && t[k - 1].word;
                let inch = after_word && !(glued(k) && t[k + 1].word && t[k + 1..].iter().any(|y| y.is('"')));
                if !inch {
                    open = Some(k);
                }
            }
            (true, '"' | '\u{201c}' | '\u{201e}' | '\u{201f}' | '\u{ab}', Some(o)) => {
                if opener {
                    // The previous quote ran on unclosed; a new one starts here.
                    push(o, None, k);
                    open = Some(k);
                } else {
                    push(o, Some(k), k);
                    open = None;
                }
            }
            (true, '\u{201c}' | '\u{201e}' | '\u{201f}' | '\u{ab}', None) => open = Some(k),
            (true, '\u{201d}' | '\u{bb}', Some(o)) => {
                push(o, Some(k), k);
                open = None;
            }
            (true, '\u{201d}' | '\u{bb}', None) if opener => open = Some(k),
            (false, '\u{2018}', None) if glued(k) && t[k + 1].word => open = Some(k),
            (false, '\u{2019}', Some(o)) if !(x.space_before || glued(k) && t[k + 1].word) => {
                push(o, Some(k), k);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(o) = open {
        push(o, None, t.len());
    }
    out
}

/// Is the quote opening at `open` a title or a named thing rather than speech?
/// Nouns for words and phrases themselves, which name a quote of any case: "the slogan "down
/// with the government"", "the term "ethnic cleansing"".
const NAMING_NOUNS: &[&str] =
    &["slogan", "motto", "term", "phrase", "word", "words", "label", "banner", "hashtag", "headline", "title"];

pub(super) fn is_title(t: &[Tok], open: usize) -> bool {
    let Some(w) = open.checked_sub(1).map(|k| &t[k]) else {
        return false;
    };
    let before = open.checked_sub(2).map(|k| &t[k]);
    // "the film "The Interview"", "dubbed "the iron lady"", "the slogan "down with the
    // government"": a naming verb or a word's own noun names whatever follows; a work's noun
    // names only a title, which opens with a capital ("a pilot project "with the 10 school
    // zones ..."" quotes someone).
    let naming = w.s.ends_with("ed") || w.eq("so-called") || w.any(NAMING_NOUNS);
    let capitalised = t.get(open + 1).is_some_and(|x| x.cap() || x.s.starts_with(|c: char| c.is_ascii_digit()));
    if w.of(&TITLE_CUES) && (naming || capitalised) {
        return true;
    }
    if w.eq("as") {
        return before.is_some_and(|b| b.any(NAMING_VERBS));
    }
    if w.eq("called") {
        // "a group called "X"" names something; "what he called "X"" quotes him.
        let speaker = |b: &Tok| b.any(CALLERS) || b.cap();
        return !before.is_some_and(speaker);
    }
    false
}

/// Is the quote written in title case, as a report, a film, a slogan is ("Monetary Policy
/// Report", "Football Unites the World")? Two to eight words, each capitalised but for small
/// joining words, and no sentence mark inside.
pub(super) fn is_title_case(t: &[Tok], q: &Quote) -> bool {
    let span = &t[q.a..q.b.max(q.a)];
    let words = || span.iter().filter(|x| x.word);
    let small = |x: &Tok| x.any(&["of", "the", "and", "a", "an", "in", "for", "on", "to", "at", "by", "with"]);
    span.len() <= 16
        && (2..=8).contains(&words().count())
        && !span.iter().any(|x| !x.word && matches!(x.ch(), '.' | '!' | '?' | ',' | ';' | ':'))
        && words().next().is_some_and(|x| x.cap())
        && words().all(|x| x.cap() || small(x))
        && words().filter(|x| x.cap()).count() >= 2
}
