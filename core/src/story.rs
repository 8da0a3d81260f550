//! The linked model the viewer renders: the article, every vote it reports drawn as its body
//! ([`Division`]), and the statement cards ([`Card`]), cross-referenced by ISO2 country code,
//! statement id and paragraph id.
//!
//! Per-member data joins a vote only when the data records that vote: for the General Assembly,
//! its counts exactly plus the article's evidence ([`unvotes`]); for a per-member file, the
//! identity its manifest declares ([`sources::Manifest`]). Never because the numbers are merely
//! consistent. Nothing is invented where the article is silent.

use std::cell::OnceCell;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::bodies::Places;
use crate::cards::CardIndex;
pub use crate::cards::{Card, CardFilter};
use crate::countries;
use crate::division::{self as d, rule_line};
pub use crate::division::{Chamber, Group, GroupCount, NextVote, Record, RuleLine, SeatVote, MAX_CHART_SEATS};
use crate::model::{Article, Tally};
use crate::roll_call::{CouncilMember, MemberVote, Position, Totals};
use crate::sources::{Library, VoteFile, ASSEMBLY_RECORD};
use crate::unvotes::{self, Evidence, Finding};

/// Votes drawn at most on one page, whatever an article claims.
pub const MAX_DIVISIONS: usize = 8;

/// One vote the article reports, drawn as its body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Division {
    /// "vote-1", "vote-2": in the order drawn, the main vote first.
    pub id: String,
    pub tally: Tally,
    pub chamber: Chamber,
    /// "UK House of Commons: how MPs voted".
    pub heading: String,
    /// The vote was on an amendment, not the text itself.
    pub amendment: bool,
    /// Counts for the summary and legend (the article's numbers), groups with a count only.
    pub groups: Vec<GroupCount>,
    /// Every seat, in group order; named when the data or the article names the member.
    pub seats: Vec<SeatVote>,
    pub rule: Option<RuleLine>,
    /// The roll call this vote joined, when the data records it.
    pub record: Option<Record>,
    /// Why no roll call joined, in one line for readers.
    pub join_note: Option<String>,
    /// The Council's later vote on the item the article describes.
    pub next: Option<NextVote>,
    /// Reader-facing notes: disagreements, impossible totals, capped charts.
    pub notes: Vec<String>,
}

impl Division {
    pub fn count(&self, group: Group) -> u32 {
        self.groups.iter().find(|g| g.group == group).map_or(0, |g| g.count)
    }

    /// Votes cast: yes + no + abstain (the base for the legend's percentages).
    pub fn cast(&self) -> u32 {
        self.groups.iter().filter(|g| g.group.is_cast()).fold(0u32, |sum, g| sum.saturating_add(g.count))
    }

    /// The seat of a member state, by ISO2 code.
    pub fn seat_of(&self, iso2: &str) -> Option<usize> {
        self.seats.iter().position(|s| s.iso2.as_deref() == Some(iso2))
    }

    /// The data's vote of a member state, when the data is joined.
    pub fn vote_of(&self, iso2: &str) -> Option<Group> {
        self.record.as_ref().and(self.seat_of(iso2)).map(|i| self.seats[i].group)
    }

    /// The Security Council, drawn as its 15 seats with the veto.
    pub fn is_council(&self) -> bool {
        self.chamber.is("un-sc")
    }

