//! Who a speaker phrase names: "US Ambassador Samantha Power", "Chinese foreign ministry
//! spokesman Qin Gang", "Kim Song from the North Korean mission at the United Nations",
//! "John Smith, Britain's ambassador", "the group's director, Jane Doe", "he".
//!
//! Grammar, read left to right over tokens:
//!
//! ```text
//! phrase  := pronoun
//!          | [det] pre name [post] [", " apposition]
//!          | [det] pre [post] ", " name [post]        (role first)
//!          | [det] pre                                 (role only: "the ambassador")
//! pre     := affiliation words, then role words ending in a role noun
//! name    := capitalised words, particles inside ("da", "van", "bin")
//! post    := ("of" | "from" | "at" | "for" | "with") organisation
//! ```
//!
//! The affiliation is the capitalised words before the role words, the organisation after
//! the name, or the one in the apposition, whichever names a member state (else the first).
//! A member state written inside the role words is the affiliation and leaves the role:
//! "deputy U.S. envoy" is role "deputy envoy", affiliation "U.S.". What a role is accredited
//! to ("envoy to the U.N.", "envoy for Yemen") names no affiliation's country and is not
//! part of the role, as in "U.S. Ambassador to the United Nations Karen Holt" (role
//! "Ambassador", affiliation "U.S.").

//! The reading is composed of small steps, each in the file named for what it reads:
//! [`words`] (word classes), [`names`] (the run of words and the name in it), [`roles`]
//! (role and affiliation), [`organisations`] (what follows a name or role, and
//! appositions) and [`subject`] (a phrase before its speech verb).

mod affiliation;
mod names;
mod organisations;
mod portfolio;
mod roles;
mod subject;
#[cfg(test)]
mod tests;
mod words;

use crate::nations;
use crate::tokens::{Para, Tok};

use crate::lexicon::speakers::{
    ACCREDITATION, APPOSITION_POST, ARTICLES, BODY_CONNECTORS, CIVIL_BODIES, COLLECTIVES, ELECTED_TITLES, GROUP_NOUNS,
    LONE_DESCRIPTORS, ORG_DESCRIPTORS, ORG_ENDS, ORG_NOUNS, POSSESSIVE_DETERMINERS, POST, PRONOUNS, QUANTIFIERS,
};
use affiliation::resolve_affiliation;
use names::{content_run, name_run, name_start, scan_age, scan_honorifics, scan_state_prefix};
use organisations::{apposition, attached, Apposition};
use roles::{split_role, Role};
use words::{is_acronym, is_name_word, is_plural_role};

pub(crate) use subject::{opening_subject, subject};
pub(crate) use words::{is_name_particle, is_participle, is_speech_verb};

/// What a speaker phrase refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Phrase {
    /// "he", "she": the last named speaker.
    Pronoun,
    /// ", who": the speaker just attributed in the same sentence, if any.
    Relative,
    /// "the ambassador": a speaker named before with this role noun (lower case).
    Role(String),
    /// A named speaker.
    Named(Named),
}

/// A named speaker and what the phrase says about them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Named {
    pub name: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub country: Option<&'static str>,
}

/// A token range `[start, end)`.
type Span = (usize, usize);

/// The parts of a speaker phrase read so far, as token ranges.
struct Parts {
    /// The affiliation written before the role: "Chinese" in "Chinese foreign ministry
    /// spokesman Qin Gang".
    affiliation: Option<Span>,
    /// The role words before the name.
    role: Option<Span>,
    /// The speaker's name, honorifics included.
    name: Option<Span>,
    /// The organisation after the role or the name: "of Human Rights Watch".
    post: Option<Span>,
    /// The organisation is where the role serves, not whom it speaks for ("envoy to the
    /// U.N.", "envoy for Yemen").
    accredited: bool,
    /// The index after what was read.
    next: usize,
}

