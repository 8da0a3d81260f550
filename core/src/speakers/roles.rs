//! The role words of a speaker phrase and the affiliation written with them: "Chinese |
//! foreign ministry spokesman", "deputy U.S. envoy" (role "deputy envoy", affiliation
//! "U.S."), "Port authority | chief executive".

use crate::nations;
use crate::tokens::{Para, Tok};

use super::portfolio::title_before;
use super::words::{
    any_of, capital, is_acronym, is_modifier, is_particle, is_plural_role, is_role_noun, party_word, possessive,
};
use super::Span;
use crate::lexicon::speakers::{
    CIVIL_BODIES, DESK_ROLES, ELECTED_TITLES, ORG_NOUNS, PARTY_MEMBERS, PARTY_NAMES, PORTFOLIO_HEADS, ROLE_MODIFIERS,
};

/// Split the words before a name into affiliation and role: "Chinese | foreign ministry
/// spokesman", "US | Ambassador", "Britain's | ambassador".
pub(super) fn split_role(p: &Para, a: usize, b: usize) -> (Option<Span>, Option<Span>) {
    // "Congo's | Minister of Human Rights": the words before the title split as before it,
    // but "Arizona | Secretary of State": with the portfolio after it, none before it.
    match title_before(&p.toks, a, b) {
        Some(h) => {
            let (aff, role) = split_before(p, a, h, false);
            (aff, role.map(|(s, _)| (s, b)))
        }
        None => split_before(p, a, b, true),
    }
}

