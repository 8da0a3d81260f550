//! The article corpus in `tests/articles/`: every `NAME.txt` is parsed and compared with
//! `NAME.expected.json`.
//!
//! The JSON holds `statements` (speaker, role, affiliation, country, text, paragraph,
//! continuation) and `votes` (body, yes, no, abstain, absent, membership, named_no), compared
//! exactly and in order. Optional keys are checked when present: `headline`, `dateline`
//! (text/place/agency), `headings` (section headings, `null` for a lead section without
//! one), `paragraphs` (how many), `boilerplate` (the lines, in order) and `divisions`: each vote as
//! the story draws it, main vote first (`body`: the bodies table's key or `null`, `heading`,
//! `seats`, `record`: the joined roll call's symbol or `null`, `next`: the Council's later vote).

use std::sync::OnceLock;

use article_core::sources::Library;
use article_core::story::Story;
use article_core::{parse, Article};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const STATEMENT_FIELDS: [&str; 7] = ["speaker", "role", "affiliation", "country", "text", "paragraph", "continuation"];
const VOTE_FIELDS: [&str; 7] = ["body", "yes", "no", "abstain", "absent", "membership", "named_no"];

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

/// The listed fields of each item of a JSON array.
fn pick(items: &Value, fields: &[&str]) -> Vec<Value> {
    items
        .as_array()
        .map(|a| {
            a.iter()
                .map(|item| {
                    let picked =
                        fields.iter().map(|f| (f.to_string(), item.get(f).cloned().unwrap_or(Value::Null))).collect();
                    Value::Object(picked)
                })
                .collect()
        })
        .unwrap_or_default()
}

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data")))
}

/// The divisions of a story in the corpus' terms.
fn divisions(story: &Story) -> Value {
    Value::Array(
        story
            .divisions
            .iter()
            .map(|d| {
                json!({"body": d.chamber.key, "heading": d.heading, "seats": d.seats.len(),
                       "record": d.record.as_ref().map(|r| &r.symbol), "next": d.next.is_some()})
            })
            .collect(),
    )
}

/// Differences between the parse of one article and its expectations.
fn differences(name: &str, a: &Article, expected: &Value) -> Vec<String> {
    let actual = serde_json::to_value(a).unwrap();
    let mut out = Vec::new();
    let mut compare = |what: &str, want: Value, got: Value| {
        if want != got {
            out.push(format!("{name}: {what}\n  expected: {want}\n  actual:   {got}"));
        }
    };
    for (key, fields) in [("statements", &STATEMENT_FIELDS), ("votes", &VOTE_FIELDS)] {
        let want = pick(&expected[key], fields);
        let got = pick(&actual[key], fields);
        for i in 0..want.len().max(got.len()) {
            let w = want.get(i).cloned().unwrap_or(Value::Null);
            let g = got.get(i).cloned().unwrap_or(Value::Null);
            compare(&format!("{key}[{i}]"), w, g);
        }
    }
    if let Some(h) = expected.get("headline") {
        compare("headline", h.clone(), json!(a.headline));
    }
    if let Some(d) = expected.get("dateline") {
        compare("dateline", d.clone(), actual["dateline"].clone());
    }
    if let Some(h) = expected.get("headings") {
        let got: Vec<Option<&str>> = a.sections.iter().map(|s| s.heading.as_deref()).collect();
        compare("headings", h.clone(), json!(got));
    }
    if let Some(n) = expected.get("paragraphs") {
        compare("paragraph count", n.clone(), json!(a.paragraphs.len()));
    }
    if let Some(b) = expected.get("boilerplate") {
        compare("boilerplate", b.clone(), json!(a.boilerplate));
    }
    out
}

#[test]
fn corpus_matches_expectations() {
    let files = corpus();
    assert!(files.len() >= 8, "only {} articles", files.len());
    let mut failures = Vec::new();
    let (mut statements, mut votes) = (0, 0);
    for txt in &files {
        let name = txt.file_stem().unwrap().to_string_lossy().to_string();
        let json_path = txt.with_extension("expected.json");
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&json_path).unwrap_or_else(|e| panic!("{}: {e}", json_path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", json_path.display()));
        let text = std::fs::read_to_string(txt).unwrap();
        let a = parse(&text);
        statements += expected["statements"].as_array().map_or(0, Vec::len);
        votes += expected["votes"].as_array().map_or(0, Vec::len);
        failures.extend(differences(&name, &a, &expected));
        if let Some(want) = expected.get("divisions") {
            let got = divisions(&Story::build(a.clone(), library()));
            if *want != got {
                failures.push(format!("{name}: divisions\n  expected: {want}\n  actual:   {got}"));
            }
        }
        // Every statement's range slices its paragraph to its text.
        for s in &a.statements {
            let p = a.paragraphs.iter().find(|p| p.id == s.paragraph).unwrap();
            let slice: String = p.text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(slice, s.text, "{name}: {}", s.id);
        }
    }
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
    assert!(statements >= 30 && votes >= 8, "{statements} statements, {votes} votes");
}
