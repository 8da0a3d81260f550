//! A title's portfolio written after it: "Minister of Human Rights", "Deputy High
//! Commissioner for Human Rights", "Minister for Housing, Local Government and Heritage",
//! "Minister of Municipal Affairs and Minister Responsible for Housing", "Minister in the
//! Prime Minister's Department for Law and Institutional Reform". The portfolio is the
//! role's, never an organisation the speaker speaks for; "Executive Director of Human Rights
//! Watch" names an organisation, told by its last word.

use crate::nations;
use crate::tokens::Tok;

use super::words::{capital, is_acronym, is_role_noun, is_speech_verb, is_stop};
use crate::lexicon::speakers::{ORG_ENDS, PORTFOLIO_WORDS};

/// How many tokens from `k` continue the capitalised title ending at `k - 1` with its
/// portfolio, reading no further than `end`; 0 when none does.
pub(super) fn scan_portfolio(t: &[Tok], k: usize, end: usize) -> usize {
    if k == 0 || k >= end || !capital(&t[k - 1]) || !is_role_noun(&t[k - 1]) {
        return 0;
    }
    let mut x = k;
    loop {
        let field = scan_connector(t, x, end);
        if field == 0 {
            break;
        }
        let words = scan_fields(t, x + field, end);
        // "Director of Human Rights Watch": an organisation's head word ends the name.
        let after = x + field + words;
        if words == 0 || after < end && capital(&t[after]) && ORG_ENDS.has(t[after].s) {
            break;
        }
        x = after;
        // "... Affairs and Minister Responsible for Housing": a second title joined by "and".
        let second = x + 1 < end && t[x].eq("and") && capital(&t[x + 1]) && is_role_noun(&t[x + 1]);
        if !second {
            break;
        }
        let responsible = usize::from(x + 2 < end && t[x + 2].eq("Responsible"));
        if scan_connector(t, x + 2 + responsible, end) == 0 {
            break;
        }
        x += 2 + responsible;
    }
    x - k
}

/// "of", "for", "on" before a portfolio; "in the Prime Minister's Department" (then its own
/// "for"): how many tokens, 0 when none.
fn scan_connector(t: &[Tok], k: usize, end: usize) -> usize {
    if k + 1 >= end {
        return 0;
    }
    if t[k].any(&["of", "for", "on"]) && capital(&t[k + 1]) {
        return 1;
    }
    // "Minister of the Interior and Safety".
    let field = |x: usize| x < end && capital(&t[x]) && PORTFOLIO_WORDS.has(t[x].s);
    if k + 2 < end && t[k].any(&["of", "for"]) && t[k + 1].eq("the") && field(k + 2) {
        return 2;
    }
    // "in the Prime Minister's Department for": capitalised words up to an office's noun.
    if t[k].eq("in") && t[k + 1].eq("the") {
        let office = (k + 2..end.min(k + 7))
            .take_while(|&x| t[x].word && capital(&t[x]))
            .find(|&x| t[x].any(&["Department", "Office"]));
        if let Some(o) = office.filter(|&o| o + 2 < end && t[o + 1].eq("for") && capital(&t[o + 2])) {
            return o + 2 - k;
        }
    }
    0
}

