//! The speakers met so far, for pronouns, roles, surnames and ids, and the sentences
//! read late for who they mention.

use super::mentions::Mentions;
use super::quotes::{is_double, Quote};
use super::REACH;
use crate::lexicon::speakers::{ARTICLES, ORG_DESCRIPTORS};
use crate::lexicon::statements::LEAD_INS;
use crate::model::{Paragraph, Statement};
use crate::speakers::{self, Named, Phrase};
use crate::tokens::Para;
use std::collections::HashMap;

/// Who a sentence names as its subject, for later surnames and pronouns: the subject of
/// its first speech verb outside quotes ("Kim said the mission would not attend"), else a
/// named person opening it ("Opposition leader Keira Stone called the plan ...").
fn mentioned(parsed: &[Para], at: usize, (s, e): (usize, usize), sp: &mut Speakers, update_last: bool) {
    let p = &parsed[at];
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
    // "The president of the Norwegian Football Federation, Hilde Aasen, was among ...".
    let the_role = t.get(s).is_some_and(|x| x.any(ARTICLES)) && t.get(s + 1).is_some_and(|x| x.word && !x.cap());
    let named_first = t.get(s).is_some_and(|x| x.cap() && (!x.any(ARTICLES) || the_role));
    let person_at = |x: usize| {
        speakers::opening_subject(p, x, e).filter(|ph| matches!(ph, Phrase::Named(n) if speakers::is_person(n)))
    };
    if found.is_none() && named_first {
        // The sentence's opening phrase, when a lower-case word (its verb) follows.
        found = person_at(s);
    }
    // "Earlier, Judge Anthony Reade had reminded jurors ...", "Under cross-examination, defence
    // barrister Alexander Keane put it to ...": the subject after a short lead-in and its comma.
    // Only where a name in full (two capitalised words) follows the comma closely.
    let named_after = |c: usize| (c + 1..e.min(c + 6)).any(|x| t[x].cap() && t.get(x + 1).is_some_and(|n| n.cap()));
    if found.is_none() {
        let lead_in = (s + 1..e.min(s + 5)).find(|&x| t[x].is(',')).filter(|&c| (s..c).all(|x| t[x].word));
        if let Some(c) = lead_in.filter(|&c| named_after(c)) {
            found = person_at(c + 1);
        }
    }
    let person = match &found {
        Some(Phrase::Named(n)) => speakers::is_person(n),
        Some(Phrase::Role(_)) => true,
        _ => false,
    };
    // "Tanabe told reporters ...": a surname alone may be of someone only named in full so far
    // (read, once, only when one is met).
    if matches!(&found, Some(Phrase::Named(n)) if !n.name.contains(' ')) {
        sp.mentions.read(parsed);
    }
    if let Some(w) = found.and_then(|ph| sp.resolve(ph)) {
        // "Valdivia said she would ...": a surname alone, of a person met before.
        let person = person || speakers::is_person(&sp.who[w]);
        if person && update_last {
            sp.last = Some(w);
        }
    }
}

/// A sentence waiting to be read by [`mentioned`]: paragraph, token range, and how many
/// statements came before it.
pub(super) struct Pending {
    pub para: usize,
    pub range: (usize, usize),
    pub statements: usize,
}

/// Sentences are only read for who they mention when an attribution needs it: a pronoun
/// needs the sentences since the last statement, a role or a bare surname needs them all.
/// Reading them in order, late, gives the same speakers as reading each as it comes.
pub(super) fn catch_up(pending: &mut Vec<Pending>, all: bool, parsed: &[Para], said: usize, sp: &mut Speakers) {
    let from = if all { 0 } else { pending.partition_point(|x| x.statements < said) };
    let at = sp.at;
    for x in pending.drain(from..) {
        sp.at = (x.para, x.range.0);
        mentioned(parsed, x.para, x.range, sp, x.statements == said);
    }
    sp.at = at;
}

