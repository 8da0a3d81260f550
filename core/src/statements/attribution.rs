//! Who a quote's own sentence, or the next one, says said it.

use super::quotes::Quote;
use super::REACH;
use crate::lexicon::speakers::{ORG_NOUNS, PRONOUNS, RELATIVES};
use crate::lexicon::statements::{
    ARRIVALS, ARRIVING_UTTERANCES, CONJUNCTIONS, COPULAS, DELIVERIES, DELIVERING, DELIVERY_PARTICLES, DEMONSTRATIVES,
    DETERMINERS, DOCUMENTS, FINDING_VERBS, INSCRIPTIONS, LEAD_INS, NOUN_DETERMINERS, OBJECT_RELATIVES,
    REFERRING_OPENERS, REPORTING_VERBS, SOURCES, SO_WORDS, UTTERANCES, VERB_COMPLEMENTS,
};
use crate::speakers::{self, Named, Phrase};
use crate::tokens::{Para, Tok};

/// What the words around a quote say about who said it.
pub(super) enum Attribution {
    /// A speaker phrase, and the token index after the attribution.
    Found(Phrase, usize),
    /// Attribution words are there but name nobody we can resolve ("the ministry said").
    Unresolved,
    None,
}

/// Index of the first token of the sentence after the one holding token `i`.
fn sentence_end(p: &Para, i: usize) -> usize {
    let k = p.sentences.partition_point(|&s| s <= i);
    p.sentences.get(k).copied().unwrap_or(p.toks.len())
}

/// Attribution after the closing mark: `"...," said X.`, `"...," X told AFP.`
pub(super) fn after(p: &Para, q: &Quote, limit: usize) -> Attribution {
    let t = &p.toks;
    let Some(close) = q.close else {
        return Attribution::None;
    };
    let end = limit.min(sentence_end(p, close)).min(close + 1 + REACH);
    let k = past_marks(t, close + 1, end);
    if k >= end || !t[k].word {
        return Attribution::None;
    }
    // A quote that ends its own sentence is followed by a new one, unless a lower-case
    // attribution carries on ("... now." said X): then the writer just used a full stop.
    let full_stop = close > 0 && t[close - 1].is('.');
    if full_stop && t[k].cap() && !t[k].any(PRONOUNS) {
        return Attribution::None;
    }
    let found = |r: Option<(Phrase, usize)>| match r {
        Some((ph, e)) => Attribution::Found(ph, e),
        None => Attribution::Unresolved,
    };
    // '"Cash is freedom," read a banner in the gallery': written words, nobody's statement
    // (nor the last speaker's carried on).
    let inscription = (k + 1..end.min(k + 4)).find(|&x| !t[x].any(&["a", "an", "the", "large", "huge", "giant"]));
    if t[k].any(&["read", "reads", "reading", "said", "says"]) && inscription.is_some_and(|x| t[x].any(INSCRIPTIONS)) {
        return Attribution::Unresolved;
    }
    if speakers::is_speech_verb(&t[k]) {
        return found(speakers::phrase(p, k + 1, end));
    }
    if t[k].eq("according") && t.get(k + 1).is_some_and(|n| n.eq("to")) {
        return found(speakers::phrase(p, k + 2, end));
    }
    // "... "a gimmick" and said ...": the sentence goes on; no attribution starts here,
    // unless a lower-case title opens a named speaker ("...," deputy U.S. envoy Jane Roe said).
    let lower = !t[k].cap() && !t[k].any(REFERRING_OPENERS);
    for (v, w) in t.iter().enumerate().take(end.min(k + 16)).skip(k + 1) {
        if speakers::is_speech_verb(w) {
            return match speakers::subject(p, k, v) {
                Some(ph @ Phrase::Named(_)) if lower => Attribution::Found(ph, v + 1),
                _ if lower => Attribution::None,
                Some(ph) => Attribution::Found(ph, v + 1),
                None if v - k <= 5 => Attribution::Unresolved,
                None => Attribution::None,
            };
        }
        if !w.word && matches!(w.ch(), '.' | '!' | '?' | ';' | '(') {
            break;
        }
    }
    Attribution::None
}