    /// The group's name for readers, in this vote's terms: a request's supporters "pushed for"
    /// it, a court's majority "ruled", a vote's sides are in favour, against, abstaining.
    pub fn group_label(&self, group: Group) -> &'static str {
        let court = self.chamber.kind == crate::bodies::Kind::Court;
        match (group, self.tally.request, court) {
            (Group::Yes, true, _) => "Pushed for the item",
            (Group::No, true, _) => "Opposed",
            (Group::Yes, _, true) => "Majority",
            (Group::No, _, true) => "Dissent",
            (Group::Unknown, true, _) => "Not stated in the article",
            (Group::Yes, ..) => "In favour",
            (Group::No, ..) => "Against",
            (Group::Abstain, ..) => "Abstained",
            (Group::Absent, ..) => "Not voting",
            (Group::Unknown, ..) => "Not in the article",
        }
    }

    /// The resting sentence: "116 in favour, 20 against, 53 abstaining, 4 not voting".
    pub fn summary(&self) -> String {
        let court = self.chamber.kind == crate::bodies::Kind::Court;
        let parts: Vec<String> = self
            .groups
            .iter()
            .map(|g| match (g.group, self.tally.request, court) {
                (Group::Yes, true, _) => format!("{} pushed for the item", g.count),
                (Group::No, true, _) => format!("{} opposed", g.count),
                (Group::Yes, _, true) => format!("{} in the majority", g.count),
                (Group::No, _, true) => format!("{} dissenting", g.count),
                (Group::Yes, ..) => format!("{} in favour", g.count),
                (Group::No, ..) => format!("{} against", g.count),
                (Group::Abstain, ..) => format!("{} abstaining", g.count),
                (Group::Absent, ..) => format!("{} not voting", g.count),
                (Group::Unknown, ..) => format!("{} not accounted for in the article", g.count),
            })
            .collect();
        parts.join(", ")
    }

    /// A short label for the vote selector: "Amendment, 99–322".
    pub fn short_label(&self) -> String {
        let what = if self.amendment {
            "Amendment"
        } else if self.tally.request {
            "Request"
        } else {
            "Vote"
        };
        let t = &self.tally;
        match (t.yes, t.no, t.membership) {
            (Some(yes), None, Some(of)) => format!("{what}, {yes} of {of}"),
            (Some(yes), None, None) => format!("{what}, {yes} in favour"),
            _ => format!("{what}, {}", d::describe(t)),
        }
    }
}

/// Everything the viewer renders, linked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    pub article: Article,
    /// Every vote the article reports, the main one first.
    pub divisions: Vec<Division>,
    pub cards: Vec<Card>,
    /// Problems reading the bundled data, shown to the reader rather than hidden.
    pub data_errors: Vec<String>,
    /// Lower-case ISO2 codes of the flags the page carries (set by the build step; empty otherwise).
    #[serde(default)]
    pub flags: Vec<String>,
    /// Which card holds each statement, built on first use from `article.statements` and `cards`.
    #[serde(skip)]
    card_index: CardIndex,
}

impl Story {
    /// Join an article with the data the library holds.
    pub fn build(article: Article, library: &Library) -> Story {
        let ctx = Context::new(&article, library);
        // Charts in ranked order, main first; an article with a flood of counts gets the first
        // few. The ranking needs only the tallies, so only the votes drawn are joined with data.
        let ranked = rank(&article, &ctx.places);
        let mut notes = Vec::new();
        if ranked.len() > MAX_DIVISIONS {
            notes.push(format!(
                "The article reports {} votes; the {MAX_DIVISIONS} most important are drawn.",
                ranked.len()
            ));
        }
        let mut divisions: Vec<Division> =
            ranked.iter().take(MAX_DIVISIONS).map(|&i| build_division(&article.votes[i], &ctx)).collect();
        for (i, d) in divisions.iter_mut().enumerate() {
            d.id = format!("vote-{}", i + 1);
        }
        if let Some(first) = divisions.first_mut() {
            first.notes.extend(notes);
        }
        let voted = divisions.iter().find(|d| d.record.is_some() && d.chamber.is("un-ga"));
        let council: Vec<String> = divisions
            .iter()
            .filter(|d| d.is_council())
            .flat_map(|d| {
                let joined = d.record.is_some().then_some(d.seats.iter()).into_iter().flatten();
                d.next.iter().flat_map(|n| n.seats.iter()).chain(joined)
            })
            .filter_map(|s| s.iso2.clone())
            .collect();
        let cards = crate::cards::build(&article, voted, &council);
        Story {
            article,
            divisions,
            cards,
            data_errors: library.errors.clone(),
            flags: Vec::new(),
            card_index: CardIndex::default(),
        }
    }

    /// What the page's islands need, for the model a page carries: the prose stays in the page's
    /// HTML, so its paragraphs, sections and boilerplate are left out (the statements, cards and
    /// votes keep their paragraph ids).
    pub fn for_islands(&self) -> Story {
        let mut story = self.clone();
        story.article.paragraphs.clear();
        story.article.sections.clear();
        story.article.boilerplate.clear();
        story
    }