/// Parse a speaker phrase starting at token `i`, reading no further than `end`.
/// Returns the phrase and the index of the first token after it.
pub(crate) fn phrase(p: &Para, i: usize, end: usize) -> Option<(Phrase, usize)> {
    let t = &p.toks[..];
    let end = end.min(t.len());
    if i >= end {
        return None;
    }
    if let Some(reference) = read_reference(t, i) {
        return Some((reference, i + 1));
    }
    let (taken, indefinite) = scan_article(t, i);
    let mut parts = read_lead(p, i + taken, end);
    if parts.name.is_none() {
        read_role_body(t, &mut parts, end);
        read_accreditation(t, &mut parts, end, indefinite);
        read_name_after_role(t, &mut parts, end);
    }
    let Some((a, b)) = parts.name else {
        return role_only(t, &parts, indefinite).or_else(|| org_kind(t, i + taken, end, taken > 0 && !indefinite));
    };
    let a = a + scan_honorifics(t, a, b);
    if a == b {
        return None;
    }
    let b = b + scan_org_place(p, (a, b), end);
    parts.next = parts.next.max(b);
    let state = scan_state_prefix(p, a, b);
    let prefix = (state > 0).then_some((a, a + state));
    let a = a + state;
    parts.next += scan_age(t, parts.next, end);
    if parts.post.is_none() {
        if let Some((org, next)) = attached(t, parts.next, end, POST) {
            parts.post = Some(org);
            parts.next = next;
        }
    }
    let app = parts.role.is_none().then(|| apposition(p, parts.next, end)).flatten();
    if let Some(app) = &app {
        parts.next = app.next;
    }
    if b - a == 1 && is_plural_role(t[a].s) {
        return None;
    }
    // "Disability campaigners", "Several dozen students": a word before a group, no one's name.
    let group_follows =
        t.get(b).is_some_and(|x| x.word && !words::capital(x) && (is_plural_role(x.s) || x.any(GROUP_NOUNS)));
    // "Management has described the cuts as ...": a collective, no one's name either.
    if b - a == 1 && (group_follows || t[a].any(QUANTIFIERS) || t[a].any(GROUP_NOUNS) || t[a].any(COLLECTIVES)) {
        return None;
    }
    // "One senior House member, who asked not to be named": an unnamed source, not "One".
    if b - a == 1 && crate::numbers::read(&[t[a].s]).is_some() {
        return None;
    }
    let named = describe(p, &parts, app, (a, b), prefix);
    Some((Phrase::Named(named), parts.next))
}

/// "Association of Foreign Residents | in the Algarve", "Association of Banks | in Israel": the
/// place an organisation named with "of" is of, written with "in the" or as a member state's
/// name, is its name's (not "Amnesty International in London"). How many tokens after the name
/// it takes, else 0.
fn scan_org_place(p: &Para, (a, b): Span, end: usize) -> usize {
    let t = &p.toks[..];
    let org_of = b > a + 2 && ORG_ENDS.has(t[a].s) && t[a + 1].eq("of");
    if !org_of || b + 1 >= end || !t[b].eq("in") {
        return 0;
    }
    let the = usize::from(t[b + 1].eq("the"));
    let place = (b + 1 + the..end.min(b + 4 + the)).take_while(|&x| is_name_word(&t[x])).count();
    let state = || place > 0 && nations::exactly(p.span(b + 1, b + place)).is_some();
    if place > 0 && (the == 1 || state()) {
        1 + the + place
    } else {
        0
    }
}

/// "he", "she", or ", who": a phrase of one token that refers back to a speaker.
fn read_reference(t: &[Tok], i: usize) -> Option<Phrase> {
    if t[i].any(PRONOUNS) {
        Some(Phrase::Pronoun)
    } else if t[i].eq("who") && i > 0 && t[i - 1].is(',') {
        Some(Phrase::Relative)
    } else {
        None
    }
}