/// The first token from `k` (before `end`) past the commas and dashes after a closing mark.
fn past_marks(t: &[Tok], mut k: usize, end: usize) -> usize {
    while k < end && (t[k].is(',') || t[k].is('-') || t[k].is('\u{2014}') || t[k].is('\u{2013}')) {
        k += 1;
    }
    k
}

/// '"...", according to a statement': a document after the quote, which names nobody itself.
pub(super) fn according_to_document(p: &Para, q: &Quote) -> bool {
    let t = &p.toks;
    let Some(close) = q.close else { return false };
    let k = past_marks(t, close + 1, t.len());
    let at = |x: usize, w: &[&str]| t.get(x).is_some_and(|n| n.any(w));
    at(k, &["according"])
        && at(k + 1, &["to"])
        && at(k + 2, &["a", "an", "the", "its", "their"])
        && at(k + 3, DOCUMENTS)
}

/// Attribution before the opening mark, from `from` on: `X said ... that "..."`, `X did
/// this and said "..."`, `X abstained, saying that "..."`.
pub(super) fn before(p: &Para, q: &Quote, from: usize) -> Attribution {
    let t = &p.toks;
    let sentence = p.sentence_start(q.open);
    let from = from.max(q.open.saturating_sub(REACH));
    let mut saw_verb = false;
    let words = (q.a..q.b).filter(|&k| t[k].word).count();
    for v in from..q.open {
        if t[v].eq("according") && t.get(v + 1).is_some_and(|n| n.eq("to")) {
            if let Some((ph, e)) = speakers::phrase(p, v + 2, q.open) {
                return Attribution::Found(ph, e);
            }
            saw_verb = true;
            continue;
        }
        let participle = speakers::is_participle(&t[v]);
        // "Smith dismissed the vote as "political theatre"": reported speech, named subject.
        // A single quoted word ("dismissed it as "useless"") stays a scare quote.
        let reporting = t[v].of(&REPORTING_VERBS) && !t[v].cap();
        if reporting && words < 2 {
            continue;
        }
        if reporting {
            if let Some(ph) = reporting_subject(p, from, v) {
                return Attribution::Found(ph, v + 1);
            }
            continue;
        }
        // "its reports relied on": after a determiner a speech verb's form is a noun.
        let noun = v > 0 && t[v - 1].any(NOUN_DETERMINERS);
        let finding = t[v].any(FINDING_VERBS) && t.get(v + 1).is_some_and(|n| n.eq("that"));
        if !speakers::is_speech_verb(&t[v]) && !participle && !finding || noun {
            continue;
        }
        // "Justice Carlos Mendes, who wrote the lead opinion, said ...": the verb of an aside,
        // when the sentence's own speech verb follows it.
        // "Hollmann, who had promised ..., wrote": an auxiliary may stand between.
        let aux = |x: usize| t[x].any(&["had", "has", "have", "was", "is", "would", "will"]);
        let relative = v > from && t[v - 1].any(RELATIVES) || v > from + 1 && aux(v - 1) && t[v - 2].any(RELATIVES);
        if relative && (v + 1..q.open).any(|x| speakers::is_speech_verb(&t[x])) {
            continue;
        }
        // "wrote that the maps were made of "islands" of territory": one quoted word deep in
        // reported speech is a scare quote; right after the verb it is what was said.
        let next_to_verb = (v + 1..q.open).all(|x| !t[x].word || t[x].any(VERB_COMPLEMENTS));
        // "said it was "disappointed"": one lower-case word is a scare quote even there.
        let fragment = t.get(q.a).is_some_and(|x| x.word && !x.cap());
        if words < 2 && (!next_to_verb || fragment) {
            continue;
        }
        saw_verb |= !participle;
        if !participle {
            if let Some(ph) = verb_subject(p, from, v) {
                return Attribution::Found(ph, v + 1);
            }
        }
        if sentence < q.open {
            if let Some(ph) = joined_subject(p, sentence, v) {
                return Attribution::Found(ph, v + 1);
            }
        }
    }
    if saw_verb {
        return Attribution::Unresolved;
    }
    // "Senator Ramon Castillo, who chairs the committee, was blunt — "...": a dash or a
    // colon before the quote, the sentence's subject a person named in full.
    let introduced = q.open > sentence && (t[q.open - 1].is('\u{2014}') || t[q.open - 1].is(':'));
    match introduced.then(|| opening_person(p, sentence, q.open)).flatten() {
        Some(n) => Attribution::Found(Phrase::Named(n), q.open),
        None => Attribution::None,
    }
}

