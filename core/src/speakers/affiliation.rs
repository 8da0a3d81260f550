//! A speaker's affiliation and the member state they speak for, from the words the phrase
//! gives: the role's own affiliation, the organisation after the name, a state before it. A
//! civil body, a party or an organisation's national branch named after a state speaks for
//! none; the state's organs do.

use crate::nations;
use crate::tokens::Para;

use super::roles::Role;
use super::words::{self, possessive};
use super::{Named, Span};
use crate::lexicon::speakers::{CIVIL_BODIES, ELECTED_TITLES, PARTY_MEMBERS, PARTY_NAMES, STATE_ORGANS};

/// The affiliation and member state: the first of the role's affiliation, the
/// organisation and the member state before the name that names a member state; else the
/// words as written.
pub(super) fn resolve_affiliation(
    p: &Para,
    named: &mut Named,
    role: &mut Role,
    post: Option<Span>,
    prefix: Option<Span>,
) {
    let text = |r: Option<Span>| r.map(|(x, y)| p.span(x, y - 1));
    let candidates = [text(role.affiliation), text(post), text(prefix)];
    // "Brazilian Internet Association": a civil body named after its country speaks for no state.
    // "German Council on Foreign Relations": a think tank.
    // Any of its words a civil body's ("University of Ghana", "Confederation of Portuguese
    // Business", "Climate Action Network Türkiye", "Dutch Council for Refugees").
    // "France Unbowed lawmaker": a party named after its state, without the word "party".
    let member = role.text.as_deref().is_some_and(|r| r.rsplit(' ').next().is_some_and(|w| PARTY_MEMBERS.contains(&w)));
    let party = |c: &str| {
        member
            && c.split_once(' ').is_some_and(|(state, rest)| {
                nations::exactly(state).is_some()
                    && !nations::is_demonym(state)
                    && rest.split(' ').all(words::party_word)
            })
    };
    // "campaigns director at River Action UK": an organisation's national branch, named with the
    // state's name last, is no organ of the state.
    let branch = |c: &str| {
        let Some(((first, _), (_, last))) = c.split_once(' ').zip(c.rsplit_once(' ')) else { return false };
        last.starts_with(char::is_uppercase)
            && !c.split(' ').any(|w| STATE_ORGANS.contains(&w))
            && nations::exactly(last).is_some()
            && nations::exactly(first).is_none()
            && nations::exactly(c).is_none()
    };
    let civil = |c: &str| {
        party(c)
            || branch(c)
            || c.contains(' ') && c.split(' ').any(|w| CIVIL_BODIES.contains(&w))
            || c.contains("Council on ")
            || c.contains("Council for ")
    };
    let resolved =
        candidates.iter().flatten().filter(|c| !civil(c)).find_map(|c| nations::country_in(c).map(|code| (*c, code)));
    // "Georgia Senate Minority Leader", "Georgia's secretary of state": the US state.
    let resolved = resolved.filter(|&(_, code)| !(code == "GE" && role.text.as_deref().is_some_and(us_state_office)));
    match resolved {
        Some((aff, code)) => {
            named.affiliation = Some(aff.to_string());
            named.country = Some(code);
        }
        None => {
            // "HRW's UN director ... of Human Rights Watch": an unresolved affiliation before
            // the role reads as part of the role when an organisation follows.
            let (before, after) = (text(role.affiliation), text(post));
            // "the Red Cross's chief representative in New York": a possessive owns the role.
            let owner = before.is_some_and(possessive);
            // "Republican Representative Jane Roe of Medford": the party is the affiliation,
            // the place after the name her constituency.
            let elected = role.text.as_deref().is_some_and(|r| ELECTED_TITLES.contains(&r))
                && before.is_some_and(|x| PARTY_NAMES.contains(&x));
            if elected {
                named.affiliation = before.map(str::to_string);
            } else if let (Some(x), Some(_), Some(r), false) = (before, after, &role.text, owner) {
                role.text = Some(format!("{x} {r}"));
                named.affiliation = after.map(str::to_string);
            } else {
                named.affiliation = before.or(after).or(text(prefix)).map(str::to_string);
            }
        }
    }
    // "Georgia | Senate Minority Leader": the chamber belongs with the state, not the role.
    if let (Some(aff), Some(r)) = (&named.affiliation, &role.text) {
        if let Some((chamber, rest)) = r.split_once(' ').filter(|(c, rest)| US_CHAMBERS.contains(c) && !rest.is_empty())
        {
            // Not a party's ("NDP House leader"): its leader in the chamber.
            let party = PARTY_NAMES.contains(&aff.as_str()) || words::is_acronym(aff);
            if named.country.is_none() && !aff.ends_with(['s', '\'', '\u{2019}']) && !party {
                named.affiliation = Some(format!("{aff} {chamber}"));
                role.text = Some(rest.to_string());
            }
        }
    }
    if named.country.is_none() && named.affiliation.is_none() {
        // "China said": the speaker is a member state.
        named.country = nations::exactly(&named.name);
    }
}

/// Chambers of a US state's legislature, which open a role ("Senate Minority Leader").
const US_CHAMBERS: &[&str] = &["Senate", "House", "Assembly"];

/// A role that only a US state has, so "Georgia" before it is the state, not the country:
/// its legislature's offices, governor, secretary of state, a county's.
fn us_state_office(role: &str) -> bool {
    let lower = role.to_ascii_lowercase();
    let first = lower.split(' ').next().unwrap_or("");
    matches!(first, "senate" | "house" | "state" | "governor" | "gov." | "lieutenant" | "county")
        || lower.contains("secretary of state")
        || lower.contains("governor")
        || lower.contains("legislat")
}
