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

use crate::countries;
use crate::roll_call::{MemberVote, Position};
use serde::{Deserialize, Serialize};
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

fn error(file: &'static str, line: usize, message: impl Into<String>) -> DatasetError {
    DatasetError { file, line, message: message.into() }
}

/// A calendar date as the data writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Date {
    y: u16,
    m: u8,
    d: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month_name(m: u8) -> &'static str {
    MONTHS.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?")
}

impl Date {
    /// `YYYY-MM-DD`, a real calendar date.
    fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0')))
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let (y, m, d) = (u16::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?);
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some(Date { y, m, d })
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// What else in the article can tell roll calls apart. See [`Evidence::from_text`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Resolution symbols, normalised to session/number: "68/262", "52/38B", "ES-10/19".
    pub symbols: Vec<String>,
    /// Four-digit years, 1945–2100.
    pub years: Vec<u16>,
    /// Full dates (year, month, day).
    pub dates: Vec<(u16, u8, u8)>,
    /// Months, with their year when the text gives one.
    pub months: Vec<(Option<u16>, u8)>,
    /// Dates given without a year ("Dec. 18"): (month, day).
    pub days: Vec<(u8, u8)>,
    /// Lower-case, ASCII-folded content words, stop words dropped, each once.
    pub words: Vec<String>,
}

/// The result of a look-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

fn flag(field: &str, column: &str, line: usize) -> Result<Option<bool>, DatasetError> {
    match field {
        "" => Ok(None),
        "0" => Ok(Some(false)),
        "1" => Ok(Some(true)),
        _ => Err(error(ROLL_CALLS_FILE, line, format!("{column} must be 0, 1 or empty, found \"{}\"", clip(field)))),
    }
}

/// At most 40 characters of a field, for error messages.
fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

fn number(field: &str, column: &str, file: &'static str, line: usize) -> Result<u32, DatasetError> {
    if field.is_empty() || field.len() > 9 || !field.bytes().all(|b| b.is_ascii_digit()) {
        return Err(error(file, line, format!("{column} must be a number, found \"{}\"", clip(field))));
    }
    field.parse().map_err(|_| error(file, line, format!("{column} must be a number, found \"{}\"", clip(field))))
}

/// Lines without their line ends, numbered from 1.
fn numbered(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.split('\n').enumerate().map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
}

impl Dataset {
    /// Parse `countries.tsv` and `roll_calls.tsv` text. Errors name the file and 1-based line.
    pub fn parse(countries: &str, roll_calls: &str) -> Result<Dataset, DatasetError> {
        let entries = parse_countries(countries)?;
        let n = entries.len();
        let mut data = Dataset {
            countries: entries,
            calls: Vec::new(),
            votes: Vec::new(),
            session_rows: HashMap::new(),
            session_years: HashMap::new(),
            by_counts: HashMap::new(),
            span: (0, 0),
            last: Date { y: 0, m: 1, d: 1 },
        };
        let mut lines = numbered(roll_calls);
        match lines.next() {
            Some((_, head)) if head == ROLL_CALLS_HEADER => {}
            found => {
                let found = clip(found.map_or("", |(_, l)| l));
                return Err(error(ROLL_CALLS_FILE, 1, format!("expected the header line, found \"{found}\"")));
            }
        }
        for (line, text) in lines {
            if text.is_empty() {
                continue;
            }
            let fields: Vec<&str> = text.split('\t').collect();
            let [rcid, session, date, symbol, amend, para, important, short, title, votes] = fields[..] else {
                return Err(error(
                    ROLL_CALLS_FILE,
                    line,
                    format!("expected 10 tab-separated fields, found {}", fields.len()),
                ));
            };
            let rcid = number(rcid, "rcid", ROLL_CALLS_FILE, line)?;
            if data.calls.last().is_some_and(|c| c.rcid >= rcid) {
                return Err(error(ROLL_CALLS_FILE, line, format!("rcid {rcid} is out of order (rcids must increase)")));
            }
            let session = number(session, "session", ROLL_CALLS_FILE, line)?;
            let date = Date::parse(date).ok_or_else(|| {
                error(ROLL_CALLS_FILE, line, format!("date must be YYYY-MM-DD, found \"{}\"", clip(date)))
            })?;
            let (amend, _para, important) =
                (flag(amend, "amend", line)?, flag(para, "para", line)?, flag(important, "important", line)?);
            if votes.len() != n {
                let found = votes.len();
                return Err(error(
                    ROLL_CALLS_FILE,
                    line,
                    format!("votes has {found} letters, expected {n} (one per country)"),
                ));
            }
            let (mut yes, mut no, mut abstain) = (0, 0, 0);
            for (k, b) in votes.bytes().enumerate() {
                match b {
                    b'y' => yes += 1,
                    b'n' => no += 1,
                    b'a' => abstain += 1,
                    b'.' => {}
                    _ => {
                        let message = format!("vote letter {} (country {k}) must be y, n, a or .", k + 1);
                        return Err(error(ROLL_CALLS_FILE, line, message));
                    }
                }
            }
            data.votes.extend_from_slice(votes.as_bytes());
            let (symbol, short, title) =
                (symbol.trim().to_string(), short.trim().to_string(), title.trim().to_string());
            data.calls.push(Call { rcid, session, date, symbol, amend, important, short, title, yes, no, abstain });
        }
        if data.calls.is_empty() {
            return Err(error(ROLL_CALLS_FILE, 2, "no roll calls"));
        }
        data.index();
        Ok(data)
    }

