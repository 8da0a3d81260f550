//! The whole UN General Assembly voting record, 1946–2019, and the join from an article's tally to
//! the roll call it reports.
//!
//! The data is the compact form in `data/unvotes/` (see its README): `countries.tsv` lists every
//! (code, name) pair the source uses, and `roll_calls.tsv` has one line per roll call with one vote
//! letter per country. [`Dataset::parse`] reads both once; [`Dataset::find`] looks a tally up by its
//! (yes, no) counts and then only narrows: exact abstentions, the countries the article names, a
//! resolution symbol, the article's years. Dates, months and title words only break ties, and only
//! when one roll call is better on every one of them. Anything less certain is
//! [`Finding::Ambiguous`] or [`Finding::NotFound`] with a note a reader can read: a wrong join is
//! worse than none.
//!
//! Nothing here panics, whatever the input.
//!
//! Files: this one holds the public types; `read` parses the two files, `members` says who sat
//! and how they voted, `find` is the look-up, `evidence`, `symbols`, `date` and `words` read an
//! article's text, and the stop words and month names are data in `crate::lexicon::unvotes`.

mod date;
mod evidence;
mod find;
mod members;
mod read;
mod symbols;
mod words;

#[cfg(test)]
mod tests;

use crate::roll_call::MemberVote;
use date::{month_name, Date};
pub use evidence::Evidence;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// The names of the two files, as errors report them.
pub const COUNTRIES_FILE: &str = "countries.tsv";
pub const ROLL_CALLS_FILE: &str = "roll_calls.tsv";

/// The header line of `roll_calls.tsv`.
pub const ROLL_CALLS_HEADER: &str = "rcid\tsession\tdate\tsymbol\tamend\tpara\timportant\tshort\ttitle\tvotes";

/// The data's `YU` is Serbia's seat from this date (Montenegro's independence) on.
const SERBIA_FROM: Date = Date { y: 2006, m: 6, d: 3 };
/// The data's `RU` before this date is the Soviet Union's seat.
const RUSSIA_FROM: Date = Date { y: 1991, m: 12, d: 24 };
/// Before this session the source's days of the month are not real (they are only ever 1–7;
/// years and months are right), so those dates are shown and matched to the month only.
const DAYS_KNOWN_FROM_SESSION: u32 = 58;

/// Why the data files could not be read: the file and the 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DatasetError {}

/// One (code, name) pair of `countries.tsv`, with the dates of its first and last rows.
#[derive(Clone, Debug)]
struct Entry {
    code: String,
    name: String,
    first: Option<Date>,
    last: Option<Date>,
}

/// One roll call of `roll_calls.tsv`.
#[derive(Clone, Debug)]
struct Call {
    rcid: u32,
    session: u32,
    date: Date,
    symbol: String,
    amend: Option<bool>,
    important: Option<bool>,
    short: String,
    title: String,
    yes: u32,
    no: u32,
    abstain: u32,
}

impl Call {
    fn day_known(&self) -> bool {
        self.session >= DAYS_KNOWN_FROM_SESSION
    }

    /// ISO date, or `YYYY-MM` where the source's day is not real.
    fn iso_date(&self) -> String {
        if self.day_known() {
            self.date.iso()
        } else {
            format!("{:04}-{:02}", self.date.y, self.date.m)
        }
    }

    /// "18 December 2014", or "December 1975" where the day is not real.
    fn date_words(&self) -> String {
        let month = month_name(self.date.m);
        if self.day_known() {
            format!("{} {month} {}", self.date.d, self.date.y)
        } else {
            format!("{month} {}", self.date.y)
        }
    }

    /// The reader-facing title: the resolution's title, else the source's short title.
    fn display_title(&self) -> &str {
        if self.title.is_empty() {
            &self.short
        } else {
            &self.title
        }
    }

    /// "A/RES/69/188 (2014-12-18)", or "roll call 880 (1965-11)" without a symbol.
    fn label(&self) -> String {
        if self.symbol.is_empty() {
            format!("roll call {} ({})", self.rcid, self.iso_date())
        } else {
            format!("{} ({})", self.symbol, self.iso_date())
        }
    }
}

/// The whole record, parsed once per build, with an index by (yes, no) counts.
pub struct Dataset {
    countries: Vec<Entry>,
    calls: Vec<Call>,
    /// One vote letter (`y`, `n`, `a`, `.`) per country per roll call, roll call by roll call.
    votes: Vec<u8>,
    /// For each session, which countries have a row in some roll call of it.
    session_rows: HashMap<u32, Vec<bool>>,
    /// For each session, the first and last year of its roll calls.
    session_years: HashMap<u32, (u16, u16)>,
    /// Roll calls (indices into `calls`) by (yes, no) counts.
    by_counts: HashMap<(u32, u32), Vec<usize>>,
    /// The first year and the year the last session began; the date of the last roll call.
    span: (u16, u16),
    last: Date,
}

impl fmt::Debug for Dataset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dataset")
            .field("countries", &self.countries.len())
            .field("roll_calls", &self.calls.len())
            .finish_non_exhaustive()
    }
}

/// What an article says about a vote, to look it up by.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Query {
    pub yes: Option<u32>,
    pub no: Option<u32>,
    pub abstain: Option<u32>,
    /// ISO2 codes of countries the article says voted yes, no, abstained: today's codes, as
    /// [`crate::countries`] gives them (Serbia is `RS`).
    pub named_yes: Vec<String>,
    pub named_no: Vec<String>,
    pub named_abstain: Vec<String>,
    pub evidence: Evidence,
}

/// The result of a look-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub enum Finding {
    Joined(Box<Joined>),
    /// Several roll calls fit and nothing tells them apart.
    Ambiguous {
        /// Symbols with dates: "A/RES/64/6 (2009-10-28)".
        candidates: Vec<String>,
        note: String,
    },
    /// Nothing fits.
    NotFound {
        note: String,
    },
}

/// The roll call an article's tally records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Joined {
    pub rcid: u32,
    pub session: u32,
    /// "A/RES/69/188"; empty where the source has none.
    pub symbol: String,
    /// ISO date; `YYYY-MM` before session 58, where the source's day of the month is not real.
    pub date: String,
    pub title: String,
    pub amendment: bool,
    pub important: bool,
    /// Every member state on that date, voting or not: absent members have Position::Absent.
    /// Sorted by name.
    pub members: Vec<MemberVote>,
    /// Why this roll call was chosen, as short reader-facing phrases.
    pub evidence: Vec<String>,
}

/// At most 40 characters of a field, for error messages.
fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

fn push_once<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

impl Dataset {
    /// Number of roll calls.
    pub fn len(&self) -> usize {
        self.calls.len()
    }

    /// Whether there are no roll calls (never, for a parsed dataset).
    pub fn is_empty(&self) -> bool {
        self.calls.is_empty()
    }

    /// The first year of the data and the year its last session began (1946, 2019).
    pub fn span(&self) -> (u16, u16) {
        self.span
    }

    /// The roll call with this rcid, with its members, without any evidence.
    pub fn roll_call(&self, rcid: u32) -> Option<Joined> {
        let i = self.calls.binary_search_by_key(&rcid, |c| c.rcid).ok()?;
        Some(self.joined(i, Vec::new()))
    }
}
