//! Voting bodies named in the text ("the UN General Assembly", "Britain's House of
//! Commons", "the council"), and which of them a tally belongs to.

use crate::lexicon::speakers::WEEKDAYS;
use crate::lexicon::tally::{
    BODY_HEADS, CAUCUS_NOUNS, DECISIONS_OF_OTHERS, GENERIC_BODIES, LOWER_CHAMBERS, MEMBERS_BODIES, NAME_JOINERS,
    NAME_PREFIXES, NOT_IN_NAMES, PARTY_LETTERS, SINGLE_BODIES, UPPER_CHAMBERS, VOTE_WORDS, VOTING,
};
use crate::lexicon::unvotes::MONTHS;
use crate::nations;
use crate::tokens::{self, Para, Tok};

/// A body named in full in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct BodyName {
    /// The token of the name's head word ("Assembly").
    pub at: usize,
    /// The name, as [`canonical`] gives it.
    pub name: String,
    /// The head word in lower case ("assembly").
    pub head: String,
}

/// A voting body named in full, e.g. "UN General Assembly" → "UN General Assembly",
/// "UN Security Council" → "Security Council".
fn canonical(name: &str) -> String {
    let mut rest = name;
    for prefix in NAME_PREFIXES {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
        }
    }
    // "African Union's Peace and Security Council": the owner goes when two words or more
    // follow ("National People's Congress" keeps its own).
    let mut owner = None;
    if let Some(at) = rest
        .find(['\'', '\u{2019}'])
        .filter(|&at| rest[at..].starts_with("'s ") || rest[at..].starts_with("\u{2019}s "))
    {
        let after = rest[at..].split_once(' ').map_or("", |(_, a)| a);
        if after.contains(' ') {
            owner = Some(&rest[..at]);
            rest = after;
        }
    }
    // "the Church of Scotland's General Assembly" is the church's, not the UN's.
    let un = owner.is_none_or(|o| NAME_PREFIXES.iter().any(|p| p.trim_end() == o));
    if rest == "General Assembly" && un {
        "UN General Assembly".to_string()
    } else {
        rest.to_string()
    }
}