/// [`split_role`] for words ending in a title; `portfolio`: capitalised words before it may
/// be its portfolio ("Manpower Minister").
fn split_before(p: &Para, a: usize, b: usize, portfolio: bool) -> (Option<Span>, Option<Span>) {
    let t = &p.toks[..];
    let mut s = b;
    let mut has_role = false;
    let title = |w: &Tok| is_role_noun(w) || w.word && is_plural_role(w.s);
    // "Brisbane 2032 | chief executive": a number is a name's, never a role's.
    let number = |w: &Tok| w.s.starts_with(|c: char| c.is_ascii_digit());
    let in_role = |w: &Tok| w.word && !possessive(w.s) && !number(w) && (title(w) || !capital(w) || is_modifier(w));
    loop {
        // "Law and Justice | lawmaker": an "and" after a capitalised word joins a name.
        // "Lanao del Sur | Representative", "Unión por la Patria | Senator": particles between
        // capitalised words join a place's or a party's name.
        let joins_name = |s: usize| {
            let particles = (a..s).rev().take_while(|&x| is_particle(&t[x])).count();
            t[s - 1].eq("and") && s >= a + 2 && capital(&t[s - 2])
                || particles > 0 && s > a + particles && capital(&t[s - particles - 1])
                || capital(&t[s - 1]) && s >= a + 3 && t[s - 2].eq("and") && capital(&t[s - 3])
        };
        while s > a && in_role(&t[s - 1]) && !joins_name(s) {
            has_role |= title(&t[s - 1]);
            s -= 1;
        }
        // "deputy U.N. envoy": capitalised words between lower-case role words.
        let mut x = s;
        while x > a && (capital(&t[x - 1]) || number(&t[x - 1]) && x > a + 1) && !possessive(t[x - 1].s) {
            x -= 1;
        }
        // Not "Bank of | England Governor": "of" joins an organisation's name, no role words.
        let lower_before =
            x > a && x < s && !capital(&t[x - 1]) && in_role(&t[x - 1]) && !t[x - 1].eq("of") && !joins_name(x);
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
    // "NDP House leader": a party's leader in a chamber; the chamber is the role's.
    let party = |x: usize| PARTY_NAMES.contains(&t[x].s) || is_acronym(t[x].s);
    if s + 1 == b && s >= a + 2 && t[s - 1].any(&["House", "Senate"]) && t[s].any(&["leader", "whip"]) && party(s - 2) {
        s -= 1;
    }
    // "Independent MP": a party's name, not the modifier of "independent expert".
    if s + 2 == b && PARTY_NAMES.contains(&t[s].s) && ELECTED_TITLES.contains(&t[s + 1].s) {
        s += 1;
    }
    // A member state opening the words before the role: "South Korean", "Iranian"; not the
    // start of a place that only holds one's name ("British Columbia | Premier").
    let state = [3, 2, 1]
        .into_iter()
        .map(|n| (n, (a + n <= s).then(|| p.span(a, a + n - 1))))
        .find(|(_, span)| span.is_some_and(|x| nations::shadows(x) || nations::exactly(x).is_some()))
        .filter(|(_, span)| span.is_some_and(|x| !nations::shadows(x)))
        .map_or(a, |(n, _)| a + n);
    // "Manpower Minister", "White House Press Secretary": a capitalised portfolio.
    let portfolio = portfolio && s < b && capital(&t[b - 1]) && any_of(PORTFOLIO_HEADS, t[b - 1].s);
    if portfolio && (s..b).all(|x| capital(&t[x])) {
        // "Electronics and Information Technology Minister": an "and" between two capitalised
        // words of the portfolio.
        let and_between = |s: usize| s >= state + 2 && t[s - 1].eq("and") && capital(&t[s - 2]);
        while s > state
            && (capital(&t[s - 1]) || and_between(s))
            && !possessive(t[s - 1].s)
            && !is_acronym(t[s - 1].s)
            && nations::exactly(t[s - 1].s).is_none()
        {
            s -= 1;
        }
    }
    // "Iranian | Foreign Ministry spokesman": after a member state, the rest is the role; but
    // "Polish People's Party | leader": a party named after the state is the affiliation.
    // "France Unbowed | lawmaker", "Pakistan Tehreek-e-Insaf | lawmaker": capitalised words
    // after the state's name, none a body's noun or a title word, before a party member's role:
    // a party named after the state, without the word "party".
    let elected = s < b && t[s].any(PARTY_MEMBERS);
    // Not "Dutch Green lawmaker": after the state's adjective, the party's family is the role's.
    let named = || {
        a < state && state < s && !nations::is_demonym(p.span(a, state - 1)) && (state..s).all(|x| party_word(t[x].s))
    };
    let party = state < s && (t[s - 1].any(CIVIL_BODIES) || elected && named());
    if has_role && state > a && state < s && !party {
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

/// A speaker's role as the phrase finally reads it.
pub(super) struct Role {
    /// The role's words as written.
    pub span: Option<Span>,
    /// The affiliation written with the role.
    pub affiliation: Option<Span>,
    /// The role's text, once words that are not the role's are taken out of it.
    pub text: Option<String>,
}

impl Role {
    /// The role written at `span` with `affiliation`, its text still as written.
    pub fn new(p: &Para, span: Option<Span>, affiliation: Option<Span>) -> Self {
        Role { span, affiliation, text: span.map(|(x, y)| p.span(x, y - 1).to_string()) }
    }

    /// Move what is not the role's out of its words, in this order: a member state inside
    /// them, a title word before the affiliation's member state, a body's lower-case noun.
    /// `employer`: an organisation the speaker works at follows the role ("chief UK economist
    /// at Harcourt Securities"), so a member state inside the role is the beat, not whom
    /// the speaker speaks for.
    pub fn refine(&mut self, p: &Para, employer: bool) {
        if employer {
            self.take_beat(p);
        } else {
            self.take_inner_state(p);
        }
        self.take_leading_title(p);
        self.take_body_noun(p);
    }

    /// "Sudan researcher at Amnesty International": with an employer after the role, a member
    /// state before a desk's role noun ([`DESK_ROLES`]) is the desk, not the speaker's state.
    fn take_beat(&mut self, p: &Para) {
        if let (Some((a0, a1)), Some((s, e)), Some(r)) = (self.affiliation, self.span, &self.text) {
            let desk = a1 == s && e > s && p.toks[e - 1].any(DESK_ROLES) && !possessive(p.toks[a1 - 1].s);
            if desk && nations::exactly(p.span(a0, a1 - 1)).is_some() {
                self.text = Some(format!("{} {r}", p.span(a0, a1 - 1)));
                self.span = Some((a0, e));
                self.affiliation = None;
            }
        }
    }

    /// "deputy U.S. envoy": a member state inside the role words is the affiliation.
    fn take_inner_state(&mut self, p: &Para) {
        let t = &p.toks;
        if let (Some((s, e)), None) = (self.span, self.affiliation) {
            let inner = (s + 1..e.saturating_sub(1)).find(|&x| capital(&t[x]) && nations::exactly(t[x].s).is_some());
            if let Some(x) = inner {
                self.affiliation = Some((x, x + 1));
                self.text = Some(format!("{} {}", p.span(s, x - 1), p.span(x + 1, e - 1)));
            }
        }
    }

    /// "Deputy U.S. Trade Representative": a title word before the member state is the
    /// role's.
    fn take_leading_title(&mut self, p: &Para) {
        let t = &p.toks;
        if let (Some((a0, a1)), Some(r)) = (self.affiliation, &self.text) {
            // Not "Swimming Australia": a sport's "-ing" names a body, not a title word.
            let title = |x: usize| ROLE_MODIFIERS.has(t[x].s) && nations::exactly(t[x].s).is_none();
            let lead = (a0..a1).take_while(|&x| title(x)).count();
            if lead > 0 && a0 + lead < a1 && nations::exactly(p.span(a0 + lead, a1 - 1)).is_some() {
                self.text = Some(format!("{} {r}", p.span(a0, a0 + lead - 1)));
                self.affiliation = Some((a0 + lead, a1));
            }
        }
    }

    /// "Port authority chief executive": a body's lower-case noun after its one capitalised
    /// word belongs to the affiliation (not after a member state: "Chinese foreign
    /// ministry").
    fn take_body_noun(&mut self, p: &Para) {
        let t = &p.toks;
        if let (Some((a0, a1)), Some((r0, r1))) = (self.affiliation, self.span) {
            // "Workers' group spokesperson": a plural possessive names the body's members.
            let plural = crate::tokens::is_plural_possessive(t[a0].s);
            let body =
                a1 == a0 + 1 && r0 == a1 && r1 > r0 + 1 && !is_acronym(t[a0].s) && (!possessive(t[a0].s) || plural);
            if body && nations::exactly(t[a0].s).is_none() && !capital(&t[r0]) && ORG_NOUNS.has(t[r0].s) {
                self.affiliation = Some((a0, r0 + 1));
                self.text = Some(p.span(r0 + 1, r1 - 1).to_string());
            }
        }
    }
}
