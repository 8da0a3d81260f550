//! `parse` must return a model for any input, and every statement's range must slice its
//! paragraph to its text. A small xorshift generator (no dependency) builds inputs biased
//! toward what the parser looks at: quote marks, dashes, digits, number and vote words,
//! names, newlines, NUL, right-to-left text and emoji.

use article_core::{parse, Article};
use std::collections::{HashMap, HashSet};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PIECES: &[&str] = &[
    "\"",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "-",
    " - ",
    "\u{2013}",
    "\u{2014}",
    " -- ",
    "- Heading -",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    " ",
    " ",
    ",",
    ".",
    ". ",
    ":",
    ";",
    "?",
    "!",
    "(",
    ")",
    "(AFP)",
    "0",
    "7",
    "15",
    "116",
    "4294967295",
    "4294967296",
    "99999999999999999999",
    "1,234",
    "11-2-2",
    "2014-12-22",
    "15-member",
    "ten",
    "Ten",
    "fifteen",
    "one hundred and sixteen",
    "twenty-one",
    "hundred",
    "thousand",
    "billion",
    "and",
    "to",
    "of the",
    "votes",
    "vote",
    "voted",
    "in favour",
    "against",
    "abstentions",
    "abstained",
    "absent",
    "did not vote",
    "by a vote of",
    "council members",
    "General Assembly",
    "Security Council",
    "said",
    "says",
    "told",
    "added",
    "according to",
    "he",
    "she",
    "He",
    "the",
    "The",
    "of",
    "from",
    "at",
    "Samantha Power",
    "Kim",
    "Song",
    "Ambassador",
    "spokesman",
    "Chinese",
    "North Korean",
    "Russia",
    "China",
    "US",
    "Mr",
    "Param-Preet's",
    "ST's",
    "al-Assad",
    "da",
    "titled",
    "so-called",
    "called",
    "the film",
    "but",
    "\u{0}",
    "\u{200f}",
    "\u{627}\u{644}\u{623}\u{645}\u{645} \u{627}\u{644}\u{645}\u{62a}\u{62d}\u{62f}\u{629}",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{1f600}",
    "\u{1f1fa}\u{1f1f8}",
    "e\u{301}",
    "\u{feff}",
    "\t",
    "\u{a0}",
    "Source: Reuters",
    "Photo: AFP",
    "Join our Telegram channel",
    "UNITED NATIONS (AFP) - ",
];

/// Every statement lies inside its paragraph and slices to its text; ids are unique.
fn check(input: &str, a: &Article) {
    let index: HashMap<&str, usize> = a.paragraphs.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    // Byte offset of every char (and of the end) of each paragraph, built once.
    let offsets: Vec<Vec<usize>> = a
        .paragraphs
        .iter()
        .map(|p| {
            let mut o: Vec<usize> = p.text.char_indices().map(|(b, _)| b).collect();
            o.push(p.text.len());
            o
        })
        .collect();
    let mut ids = HashSet::new();
    for s in &a.statements {
        assert!(ids.insert(s.id.as_str()), "duplicate id {} for {input:?}", s.id);
        let i =
            *index.get(s.paragraph.as_str()).unwrap_or_else(|| panic!("no paragraph {} for {input:?}", s.paragraph));
        let (text, o) = (&a.paragraphs[i].text, &offsets[i]);
        let len = o.len() - 1;
        assert!(s.start < s.end && s.end <= len, "range {}..{} of {len} in {input:?}", s.start, s.end);
        assert_eq!(&text[o[s.start]..o[s.end]], s.text, "slice for {input:?}");
        assert!(!s.speaker.is_empty() && !s.id.is_empty());
    }
    for (i, p) in a.paragraphs.iter().enumerate() {
        assert_eq!(p.id, format!("p{}", i + 1));
        assert!(p.section < a.sections.len());
        assert!(a.sections[p.section].paragraphs.contains(&i));
        assert!(!p.text.is_empty() && p.text.trim() == p.text);
    }
    for v in &a.votes {
        let i = index[v.paragraph.as_str()];
        assert!(a.paragraphs[i].text.contains(&v.sentence));
    }
}

#[test]
fn random_inputs_never_panic() {
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..25_000 {
        let mut s = String::new();
        let n = 1 + rng.below(60);
        for _ in 0..n {
            if rng.below(8) == 0 {
                // A raw random char, anywhere in Unicode.
                let c = char::from_u32(rng.next() as u32 % 0x11_0000).unwrap_or('\u{fffd}');
                s.push(c);
            } else {
                s.push_str(rng.pick(PIECES));
            }
            if rng.below(3) == 0 {
                s.push(' ');
            }
        }
        let a = parse(&s);
        check(&s, &a);
    }
}

#[test]
fn edge_inputs() {
    let empty = parse("");
    assert_eq!(empty, Article::default());
    assert_eq!(parse("   \n\n \t \r\n"), Article::default());
    assert!(parse("\0\0\0").headline.is_empty());
    for input in [
        "\"",
        "\"\"",
        "\u{201c}",
        "-",
        "- -",
        "--",
        "()",
        "Headline\n\n\"",
        "Headline\n\nX (",
        "Headline\n\n(AFP) - ",
        "Headline\n\nGENEVA -",
        "Headline\n\n\"a\" said",
        "Headline\n\n\"a b c d\" he said",
        "Headline\n\nsaid \"",
        "H\n\nThe vote was 4294967295 to 4294967295 with 4294967295 abstentions.",
        "H\n\nIt passed 999-999-999 in a vote, with 4294967296 absent.",
        "H\n\nIt was adopted by one billion billion votes to five billion.",
        "\u{627}\u{644}\u{623}\u{645}\u{645}\n\n\"\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{1f600}\" \u{5d0}\u{5de}\u{5e8}",
    ] {
        check(input, &parse(input));
    }
}

#[test]
fn a_megabyte_of_prose() {
    let seed = include_str!("../../seeds/000_fa9ca6f986d2676d.txt");
    let mut big = String::from("Headline\n\n");
    while big.len() < 1 << 20 {
        big.push_str(seed);
        big.push_str("\n\n");
    }
    let a = parse(&big);
    check("(1 MB)", &a);
    assert!(a.statements.len() > 1000);
    // One giant paragraph full of quotes, with no line breaks at all.
    let line = "\"We will act,\" said Jane Doe. ".repeat(30_000);
    let a = parse(&format!("H\n\n{line}"));
    check("(one line)", &a);
    assert_eq!(a.statements.len(), 30_000);
    // Pathological single sentences: lists of states, vote words and speakers.
    let lists = [
        "Russia, China and France voted against, ".repeat(20_000) + "10 of the 15 members voted 3-1.",
        "but Russia and China argued ".repeat(30_000) + "with 5 in favour.",
        "voted for voted for 12 voted for ".repeat(30_000),
        "US Ambassador Samantha Power, the envoy, said ".repeat(20_000) + "\"We go now.\"",
        "\"We go now,\" he said, \"and ".repeat(30_000),
    ];
    for text in &lists {
        let a = parse(&format!("H\n\n{text}"));
        check("(pathological)", &a);
    }
    // A megabyte of quote marks and of dashes.
    for c in ["\"", "-", "\u{201c}", "1-", "ten "] {
        let a = parse(&c.repeat(300_000));
        check(c, &a);
    }
}