    /// Membership facts and the count index, from the parsed rows.
    fn index(&mut self) {
        let n = self.countries.len();
        for (i, call) in self.calls.iter().enumerate() {
            let rows = self.session_rows.entry(call.session).or_insert_with(|| vec![false; n]);
            for (k, &v) in self.votes[i * n..(i + 1) * n].iter().enumerate() {
                if v != b'.' {
                    rows[k] = true;
                    let e = &mut self.countries[k];
                    e.first = Some(e.first.map_or(call.date, |d| d.min(call.date)));
                    e.last = Some(e.last.map_or(call.date, |d| d.max(call.date)));
                }
            }
            let years = self.session_years.entry(call.session).or_insert((call.date.y, call.date.y));
            *years = (years.0.min(call.date.y), years.1.max(call.date.y));
            self.by_counts.entry((call.yes, call.no)).or_default().push(i);
        }
        let first = self.calls.iter().map(|c| c.date.y).min().unwrap_or(0);
        let last_session = self.calls.iter().map(|c| c.session).max().unwrap_or(0);
        let end = self.session_years.get(&last_session).map_or(first, |y| y.0);
        self.span = (first, end);
        self.last = self.calls.iter().map(|c| c.date).max().unwrap_or(self.last);
    }

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

    /// The vote letter of country `k` on roll call `i`.
    fn letter(&self, i: usize, k: usize) -> u8 {
        let n = self.countries.len();
        self.votes.get(i * n + k).copied().unwrap_or(b'.')
    }

