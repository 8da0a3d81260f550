//! One vote as the viewer draws it: a tally read from the article, placed in its body (the seats
//! are the body's size, the rule is the body's rule), and joined with per-member data only when
//! the data records that very vote.

use serde::Serialize;

use crate::bodies::{self, Body, Kind, Rule};
use crate::countries;
use crate::majority::{self, Threshold};
use crate::model::Tally;
use crate::roll_call::{MemberVote, Position, Totals};

/// Seats drawn at most, whatever numbers an article claims.
pub const MAX_CHART_SEATS: u32 = 1_000;

/// A group of seats in the chart, in left-to-right order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Yes,
    No,
    Abstain,
    /// Did not vote.
    Absent,
    /// Membership the article's numbers do not account for.
    Unknown,
}

impl Group {
    pub const ALL: [Group; 5] = [Group::Yes, Group::No, Group::Abstain, Group::Absent, Group::Unknown];

    /// The roll call's own word for the group ("Yes", "No"), as the data and tooltips use it.
    pub fn label(self) -> &'static str {
        match self {
            Group::Yes => "Yes",
            Group::No => "No",
            Group::Abstain => "Abstain",
            Group::Absent => "Did not vote",
            Group::Unknown => "Not in the article",
        }
    }

    /// A stable lower-case key, used in class names, ids and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Group::Yes => "yes",
            Group::No => "no",
            Group::Abstain => "abstain",
            Group::Absent => "absent",
            Group::Unknown => "unknown",
        }
    }

    /// Whether the group's votes count as "cast" (present and voting, or abstaining).
    pub fn is_cast(self) -> bool {
        matches!(self, Group::Yes | Group::No | Group::Abstain)
    }
}

impl From<Position> for Group {
    fn from(p: Position) -> Self {
        match p {
            Position::Yes => Group::Yes,
            Position::No => Group::No,
            Position::Abstain => Group::Abstain,
            Position::Absent => Group::Absent,
        }
    }
}

/// One seat: a group, and the member when the data or the article names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct SeatVote {
    pub group: Group,
    pub iso2: Option<String>,
    pub name: Option<String>,
    /// A permanent member of the Security Council, holding a veto (only claimed when named).
    /// Written only when true: a General Assembly page's 193 seats need no 193 "false"s.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub permanent: bool,
}

/// A group's count as the summary shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct GroupCount {
    pub group: Group,
    pub count: u32,
}

/// The body a division is drawn as: a row of the bodies table, one the article sizes, or unknown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Chamber {
    /// The bodies table's key, when the body is known.
    pub key: Option<String>,
    /// The name shown to readers.
    pub name: String,
    /// Members when full; `None` when neither the table nor the article says.
    pub seats: Option<u32>,
    /// What members are called, plural.
    pub members: String,
    pub kind: Kind,
    pub rule: Option<Rule>,
}

impl Chamber {
    fn of(body: &Body) -> Chamber {
        Chamber {
            key: Some(body.key.to_string()),
            name: body.name.to_string(),
            seats: Some(body.seats),
            members: body.members.to_string(),
            kind: body.kind,
            rule: Some(body.rule),
        }
    }

    /// The chamber a tally is drawn in: the table's body, else the body the article names with
    /// the size it states, else an unnamed vote.
    pub fn for_tally(tally: &Tally, text: &str) -> Chamber {
        Chamber::for_tally_in(tally, &bodies::Places::of(text))
    }

    /// [`Chamber::for_tally`] with the article's place words already read.
    pub fn for_tally_in(tally: &Tally, places: &bodies::Places) -> Chamber {
        let named = tally.body.as_deref();
        if let Some(body) = named.and_then(|n| bodies::identify_in(n, places)) {
            let mut chamber = Chamber::of(body);
            // A size the article states wins (a council of another year, a smaller court).
            if let Some(stated) = tally.membership.filter(|&m| m > 0 && body.kind != Kind::States) {
                chamber.seats = Some(stated);
            }
            return chamber;
        }
        let court = named.is_some_and(|n| n.ends_with("Court"));
        Chamber {
            key: None,
            name: named.unwrap_or("The vote").to_string(),
            seats: tally.membership.filter(|&m| m > 0),
            members: if court { "judges" } else { "members" }.to_string(),
            kind: if court { Kind::Court } else { Kind::Chamber },
            rule: None,
        }
    }

