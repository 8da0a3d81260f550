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

use crate::nations;
use crate::tokens::{Para, Tok};

use crate::lexicon::speakers::{
    APPOSITION_POST, DESCRIPTORS, FUNCTION_WORDS, HONORIFICS, LOWER_ONLY, NAME_PREFIXES, OF_ROLE, ORG_ENDS, ORG_NOUNS,
    PARTICIPLES, PARTICLES, PORTFOLIO_HEADS, POST, ROLE_MODIFIERS, ROLE_NOUNS, SPEECH_VERBS, SUBJECT_GAP, WEEKDAYS,
};

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

/// A participle like "saying", "adding".
pub(crate) fn is_participle(t: &Tok) -> bool {
    t.word && PARTICIPLES.has(t.s)
}

fn any_of(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

fn possessive(w: &str) -> bool {
    nations::strip_possessive(w).len() != w.len()
}

/// A token that starts with a capital, or with "al-"/"el-" and then one.
fn capital(t: &Tok) -> bool {
    t.upper
        || t.word
            && t.s.len() > 3
            && t.s.as_bytes()[1..4].iter().any(|&b| b == b'-' || b == b'\'' || b == 0xE2)
            && name_prefixed(t.s)
}

/// "al-Assad", "el-Sisi", "d'Estaing".
fn name_prefixed(w: &str) -> bool {
    NAME_PREFIXES.iter().any(|p| {
        w.len() > p.len()
            && w.is_char_boundary(p.len())
            && w[..p.len()].eq_ignore_ascii_case(p)
            && w[p.len()..].chars().next().is_some_and(char::is_uppercase)
    })
}

/// An attribution verb ("said", "told", "added", ...).
pub(crate) fn is_speech_verb(t: &Tok) -> bool {
    t.word && SPEECH_VERBS.has(t.s)
}

fn is_function_word(t: &Tok) -> bool {
    FUNCTION_WORDS.has(t.s) || !capital(t) && any_of(LOWER_ONLY, t.s)
}

/// Words that end a speaker phrase.
fn is_stop(t: &Tok) -> bool {
    !t.word || is_function_word(t) || is_speech_verb(t)
}

fn is_role_noun(t: &Tok) -> bool {
    t.word && ROLE_NOUNS.has(nations::strip_possessive(t.s))
}

/// A role noun, or a lower-case political label standing for one ("conservative").
fn is_role_word(t: &Tok) -> bool {
    is_role_noun(t) || t.word && !capital(t) && DESCRIPTORS.has(t.s)
}

/// "Foreign" in "Foreign Minister", "Presiding" in "Presiding Judge".
fn is_modifier(t: &Tok) -> bool {
    t.word && (ROLE_MODIFIERS.has(t.s) || t.s.len() > 5 && t.s.ends_with("ing"))
}

fn is_particle(t: &Tok) -> bool {
    t.word && PARTICLES.contains(&t.s)
}

/// A lower-case particle that may open a surname: "de" in "de Vries".
pub(crate) fn is_name_particle(t: &Tok) -> bool {
    is_particle(t)
}

/// "US", "U.S.", "HRW's": two or more letters, none lower case (a possessive aside).
fn is_acronym(w: &str) -> bool {
    let w = nations::strip_possessive(w);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !w.chars().any(char::is_lowercase)
}

/// A word that can be part of a person's or organisation's name.
fn is_name_word(t: &Tok) -> bool {
    if !t.word || possessive(t.s) || !capital(t) || is_stop(t) || is_role_noun(t) {
        return false;
    }
    let initial = t.s.len() == 2 && t.s.ends_with('.');
    initial || !is_acronym(t.s)
}

/// End (exclusive) of the run of words a speaker phrase can be made of, from `i`.
fn content_run(t: &[Tok], i: usize, end: usize) -> usize {
    let mut j = i;
    while j < end && j - i < 12 {
        let w = &t[j];
        if !w.word {
            break;
        }
        if capital(w) {
            if is_stop(w) {
                break;
            }
            j += 1;
            if is_role_noun(w) && j + 1 < end && t[j].s == "of" && t[j + 1].any(OF_ROLE) {
                j += 2;
            }
            continue;
        }
        // "da Silva", "van der Berg": particles between name words.
        if is_particle(w) && j > i && is_name_word(&t[j - 1]) {
            let mut x = j;
            while x < end && x < j + 3 && is_particle(&t[x]) {
                x += 1;
            }
            if x < end && is_name_word(&t[x]) {
                j = x;
                continue;
            }
        }
        // Lower-case role words: "foreign ministry spokesman", "former" before "President".
        let mut k = j;
        let mut last_role = None;
        // "deputy U.S. envoy": an acronym may stand between lower-case role words.
        // "the group's Europe director": a region or desk after a lower-case possessive.
        let inner_acronym = |k: usize| {
            let lower_next = t.get(k + 1).is_some_and(|n| n.word && !capital(n) && !is_stop(n));
            let desk = || possessive(t[k - 1].s) && !capital(&t[k - 1]) && t.get(k + 1).is_some_and(is_role_noun);
            k > j && lower_next && (is_acronym(t[k].s) || desk())
        };
        while k < end && k - j < 6 && t[k].word && (!capital(&t[k]) || inner_acronym(k)) && !is_stop(&t[k]) {
            if is_role_word(&t[k]) {
                last_role = Some(k);
            }
            k += 1;
        }
        let upto = match last_role {
            Some(r) => r + 1,
            None if k > j && k < end && capital(&t[k]) && is_role_noun(&t[k]) => k,
            None => break,
        };
        j = upto;
        if upto < k {
            break;
        }
    }
    j
}

/// Where the name at the end of the run `[i, j)` starts (`j` when the run ends in no name).
fn name_start(t: &[Tok], i: usize, j: usize) -> usize {
    let mut s = j;
    while s > i {
        let w = &t[s - 1];
        let ok = if is_role_noun(w) && capital(w) {
            // "Martin Luther King", but not "US Ambassador" or "Prime Minister".
            s == j && s >= i + 2 && {
                let before = &t[s - 2];
                is_name_word(before) && !is_modifier(before)
            }
        } else if is_particle(w) {
            // A particle needs a name word before it (past other particles).
            let mut x = s - 1;
            while x > i && is_particle(&t[x - 1]) {
                x -= 1;
            }
            s < j && x > i && is_name_word(&t[x - 1])
        } else {
            is_name_word(w)
        };
        if !ok {
            break;
        }
        s -= 1;
    }
    // "Secretary of State John Kerry": "State" belongs to the role.
    if s > i && s < j && t[s - 1].s == "of" {
        s += 1;
    }
    while s < j && is_particle(&t[s]) {
        s += 1;
    }
    s
}

/// A token range `[start, end)`.
type Span = (usize, usize);

/// Split the words before a name into affiliation and role: "Chinese | foreign ministry
/// spokesman", "US | Ambassador", "Britain's | ambassador".
fn split_role(p: &Para, a: usize, b: usize) -> (Option<Span>, Option<Span>) {
    let t = &p.toks[..];
    let mut s = b;
    let mut has_role = false;
    let in_role = |w: &Tok| !possessive(w.s) && (is_role_noun(w) || !capital(w) || is_modifier(w));
    loop {
        while s > a && in_role(&t[s - 1]) {
            has_role |= is_role_noun(&t[s - 1]);
            s -= 1;
        }
        // "deputy U.N. envoy": capitalised words between lower-case role words.
        let mut x = s;
        while x > a && capital(&t[x - 1]) && !possessive(t[x - 1].s) {
            x -= 1;
        }
        let lower_before = x > a && x < s && !capital(&t[x - 1]) && in_role(&t[x - 1]);
        // "group's Europe director": the desk belongs to the role, the possessive to neither.
        let desk = x > a && x + 1 == s && has_role && !capital(&t[x - 1]) && possessive(t[x - 1].s);
        if desk {
            s = x;
        }
        if !lower_before {
            break;
        }
        s = x;
    }
    while s < b && t[s].s == "of" {
        s += 1;
    }
    // A member state opening the words before the role: "South Korean", "Iranian".
    let state = [3, 2, 1]
        .into_iter()
        .find(|&n| a + n <= s && nations::exactly(p.span(a, a + n - 1)).is_some())
        .map_or(a, |n| a + n);
    // "Manpower Minister", "White House Press Secretary": a capitalised portfolio.
    let portfolio = s < b && capital(&t[b - 1]) && any_of(PORTFOLIO_HEADS, t[b - 1].s);
    if portfolio && (s..b).all(|x| capital(&t[x])) {
        while s > state
            && capital(&t[s - 1])
            && !possessive(t[s - 1].s)
            && !is_acronym(t[s - 1].s)
            && nations::exactly(t[s - 1].s).is_none()
        {
            s -= 1;
        }
    }
    // "Iranian | Foreign Ministry spokesman": after a member state, the rest is the role.
    if has_role && state > a && state < s {
        s = state;
    }
    let lower = (s..b).all(|x| !capital(&t[x]));
    let role = (s < b && (has_role || lower)).then_some((s, b));
    if role.is_none() {
        s = b;
    }
    let aff = (a < s && (a..s).any(|x| capital(&t[x]))).then_some((a, s));
    (aff, role)
}

/// An organisation's name from `i` ("the North Korean mission at the United Nations").
fn organisation(t: &[Tok], i: usize, end: usize) -> Option<Span> {
    let mut m = i;
    if m < end && t[m].eq("the") {
        m += 1;
    }
    let start = m;
    if !(m < end && t[m].word && capital(&t[m]) && !is_stop(&t[m])) {
        return None;
    }
    let named = |x: usize| x < end && t[x].word && capital(&t[x]) && !is_stop(&t[x]);
    let mut last = start;
    while m < end && t[m].word && m - start < 12 {
        if named(m) || last + 1 == m && ORG_NOUNS.has(t[m].s) {
            last = m;
        } else if !(any_of(&["of", "the", "for", "and", "at", "de", "du", "on", "in"], t[m].s)
            && (named(m + 1) || t.get(m + 1).is_some_and(|n| n.eq("the")) && named(m + 2)))
        {
            break;
        }
        m += 1;
    }
    Some((start, last + 1))
}

/// An organisation after one of `connectors` at `k`: its range and the index after it.
fn attached(t: &[Tok], k: usize, end: usize, connectors: &[&str]) -> Option<(Span, usize)> {
    if k < end && t[k].any(connectors) {
        organisation(t, k + 1, end).map(|r| (r, r.1))
    } else {
        None
    }
}

/// An apposition after a name: ", the UN's human rights chief", ", Britain's ambassador".
struct Apposition {
    affiliation: Option<Span>,
    role: Span,
    /// The organisation after the role: ", the director of Human Rights Watch".
    organisation: Option<Span>,
    /// The index after the apposition.
    next: usize,
}

fn apposition(p: &Para, k: usize, end: usize) -> Option<Apposition> {
    let t = &p.toks[..];
    if !(k < end && t[k].is(',')) {
        return None;
    }
    let mut m = k + 1;
    if m < end && t[m].any(&["the", "a", "an"]) {
        m += 1;
    }
    let r = content_run(t, m, end);
    if r == m || name_start(t, m, r) != r {
        return None;
    }
    let (aff, role) = split_role(p, m, r);
    let role = role?;
    // "a professor of international law at Renmin University": skip the field.
    let mut r = r;
    if attached(t, r, end, APPOSITION_POST).is_none() && r < end && t[r].any(&["of", "in", "on"]) {
        let mut x = r + 1;
        while x < end && x < r + 6 && t[x].word && !capital(&t[x]) && (!is_stop(&t[x]) || t[x].eq("and")) {
            x += 1;
        }
        if x > r + 1 && attached(t, x, end, APPOSITION_POST).is_some() {
            r = x;
        }
    }
    let (organisation, next) = match attached(t, r, end, APPOSITION_POST) {
        Some((org, next)) => (Some(org), next),
        None => (None, r),
    };
    Some(Apposition { affiliation: aff, role, organisation, next })
}

/// A run of name words from `i`: its end, or `i` when there is none.
fn name_run(t: &[Tok], i: usize, end: usize) -> usize {
    let j = content_run(t, i, end);
    if name_start(t, i, j) == i {
        j
    } else {
        i
    }
}

/// Parse a speaker phrase starting at token `i`, reading no further than `end`.
/// Returns the phrase and the index of the first token after it.
pub(crate) fn phrase(p: &Para, i: usize, end: usize) -> Option<(Phrase, usize)> {
    let t = &p.toks[..];
    let end = end.min(t.len());
    let mut i = i;
    if i >= end {
        return None;
    }
    if t[i].any(&["he", "she"]) {
        return Some((Phrase::Pronoun, i + 1));
    }
    if t[i].eq("who") && i > 0 && t[i - 1].is(',') {
        return Some((Phrase::Relative, i + 1));
    }
    let mut indefinite = false;
    if t[i].any(&["the", "a", "an"]) {
        indefinite = !t[i].eq("the");
        i += 1;
    }
    let j = content_run(t, i, end);
    let mut ns = name_start(t, i, j);
    let (pre_aff, mut role) = split_role(p, i, ns);
    let mut k = j;
    let mut post = None;
    let mut name = (ns < j).then_some((ns, j));
    // "envoy to the U.N.", "envoy for Yemen": where the role serves, not whom it speaks for.
    let mut accredited = false;
    if name.is_none() {
        // "a spokesman for the government, Jane Roe": a body named by its lower-case noun
        // belongs to the role.
        if let Some((r0, _)) = role.filter(|r| r.1 == k && k + 3 < end && t[k].any(&["for", "of", "at"])) {
            if t[k + 1].eq("the") && !capital(&t[k + 2]) && ORG_NOUNS.has(t[k + 2].s) && t[k + 3].is(',') {
                role = Some((r0, k + 3));
                k += 3;
            }
        }
        if let Some((org, next)) = attached(t, k, end, APPOSITION_POST) {
            accredited = t[k].any(&["to", "for"]);
            post = Some(org);
            k = next;
            // "Ambassador to the United Nations Karen Holt": the name ends the run.
            let carved = (2..=4).find(|&n| {
                let org_end = |x: usize| ORG_ENDS.has(t[x].s) || ORG_NOUNS.has(t[x].s);
                org.1 > org.0 + n && (org.1 - n..org.1).all(|x| is_name_word(&t[x])) && !org_end(org.1 - 1) && {
                    let before = t[org.1 - n - 1].s;
                    is_acronym(before)
                        || ORG_ENDS.has(nations::strip_possessive(before))
                        || nations::exactly(before).is_some()
                }
            });
            if let (Some(n), Some(_)) = (carved, role) {
                post = Some((org.0, org.1 - n));
                ns = org.1 - n;
                name = Some((ns, org.1));
            }
        }
        // Role first, then the name: "the group's director, Jane Doe".
        if name.is_none() && k < end && t[k].is(',') && role.is_some() {
            let e = name_run(t, k + 1, end);
            if e > k + 1 {
                ns = k + 1;
                name = Some((ns, e));
                k = e;
            }
        }
    }
    let Some((mut a, b)) = name else {
        return match role {
            Some((_, r1)) if !indefinite => {
                let noun = nations::strip_possessive(t[r1 - 1].s).to_lowercase();
                Some((Phrase::Role(noun), k.max(r1)))
            }
            _ => None,
        };
    };
    while a < b && any_of(HONORIFICS, t[a].s) {
        a += 1;
    }
    if a == b {
        return None;
    }
    // "Chinese Qin Gang": a leading member state is an affiliation, not part of the name.
    let mut prefix = None;
    for n in [2, 1] {
        if b - a >= n + 2 && nations::exactly(p.span(a, a + n - 1)).is_some() {
            prefix = Some((a, a + n));
            a += n;
            break;
        }
    }
    // "Vasily Orlov, 61,": an age.
    let age = |x: usize| t[x].word && t[x].s.len() <= 3 && t[x].s.bytes().all(|b| b.is_ascii_digit());
    if k + 2 < end && t[k].is(',') && age(k + 1) && t[k + 2].is(',') {
        k += 2;
    }
    if post.is_none() {
        if let Some((org, next)) = attached(t, k, end, POST) {
            post = Some(org);
            k = next;
        }
    }
    let (mut app_aff, mut app_role, mut app_post) = (None, None, None);
    if role.is_none() {
        if let Some(app) = apposition(p, k, end) {
            (app_aff, app_role, app_post) = (app.affiliation, Some(app.role), app.organisation);
            k = app.next;
        }
    }
    let text = |r: Option<Span>| r.map(|(x, y)| p.span(x, y - 1));
    let single_plural = b - a == 1 && {
        let w = t[a].s;
        let singular = w.strip_suffix("es").filter(|s| ROLE_NOUNS.has(s));
        singular.is_some() || w.strip_suffix('s').is_some_and(|s| ROLE_NOUNS.has(s))
    };
    if single_plural {
        return None;
    }
    let mut named = Named { name: p.span(a, b - 1).to_string(), ..Named::default() };
    // Where a role was written before the name, its own affiliation and organisation count;
    // otherwise the apposition's.
    let (role_r, role_aff, role_post) =
        if role.is_some() { (role, pre_aff, post) } else { (app_role, app_aff.or(pre_aff), app_post.or(post)) };
    let mut role_text = text(role_r).map(str::to_string);
    let accredited = accredited && role.is_some();
    // "deputy U.S. envoy": a member state inside the role words is the affiliation.
    let mut role_aff = role_aff;
    if let (Some((s, e)), None) = (role_r, role_aff) {
        let inner = (s + 1..e.saturating_sub(1)).find(|&x| capital(&t[x]) && nations::exactly(t[x].s).is_some());
        if let Some(x) = inner {
            role_aff = Some((x, x + 1));
            role_text = Some(format!("{} {}", p.span(s, x - 1), p.span(x + 1, e - 1)));
        }
    }
    // "Deputy U.S. Trade Representative": a title word before the member state is the role's.
    if let (Some((a0, a1)), Some(r)) = (role_aff, &role_text) {
        let lead = (a0..a1).take_while(|&x| is_modifier(&t[x]) && nations::exactly(t[x].s).is_none()).count();
        if lead > 0 && a0 + lead < a1 && nations::exactly(p.span(a0 + lead, a1 - 1)).is_some() {
            role_text = Some(format!("{} {r}", p.span(a0, a0 + lead - 1)));
            role_aff = Some((a0 + lead, a1));
        }
    }
    // "Port authority chief executive": a body's lower-case noun after its one capitalised
    // word belongs to the affiliation (not after a member state: "Chinese foreign ministry").
    if let (Some((a0, a1)), Some((r0, r1))) = (role_aff, role_r) {
        let body = a1 == a0 + 1 && r0 == a1 && r1 > r0 + 1 && !is_acronym(t[a0].s) && !possessive(t[a0].s);
        if body && nations::exactly(t[a0].s).is_none() && !capital(&t[r0]) && ORG_NOUNS.has(t[r0].s) {
            role_aff = Some((a0, r0 + 1));
            role_text = Some(p.span(r0 + 1, r1 - 1).to_string());
        }
    }
    let role_post = role_post.filter(|_| !accredited);
    let candidates = [text(role_aff), text(role_post), text(prefix)];
    let resolved = candidates.iter().flatten().find_map(|c| nations::country_in(c).map(|code| (*c, code)));
    match resolved {
        Some((aff, code)) => {
            named.affiliation = Some(aff.to_string());
            named.country = Some(code);
        }
        None => {
            // "HRW's UN director ... of Human Rights Watch": an unresolved affiliation before
            // the role reads as part of the role when an organisation follows.
            let (before, after) = (text(role_aff), text(role_post));
            // "the Red Cross's chief representative in New York": a possessive owns the role.
            let owner = before.is_some_and(possessive);
            if let (Some(x), Some(_), Some(r), false) = (before, after, &role_text, owner) {
                role_text = Some(format!("{x} {r}"));
                named.affiliation = after.map(str::to_string);
            } else {
                named.affiliation = before.or(after).or(text(prefix)).map(str::to_string);
            }
        }
    }
    if named.country.is_none() && named.affiliation.is_none() {
        // "China said": the speaker is a member state.
        named.country = nations::exactly(&named.name);
    }
    named.role = role_text;
    Some((Phrase::Named(named), k))
}

/// Does the phrase name a person (rather than a country or an organisation)?
pub(crate) fn is_person(n: &Named) -> bool {
    let last = n.name.rsplit(' ').next().unwrap_or("");
    let organisation = ORG_ENDS.has(last) || n.country.is_some() && n.affiliation.is_none();
    !organisation && (n.name.contains(' ') || n.role.is_some())
}

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
    let relative = first.any(&["who", "which", "whose"]);
    // An article, a participle ("writing", "speaking") or a past participle ("joined by").
    let opens = relative
        || first.any(&["a", "an", "the"])
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

/// Parse the subject of a speech verb at `verb`: the phrase must run from `s` right up to
/// the verb (a comma or an adverb like "also" may stand between).
pub(crate) fn subject(p: &Para, s: usize, verb: usize) -> Option<Phrase> {
    let (ph, mut k) = phrase(p, s, verb)?;
    let t = &p.toks;
    k = skip_aside(p, k, verb);
    // "Okafor on Monday called for ...": a weekday may stand between as well.
    let weekday = |x: usize| t.get(x).is_some_and(|w| w.any(WEEKDAYS));
    let gap_ok = (k..verb).all(|x| {
        let w = &t[x];
        let day = w.eq("on") && weekday(x + 1) || weekday(x) && x > 0 && t[x - 1].eq("on");
        day || w.is(',') || w.any(SUBJECT_GAP) || w.word && w.s.ends_with("ly") && !capital(w)
    });
    gap_ok.then_some(ph)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Named {
        let p = Para::new(text);
        match phrase(&p, 0, p.toks.len()) {
            Some((Phrase::Named(n), _)) => n,
            other => panic!("{text}: {other:?}"),
        }
    }

    fn check(text: &str, name: &str, role: Option<&str>, aff: Option<&str>) {
        let n = named(text);
        assert_eq!((n.name.as_str(), n.role.as_deref(), n.affiliation.as_deref()), (name, role, aff), "{text}");
    }

    #[test]
    fn names_roles_affiliations() {
        check("US Ambassador Samantha Power said", "Samantha Power", Some("Ambassador"), Some("US"));
        check(
            "Chinese foreign ministry spokesman Qin Gang.",
            "Qin Gang",
            Some("foreign ministry spokesman"),
            Some("Chinese"),
        );
        check(
            "political counselor Kim Song from the North Korean mission at the United Nations.",
            "Kim Song",
            Some("political counselor"),
            Some("North Korean mission at the United Nations"),
        );
        check("Param-Preet Singh of Human Rights Watch.", "Param-Preet Singh", None, Some("Human Rights Watch"));
        check("John Smith, Britain's ambassador.", "John Smith", Some("ambassador"), Some("Britain's"));
        check("Jane Doe, the UN's human rights chief, said", "Jane Doe", Some("human rights chief"), Some("UN's"));
        check("British Prime Minister David Cameron", "David Cameron", Some("Prime Minister"), Some("British"));
        check("US Secretary of State John Kerry", "John Kerry", Some("Secretary of State"), Some("US"));
        check("Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", None, None);
        check("Martin Luther King", "Martin Luther King", None, None);
        check("the group's director, Jane Doe.", "Jane Doe", Some("director"), None);
        check(
            "Louis Charbonneau, the UN director of Human Rights Watch",
            "Louis Charbonneau",
            Some("UN director"),
            Some("Human Rights Watch"),
        );
        check("Mr Lee Hsien Loong", "Lee Hsien Loong", None, None);
        check("Syrian President Bashar al-Assad", "Bashar al-Assad", Some("President"), Some("Syrian"));
        // A member state inside the title is the affiliation; "to the U.N." is where the
        // envoy serves, so it is kept out of both.
        check("deputy U.S. envoy to the U.N. Jane Roe told", "Jane Roe", Some("deputy envoy"), Some("U.S."));
        check("U.N. special envoy for Yemen Lars Holmberg said", "Lars Holmberg", Some("special envoy"), Some("U.N."));
        check("Erik Sandberg, the group's Europe director.", "Erik Sandberg", Some("Europe director"), None);
        check("Environmental campaigner Lucia Paredes said", "Lucia Paredes", Some("Environmental campaigner"), None);
        check(
            "Port authority chief executive Annelies Bakker",
            "Annelies Bakker",
            Some("chief executive"),
            Some("Port authority"),
        );
        check(
            "Deputy U.S. Trade Representative Mark Ellison said",
            "Mark Ellison",
            Some("Deputy Trade Representative"),
            Some("U.S."),
        );
        // A government's spokesman: the government is the affiliation, as "Kremlin" is.
        check("Government spokesman Jane Roe said", "Jane Roe", Some("spokesman"), Some("Government"));
        check("government spokeswoman Jane Roe said", "Jane Roe", Some("government spokeswoman"), None);
        check("Presidential spokeswoman Jane Roe said", "Jane Roe", Some("Presidential spokeswoman"), None);
        check("a spokesman for the government, Jane Roe, said", "Jane Roe", Some("spokesman for the government"), None);
        // Court titles, council titles, lower-case political labels and "MEP" are roles.
        check("Justice Paul Whitcomb wrote", "Paul Whitcomb", Some("Justice"), None);
        check("Chief Justice Allen Roth wrote", "Allen Roth", Some("Chief Justice"), None);
        check("Councilor Denise Alvarado said", "Denise Alvarado", Some("Councilor"), None);
        check("German conservative Markus Feld said", "Markus Feld", Some("conservative"), Some("German"));
        check("French MEP Lionel Gautrand called", "Lionel Gautrand", Some("MEP"), Some("French"));
        check(
            "Digital affairs commissioner Katrin Lund said",
            "Katrin Lund",
            Some("Digital affairs commissioner"),
            None,
        );
        // A possessive owns the role; the city after it is where the role sits.
        check(
            "Hanne Solberg, the Red Cross's chief representative in New York, said",
            "Hanne Solberg",
            Some("chief representative"),
            Some("Red Cross's"),
        );
    }

    #[test]
    fn pronouns_roles_and_non_speakers() {
        let p = Para::new("he told AFP");
        assert_eq!(phrase(&p, 0, 3).map(|x| x.0), Some(Phrase::Pronoun));
        let p = Para::new("the ambassador said");
        assert_eq!(phrase(&p, 0, 3).map(|x| x.0), Some(Phrase::Role("ambassador".into())));
        let bare = [
            "a government spokesman",
            "a Government spokesman",
            "Government spokesman",
            "a spokesman for the government",
        ];
        for text in ["the UN report released in February", "a spokesman", "Diplomats", "the"].iter().chain(&bare) {
            let p = Para::new(text);
            let got = phrase(&p, 0, p.toks.len()).map(|x| x.0);
            assert!(!matches!(got, Some(Phrase::Named(_))), "{text}: {got:?}");
        }
        let p = Para::new("US Ambassador Samantha Power also said");
        assert!(subject(&p, 0, 5).is_some());
        let p = Para::new("the UN report released in February confirmed");
        assert!(subject(&p, 0, 6).is_none());
        let p = Para::new("Miriam Okafor on Monday called");
        assert!(subject(&p, 0, 4).is_some());
        let p = Para::new("Miriam Okafor on arrival called");
        assert!(subject(&p, 0, 4).is_none());
        // An aside between commas: an apposition, a participle, "joined by".
        for text in [
            "Senator Joan Mercado, a Democrat from New Mexico, said",
            "Justice Paul Whitcomb, writing for the majority, said",
            "Chief Justice Allen Roth, joined by two colleagues, accused",
        ] {
            let p = Para::new(text);
            let verb = p.toks.len() - 1;
            assert!(matches!(subject(&p, 0, verb), Some(Phrase::Named(_))), "{text}");
        }
        // An organisation's last words are no name carved from it; "a spokeswoman" is nobody.
        let p = Para::new("A spokeswoman for the Irish Patients Association said");
        assert!(phrase(&p, 0, p.toks.len() - 1).is_none());
    }
}
