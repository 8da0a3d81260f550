//! Direct quotations and who said them.
//!
//! Quotes are found with straight (`"`) or curly (`“ ”`, `„`, `« »`) double marks; single
//! curly marks (`‘ ’`) delimit quotes only in paragraphs without double marks (otherwise they
//! are nested quotes). Apostrophes inside words ("ST's") are never quote marks. A quote left
//! open runs to the end of its paragraph (the wire convention for multi-paragraph quotes).
//!
//! A quote is attributed by, in order:
//! 1. the words after it in its sentence: `"...," said X`, `"...," X said`, `"...," he told
//!    AFP`, `"...," according to X`;
//! 2. the words before it in its sentence: `X said the report confirmed that "..."`,
//!    `X told reporters: "..."`, `According to X, "..."`, `X did this and said "..."`,
//!    `X abstained, saying that "..."`, `..., who called it "..."` (the speaker just named);
//! 3. a quote that is a whole sentence may be named by the next one (in the next paragraph
//!    when the quote is the whole paragraph): `"We will not back down." The warning came
//!    from Interior Minister Ana Ruiz`, `That was the message from X`;
//! 4. otherwise it continues the previous statement: in the same paragraph when it opens a
//!    sentence or shares the attribution's sentence (`"We will act," she said. "And now."`),
//!    or when it opens the paragraph right after a paragraph with a statement (closed or
//!    not: an unclosed quote runs on, by the wire convention).
//!
//! A lower-case title may open an attribution after the quote when it names someone:
//! `"...," deputy U.S. envoy to the U.N. Jane Roe told the council` (role "deputy envoy",
//! affiliation "U.S.": see [`speakers`]). Fragments of two words or more quoted inside
//! reported speech belong to the sentence's named subject: `Smith dismissed the vote as
//! "political theatre"` (verbs in `REPORTING_VERBS`; a single word stays a scare quote).
//! A quote glued to the word before (`an“urgent review”`) opens like any other when its mark
//! is a curly opening one, or a straight one followed by a letter and closed later.
//!
//! Speakers are [`speakers`] phrases. Pronouns ("he", "she") mean the last person named,
//! roles ("the ambassador") the person with that role named or quoted last, and bare
//! surnames ("Power", "Mr Faisal") a person named before,
//! also in reported speech without quotes ("Kim said the mission would not attend").
//! Attributions that name no one we can resolve ("the ministry said", "a source said") drop
//! the quote rather than guess.
//!
//! Quoted titles ("the film "The Interview"", "a report titled "..."") and short unattributed
//! phrases (scare quotes of one to three words) are not statements.

use crate::model::{Paragraph, Statement};
use crate::speakers::{self, Named, Phrase};
use crate::tokens::{Para, Tok};
use crate::vocabulary::Vocab;
use std::collections::HashMap;

/// Words right before a quote that make it a title, not speech.
static TITLE_CUES: Vocab = Vocab::new(&[
    "titled",
    "entitled",
    "dubbed",
    "so-called",
    "nicknamed",
    "named",
    "headlined",
    "branded",
    "labelled",
    "labeled",
    "codenamed",
    "code-named",
    "film",
    "movie",
    "book",
    "report",
    "song",
    "album",
    "show",
    "series",
    "documentary",
    "novel",
    "play",
    "article",
    "poem",
    "opera",
    "programme",
    "program",
    "campaign",
    "operation",
    "slogan",
    "motto",
    "term",
    "phrase",
    "word",
    "words",
    "label",
    "banner",
    "hashtag",
    "headline",
    "title",
    "magazine",
    "newspaper",
    "exhibition",
    "column",
    "editorial",
    "doctrine",
    "initiative",
    "strategy",
    "project",
]);

/// Verbs of reported speech that quote a fragment of what their subject said: "Smith
/// dismissed the vote as "political theatre"". Only read before a quote, never after it.
static REPORTING_VERBS: Vocab = Vocab::new(&[
    "dismissed",
    "accused",
    "hailed",
    "praised",
    "condemned",
    "criticised",
    "criticized",
    "denounced",
    "slammed",
    "rejected",
    "welcomed",
    "likened",
    "characterised",
    "characterized",
    "blasted",
    "decried",
    "mocked",
    "derided",
    "lambasted",
    "ridiculed",
    "portrayed",
]);