/// An article opening the phrase: the tokens it takes (0 or 1), and whether it is an
/// indefinite one ("a spokesman" refers to nobody named before).
fn scan_article(t: &[Tok], i: usize) -> (usize, bool) {
    if t[i].eq("the") && scan_descriptor(t, i) == 2 {
        // "The platform StayNest said": the article and the kind, before the name.
        (2, false)
    } else if t[i].eq("the") && t.len() > i + 1 && scan_descriptor(t, i + 1) == 2 {
        // "The housing charity Threshold said": a kind of two words.
        (3, false)
    } else if t[i].any(ARTICLES) {
        (1, !t[i].eq("the"))
    } else if t[i].any(POSSESSIVE_DETERMINERS) && t.get(i + 1).is_some_and(|n| n.word && !n.cap()) {
        // "His lawyer, Ratna Simanjuntak, said": a definite role, whoever "his" is.
        (1, false)
    } else {
        (scan_descriptor(t, i), false)
    }
}

/// "Investor group Follow the Money North", "Industry body Water UK": a word and a lower-case
/// noun of [`ORG_DESCRIPTORS`] before an organisation's capitalised name, which the phrase
/// is: the tokens they take, else 0.
fn scan_descriptor(t: &[Tok], i: usize) -> usize {
    let noun = |x: usize| t.get(x).is_some_and(|w| w.word && !words::capital(w) && w.any(ORG_DESCRIPTORS));
    let name = |x: usize| t.get(x).is_some_and(|w| words::is_name_word(w) || words::is_acronym(w.s));
    if t[i].word && noun(i + 1) && name(i + 2) {
        2
    } else if t[i].any(LONE_DESCRIPTORS) && name(i + 1) {
        // "Charity Save the Children said", "Watchdog Transparency International said".
        1
    } else {
        0
    }
}

/// The run of words from `i`: the affiliation and role before the name, and the name.
fn read_lead(p: &Para, i: usize, end: usize) -> Parts {
    let t = &p.toks[..];
    let j = content_run(t, i, end);
    let ns = name_start(t, i, j);
    let (affiliation, role) = split_role(p, i, ns);
    // "Free TV Australia said", "Transparency International Australia": an organisation's
    // national branch, named with the state last, is one name, not a state with a prefix.
    let branch = role.is_none()
        && affiliation == Some((i, ns))
        && (i..ns).all(|x| words::capital(&t[x]) && !words::possessive(t[x].s))
        && (i..ns).any(|x| is_acronym(t[x].s) || ORG_ENDS.has(t[x].s) || t[x].eq("International"))
        && nations::exactly(p.span(ns, j - 1)).is_some();
    if branch {
        return Parts { affiliation: None, role: None, name: Some((i, j)), post: None, accredited: false, next: j };
    }
    // "Environmental Justice | Foundation", "General | Confederation of Moroccan Enterprises",
    // "Bangladesh Garment Manufacturers and | Exporters Association": an organisation's name
    // that opens with its head word was cut where a title word or an "and" stood; the capitalised
    // words before it are the name's.
    let org_head = ns < j && ORG_ENDS.has(t[ns].s);
    let capitals = || (i..ns).all(|x| words::capital(&t[x]) && !words::possessive(t[x].s) || t[x].any(&["and", "&"]));
    let cut = match (affiliation, role) {
        (Some((_, a1)), None) => a1 == ns && t[ns - 1].any(&["and", "&"]),
        (None, Some((r0, r1))) => r0 == i && r1 == ns,
        _ => false,
    };
    if org_head && cut && ns > i && capitals() {
        return Parts { affiliation: None, role: None, name: Some((i, j)), post: None, accredited: false, next: j };
    }
    let name = (ns < j).then_some((ns, j));
    Parts { affiliation, role, name, post: None, accredited: false, next: j }
}

/// "a spokesman for the government, Jane Roe": a body named by its lower-case noun right
/// after the role belongs to the role.
fn read_role_body(t: &[Tok], parts: &mut Parts, end: usize) {
    let k = parts.next;
    if let Some((r0, _)) = parts.role.filter(|r| r.1 == k && k + 3 < end && t[k].any(BODY_CONNECTORS)) {
        let body_noun = !words::capital(&t[k + 2]) && ORG_NOUNS.has(t[k + 2].s);
        if t[k + 1].eq("the") && body_noun && t[k + 3].is(',') {
            parts.role = Some((r0, k + 3));
            parts.next = k + 3;
        }
    }
}

