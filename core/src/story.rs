//! The linked model the viewer renders: the article joined with the cited roll-call data.
//!
//! One [`Story`] holds the article, the General Assembly chart model ([`Assembly`]), the
//! Security Council panel ([`Council`]) and the statement cards ([`Card`]), all cross-referenced
//! by ISO2 country code, statement id and paragraph id. Data files are only joined when they
//! agree with what the article says; nothing is invented where the article is silent.

use serde::{Deserialize, Serialize};

use crate::countries;
use crate::majority::{self, Threshold};
use crate::model::{Article, Tally};
use crate::roll_call::{self, CouncilMember, MemberVote, Position, Totals};

/// Seats drawn at most, whatever numbers an article claims.
pub const MAX_CHART_SEATS: u32 = 1_000;
/// Members of the UN General Assembly (since 2011).
pub const ASSEMBLY_MEMBERS: u32 = 193;

/// A group of seats in the chart, in left-to-right order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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

/// One seat of the hemicycle: a group, and the member state when the data names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeatVote {
    pub group: Group,
    pub iso2: Option<String>,
    pub name: Option<String>,
}

/// A group's count as the summary shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupCount {
    pub group: Group,
    pub count: u32,
}

/// Whether and how the roll-call data was joined to the article's tally.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DataJoin {
    /// No data, or data about another vote: the chart is drawn from the article alone.
    ArticleOnly,
    /// The data agrees with the article.
    Agrees(Totals),
    /// The data is about this vote but its totals differ; the article's numbers win in the summary.
    Disagrees(Totals),
}

/// The General Assembly chart model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assembly {
    /// The article's tally.
    pub tally: Tally,
    /// Counts for the summary and legend (the article's numbers), groups with a count only.
    pub groups: Vec<GroupCount>,
    /// Every seat, grouped in [`Group`] order; named when the data is joined.
    pub seats: Vec<SeatVote>,
    /// The majority rule applied to the article's numbers.
    pub threshold: Option<Threshold>,
    pub data: DataJoin,
    /// Reader-facing notes: disagreements, impossible totals, capped charts.
    pub notes: Vec<String>,
}

impl Assembly {
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
        self.seat_of(iso2).map(|i| self.seats[i].group)
    }
}

/// How a Security Council seat stood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    For,
    Against,
    Abstain,
    NotStated,
}

impl Stance {
    pub fn key(self) -> &'static str {
        match self {
            Stance::For => "for",
            Stance::Against => "against",
            Stance::Abstain => "abstain",
            Stance::NotStated => "unstated",
        }
    }
}

/// One of the Council's seats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilSeat {
    pub iso2: Option<String>,
    pub name: Option<String>,
    /// A permanent member, holding a veto; only claimed when the seat is identified.
    pub permanent: bool,
    pub stance: Stance,
}

/// The Security Council panel: the article's account, and the later vote from the data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Council {
    pub tally: Tally,
    pub membership: u32,
    /// 15 seats as the article describes them.
    pub article: Vec<CouncilSeat>,
    /// The cited later vote, when the data is consistent with the article.
    pub next: Option<Vec<CouncilSeat>>,
    /// The five permanent members (names), from the member-state table.
    pub permanent: Vec<String>,
    /// Reader-facing notes, e.g. counts that exceed the membership.
    pub notes: Vec<String>,
}

/// One card: a speaker's run of consecutive statements, continuations joined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The first statement's id; the card's anchor is `statement-<id>`.
    pub id: String,
    pub speaker: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub country: Option<String>,
    pub country_name: Option<String>,
    /// Indices into `Article::statements`.
    pub statements: Vec<usize>,
    /// The quotes joined, in order.
    pub quote: String,
    /// Ids of the paragraphs the quotes come from, in order, without repeats.
    pub paragraphs: Vec<String>,
    /// How the speaker's state voted in the joined General Assembly data.
    pub vote: Option<Group>,
    /// The speaker's state holds a permanent Security Council seat.
    pub permanent: bool,
    /// The speaker's state sat on the Council in the joined data.
    pub council_member: bool,
}

/// Card filter by the speaker's state's vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardFilter {
    #[default]
    All,
    Yes,
    No,
    Abstain,
    NotState,
}

impl CardFilter {
    pub const ALL: [CardFilter; 5] =
        [CardFilter::All, CardFilter::Yes, CardFilter::No, CardFilter::Abstain, CardFilter::NotState];