    pub fn is(&self, key: &str) -> bool {
        self.key.as_deref() == Some(key)
    }
}

/// The body's rule applied to the counts, with the sentence that explains it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct RuleLine {
    pub threshold: Threshold,
    /// Who counts towards the threshold: "present and voting", "of 15 members", "justices".
    pub base: String,
    /// The rule in one sentence.
    pub text: String,
    /// Whether it passed by that rule, when the counts tell; `None` when they cannot (a Council
    /// vote with a "no" whose voter the article does not name).
    pub passes: Option<bool>,
}

/// A roll call joined from the data, with what identifies it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Record {
    /// Document symbol or meeting record.
    pub symbol: String,
    /// ISO date.
    pub date: String,
    pub title: String,
    /// Credit line for readers, shown beside the chart.
    pub citation: String,
    /// Why this roll call is the article's vote (the build's and the data file's; the islands
    /// never show it, nor the totals and the agreement below).
    pub evidence: Vec<String>,
    pub totals: Totals,
    /// The data's totals equal the article's.
    pub agrees: bool,
}

/// The Council's later vote on the item the article describes ("What happened next").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct NextVote {
    pub record: Record,
    pub seats: Vec<SeatVote>,
    pub rule: RuleLine,
    /// "Procedural vote to put … on the agenda", from the manifest.
    pub question: String,
    pub note: Option<String>,
}

/// The article's counts as groups, those with a count only.
pub fn group_counts(tally: &Tally) -> Vec<GroupCount> {
    [(Group::Yes, tally.yes), (Group::No, tally.no), (Group::Abstain, tally.abstain), (Group::Absent, tally.absent)]
        .into_iter()
        .filter_map(|(group, n)| n.filter(|&n| n > 0).map(|count| GroupCount { group, count }))
        .collect()
}

/// Seats drawn from the article's counts alone, in group order, named where the article names
/// members; the rest of the body's membership is "not in the article".
pub fn seats_from_article(
    tally: &Tally,
    chamber: &Chamber,
    notes: &mut Vec<String>,
) -> (Vec<GroupCount>, Vec<SeatVote>) {
    // Members the article names on a side are on it, counted or not ("Russia and China objected").
    let at_least = |n: Option<u32>, named: &[String]| match (n, named.len() as u32) {
        (n, 0) => n,
        (Some(n), k) => Some(n.max(k)),
        (None, k) => Some(k),
    };
    let counted = Tally {
        yes: at_least(tally.yes, &tally.named_yes),
        no: at_least(tally.no, &tally.named_no),
        abstain: at_least(tally.abstain, &tally.named_abstain),
        ..tally.clone()
    };
    let tally = &counted;
    let mut groups = group_counts(tally);
    let said = groups.iter().fold(0u32, |s, g| s.saturating_add(g.count));
    match chamber.seats {
        Some(size) if said > size => notes.push(format!(
            "The article's counts add up to {said}, more than the {size} {} of the {}; the chart shows at most {size} seats.",
            chamber.members, chamber.name
        )),
        Some(size) if size > said && said > 0 => groups.push(GroupCount { group: Group::Unknown, count: size - said }),
        _ => {}
    }
    let cap = chamber.seats.unwrap_or(MAX_CHART_SEATS).min(MAX_CHART_SEATS);
    let named = |codes: &[String]| -> Vec<SeatVote> {
        codes
            .iter()
            .filter_map(|c| countries::by_iso2(c))
            .map(|c| SeatVote {
                group: Group::Unknown,
                iso2: Some(c.iso2.to_string()),
                name: Some(c.name.to_string()),
                permanent: c.permanent && chamber.is("un-sc"),
            })
            .collect()
    };
    let by_group =
        [(Group::Yes, &tally.named_yes), (Group::No, &tally.named_no), (Group::Abstain, &tally.named_abstain)];
    let mut seats = Vec::new();
    for g in &groups {
        let mut names: Vec<SeatVote> =
            by_group.iter().find(|(group, _)| *group == g.group).map(|(_, codes)| named(codes)).unwrap_or_default();
        names.truncate(g.count as usize);
        let anonymous = g.count.saturating_sub(names.len() as u32);
        for mut seat in names {
            seat.group = g.group;
            seats.push(seat);
        }
        let room = (cap as usize).saturating_sub(seats.len()).min(anonymous as usize);
        seats.extend((0..room).map(|_| SeatVote { group: g.group, iso2: None, name: None, permanent: false }));
    }
    if seats.len() as u32 > cap {
        seats.truncate(cap as usize);
        if chamber.seats.is_none() {
            notes.push(format!("The chart draws the first {MAX_CHART_SEATS} seats only."));
        }
    }
    (groups, seats)
}

