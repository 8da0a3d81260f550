//! Parse timing: the seed article, and ~1 KB, 100 KB and 1 MB of article-like text.
//! Prints a Markdown table of median (and minimum) times; µs/KB staying flat shows linear
//! growth. On a busy machine the minimum is the better estimate of the parser's own cost.
//!
//! Run with `cargo bench --bench parse`. Uses only `std::time::Instant`.

use std::hint::black_box;
use std::time::{Duration, Instant};

const SEED: &str = include_str!("../../seeds/000_fa9ca6f986d2676d.txt");

/// The seed's body paragraphs repeated under one headline until `bytes` is reached.
fn article_of(bytes: usize) -> String {
    let mut lines = SEED.lines().filter(|l| !l.trim().is_empty());
    let headline = lines.next().unwrap_or_default();
    let body: Vec<&str> = lines.collect();
    let mut text = format!("{headline}\n\n");
    for paragraph in body.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text
}

/// Median and minimum wall time of `runs` parses of `text`.
fn time(text: &str, runs: usize) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(article_core::parse(black_box(text)));
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0])
}

fn main() {
    // Warm up (page in code and data, build the country and word tables).
    for _ in 0..200 {
        black_box(article_core::parse(SEED));
    }
    let inputs = [
        ("seed article", SEED.to_string(), 5_000),
        ("~1 KB", article_of(1 << 10), 5_000),
        ("~100 KB", article_of(100 << 10), 100),
        ("~1 MB", article_of(1 << 20), 15),
    ];
    println!("| input | size (KB) | median (µs) | µs/KB | min (µs) |");
    println!("|---|---:|---:|---:|---:|");
    for (name, text, runs) in &inputs {
        let kb = text.len() as f64 / 1024.0;
        let (median, min) = time(text, *runs);
        let (us, min_us) = (median.as_secs_f64() * 1e6, min.as_secs_f64() * 1e6);
        println!("| {name} | {kb:.1} | {us:.1} | {:.2} | {min_us:.1} |", us / kb);
    }
}