/// A person named in full opening the sentence at `s`, before `end`, as its subject: a
/// lower-case word (the verb) follows the phrase or its aside in commas.
fn opening_person(p: &Para, s: usize, end: usize) -> Option<Named> {
    match speakers::opening_subject(p, s, end)? {
        Phrase::Named(n) if n.name.contains(' ') && speakers::is_person(&n) => Some(n),
        _ => None,
    }
}

/// The subject of a reporting verb at `v` ("Smith dismissed the vote as ..."), read from a
/// clause boundary after `from`: a named person, a pronoun or a role.
fn reporting_subject(p: &Para, from: usize, v: usize) -> Option<Phrase> {
    let t = &p.toks;
    // The longest subject first, as for a speech verb: "Turkmenistan's ambassador in Geneva,
    // Merdan Atayev, dismissed ..." is the ambassador, not only the name after the comma.
    let subject = (v.saturating_sub(16).max(from)..v).find_map(|s| {
        let prev = s.checked_sub(1).map(|k| &t[k]);
        // "an authority, which Mehra described as ...": an object's relative clause too.
        let boundary = s == from || prev.is_some_and(|b| b.is(',') || b.any(LEAD_INS) || b.any(OBJECT_RELATIVES));
        boundary.then(|| speakers::subject(p, s, v)).flatten()
    });
    subject.filter(|ph| matches!(ph, Phrase::Named(_) | Phrase::Pronoun | Phrase::Role(_)))
}

/// The subject of a speech verb at `v` ("X told reporters: ..."): one read from `from` when
/// the verb is more than 16 tokens after it, else one starting at `from` or after a comma,
/// colon, dash or lead-in word, the farthest within 16 tokens back first.
fn verb_subject(p: &Para, from: usize, v: usize) -> Option<Phrase> {
    let t = &p.toks;
    // "Nigeria's ambassador to the United Nations, Amina Bello-Okoye, who addressed the council
    // although ..., said": a subject whose relative clause runs past the 16 tokens.
    let long = (v > from + 16).then(|| speakers::subject(p, from, v)).flatten();
    long.or_else(|| {
        (v.saturating_sub(16).max(from)..v).find_map(|s| {
            let prev = s.checked_sub(1).map(|k| &t[k]);
            // "The landlords' association Propietarios Unidos said": after the noun naming its kind.
            let kind = |b: &crate::tokens::Tok| b.word && !b.cap() && ORG_NOUNS.has(b.s) && t[s].cap();
            let boundary = s == from
            || prev
                .is_some_and(|b| b.is(',') || b.is(':') || b.is('\u{2014}') || b.is('-') || b.any(LEAD_INS) || kind(b))
            // "an authority, which Mehra described as ...": an object's relative clause.
            || prev.is_some_and(|b| b.any(OBJECT_RELATIVES));
            boundary.then(|| speakers::subject(p, s, v)).flatten()
        })
    })
}

/// "X dismissed it and said "..."", "X abstained, saying "...": a verb at `v` joined to
/// the sentence opening at `sentence`, whose opening phrase is its subject.
fn joined_subject(p: &Para, sentence: usize, v: usize) -> Option<Phrase> {
    let t = &p.toks;
    let joined = v > sentence && (t[v - 1].any(CONJUNCTIONS) || t[v - 1].is(','));
    if !joined {
        return None;
    }
    let (ph, mut k) = speakers::phrase(p, sentence, v)?;
    while k < v && t[k].is(',') {
        k += 1;
    }
    let verb_follows = t.get(k).is_some_and(|x| x.word && !x.cap());
    (verb_follows && !matches!(ph, Phrase::Relative)).then_some(ph)
}

