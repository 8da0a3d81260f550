//! Building one [`Division`] from one tally: the article's text read once ([`Context`]), the
//! votes ranked for drawing, and each tally's chamber, seats, rule and data join.

use std::cell::OnceCell;
use std::collections::HashMap;

use super::join::{
    agenda_matches, council_agrees, council_seats, join_assembly, next_vote, record_of, resolution_matches,
};
use super::{Chamber, Division, Group, GroupCount};
use crate::bodies::Places;
use crate::countries;
use crate::division::{self as d, rule_line};
use crate::model::{Article, Tally};
use crate::sources::{Library, VoteFile};
use crate::unvotes::Evidence;

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
pub(super) struct Context<'a> {
    article: &'a Article,
    library: &'a Library,
    text: String,
    evidence: Evidence,
    pub(super) places: Places,
    paragraphs: HashMap<&'a str, &'a str>,
    vetoes: OnceCell<Vec<String>>,
    countries: OnceCell<Vec<&'static str>>,
    resolution: OnceCell<Option<&'a VoteFile>>,
}

impl<'a> Context<'a> {
    pub(super) fn new(article: &'a Article, library: &'a Library) -> Self {
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
pub(super) fn rank(article: &Article, places: &Places) -> Vec<usize> {
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
pub(super) fn build_division(tally: &Tally, ctx: &Context) -> Division {
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
