//! Organisations after a speaker's name or role ("of Human Rights Watch", "from the North
//! Korean mission at the United Nations"), and the apposition that may carry them: ", the
//! UN's human rights chief", ", the director of Human Rights Watch".

use crate::tokens::{Para, Tok};

use super::names::{content_run, name_start};
use super::roles::split_role;
use super::words::{any_of, capital, is_acronym, is_role_noun, is_stop};
use super::Span;
use crate::lexicon::speakers::{
    APPOSITION_POST, ARTICLES, CIVIL_BODIES, FIELD_CONNECTORS, ORG_DESCRIPTORS, ORG_ENDS, ORG_JOINERS, ORG_NOUNS,
    PARTY_STANDINGS,
};

/// An organisation's name from `i` ("the North Korean mission at the United Nations").
pub(super) fn organisation(t: &[Tok], i: usize, end: usize) -> Option<Span> {
    let mut m = i;
    if m < end && t[m].eq("the") {
        m += 1;
    }
    let plain = |x: usize| x < end && t[x].word && capital(&t[x]) && !is_stop(&t[x]);
    // "People Not Politicians", "Our Children's Trust": a capitalised small word in the name,
    // before another.
    let named = |x: usize| plain(x) || x < end && t[x].word && capital(&t[x]) && plain(x + 1);
    // "from the opposition Tisza Party": a party's standing before its name is not the name's.
    // "from the main opposition Samagi Jana Balawegaya": two of them.
    let standing = |m: usize| m > i && m < end && t[m].any(PARTY_STANDINGS);
    if standing(m) && standing(m + 1) && named(m + 2) {
        m += 2;
    } else if standing(m) && named(m + 1) {
        m += 1;
    }
    // "managing director of retailer Southern Sparks": the organisation's kind, lower case.
    if m < end && t[m].word && !capital(&t[m]) && t[m].any(ORG_DESCRIPTORS) && named(m + 1) {
        m += 1;
    }
    let start = m;
    if !named(start) {
        return None;
    }
    let mut last = start;
    // "the Istituto Guido Reni | in Bologna": "in" before a place's one or two words, no
    // organisation's among them, ends the name; but a name told with "of" or "for" takes its
    // place in ("Coalition for Justice in East Africa").
    let in_a_place = |m: usize| {
        let place = (m + 1..end.min(m + 4)).take_while(|&x| plain(x)).count();
        let descriptive = (start..m).any(|x| t[x].any(&["of", "for"]));
        t[m].eq("in")
            && !descriptive
            && (1..=2).contains(&place)
            && !(m + 1..m + 1 + place).any(|x| ORG_ENDS.has(t[x].s) || ORG_NOUNS.has(t[x].s) || is_acronym(t[x].s))
    };
    // "Carlyle & Reid Asset Management": an ampersand between two of its words.
    let ampersand = |x: usize| x < end && t[x].is('&') && named(x + 1);
    while m < end && (t[m].word || ampersand(m)) && m - start < 12 {
        if ampersand(m) {
            m += 1;
            continue;
        }
        if named(m) || last + 1 == m && ORG_NOUNS.has(t[m].s) {
            last = m;
        } else if !(any_of(ORG_JOINERS, t[m].s)
            && (named(m + 1) || t.get(m + 1).is_some_and(|n| n.eq("the")) && named(m + 2)))
            || in_a_place(m)
        {
            break;
        }
        m += 1;
    }
    Some((start, last + 1))
}

/// An organisation after one of `connectors` at `k`: its range and the index after it.
pub(super) fn attached(t: &[Tok], k: usize, end: usize, connectors: &[&str]) -> Option<(Span, usize)> {
    if k < end && t[k].any(connectors) {
        organisation(t, k + 1, end).map(|r| (r, r.1))
    } else {
        None
    }
}