/// The speaker a sentence names for the quote just before it: "The warning came from
/// Interior Minister Ana Ruiz", "That was the message from X", "The remarks were made by X".
fn named_after(p: &Para, s: usize) -> Option<Named> {
    let t = &p.toks;
    let end = sentence_end(p, s);
    let at = |k: usize, ws: &[&str]| k < end && t[k].any(ws);
    let mut k = s;
    // "So argued Congress MP Priya Nair, who ...": the speech verb first.
    if at(k, SO_WORDS) && k + 1 < end && speakers::is_speech_verb(&t[k + 1]) {
        return person(p, k + 2, end);
    }
    // "With those words, Senate President Gerardo Núñez opened the debate".
    let with_words = at(k, &["with"]) && at(k + 1, &["those", "these", "that", "the"]) && k + 3 < end;
    if with_words && t[k + 2].of(&UTTERANCES) && t[k + 3].is(',') {
        return opening_person(p, k + 4, end);
    }
    // "Board chair Karen Whitlow made the remark moments before the vote".
    if let Some(n) = made_the_remark(p, s, end) {
        return Some(n);
    }
    if at(k, DEMONSTRATIVES) && at(k + 1, COPULAS) {
        k += 2;
        // "That was how Rosa Huenchullán, 71, described what the reform meant to her."
        if at(k, &["how"]) {
            let n = opening_person(p, k + 1, end)?;
            return (k + 1..end).any(|x| speakers::is_speech_verb(&t[x])).then_some(n);
        }
    }
    if at(k, DETERMINERS) {
        k += 1;
    }
    // "The question came from Hoda Salem", never "The question of Ana Ruiz's future".
    let arriving = at(k, ARRIVING_UTTERANCES) && at(k + 1, ARRIVALS);
    if !(k < end && t[k].of(&UTTERANCES) || arriving) {
        return None;
    }
    k += 1;
    // "The line, delivered by Heritage Minister Sophie Tremblay as she closed the debate, ...".
    // "The remark, from Kenji Arakawa, who ...": the source set off by a comma.
    if k < end && t[k].is(',') && (at(k + 1, DELIVERIES) || at(k + 1, &["from"])) {
        k += 1;
    }
    if at(k, ARRIVALS) {
        k += 1;
        // "That evidence came earlier in the trial from ...": a short adverbial before "from".
        if let Some(from) = (k..end.min(k + 6)).take_while(|&x| t[x].word && !t[x].cap()).find(|&x| t[x].eq("from")) {
            k = from;
        }
    }
    if at(k, DELIVERIES) {
        k += 1;
        if at(k, DELIVERY_PARTICLES) {
            k += 1;
        }
    }
    if !at(k, SOURCES) {
        return None;
    }
    // "from de Vries": a surname's particle.
    let mut k = k + 1;
    while k + 1 < end && speakers::is_name_particle(&t[k]) && t[k + 1].cap() {
        k += 1;
    }
    person(p, k, end)
}

/// A person named by the phrase at `k`: one named in full, or a bare surname (which counts
/// when it is someone already named, checked by the caller).
fn person(p: &Para, k: usize, end: usize) -> Option<Named> {
    match speakers::phrase(p, k, end)? {
        (Phrase::Named(n), _) if speakers::is_person(&n) || !n.name.contains(' ') && n.country.is_none() => Some(n),
        _ => None,
    }
}

/// "X made the remark ...", "X delivered the warning ...": a person named in full opening the
/// sentence at `s`, then a verb of delivering and an utterance noun.
fn made_the_remark(p: &Para, s: usize, end: usize) -> Option<Named> {
    let t = &p.toks;
    let (Phrase::Named(n), k) = speakers::phrase(p, s, end)? else { return None };
    let verb = k < end && t[k].any(DELIVERING);
    let noun = |x: usize| x < end && t[x].of(&UTTERANCES);
    let said = verb && (noun(k + 1) || k + 2 < end && t[k + 1].any(DETERMINERS) && noun(k + 2));
    (said && n.name.contains(' ') && speakers::is_person(&n)).then_some(n)
}

