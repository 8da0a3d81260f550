//! The cited data a story may join, and what each piece records.
//!
//! Two kinds of source:
//! * **Per-member vote files** in `data/votes/`: a CSV of who voted how, beside a small
//!   `.manifest` that says what vote it records (body, date, meeting or symbol, the question and
//!   item, and the source line). A file joins a tally only when that identity matches the
//!   article ([`crate::story`] decides), never because the numbers happen to agree.
//! * **The General Assembly record**, 1946–2019 ([`ASSEMBLY_RECORD`]), in `data/unvotes/`.
//!
//! [`Library::load`] takes the files' text, so joining stays pure; [`Library::from_dir`] is the
//! one native reader of a data folder, used by the build step, the CLI and the tests alike.

use std::collections::BTreeMap;

use crate::roll_call::{self, CouncilMember};
use crate::unvotes;

/// The General Assembly's recorded plenary votes, as the project carries them.
pub struct Dataset {
    /// Files, relative to the data folder.
    pub countries: &'static str,
    pub roll_calls: &'static str,
    /// The credit line shown beside a chart that uses it.
    pub citation: &'static str,
}

/// The whole UN General Assembly record (see `data/unvotes/README.md`).
pub const ASSEMBLY_RECORD: Dataset = Dataset {
    countries: "unvotes/countries.tsv",
    roll_calls: "unvotes/roll_calls.tsv",
    citation: "E. Voeten, United Nations General Assembly Voting Data (Harvard Dataverse, CC0), via the unvotes R package (MIT)",
};

/// The folder of per-member vote files, relative to the data folder.
pub const VOTES_DIR: &str = "votes";

/// What a per-member vote file records, from its `.manifest` (`key: value` lines, `#` comments).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Manifest {
    /// The body's name as the bodies table knows it ("UN Security Council").
    pub body: String,
    /// ISO date of the vote.
    pub date: String,
    /// Meeting record ("S/PV.7353"), if any.
    pub meeting: Option<String>,
    /// Document symbol of the text voted on ("S/RES/2231 (2015)"), if any.
    pub symbol: Option<String>,
    /// What was decided: "agenda" (whether to take up an item) or "resolution".
    pub question: String,
    /// The agenda item.
    pub item: Option<String>,
    /// ISO2 code of the country the item is about, if any.
    pub subject: Option<String>,
    /// A short title for readers.
    pub title: String,
    /// The credit line for readers.
    pub source: String,
    /// A caveat for readers, if any.
    pub note: Option<String>,
}

impl Manifest {
    /// Read a manifest. Unknown keys are errors, so a typo cannot silently drop a field.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let mut fields = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                return Err(format!("line {}: expected `key: value`", i + 1));
            };
            let (key, value) = (key.trim(), value.trim());
            const KEYS: &[&str] =
                &["body", "date", "meeting", "symbol", "question", "item", "subject", "title", "source", "note"];
            if !KEYS.contains(&key) {
                return Err(format!("line {}: unknown key `{key}` (known: {})", i + 1, KEYS.join(", ")));
            }
            if fields.insert(key, value.to_string()).is_some() {
                return Err(format!("line {}: `{key}` given twice", i + 1));
            }
        }
        let mut take = |key: &str| fields.remove(key).filter(|v| !v.is_empty());
        let need = |v: Option<String>, key: &str| v.ok_or_else(|| format!("missing `{key}`"));
        let m = Manifest {
            body: need(take("body"), "body")?,
            date: need(take("date"), "date")?,
            meeting: take("meeting"),
            symbol: take("symbol"),
            question: need(take("question"), "question")?,
            item: take("item"),
            subject: take("subject"),
            title: need(take("title"), "title")?,
            source: need(take("source"), "source")?,
            note: take("note"),
        };
        if !is_iso_date(&m.date) {
            return Err(format!("`date` must be YYYY-MM-DD, found `{}`", m.date));
        }
        if !matches!(m.question.as_str(), "agenda" | "resolution") {
            return Err(format!("`question` must be `agenda` or `resolution`, found `{}`", m.question));
        }
        if crate::bodies::identify(&m.body, "").is_none() {
            return Err(format!("`body` `{}` is not in the bodies table", m.body));
        }
        Ok(m)
    }

    /// The year of the vote.
    pub fn year(&self) -> u16 {
        self.date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0)
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A per-member vote file with its manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoteFile {
    /// The file's name, for error messages.
    pub name: String,
    pub manifest: Manifest,
    pub members: Vec<CouncilMember>,
}