/// The portfolio's words from `k`: capitalised words, joined by "and", "&" or a comma before
/// a word of [`PORTFOLIO_WORDS`] ("Housing, Local Government and Heritage"). It ends at its
/// last word of the list, before the name ("... and Islands | Morag Strachan"), but for one
/// word more when a comma and the name follow ("Minister for Transport and Climate
/// Adaptation, Nikolaj Brandt-Sørensen,"); never with two ("Secretary of State | Antony
/// Blinken, who ...").
fn scan_fields(t: &[Tok], k: usize, end: usize) -> usize {
    // A role noun ends the portfolio ("... and Minister Responsible for Housing"), unless it is
    // one ("Minister for Justice").
    let word = |x: usize| {
        x < end
            && t[x].word
            && capital(&t[x])
            && !is_stop(&t[x])
            && (!is_role_noun(&t[x]) || PORTFOLIO_WORDS.has(t[x].s))
    };
    let field = |x: usize| word(x) && PORTFOLIO_WORDS.has(t[x].s);
    if !word(k) {
        return 0;
    }
    let (mut x, mut last_field) = (k, None);
    while word(x) {
        if field(x) {
            last_field = Some(x);
        }
        x += 1;
        let joined = x + 1 < end && (t[x].any(&["and", "&"]) && word(x + 1) || t[x].is(',') && field(x + 1));
        if joined {
            x += 1;
        }
    }
    // The comma may be just past `end`, the run of words the portfolio was read in.
    let named_after = t.get(x).is_some_and(|c| c.is(',')) && t.get(x + 1).is_some_and(|n| n.word && capital(n));
    let tail = (last_field.map_or(k, |f| f + 1)..x).filter(|&y| t[y].word && capital(&t[y])).count();
    // "Union Minister for Jal Shakti | Raghunath Deshpande said": no word of the list, three
    // capitalised words or more before a speech verb or a comma: the last two are the name's.
    // Only a minister's or a secretary's, and never a state ("Prime Minister of Japan").
    let closes = t.get(x).is_some_and(|n| n.is(',') || is_speech_verb(n));
    let plain = (k..x).all(|y| t[y].word && capital(&t[y]) && !is_acronym(t[y].s));
    let minister = k >= 2 && t[k - 2].any(&["Minister", "Secretary"]);
    let state = || nations::exactly(t[k].s).is_some();
    if last_field.is_none() && closes && plain && minister && x >= k + 3 && !state() {
        return x - 2 - k;
    }
    if named_after && tail <= 1 {
        x - k
    } else {
        last_field.map_or(0, |f| f + 1 - k)
    }
}

/// Where the portfolio inside the run `[i, j)` ends, when one does: a name can only start
/// after it.
pub(super) fn portfolio_end(t: &[Tok], i: usize, j: usize) -> Option<usize> {
    (i + 1..j).find_map(|k| Some(k + scan_portfolio(t, k, j)).filter(|&e| e > k))
}

/// Where the title that the portfolio ending at `j` belongs to ends: "Minister" in "Minister
/// of Human Rights".
pub(super) fn title_before(t: &[Tok], i: usize, j: usize) -> Option<usize> {
    (i + 1..j).find(|&k| k + scan_portfolio(t, k, j) == j)
}

#[cfg(test)]
mod tests {
    use crate::speakers::{phrase, Phrase};
    use crate::tokens::Para;

    fn reads(text: &str, name: &str, role: &str, aff: Option<&str>) {
        let p = Para::new(text);
        let Some((Phrase::Named(n), _)) = phrase(&p, 0, p.toks.len()) else { panic!("{text}: no name") };
        assert_eq!((n.name.as_str(), n.role.as_deref(), n.affiliation.as_deref()), (name, Some(role), aff), "{text}");
    }

    #[test]
    fn unseen_names_and_places() {
        // A portfolio of words not in the list leaves the name its last two words.
        reads(
            "Union Minister for Jal Shakti Raghunath Deshpande said",
            "Raghunath Deshpande",
            "Minister for Jal Shakti",
            Some("Union"),
        );
        // A province that holds a state's name is no state.
        reads("British Columbia Premier Daniel Ng told", "Daniel Ng", "Premier", Some("British Columbia"));
        let p = Para::new("The International Committee of the Red Cross said");
        let Some((Phrase::Named(n), _)) = phrase(&p, 0, p.toks.len()) else { panic!("no name") };
        assert_eq!(n.name, "International Committee of the Red Cross");
        for (text, name) in [
            ("The Master Builders Association of NSW said", "Master Builders Association of NSW"),
            ("The Association of Banks in Israel said", "Association of Banks in Israel"),
        ] {
            let p = Para::new(text);
            let Some((Phrase::Named(n), _)) = phrase(&p, 0, p.toks.len()) else { panic!("{text}: no name") };
            assert_eq!(n.name, name);
        }
    }

