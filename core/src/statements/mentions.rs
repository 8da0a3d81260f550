//! Everyone the article names in full, quoted or not ("A former aide to Senator Robert
//! Calder told the jury ..."), so that a later bare surname ("Calder called it ...") or a
//! title alone ("the judge told jurors") can find who is meant when no statement has named
//! them yet. Read once, and only when such a reference needs it; looked up by surname and by
//! role noun, so a long article costs a lookup per reference, not a scan.

use std::collections::HashMap;

use crate::speakers::{self, Named, Phrase};
use crate::tokens::Para;

/// Where (paragraph, token) a person was named.
type At = (usize, usize);

/// The people named in full, in the order named.
#[derive(Default)]
pub(super) struct Mentions {
    read: bool,
    people: Vec<(At, Named)>,
    /// Surname → indexes into `people`, ascending.
    by_surname: HashMap<String, Vec<usize>>,
    /// The last word of the role, lower case ("judge") → indexes into `people`, ascending.
    by_role: HashMap<String, Vec<usize>>,
}

impl Mentions {
    /// Reads the paragraphs, once: a speaker phrase at the start of every run of capitalised
    /// words (with the lower-case role words before it) that names a person in full.
    pub fn read(&mut self, parsed: &[Para]) {
        if std::mem::replace(&mut self.read, true) {
            return;
        }
        for (pi, p) in parsed.iter().enumerate() {
            let t = &p.toks;
            // The end of the last phrase read: a name inside it ("Council member | Gregory
            // Tan") is not read again without its role.
            let mut covered = 0;
            for i in 0..t.len() {
                // A name in full takes two capitalised words at least: a run of one is skipped
                // without reading a phrase (most are "The", "But", a surname).
                let starts_run = t[i].cap() && (i == 0 || !t[i - 1].cap()) && t.get(i + 1).is_some_and(|n| n.cap());
                if !starts_run || i < covered {
                    continue;
                }
                // "Council member | Gregory Tan": the role words before, and the capitalised
                // words before those.
                let mut from = speakers::role_words_before(t, i);
                if from < i {
                    while from > 0 && i - from < 8 && t[from - 1].cap() {
                        from -= 1;
                    }
                }
                if let Some((Phrase::Named(n), end)) = speakers::phrase(p, from, t.len().min(i + 16)) {
                    if n.name.contains(' ') && speakers::is_person(&n) {
                        covered = end;
                        self.add((pi, i), n);
                    }
                }
            }
        }
    }

    fn add(&mut self, at: At, n: Named) {
        let k = self.people.len();
        if let Some(surname) = n.name.rsplit(' ').next() {
            self.by_surname.entry(surname.to_string()).or_default().push(k);
        }
        // "Kim Tae-hoon", later "Kim": a Korean name, the family name first, before a given
        // name joined by a hyphen with a lower-case second part.
        if let Some((family, _)) = n.name.split_once(' ').filter(|(_, g)| korean_given_name(g)) {
            self.by_surname.entry(family.to_string()).or_default().push(k);
        }
        if let Some(noun) = n.role.as_deref().and_then(|r| r.rsplit(' ').next()) {
            self.by_role.entry(noun.to_lowercase()).or_default().push(k);
        }
        self.people.push((at, n));
    }

    /// The latest of `list` named before `at`.
    fn latest(&self, list: Option<&Vec<usize>>, at: At) -> Option<&Named> {
        let list = list?;
        let before = list.partition_point(|&k| self.people[k].0 < at);
        before.checked_sub(1).map(|i| &self.people[list[i]].1)
    }

    /// The person last named in full before `at` whose last name is `surname`.
    pub fn by_surname(&self, surname: &str, at: At) -> Option<&Named> {
        self.latest(self.by_surname.get(surname), at)
    }

    /// The person last named in full before `at` with a role ending in `noun` ("judge").
    pub fn by_role(&self, noun: &str, at: At) -> Option<&Named> {
        self.latest(self.by_role.get(noun), at)
    }

    /// The person named in full last before `at`, in the same paragraph, whose surname is not
    /// `surname` (for a quote that addresses that person).
    pub fn other_than(&self, surname: &str, at: At) -> Option<&Named> {
        let before = self.people.partition_point(|(w, _)| *w < at);
        self.people[..before]
            .iter()
            .rev()
            .take_while(|(w, _)| w.0 == at.0)
            .map(|(_, n)| n)
            .find(|n| n.name.rsplit(' ').next() != Some(surname))
    }
}

/// "Tae-hoon", "Jae-myung": a capitalised syllable, a hyphen, a lower-case syllable.
fn korean_given_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| {
        a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && a.len() >= 2
            && !b.is_empty()
            && b.chars().all(|c| c.is_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::korean_given_name;

    #[test]
    fn a_bodys_noun_before_a_role_noun_is_the_roles() {
        let s = crate::parse("Headline\n\nVice-Governor Jan Hus and board member Lenka Kova voted for no change.\n\nKova wrote that it was \"not compatible with the target\".").statements;
        assert_eq!(
            s.iter().map(|s| (s.speaker.as_str(), s.role.as_deref())).collect::<Vec<_>>(),
            [("Lenka Kova", Some("board member"))]
        );
    }

    #[test]
    fn a_korean_family_name_refers_back() {
        assert!(korean_given_name("Tae-hoon") && korean_given_name("Jae-myung"));
        assert!(!korean_given_name("Mbuyi-Kalala") && !korean_given_name("Fortin-Roy") && !korean_given_name("Gang"));
        let s = crate::parse(
            "Headline\n\nJustice Kim Tae-hoon wrote a dissent.\n\n\"Online retailers do not close on Sundays,\" Kim wrote.",
        )
        .statements;
        assert_eq!(
            s.iter().map(|s| (s.speaker.as_str(), s.role.as_deref())).collect::<Vec<_>>(),
            [("Kim Tae-hoon", Some("Justice"))]
        );
    }
}
