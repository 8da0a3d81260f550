//! The cited roll-call data (`data/*.csv`): who voted how, joined with the member-state table.
//!
//! The files are small CSVs with a header line; fields may be quoted ("a, b" and doubled
//! quotes ""). Every problem is reported as a [`RollCallError`] with its line number.

use crate::countries::{self, Country};
use serde::Serialize;
use std::fmt;

/// How a member voted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Yes,
    No,
    Abstain,
    /// Did not vote (absent or present but not voting).
    Absent,
}

impl Position {
    /// The label shown to readers.
    pub fn label(self) -> &'static str {
        match self {
            Position::Yes => "Yes",
            Position::No => "No",
            Position::Abstain => "Abstain",
            Position::Absent => "Did not vote",
        }
    }

    /// Read a vote word as the data files write it ("yes", "no", "abstain", "did not vote";
    /// also "abstention", "absent", "non-voting"); case and surrounding spaces are ignored.
    pub fn from_word(word: &str) -> Option<Position> {
        let w = word.trim().to_ascii_lowercase();
        Some(match w.as_str() {
            "yes" | "y" => Position::Yes,
            "no" | "n" => Position::No,
            "abstain" | "abstention" | "a" => Position::Abstain,
            "did not vote" | "absent" | "non-voting" | "not voting" => Position::Absent,
            _ => return None,
        })
    }
}

/// One member's vote in the General Assembly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct MemberVote {
    /// Display name from the member-state table when resolvable, else the CSV's name.
    pub country: String,
    /// ISO2 code resolved through the member-state table ("YU" in the data is Serbia, "RS").
    pub iso2: String,
    pub position: Position,
    /// The CSV's note, possibly empty.
    pub note: String,
}

/// One member's vote in the Security Council.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct CouncilMember {
    /// Display name from the member-state table when resolvable, else the CSV's name.
    pub name: String,
    pub iso2: String,
    /// Holds a permanent seat (the CSV's `seat` is "permanent").
    pub permanent: bool,
    /// The seat as the CSV gives it: "permanent", "elected 2013-2014".
    pub seat: String,
    pub position: Position,
    /// How the vote is known, as the CSV says.
    pub basis: String,
}

/// Votes counted by position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Totals {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
    pub absent: u32,
}

impl Totals {
    fn add(mut self, p: Position) -> Self {
        let n = match p {
            Position::Yes => &mut self.yes,
            Position::No => &mut self.no,
            Position::Abstain => &mut self.abstain,
            Position::Absent => &mut self.absent,
        };
        *n = n.saturating_add(1);
        self
    }

    /// Every member counted.
    pub fn members(&self) -> u32 {
        self.yes.saturating_add(self.no).saturating_add(self.abstain).saturating_add(self.absent)
    }
}

/// Why a roll-call file could not be read. Lines are 1-based.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RollCallError {
    /// The first line is not the expected header.
    BadHeader { expected: &'static str, found: String },
    /// A line has the wrong number of fields.
    FieldCount { line: usize, expected: usize, found: usize },
    /// A vote column holds a word that is not a vote.
    UnknownVote { line: usize, word: String },
    /// A required field (name, code) is empty.
    EmptyField { line: usize, column: &'static str },
    /// A quoted field is not closed before the end of the file.
    UnterminatedQuote { line: usize },
}

impl fmt::Display for RollCallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RollCallError::BadHeader { expected, found } => {
                write!(f, "line 1: expected header \"{expected}\", found \"{found}\"")
            }
            RollCallError::FieldCount { line, expected, found } => {
                write!(f, "line {line}: expected {expected} fields, found {found}")
            }
            RollCallError::UnknownVote { line, word } => {
                write!(f, "line {line}: unknown vote \"{word}\"")
            }
            RollCallError::EmptyField { line, column } => {
                write!(f, "line {line}: empty {column}")
            }
            RollCallError::UnterminatedQuote { line } => {
                write!(f, "line {line}: quoted field is not closed")
            }
        }
    }
}

impl std::error::Error for RollCallError {}

const GA_HEADER: &str = "country,iso2,vote,source_field,note";
const SC_HEADER: &str = "member,iso2,seat,vote,basis";

/// Codes in the data that are not today's ISO code of the same UN seat.
const LEGACY_CODES: &[(&str, &str)] = &[("YU", "RS")];

/// One CSV record and the line it starts on.
struct Record {
    line: usize,
    fields: Vec<String>,
}

/// Split CSV text into records: commas separate fields, a field may be quoted with `"`, and
/// `""` inside quotes is one quote; quoted fields may span lines. Blank lines are skipped.
fn records(text: &str) -> Result<Vec<Record>, RollCallError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut start_line) = (1, 1);
    let (mut quoted, mut was_quoted) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => {
                    line += usize::from(c == '\n');
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => (quoted, was_quoted) = (true, true),
            ',' => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                let blank = fields.is_empty() && field.trim().is_empty() && !was_quoted;
                fields.push(std::mem::take(&mut field));
                let fields = std::mem::take(&mut fields);
                if !blank {
                    out.push(Record { line: start_line, fields });
                }
                was_quoted = false;
                line += 1;
                start_line = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(RollCallError::UnterminatedQuote { line: start_line });
    }
    if !fields.is_empty() || !field.trim().is_empty() || was_quoted {
        fields.push(field);
        out.push(Record { line: start_line, fields });
    }
    Ok(out)
}