    /// Countries the page shows by name next to a flag at first: the speakers' states and the
    /// members the article names in a Council panel (the later vote's list shows names only, so
    /// that its flags do not weigh on every page). Lower-case ISO2, sorted, without repeats.
    pub fn flag_codes(&self) -> Vec<String> {
        let cards = self.cards.iter().filter_map(|c| c.country.as_deref());
        let council = self
            .divisions
            .iter()
            .filter(|d| d.is_council())
            .flat_map(|d| d.seats.iter())
            .filter_map(|s| s.iso2.as_deref());
        let mut codes: Vec<String> = cards.chain(council).map(str::to_ascii_lowercase).collect();
        codes.sort();
        codes.dedup();
        codes
    }

    /// Whether the page carries this country's flag.
    pub fn has_flag(&self, iso2: &str) -> bool {
        self.flags.iter().any(|f| f.eq_ignore_ascii_case(iso2))
    }

    /// The main vote: the final, the largest, or the one in the headline.
    pub fn main(&self) -> Option<&Division> {
        self.divisions.first()
    }

    /// Cards whose speaker's state is `iso2`.
    pub fn cards_of<'a>(&'a self, iso2: &'a str) -> impl Iterator<Item = &'a Card> + 'a {
        self.cards.iter().filter(move |c| c.country.as_deref() == Some(iso2))
    }

    /// The card holding a statement, by the statement's id or the card's anchor. A map built
    /// once, on the first call (after `build` or after deserialising), so a page that asks for
    /// every statement's card costs linear time, not quadratic.
    pub fn card_of_statement(&self, statement_id: &str) -> Option<&Card> {
        self.card_index.get(&self.article.statements, &self.cards, statement_id).map(|i| &self.cards[i])
    }
}

/// The headline and paragraphs, one a line: what evidence and places are read from.
fn article_text(article: &Article) -> String {
    let mut text = article.headline.clone();
    if let Some(d) = &article.dateline {
        text.push('\n');
        text.push_str(&d.text);
    }
    for p in &article.paragraphs {
        text.push('\n');
        text.push_str(&p.text);
    }
    text
}

/// What every vote of an article is read against, read once per article: the text, its
/// evidence and place words, the paragraphs by id, and (on first need) the vetoes it reports,
/// the countries it names and the resolution file it names.
struct Context<'a> {
    article: &'a Article,
    library: &'a Library,
    text: String,
    evidence: Evidence,
    places: Places,
    paragraphs: HashMap<&'a str, &'a str>,
    vetoes: OnceCell<Vec<String>>,
    countries: OnceCell<Vec<&'static str>>,
    resolution: OnceCell<Option<&'a VoteFile>>,
}

impl<'a> Context<'a> {
    fn new(article: &'a Article, library: &'a Library) -> Self {
        let text = article_text(article);
        Context {
            article,
            library,
            evidence: Evidence::from_text(&text),
            places: Places::of(&text),
            paragraphs: article.paragraphs.iter().map(|p| (p.id.as_str(), p.text.as_str())).collect(),
            text,
            vetoes: OnceCell::new(),
            countries: OnceCell::new(),
            resolution: OnceCell::new(),
        }
    }
}

/// The article's votes in drawing order, as indices: a vote on the text before amendments and
/// requests, then one whose body the headline names, then the largest; article order otherwise.
fn rank(article: &Article, places: &Places) -> Vec<usize> {
    let headline = article.headline.to_ascii_lowercase();
    // Members named on a side count on it, as the chart draws them.
    let at_least = |n: Option<u32>, named: &[String]| n.unwrap_or(0).max(named.len() as u32);
    let mut keyed: Vec<_> = article
        .votes
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let minor = t.subject.as_deref().is_some_and(|s| s.starts_with("amendment")) || t.request;
            let chamber = Chamber::for_tally_in(t, places);
            let short = chamber.name.rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
            let in_headline = !short.is_empty() && headline.contains(&short);
            let size = [(t.yes, &t.named_yes), (t.no, &t.named_no), (t.abstain, &t.named_abstain)]
                .into_iter()
                .fold(0u32, |s, (n, named)| s.saturating_add(at_least(n, named)));
            ((minor, !in_headline, std::cmp::Reverse(size)), i)
        })
        .collect();
    keyed.sort_by_key(|k| k.0);
    keyed.into_iter().map(|k| k.1).collect()
}

