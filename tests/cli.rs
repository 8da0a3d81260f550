//! The `article` command: JSON on stdout for any text, and a clear message with a non-zero exit
//! (never a panic) for input that is not an article file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

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

/// Run the command on `arg`, failing the test (and killing the process) if it has not finished
/// within `limit`: a refusal must not first read, or wait on, what it refuses.
fn article_within(arg: &Path, limit: Duration) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_article"))
        .arg(arg)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait_with_output()));
    match rx.recv_timeout(limit) {
        Ok(out) => out.expect("the binary's output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            panic!("article {} did not finish within {limit:?}", arg.display());
        }
    }
}

fn refused(out: &Output, says: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{says}: {stderr}");
    assert!(stderr.contains(says), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.stdout.is_empty());
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

#[test]
fn devices_fifos_and_files_over_20_mb_are_refused_at_once() {
    let quickly = Duration::from_secs(10);
    // /dev/zero never ends: read, it would fill memory.
    let zero = Path::new("/dev/zero");
    if zero.exists() {
        refused(&article_within(zero, quickly), "not a regular file");
    }
    // A FIFO: opened for reading, it would wait for a writer forever.
    #[cfg(unix)]
    {
        let fifo = std::env::temp_dir().join(format!("article-cli-{}-fifo", std::process::id()));
        let _ = std::fs::remove_file(&fifo);
        assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs").success());
        let out = article_within(&fifo, quickly);
        let _ = std::fs::remove_file(&fifo);
        refused(&out, "not a regular file");
    }
    // 21 MB (sparse, so quick to make): refused from its size, before reading.
    let big = scratch("21mb.txt", b"");
    std::fs::OpenOptions::new().write(true).open(&big).and_then(|f| f.set_len(21 * 1024 * 1024)).expect("a 21 MB file");
    let started = Instant::now();
    let out = article_within(&big, quickly);
    refused(&out, "larger than the 20 MB limit");
    assert!(String::from_utf8_lossy(&out.stderr).contains("22020096 bytes"), "says the size");
    assert!(started.elapsed() < quickly);
}

#[test]
fn the_usage_text_documents_the_limit() {
    let out = Command::new(env!("CARGO_BIN_EXE_article")).arg("--help").output().expect("runs");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("regular file") && help.contains("20 MB"), "{help}");
}
