//! Who was a member on a roll call and how each member voted, as today's countries name them:
//! a roll call of the data turned into a [`Joined`].

use super::date::Date;
use super::{Dataset, Joined, RUSSIA_FROM, SERBIA_FROM};
use crate::countries;
use crate::roll_call::{MemberVote, Position};

impl Dataset {
    /// The vote letter of country `k` on roll call `i`.
    pub(super) fn letter(&self, i: usize, k: usize) -> u8 {
        let n = self.countries.len();
        self.votes.get(i * n + k).copied().unwrap_or(b'.')
    }

    /// Whether country `k` was a member on roll call `i`: it has a row in it, or it has a row in the
    /// same session and its rows begin on or before and end on or after this date.
    pub(super) fn member(&self, i: usize, k: usize) -> bool {
        let call = &self.calls[i];
        if self.letter(i, k) != b'.' {
            return true;
        }
        let e = &self.countries[k];
        let in_session = self.session_rows.get(&call.session).and_then(|rows| rows.get(k)).copied().unwrap_or(false);
        in_session && e.first.is_some_and(|f| f <= call.date) && e.last.is_some_and(|l| l >= call.date)
    }

    /// The ISO2 code of country `k` on `date`, as the rest of core uses it (`YU` is `RS` from
    /// 2006-06-03 on); empty for the three historical states the source gives no code.
    pub(super) fn iso2_on(&self, k: usize, date: Date) -> &str {
        let code = self.countries[k].code.as_str();
        if code == "YU" && date >= SERBIA_FROM {
            "RS"
        } else {
            code
        }
    }

    /// The position of the member with today's code `iso2` on roll call `i`, if it was a member.
    pub(super) fn position_of(&self, i: usize, iso2: &str) -> Option<Position> {
        if iso2.is_empty() {
            return None;
        }
        let date = self.calls[i].date;
        (0..self.countries.len())
            .find(|&k| self.iso2_on(k, date).eq_ignore_ascii_case(iso2) && self.member(i, k))
            .map(|k| position(self.letter(i, k)))
    }

    /// Roll call `i` with its members and the given evidence.
    pub(super) fn joined(&self, i: usize, evidence: Vec<String>) -> Joined {
        let call = &self.calls[i];
        let mut members: Vec<MemberVote> = (0..self.countries.len())
            .filter(|&k| self.member(i, k))
            .map(|k| {
                let e = &self.countries[k];
                let iso2 = self.iso2_on(k, call.date);
                let today = if iso2.is_empty() { None } else { countries::by_iso2(iso2) };
                let note = match e.code.as_str() {
                    "YU" if iso2 == "RS" => "recorded as \"Yugoslavia\"/YU; the seat is Serbia's from 3 June 2006",
                    "RU" if call.date < RUSSIA_FROM => {
                        "recorded as Russia; the seat was the Soviet Union's until December 1991"
                    }
                    "TW" => "recorded as Taiwan: the Republic of China, which held China's seat until October 1971",
                    _ => "",
                };
                MemberVote {
                    country: today.map_or_else(|| e.name.clone(), |c| c.name.to_string()),
                    iso2: today.map_or_else(|| iso2.to_string(), |c| c.iso2.to_string()),
                    position: position(self.letter(i, k)),
                    note: note.to_string(),
                }
            })
            .collect();
        members.sort_by(|a, b| a.country.cmp(&b.country).then_with(|| a.iso2.cmp(&b.iso2)));
        Joined {
            rcid: call.rcid,
            session: call.session,
            symbol: call.symbol.clone(),
            date: call.iso_date(),
            title: call.display_title().to_string(),
            amendment: call.amend == Some(true),
            important: call.important == Some(true),
            members,
            evidence,
        }
    }
}

fn position(letter: u8) -> Position {
    match letter {
        b'y' => Position::Yes,
        b'n' => Position::No,
        b'a' => Position::Abstain,
        _ => Position::Absent,
    }
}
