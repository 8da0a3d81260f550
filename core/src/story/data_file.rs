//! "Get the data": a vote's named members as rows, for the JSON and CSV downloads.

use serde::Serialize;

use super::{Division, Record};

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