/// An organisation after the role ("envoy to the U.N.", "spokesman of the Kremlin"), and
/// a name carved from its end ("Ambassador to the United Nations Karen Holt"); none after an
/// indefinite role ("A senior official at the Norwegian Offshore Directorate", no one named).
fn read_accreditation(t: &[Tok], parts: &mut Parts, end: usize, indefinite: bool) {
    let k = parts.next;
    let Some((org, next)) = attached(t, k, end, APPOSITION_POST) else {
        return;
    };
    parts.accredited = t[k].any(ACCREDITATION);
    parts.post = Some(org);
    parts.next = next;
    let n = if indefinite { 0 } else { scan_carved_name(t, org) };
    if n > 0 && parts.role.is_some() {
        parts.post = Some((org.0, org.1 - n));
        parts.name = Some((org.1 - n, org.1));
    }
}

/// The name ending an organisation read after a role ("the United Nations | Karen Holt"):
/// how many of its last tokens it takes (2 to 4), else 0. It must follow an acronym, an
/// organisation's last word or a member state, and the organisation must not end in one.
fn scan_carved_name(t: &[Tok], org: Span) -> usize {
    let org_end = |x: usize| ORG_ENDS.has(t[x].s) || ORG_NOUNS.has(t[x].s);
    (2..=4)
        .find(|&n| {
            org.1 > org.0 + n && (org.1 - n..org.1).all(|x| is_name_word(&t[x])) && !org_end(org.1 - 1) && {
                let before = t[org.1 - n - 1].s;
                // "the United Nations Office at Geneva | Katrin Vogel": a one-word place.
                let place =
                    org.1 > org.0 + n + 1 && t[org.1 - n - 2].any(&["at", "in"]) && words::capital(&t[org.1 - n - 1]);
                is_acronym(before)
                    || ORG_ENDS.has(nations::strip_possessive(before))
                    || nations::exactly(before).is_some()
                    || place
            }
        })
        .unwrap_or(0)
}

/// Role first, then the name after a comma: "the group's director, Jane Doe".
fn read_name_after_role(t: &[Tok], parts: &mut Parts, end: usize) {
    let mut k = parts.next;
    // "Russia's envoy to the international organisations in Vienna, Pavel Grekov": past where
    // the role serves, up to the comma (a few plain words).
    if parts.name.is_none() && parts.role.is_some() && k < end && t[k].any(ACCREDITATION) {
        let comma = (k + 1..end.min(k + 10)).find(|&x| !t[x].word).filter(|&x| t[x].is(','));
        if let Some(c) = comma.filter(|&c| (k + 1..c).all(|x| !words::is_speech_verb(&t[x]))) {
            k = c;
        }
    }
    if parts.name.is_none() && k < end && t[k].is(',') && parts.role.is_some() {
        let e = name_run(t, k + 1, end);
        if e > k + 1 {
            parts.name = Some((k + 1, e));
            parts.next = e;
        }
    }
}

/// A phrase that names no one: "the ambassador" refers back by its role noun; "a
/// spokesman" and a phrase without a role refer to nobody.
fn role_only(t: &[Tok], parts: &Parts, indefinite: bool) -> Option<(Phrase, usize)> {
    match parts.role {
        Some((_, r1)) if !indefinite => {
            let noun = nations::strip_possessive(t[r1 - 1].s).to_lowercase();
            Some((Phrase::Role(noun), parts.next.max(r1)))
        }
        _ => None,
    }
}

/// "The rights group", "the charity": after "the", an organisation's kind (one lower-case word
/// may come first), standing for an organisation quoted before.
fn org_kind(t: &[Tok], k: usize, end: usize, definite: bool) -> Option<(Phrase, usize)> {
    if !definite || k >= end {
        return None;
    }
    let kind = |x: usize| x < end && t[x].word && !words::capital(&t[x]) && t[x].any(ORG_DESCRIPTORS);
    let at = if kind(k) { k } else { k + 1 };
    let lower = at == k || t[k].word && !words::capital(&t[k]);
    (lower && kind(at)).then(|| (Phrase::Role(t[at].s.to_ascii_lowercase()), at + 1))
}