    #[test]
    fn a_portfolio_after_its_title_is_the_roles() {
        reads(
            "Congo's Minister of Human Rights, Chantal Mbuyi-Kalala, told",
            "Chantal Mbuyi-Kalala",
            "Minister of Human Rights",
            Some("Congo's"),
        );
        reads(
            "U.N. Deputy High Commissioner for Human Rights Marta Oyarzún told",
            "Marta Oyarzún",
            "Deputy High Commissioner for Human Rights",
            Some("U.N."),
        );
        reads(
            "Irish Minister for Housing, Local Government and Heritage Darragh Byrne said",
            "Darragh Byrne",
            "Minister for Housing, Local Government and Heritage",
            Some("Irish"),
        );
        reads(
            "the Minister of Municipal Affairs and Minister Responsible for Housing, Josée Lapierre, told",
            "Josée Lapierre",
            "Minister of Municipal Affairs and Minister Responsible for Housing",
            None,
        );
        reads(
            "Minister in the Prime Minister's Department for Law and Institutional Reform Nurul Aishah Kamaruddin told",
            "Nurul Aishah Kamaruddin",
            "Minister in the Prime Minister's Department for Law and Institutional Reform",
            None,
        );
    }

    #[test]
    fn a_portfolio_closed_by_a_comma_or_ending_in_a_known_word() {
        // Before the comma, any capitalised word is the portfolio's.
        reads(
            "The Minister for Transport and Climate Adaptation, Nikolaj Brandt-Sørensen, said",
            "Nikolaj Brandt-Sørensen",
            "Minister for Transport and Climate Adaptation",
            None,
        );
        reads(
            "the Cabinet Secretary for Education, Sport and Wellbeing, Eluned Pryce-Morgan, told",
            "Eluned Pryce-Morgan",
            "Cabinet Secretary for Education, Sport and Wellbeing",
            None,
        );
        reads(
            "The Minister of Education and Merit, Carla Benedetti Orsini, said",
            "Carla Benedetti Orsini",
            "Minister of Education and Merit",
            None,
        );
        reads(
            "Minister of the Interior and Safety Yoon Jae-hyuk said",
            "Yoon Jae-hyuk",
            "Minister of the Interior and Safety",
            None,
        );
        // Without one, it ends at its last known word, and the name follows.
        reads(
            "Cabinet Secretary for Rural Affairs, Land Reform and Islands Morag Strachan told",
            "Morag Strachan",
            "Cabinet Secretary for Rural Affairs, Land Reform and Islands",
            None,
        );
    }

    #[test]
    fn a_name_before_the_comma_is_no_portfolio() {
        reads(
            "Secretary of State Antony Blinken, who is visiting Cairo, told",
            "Antony Blinken",
            "Secretary of State",
            None,
        );
        reads(
            "Minister for Health Stephen Donnelly, speaking in Dublin, said",
            "Stephen Donnelly",
            "Minister for Health",
            None,
        );
        // A role noun that is a portfolio's word.
        reads("Minister for Justice Helen McEntee said", "Helen McEntee", "Minister for Justice", None);
    }

    #[test]
    fn an_organisation_or_a_posting_is_no_portfolio() {
        // The organisation's head word after the words ends it: an employer, not a portfolio.
        reads(
            "Executive Director of Human Rights Watch Kenneth Roth said",
            "Kenneth Roth",
            "Executive Director",
            Some("Human Rights Watch"),
        );
        // A US state before "Secretary of State" is the affiliation, not the portfolio's.
        reads(
            "Arizona Secretary of State Daniel Whitcomb said",
            "Daniel Whitcomb",
            "Secretary of State",
            Some("Arizona"),
        );
        // A place after "for" is where the title serves.
        reads(
            "the Secretary of State for Northern Ireland, Hilary Penn, said",
            "Hilary Penn",
            "Secretary of State",
            None,
        );
    }
}