    /// Whether country `k` was a member on roll call `i`: it has a row in it, or it has a row in the
    /// same session and its rows begin on or before and end on or after this date.
    fn member(&self, i: usize, k: usize) -> bool {
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
    fn iso2_on(&self, k: usize, date: Date) -> &str {
        let code = self.countries[k].code.as_str();
        if code == "YU" && date >= SERBIA_FROM {
            "RS"
        } else {
            code
        }
    }

    /// The position of the member with today's code `iso2` on roll call `i`, if it was a member.
    fn position_of(&self, i: usize, iso2: &str) -> Option<Position> {
        if iso2.is_empty() {
            return None;
        }
        let date = self.calls[i].date;
        (0..self.countries.len())
            .find(|&k| self.iso2_on(k, date).eq_ignore_ascii_case(iso2) && self.member(i, k))
            .map(|k| position(self.letter(i, k)))
    }

    /// Roll call `i` with its members and the given evidence.
    fn joined(&self, i: usize, evidence: Vec<String>) -> Joined {
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

    /// Find the roll call an article's tally records.
    pub fn find(&self, query: &Query) -> Finding {
        let (Some(yes), Some(no)) = (query.yes, query.no) else {
            let note =
                "The article does not give both the votes in favour and against, so no recorded vote can be looked up.";
            return Finding::NotFound { note: note.into() };
        };
        let (first, end) = self.span();
        let ev = &query.evidence;
        let mut years: Vec<u16> = ev.years.clone();
        years.extend(ev.dates.iter().map(|d| d.0));
        years.extend(ev.months.iter().filter_map(|m| m.0));
        years.sort_unstable();
        years.dedup();
        let last = self.last;
        if !years.is_empty() && years.iter().all(|&y| y > last.y) {
            let list = join_words(&years.iter().map(u16::to_string).collect::<Vec<_>>(), "and");
            let (noun, verb) = if years.len() == 1 { ("year", "is") } else { ("years", "are") };
            let note = format!(
                "The General Assembly voting data ends in {end} (its last recorded vote is on {} {} {}); \
                 the article's {noun}, {list}, {verb} later.",
                last.d,
                month_name(last.m),
                last.y
            );
            return Finding::NotFound { note };
        }

        let counts = match query.abstain {
            Some(a) => format!("{yes} in favour, {no} against and {a} abstentions"),
            None => format!("{yes} in favour and {no} against"),
        };
        let mut qualifiers: Vec<String> = Vec::new();
        let not_found = |qualifiers: &[String]| {
            let mut note = format!("No recorded General Assembly vote in the data ({first}–{end}) has {counts}");
            for q in qualifiers {
                note.push(' ');
                note.push_str(q);
            }
            note.push('.');
            Finding::NotFound { note }
        };
        let mut evidence = vec![match query.abstain {
            Some(a) => format!("counts {yes}–{no}–{a}"),
            None => format!("counts {yes}–{no}"),
        }];

        let mut cands: Vec<usize> = self.by_counts.get(&(yes, no)).cloned().unwrap_or_default();
        cands.retain(|&i| query.abstain.is_none_or(|a| self.calls[i].abstain == a));
        if cands.is_empty() {
            return not_found(&qualifiers);
        }

        let groups = [
            (&query.named_yes, Position::Yes),
            (&query.named_no, Position::No),
            (&query.named_abstain, Position::Abstain),
        ];
        if groups.iter().any(|(codes, _)| !codes.is_empty()) {
            cands.retain(|&i| {
                groups.iter().all(|(codes, p)| codes.iter().all(|code| self.position_of(i, code.trim()) == Some(*p)))
            });
            qualifiers.push("with the countries the article names".into());
            if cands.is_empty() {
                return not_found(&qualifiers);
            }
            for (codes, p) in groups {
                if !codes.is_empty() {
                    let verb = match p {
                        Position::Yes => "voted yes",
                        Position::No => "voted no",
                        _ => "abstained",
                    };
                    evidence.push(format!(
                        "{} {verb}",
                        join_words(&codes.iter().map(|c| country_name(c)).collect::<Vec<_>>(), "and")
                    ));
                }
            }
        }

        if !ev.symbols.is_empty() {
            let keys: Vec<SymbolKey> = ev.symbols.iter().filter_map(|s| SymbolKey::parse(s)).collect();
            cands.retain(|&i| {
                SymbolKey::parse(&self.calls[i].symbol).is_some_and(|have| keys.iter().any(|want| want.matches(&have)))
            });
            let shown: Vec<String> = ev.symbols.iter().map(|s| clip(s.trim())).collect();
            let (word, list) = if shown.len() == 1 {
                ("resolution", shown[0].clone())
            } else {
                ("resolutions", join_words(&shown, "or"))
            };
            qualifiers.push(format!("on {word} {list}"));
            if cands.is_empty() {
                return not_found(&qualifiers);
            }
            evidence.push(format!("{word} {list} named"));
        }

        if !years.is_empty() {
            cands.retain(|&i| {
                let call = &self.calls[i];
                let (from, to) = self.session_years.get(&call.session).copied().unwrap_or((call.date.y, call.date.y));
                years.iter().any(|&y| y == call.date.y || (from..=to).contains(&y))
            });
            let list = join_words(&years.iter().map(u16::to_string).collect::<Vec<_>>(), "or");
            qualifiers.push(format!("in {list}"));
            if cands.is_empty() {
                return not_found(&qualifiers);
            }
            evidence.push(match &years[..] {
                [one] => format!("the article's year, {one}"),
                _ => format!(
                    "the article's years ({})",
                    join_words(&years.iter().map(u16::to_string).collect::<Vec<_>>(), "and")
                ),
            });
        }

        if let [only] = cands[..] {
            if evidence.len() == 1 {
                evidence.push("no other recorded vote has these counts".into());
            }
            return Finding::Joined(Box::new(self.joined(only, evidence)));
        }

        // Tie-break on dates, months and title words; only a roll call at least as good as every
        // other on each of them, and better than each other on one, is chosen.
        let words: Vec<&str> = {
            let mut w: Vec<&str> = ev.words.iter().map(|w| stem(w.as_str())).filter(|w| !w.is_empty()).collect();
            w.sort_unstable();
            w.dedup();
            w
        };
        let scores: Vec<Score> = cands.iter().map(|&i| self.score(i, ev, &years, &words)).collect();
        let front: Vec<usize> = (0..cands.len())
            .filter(|&a| !(0..cands.len()).any(|b| b != a && scores[b].dominates(&scores[a])))
            .collect();
        if let [best] = front[..] {
            if (0..cands.len()).all(|b| b == best || scores[best].dominates(&scores[b])) {
                let s = &scores[best];
                let call = &self.calls[cands[best]];
                if s.date {
                    evidence.push(format!("date {} named", call.date_words()));
                } else if s.month {
                    evidence.push(format!("month {} {} named", month_name(call.date.m), call.date.y));
                }
                if !s.words.is_empty() {
                    evidence.push(format!("title words: {}", s.words.join(", ")));
                }
                let others = cands.len() - 1;
                let plural = if others == 1 { "vote" } else { "votes" };
                evidence.push(format!("{others} other {plural} with these counts fit the article less well"));
                return Finding::Joined(Box::new(self.joined(cands[best], evidence)));
            }
        }
        let mut shown: Vec<usize> = front.iter().map(|&f| cands[f]).collect();
        shown.sort_by_key(|&i| (self.calls[i].date, self.calls[i].rcid));
        let candidates: Vec<String> = shown.iter().map(|&i| self.calls[i].label()).collect();
        let mut note = format!("{} recorded General Assembly votes have {counts}", cands.len());
        for q in &qualifiers {
            note.push(' ');
            note.push_str(q);
        }
        if candidates.len() < cands.len() {
            note.push_str(&format!("; {} of them fit the article equally well", candidates.len()));
        }
        note.push_str("; nothing in the article tells them apart.");
        Finding::Ambiguous { candidates, note }
    }

    fn score(&self, i: usize, ev: &Evidence, years: &[u16], words: &[&str]) -> Score {
        let call = &self.calls[i];
        let Date { y, m, d } = call.date;
        let date = call.day_known()
            && (ev.dates.contains(&(y, m, d))
                || (ev.days.contains(&(m, d)) && (years.is_empty() || years.contains(&y))));
        let month = ev.dates.iter().any(|&(dy, dm, _)| (dy, dm) == (y, m))
            || ev.months.iter().any(|&(my, mm)| mm == m && my.is_none_or(|my| my == y))
            || ev.days.iter().any(|&(dm, _)| dm == m);
        let mut title: Vec<String> = content_words(call.display_title());
        title.extend(content_words(&call.short));
        let title: Vec<&str> = title.iter().map(|w| stem(w)).collect();
        let matched = words.iter().filter(|w| title.contains(w)).map(|w| w.to_string()).collect();
        Score { date, month, words: matched }
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

/// A country's name for a reader, from its ISO2 code.
fn country_name(code: &str) -> String {
    countries::by_iso2(code.trim()).map_or_else(|| clip(code.trim()), |c| c.name.to_string())
}

/// "a", "a and b", "a, b and c".
fn join_words(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// How well a roll call fits the article beyond the hard filters.
struct Score {
    date: bool,
    month: bool,
    words: Vec<String>,
}

impl Score {
    /// At least as good on every measure and better on one. On title words "at least as good"
    /// means matching every word the other matches: a word that speaks for the other roll call
    /// is evidence against this one.
    fn dominates(&self, other: &Score) -> bool {
        let covers = other.words.iter().all(|w| self.words.contains(w));
        let ge = (self.date || !other.date) && (self.month || !other.month) && covers;
        let gt = (self.date && !other.date) || (self.month && !other.month) || self.words.len() > other.words.len();
        ge && gt
    }
}

fn parse_countries(text: &str) -> Result<Vec<Entry>, DatasetError> {
    let mut out: Vec<Entry> = Vec::new();
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    for (line, text) in numbered(text) {
        if text.is_empty() {
            continue;
        }
        let fields: Vec<&str> = text.split('\t').collect();
        let [index, code, name] = fields[..] else {
            return Err(error(
                COUNTRIES_FILE,
                line,
                format!("expected 3 tab-separated fields, found {}", fields.len()),
            ));
        };
        let index = number(index, "index", COUNTRIES_FILE, line)?;
        if usize::try_from(index).ok() != Some(out.len()) {
            return Err(error(COUNTRIES_FILE, line, format!("expected index {}, found {index}", out.len())));
        }
        if !(code.is_empty() || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))) {
            return Err(error(
                COUNTRIES_FILE,
                line,
                format!("code must be empty or two capital letters, found \"{}\"", clip(code)),
            ));
        }
        let name = name.trim();
        if name.is_empty() {
            return Err(error(COUNTRIES_FILE, line, "empty name"));
        }
        if let Some(other) = seen.insert((code.to_string(), name.to_string()), line) {
            return Err(error(COUNTRIES_FILE, line, format!("{code} {name} is also on line {other}")));
        }
        out.push(Entry { code: code.to_string(), name: name.to_string(), first: None, last: None });
    }
    if out.is_empty() {
        return Err(error(COUNTRIES_FILE, 1, "no countries"));
    }
    Ok(out)
}

/// A resolution symbol's session and number: "A/RES/52/38B" is ("52", 38, "B").
#[derive(Clone, Debug, PartialEq, Eq)]
struct SymbolKey {
    session: String,
    number: u32,
    suffix: String,
}

impl SymbolKey {
    /// From "A/RES/68/262", "68/262", "A/RES/ES-10/19", "52/38 B"; `None` for anything else
    /// (draft symbols such as "A/68/L.39", the source's odd "ESS/1/34").
    fn parse(s: &str) -> Option<SymbolKey> {
        let s = s.trim();
        let rest = match s.get(..6) {
            Some(p) if p.eq_ignore_ascii_case("A/RES/") => &s[6..],
            _ => s,
        };
        let (session, rest) = rest.split_once('/')?;
        let session = session.trim().to_ascii_uppercase();
        let digits = session.trim_start_matches("ES-").trim_start_matches("S-");
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let end = rest.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(rest.len());
        if end == 0 || end > 6 {
            return None;
        }
        let number = rest[..end].parse().ok()?;
        let suffix: String =
            rest[end..].chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let session = match session.strip_prefix("ES-").or_else(|| session.strip_prefix("S-")) {
            Some(n) => format!("{}{}", &session[..session.len() - n.len()], n.trim_start_matches('0')),
            None => session.trim_start_matches('0').to_string(),
        };
        Some(SymbolKey { session, number, suffix })
    }

    /// Whether a roll call's symbol `have` is this one: the same session and number, and this
    /// suffix (if any) begins it ("52/38" matches "52/38B"; "52/38B" does not match "52/38C").
    fn matches(&self, have: &SymbolKey) -> bool {
        self.session == have.session && self.number == have.number && have.suffix.starts_with(&self.suffix)
    }
}

// ---------------------------------------------------------------------------------------------
// Reading an article for evidence.

/// One token of text: a run of letters, a run of ASCII digits, or one other character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Mark,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Mark
        };
        let mut end = start + c.len_utf8();
        if kind != Kind::Mark {
            while let Some(&(i, n)) = chars.peek() {
                let same = if kind == Kind::Word { n.is_alphabetic() } else { n.is_ascii_digit() };
                if !same {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
        }
        out.push(Tok { kind, text: &text[start..end], start, end });
    }
    out
}

/// The value of a digit token of at most four digits.
fn small_number(t: &Tok) -> Option<u16> {
    (t.kind == Kind::Number && t.text.len() <= 4).then(|| t.text.parse().ok()).flatten()
}

const MONTH_ABBREVIATIONS: [(&str, u8); 13] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
    ("May", 5),
];

/// A month name at token `i`: its number, the tokens it takes (an abbreviation's dot), and
/// whether it needs a day or year beside it to count ("May", "Mar" without a dot).
fn month_at(toks: &[Tok], i: usize) -> Option<(u8, usize, bool)> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word || !t.text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let dot = toks.get(i + 1).is_some_and(|n| n.text == "." && n.start == t.end);
    if let Some(m) = MONTHS.iter().position(|name| name.eq_ignore_ascii_case(t.text)) {
        let m = u8::try_from(m + 1).ok()?;
        return Some((m, 1, m == 5));
    }
    let (_, m) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| a.eq_ignore_ascii_case(t.text))?;
    Some((*m, if dot { 2 } else { 1 }, !dot || *m == 5))
}