    pub fn key(self) -> &'static str {
        match self {
            CardFilter::All => "all",
            CardFilter::Yes => "yes",
            CardFilter::No => "no",
            CardFilter::Abstain => "abstain",
            CardFilter::NotState => "not-state",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CardFilter::All => "All",
            CardFilter::Yes => "Voted yes",
            CardFilter::No => "Voted no",
            CardFilter::Abstain => "Abstained",
            CardFilter::NotState => "Not a state",
        }
    }

    /// Parse a URL value; anything unknown is `None` (the caller falls back to `All`).
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

impl Card {
    /// Whether the card passes a filter and a free-text query (case-insensitive, over the
    /// quote, speaker, role and affiliation).
    pub fn matches(&self, filter: CardFilter, query: &str) -> bool {
        let by_vote = match filter {
            CardFilter::All => true,
            CardFilter::Yes => self.vote == Some(Group::Yes),
            CardFilter::No => self.vote == Some(Group::No),
            CardFilter::Abstain => self.vote == Some(Group::Abstain),
            CardFilter::NotState => self.country.is_none(),
        };
        by_vote && {
            let query = query.trim().to_lowercase();
            query.is_empty()
                || [Some(&self.quote), Some(&self.speaker), self.role.as_ref(), self.affiliation.as_ref()]
                    .into_iter()
                    .flatten()
                    .any(|field| field.to_lowercase().contains(&query))
        }
    }
}

/// Everything the viewer renders, linked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    pub article: Article,
    pub assembly: Option<Assembly>,
    pub council: Option<Council>,
    pub cards: Vec<Card>,
    /// Problems reading the bundled data, shown to the reader rather than hidden.
    pub data_errors: Vec<String>,
}

impl Story {
    /// Join an article with the General Assembly and Security Council roll-call CSVs, if any.
    pub fn build(article: Article, assembly_csv: Option<&str>, council_csv: Option<&str>) -> Story {
        let mut data_errors = Vec::new();
        let ga_votes = assembly_csv.and_then(|csv| {
            roll_call::general_assembly(csv).map_err(|e| data_errors.push(format!("General Assembly data: {e}"))).ok()
        });
        let sc_votes = council_csv.and_then(|csv| {
            roll_call::security_council(csv).map_err(|e| data_errors.push(format!("Security Council data: {e}"))).ok()
        });
        let assembly = assembly_tally(&article).map(|t| build_assembly(t.clone(), ga_votes.as_deref()));
        let council = council_tally(&article).map(|t| build_council(t.clone(), sc_votes.as_deref()));
        let cards = build_cards(&article, assembly.as_ref(), council.as_ref());
        Story { article, assembly, council, cards, data_errors }
    }

    /// Cards whose speaker's state is `iso2`.
    pub fn cards_of<'a>(&'a self, iso2: &'a str) -> impl Iterator<Item = &'a Card> + 'a {
        self.cards.iter().filter(move |c| c.country.as_deref() == Some(iso2))
    }

    /// The card holding a statement, by the statement's id or the card's anchor.
    pub fn card_of_statement(&self, statement_id: &str) -> Option<&Card> {
        let index = self.article.statements.iter().position(|s| s.id == statement_id)?;
        self.cards.iter().find(|c| c.statements.contains(&index))
    }
}

fn mentions(body: &Option<String>, word: &str) -> bool {
    body.as_deref().is_some_and(|b| b.to_ascii_lowercase().contains(word))
}

/// The article's General Assembly tally: one whose body is the Assembly, else the first full
/// tally (yes and no) that is not the Council's.
fn assembly_tally(article: &Article) -> Option<&Tally> {
    article
        .votes
        .iter()
        .find(|t| mentions(&t.body, "assembly"))
        .or_else(|| article.votes.iter().find(|t| !mentions(&t.body, "council") && t.yes.is_some() && t.no.is_some()))
}

fn council_tally(article: &Article) -> Option<&Tally> {
    article.votes.iter().find(|t| mentions(&t.body, "security council"))
}

