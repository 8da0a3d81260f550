//! Everyone the article names in full, quoted or not ("A former aide to Senator Robert
//! Calder told the jury ..."), so that a later bare surname ("Calder called it ...") or a
//! title alone ("the judge told jurors") can find who is meant when no statement has named
//! them yet. Read once, and only when such a reference needs it.

use crate::speakers::{self, Named, Phrase};
use crate::tokens::Para;

/// The people named in full, with where (paragraph, token) each was named.
#[derive(Default)]
pub(super) struct Mentions {
    read: bool,
    people: Vec<((usize, usize), Named)>,
}

impl Mentions {
    /// Reads the paragraphs, once: a speaker phrase at the start of every run of capitalised
    /// words that names a person in full (two words or more).
    pub fn read(&mut self, parsed: &[Para]) {
        if std::mem::replace(&mut self.read, true) {
            return;
        }
        for (pi, p) in parsed.iter().enumerate() {
            let t = &p.toks;
            for i in 0..t.len() {
                let starts_run = t[i].cap() && (i == 0 || !t[i - 1].cap());
                if !starts_run {
                    continue;
                }
                if let Some((Phrase::Named(n), _)) = speakers::phrase(p, i, t.len().min(i + 16)) {
                    if n.name.contains(' ') && speakers::is_person(&n) {
                        self.people.push(((pi, i), n));
                    }
                }
            }
        }
    }

    /// The person last named in full before `at` whose last name is `surname`.
    pub fn by_surname(&self, surname: &str, at: (usize, usize)) -> Option<&Named> {
        self.before(at).find(|n| n.name.rsplit(' ').next() == Some(surname))
    }

    /// The person last named in full before `at` with a role ending in `noun` ("judge").
    pub fn by_role(&self, noun: &str, at: (usize, usize)) -> Option<&Named> {
        self.before(at).find(|n| n.role.as_deref().is_some_and(|r| r.to_lowercase().ends_with(noun)))
    }

    /// The person last named in full before `at` for whom `keep` holds.
    pub fn latest(&self, at: (usize, usize), keep: impl Fn(&Named) -> bool) -> Option<&Named> {
        self.before(at).find(|n| keep(n))
    }

    /// The people named before `at`, the latest first.
    fn before(&self, at: (usize, usize)) -> impl Iterator<Item = &Named> {
        self.people.iter().rev().filter(move |(where_, _)| *where_ < at).map(|(_, n)| n)
    }
}
