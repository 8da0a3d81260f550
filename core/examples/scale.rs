//! How parse and model time and memory grow with the article: a synthetic ~1 KB, ~1 MB and
//! ~10 MB article made of the corpus' paragraphs (`tests/articles/*.txt`), each copy with its
//! speakers' surnames and its numbers changed, so that no two stretches are alike. Reported,
//! never asserted:
//!
//! ```sh
//! cargo run --release -p article-core --example scale          # every size, one process each
//! cargo run --release -p article-core --example scale -- 1048576   # one size, in bytes
//! ```
//!
//! Each size runs in its own process so that its peak resident memory (`VmHWM` in
//! `/proc/self/status`, Linux only) is its own; a counting allocator gives the heap's peak too
//! (on stderr). "parse" is [`article_core::parse`], "model" is [`Story::build`] on the parsed
//! article (the data library is read before timing starts). The 1 KB row parses the 1 MB text
//! cut into ~1 KB articles, so that every row's cost per KB is for the same prose.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use article_core::sources::Library;
use article_core::story::Story;

/// The system allocator, counting the bytes live and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap bytes live now, and the peak since the last call.
fn heap() -> (usize, usize) {
    let live = LIVE.load(Relaxed);
    (live, PEAK.swap(live, Relaxed))
}

const SIZES: [usize; 3] = [1 << 10, 1 << 20, 10 << 20];

/// Invented surnames swapped in for the corpus speakers' surnames, copy by copy.
const SURNAMES: [&str; 12] = [
    "Okonkwo",
    "Lindgren",
    "Marchetti",
    "Haddad",
    "Varga",
    "Nakamura",
    "Oyelaran",
    "Ferreira",
    "Kowalczyk",
    "Tanaka",
    "Brennan",
    "Achterberg",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/articles")
}

/// Each corpus article's body paragraphs and its speakers' surnames (from its expected JSON).
fn corpus() -> Vec<(Vec<String>, Vec<String>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("the corpus folder")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).expect("a corpus article");
            let paragraphs = text.split("\n\n").skip(1).map(|p| p.trim().to_string()).filter(|p| !p.is_empty());
            let expected = std::fs::read_to_string(f.with_extension("expected.json")).unwrap_or_default();
            let json: serde_json::Value = serde_json::from_str(&expected).unwrap_or_default();
            let mut surnames: Vec<String> = json["statements"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s["speaker"].as_str()?.rsplit(' ').next().map(str::to_string))
                .filter(|s| s.len() > 2)
                .collect();
            surnames.sort();
            surnames.dedup();
            (paragraphs.collect(), surnames)
        })
        .collect()
}

/// A paragraph's numbers shifted by `by` (digit runs only; "7-2" stays a pair of counts).
fn shift_numbers(p: &str, by: u64) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if !digits.is_empty() {
            let n: u64 = digits.parse().unwrap_or(0);
            out.push_str(&(n + by % 5).to_string());
            digits.clear();
        }
    };
    for c in p.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// About `bytes` of article: a headline, then corpus articles' paragraphs, copy after copy.
fn article_of(bytes: usize, corpus: &[(Vec<String>, Vec<String>)]) -> String {
    let mut text =
        String::from("Synthetic digest of votes and statements\n\nGENEVA (AP) - Delegates met on Monday.\n\n");
    let mut copy = 0u64;
    'fill: loop {
        for (paragraphs, surnames) in corpus {
            for p in paragraphs {
                if text.len() >= bytes {
                    break 'fill;
                }
                let mut p = shift_numbers(p, copy);
                for (j, s) in surnames.iter().enumerate() {
                    p = p.replace(s.as_str(), SURNAMES[(copy as usize * 7 + j) % SURNAMES.len()]);
                }
                text.push_str(&p);
                text.push_str("\n\n");
            }
            copy += 1;
        }
    }
    text
}