/// A quote that is its own sentence, named by the next sentence ([`named_after`]), or by
/// the next paragraph's first when the quote is the whole paragraph.
pub(super) fn named_next(p: &Para, next: Option<&Para>, q: &Quote, first: bool) -> Option<Named> {
    let t = &p.toks;
    let c = q.close?;
    if p.sentence_start(q.open) != q.open || !(c > 0 && matches!(t[c - 1].ch(), '.' | '!' | '?')) {
        return None;
    }
    if c + 1 < t.len() {
        return p.sentences.contains(&(c + 1)).then(|| named_after(p, c + 1)).flatten();
    }
    let next = next.filter(|_| q.open == 0)?;
    named_after(next, 0).or_else(|| first.then(|| introduced_next(next)).flatten())
}

/// A quote that is a paragraph of its own, with nobody quoted just before it, followed by a
/// paragraph that opens with a person named in full as the subject of a speech verb: "We
/// have spent two winters under plastic sheeting." / "Fatima Ouzzine, who lives in a tent
/// outside the village, said the aid had stopped." The quote is hers.
fn introduced_next(next: &Para) -> Option<Named> {
    let end = sentence_end(next, 0);
    let n = opening_person(next, 0, end)?;
    (0..end).any(|x| speakers::is_speech_verb(&next.toks[x])).then_some(n)
}

/// The person a ", who" before the quote at `open` refers to: a person named in full whose
/// phrase ends at that comma, in the same sentence ("... came from Spanish Prime Minister
/// Javier Molina, who told reporters ...").
pub(super) fn antecedent(p: &Para, open: usize) -> Option<Named> {
    let t = &p.toks;
    let sentence = p.sentence_start(open);
    let who = (sentence + 1..open).rev().find(|&x| t[x].any(RELATIVES) && t[x - 1].is(','))?;
    let comma = who - 1;
    (comma.saturating_sub(10).max(sentence)..comma).find_map(|start| match speakers::phrase(p, start, comma) {
        Some((Phrase::Named(n), end)) if end == comma && n.name.contains(' ') && speakers::is_person(&n) => Some(n),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_subject_with_a_long_relative_clause() {
        let s = crate::parse(
            "Headline\n\nNigeria's ambassador to the United Nations, Amina Bello-Okoye, who addressed the council although Nigeria is not currently a member, said the mission would be \"judged by the crews it brings home\".",
        )
        .statements;
        let got: Vec<_> = s.iter().map(|s| (s.speaker.as_str(), s.role.as_deref(), s.country.as_deref())).collect();
        assert_eq!(got, [("Amina Bello-Okoye", Some("ambassador"), Some("NG"))]);
    }

    #[test]
    fn a_relative_clause_closing_an_apposition() {
        let s = crate::parse("Headline\n\n\"I have rented this land for 15 years,\" Johann Gruber, a farmer who works fields near Bratislava, told AFP.").statements;
        assert_eq!(
            s.iter().map(|s| (s.speaker.as_str(), s.role.as_deref())).collect::<Vec<_>>(),
            [("Johann Gruber", Some("farmer"))]
        );
    }

    #[test]
    fn a_title_noun_names_only_a_capitalised_quote() {
        let said = |body: &str| crate::parse(&format!("Headline\n\n{body}")).statements.len();
        assert_eq!(said("Halifax Regional Municipality said it would start a pilot project \"with the 10 school zones where speeding is worst\"."), 1);
        assert_eq!(
            said("The group said on Monday it would publish a report \"The Lost Decade of the Sahel\" next week."),
            0
        );
        // A word's own noun names a quote of any case.
        assert_eq!(said("Police spokesman Jan Novak said protesters had chanted the slogan \"down with the government\" outside."), 0);
    }
}