/// The named speaker at `name`, with the role and affiliation the phrase gives them.
/// Where a role was written before the name, its own affiliation and organisation count;
/// otherwise the apposition's.
fn describe(p: &Para, parts: &Parts, app: Option<Apposition>, name: Span, prefix: Option<Span>) -> Named {
    let mut named = Named { name: p.span(name.0, name.1 - 1).to_string(), ..Named::default() };
    let mut accredited = parts.accredited && parts.role.is_some();
    let (mut role, post) = match (parts.role, app) {
        (Some(_), _) => (Role::new(p, parts.role, parts.affiliation), parts.post),
        (None, Some(app)) => {
            let role = Role::new(p, Some(app.role), app.affiliation.or(parts.affiliation));
            // ", the European Union ambassador to the United Nations": accredited there.
            accredited |= app.accredited && app.affiliation.is_some();
            (role, app.organisation.or(parts.post))
        }
        (None, None) => (Role::new(p, None, parts.affiliation), parts.post),
    };
    let employer = post.is_some_and(|(x, _)| (x.saturating_sub(2)..=x).any(|k| p.toks[k].eq("at")))
        && post.is_some_and(|(x, y)| nations::country_in(p.span(x, y - 1)).is_none());
    role.refine(p, employer);
    let post = post.filter(|_| !accredited);
    // "Sen. Marisol Gutiérrez-Beck of Omaha": a member's constituency, not whom she speaks for.
    let member = role.text.as_deref().is_some_and(|r| ELECTED_TITLES.contains(&r));
    let post = post.filter(|&org| !(member && organisations::is_place(p, org)));
    resolve_affiliation(p, &mut named, &mut role, post, prefix);
    // "Governors Alan Pritchard and Sandra Kim": each is a governor.
    named.role = role.text.map(|r| match r.rsplit_once(' ') {
        Some((head, last)) => format!("{head} {}", words::singular_role(last)),
        None => words::singular_role(&r).to_string(),
    });
    named
}

/// Where the lower-case role words before token `i` start ("external member | Tomasz Wren",
/// "chief executive | Marcus Dahl"), at most four back; `i` when there are none.
pub(crate) fn role_words_before(t: &[Tok], i: usize) -> usize {
    // "board member Lenka Šťastná": a body's noun before the role noun.
    let body_noun = |x: usize| x + 1 < i && ORG_NOUNS.has(t[x].s) && words::is_role_word(&t[x + 1]);
    let mut s = i;
    while s > 0
        && i - s < 4
        && t[s - 1].word
        && !words::capital(&t[s - 1])
        && (words::is_role_word(&t[s - 1]) || words::is_modifier(&t[s - 1]) || body_noun(s - 1))
    {
        s -= 1;
    }
    // A role word opens the run, not a modifier alone ("leading Marcus").
    if (s..i).any(|x| words::is_role_word(&t[x])) {
        s
    } else {
        i
    }
}

/// Does the phrase name an organisation, which "the group" or "the charity" may mean later: no
/// role, no state, and a name that ends as organisations' do ("Amnesty International", "Human
/// Rights Watch"), is an acronym ("ACLU") or is one word ("Greenpeace").
pub(crate) fn is_organisation(n: &Named) -> bool {
    let last = n.name.rsplit(' ').next().unwrap_or("");
    let ends = ORG_ENDS.has(last) || CIVIL_BODIES.contains(&last) || last == "International";
    n.role.is_none() && n.country.is_none() && (ends || words::is_acronym(&n.name) || !n.name.contains(' '))
}

/// Does the phrase name a person (rather than a country or an organisation)?
pub(crate) fn is_person(n: &Named) -> bool {
    let last = n.name.rsplit(' ').next().unwrap_or("");
    let organisation = ORG_ENDS.has(last) || n.country.is_some() && n.affiliation.is_none();
    !organisation && (n.name.contains(' ') || n.role.is_some())
}