/// A year at token `i`: four digits, 1945–2100, not part of a longer figure ("1,950", "2014/15",
/// "1990s", "$2000", "A/RES/2014").
fn year_at(toks: &[Tok], i: usize) -> Option<u16> {
    let t = toks.get(i)?;
    if t.kind != Kind::Number || t.text.len() != 4 {
        return None;
    }
    let y = small_number(t)?;
    if !(1945..=2100).contains(&y) {
        return None;
    }
    if let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p)).filter(|p| p.end == t.start) {
        if p.kind != Kind::Mark || matches!(p.text, "/" | "$" | "£" | "€" | "." | ",") {
            return None;
        }
    }
    if let Some(n) = toks.get(i + 1).filter(|n| n.start == t.end) {
        let figure = matches!(n.text, "." | "," | "/" | ":")
            && toks.get(i + 2).is_some_and(|m| m.kind == Kind::Number && m.start == n.end);
        if n.kind != Kind::Mark || n.text == "%" || figure {
            return None;
        }
    }
    Some(y)
}

/// A day of the month at token `i`: one or two digits, not followed by a unit-like mark.
fn day_at(toks: &[Tok], i: usize) -> Option<u8> {
    let t = toks.get(i)?;
    if t.kind != Kind::Number || t.text.len() > 2 {
        return None;
    }
    if toks.get(i + 1).is_some_and(|n| n.start == t.end && (n.kind != Kind::Mark || matches!(n.text, ":" | "%" | "/")))
    {
        let ordinal = toks.get(i + 1).is_some_and(|n| matches!(n.text, "st" | "nd" | "rd" | "th"));
        if !ordinal {
            return None;
        }
    }
    let d = u8::try_from(small_number(t)?).ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Skip a comma at token `i`.
fn skip_comma(toks: &[Tok], i: usize) -> usize {
    if toks.get(i).is_some_and(|t| t.text == ",") {
        i + 1
    } else {
        i
    }
}

/// Skip an ordinal suffix ("18th") at token `i`, if it touches the number before it.
fn skip_ordinal(toks: &[Tok], i: usize) -> usize {
    match (i.checked_sub(1).and_then(|p| toks.get(p)), toks.get(i)) {
        (Some(p), Some(t)) if p.end == t.start && matches!(t.text, "st" | "nd" | "rd" | "th") => i + 1,
        _ => i,
    }
}

impl Evidence {
    /// Scan an article's text (headline and paragraphs joined by `\n`) for resolution symbols
    /// ("resolution 68/262", "A/RES/68/262", "resolution 1514 (XV)"; not drafts such as
    /// "A/68/L.39"), four-digit years 1945–2100, dates ("27 March 2014", "March 27, 2014",
    /// "Dec. 18", "2014-12-18"), months ("in December") and content words.
    pub fn from_text(text: &str) -> Evidence {
        let mut ev = Evidence { symbols: symbols(text), words: content_words(text), ..Evidence::default() };
        // Line by line (a paragraph a line): no date spans two paragraphs, and only one
        // paragraph's tokens are held at a time.
        for line in text.split('\n') {
            let toks = tokens(line);
            let mut i = 0;
            while i < toks.len() {
                // ISO dates: 2014-12-18.
                if let (Some(y), Some(d1), Some(m), Some(d2), Some(d)) =
                    (year_at(&toks, i), toks.get(i + 1), toks.get(i + 2), toks.get(i + 3), toks.get(i + 4))
                {
                    let touching = [toks[i], *d1, *m, *d2, *d].windows(2).all(|w| w[0].end == w[1].start);
                    if touching && d1.text == "-" && d2.text == "-" && m.text.len() == 2 && d.text.len() == 2 {
                        let (m, d) = (small_number(m).unwrap_or(0), small_number(d).unwrap_or(0));
                        if let (Ok(m @ 1..=12), Ok(d)) = (u8::try_from(m), u8::try_from(d)) {
                            if d >= 1 && d <= days_in_month(y, m) {
                                ev.add_date(y, m, d);
                                i += 5;
                                continue;
                            }
                        }
                    }
                }
                // "27 March 2014", "18 Dec."
                if let Some(d) = day_at(&toks, i) {
                    let j = skip_ordinal(&toks, i + 1);
                    let j = if toks.get(j).is_some_and(|t| t.text == "of") { j + 1 } else { j };
                    if let Some((m, used, _)) = month_at(&toks, j) {
                        let k = skip_comma(&toks, j + used);
                        if let Some(y) = year_at(&toks, k) {
                            ev.add_full_or_partial(Some(y), m, d);
                            i = k + 1;
                        } else {
                            ev.add_full_or_partial(None, m, d);
                            i = j + used;
                        }
                        continue;
                    }
                }
                // "March 27, 2014", "Dec. 18", "December 2014", "in December".
                if let Some((m, used, weak)) = month_at(&toks, i) {
                    let j = i + used;
                    if let Some(d) = day_at(&toks, j) {
                        let k = skip_comma(&toks, skip_ordinal(&toks, j + 1));
                        if let Some(y) = year_at(&toks, k) {
                            ev.add_full_or_partial(Some(y), m, d);
                            i = k + 1;
                        } else {
                            ev.add_full_or_partial(None, m, d);
                            i = skip_ordinal(&toks, j + 1);
                        }
                        continue;
                    }
                    let k = skip_comma(&toks, j);
                    if let Some(y) = year_at(&toks, k) {
                        push_once(&mut ev.months, (Some(y), m));
                        push_once(&mut ev.years, y);
                        i = k + 1;
                        continue;
                    }
                    if !weak {
                        push_once(&mut ev.months, (None, m));
                    }
                    i = j;
                    continue;
                }
                if let Some(y) = year_at(&toks, i) {
                    push_once(&mut ev.years, y);
                }
                i += 1;
            }
        }
        ev
    }

    fn add_date(&mut self, y: u16, m: u8, d: u8) {
        push_once(&mut self.dates, (y, m, d));
        push_once(&mut self.months, (Some(y), m));
        push_once(&mut self.years, y);
    }

    fn add_full_or_partial(&mut self, y: Option<u16>, m: u8, d: u8) {
        match y {
            Some(y) if d <= days_in_month(y, m) => self.add_date(y, m, d),
            Some(_) => {}
            None if d <= days_in_month(2000, m) => {
                push_once(&mut self.days, (m, d));
                push_once(&mut self.months, (None, m));
            }
            None => {}
        }
    }
}

fn push_once<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// Whether `b[i..]` begins with `pat`, ignoring ASCII case.
fn starts_ci(b: &[u8], i: usize, pat: &[u8]) -> bool {
    b.get(i..i + pat.len()).is_some_and(|s| s.eq_ignore_ascii_case(pat))
}

/// Resolution symbols in a text, normalised ("68/262", "ES-10/19", "15/1514").
fn symbols(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let boundary = |i: usize| i == 0 || !b[i - 1].is_ascii_alphanumeric();
    let mut i = 0;
    while i < b.len() {
        if starts_ci(b, i, b"A/RES/") && boundary(i) {
            if let Some((key, end)) = symbol_at(b, i + 6) {
                push_once(&mut out, key);
                i = end;
                continue;
            }
        } else if starts_ci(b, i, b"resolution") && boundary(i) {
            let mut j = i + 10;
            if b.get(j).is_some_and(|c| c.eq_ignore_ascii_case(&b's')) {
                j += 1;
            }
            if b.get(j).is_none_or(|c| !c.is_ascii_alphanumeric()) {
                // A list: "resolutions 68/262 and 68/263", "resolution No. 68/262".
                loop {
                    while b.get(j).is_some_and(|c| *c == b' ' || *c == b',') {
                        j += 1;
                    }
                    for skip in [&b"no. "[..], b"number ", b"and ", b"or ", b"A/RES/"] {
                        if starts_ci(b, j, skip) {
                            j += skip.len();
                        }
                    }
                    match symbol_at(b, j) {
                        Some((key, end)) => {
                            push_once(&mut out, key);
                            j = end;
                        }
                        None => break,
                    }
                }
                i = j.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A symbol at `b[j..]`: "68/262", "52/38B", "ES-10/19", "S-26/2", or "1514 (XV)"; its
/// normalised key and where it ends.
fn symbol_at(b: &[u8], j: usize) -> Option<(String, usize)> {
    let digits = |from: usize, max: usize| {
        let n = b.get(from..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_digit()).count();
        (n >= 1 && n <= max).then_some(n)
    };
    let value =
        |from: usize, n: usize| -> u32 { b[from..from + n].iter().fold(0, |v, &c| v * 10 + u32::from(c - b'0')) };
    let (prefix, at) = if starts_ci(b, j, b"ES-") {
        ("ES-", j + 3)
    } else if starts_ci(b, j, b"S-") {
        ("S-", j + 2)
    } else {
        ("", j)
    };
    let n = digits(at, 4)?;
    let first = value(at, n);
    let after = at + n;
    if b.get(after) == Some(&b'/') && n <= 3 {
        let m = digits(after + 1, 5)?;
        let number = value(after + 1, m);
        let mut end = after + 1 + m;
        let mut suffix = String::new();
        if let Some(&c) = b.get(end).filter(|c| c.is_ascii_uppercase()) {
            if b.get(end + 1).is_none_or(|n| !n.is_ascii_alphanumeric()) {
                suffix.push(char::from(c));
                end += 1;
            }
        }
        let next = b.get(end);
        if next.is_some_and(|c| {
            c.is_ascii_alphanumeric() || (*c == b'/' && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        }) {
            return None;
        }
        return Some((format!("{prefix}{first}/{number}{suffix}"), end));
    }
    // "1514 (XV)": a number and the session in Roman numerals.
    if prefix.is_empty() && n >= 2 {
        let mut k = after;
        if b.get(k) == Some(&b' ') {
            k += 1;
        }
        if b.get(k) == Some(&b'(') {
            let len =
                b.get(k + 1..).unwrap_or(&[]).iter().take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L')).count();
            if len > 0 && b.get(k + 1 + len) == Some(&b')') {
                let session = roman(&b[k + 1..k + 1 + len])?;
                return Some((format!("{session}/{first}"), k + 2 + len));
            }
        }
    }
    None
}

/// The value of a Roman numeral of I, V, X and L, 1–89; `None` if it is not well formed.
fn roman(s: &[u8]) -> Option<u32> {
    let value = |c: u8| match c {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        _ => 50,
    };
    let mut total: i64 = 0;
    for (i, &c) in s.iter().enumerate() {
        let v = value(c);
        if s.get(i + 1).is_some_and(|&n| value(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    let total = u32::try_from(total).ok().filter(|t| (1..90).contains(t))?;
    // Well formed only if writing it back gives the same letters.
    let mut back = String::new();
    let mut rest = total;
    for (v, r) in [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while rest >= v {
            back.push_str(r);
            rest -= v;
        }
    }
    (back.as_bytes() == s).then_some(total)
}

/// ASCII folding of one lower-cased letter; `None` for letters it does not know.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// Words that say nothing about which vote it was: function words, news words and words that
/// every General Assembly vote shares.
const STOP_WORDS: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "adopt",
    "adopted",
    "adopting",
    "adoption",
    "after",
    "again",
    "against",
    "all",
    "also",
    "ambassador",
    "among",
    "and",
    "another",
    "any",
    "april",
    "are",
    "around",
    "assembly",
    "august",
    "because",
    "been",
    "before",
    "being",
    "between",
    "body",
    "both",
    "but",
    "call",
    "called",
    "calling",
    "calls",
    "can",
    "could",
    "council",
    "countries",
    "country",
    "day",
    "days",
    "december",
    "delegate",
    "delegates",
    "delegation",
    "delegations",
    "did",
    "does",
    "draft",
    "during",
    "each",
    "eight",
    "favor",
    "favour",
    "february",
    "few",
    "first",
    "five",
    "for",
    "four",
    "friday",
    "from",
    "further",
    "general",
    "global",
    "government",
    "governments",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "including",
    "international",
    "into",
    "its",
    "itself",
    "january",
    "july",
    "june",
    "just",
    "last",
    "march",
    "may",
    "meeting",
    "meetings",
    "member",
    "members",
    "monday",
    "month",
    "months",
    "more",
    "most",
    "nation",
    "national",
    "nations",
    "new",
    "nine",
    "non",
    "nor",
    "not",
    "november",
    "now",
    "october",
    "off",
    "once",
    "one",
    "only",
    "other",
    "ought",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "passed",
    "plenary",
    "representative",
    "representatives",
    "resolution",
    "resolutions",
    "said",
    "same",
    "saturday",
    "say",
    "says",
    "september",
    "session",
    "seven",
    "she",
    "should",
    "six",
    "some",
    "state",
    "states",
    "such",
    "sunday",
    "support",
    "supported",
    "ten",
    "text",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "three",
    "through",
    "thursday",
    "told",
    "too",
    "tuesday",
    "two",
    "under",
    "united",
    "until",
    "very",
    "vote",
    "voted",
    "votes",
    "voting",
    "was",
    "wednesday",
    "week",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "world",
    "would",
    "year",
    "years",
    "yes",
    "yesterday",
    "you",
    "your",
];

fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.contains(&w)
}

/// Lower-case, ASCII-folded words of at least three letters that are not stop words, each once.
fn content_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for t in text.split('\n').flat_map(tokens) {
        if t.kind != Kind::Word {
            continue;
        }
        let mut w = String::with_capacity(t.text.len());
        for c in t.text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphabetic() {
                w.push(c);
            } else if let Some(f) = fold(c) {
                w.push_str(f);
            }
        }
        if w.len() >= 3 && !is_stop_word(&w) && !seen.contains(&w) {
            seen.insert(w.clone());
            out.push(w);
        }
    }
    out
}

/// A word without a plural "s" ("rights" → "right"; not "press", "status", "crisis").
fn stem(w: &str) -> &str {
    let w = w.trim();
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_check_the_calendar() {
        assert_eq!(Date::parse("2014-12-18"), Some(Date { y: 2014, m: 12, d: 18 }));
        assert_eq!(Date::parse("2012-02-29").map(Date::iso).as_deref(), Some("2012-02-29"));
        for bad in ["2013-02-29", "2014-13-01", "2014-00-10", "2014-1-01", "2014/12/18", "20١4-12-18", ""] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn symbol_keys() {
        let k = |s: &str| SymbolKey::parse(s);
        assert_eq!(k("A/RES/68/262"), k("68/262"));
        assert_eq!(k("A/RES/52/38B").map(|k| k.suffix), Some("B".into()));
        assert!(k("52/38").unwrap().matches(&k("A/RES/52/38B").unwrap()));
        assert!(!k("52/38C").unwrap().matches(&k("A/RES/52/38B").unwrap()));
        assert!(!k("68/26").unwrap().matches(&k("A/RES/68/262").unwrap()));
        assert!(k("es-10/19").unwrap().matches(&k("A/RES/ES-10/19").unwrap()));
        assert!(!k("10/19").unwrap().matches(&k("A/RES/ES-10/19").unwrap()));
        for none in ["A/68/L.39", "ESS/1/34", "GOAR/1/1288B", "R/10 65", "", "/", "68/", "é/1"] {
            assert_eq!(k(none), None, "{none}");
        }
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(b"XV"), Some(15));
        assert_eq!(roman(b"XXIX"), Some(29));
        assert_eq!(roman(b"XLIV"), Some(44));
        assert_eq!(roman(b"IIII"), None);
        assert_eq!(roman(b"VX"), None);
    }

    #[test]
    fn stems_and_words() {
        assert_eq!(stem("rights"), "right");
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("press"), "press");
        assert_eq!(content_words("The Côte d'Ivoire's rights, São Tomé!"), ["cote", "ivoire", "rights", "sao", "tome"]);
    }
}
