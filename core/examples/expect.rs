//! Draft an `expected.json` for a corpus article from today's parse, to be checked by hand
//! before it is committed: `cargo run -p article-core --example expect -- tests/articles/NAME.txt`.
use std::path::Path;

use article_core::sources::Library;
use article_core::story::Story;
use serde_json::{json, Value};

fn main() {
    let lib = Library::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data"));
    for f in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&f).expect("a readable article");
        let s = Story::build(article_core::parse(&text), &lib);
        let a = &s.article;
        let statements: Vec<Value> = a.statements.iter().map(|st| json!({"speaker": st.speaker, "role": st.role, "affiliation": st.affiliation, "country": st.country, "text": st.text, "paragraph": st.paragraph, "continuation": st.continuation})).collect();
        let votes: Vec<Value> = a.votes.iter().map(|t| json!({"body": t.body, "yes": t.yes, "no": t.no, "abstain": t.abstain, "absent": t.absent, "membership": t.membership, "named_no": t.named_no})).collect();
        let divisions: Vec<Value> = s.divisions.iter().map(|d| json!({"body": d.chamber.key, "heading": d.heading, "seats": d.seats.len(), "record": d.record.as_ref().map(|r| &r.symbol), "next": d.next.is_some()})).collect();
        let out = json!({"headline": a.headline, "paragraphs": a.paragraphs.len(), "statements": statements, "votes": votes, "divisions": divisions});
        let path = f.replace(".txt", ".expected.json");
        std::fs::write(&path, serde_json::to_string_pretty(&out).unwrap() + "\n").unwrap();
        println!("wrote {path}");
    }
}