fn build_assembly(tally: Tally, data: Option<&[MemberVote]>) -> Assembly {
    let mut notes = Vec::new();
    let said = [
        (Group::Yes, tally.yes),
        (Group::No, tally.no),
        (Group::Abstain, tally.abstain),
        (Group::Absent, tally.absent),
    ];
    let article_total = said.iter().fold(0u32, |sum, (_, n)| sum.saturating_add(n.unwrap_or(0)));
    let membership = tally.membership.unwrap_or(ASSEMBLY_MEMBERS);

    // Join the data when it is about this vote: it agrees on at least two of yes, no, abstain.
    let data_totals = data.map(roll_call::totals);
    let join = match data_totals {
        Some(t) => {
            let agree = [(t.yes, tally.yes), (t.no, tally.no), (t.abstain, tally.abstain)]
                .iter()
                .filter(|(d, a)| Some(*d) == *a)
                .count();
            let absent_ok = tally.absent.is_none_or(|a| a == t.absent);
            match agree {
                3 if absent_ok => DataJoin::Agrees(t),
                2 | 3 => DataJoin::Disagrees(t),
                _ => DataJoin::ArticleOnly,
            }
        }
        None => DataJoin::ArticleOnly,
    };

    let mut groups: Vec<GroupCount> =
        said.iter().filter_map(|&(group, n)| n.filter(|&n| n > 0).map(|count| GroupCount { group, count })).collect();

    let seats = match (&join, data) {
        (DataJoin::Agrees(_) | DataJoin::Disagrees(_), Some(votes)) => {
            if let DataJoin::Disagrees(t) = &join {
                notes.push(format!(
                    "The roll-call data counts {} yes, {} no, {} abstaining and {} not voting; the article reports {}. The summary uses the article's numbers.",
                    t.yes, t.no, t.abstain, t.absent, describe(&tally)
                ));
            }
            if tally.absent.is_none() {
                if let DataJoin::Agrees(t) | DataJoin::Disagrees(t) = &join {
                    if t.absent > 0 {
                        groups.push(GroupCount { group: Group::Absent, count: t.absent });
                    }
                }
            }
            let mut seats: Vec<SeatVote> = votes
                .iter()
                .map(|v| SeatVote {
                    group: v.position.into(),
                    iso2: Some(v.iso2.clone()),
                    name: Some(v.country.clone()),
                })
                .collect();
            seats.sort_by(|a, b| a.group.cmp(&b.group).then_with(|| a.name.cmp(&b.name)));
            seats
        }
        _ => {
            if article_total > membership {
                notes.push(format!(
                    "The article's counts add up to {article_total}, more than the {membership} members of the body; the chart shows the counts as given."
                ));
            } else if membership > article_total && article_total > 0 {
                groups.push(GroupCount { group: Group::Unknown, count: membership - article_total });
            }
            let mut seats = Vec::new();
            for g in &groups {
                let room = MAX_CHART_SEATS.saturating_sub(seats.len() as u32);
                for _ in 0..g.count.min(room) {
                    seats.push(SeatVote { group: g.group, iso2: None, name: None });
                }
            }
            if groups.iter().fold(0u32, |s, g| s.saturating_add(g.count)) > MAX_CHART_SEATS {
                notes.push(format!("The chart draws the first {MAX_CHART_SEATS} seats only."));
            }
            seats
        }
    };

    let threshold = match (tally.yes, tally.no) {
        (Some(yes), Some(no)) => Some(majority::simple_majority(yes, no)),
        _ => None,
    };
    Assembly { tally, groups, seats, threshold, data: join, notes }
}

fn describe(t: &Tally) -> String {
    let n = |v: Option<u32>| v.map_or_else(|| "?".to_string(), |v| v.to_string());
    format!("{}–{}–{}", n(t.yes), n(t.no), n(t.abstain))
}