/// "Param-Preet Singh" → "param-preet-singh".
pub(super) fn slug(name: &str) -> String {
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
pub(super) struct Speakers {
    who: Vec<Named>,
    by_name: HashMap<String, usize>,
    /// First and last name words → the latest speaker with them.
    pub by_part: HashMap<String, usize>,
    /// The last word of a role, lower case → the speakers with it.
    by_role: HashMap<String, Vec<usize>>,
    /// Statements per id slug.
    ids: HashMap<String, usize>,
    pub last: Option<usize>,
    /// The speaker of the last statement.
    pub last_said: Option<usize>,
    /// Paragraph index of the last statement.
    pub last_para: Option<usize>,
    /// Where (paragraph, token) each speaker was last named or quoted, for roles.
    recent: Vec<(usize, usize)>,
    /// Where the phrase being resolved is: sentences are read late, so order is not time.
    pub at: (usize, usize),
    /// Everyone the article names in full, for a surname or a title no statement has named.
    pub mentions: Mentions,
}

impl Speakers {
    pub fn resolve(&mut self, ph: Phrase) -> Option<usize> {
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
                let with_role = self.by_role.get(&noun).into_iter().flatten().copied();
                let spoken = with_role.max_by_key(|&i| self.recent.get(i).copied().unwrap_or_default());
                // "the judge told jurors": else the person named with that title, quoted or not.
                let spoken = spoken.or_else(|| self.mentions.by_role(&noun, self.at).cloned().map(|n| self.add(n)));
                // "The rights group called it ...": an organisation's kind, the organisation
                // quoted last ("Amnesty International said ...").
                let kind = || {
                    let orgs = (0..self.who.len()).filter(|&i| crate::speakers::is_organisation(&self.who[i]));
                    orgs.max_by_key(|&i| self.recent.get(i).copied().unwrap_or_default())
                };
                return spoken.or_else(|| ORG_DESCRIPTORS.contains(&noun.as_str()).then(kind).flatten());
            }
            Phrase::Named(n) => n,
        };
        let known = self
            .by_name
            .get(&n.name)
            .copied()
            .or_else(|| (!n.name.contains(' ')).then(|| self.by_part.get(&n.name).copied()).flatten());
        // "De Boer said" after "Ingrid de Boer": a surname with its particle, capitalised.
        let particled = n.name.split_once(' ').filter(|(_, last)| !last.contains(' ')).map(|(particle, last)| {
            (last.to_string(), format!(" {} {}", particle.to_lowercase(), last.to_lowercase()))
        });
        let known = known.or_else(|| {
            let (last, ending) = particled.as_ref()?;
            if let Some(i) =
                self.by_part.get(last).copied().filter(|&i| self.who[i].name.to_lowercase().ends_with(ending))
            {
                return Some(i);
            }
            let full =
                self.mentions.by_surname(last, self.at).filter(|m| m.name.to_lowercase().ends_with(ending))?.clone();
            Some(self.by_name.get(&full.name).copied().unwrap_or_else(|| self.add(full)))
        });
        // "Calder called it ...": the person named in full before, when no statement has.
        let mentioned = if n.name.contains(' ') { None } else { self.mentions.by_surname(&n.name, self.at).cloned() };
        let known = known.or_else(|| {
            let full = mentioned?;
            Some(self.by_name.get(&full.name).copied().unwrap_or_else(|| self.add(full)))
        });
        if let Some(i) = known {
            let w = &mut self.who[i];
            if w.role.is_none() && n.role.is_some() {
                w.role = n.role;
                self.index_role(i);
            }
            let w = &mut self.who[i];
            if w.affiliation.is_none() {
                w.affiliation = n.affiliation;
                w.country = n.country;
            }
            return Some(i);
        }
        Some(self.add(n))
    }

    /// A new speaker, indexed by name and by first and last name words.
    fn add(&mut self, n: Named) -> usize {
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
        self.index_role(i);
        i
    }

    /// Indexes speaker `i` by the last word of its role, lower case ("the envoy" finds them).
    fn index_role(&mut self, i: usize) {
        if let Some(noun) = self.who[i].role.as_deref().and_then(|r| r.rsplit(' ').next()) {
            self.by_role.entry(noun.to_lowercase()).or_default().push(i);
        }
    }

    /// A speaker's name.
    pub fn name_of(&self, who: usize) -> &str {
        self.who.get(who).map_or("", |w| w.name.as_str())
    }

    /// The person named in full last before here, in this paragraph, who is not `who` (whom
    /// the quote addresses).
    pub fn other_than(&mut self, who: usize, parsed: &[Para]) -> Option<usize> {
        self.mentions.read(parsed);
        let surname = self.name_of(who).rsplit(' ').next().unwrap_or("").to_string();
        let other = self.mentions.other_than(&surname, self.at)?.clone();
        self.resolve(Phrase::Named(other))
    }

    pub fn statement(&mut self, who: usize, p: &Para, para: &Paragraph, q: &Quote, cont: bool) -> Statement {
        let w = &self.who[who];
        let base = slug(&w.name);
        let count = self.ids.entry(base.clone()).or_insert(0);
        *count += 1;
        let id = if *count == 1 { base } else { crate::model::numbered(&(base + "-"), *count) };
        Statement {
            id,
            speaker: w.name.clone(),
            role: w.role.clone(),
            affiliation: w.affiliation.clone(),
            country: w.country.map(str::to_string),
            text: p.span(q.a, q.b - 1).to_string(),
            paragraph: para.id.clone(),
            start: p.toks[q.a].c0 as usize,
            end: p.toks[q.b - 1].c1() as usize,
            continuation: cont,
        }
    }
}