/// An apposition after a name: ", the UN's human rights chief", ", Britain's ambassador".
pub(super) struct Apposition {
    pub affiliation: Option<Span>,
    pub role: Span,
    /// The organisation after the role: ", the director of Human Rights Watch".
    pub organisation: Option<Span>,
    /// The organisation is where the speaker is posted: ", the EU ambassador to the UN".
    pub accredited: bool,
    /// The index after the apposition.
    pub next: usize,
}

/// The apposition opening with the comma at `k`, if one does.
pub(super) fn apposition(p: &Para, k: usize, end: usize) -> Option<Apposition> {
    let t = &p.toks[..];
    if !(k < end && t[k].is(',')) {
        return None;
    }
    let mut m = k + 1;
    let article = m < end && t[m].any(ARTICLES);
    if article {
        m += 1;
    }
    let r = content_run(t, m, end);
    // ", the Liberal Democrat MP for Bath": after an article, words ending in a title are a
    // role, not a name ("Martin Luther King" is never "the" one).
    let titled = article && r > m + 1 && is_role_noun(&t[r - 1]);
    if r == m || name_start(t, m, r) != r && !titled {
        return None;
    }
    let (aff, role) = split_role(p, m, r);
    let role = role?;
    let r = r + scan_field(t, r, end);
    let (organisation, next) = match attached(t, r, end, APPOSITION_POST) {
        // "a pastor from Tucson", "an elder from Ohio": a home town, not whom one speaks for.
        // "a street trader in Braamfontein" too.
        Some((org, next)) if t[r].any(&["from", "in"]) && is_place(p, org) => (None, next),
        Some((org, next)) => (Some(org), next),
        None => (None, r),
    };
    let accredited = organisation.is_some() && t[r].eq("to");
    Some(Apposition { affiliation: aff, role, organisation, accredited, next })
}

/// Is the name at `org`, read after "from", a place: capitalised words with no article
/// before them, no organisation's word or acronym among them, and no member state?
pub(super) fn is_place(p: &Para, (a, b): Span) -> bool {
    let t = &p.toks;
    let org_word = |x: usize| {
        ORG_NOUNS.has(t[x].s) || ORG_ENDS.has(t[x].s) || CIVIL_BODIES.contains(&t[x].s) || is_acronym(t[x].s)
    };
    // "from the main opposition Samagi Jana Balawegaya": a party's standing names a party.
    let party = t[a - 1].any(PARTY_STANDINGS);
    !t[a - 1].eq("the") && !party && !(a..b).any(org_word) && crate::nations::country_in(p.span(a, b - 1)).is_none()
}

/// A role's field before its organisation ("of international law" in "a professor of
/// international law at Renmin University"): the tokens it takes from `r`, else 0.
pub(super) fn scan_field(t: &[Tok], r: usize, end: usize) -> usize {
    // "director for Wales at the Confederation of Passenger Transport": a region, then the employer.
    if r + 3 < end && t[r].eq("for") && capital(&t[r + 1]) && t[r + 2].eq("at") {
        return 2;
    }
    // "a lecturer in EU law at Comenius University": a capitalised word that opens the field,
    // not an organisation, when lower-case words follow it.
    let opens_field =
        |((_, b), _): (Span, usize)| t.get(b).is_some_and(|n| b < end && n.word && !capital(n) && !is_stop(n));
    let attached_org = attached(t, r, end, APPOSITION_POST);
    if attached_org.is_none_or(opens_field) && r < end && t[r].any(FIELD_CONNECTORS) {
        let mut x = r + 1;
        // "director for Wales at ...": a place may stand in the field.
        let place = |x: usize| capital(&t[x]) && x == r + 1;
        while x < end && x < r + 6 && t[x].word && (!capital(&t[x]) || place(x)) && (!is_stop(&t[x]) || t[x].eq("and"))
        {
            x += 1;
        }
        if x > r + 1 && attached(t, x, end, APPOSITION_POST).is_some() {
            return x - r;
        }
    }
    0
}