fn build_council(tally: Tally, data: Option<&[CouncilMember]>) -> Council {
    let membership = tally.membership.unwrap_or(majority::COUNCIL_MEMBERS).min(majority::COUNCIL_MEMBERS);
    let named = |codes: &[String], stance: Stance| -> Vec<CouncilSeat> {
        codes
            .iter()
            .filter_map(|code| countries::by_iso2(code))
            .map(|c| CouncilSeat {
                iso2: Some(c.iso2.to_string()),
                name: Some(c.name.to_string()),
                permanent: c.permanent,
                stance,
            })
            .collect()
    };
    // Never more seats than the council has, whatever the article's numbers say.
    let anonymous = move |n: u32, stance: Stance| {
        (0..n.min(membership)).map(move |_| CouncilSeat { iso2: None, name: None, permanent: false, stance })
    };
    let mut notes = Vec::new();
    let claimed = [tally.yes, tally.no, tally.abstain].iter().fold(0u32, |sum, n| sum.saturating_add(n.unwrap_or(0)));
    if claimed > membership {
        notes.push(format!(
            "The article's counts add up to {claimed}, more than the council's {membership} members; the panel shows at most {membership} seats."
        ));
    }

    let mut seats: Vec<CouncilSeat> = Vec::new();
    let named_yes = named(&tally.named_yes, Stance::For);
    let named_no = named(&tally.named_no, Stance::Against);
    let yes_rest = tally.yes.unwrap_or(0).saturating_sub(named_yes.len() as u32);
    let no_rest = tally.no.unwrap_or(0).saturating_sub(named_no.len() as u32);
    seats.extend(named_yes);
    seats.extend(anonymous(yes_rest, Stance::For));
    seats.extend(named_no);
    seats.extend(anonymous(no_rest, Stance::Against));
    seats.extend(anonymous(tally.abstain.unwrap_or(0), Stance::Abstain));
    seats.truncate(membership as usize);
    let rest = (membership as usize).saturating_sub(seats.len()) as u32;
    seats.extend(anonymous(rest, Stance::NotStated));

    // The later vote joins when it is consistent with the article: the article's named
    // opponents voted no there, its named supporters yes, and its counts do not exceed the data's.
    let next = data.filter(|members| {
        let stance_of = |code: &String| members.iter().find(|m| &m.iso2 == code).map(|m| m.position);
        let totals = roll_call::council_totals(members);
        members.len() == majority::COUNCIL_MEMBERS as usize
            && tally.named_no.iter().all(|c| stance_of(c) == Some(Position::No))
            && tally.named_yes.iter().all(|c| stance_of(c) == Some(Position::Yes))
            && tally.yes.is_none_or(|y| y <= totals.yes)
    });
    let next = next.map(|members| {
        let mut seats: Vec<CouncilSeat> = members
            .iter()
            .map(|m| CouncilSeat {
                iso2: Some(m.iso2.clone()),
                name: Some(m.name.clone()),
                permanent: m.permanent,
                stance: match m.position {
                    Position::Yes => Stance::For,
                    Position::No => Stance::Against,
                    Position::Abstain => Stance::Abstain,
                    Position::Absent => Stance::NotStated,
                },
            })
            .collect();
        seats.sort_by_key(|s| match s.stance {
            Stance::For => 0,
            Stance::Against => 1,
            Stance::Abstain => 2,
            Stance::NotStated => 3,
        });
        seats
    });
    let permanent = countries::MEMBERS.iter().filter(|c| c.permanent).map(|c| c.name.to_string()).collect();
    Council { tally, membership, article: seats, next, permanent, notes }
}

fn build_cards(article: &Article, assembly: Option<&Assembly>, council: Option<&Council>) -> Vec<Card> {
    let mut cards: Vec<Card> = Vec::new();
    for (index, s) in article.statements.iter().enumerate() {
        if let Some(card) = cards.last_mut().filter(|c| c.speaker == s.speaker) {
            card.statements.push(index);
            card.quote.push(' ');
            card.quote.push_str(&s.text);
            if !card.paragraphs.contains(&s.paragraph) {
                card.paragraphs.push(s.paragraph.clone());
            }
            continue;
        }
        let state = s.country.as_deref().and_then(countries::by_iso2);
        let joined = assembly.filter(|a| !matches!(a.data, DataJoin::ArticleOnly));
        cards.push(Card {
            id: s.id.clone(),
            speaker: s.speaker.clone(),
            role: s.role.clone(),
            affiliation: s.affiliation.clone(),
            country: state.map(|c| c.iso2.to_string()),
            country_name: state.map(|c| c.name.to_string()),
            statements: vec![index],
            quote: s.text.clone(),
            paragraphs: vec![s.paragraph.clone()],
            vote: state.and_then(|c| joined.and_then(|a| a.vote_of(c.iso2))),
            permanent: state.is_some_and(|c| c.permanent),
            council_member: state.is_some_and(|c| {
                council
                    .and_then(|k| k.next.as_ref())
                    .is_some_and(|seats| seats.iter().any(|seat| seat.iso2.as_deref() == Some(c.iso2)))
            }),
        });
    }
    cards
}
