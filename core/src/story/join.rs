//! Joining a tally with the data that records it: the General Assembly roll call
//! ([`crate::unvotes`]) and the Security Council's per-member vote files.

use crate::countries;
use crate::division::{rule_line, Chamber, NextVote, Record, SeatVote};
use crate::model::Tally;
use crate::roll_call::{CouncilMember, MemberVote, Position, Totals};
use crate::sources::{Library, VoteFile, ASSEMBLY_RECORD};
use crate::unvotes::{self, Evidence, Finding};

/// Match a General Assembly tally to the recorded roll call, or say why not.
pub(super) fn join_assembly(
    tally: &Tally,
    evidence: &Evidence,
    library: &Library,
) -> Result<(Record, Vec<MemberVote>), String> {
    let Some(data) = library.assembly.as_ref() else {
        return Err("Per-country votes are not available in this build; the chart shows the article's counts.".into());
    };
    let query = unvotes::Query {
        yes: tally.yes,
        no: tally.no,
        abstain: tally.abstain,
        named_yes: tally.named_yes.clone(),
        named_no: tally.named_no.clone(),
        named_abstain: tally.named_abstain.clone(),
        evidence: evidence.clone(),
    };
    match data.find(&query) {
        Finding::Joined(j) => {
            let totals = crate::roll_call::totals(&j.members);
            let agrees = tally.absent.is_none_or(|a| a == totals.absent);
            let record = Record {
                citation: format!("{}; UN document {}, {}", ASSEMBLY_RECORD.citation, j.symbol, j.date),
                symbol: j.symbol,
                date: j.date,
                title: j.title,
                evidence: j.evidence,
                totals,
                agrees,
            };
            Ok((record, j.members))
        }
        Finding::Ambiguous { note, .. } | Finding::NotFound { note } => Err(note),
    }
}

/// The year words of the article agree with the file's year (or there are none).
fn years_agree(file: &VoteFile, evidence: &Evidence) -> bool {
    evidence.years.is_empty() || evidence.years.contains(&file.manifest.year())
}

/// A file of the vote on whether to take up an item joins a request about that item: the article
/// asks for the item's country to be on the agenda, names no other year, and the members it names
/// voted as it says.
pub(super) fn agenda_matches(file: &VoteFile, tally: &Tally, countries: &[&str], evidence: &Evidence) -> bool {
    let m = &file.manifest;
    let about_agenda =
        tally.subject.as_deref().is_some_and(|s| s.contains("agenda")) || tally.sentence.contains("agenda");
    let subject_named = m.subject.as_deref().and_then(countries::by_iso2).is_some_and(|c| countries.contains(&c.iso2));
    m.question == "agenda"
        && crate::bodies::identify(&m.body, "").is_some_and(|b| b.key == "un-sc")
        && about_agenda
        && subject_named
        && years_agree(file, evidence)
        && council_agrees(tally, &file.members)
}

/// A resolution's file joins when the article names its symbol or its date.
pub(super) fn resolution_matches(file: &VoteFile, text: &str, evidence: &Evidence) -> bool {
    let m = &file.manifest;
    let symbol = m.symbol.as_deref().is_some_and(|s| text.contains(s.split(" (").next().unwrap_or(s)));
    let date = evidence.dates.iter().any(|&(y, mo, da)| format!("{y:04}-{mo:02}-{da:02}") == m.date);
    m.question == "resolution" && (symbol || date)
}

/// The members the article names on each side voted that way, and its counts fit the data's.
pub(super) fn council_agrees(tally: &Tally, members: &[CouncilMember]) -> bool {
    let stance = |code: &String| members.iter().find(|m| &m.iso2 == code).map(|m| m.position);
    let totals = crate::roll_call::council_totals(members);
    members.len() == crate::majority::COUNCIL_MEMBERS as usize
        && tally.named_yes.iter().all(|c| stance(c) == Some(Position::Yes))
        && tally.named_no.iter().all(|c| stance(c) == Some(Position::No))
        && tally.named_abstain.iter().all(|c| stance(c) == Some(Position::Abstain))
        && tally.yes.is_none_or(|y| y <= totals.yes)
        && tally.no.is_none_or(|n| if tally.request { n <= totals.no } else { n == totals.no })
        && (tally.request || tally.abstain.is_none_or(|a| a == totals.abstain))
}

pub(super) fn council_seats(members: &[CouncilMember]) -> Vec<SeatVote> {
    let mut seats: Vec<SeatVote> = members
        .iter()
        .map(|m| SeatVote {
            group: m.position.into(),
            iso2: Some(m.iso2.clone()),
            name: Some(m.name.clone()),
            permanent: m.permanent,
        })
        .collect();
    seats.sort_by_key(|s| s.group);
    seats
}

pub(super) fn record_of(file: &VoteFile, tally: &Tally) -> Record {
    let m = &file.manifest;
    let totals: Totals = crate::roll_call::council_totals(&file.members);
    Record {
        symbol: m.symbol.clone().or_else(|| m.meeting.clone()).unwrap_or_default(),
        date: m.date.clone(),
        title: m.title.clone(),
        citation: m.source.clone(),
        evidence: Vec::new(),
        totals,
        agrees: tally.yes.is_none_or(|y| y == totals.yes),
    }
}

pub(super) fn next_vote(file: &VoteFile) -> NextVote {
    let m = &file.manifest;
    let seats = council_seats(&file.members);
    let count = |p: Position| file.members.iter().filter(|x| x.position == p).count() as u32;
    let as_tally = Tally {
        yes: Some(count(Position::Yes)),
        no: Some(count(Position::No)),
        abstain: Some(count(Position::Abstain)),
        named_no: file.members.iter().filter(|x| x.position == Position::No).map(|x| x.iso2.clone()).collect(),
        ..Tally::default()
    };
    let chamber = Chamber::for_tally(&Tally { body: Some(m.body.clone()), ..Tally::default() }, "");
    let procedural = m.question == "agenda";
    let rule = rule_line(&chamber, &as_tally, false, procedural).expect("a Council tally with counts has a rule");
    let mut record = record_of(file, &as_tally);
    record.evidence = vec![
        "a request to put the item on the Council's agenda".into(),
        format!("the article is about {}", m.item.clone().unwrap_or_else(|| m.title.clone())),
    ];
    NextVote { record, seats, rule, question: m.title.clone(), note: m.note.clone() }
}