/// Every source a build can join, read once per build.
#[derive(Default)]
pub struct Library {
    pub assembly: Option<unvotes::Dataset>,
    pub votes: Vec<VoteFile>,
    /// Problems reading the data, shown to readers rather than hidden.
    pub errors: Vec<String>,
}

impl Library {
    /// Read the sources. `read` returns a data file's text by its path relative to the data folder;
    /// `vote_files` names the per-member files found in [`VOTES_DIR`] (CSV paths).
    pub fn load(read: impl Fn(&str) -> Option<String>, vote_files: &[String]) -> Library {
        let mut library = Library::default();
        match (read(ASSEMBLY_RECORD.countries), read(ASSEMBLY_RECORD.roll_calls)) {
            (Some(countries), Some(roll_calls)) => match unvotes::Dataset::parse(&countries, &roll_calls) {
                Ok(data) => library.assembly = Some(data),
                Err(e) => library.errors.push(format!("General Assembly record: {e}")),
            },
            _ => library.errors.push("General Assembly record: the data files are missing".into()),
        }
        for csv_path in vote_files {
            let manifest_path = csv_path.strip_suffix(".csv").map(|stem| format!("{stem}.manifest"));
            let loaded = (|| {
                let manifest_path = manifest_path.ok_or("not a .csv file")?;
                let manifest = read(&manifest_path).ok_or_else(|| format!("{manifest_path} is missing"))?;
                let manifest = Manifest::parse(&manifest).map_err(|e| format!("{manifest_path}: {e}"))?;
                let csv = read(csv_path).ok_or("cannot be read")?;
                let members = roll_call::security_council(&csv).map_err(|e| e.to_string())?;
                Ok::<_, String>(VoteFile { name: csv_path.clone(), manifest, members })
            })();
            match loaded {
                Ok(file) => library.votes.push(file),
                Err(e) => library.errors.push(format!("{csv_path}: {e}")),
            }
        }
        library
    }
}

impl Library {
    /// Read the sources of a data folder: the General Assembly record and every per-member file
    /// (`*.csv` with its manifest) in [`VOTES_DIR`], in file-name order.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_dir(dir: &std::path::Path) -> Library {
        let mut files: Vec<String> = std::fs::read_dir(dir.join(VOTES_DIR))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".csv") && !n.starts_with('.'))
                    .map(|n| format!("{VOTES_DIR}/{n}"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        Library::load(|path| std::fs::read_to_string(dir.join(path)).ok(), &files)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SC: &str = "body: UN Security Council\ndate: 2014-12-22\nquestion: agenda\ntitle: T\nsource: S\n";

    #[test]
    fn manifests_are_read_and_checked() {
        let m = Manifest::parse(&format!("# a comment\n{SC}subject: KP\n")).expect("a valid manifest");
        assert_eq!((m.body.as_str(), m.year(), m.subject.as_deref()), ("UN Security Council", 2014, Some("KP")));
        assert!(Manifest::parse(&SC.replace("2014-12-22", "22 Dec 2014")).unwrap_err().contains("date"));
        assert!(Manifest::parse(&SC.replace("agenda", "maybe")).unwrap_err().contains("question"));
        assert!(Manifest::parse(&format!("{SC}colour: red\n")).unwrap_err().contains("unknown key `colour`"));
        assert!(Manifest::parse(&format!("{SC}title: again\n")).unwrap_err().contains("twice"));
        assert!(Manifest::parse("body: UN Security Council\n").unwrap_err().contains("missing"));
        assert!(Manifest::parse(&SC.replace("UN Security Council", "Galactic Senate")).is_err());
        assert!(Manifest::parse("no colon here").is_err());
    }

    #[test]
    fn a_library_reports_what_it_cannot_read() {
        let lib = Library::load(|_| None, &["votes/x.csv".into()]);
        assert!(lib.assembly.is_none());
        assert_eq!(lib.errors.len(), 2);
        assert!(lib.errors[1].contains("x.manifest is missing"));
    }
}