/// Seats from a joined roll call: every member, sorted by group then name.
pub fn seats_from_record(members: &[MemberVote]) -> Vec<SeatVote> {
    let mut seats: Vec<SeatVote> = members
        .iter()
        .map(|v| SeatVote {
            group: v.position.into(),
            iso2: Some(v.iso2.clone()),
            name: Some(v.country.clone()),
            permanent: false,
        })
        .collect();
    seats.sort_by(|a, b| a.group.cmp(&b.group).then_with(|| a.name.cmp(&b.name)));
    seats
}

/// The body's rule applied to a tally.
pub fn rule_line(chamber: &Chamber, tally: &Tally, two_thirds: bool, procedural: bool) -> Option<RuleLine> {
    let (yes, no) = (tally.yes?, tally.no.unwrap_or(0));
    if tally.no.is_none() && chamber.rule != Some(Rule::Council) {
        return None;
    }
    let body = chamber.name.as_str();
    Some(match chamber.rule? {
        Rule::PresentAndVoting | Rule::TwoThirds if two_thirds || chamber.rule == Some(Rule::TwoThirds) => {
            let t = majority::two_thirds(yes, no);
            RuleLine {
                threshold: t,
                base: "present and voting".into(),
                text: format!("The article says this vote needed a two-thirds majority of the {} present and voting; abstentions do not count as votes.", chamber.members),
                passes: Some(t.passes),
            }
        }
        Rule::PresentAndVoting | Rule::TwoThirds => {
            let t = majority::simple_majority(yes, no);
            let text = if chamber.is("un-ga") {
                "A General Assembly resolution passes with a majority of the members present and voting; abstentions do not count as votes.".to_string()
            } else {
                format!("In the {body} a simple majority of the {} voting carries the question; abstentions do not count as votes.", chamber.members)
            };
            RuleLine { threshold: t, base: "present and voting".into(), text, passes: Some(t.passes) }
        }
        Rule::Council => {
            let permanent_no =
                tally.named_no.iter().filter(|c| countries::by_iso2(c).is_some_and(|c| c.permanent)).count();
            let unnamed_no = no as usize > tally.named_no.len();
            let t = majority::council(yes, permanent_no as u32, procedural);
            let passes = if procedural || permanent_no > 0 || !unnamed_no {
                Some(t.passes)
            } else if yes < majority::COUNCIL_NEEDED {
                Some(false)
            } else {
                None
            };
            let text = if procedural {
                format!(
                    "Procedural votes need {} of {} votes and the veto does not apply to them.",
                    majority::COUNCIL_NEEDED,
                    majority::COUNCIL_MEMBERS
                )
            } else {
                format!("A Council resolution needs {} of its {} votes and no vote against from a permanent member (a veto).", majority::COUNCIL_NEEDED, majority::COUNCIL_MEMBERS)
            };
            RuleLine { threshold: t, base: format!("of {} members", majority::COUNCIL_MEMBERS), text, passes }
        }
        Rule::Court => {
            let t = majority::simple_majority(yes, no);
            RuleLine {
                threshold: t,
                base: chamber.members.clone(),
                text: format!("The side with a majority of the {} sitting decides the case.", chamber.members),
                passes: Some(t.passes),
            }
        }
    })
}

/// "116–20–53", with "?" for a part the article does not give.
pub fn describe(t: &Tally) -> String {
    let n = |v: Option<u32>| v.map_or_else(|| "?".to_string(), |v| v.to_string());
    match t.abstain {
        Some(_) => format!("{}–{}–{}", n(t.yes), n(t.no), n(t.abstain)),
        None => format!("{}–{}", n(t.yes), n(t.no)),
    }
}

/// "2014-12-22" → "22 Dec 2014"; anything else is returned as it is.
pub fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d @ 1..=31)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_readers_write_them() {
        assert_eq!(long_date("2014-12-22"), "22 Dec 2014");
        assert_eq!(long_date("1946-01-01"), "1 Jan 1946");
        assert_eq!(long_date("2014-13-01"), "2014-13-01");
        assert_eq!(long_date("soon"), "soon");
    }
}