/// The name of a body named only generically ("the council"), when no body with that head word
/// has been named: the word itself, capitalised. Never a guess at which council it is.
fn generic_default(head: &str) -> String {
    let mut cs = head.chars();
    cs.next().map(|c| c.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

/// A body smaller than a house, which a generic "parliament" or a bill's reading is never of:
/// a committee, a council, a board, a court. A "National Council" (Switzerland's, Austria's
/// lower house) is a house.
fn smaller_body(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    let head = matches!(
        last.as_str(),
        "committee" | "council" | "board" | "court" | "commission" | "jury" | "panel" | "union"
    );
    head && !name.starts_with("National ")
}

/// Can the word at `x` be part of a body's name? A capitalised word that opens no sentence
/// and is no possessive member state, the owner of the body ("Britain's House of Commons");
/// other possessives are ("National People's Congress").
fn in_name(p: &Para, s: usize, x: usize) -> bool {
    let t = &p.toks;
    let w = t[x].s;
    let owner = || {
        nations::strip_possessive(w) != w
            && (nations::exactly(w).is_some() || x > s && nations::exactly(p.span(x - 1, x)).is_some())
    };
    t[x].cap() && !t[x].any(NOT_IN_NAMES) && !owner()
}

/// The first token of the name ending at head word `h`, reading back from it over
/// capitalised words and the small words that join them ("House of Commons"), at most
/// eight tokens, not before `s`.
fn scan_name_start(p: &Para, s: usize, h: usize) -> usize {
    let t = &p.toks;
    let mut a = h;
    // "Children, Young People and Education Committee": a comma in a list the name's "and"
    // closes.
    let comma_in_list =
        |a: usize| t[a - 1].is(',') && (a..h).any(|x| t[x].eq("and")) && nations::exactly(t[a - 2].s).is_none();
    while a > s && a + 8 > h {
        if in_name(p, s, a - 1) {
            a -= 1;
        } else if a >= s + 2 && in_name(p, s, a - 2) && (t[a - 1].any(NAME_JOINERS) || comma_in_list(a)) {
            a -= 2;
        } else {
            break;
        }
    }
    // "the 6th U.S. Circuit Court of Appeals": an ordinal opens the name.
    let ordinal = |x: &Tok| {
        x.word
            && x.s.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|o| x.s.ends_with(o))
    };
    if a > s && a < h && ordinal(&t[a - 1]) {
        a -= 1;
    }
    a
}

/// The last token of a name whose head word `h` is followed by "of" and a capitalised word, not
/// past `e`: "Board of Education", "Council of Europe", "Court of Appeals" (at most three
/// capitalised words after "of"); else `h` itself.
fn scan_name_end(p: &Para, h: usize, e: usize) -> usize {
    let t = &p.toks;
    if h + 2 < e && t[h + 1].any(&["on", "for"]) {
        return scan_name_purpose(p, h, e);
    }
    if h + 2 >= e || !t[h + 1].eq("of") {
        return h;
    }
    // "Council of the EU", "Court of Appeals for the 4th Circuit".
    let from = if t[h + 2].eq("the") { h + 3 } else { h + 2 };
    let ordinal =
        |x: usize| t[x].word && t[x].s.starts_with(|c: char| c.is_ascii_digit()) && t[x].s.ends_with(['h', 't', 'd']);
    let caps = (from..e.min(from + 3)).take_while(|&x| in_name(p, from, x) && !BODY_HEADS.has(t[x].s)).count();
    let end = from + caps;
    // "... for the 4th Circuit", "... for the Ninth Circuit".
    if caps > 0 && end + 2 < e && t[end].eq("for") && t[end + 1].eq("the") {
        let more = (end + 2..e.min(end + 5)).take_while(|&x| in_name(p, end + 2, x) || ordinal(x)).count();
        if more > 0 && t[end + 1 + more].cap() {
            return end + 1 + more;
        }
    }
    if caps == 0 {
        h
    } else {
        from + caps - 1
    }
}

/// The last token of a name whose head `h` is followed by "on" or "for the" and capitalised
/// words (with "and" or "of the" between them), not past `e`: "Committee on Suffrage and
/// Electoral Reforms", "International Tribunal for the Law of the Sea"; else `h` ("the committee
/// on Tuesday", "the Court of Appeals" is [`scan_name_end`]'s).
fn scan_name_purpose(p: &Para, h: usize, e: usize) -> usize {
    let t = &p.toks;
    let from = if t[h + 1].eq("for") && t[h + 2].eq("the") { h + 3 } else { h + 2 };
    if t[h + 1].eq("for") && from == h + 2 {
        return h;
    }
    let date = |x: usize| WEEKDAYS.contains(&t[x].s) || crate::lexicon::unvotes::MONTHS.contains(&t[x].s);
    let word = |x: usize| x < e && in_name(p, from, x) && !date(x) && !BODY_HEADS.has(t[x].s);
    let mut end = from;
    while end < e.min(from + 8) {
        if word(end) {
            end += 1;
        } else if t[end].eq("and") && word(end + 1) {
            end += 2;
        } else if t[end].eq("of") && end + 2 < e && t[end + 1].eq("the") && word(end + 2) {
            end += 3;
        } else {
            break;
        }
    }
    if end > from {
        end - 1
    } else {
        h
    }
}

/// Bodies named in full in tokens `[s, e)`, in order. A longer name replaces a shorter one
/// it starts with: "House of Commons", not "House".
pub(super) fn bodies_in(p: &Para, s: usize, e: usize) -> Vec<BodyName> {
    let t = &p.toks;
    let mut out: Vec<(usize, BodyName)> = Vec::new();
    // "the San Antonio City Council's 9-2 vote": a body named as an owner, its head possessive.
    let head = |h: usize| tokens::strip_possessive(t[h].s);
    for h in (s..e).filter(|&h| t[h].cap() && BODY_HEADS.has(head(h))) {
        let owner_of = tokens::is_possessive(t[h].s);
        let (a, last) = (scan_name_start(p, s, h), if owner_of { h } else { scan_name_end(p, h, e) });
        let bare = a == h && last == h && !SINGLE_BODIES.contains(&head(h));
        // "the General Assembly hall": a place in a building, not the body.
        let place = t.get(last + 1).is_some_and(|x| last + 1 < e && x.any(&["hall", "building", "floor", "chamber"]));
        // "NDP House leader Marie-Ève Gagnon": a title, not the body.
        let title = last == h && t.get(h + 1).is_some_and(|x| h + 1 < e && x.any(&["leader", "whip"]) && !x.cap());
        if place || title {
            continue;
        }
        if bare || a + 1 == h && t[a].s == "White" {
            continue;
        }
        while out.last().is_some_and(|(_, b)| b.at >= a) {
            out.pop();
        }
        let mut name = canonical(p.span(a, last));
        if owner_of {
            name = tokens::strip_possessive(&name).to_string();
        }
        // "the church's General Assembly", "the Presbyterian Church (U.S.A.)'s": an owner the
        // name does not take in is no member state, so not the UN.
        let split_s = |x: usize| t[x].s == "s" && x > s && matches!(t[x - 1].s, "'" | "\u{2019}");
        let owner = if a >= s + 3 && split_s(a - 1) {
            Some(t[a - 3].s)
        } else {
            (a > s && tokens::is_possessive(t[a - 1].s)).then(|| tokens::strip_possessive(t[a - 1].s))
        };
        let owned = owner.is_some_and(|o| !matches!(o, "UN" | "U.N." | "Nations"));
        if owned && name == "UN General Assembly" && p.span(a, last) == "General Assembly" {
            name = "General Assembly".to_string();
        }
        out.push((a, BodyName { at: h, name, head: head(h).to_lowercase() }));
    }
    out.into_iter().map(|(_, b)| b).collect()
}

/// Is the body noun at `x` where a motion would send something ("back to the housing
/// committee"), not the body voting? "to", "into" or "from" within the three words before.
pub(super) fn sent_to(t: &[Tok], s: usize, x: usize) -> bool {
    (x.saturating_sub(3).max(s)..x).any(|k| t[k].any(&["to", "into", "from"]))
}

/// "The cantonal parliament, the Landrat, had recommended ...": the name given in commas right
/// after a generic body's word at `x`, one capitalised word.
fn appositive(t: &[Tok], x: usize, e: usize) -> Option<String> {
    if !(x + 4 < e && t[x + 1].is(',') && t[x + 2].eq("the")) {
        return None;
    }
    // One to three capitalised words ("the Landrat", "the Dewan Rakyat"), then a comma.
    let n = (x + 3..e.min(x + 6)).take_while(|&k| t[k].cap()).count();
    let words: Vec<&str> = (x + 3..x + 3 + n).map(|k| t[k].s).collect();
    (n > 0 && t.get(x + 3 + n).is_some_and(|c| c.is(','))).then(|| words.join(" "))
}

/// Bodies named so far in the article.
#[derive(Default)]
pub(super) struct Bodies {
    last: Option<String>,
    /// The first body of the last sentence about a vote.
    last_vote: Option<String>,
    /// Lower-case head word → the last body named with it.
    by_head: Vec<(String, String)>,
    /// Every body named in full, in order.
    named: Vec<String>,
}

impl Bodies {
    /// The body a one-word name means when the article has named it in full: "the House"
    /// after "the House of Commons", "the Senate" after "the U.S. Senate". The last body named
    /// whose name ends in the word or has it before "of"; not one it only opens ("House
    /// Judiciary Committee").
    fn fuller(&self, word: &str) -> Option<&String> {
        let (ending, before_of, inner_of) = (format!(" {word}"), format!("{word} of "), format!(" {word} of "));
        self.named.iter().rev().find(|n| {
            n.len() > word.len() && (n.ends_with(&ending) || n.starts_with(&before_of) || n.contains(&inner_of))
        })
    }

    /// `found` with each one-word name replaced by the body the article named in full with it.
    pub fn resolve(&self, mut found: Vec<BodyName>) -> Vec<BodyName> {
        for b in found.iter_mut().filter(|b| !b.name.contains(' ')) {
            if let Some(full) = self.fuller(&b.name) {
                b.name = full.clone();
            }
        }
        found
    }

    /// Take note of the bodies a sentence names.
    pub fn note(&mut self, found: &[BodyName], about_vote: bool) {
        // A body is named again and again: what is already noted is not copied anew.
        let set = |slot: &mut Option<String>, name: &String| {
            if slot.as_ref() != Some(name) {
                *slot = Some(name.clone());
            }
        };
        for b in found {
            // Each name once, latest last: the list stays as short as the article's bodies.
            if b.name.contains(' ') && self.named.last() != Some(&b.name) {
                self.named.retain(|n| *n != b.name);
                self.named.push(b.name.clone());
            }
            match self.by_head.iter_mut().find(|(h, _)| *h == b.head) {
                Some(entry) if entry.1 == b.name => {}
                Some(entry) => entry.1 = b.name.clone(),
                None => self.by_head.push((b.head.clone(), b.name.clone())),
            }
        }
        // The sentence's first body, its subject as a rule ("The IAEA Board of Governors ...
        // could send the dispute to the U.N. Security Council"), not the last it mentions.
        if let Some(b) = found.first() {
            set(&mut self.last, &b.name);
            if about_vote {
                set(&mut self.last_vote, &b.name);
            }
        }
    }

    /// A members' body named in full ("the Maritime Union of Australia said", "the Coastal
    /// Pacific Students' Society"), which a ballot's "the union" or "the society" may mean;
    /// never a tally's body by itself ("the European Union").
    pub fn note_unions(&mut self, p: &Para, (s, e): (usize, usize)) {
        for h in (s..e).filter(|&h| p.toks[h].any(MEMBERS_BODIES) && p.toks[h].cap()) {
            let (a, last) = (scan_name_start(p, s, h), scan_name_end(p, h, e));
            if a < h {
                let name = p.span(a, last).to_string();
                let head = p.toks[h].s.to_ascii_lowercase();
                match self.by_head.iter_mut().find(|(x, _)| *x == head) {
                    Some(entry) => entry.1 = name,
                    None => self.by_head.push((head, name)),
                }
            }
        }
    }

    /// "Members of Unite voted by 386 to 41", "Members of Club Atlético Ribera on Sunday
    /// rejected ...": the members' body named after "Members of", in a sentence about a vote, is
    /// the vote's and what "the union" or "the club" means.
    pub fn note_members(&mut self, p: &Para, (s, e): (usize, usize)) {
        let t = &p.toks;
        // "Members of Unite", "Members of the National Bus and Rail Union".
        let the = |k: usize| usize::from(t.get(k + 2).is_some_and(|x| x.eq("the")));
        let of = (s..e.saturating_sub(2)).find(|&k| {
            t[k].eq("members")
                && t[k + 1].eq("of")
                && t.get(k + 2 + the(k)).is_some_and(|x| k + 2 + the(k) < e && x.cap())
        });
        // "SIPTU members voted": a union's letters before its members (no state's, as in "EU members").
        let letters = |x: &Tok| {
            x.s.len() >= 3
                && x.s.bytes().all(|b| b.is_ascii_uppercase())
                && nations::exactly(x.s).is_none()
                && !x.any(PARTY_LETTERS)
        };
        let before = (s + 1..e).find(|&k| t[k].eq("members") && !t[k].cap() && letters(&t[k - 1]));
        if let Some(k) = before.filter(|_| of.is_none() && t[s..e].iter().any(|x| x.of(&VOTE_WORDS))) {
            return self.note_members_body(t[k - 1].s.to_string());
        }
        let Some(k) = of.map(|k| k + the(k)) else {
            return;
        };
        // "Members of Club Atlético Ribera on Sunday": not a day.
        let day = |x: usize| t.get(x).is_some_and(|n| n.any(WEEKDAYS) || n.any(&MONTHS));
        let joined = |x: usize| t[x].any(NAME_JOINERS) && t.get(x + 1).is_some_and(|n| n.cap()) && !day(x + 1);
        // "the Rail, Tram and Bus Union": a comma inside a list of capitalised words ending in "and".
        let listed = |x: usize| {
            t[x].is(',') && t.get(x + 1).is_some_and(|n| n.cap()) && (x + 1..e.min(x + 5)).any(|y| t[y].eq("and"))
        };
        let name_word = |x: usize| x < e && (t[x].word && (t[x].cap() && !day(x) || joined(x)) || listed(x));
        // Not "Members of Britain's biggest teaching union": an owner, no name.
        if tokens::is_possessive(t[k + 2].s) {
            return;
        }
        let last = (k + 2..e.min(k + 8)).take_while(|&x| name_word(x)).last().unwrap_or(k + 2);
        let caucus = t.get(last + 1).is_some_and(|n| last + 1 < e && n.any(CAUCUS_NOUNS));
        if !t[s..e].iter().any(|x| x.of(&VOTE_WORDS)) || BODY_HEADS.has(t[last].s) || caucus {
            return;
        }
        self.note_members_body(p.span(k + 2, last).to_string());
    }

    /// The members' body of a sentence about their vote: what "the union" means from now on,
    /// and the body voting.
    fn note_members_body(&mut self, name: String) {
        for head in ["union", "club", "society"] {
            if !self.by_head.iter().any(|(h, _)| h == head) {
                self.by_head.push((head.to_string(), name.clone()));
            }
        }
        self.last = Some(name.clone());
        self.last_vote = Some(name);
    }

    /// A sentence about a vote that names its body only by a generic word, before any body is
    /// named ("Delegates at the party's convention voted ..."): that body is the one a bare
    /// count after it belongs to ("The resolution passed 1,214 to 463").
    pub fn note_generic(&mut self, p: &Para, (s, e): (usize, usize)) {
        if self.last.is_some() {
            return;
        }
        let t = &p.toks;
        let Some(x) = (s..e).find(|&x| t[x].any(GENERIC_BODIES) && !t[x].cap() && !sent_to(t, s, x)) else {
            return;
        };
        if t[s..e].iter().any(|x| x.of(&VOTE_WORDS)) {
            // "the union" after "the Canadian Union of Running Trades": the union named.
            self.last = Some(self.generic(&t[x].s.to_ascii_lowercase()));
            self.last_vote = self.last.clone();
        }
    }

    /// The body a generic "council" means: the last voting body with that head word, else
    /// the last body named with it, else the usual one.
    fn generic(&self, head: &str) -> String {
        // A voting body named only by the word itself ("Union") gives way to one named in full.
        let voting = self.last_vote.as_ref().filter(|n| n.to_lowercase().ends_with(head) && n.contains(' '));
        // "the 113-seat legislature" after "the Legislative Yuan" voted, "the 120-member
        // parliament" after "Israel's Knesset passed": that body, if it is no smaller one.
        let house = matches!(head, "legislature" | "parliament" | "chamber");
        let any_legislature =
            || self.last_vote.clone().or_else(|| self.last.clone()).filter(|n| house && !smaller_body(n));
        voting
            .cloned()
            .or_else(|| self.by_head.iter().find(|(h, _)| h == head).map(|(_, n)| n.clone()))
            .or_else(any_legislature)
            .unwrap_or_else(|| generic_default(head))
    }

    /// The body of a tally whose first count is at `anchor` in sentence `[s, e)`, which names
    /// `found`: one named before the count or within eight words after it, else a generic
    /// one near the count ("of the 15 council members"), else the body of the last sentence
    /// about a vote, else the last body named; a one-word name as the article named it in full
    /// ("Commons vote" in the headline, "Britain's House of Commons" in the lead).
    /// The last body named with one of `heads` ("senate", "lords"): the upper or lower house.
    fn chamber(&self, heads: &[&str]) -> Option<String> {
        self.by_head.iter().rev().find(|(h, _)| heads.contains(&h.as_str())).map(|(_, n)| n.clone())
    }

    pub fn of_tally(&self, t: &[Tok], (s, e): (usize, usize), found: &[BodyName], anchor: usize) -> Option<String> {
        // "a jury at Southwark Crown Court returned a majority verdict of 10 to 2": the jury's.
        let jury = (s..e).any(|x| t[x].eq("jury") && !t[x].cap()) && (s..e).any(|x| t[x].eq("verdict"));
        if jury {
            return Some("Jury".to_string());
        }
        let mut near = anchor.saturating_sub(6).max(s)..(anchor + 9).min(e);
        // "Parliament approved it, with the Lok Sabha voting 323-3": the body voting at the count.
        let voting = found.iter().rev().find(|b| b.at < anchor && anchor - b.at <= 3 && t[b.at + 1].any(VOTING));
        // "In February, the synod voted 298 to 102 to ask the Archbishops' Council to ...": a
        // generic subject before the count, the named body only its object after it.
        // Only as the subject: right before a verb of voting ("the synod voted"), not "Despite a
        // court challenge, the measure passed 52-48 in the Senate".
        let voting_next = |x: usize| {
            let v = if t.get(x + 1).is_some_and(|n| n.any(&["had", "has", "have"])) { x + 2 } else { x + 1 };
            t.get(v).is_some_and(|n| v < e && n.of(&VOTE_WORDS))
        };
        let subject = || {
            let before = (s..anchor.min(e))
                .find(|&x| t[x].any(GENERIC_BODIES) && !t[x].cap() && !sent_to(t, s, x) && voting_next(x))?;
            let after = !found.is_empty() && found.iter().all(|b| b.at > anchor);
            after.then(|| appositive(t, before, e).unwrap_or_else(|| self.generic(&t[before].s.to_lowercase())))
        };
        // "The 4-3 decision reverses a Court of Appeals ruling", "voted by 1,412 to 386 in favour
        // of the Labour Court recommendation": after the count, a body whose decision is
        // spoken of is not the one voting.
        // Not "a 6-3 Supreme Court ruling": the count's own body, right after it.
        let spoken_of_at = |h: usize| {
            let past_name = (h + 1..e).find(|&x| !(t[x].cap() || t[x].any(&["of", "the", "for"])));
            let mut a = h;
            while a > anchor + 1 && t[a - 1].cap() {
                a -= 1;
            }
            let between = (anchor + 1..a).any(|x| t[x].word && !t[x].cap() && !t[x].any(&["a", "an", "the"]));
            h > anchor && between && past_name.is_some_and(|x| t[x].any(DECISIONS_OF_OTHERS))
        };
        let spoken_of = |b: &BodyName| spoken_of_at(b.at);
        let named =
            voting.or_else(|| found.iter().find(|b| b.at <= anchor + 8 && !spoken_of(b))).map(|b| b.name.clone());
        let named = if voting.is_none() { subject().or(named) } else { named };
        named
            // "In the upper house, a Greens motion was voted down 31-27": the chamber named so.
            .or_else(|| {
                let said = |side: &str| {
                    (s..anchor.min(e))
                        .any(|x| t[x].eq(side) && t.get(x + 1).is_some_and(|n| n.any(&["house", "chamber"])))
                };
                if said("upper") {
                    self.chamber(UPPER_CHAMBERS)
                } else if said("lower") {
                    self.chamber(LOWER_CHAMBERS)
                } else {
                    None
                }
            })
            .or_else(|| {
                // "..., the union said.": a generic body saying so, wherever in the sentence.
                let says = |x: usize| t.get(x + 1).is_some_and(|n| x + 1 < e && n.any(&["said", "says", "announced"]));
                // A capitalised one only as a body's own head ("Council members"), not inside
                // another name ("the European Union").
                let generic =
                    |x: usize| t[x].any(GENERIC_BODIES) && (!t[x].cap() || BODY_HEADS.has(t[x].s)) && !spoken_of_at(x);
                let named = |x: usize| appositive(t, x, e).unwrap_or_else(|| self.generic(&t[x].s.to_lowercase()));
                near.find(|&x| generic(x) && !sent_to(t, s, x))
                    .or_else(|| (s..e).find(|&x| generic(x) && says(x)))
                    .map(named)
                    // "The cantonal parliament, the Landrat, had voted ...", "The court also upheld
                    // the law in 2018, by seven votes to two": the subject.
                    .or_else(|| (s..e.min(s + 3)).find(|&x| generic(x) && !sent_to(t, s, x)).map(named))
            })
            // "The bill now goes to the Chamber of Deputies. ... was rejected there by 142 votes
            // to 97": the body just named, though a motion was sent to it.
            .or_else(|| {
                let there = |x: usize| {
                    t[x].eq("there")
                        && !t.get(x + 1).is_some_and(|n| n.any(&["was", "were", "is", "are", "had", "have"]))
                };
                (s..anchor.min(e)).any(there).then(|| self.last.clone()).flatten()
            })
            // "The bill passed its first reading last year 71-52": a house's, not a committee's.
            .or_else(|| {
                let reading = (s..e).any(|x| t[x].any(&["reading", "readings"]));
                let voted = self.last_vote.as_deref().or(self.last.as_deref()).is_some_and(smaller_body);
                let house = || {
                    let by_head = self.by_head.iter().rev().map(|(_, n)| n);
                    self.named.iter().rev().chain(by_head).find(|n| !smaller_body(n)).cloned()
                };
                (reading && voted).then(house).flatten()
            })
            .or_else(|| self.last_vote.clone())
            .or_else(|| self.last.clone())
            .map(|n| if n.contains(' ') { n } else { self.fuller(&n).cloned().unwrap_or(n) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let p = Para::new(text);
        bodies_in(&p, 0, p.toks.len()).into_iter().map(|b| b.name).collect()
    }

    #[test]
    fn full_names() {
        assert_eq!(
            names("The UN General Assembly and the UN Security Council met."),
            ["UN General Assembly", "Security Council"]
        );
        assert_eq!(names("Britain's House of Commons voted."), ["House of Commons"]);
        assert_eq!(names("China's National People's Congress voted."), ["National People's Congress"]);
        assert_eq!(names("The African Union's Peace and Security Council voted."), ["Peace and Security Council"]);
        assert_eq!(names("The council met at the White House."), Vec::<String>::new());
        assert_eq!(names("The Senate voted."), ["Senate"]);
        assert_eq!(names("The Franklin County Board of Education voted."), ["Franklin County Board of Education"]);
        assert_eq!(
            names("The Council of Europe and the Court of Appeals of the state."),
            ["Council of Europe", "Court of Appeals"]
        );
        assert_eq!(names("India's Lok Sabha and the IOC Session voted."), ["Lok Sabha", "IOC Session"]);
        assert_eq!(names("The Presbyterian Church (U.S.A.)'s General Assembly voted."), ["General Assembly"]);
        assert_eq!(names("The church's General Assembly voted."), ["General Assembly"]);
        assert_eq!(names("NDP House leader Marie Gagnon said the House of Commons voted."), ["House of Commons"]);
        assert_eq!(names("The U.N.'s General Assembly voted."), ["UN General Assembly"]);
        assert_eq!(
            names("The House Committee on Suffrage and Electoral Reforms voted."),
            ["House Committee on Suffrage and Electoral Reforms"]
        );
        assert_eq!(
            names("The International Tribunal for the Law of the Sea ruled."),
            ["International Tribunal for the Law of the Sea"]
        );
        assert_eq!(names("The Rules Committee on Tuesday voted."), ["Rules Committee"]);
        assert_eq!(names("The Senate for the first time voted."), ["Senate"]);
        assert_eq!(names("At a meeting of the Council of the EU in Luxembourg."), ["Council of the EU"]);
        assert_eq!(names("The 6th U.S. Circuit Court of Appeals ruled."), ["6th U.S. Circuit Court of Appeals"]);
        assert_eq!(
            names("The full U.S. Court of Appeals for the 4th Circuit upheld it."),
            ["U.S. Court of Appeals for the 4th Circuit"]
        );
    }

    #[test]
    fn one_word_names_as_named_in_full() {
        let mut bodies = Bodies::default();
        let noted = |bodies: &mut Bodies, text: &str| {
            let p = Para::new(text);
            let found = bodies.resolve(bodies_in(&p, 0, p.toks.len()));
            bodies.note(&found, true);
            found.into_iter().map(|b| b.name).collect::<Vec<_>>()
        };
        assert_eq!(noted(&mut bodies, "The House voted."), ["House"], "nothing named in full yet");
        assert_eq!(noted(&mut bodies, "The House Judiciary Committee met."), ["House Judiciary Committee"]);
        assert_eq!(noted(&mut bodies, "The House voted."), ["House"], "a committee is no House");
        assert_eq!(noted(&mut bodies, "Britain's House of Commons met."), ["House of Commons"]);
        assert_eq!(noted(&mut bodies, "The House divided."), ["House of Commons"]);
        assert_eq!(noted(&mut bodies, "The Commons voted."), ["House of Commons"]);
        assert_eq!(noted(&mut bodies, "The Lords voted."), ["Lords"]);
        assert_eq!(names("The Dáil Éireann voted."), ["Dáil"]);
    }

    #[test]
    fn generic_names() {
        let mut bodies = Bodies::default();
        assert_eq!(bodies.generic("council"), "Council");
        let p = Para::new("The UN Security Council voted.");
        bodies.note(&bodies_in(&p, 0, p.toks.len()), true);
        assert_eq!(bodies.generic("council"), "Security Council");
        // A house named generically is the one that last voted, unless that was a smaller body.
        let mut bodies = Bodies::default();
        let p = Para::new("Israel's Knesset passed the law on Monday.");
        bodies.note(&bodies_in(&p, 0, p.toks.len()), true);
        assert_eq!((bodies.generic("parliament"), bodies.generic("chamber")), ("Knesset".into(), "Knesset".into()));
        let p = Para::new("The Finance Committee voted on Monday.");
        bodies.note(&bodies_in(&p, 0, p.toks.len()), true);
        assert_eq!(bodies.generic("parliament"), "Parliament");
        // A court named generically is the last court named.
        let p = Para::new("South Korea's Constitutional Court upheld the law.");
        bodies.note(&bodies_in(&p, 0, p.toks.len()), true);
        assert_eq!(bodies.generic("court"), "Constitutional Court");
    }
}
