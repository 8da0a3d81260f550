//! Word classes a speaker phrase is read with: capitals, role nouns, name words, particles,
//! acronyms, possessives. Each answers for one token; the vocabularies are in
//! [`crate::lexicon::speakers`].

use crate::nations;
use crate::tokens::Tok;

use crate::lexicon::speakers::{
    DESCRIPTORS, FUNCTION_WORDS, LOWER_ONLY, NAME_PREFIXES, ORG_NOUNS, PARTICIPLES, PARTICLES, ROLE_MODIFIERS,
    ROLE_NOUNS, ROLE_SUFFIXES, SPEECH_VERBS,
};

/// A participle like "saying", "adding".
pub(crate) fn is_participle(t: &Tok) -> bool {
    t.word && PARTICIPLES.has(t.s)
}

/// `w` is one of `list`, ignoring ASCII case (punctuation included).
pub(super) fn any_of(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// A word ending in a possessive "'s" or a bare apostrophe.
pub(super) fn possessive(w: &str) -> bool {
    crate::tokens::is_possessive(w)
}

/// A token that starts with a capital, or with "al-"/"el-" and then one.
pub(super) fn capital(t: &Tok) -> bool {
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

/// A word of a party's own name, as after its state in "France Unbowed lawmaker": capitalised,
/// and no body's noun, title word or member state ("Coast Guard", "Foreign", "Korean" are not).
pub(super) fn party_word(w: &str) -> bool {
    let participle = w.len() > 5 && w.ends_with("ing");
    w.starts_with(char::is_uppercase)
        && !(ORG_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || participle)
        && nations::exactly(w).is_none()
}

/// An attribution verb ("said", "told", "added", ...).
pub(crate) fn is_speech_verb(t: &Tok) -> bool {
    t.word && SPEECH_VERBS.has(t.s)
}

fn is_function_word(t: &Tok) -> bool {
    // "WHO Director-General ...": an acronym in capitals is a name, not "who".
    let capitals = t.s.len() >= 3 && t.s.bytes().all(|b| b.is_ascii_uppercase());
    !capitals && FUNCTION_WORDS.has(t.s) || !capital(t) && any_of(LOWER_ONLY, t.s)
}

/// Words that end a speaker phrase.
pub(super) fn is_stop(t: &Tok) -> bool {
    !t.word || is_function_word(t) || is_speech_verb(t)
}

/// A role noun ("ambassador", "spokesman"), possessive or not.
pub(super) fn is_role_noun(t: &Tok) -> bool {
    let w = nations::strip_possessive(t.s);
    // "co-leader", "co-chair", "vice-chair": a prefixed role noun.
    let unprefixed = ["co-", "Co-", "vice-", "Vice-"].iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w);
    // "MS" (a member of the Senedd) only in capitals: "Ms" is an honorific.
    t.word && (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(unprefixed) || w == "MS" || has_role_suffix(w))
}

/// "psychiatrist", "marine biologist", "statistician": a calling told by its ending, in lower
/// case (not "Galician").
fn has_role_suffix(w: &str) -> bool {
    if !w.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let lower = |x: &str| {
        w.len() > x.len() + 2 && w.is_char_boundary(w.len() - x.len()) && w[w.len() - x.len()..].eq_ignore_ascii_case(x)
    };
    ROLE_SUFFIXES.iter().any(|x| lower(x))
}

/// A role noun, or a lower-case political label standing for one ("conservative").
pub(super) fn is_role_word(t: &Tok) -> bool {
    is_role_noun(t) || t.word && !capital(t) && DESCRIPTORS.has(t.s)
}

/// "Foreign" in "Foreign Minister", "Presiding" in "Presiding Judge".
pub(super) fn is_modifier(t: &Tok) -> bool {
    // "Two-time Olympic champion": a count of times is the role's too.
    let times = t.s.len() > 5 && t.s.as_bytes()[t.s.len() - 5..].eq_ignore_ascii_case(b"-time");
    t.word && (ROLE_MODIFIERS.has(t.s) || t.s.len() > 5 && t.s.ends_with("ing") || times)
}

/// A particle inside a name: "da", "van", "bin".
pub(super) fn is_particle(t: &Tok) -> bool {
    t.word && PARTICLES.contains(&t.s)
}

/// A lower-case particle that may open a surname: "de" in "de Vries".
pub(crate) fn is_name_particle(t: &Tok) -> bool {
    is_particle(t)
}

/// "US", "U.S.", "HRW's": two or more letters, none lower case (a possessive aside).
pub(super) fn is_acronym(w: &str) -> bool {
    let w = nations::strip_possessive(w);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !w.chars().any(char::is_lowercase)
}

/// A word that can be part of a person's or organisation's name.
pub(super) fn is_name_word(t: &Tok) -> bool {
    if !t.word || possessive(t.s) || !capital(t) || is_stop(t) || is_role_noun(t) {
        return false;
    }
    let initial = t.s.len() == 2 && t.s.ends_with('.');
    initial || !is_acronym(t.s)
}

/// The singular of a plural role noun ("Governors" → "Governor"), else the word.
pub(super) fn singular_role(w: &str) -> &str {
    let es = w.strip_suffix("es").filter(|s| ROLE_NOUNS.has(s));
    es.or_else(|| w.strip_suffix('s').filter(|s| ROLE_NOUNS.has(s))).unwrap_or(w)
}

/// A one-word plural of a role noun ("Diplomats", "Ministers"): a group, not a name.
pub(super) fn is_plural_role(w: &str) -> bool {
    let singular = w.strip_suffix("es").filter(|s| ROLE_NOUNS.has(s));
    singular.is_some() || w.strip_suffix('s').is_some_and(|s| ROLE_NOUNS.has(s))
}
