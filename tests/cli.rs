//! The `article` command: JSON on stdout for any text, and a clear message with a non-zero exit
//! (never a panic) for input that is not an article file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn article(arg: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_article")).arg(arg).output().expect("the binary runs")
}

fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("article-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write a scratch file");
    path
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn the_seed_prints_the_documented_keys() {
    let out = article(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/000_fa9ca6f986d2676d.txt")));
    let model = json(&out);
    for key in ["headline", "dateline", "paragraphs", "votes", "statements"] {
        assert!(model.get(key).is_some(), "{key}");
    }
    assert_eq!(model["paragraphs"][0]["id"], "p1");
    assert_eq!(model["votes"].as_array().map(Vec::len), Some(2));
    for key in ["body", "yes", "no", "abstain", "sentence"] {
        assert!(model["votes"][0].get(key).is_some(), "votes[].{key}");
    }
    for key in ["speaker", "role", "affiliation", "country", "text", "paragraph", "continuation"] {
        assert!(model["statements"][0].get(key).is_some(), "statements[].{key}");
    }
}

#[test]
fn bad_input_gets_a_message_and_a_non_zero_exit() {
    let missing = article(Path::new("/nonexistent/article.txt"));
    let directory = article(Path::new(env!("CARGO_MANIFEST_DIR")));
    let binary = article(&scratch("binary.txt", &[0xff, 0xfe, 0x00, 0xc3, 0x28]));
    let empty = article(&scratch("empty.txt", b"  \n\n"));
    for (out, says) in [(missing, "no such file"), (directory, "directory"), (binary, "not UTF-8"), (empty, "empty")] {
        assert_eq!(out.status.code(), Some(1), "{says}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let usage = Command::new(env!("CARGO_BIN_EXE_article")).output().expect("runs");
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn every_hostile_input_gives_a_model_or_a_clear_refusal() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("tests/hostile") {
        let path = entry.expect("an entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        seen += 1;
        let out = article(&path);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{}: {stderr}", path.display());
        if std::fs::read_to_string(&path).is_ok_and(|t| t.trim().is_empty()) {
            assert_eq!(out.status.code(), Some(1), "{}", path.display());
            continue;
        }
        let model = json(&out);
        assert!(model["headline"].is_string(), "{}", path.display());
        // Markup stays text: the model holds it verbatim, to be rendered inert.
        if path.ends_with("09-html-payloads.txt") {
            assert!(model["headline"].as_str().is_some_and(|h| h.contains("<script>")));
        }
    }
    assert!(seen >= 9, "the hostile corpus is there");
    // One megabyte of article-like text.
    let paragraph = "UNITED NATIONS (AFP) - \"We will act,\" said Ambassador Jane Doe of the US. The resolution passed 120-30-40.\n\n";
    let big = format!("A very long article\n\n{}", paragraph.repeat(1_000_000 / paragraph.len() + 1));
    let model = json(&article(&scratch("big.txt", big.as_bytes())));
    assert!(model["paragraphs"].as_array().is_some_and(|p| p.len() > 5_000));
}