/// Permanent members the article says vetoed a Council text: named before "vetoed" in a sentence.
fn vetoes(article: &Article) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in &article.paragraphs {
        for sentence in p.text.split_inclusive(['.', ';']) {
            let Some(at) = sentence.find(" vetoed") else { continue };
            for code in crate::nations::countries_in(&sentence[..at]) {
                if countries::by_iso2(code).is_some_and(|c| c.permanent) && !out.iter().any(|c| c == code) {
                    out.push(code.to_string());
                }
            }
        }
    }
    out
}

/// One tally drawn as its body; its id is given once the divisions are ranked.
fn build_division(tally: &Tally, ctx: &Context) -> Division {
    let (text, evidence, library) = (ctx.text.as_str(), &ctx.evidence, ctx.library);
    let mut chamber = Chamber::for_tally_in(tally, &ctx.places);
    // A Council "no" the article attributes to a permanent member's veto elsewhere in the text.
    let mut owned = tally.clone();
    if chamber.is("un-sc") && !owned.request && owned.no.is_some_and(|n| n > 0) && owned.named_no.is_empty() {
        owned.named_no = ctx.vetoes.get_or_init(|| vetoes(ctx.article)).clone();
        owned.named_no.truncate(owned.no.unwrap_or(0) as usize);
    }
    let tally = &owned;
    let context = ctx.paragraphs.get(tally.paragraph.as_str()).copied().unwrap_or("");
    let lower = format!("{} {}", tally.sentence, context).to_ascii_lowercase();
    let amendment = tally.subject.as_deref().is_some_and(|s| s.starts_with("amendment"));
    let two_thirds = lower.contains("two-thirds") || lower.contains("important question");
    let procedural = lower.contains("procedural");
    let mut notes = Vec::new();
    let mut record = None;
    let mut join_note = None;
    let mut next = None;
    let mut data_seats = None;

    if chamber.is("un-ga") {
        match join_assembly(tally, evidence, library) {
            Ok((rec, members)) => {
                chamber.seats = Some(members.len() as u32);
                data_seats = Some(d::seats_from_record(&members));
                record = Some(rec);
            }
            Err(note) => join_note = Some(note),
        }
    } else if chamber.is("un-sc") {
        if tally.request {
            let countries = ctx.countries.get_or_init(|| crate::nations::countries_in(text));
            next = library.votes.iter().find(|f| agenda_matches(f, tally, countries, evidence)).map(next_vote);
        } else if let Some(file) =
            *ctx.resolution.get_or_init(|| library.votes.iter().find(|f| resolution_matches(f, text, evidence)))
        {
            if council_agrees(tally, &file.members) {
                data_seats = Some(council_seats(&file.members));
                record = Some(record_of(file, tally));
            } else {
                join_note = Some(format!(
                    "The data for {} does not agree with the article's counts, so it is not shown.",
                    file.manifest.title
                ));
            }
        }
    }

    let (mut groups, article_seats) = d::seats_from_article(tally, &chamber, &mut notes);
    let seats = match data_seats {
        Some(seats) => {
            // The data names who did not vote when the article does not count them.
            let absent = seats.iter().filter(|s| s.group == Group::Absent).count() as u32;
            groups.retain(|g| g.group != Group::Unknown);
            if tally.absent.is_none() && absent > 0 {
                groups.push(GroupCount { group: Group::Absent, count: absent });
            }
            if let Some(rec) = record.as_ref().filter(|r| !r.agrees) {
                notes.push(format!(
                    "The roll-call data counts {} yes, {} no, {} abstaining and {} not voting; the article reports {}. The summary uses the article's numbers.",
                    rec.totals.yes, rec.totals.no, rec.totals.abstain, rec.totals.absent, d::describe(tally)
                ));
            }
            seats
        }
        None => article_seats,
    };
    let rule = if tally.request { None } else { rule_line(&chamber, tally, two_thirds, procedural) };
    let heading = heading(&chamber, tally, amendment);
    Division {
        id: String::new(),
        tally: owned,
        chamber,
        heading,
        amendment,
        groups,
        seats,
        rule,
        record,
        join_note,
        next,
        notes,
    }
}

