//! The linked model the viewer renders: the article, every vote it reports drawn as its body
//! ([`Division`]), and the statement cards ([`Card`]), cross-referenced by ISO2 country code,
//! statement id and paragraph id.
//!
//! Per-member data joins a vote only when the data records that vote: for the General Assembly,
//! its counts exactly plus the article's evidence ([`unvotes`](crate::unvotes)); for a per-member
//! file, the identity its manifest declares ([`sources::Manifest`](crate::sources::Manifest)).
//! Never because the numbers are merely consistent. Nothing is invented where the article is
//! silent.
//!
//! Files: this one holds [`Story`] and [`Division`]; `build` draws one tally as its body,
//! `join` joins it with the General Assembly and Council data, `data_file` is "Get the data",
//! `wire` reads back the model a page carries.

mod build;
mod data_file;
mod join;
mod wire;

use serde::Serialize;

use crate::cards::CardIndex;
pub use crate::cards::{Card, CardFilter};
use crate::division as d;
pub use crate::division::{Chamber, Group, GroupCount, NextVote, Record, RuleLine, SeatVote, MAX_CHART_SEATS};
use crate::model::{Article, Tally};
use crate::sources::Library;
use build::{build_division, rank, Context};
pub use data_file::{DataFile, DataRow};
pub use wire::ReadError;

/// Votes drawn at most on one page, whatever an article claims.
pub const MAX_DIVISIONS: usize = 8;

/// One vote the article reports, drawn as its body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
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
    /// votes keep their paragraph ids), and so are the article's tallies, which the divisions
    /// carry.
    pub fn for_islands(&self) -> Story {
        let mut story = self.clone();
        story.article.paragraphs.clear();
        story.article.sections.clear();
        story.article.boilerplate.clear();
        story.article.votes.clear();
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
