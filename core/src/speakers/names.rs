//! Where the words of a speaker phrase run to, and where the name among them starts:
//! "Chinese foreign ministry spokesman | Qin Gang", "Luiz Inacio Lula da Silva". Also the
//! small scans around a name: honorifics, a leading member state, an age.

use crate::nations;
use crate::tokens::{Para, Tok};

use super::portfolio::{portfolio_end, scan_portfolio};
use super::words::{
    capital, is_acronym, is_modifier, is_name_word, is_particle, is_plural_role, is_role_noun, is_role_word,
    is_speech_verb, is_stop, possessive,
};
use crate::lexicon::speakers::{
    CIVIL_BODIES, HONORIFICS, OF_ROLE, ORG_ENDS, ORG_NAME_JOINERS, STATE_COUNCILS, STATE_ORGANS, SUBJECT_GAP, WEEKDAYS,
};
use crate::lexicon::unvotes::MONTHS;

/// End (exclusive) of the run of words a speaker phrase can be made of, from `i`.
pub(super) fn content_run(t: &[Tok], i: usize, end: usize) -> usize {
    let mut j = i;
    let mut budget = 12;
    while j < end && j - i < budget {
        let w = &t[j];
        // "Scottish Land & Estates": an ampersand between capitalised words of a name.
        let ampersand = w.is('&') && j > i && capital(&t[j - 1]) && t.get(j + 1).is_some_and(|n| n.word && capital(n));
        if ampersand {
            j += 1;
            continue;
        }
        if !w.word {
            break;
        }
        if capital(w) {
            // "Reporters Without Borders": a capitalised small word inside a name runs on.
            let inside =
                j > i && capital(&t[j - 1]) && t.get(j + 1).is_some_and(|n| n.word && capital(n) && !is_stop(n));
            // "All India Gaming Federation": a capitalised small word opening an organisation's
            // name, when its head word follows among the capitalised words.
            let opens = || {
                let head = |x: &Tok| x.any(CIVIL_BODIES) || ORG_ENDS.has(x.s);
                j == i && t[j + 1..end.min(j + 7)].iter().take_while(|x| capital(x) && !is_stop(x)).any(head)
            };
            let stop = is_stop(w);
            // "Follow the Money North", "Save the Children": a lower-case "the" inside one.
            let the = || t[j + 1].eq("the") && t.get(j + 2).is_some_and(|n| capital(n) && !is_stop(n));
            if !stop && j + 1 < end && the() && !is_role_noun(w) && !is_speech_verb(w) {
                j += 2;
                continue;
            }
            if stop && !inside && !opens() {
                break;
            }
            j += 1;
            // "Minister of Human Rights", "Secretary of State": the title's portfolio, which
            // does not count against the run's length.
            let tail = scan_portfolio(t, j, end);
            j += tail;
            budget += tail;
            continue;
        }
        // "Health and Care Services Minister": "and" inside a capitalised title, when a
        // capitalised role noun follows within four words (not "Power and Qin Gang").
        // "Bank of England Governor Claire Whitfield": "of" inside an organisation's name too.
        if w.any(&["and", "&", "of", "on", "for"]) && j > i && capital(&t[j - 1]) {
            // "Mining and Energy Union national secretary": or, after "and", an organisation's head.
            let and = !w.eq("of");
            let head = |x: usize| is_role_noun(&t[x]) || and && (ORG_ENDS.has(t[x].s) || t[x].any(CIVIL_BODIES));
            let caps = (j + 1..end.min(j + 5)).take_while(|&x| capital(&t[x]) && !is_stop(&t[x]));
            let last_cap = caps.clone().last();
            // "Freedom and Direct Democracy leader": a lower-case role noun right after them.
            let role_after = last_cap.is_some_and(|x| t.get(x + 1).is_some_and(|n| x + 1 < end && is_role_noun(n)));
            // "Fire and Emergency New Zealand": a name ending in its state's.
            let state_last = last_cap.is_some_and(|x| nation_at_end(t, j + 1, x + 1));
            let title = w.any(&["and", "&", "of"])
                && (caps.clone().any(head) || w.any(&["and", "&"]) && (role_after || state_last && j == i + 1));
            // "the International Organisation of Employers", "the Council on Legislation": an
            // organisation's "of", "on" or "for" (not "the Council on Monday").
            // "the ACLU of Northern California": an organisation's acronym, no state's, before "of".
            let body_acronym = |x: &Tok| w.eq("of") && is_acronym(x.s) && nations::exactly(x.s).is_none();
            let organisation = w.any(ORG_NAME_JOINERS)
                && (ORG_ENDS.has(t[j - 1].s) || body_acronym(&t[j - 1]))
                && t.get(j + 1).is_some_and(|n| capital(n) && !is_stop(n) && !n.any(WEEKDAYS) && !n.any(&MONTHS));
            // "Ministry of SMEs and Startups": "and" inside an organisation's "of".
            let org_of = |x: usize| x > i && org_of_at(t, x);
            let org_and = w.any(&["and", "&"])
                && (i..j).any(org_of)
                && t.get(j + 1).is_some_and(|n| j + 1 < end && capital(n) && !is_stop(n));
            if title || organisation || org_and {
                j += 1;
                continue;
            }
            // "the International Committee of the Red Cross": an organisation's "of the".
            let of_the = w.eq("of")
                && ORG_ENDS.has(t[j - 1].s)
                && t[j + 1..end].first().is_some_and(|n| n.eq("the"))
                && t[j + 2..end]
                    .first()
                    .is_some_and(|n| capital(n) && !is_stop(n) && !n.any(WEEKDAYS) && !n.any(&MONTHS));
            if of_the {
                j += 2;
                continue;
            }
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
        // "the AU's peace and security commissioner": "and" between lower-case role words.
        let joined = |k: usize| {
            t[k].eq("and")
                && k > j
                && (k + 1..end.min(k + 4)).take_while(|&x| t[x].word && !capital(&t[x])).any(|x| is_role_noun(&t[x]))
        };
        while k < end
            && k - j < 6
            && t[k].word
            && (!capital(&t[k]) || inner_acronym(k))
            && (!is_stop(&t[k]) || joined(k))
        {
            if is_role_word(&t[k]) {
                last_role = Some(k);
                // "the state's secretary of state", lower case as in capitals.
                if is_role_noun(&t[k])
                    && k + 2 < end
                    && t[k + 1].s == "of"
                    && t[k + 2].any(OF_ROLE)
                    && !capital(&t[k + 2])
                {
                    last_role = Some(k + 2);
                    k += 2;
                }
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

/// A possessive of people in the plural, inside an organisation's name: "Bishops'", "Workers'",
/// "Fishermen's", "Women's", "Children's" (not "Britain's").
fn group_possessive(w: &str) -> bool {
    let irregular = ["men's", "men\u{2019}s", "children's", "children\u{2019}s", "people's", "people\u{2019}s"];
    crate::tokens::is_plural_possessive(w)
        || irregular.iter().any(|e| {
            w.len() > e.len() && w.is_char_boundary(w.len() - e.len()) && w[w.len() - e.len()..].eq_ignore_ascii_case(e)
        })
}

/// Is the token at `x` (after another) an organisation's "of": "Ministry | of", "Association |
/// of"?
fn org_of_at(t: &[Tok], x: usize) -> bool {
    x > 0 && t[x].eq("of") && ORG_ENDS.has(t[x - 1].s)
}

/// Do the words `[a, b)` end in a member state's name, with a word of their own before it
/// ("Emergency | New Zealand")?
fn nation_at_end(t: &[Tok], a: usize, b: usize) -> bool {
    (1..=2).any(|n| {
        b > a + n && {
            let name: Vec<&str> = t[b - n..b].iter().map(|x| x.s).collect();
            nations::exactly(&name.join(" ")).is_some()
        }
    })
}

/// Where the name at the end of the run `[i, j)` starts (`j` when the run ends in no name).
pub(super) fn name_start(t: &[Tok], i: usize, j: usize) -> usize {
    // "WWF", "UNICEF": an organisation's acronym alone, no member state's, is its name.
    // Not "the UN report": what follows is a mark, a speech verb or a word between a subject
    // and its verb.
    let acronym = |x: &Tok| x.word && is_acronym(x.s) && !possessive(x.s) && nations::exactly(x.s).is_none();
    let verb_next = || t.get(j).is_none_or(|n| !n.word || is_speech_verb(n) || n.any(SUBJECT_GAP) || n.eq("on"));
    if j == i + 1 && acronym(&t[i]) && !is_stop(&t[i]) && verb_next() {
        return i;
    }
    // "Water UK", "Amnesty International UK": an organisation's national branch, named with the state's letters.
    let branch =
        j >= i + 2 && is_acronym(t[j - 1].s) && nations::exactly(t[j - 1].s).is_some() && is_name_word(&t[j - 2]);
    let j = j - usize::from(branch);
    let mut s = j;
    // "Norwegian Refugee Council": a run ending in an organisation's head word is its name, a
    // role noun inside it too.
    let organisation = || j > i + 1 && capital(&t[j - 1]) && (ORG_ENDS.has(t[j - 1].s) || t[j - 1].any(CIVIL_BODIES));
    // "Catholic Bishops' Conference of the Philippines": or an organisation's "of" after it.
    let org_with_of = || organisation() || (i + 1..j).any(|x| org_of_at(t, x));
    while s > i {
        let w = &t[s - 1];
        // "Governors Alan Pritchard and Sandra Kim": a plural title opening the run, before a
        // name (not "Reporters Without Borders").
        if s - 1 == i && s < j && is_plural_role(w.s) && !is_stop(&t[s]) {
            break;
        }
        let ok = if is_role_noun(w) && capital(w) {
            // "National Association of Head Teachers": after an organisation's "of".
            let org_of = s < j && s >= i + 3 && org_of_at(t, s - 2);
            // "Martin Luther King", but not "US Ambassador" or "Prime Minister".
            org_of
                || s < j && !is_modifier(w) && organisation()
                || s == j && s >= i + 2 && {
                    let before = &t[s - 2];
                    // Nor "French Ambassador": a member state's adjective before the title.
                    is_name_word(before) && !is_modifier(before) && nations::exactly(before.s).is_none()
                }
        } else if is_particle(w) {
            // A particle needs a name word before it (past other particles).
            let mut x = s - 1;
            while x > i && is_particle(&t[x - 1]) {
                x -= 1;
            }
            s < j && x > i && is_name_word(&t[x - 1])
        } else {
            // "Reporters Without Borders": a capitalised small word between name words.
            // "Follow the Money North": a lower-case "the" between them.
            // "International Committee of the Red Cross": a "the" after an organisation's "of".
            let inner_small = (capital(w) && is_stop(w) || w.eq("the"))
                && s < j
                && s >= i + 2
                && (is_name_word(&t[s - 2]) || w.eq("the") && org_of_at(t, s - 2));
            // "International Organisation of Employers": an organisation's "of".
            let organisation_of = w.any(ORG_NAME_JOINERS)
                && s < j
                && s >= i + 2
                && (ORG_ENDS.has(t[s - 2].s)
                    || w.eq("of") && is_acronym(t[s - 2].s) && nations::exactly(t[s - 2].s).is_none());
            // "All India Gaming Federation": a capitalised small word opening an organisation's.
            // "U.N. World Food Programme": an acronym opening an organisation's name, no state's.
            let acronym_opener =
                || s - 1 == i && s < j && is_acronym(w.s) && nations::exactly(w.s).is_none() && organisation();
            let opener = s - 1 == i && s < j && capital(w) && is_stop(w) && organisation() || acronym_opener();
            // "Citizens' Ballot Watch", "National Fishworkers' Forum": a plural possessive inside
            // an organisation's name.
            let plural_possessive = s < j && capital(w) && group_possessive(w.s) && org_with_of();
            // "ACLU | of Northern California".
            let acronym_of = s < j && t[s].eq("of") && is_acronym(w.s) && nations::exactly(w.s).is_none();
            // "University and College Union": a word joined into an organisation's name; or
            // "Amnesty International and Human Rights Watch": two organisations speaking as one.
            // "Scottish Land & Estates", "Marks & Spencer": an ampersand joins no people's names.
            let ampersand = w.is('&') && s < j && s >= i + 2 && capital(&t[s - 2]);
            let and = w.any(&["and", "&"]) || w.is('&');
            let joined = ampersand
                || and
                    && s < j
                    && s >= i + 2
                    && capital(&t[s - 2])
                    // "Slovak Agricultural and Food Chamber": a state's adjective, a word, "and".
                && (s == i + 2 || ORG_ENDS.has(t[s - 2].s) || s == i + 3 && nations::is_demonym(t[i].s))
                    && (organisation() || s == i + 2 && nations::exactly(t[i].s).is_none() && nation_at_end(t, s, j));
            // "Ministry of SMEs and Startups", "Master Builders Association of NSW": after an
            // organisation's "of", its "and" and an acronym (the name's last word too).
            let org_of = |x: usize| x > i && org_of_at(t, x);
            let after_of = s >= i + 2
                && (w.any(&["and", "&"]) && s < j && (i..s - 1).any(org_of) || is_acronym(w.s) && org_of(s - 2));
            is_name_word(w)
                || inner_small
                || organisation_of
                || opener
                || plural_possessive
                || acronym_of
                || joined
                || after_of
        };
        if !ok {
            break;
        }
        s -= 1;
    }
    // "Secretary of State John Kerry": "State" belongs to the role; but "the International
    // Organisation of Employers" is one name.
    if s > i && s < j && t[s - 1].s == "of" && s >= i + 2 && is_role_noun(&t[s - 2]) {
        s += 1;
    }
    while s < j && is_particle(&t[s]) {
        s += 1;
    }
    // "Deputy High Commissioner for Human Rights | Marta Oyarzún": not inside a portfolio.
    portfolio_end(t, i, j).map_or(s, |e| s.max(e))
}

/// A run of name words from `i`: its end, or `i` when there is none.
pub(super) fn name_run(t: &[Tok], i: usize, end: usize) -> usize {
    let j = content_run(t, i, end);
    if name_start(t, i, j) == i {
        j
    } else {
        i
    }
}

/// Honorifics opening the name `[a, b)` ("Mr", "Dr"): how many tokens they take.
pub(super) fn scan_honorifics(t: &[Tok], a: usize, b: usize) -> usize {
    (a..b).take_while(|&x| super::words::any_of(HONORIFICS, t[x].s)).count()
}

/// A member state opening a name of at least that many words plus two ("Chinese Qin
/// Gang"): how many tokens it takes (0 when there is none). It is an affiliation, not part
/// of the name.
pub(super) fn scan_state_prefix(p: &Para, a: usize, b: usize) -> usize {
    // "Ghana Anti-Corruption Coalition": a civil body named after its country keeps the name.
    // So does "Norwegian Refugee Council", but not the state's "Russian Security Council".
    let t = &p.toks;
    let council = b >= a + 3 && t[b - 1].eq("Council") && !t[b - 2].any(STATE_COUNCILS);
    // "Nigeria Labour Congress", "Japan Federation of Bar Associations": after the state's name
    // (not its adjective), an organisation's head that is no organ of the state.
    let head = |x: &Tok| {
        let w = x.s.strip_suffix('s').filter(|w| ORG_ENDS.has(w)).unwrap_or(x.s);
        x.cap() && (ORG_ENDS.has(w) || x.any(CIVIL_BODIES))
    };
    let named_after = || {
        let (first, rest) = (&t[a], &t[a + 1..b]);
        nations::exactly(first.s).is_some()
            && !nations::is_demonym(first.s)
            && rest.iter().any(head)
            && !rest.iter().any(|x| x.any(STATE_ORGANS))
    };
    // "Hungarian Helsinki Committee": a civil body's word inside an organisation's name.
    let inner = b >= a + 3 && ORG_ENDS.has(t[b - 1].s) && t[a + 1..b - 1].iter().any(|x| x.any(CIVIL_BODIES));
    // "Spanish Confederation of Property Owners": a civil body's word before its "of".
    let inner = inner || (a + 1..b.saturating_sub(2)).any(|x| t[x].any(CIVIL_BODIES) && t[x + 1].eq("of"));
    let civil = b > a && t[b - 1].any(CIVIL_BODIES) || council || inner || b >= a + 3 && named_after();
    if civil {
        return 0;
    }
    [2, 1].into_iter().find(|&n| b - a >= n + 2 && nations::exactly(p.span(a, a + n - 1)).is_some()).unwrap_or(0)
}

/// An age between commas after a name ("Vasily Orlov, 61, said"): the tokens it takes
/// from the opening comma at `k` up to (not including) the closing one, else 0.
pub(super) fn scan_age(t: &[Tok], k: usize, end: usize) -> usize {
    let age = |x: usize| t[x].word && t[x].s.len() <= 3 && t[x].s.bytes().all(|b| b.is_ascii_digit());
    if k + 2 < end && t[k].is(',') && age(k + 1) && t[k + 2].is(',') {
        2
    } else {
        0
    }
}