/// Nouns for what was said, in a sentence naming who said it after the quote: "The
/// warning came from Interior Minister Ana Ruiz".
static UTTERANCES: Vocab = Vocab::new(&[
    "warning",
    "warnings",
    "remark",
    "remarks",
    "comment",
    "comments",
    "words",
    "statement",
    "message",
    "pledge",
    "promise",
    "threat",
    "plea",
    "appeal",
    "admission",
    "assessment",
    "verdict",
    "rebuke",
    "response",
    "reply",
    "criticism",
    "reaction",
    "reactions",
]);

/// Words that let a subject start after them: "But Power said", "Later, Power said".
const LEAD_INS: &[&str] = &[
    "but",
    "and",
    "yet",
    "so",
    "however",
    "meanwhile",
    "also",
    "then",
    "earlier",
    "later",
    "separately",
    "instead",
    "still",
    "now",
    "that",
    // A clause after a subordinator: "hours after Housing Secretary Angela Royce promised".
    "after",
    "before",
    "when",
    "while",
    "as",
    "because",
    "since",
    "until",
    "although",
    "though",
    "once",
];

/// How far (in tokens) attribution is looked for around a quote.
const REACH: usize = 40;

/// A quotation: its marks and the token range `[a, b)` of its words.
struct Quote {
    open: usize,
    close: Option<usize>,
    a: usize,
    b: usize,
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}')
}