/// Records after checking the header and every line's field count.
fn table(text: &str, header: &'static str) -> Result<Vec<Record>, RollCallError> {
    let mut rows = records(text)?.into_iter();
    let expected: Vec<&str> = header.split(',').collect();
    let head = rows.next().filter(|r| {
        r.line == 1
            && r.fields.len() == expected.len()
            && r.fields.iter().zip(&expected).all(|(f, e)| f.trim().eq_ignore_ascii_case(e))
    });
    if head.is_none() {
        let found = text.lines().next().unwrap_or("").chars().take(80).collect();
        return Err(RollCallError::BadHeader { expected: header, found });
    }
    let rows: Vec<Record> = rows.collect();
    for r in &rows {
        if r.fields.len() != expected.len() {
            let (line, found) = (r.line, r.fields.len());
            return Err(RollCallError::FieldCount { line, expected: expected.len(), found });
        }
    }
    Ok(rows)
}

/// The member state of a row: by its code (legacy codes mapped), else by its name.
fn resolve(name: &str, iso2: &str) -> Option<&'static Country> {
    let code = LEGACY_CODES.iter().find(|(old, _)| old.eq_ignore_ascii_case(iso2));
    countries::by_iso2(code.map_or(iso2, |&(_, new)| new)).or_else(|| countries::lookup(name))
}

/// Name, code and position of a row, resolved; `fields` has been length-checked.
fn member(
    r: &Record,
    vote_column: usize,
) -> Result<(String, String, Position, Option<&'static Country>), RollCallError> {
    let (name, iso2) = (r.fields[0].trim(), r.fields[1].trim());
    let line = r.line;
    if name.is_empty() {
        return Err(RollCallError::EmptyField { line, column: "name" });
    }
    if iso2.is_empty() {
        return Err(RollCallError::EmptyField { line, column: "iso2" });
    }
    let word = &r.fields[vote_column];
    let position =
        Position::from_word(word).ok_or_else(|| RollCallError::UnknownVote { line, word: word.trim().to_string() })?;
    let country = resolve(name, iso2);
    let name = country.map_or(name, |c| c.name).to_string();
    let iso2 = country.map_or_else(|| iso2.to_ascii_uppercase(), |c| c.iso2.to_string());
    Ok((name, iso2, position, country))
}

/// Read the General Assembly roll call (`country,iso2,vote,source_field,note`).
pub fn general_assembly(csv: &str) -> Result<Vec<MemberVote>, RollCallError> {
    table(csv, GA_HEADER)?
        .iter()
        .map(|r| {
            let (country, iso2, position, _) = member(r, 2)?;
            Ok(MemberVote { country, iso2, position, note: r.fields[4].trim().to_string() })
        })
        .collect()
}

/// Read the Security Council roll call (`member,iso2,seat,vote,basis`).
pub fn security_council(csv: &str) -> Result<Vec<CouncilMember>, RollCallError> {
    table(csv, SC_HEADER)?
        .iter()
        .map(|r| {
            let (name, iso2, position, _) = member(r, 3)?;
            let seat = r.fields[2].trim().to_string();
            let permanent = seat.eq_ignore_ascii_case("permanent");
            let basis = r.fields[4].trim().to_string();
            Ok(CouncilMember { name, iso2, permanent, seat, position, basis })
        })
        .collect()
}

/// Count General Assembly votes by position.
pub fn totals(votes: &[MemberVote]) -> Totals {
    votes.iter().fold(Totals::default(), |t, v| t.add(v.position))
}

/// Count Security Council votes by position.
pub fn council_totals(members: &[CouncilMember]) -> Totals {
    members.iter().fold(Totals::default(), |t, m| t.add(m.position))
}