/// A field of `/proc/self/status` in KiB ("VmHWM", "VmRSS"); 0 where there is none.
fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Fastest of `runs` timings of parse and of model, over each of `pieces` as its own article.
fn time(pieces: &[String], library: &Library, runs: usize) -> (Duration, Duration) {
    let (mut parse, mut model) = (Duration::MAX, Duration::MAX);
    for _ in 0..runs {
        let (mut parsed, mut built) = (Duration::ZERO, Duration::ZERO);
        for text in pieces {
            let start = Instant::now();
            let article = article_core::parse(black_box(text));
            parsed += start.elapsed();
            let start = Instant::now();
            black_box(Story::build(article, library));
            built += start.elapsed();
        }
        parse = parse.min(parsed);
        model = model.min(built);
    }
    (parse, model)
}

/// `text` cut at paragraph ends into articles of about `bytes` each, under its headline.
fn cut(text: &str, bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut piece = String::new();
    for p in text.split("\n\n").skip(1).filter(|p| !p.is_empty()) {
        if piece.is_empty() {
            piece.push_str("Synthetic digest of votes and statements\n\n");
        }
        piece.push_str(p);
        piece.push_str("\n\n");
        if piece.len() >= bytes {
            out.push(std::mem::take(&mut piece));
        }
    }
    out
}

/// One size, in this process: a Markdown table row. The 1 KB row parses the 1 MB text cut into
/// ~1 KB articles, so that its cost per KB is for the same prose as the larger rows'.
fn one(bytes: usize) {
    let library = Library::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data"));
    let small = bytes <= 16_384;
    let text = article_of(if small { 1 << 20 } else { bytes }, &corpus());
    let pieces = if small { cut(&text, bytes) } else { vec![text] };
    let input = pieces[0].len();
    let before = status_kib("VmRSS");
    // Memory: one parse, then one model, of the largest piece.
    let (base, _) = heap();
    let article = article_core::parse(&pieces[0]);
    let (kept, parse_heap) = heap();
    let (statements, votes) = (article.statements.len(), article.votes.len());
    let parse_peak = status_kib("VmHWM");
    let story = Story::build(article, &library);
    let (story_kept, model_heap) = heap();
    let peak = status_kib("VmHWM");
    drop(story);
    let x = |n: usize| n.saturating_sub(base) as f64 / input as f64;
    eprintln!(
        "{input} bytes: heap above the input, as multiples of it: parse peak {:.1}×, article {:.1}×, model peak {:.1}×, story {:.1}×",
        x(parse_heap),
        x(kept),
        x(model_heap),
        x(story_kept)
    );
    let (parse, model) = time(
        &pieces,
        &library,
        if small {
            5
        } else if bytes <= 2_000_000 {
            10
        } else {
            3
        },
    );
    let kb = pieces.iter().map(String::len).sum::<usize>() as f64 / 1024.0;
    let per_kb = |d: Duration| d.as_secs_f64() * 1e6 / kb;
    let total = parse + model;
    let times = |x: u64| (x.saturating_sub(before) * 1024) as f64 / input as f64 + 1.0;
    let count = if small { format!("{} × ", pieces.len()) } else { String::new() };
    println!(
        "| {count}{input} | {statements} | {votes} | {:.3} | {:.3} | {:.2} | {:.2} | {:.3} | {} | {:.1}× | {:.1}× |",
        parse.as_secs_f64() * 1e3 / pieces.len() as f64,
        model.as_secs_f64() * 1e3 / pieces.len() as f64,
        per_kb(parse),
        per_kb(total),
        total.as_secs_f64() / pieces.len() as f64,
        peak / 1024,
        times(parse_peak),
        times(peak),
    );
}

fn main() {
    if let Some(bytes) = std::env::args().nth(1) {
        one(bytes.parse().expect("a size in bytes"));
        return;
    }
    println!(
        "| bytes | statements | votes | parse ms | model ms | parse µs/KB | total µs/KB | total s | peak MiB | parse memory / input | total memory / input |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    let me = std::env::current_exe().expect("this example's path");
    for bytes in SIZES {
        let status = Command::new(&me).arg(bytes.to_string()).status().expect("run one size");
        assert!(status.success(), "size {bytes}: {status}");
    }
    println!(
        "\nTimes are the fastest of several runs, per article; the 1 KB row is the 1 MB text cut into ~1 KB \
         articles (counts and memory for the first). Memory / input is (peak RSS − RSS before parsing) / \
         input + 1 (the input itself): after the parse, then after the model too."
    );
}