fn quotes(t: &[Tok]) -> Vec<Quote> {
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
fn is_title(t: &[Tok], open: usize) -> bool {
    let Some(w) = open.checked_sub(1).map(|k| &t[k]) else {
        return false;
    };
    let before = open.checked_sub(2).map(|k| &t[k]);
    if w.of(&TITLE_CUES) {
        return true;
    }
    if w.eq("as") {
        return before.is_some_and(|b| b.any(&["known", "referred", "billed", "styled"]));
    }
    if w.eq("called") {
        // "a group called "X"" names something; "what he called "X"" quotes him.
        let speaker = |b: &Tok| b.any(&["he", "she", "they", "we", "i", "who", "it"]) || b.cap();
        return !before.is_some_and(speaker);
    }
    false
}

enum Attribution {
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
fn after(p: &Para, q: &Quote, limit: usize) -> Attribution {
    let t = &p.toks;
    let Some(close) = q.close else {
        return Attribution::None;
    };
    let end = limit.min(sentence_end(p, close)).min(close + 1 + REACH);
    let mut k = close + 1;
    while k < end && (t[k].is(',') || t[k].is('-') || t[k].is('\u{2014}') || t[k].is('\u{2013}')) {
        k += 1;
    }
    if k >= end || !t[k].word {
        return Attribution::None;
    }
    // A quote that ends its own sentence is followed by a new one, unless a lower-case
    // attribution carries on ("... now." said X): then the writer just used a full stop.
    let full_stop = close > 0 && t[close - 1].is('.');
    if full_stop && t[k].cap() && !t[k].any(&["he", "she"]) {
        return Attribution::None;
    }
    let found = |r: Option<(Phrase, usize)>| match r {
        Some((ph, e)) => Attribution::Found(ph, e),
        None => Attribution::Unresolved,
    };
    if speakers::is_speech_verb(&t[k]) {
        return found(speakers::phrase(p, k + 1, end));
    }
    if t[k].eq("according") && t.get(k + 1).is_some_and(|n| n.eq("to")) {
        return found(speakers::phrase(p, k + 2, end));
    }
    // "... "a gimmick" and said ...": the sentence goes on; no attribution starts here,
    // unless a lower-case title opens a named speaker ("...," deputy U.S. envoy Jane Roe said).
    let lower = !t[k].cap() && !t[k].any(&["he", "she", "the", "a", "an"]);
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

/// Attribution before the opening mark, from `from` on: `X said ... that "..."`, `X did
/// this and said "..."`, `X abstained, saying that "..."`.
fn before(p: &Para, q: &Quote, from: usize) -> Attribution {
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
            let subject = (from..v).rev().take(16).find_map(|s| {
                let prev = s.checked_sub(1).map(|k| &t[k]);
                let boundary = s == from || prev.is_some_and(|b| b.is(',') || b.any(LEAD_INS));
                boundary.then(|| speakers::subject(p, s, v)).flatten()
            });
            if let Some(ph @ (Phrase::Named(_) | Phrase::Pronoun | Phrase::Role(_))) = subject {
                return Attribution::Found(ph, v + 1);
            }
            continue;
        }
        if !speakers::is_speech_verb(&t[v]) && !participle {
            continue;
        }
        // "wrote that the maps were made of "islands" of territory": one quoted word deep in
        // reported speech is a scare quote; right after the verb it is what was said.
        let next_to_verb = (v + 1..q.open).all(|x| !t[x].word || t[x].any(&["that", "it", "was", "is"]));
        if words < 2 && !next_to_verb {
            continue;
        }
        saw_verb |= !participle;
        for s in v.saturating_sub(16).max(from)..v {
            let prev = s.checked_sub(1).map(|k| &t[k]);
            let boundary = s == from
                || prev.is_some_and(|b| b.is(',') || b.is(':') || b.is('\u{2014}') || b.is('-') || b.any(LEAD_INS));
            if boundary && !participle {
                if let Some(ph) = speakers::subject(p, s, v) {
                    return Attribution::Found(ph, v + 1);
                }
            }
        }
        // "X dismissed it and said "..."", "X abstained, saying "...": the sentence's subject.
        let joined = v > sentence && (t[v - 1].any(&["and", "but"]) || t[v - 1].is(','));
        if joined && sentence < q.open {
            if let Some((ph, mut k)) = speakers::phrase(p, sentence, v) {
                while k < v && t[k].is(',') {
                    k += 1;
                }
                let verb_follows = t.get(k).is_some_and(|x| x.word && !x.cap());
                if verb_follows && !matches!(ph, Phrase::Relative) {
                    return Attribution::Found(ph, v + 1);
                }
            }
        }
    }
    if saw_verb {
        Attribution::Unresolved
    } else {
        Attribution::None
    }
}

/// The speaker a sentence names for the quote just before it: "The warning came from
/// Interior Minister Ana Ruiz", "That was the message from X", "The remarks were made by X".
fn named_after(p: &Para, s: usize) -> Option<Named> {
    let t = &p.toks;
    let end = sentence_end(p, s);
    let at = |k: usize, ws: &[&str]| k < end && t[k].any(ws);
    let mut k = s;
    if at(k, &["that", "this", "such"]) && at(k + 1, &["was", "were"]) {
        k += 2;
    }
    if at(k, &["the", "that", "this", "those", "these", "his", "her", "their"]) {
        k += 1;
    }
    if !(k < end && t[k].of(&UTTERANCES)) {
        return None;
    }
    k += 1;
    if at(k, &["came", "come", "was", "were"]) {
        k += 1;
    }
    if at(k, &["made", "issued", "delivered"]) {
        k += 1;
    }
    if !at(k, &["from", "by"]) {
        return None;
    }
    // "from de Vries": a surname's particle.
    let mut k = k + 1;
    while k + 1 < end && speakers::is_name_particle(&t[k]) && t[k + 1].cap() {
        k += 1;
    }
    match speakers::phrase(p, k, end)? {
        // A bare surname counts when it is someone already named (checked by the caller).
        (Phrase::Named(n), _) if speakers::is_person(&n) || !n.name.contains(' ') && n.country.is_none() => Some(n),
        _ => None,
    }
}

/// A quote that is its own sentence, named by the next sentence ([`named_after`]), or by
/// the next paragraph's first when the quote is the whole paragraph.
fn named_next(p: &Para, next: Option<&Para>, q: &Quote) -> Option<Named> {
    let t = &p.toks;
    let c = q.close?;
    if p.sentence_start(q.open) != q.open || !(c > 0 && matches!(t[c - 1].ch(), '.' | '!' | '?')) {
        return None;
    }
    if c + 1 < t.len() {
        return p.sentences.contains(&(c + 1)).then(|| named_after(p, c + 1)).flatten();
    }
    next.filter(|_| q.open == 0).and_then(|n| named_after(n, 0))
}

/// Who a sentence names as its subject, for later surnames and pronouns: the subject of
/// its first speech verb outside quotes ("Kim said the mission would not attend"), else a
/// named person opening it ("Opposition leader Keira Stone called the plan ...").
fn mentioned(p: &Para, (s, e): (usize, usize), sp: &mut Speakers, update_last: bool) {
    let t = &p.toks;
    let mut inside = false;
    let mut verb = None;
    for (v, x) in t.iter().enumerate().take(e.min(s + REACH)).skip(s) {
        if !x.word && (is_double(x.ch()) || x.ch() == '\u{2018}') {
            inside = !inside;
        } else if !inside && v > s && speakers::is_speech_verb(x) {
            verb = Some(v);
            break;
        }
    }
    let mut found = None;
    if let Some(v) = verb {
        for start in v.saturating_sub(16).max(s)..v {
            let prev = start.checked_sub(1).map(|k| &t[k]);
            if start == s || prev.is_some_and(|b| b.is(',') || b.any(LEAD_INS)) {
                found = speakers::subject(p, start, v);
                if found.is_some() {
                    break;
                }
            }
        }
    }
    let named_first = t.get(s).is_some_and(|x| x.cap() && !x.any(&["the", "a", "an"]));
    if found.is_none() && named_first {
        // The sentence's opening phrase, when a lower-case word (its verb) follows.
        if let Some((ph, k)) = speakers::phrase(p, s, e) {
            // "Governor Nina Patel, a Democrat, welcomed the decision."
            let c = speakers::skip_aside(p, k, e);
            let k = if c > k { c + 1 } else { k };
            let verb_follows = t.get(k).is_some_and(|x| x.word && !x.cap());
            if verb_follows && matches!(&ph, Phrase::Named(n) if speakers::is_person(n)) {
                found = Some(ph);
            }
        }
    }
    let person = match &found {
        Some(Phrase::Named(n)) => speakers::is_person(n),
        Some(Phrase::Role(_)) => true,
        _ => false,
    };
    if let Some(w) = found.and_then(|ph| sp.resolve(ph)) {
        if person && update_last {
            sp.last = Some(w);
        }
    }
}

/// A sentence waiting to be read by [`mentioned`]: paragraph, token range, and how many
/// statements came before it.
struct Pending {
    para: usize,
    range: (usize, usize),
    statements: usize,
}

/// Sentences are only read for who they mention when an attribution needs it: a pronoun
/// needs the sentences since the last statement, a role or a bare surname needs them all.
/// Reading them in order, late, gives the same speakers as reading each as it comes.
fn catch_up(pending: &mut Vec<Pending>, all: bool, parsed: &[Para], said: usize, sp: &mut Speakers) {
    let from = if all { 0 } else { pending.partition_point(|x| x.statements < said) };
    let at = sp.at;
    for x in pending.drain(from..) {
        sp.at = (x.para, x.range.0);
        mentioned(&parsed[x.para], x.range, sp, x.statements == said);
    }
    sp.at = at;
}

/// "Param-Preet Singh" → "param-preet-singh".
fn slug(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() {
        s.push_str("speaker");
    }
    s
}

/// Speakers met so far, for pronouns, surnames and ids.
#[derive(Default)]
struct Speakers {
    who: Vec<Named>,
    by_name: HashMap<String, usize>,
    /// First and last name words → the latest speaker with them.
    by_part: HashMap<String, usize>,
    /// Statements per id slug.
    ids: HashMap<String, usize>,
    last: Option<usize>,
    /// The speaker of the last statement.
    last_said: Option<usize>,
    /// Paragraph index of the last statement.
    last_para: Option<usize>,
    /// Where (paragraph, token) each speaker was last named or quoted, for roles.
    recent: Vec<(usize, usize)>,
    /// Where the phrase being resolved is: sentences are read late, so order is not time.
    at: (usize, usize),
}

impl Speakers {
    fn resolve(&mut self, ph: Phrase) -> Option<usize> {
        let found = self.lookup(ph);
        if let Some(i) = found {
            self.recent.resize(self.who.len(), (0, 0));
            self.recent[i] = self.recent[i].max(self.at);
        }
        found
    }

    fn lookup(&mut self, ph: Phrase) -> Option<usize> {
        let n = match ph {
            Phrase::Pronoun => return self.last,
            Phrase::Relative => return None,
            Phrase::Role(noun) => {
                // "the envoy": the speaker with that role named or quoted last.
                let with_role = (0..self.who.len()).filter(|&i| {
                    let role = self.who[i].role.as_deref().unwrap_or("");
                    role.to_lowercase().ends_with(&noun)
                });
                return with_role.max_by_key(|&i| self.recent.get(i).copied().unwrap_or_default());
            }
            Phrase::Named(n) => n,
        };
        let known = self
            .by_name
            .get(&n.name)
            .copied()
            .or_else(|| (!n.name.contains(' ')).then(|| self.by_part.get(&n.name).copied()).flatten());
        if let Some(i) = known {
            let w = &mut self.who[i];
            if w.role.is_none() {
                w.role = n.role;
            }
            if w.affiliation.is_none() {
                w.affiliation = n.affiliation;
                w.country = n.country;
            }
            return Some(i);
        }
        let i = self.who.len();
        self.by_name.insert(n.name.clone(), i);
        let mut parts = n.name.split(' ');
        if let (Some(first), Some(last)) = (parts.next(), n.name.rsplit(' ').next()) {
            if n.name.contains(' ') {
                self.by_part.insert(first.to_string(), i);
                self.by_part.insert(last.to_string(), i);
            }
        }
        self.who.push(n);
        Some(i)
    }

    fn statement(&mut self, who: usize, p: &Para, para: &Paragraph, q: &Quote, cont: bool) -> Statement {
        let w = &self.who[who];
        let base = slug(&w.name);
        let count = self.ids.entry(base.clone()).or_insert(0);
        *count += 1;
        let id = if *count == 1 { base } else { format!("{base}-{count}") };
        Statement {
            id,
            speaker: w.name.clone(),
            role: w.role.clone(),
            affiliation: w.affiliation.clone(),
            country: w.country.map(str::to_string),
            text: p.span(q.a, q.b - 1).to_string(),
            paragraph: para.id.clone(),
            start: p.toks[q.a].c0 as usize,
            end: p.toks[q.b - 1].c1 as usize,
            continuation: cont,
        }
    }
}

/// The statements of an article's paragraphs (`parsed` holds their tokens).
pub(crate) fn extract(paragraphs: &[Paragraph], parsed: &[Para]) -> Vec<Statement> {
    let mut out = Vec::new();
    let mut sp = Speakers::default();
    let mut pending: Vec<Pending> = Vec::new();
    for (pi, (para, p)) in paragraphs.iter().zip(parsed).enumerate() {
        let t = &p.toks;
        let qs = quotes(t);
        let mut in_para: Option<usize> = None;
        // Sentence (start token) of the last statement's attribution in this paragraph.
        let mut attributed_in: Option<usize> = None;
        let mut resume = 0;
        let mut sentences = p.sentence_ranges().peekable();
        for (qi, q) in qs.iter().enumerate() {
            while let Some(&range) = sentences.peek() {
                if range.1 > q.open {
                    break;
                }
                let statements = out.len();
                pending.push(Pending { para: pi, range, statements });
                sentences.next();
            }
            let next_open = qs.get(qi + 1).map_or(t.len(), |n| n.open);
            let quote_end = q.close.map_or(t.len(), |c| c + 1);
            if is_title(t, q.open) {
                resume = quote_end;
                continue;
            }
            let clause = p.sentence_start(q.open).max(resume);
            sp.at = (pi, q.open);
            let attribution = match after(p, q, next_open) {
                Attribution::None => before(p, q, clause),
                found => found,
            };
            // Nothing around the quote: the next sentence may name its speaker.
            let attribution = match attribution {
                Attribution::None => match named_next(p, parsed.get(pi + 1), q) {
                    Some(n) if n.name.contains(' ') || n.role.is_some() => {
                        Attribution::Found(Phrase::Named(n), quote_end)
                    }
                    Some(n) => {
                        catch_up(&mut pending, true, parsed, out.len(), &mut sp);
                        if sp.by_part.contains_key(&n.name) {
                            Attribution::Found(Phrase::Named(n), quote_end)
                        } else {
                            Attribution::None
                        }
                    }
                    None => Attribution::None,
                },
                other => other,
            };
            resume = quote_end;
            let who = match attribution {
                Attribution::Found(Phrase::Relative, e) => {
                    // "..., said Jane Doe, who called it "...": the same sentence's speaker.
                    resume = resume.max(e);
                    in_para.filter(|_| attributed_in == Some(p.sentence_start(q.open))).map(|w| (w, false))
                }
                Attribution::Found(ph, e) => {
                    resume = resume.max(e);
                    let needs = match &ph {
                        Phrase::Pronoun => Some(false),
                        Phrase::Role(_) => Some(true),
                        Phrase::Named(n) => (!n.name.contains(' ')).then_some(true),
                        Phrase::Relative => None,
                    };
                    if let Some(all) = needs {
                        catch_up(&mut pending, all, parsed, out.len(), &mut sp);
                    }
                    sp.resolve(ph).map(|w| (w, false))
                }
                Attribution::Unresolved => None,
                Attribution::None => {
                    let words = (q.a..q.b).filter(|&k| t[k].word).count();
                    let leads = q.open == 0;
                    let whole = leads && t[quote_end.min(t.len())..].iter().all(|x| !x.word);
                    let after_statement = pi > 0 && sp.last_para == Some(pi - 1);
                    let sentence = p.sentence_start(q.open);
                    let same_sentence = attributed_in == Some(sentence);
                    // The sentence right after the attribution's: "...," she said. "No."
                    let index = |start: usize| p.sentences.partition_point(|&x| x < start);
                    let next_sentence = attributed_in.is_some_and(|a| index(sentence) == index(a) + 1);
                    // A continuation opens its sentence ("..." she said. "And now.") or
                    // shares the attribution's sentence.
                    let opens_sentence = sentence == q.open;
                    // Up to three words with no attribution are scare quotes, unless they sit
                    // with a statement: "...," she said. "Never."
                    let with_statement = whole || same_sentence || next_sentence && opens_sentence;
                    if words <= 3 && !with_statement {
                        None
                    } else if let Some(w) = in_para.filter(|_| same_sentence || opens_sentence) {
                        Some((w, true))
                    } else if leads && after_statement {
                        sp.last_said.map(|w| (w, true))
                    } else {
                        None
                    }
                }
            };
            if let Some((w, cont)) = who {
                out.push(sp.statement(w, p, para, q, cont));
                if !cont {
                    attributed_in = Some(p.sentence_start(q.open));
                }
                in_para = Some(w);
                sp.last = Some(w);
                sp.last_said = Some(w);
                sp.last_para = Some(pi);
            }
        }
        for range in sentences {
            let statements = out.len();
            pending.push(Pending { para: pi, range, statements });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let p = Para::new(s);
        quotes(&p.toks).iter().map(|q| p.span(q.a, q.b - 1).to_string()).collect()
    }

    #[test]
    fn quote_marks() {
        assert_eq!(texts("\"We will act,\" she said. \"Now.\""), ["We will act", "Now."]);
        assert_eq!(texts("“We will act,” she said."), ["We will act"]);
        assert_eq!(texts("He said: \"It is ‘over’ now"), ["It is ‘over’ now"]);
        assert_eq!(texts("a 12\" screen"), Vec::<String>::new());
        assert_eq!(texts("Param-Preet's ST's view"), Vec::<String>::new());
        assert_eq!(texts("‘We go,’ she said of the Koreas’ talks."), ["We go"]);
        assert_eq!(texts("«Non», a-t-il dit"), ["Non"]);
        assert_eq!(texts("\"open \"again\" end"), ["open", "again"]);
    }

    #[test]
    fn glued_quote_marks() {
        assert_eq!(texts("called for an“urgent review” of it"), ["urgent review"]);
        assert_eq!(texts("the centres met\"every standard\" we signed"), ["every standard"]);
        // A straight mark glued to a word and never closed is no quote.
        assert_eq!(texts("a 12\"screen for all"), Vec::<String>::new());
    }

    #[test]
    fn titles() {
        let p = Para::new("the film \"The Interview\" and a group called \"Friends\" and what he called \"a farce\"");
        let qs = quotes(&p.toks);
        let flags: Vec<bool> = qs.iter().map(|q| is_title(&p.toks, q.open)).collect();
        assert_eq!(flags, [true, true, false]);
    }

    /// (speaker, text, continuation) of each statement of an article body.
    fn said(body: &str) -> Vec<(String, String, bool)> {
        crate::parse(&format!("Headline\n\n{body}"))
            .statements
            .into_iter()
            .map(|s| (s.speaker, s.text, s.continuation))
            .collect()
    }

    fn row(who: &str, text: &str, cont: bool) -> (String, String, bool) {
        (who.to_string(), text.to_string(), cont)
    }

    #[test]
    fn split_and_continued_quotes() {
        let got = said("\"We will act,\" said Jane Doe, \"and we will act now.\"");
        assert_eq!(got, [row("Jane Doe", "We will act", false), row("Jane Doe", "and we will act now.", true)]);
        // A quote left open runs on into the next paragraph.
        let got = said("Jane Doe told the council: \"We will act.\n\n\"We will act now,\" she added.");
        assert_eq!(got, [row("Jane Doe", "We will act.", false), row("Jane Doe", "We will act now", false)]);
        // A quoted document phrase after a statement is nobody's continuation.
        let got = said("\"We will act,\" Jane Doe said. The text \"condemns in the strongest terms\" the attack.");
        assert_eq!(got, [row("Jane Doe", "We will act", false)]);
    }

    #[test]
    fn who_is_meant() {
        // Surnames, honorifics, roles and pronouns resolve to the person named before.
        let body = "UN envoy Jane Doe said the talks would resume.\n\n\
                    \"We are hopeful,\" Doe said.\n\n\
                    \"Nothing is agreed yet,\" Ms Doe added.\n\n\
                    \"We will be back next week,\" the envoy said.";
        let got = said(body);
        assert!(got.iter().all(|(who, _, _)| who == "Jane Doe"), "{got:?}");
        assert_eq!(got.len(), 3);
        // Anonymous and institutional speakers are not guessed.
        let got = said(
            "\"We will not comment on this,\" a source said.\n\n\"No comment at all on this,\" the ministry said.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn other_attributions_break_the_chain() {
        // A quote the text gives to someone else is no continuation of the last speaker.
        let got =
            said("\"We will act,\" Jane Doe said.\n\n\"The strikes will go on and on,\" the state agency reported.");
        assert_eq!(got, [row("Jane Doe", "We will act", false)]);
        // ", who ..." is the speaker just named, and only then.
        let got = said("\"We welcome it,\" said Jane Doe, who called the deal \"cautiously positive.\"");
        assert_eq!(got, [row("Jane Doe", "We welcome it", false), row("Jane Doe", "cautiously positive.", false)]);
        let got = said("\"We welcome it,\" said Jane Doe.\n\nA diplomat, who asked not to be named, said it was \"a warning shot\".");
        assert_eq!(got, [row("Jane Doe", "We welcome it", false)]);
    }

    #[test]
    fn single_curly_quotes_lead_when_alone() {
        let got = said("‘We are ready to talk,’ the minister, Ali Hassan, said of the Koreas’ offer.");
        assert_eq!(got, [row("Ali Hassan", "We are ready to talk", false)]);
    }

    /// (speaker, role, affiliation, country) of each statement.
    type Labels = (String, Option<String>, Option<String>, Option<String>);

    fn labels(body: &str) -> Vec<Labels> {
        crate::parse(&format!("Headline\n\n{body}"))
            .statements
            .into_iter()
            .map(|s| (s.speaker, s.role, s.affiliation, s.country))
            .collect()
    }

    #[test]
    fn glued_quote_with_named_subject() {
        let got = said("UN rights chief Miriam Okafor on Monday called for an“urgent review” of the centres.");
        assert_eq!(got, [row("Miriam Okafor", "urgent review", false)]);
    }

    #[test]
    fn long_title_after_the_quote() {
        // The member state inside the title is the affiliation; the body the envoy is
        // accredited to ("to the U.N.") is neither role nor affiliation.
        let body = "\"We cannot wait,\" deputy U.S. envoy to the U.N. Jane Roe told the council.";
        assert_eq!(said(body), [row("Jane Roe", "We cannot wait", false)]);
        let want = (
            "Jane Roe".to_string(),
            Some("deputy envoy".to_string()),
            Some("U.S.".to_string()),
            Some("US".to_string()),
        );
        assert_eq!(labels(body), [want]);
        // "envoy for Yemen": the country the envoy works on is not theirs.
        let body = "U.N. special envoy for Yemen Lars Holmberg said talks would resume.\n\n\"Both sides want it,\" Holmberg said.";
        let want = ("Lars Holmberg".to_string(), Some("special envoy".to_string()), Some("U.N.".to_string()), None);
        assert_eq!(labels(body), [want]);
        // A lower-case word after a quote that names nobody is no attribution.
        assert!(said("It was \"a gimmick and a farce\" and said nothing more.").is_empty());
    }

    #[test]
    fn quote_only_paragraphs_continue() {
        let got = said("\"We will act,\" Jane Doe said.\n\n\"We will not wait for anyone else to act.\"");
        assert_eq!(
            got,
            [row("Jane Doe", "We will act", false), row("Jane Doe", "We will not wait for anyone else to act.", true)]
        );
        // An unclosed quote opening the paragraph continues too, and runs on.
        let got =
            said("Jane Doe told reporters: \"We will act.\n\n\"We will not wait.\n\n\"Not now, not ever,\" she said.");
        let want = [
            row("Jane Doe", "We will act.", false),
            row("Jane Doe", "We will not wait.", true),
            row("Jane Doe", "Not now, not ever", false),
        ];
        assert_eq!(got, want);
        // Not after a paragraph without a statement.
        assert!(
            said("\"We will act,\" Jane Doe said.\n\nThe talks ended.\n\n\"We will not wait for anyone.\"").len() == 1
        );
    }

    #[test]
    fn speaker_named_in_the_next_sentence() {
        let got = said("\"We will not back down.\" The warning came from Interior Minister Ana Ruiz on Tuesday.");
        assert_eq!(got, [row("Ana Ruiz", "We will not back down.", false)]);
        let got = said("\"These claims have no basis.\"\n\nThe statement came from chief executive Rodrigo Fuentes.");
        assert_eq!(got, [row("Rodrigo Fuentes", "These claims have no basis.", false)]);
        // A bare surname, once named before; an institution, or no attribution, names nobody.
        let got = said(
            "Union leader Pieter de Vries spoke.\n\n\"The table is empty.\"\n\nThat was the response from de Vries.",
        );
        assert_eq!(got, [row("Pieter de Vries", "The table is empty.", false)]);
        assert!(said("\"We will not back down.\" The warning came from Moscow.").is_empty());
        assert!(said("\"We will not back down.\" The warning came from the ministry.").is_empty());
        assert!(said("\"We will not back down.\" The protest came from Ana Ruiz.").is_empty());
    }

    #[test]
    fn fragments_in_reported_speech() {
        let body = "Opposition leader Martin Smith walked out.\n\nSmith dismissed the vote as \"political theatre\".";
        assert_eq!(said(body), [row("Martin Smith", "political theatre", false)]);
        // One word stays a scare quote; an institution is no speaker.
        assert!(said("Martin Smith dismissed the vote as \"useless\".").is_empty());
        assert!(said("The ministry dismissed the report as \"baseless lies\".").is_empty());
    }

    #[test]
    fn title_alone_means_the_last_with_that_role() {
        let body = "UN envoy Jane Doe arrived.\n\nSaudi Foreign Minister Ali Hassan said it was time.\n\n\
                    \"It went well,\" British envoy John Smith said.\n\n\
                    \"We are ready to help,\" the minister said.\n\n\
                    \"There is no military solution,\" the envoy said.";
        let got = said(body);
        let who: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(who, ["John Smith", "Ali Hassan", "John Smith"]);
    }

    #[test]
    fn titles_slogans_and_scare_quotes_are_no_statements() {
        let body = "The draft resolution, titled \"Protecting Civilians in the Sahel\", was circulated.\n\n\
                    Protesters carried banners reading \"Peace Now\" and chanted \"Justice for all of us\".\n\n\
                    Diplomats describe the approach as \"managed neglect\".\n\n\
                    The plan, known as \"Safe Harbour for All\", began in May.";
        assert!(said(body).is_empty(), "{:?}", said(body));
    }

    #[test]
    fn wire_attributions() {
        // A subject after a subordinator, and a quote glued to the word before.
        let got = said("MPs backed it after Housing Secretary Angela Royce promised an“urgent review” of it.");
        assert_eq!(got, [row("Angela Royce", "urgent review", false)]);
        // A speaker introduced with an aside, then a pronoun.
        let got = said("Governor Nina Patel, a Democrat, welcomed it.\n\n\"That ends this now,\" she said.");
        assert_eq!(got, [row("Nina Patel", "That ends this now", false)]);
        // "That was the reaction from X".
        let got = said("\"This council just walked away.\"\n\nThat was the reaction from union chief Marisol Chen.");
        assert_eq!(got, [row("Marisol Chen", "This council just walked away.", false)]);
        // One quoted word deep in reported speech is a scare quote.
        assert!(said("Justice Carla Brennan wrote that the map was made of \"islands\" of land.").is_empty());
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Param-Preet Singh"), "param-preet-singh");
        assert_eq!(slug("José Ramos-Horta"), "josé-ramos-horta");
        assert_eq!(slug("!!"), "speaker");
    }
}