/// The vote of the member with this ISO2 code, if it is in the roll call.
pub fn vote_of<'a>(votes: &'a [MemberVote], iso2: &str) -> Option<&'a MemberVote> {
    votes.iter().find(|v| v.iso2.eq_ignore_ascii_case(iso2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(file: &str) -> String {
        let path = format!("{}/../data/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).expect("data file")
    }

    fn ga() -> Vec<MemberVote> {
        general_assembly(&data("A_RES_69_188_plenary_2014-12-18_votes.csv")).unwrap()
    }

    fn sc() -> Vec<CouncilMember> {
        security_council(&data("votes/SC_7353_2014-12-22_procedural_vote.csv")).unwrap()
    }

    #[test]
    fn general_assembly_file() {
        let votes = ga();
        assert_eq!(votes.len(), 193);
        let t = totals(&votes);
        assert_eq!((t.yes, t.no, t.abstain, t.absent), (116, 20, 53, 4));
        assert_eq!(t.members(), 193);
        assert_eq!(vote_of(&votes, "GM").unwrap().position, Position::No);
        assert_eq!(vote_of(&votes, "GM").unwrap().country, "Gambia");
        assert_eq!(vote_of(&votes, "KP").unwrap().position, Position::No);
        assert_eq!(vote_of(&votes, "KP").unwrap().country, "North Korea");
        let serbia = vote_of(&votes, "RS").unwrap();
        assert_eq!((serbia.country.as_str(), serbia.position), ("Serbia", Position::Yes));
        assert!(serbia.note.contains("\"Yugoslavia\"/YU"), "{}", serbia.note);
        let mk = vote_of(&votes, "MK").unwrap();
        assert_eq!(mk.note, "named \"The former Yugoslav Republic of Macedonia\" at the UN in 2014");
        assert_eq!(vote_of(&votes, "SZ").unwrap().position, Position::Absent);
        // Every row is a different member state, and all 193 are there.
        let codes: std::collections::BTreeSet<_> = votes.iter().map(|v| v.iso2.as_str()).collect();
        assert_eq!(codes.len(), 193);
        assert!(countries::MEMBERS.iter().all(|c| codes.contains(c.iso2)));
    }

    #[test]
    fn security_council_file() {
        let members = sc();
        assert_eq!(members.len(), 15);
        let t = council_totals(&members);
        assert_eq!((t.yes, t.no, t.abstain, t.absent), (11, 2, 2, 0));
        let p5: Vec<_> = members.iter().filter(|m| m.permanent).map(|m| m.iso2.as_str()).collect();
        assert_eq!(p5, ["CN", "FR", "RU", "GB", "US"]);
        let kr = members.iter().find(|m| m.iso2 == "KR").unwrap();
        assert_eq!((kr.name.as_str(), kr.seat.as_str()), ("South Korea", "elected 2013-2014"));
        for m in &members {
            assert_eq!(m.permanent, countries::by_iso2(&m.iso2).unwrap().permanent);
        }
        assert!(crate::majority::council_procedural(t.yes));
    }

    #[test]
    fn positions() {
        assert_eq!(Position::Absent.label(), "Did not vote");
        assert_eq!(Position::from_word(" Did Not Vote "), Some(Position::Absent));
        assert_eq!(Position::from_word("maybe"), None);
        let json = serde_json::to_string(&[Position::Yes, Position::Abstain]).unwrap();
        assert_eq!(json, r#"["yes","abstain"]"#);
        let back: Position = serde_json::from_str(r#""absent""#).unwrap();
        assert_eq!(back, Position::Absent);
    }

    #[test]
    fn csv_quoting() {
        let text = "member,iso2,seat,vote,basis\r\n\
                    \"Chad, Republic of\",TD,\"elected \"\"2014\"\"\",abstain,\"two\nlines\"\r\n\
                    \r\n\
                    Chile,CL,elected,YES,";
        let m = security_council(text).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].name.as_str(), m[0].seat.as_str()), ("Chad", "elected \"2014\""));
        assert_eq!(m[0].basis, "two\nlines");
        assert_eq!((m[1].position, m[1].basis.as_str()), (Position::Yes, ""));
        let unknown = "country,iso2,vote,source_field,note\nAtlantis,AX,yes,,\n";
        let v = general_assembly(unknown).unwrap();
        assert_eq!((v[0].country.as_str(), v[0].iso2.as_str()), ("Atlantis", "AX"));
    }

    #[test]
    fn malformed_input() {
        use RollCallError::*;
        let h = "country,iso2,vote,source_field,note\n";
        let err = |t: &str| general_assembly(t).unwrap_err();
        assert!(matches!(err(""), BadHeader { .. }));
        assert!(matches!(err("country,iso2\nX,Y\n"), BadHeader { .. }));
        assert!(matches!(err("\n"), BadHeader { .. }));
        assert!(matches!(security_council(h), Err(BadHeader { .. })));
        let e = err(&format!("{h}Chad,TD,yes,src,\nChile,CL,yes\n"));
        assert_eq!(e, FieldCount { line: 3, expected: 5, found: 3 });
        assert_eq!(e.to_string(), "line 3: expected 5 fields, found 3");
        let e = err(&format!("{h}Chad,TD,perhaps,src,\n"));
        assert_eq!(e, UnknownVote { line: 2, word: "perhaps".into() });
        assert_eq!(e.to_string(), "line 2: unknown vote \"perhaps\"");
        assert_eq!(err(&format!("{h},TD,yes,,\n")), EmptyField { line: 2, column: "name" });
        assert_eq!(err(&format!("{h}Chad,TD,yes,\"src,\n")), UnterminatedQuote { line: 2 });
        assert!(err("").to_string().starts_with("line 1: expected header"));
        // No panic on any prefix of the real files.
        for file in
            [data("A_RES_69_188_plenary_2014-12-18_votes.csv"), data("votes/SC_7353_2014-12-22_procedural_vote.csv")]
        {
            for (i, _) in file.char_indices().step_by(3) {
                let _ = general_assembly(&file[..i]);
                let _ = security_council(&file[i..]);
            }
        }
    }
}