fn heading(chamber: &Chamber, tally: &Tally, amendment: bool) -> String {
    let on = if amendment { " on the amendment" } else { "" };
    if tally.request {
        return format!("{}: where members stood", chamber.name);
    }
    if chamber.kind == crate::bodies::Kind::Court {
        return format!("{}: how the {} ruled", chamber.name, chamber.members);
    }
    if chamber.key.is_none() && tally.body.is_none() {
        return format!("How the vote went{on}");
    }
    format!("{}: how {} voted{on}", chamber.name, chamber.members)
}

/// Match a General Assembly tally to the recorded roll call, or say why not.
fn join_assembly(tally: &Tally, evidence: &Evidence, library: &Library) -> Result<(Record, Vec<MemberVote>), String> {
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
fn agenda_matches(file: &VoteFile, tally: &Tally, countries: &[&str], evidence: &Evidence) -> bool {
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
fn resolution_matches(file: &VoteFile, text: &str, evidence: &Evidence) -> bool {
    let m = &file.manifest;
    let symbol = m.symbol.as_deref().is_some_and(|s| text.contains(s.split(" (").next().unwrap_or(s)));
    let date = evidence.dates.iter().any(|&(y, mo, da)| format!("{y:04}-{mo:02}-{da:02}") == m.date);
    m.question == "resolution" && (symbol || date)
}

/// The members the article names on each side voted that way, and its counts fit the data's.
fn council_agrees(tally: &Tally, members: &[CouncilMember]) -> bool {
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

fn council_seats(members: &[CouncilMember]) -> Vec<SeatVote> {
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

fn record_of(file: &VoteFile, tally: &Tally) -> Record {
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

fn next_vote(file: &VoteFile) -> NextVote {
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

/// One row of "Get the data".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DataRow {
    pub country: String,
    pub iso2: String,
    pub vote: String,
}

/// "Get the data" for one vote: its metadata and a row a member, as the JSON download has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DataFile<'a> {
    pub heading: &'a str,
    pub body: &'a str,
    pub sentence: &'a str,
    pub record: Option<&'a Record>,
    /// The credit line for every row.
    pub source: &'a str,
    pub counts: Vec<(String, u32)>,
    pub rows: Vec<DataRow>,
}

impl Division {
    /// The vote's data, when its members are named: every seat with a name (the joined roll call,
    /// or the members the article names).
    pub fn data(&self) -> Option<DataFile<'_>> {
        let rows: Vec<DataRow> = self
            .seats
            .iter()
            .filter_map(|s| {
                Some(DataRow {
                    country: s.name.clone()?,
                    iso2: s.iso2.clone().unwrap_or_default(),
                    vote: self.group_label(s.group).to_string(),
                })
            })
            .collect();
        if rows.is_empty() {
            return None;
        }
        Some(DataFile {
            heading: &self.heading,
            body: &self.chamber.name,
            sentence: &self.tally.sentence,
            record: self.record.as_ref(),
            source: self.record.as_ref().map_or("the article's text", |r| r.citation.as_str()),
            counts: self.groups.iter().map(|g| (self.group_label(g.group).to_string(), g.count)).collect(),
            rows,
        })
    }
}

impl DataFile<'_> {
    /// The rows as CSV: `country,iso2,vote,source`, quoted where a field needs it (RFC 4180).
    pub fn csv(&self) -> String {
        let field = |s: &str| {
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_string()
            }
        };
        let mut out = String::from("country,iso2,vote,source\n");
        for r in &self.rows {
            out.push_str(&[field(&r.country), field(&r.iso2), field(&r.vote), field(self.source)].join(","));
            out.push('\n');
        }
        out
    }
}
