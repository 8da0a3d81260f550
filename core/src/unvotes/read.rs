//! Reading `countries.tsv` and `roll_calls.tsv` into a [`Dataset`], with errors that name the
//! file and line, and the membership and count index built from the rows.

use super::date::Date;
use super::{clip, Call, Dataset, DatasetError, Entry, COUNTRIES_FILE, ROLL_CALLS_FILE, ROLL_CALLS_HEADER};
use std::collections::HashMap;

fn error(file: &'static str, line: usize, message: impl Into<String>) -> DatasetError {
    DatasetError { file, line, message: message.into() }
}

fn flag(field: &str, column: &str, line: usize) -> Result<Option<bool>, DatasetError> {
    match field {
        "" => Ok(None),
        "0" => Ok(Some(false)),
        "1" => Ok(Some(true)),
        _ => Err(error(ROLL_CALLS_FILE, line, format!("{column} must be 0, 1 or empty, found \"{}\"", clip(field)))),
    }
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
