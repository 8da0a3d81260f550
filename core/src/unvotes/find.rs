//! The look-up: from an article's counts and evidence to the one roll call it reports, or a
//! note saying why none (or several) fit. Hard filters first, then a strict tie-break.

use super::date::{month_name, Date};
use super::symbols::SymbolKey;
use super::words::{content_words, stem};
use super::{clip, Dataset, Evidence, Finding, Query};
use crate::countries;
use crate::roll_call::Position;

impl Dataset {
    /// Find the roll call an article's tally records.
    pub fn find(&self, query: &Query) -> Finding {
        let (Some(yes), Some(no)) = (query.yes, query.no) else {
            let note =
                "The article does not give both the votes in favour and against, so no recorded vote can be looked up.";
            return Finding::NotFound { note: note.into() };
        };
        let (first, end) = self.span();
        let ev = &query.evidence;
        let mut years: Vec<u16> = ev.years.clone();
        years.extend(ev.dates.iter().map(|d| d.0));
        years.extend(ev.months.iter().filter_map(|m| m.0));
        years.sort_unstable();
        years.dedup();
        let last = self.last;
        if !years.is_empty() && years.iter().all(|&y| y > last.y) {
            let list = join_words(&years.iter().map(u16::to_string).collect::<Vec<_>>(), "and");
            let (noun, verb) = if years.len() == 1 { ("year", "is") } else { ("years", "are") };
            let note = format!(
                "The General Assembly voting data ends in {end} (its last recorded vote is on {} {} {}); \
                 the article's {noun}, {list}, {verb} later.",
                last.d,
                month_name(last.m),
                last.y
            );
            return Finding::NotFound { note };
        }

        let counts = match query.abstain {
            Some(a) => format!("{yes} in favour, {no} against and {a} abstentions"),
            None => format!("{yes} in favour and {no} against"),
        };
        let mut qualifiers: Vec<String> = Vec::new();
        let not_found = |qualifiers: &[String]| {
            let mut note = format!("No recorded General Assembly vote in the data ({first}–{end}) has {counts}");
            for q in qualifiers {
                note.push(' ');
                note.push_str(q);
            }
            note.push('.');
            Finding::NotFound { note }
        };
        let mut evidence = vec![match query.abstain {
            Some(a) => format!("counts {yes}–{no}–{a}"),
            None => format!("counts {yes}–{no}"),
        }];

        let mut cands: Vec<usize> = self.by_counts.get(&(yes, no)).cloned().unwrap_or_default();
        cands.retain(|&i| query.abstain.is_none_or(|a| self.calls[i].abstain == a));
        if cands.is_empty() {
            return not_found(&qualifiers);
        }

        let groups = [
            (&query.named_yes, Position::Yes),
            (&query.named_no, Position::No),
            (&query.named_abstain, Position::Abstain),
        ];
        if groups.iter().any(|(codes, _)| !codes.is_empty()) {
            cands.retain(|&i| {
                groups.iter().all(|(codes, p)| codes.iter().all(|code| self.position_of(i, code.trim()) == Some(*p)))
            });
            qualifiers.push("with the countries the article names".into());
            if cands.is_empty() {
                return not_found(&qualifiers);
            }
            for (codes, p) in groups {
                if !codes.is_empty() {
                    let verb = match p {
                        Position::Yes => "voted yes",
                        Position::No => "voted no",
                        _ => "abstained",
                    };
                    evidence.push(format!(
                        "{} {verb}",
                        join_words(&codes.iter().map(|c| country_name(c)).collect::<Vec<_>>(), "and")
                    ));
                }
            }
        }

        if !ev.symbols.is_empty() {
            let keys: Vec<SymbolKey> = ev.symbols.iter().filter_map(|s| SymbolKey::parse(s)).collect();
            cands.retain(|&i| {
                SymbolKey::parse(&self.calls[i].symbol).is_some_and(|have| keys.iter().any(|want| want.matches(&have)))
            });
            let shown: Vec<String> = ev.symbols.iter().map(|s| clip(s.trim())).collect();
            let (word, list) = if shown.len() == 1 {
                ("resolution", shown[0].clone())
            } else {
                ("resolutions", join_words(&shown, "or"))
            };
            qualifiers.push(format!("on {word} {list}"));
            if cands.is_empty() {
                return not_found(&qualifiers);
            }
            evidence.push(format!("{word} {list} named"));
        }

        if !years.is_empty() {
            cands.retain(|&i| {
                let call = &self.calls[i];
                let (from, to) = self.session_years.get(&call.session).copied().unwrap_or((call.date.y, call.date.y));
                years.iter().any(|&y| y == call.date.y || (from..=to).contains(&y))
            });
            let list = join_words(&years.iter().map(u16::to_string).collect::<Vec<_>>(), "or");
            qualifiers.push(format!("in {list}"));
            if cands.is_empty() {
                return not_found(&qualifiers);
            }
            evidence.push(match &years[..] {
                [one] => format!("the article's year, {one}"),
                _ => format!(
                    "the article's years ({})",
                    join_words(&years.iter().map(u16::to_string).collect::<Vec<_>>(), "and")
                ),
            });
        }

        if let [only] = cands[..] {
            if evidence.len() == 1 {
                evidence.push("no other recorded vote has these counts".into());
            }
            return Finding::Joined(Box::new(self.joined(only, evidence)));
        }

        // Tie-break on dates, months and title words; only a roll call at least as good as every
        // other on each of them, and better than each other on one, is chosen.
        let words: Vec<&str> = {
            let mut w: Vec<&str> = ev.words.iter().map(|w| stem(w.as_str())).filter(|w| !w.is_empty()).collect();
            w.sort_unstable();
            w.dedup();
            w
        };
        let scores: Vec<Score> = cands.iter().map(|&i| self.score(i, ev, &years, &words)).collect();
        let front: Vec<usize> = (0..cands.len())
            .filter(|&a| !(0..cands.len()).any(|b| b != a && scores[b].dominates(&scores[a])))
            .collect();
        if let [best] = front[..] {
            if (0..cands.len()).all(|b| b == best || scores[best].dominates(&scores[b])) {
                let s = &scores[best];
                let call = &self.calls[cands[best]];
                if s.date {
                    evidence.push(format!("date {} named", call.date_words()));
                } else if s.month {
                    evidence.push(format!("month {} {} named", month_name(call.date.m), call.date.y));
                }
                if !s.words.is_empty() {
                    evidence.push(format!("title words: {}", s.words.join(", ")));
                }
                let others = cands.len() - 1;
                let plural = if others == 1 { "vote" } else { "votes" };
                evidence.push(format!("{others} other {plural} with these counts fit the article less well"));
                return Finding::Joined(Box::new(self.joined(cands[best], evidence)));
            }
        }
        let mut shown: Vec<usize> = front.iter().map(|&f| cands[f]).collect();
        shown.sort_by_key(|&i| (self.calls[i].date, self.calls[i].rcid));
        let candidates: Vec<String> = shown.iter().map(|&i| self.calls[i].label()).collect();
        let mut note = format!("{} recorded General Assembly votes have {counts}", cands.len());
        for q in &qualifiers {
            note.push(' ');
            note.push_str(q);
        }
        if candidates.len() < cands.len() {
            note.push_str(&format!("; {} of them fit the article equally well", candidates.len()));
        }
        note.push_str("; nothing in the article tells them apart.");
        Finding::Ambiguous { candidates, note }
    }

