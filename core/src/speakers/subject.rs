//! A speaker phrase as the subject of a speech verb: "US Ambassador Samantha Power also
//! said", "Senator Joan Mercado, a Democrat from New Mexico, said", "Okafor on Monday
//! called".

use crate::tokens::{self, Para};

use super::words::{capital, is_speech_verb};
use super::{phrase, Phrase};
use crate::lexicon::speakers::{ARTICLES, RELATIVES, SUBJECT_GAP, WEEKDAYS};

/// Past an aside between commas after a speaker phrase ending at `k`, up to `end`: "China,
/// which voted against the text, said", "Senator Joan Mercado, a Democrat from New Mexico,
/// said", "Justice Paul Whitcomb, writing for the majority, said", "Chief Justice Allen Roth,
/// joined by two colleagues, accused". Returns the closing comma, or `k` when there is none.
pub(crate) fn skip_aside(p: &Para, k: usize, end: usize) -> usize {
    let t = &p.toks;
    if !(k + 1 < end && t[k].is(',')) {
        return k;
    }
    let first = &t[k + 1];
    let relative = first.any(RELATIVES);
    // An article, a participle ("writing", "speaking") or a past participle ("joined by").
    // "Energoatom, Ukraine's state nuclear company, said": a possessive and a lower-case noun.
    let owned = first.word && tokens::is_possessive(first.s) && t.get(k + 2).is_some_and(|n| n.word && !capital(n));
    // ", secretary of the committee,": a role.
    let role = first.word && !capital(first) && super::words::is_role_noun(first);
    let opens = relative
        || owned
        || role
        || first.any(ARTICLES)
        || first.word && !capital(first) && (first.s.ends_with("ing") || t.get(k + 2).is_some_and(|n| n.eq("by")));
    if !opens {
        return k;
    }
    let Some(c) = (k + 2..end).rev().find(|&x| t[x].is(',')) else {
        return k;
    };
    // A relative clause may say anything; another aside names no speech and holds no quote.
    let plain = (k + 1..c).all(|x| t[x].word && !is_speech_verb(&t[x]));
    if relative || plain && c - k <= 12 {
        c
    } else {
        k
    }
}

/// The speaker phrase opening the sentence at `s` as its subject: a lower-case word (its verb)
/// follows the phrase, or its aside in commas ("Governor Nina Patel, a Democrat, welcomed"), or
/// the comma closing an apposition ("Japan's ambassador to Manila, Kenji Morita, welcomed").
pub(crate) fn opening_subject(p: &Para, s: usize, end: usize) -> Option<Phrase> {
    let t = &p.toks;
    let (ph, k) = phrase(p, s, end)?;
    let c = skip_aside(p, k, end);
    let lower = |x: usize| x < end && t.get(x).is_some_and(|w| w.word && !capital(w));
    let closing = c == k && t.get(k).is_some_and(|x| x.is(',')) && lower(k + 1);
    let k = if c > k || closing { c + 1 } else { k };
    lower(k).then_some(ph)
}

/// Parse the subject of a speech verb at `verb`: the phrase must run from `s` right up to
/// the verb (a comma or an adverb like "also" may stand between).
pub(crate) fn subject(p: &Para, s: usize, verb: usize) -> Option<Phrase> {
    let (ph, mut k) = phrase(p, s, verb)?;
    let t = &p.toks;
    k = skip_aside(p, k, verb);
    // "Johann Gruber, a farmer from Lower Austria who works fields near Bratislava, told": a
    // relative clause closing the apposition, up to its comma.
    if k < verb && t[k].any(RELATIVES) && k > s && !t[k - 1].is(',') {
        let c = (k + 1..verb).rev().find(|&x| t[x].is(','));
        if let Some(c) = c.filter(|&c| (k + 1..c).all(|x| t[x].word && !is_speech_verb(&t[x]))) {
            k = c;
        }
    }
    // "Okafor on Monday called for ...": a weekday may stand between as well.
    let weekday = |x: usize| t.get(x).is_some_and(|w| w.any(WEEKDAYS));
    let gap_ok = (k..verb).all(|x| {
        let w = &t[x];
        let day = w.eq("on") && weekday(x + 1) || weekday(x) && x > 0 && t[x - 1].eq("on");
        day || w.is(',') || w.any(SUBJECT_GAP) || w.word && w.s.ends_with("ly") && !capital(w)
    });
    gap_ok.then_some(ph)
}