    fn score(&self, i: usize, ev: &Evidence, years: &[u16], words: &[&str]) -> Score {
        let call = &self.calls[i];
        let Date { y, m, d } = call.date;
        let date = call.day_known()
            && (ev.dates.contains(&(y, m, d))
                || (ev.days.contains(&(m, d)) && (years.is_empty() || years.contains(&y))));
        let month = ev.dates.iter().any(|&(dy, dm, _)| (dy, dm) == (y, m))
            || ev.months.iter().any(|&(my, mm)| mm == m && my.is_none_or(|my| my == y))
            || ev.days.iter().any(|&(dm, _)| dm == m);
        let mut title: Vec<String> = content_words(call.display_title());
        title.extend(content_words(&call.short));
        let title: Vec<&str> = title.iter().map(|w| stem(w)).collect();
        let matched = words.iter().filter(|w| title.contains(w)).map(|w| w.to_string()).collect();
        Score { date, month, words: matched }
    }
}

/// A country's name for a reader, from its ISO2 code.
fn country_name(code: &str) -> String {
    countries::by_iso2(code.trim()).map_or_else(|| clip(code.trim()), |c| c.name.to_string())
}

/// "a", "a and b", "a, b and c".
fn join_words(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// How well a roll call fits the article beyond the hard filters.
struct Score {
    date: bool,
    month: bool,
    words: Vec<String>,
}

impl Score {
    /// At least as good on every measure and better on one. On title words "at least as good"
    /// means matching every word the other matches: a word that speaks for the other roll call
    /// is evidence against this one.
    fn dominates(&self, other: &Score) -> bool {
        let covers = other.words.iter().all(|w| self.words.contains(w));
        let ge = (self.date || !other.date) && (self.month || !other.month) && covers;
        let gt = (self.date && !other.date) || (self.month && !other.month) || self.words.len() > other.words.len();
        ge && gt
    }
}
