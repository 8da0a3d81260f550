//! Site furniture around an article: newsletter and app prompts, photo credits, source and
//! copyright lines, "related articles" lists. Recognised by keyword and shape, not by site.

use std::sync::OnceLock;

/// Lines starting with these (lower-cased) are furniture.
const OPENERS: &[&str] = &[
    "source:",
    "sources:",
    "read more",
    "read also",
    "also read",
    "see also",
    "related:",
    "related article",
    "related stor",
    "related news",
    "related coverage",
    "related content",
    "related link",
    "photo:",
    "photos:",
    "photo by",
    "photo credit",
    "photograph:",
    "picture:",
    "pictures:",
    "image:",
    "images:",
    "image credit",
    "video:",
    "watch:",
    "caption:",
    "credit:",
    "afp photo",
    "reuters photo",
    "ap photo",
    "reporting by",
    "additional reporting",
    "editing by",
    "writing by",
    "compiled by",
    "sign up",
    "subscribe to",
    "subscribe now",
    "subscribe for",
    "follow us",
    "follow our",
    "click here",
    "tap here",
    "download our",
    "download the",
    "get the latest",
    "\u{a9}",
    "(c) ",
    "share this",
    "share on",
    "listen to this",
    "tags:",
    "topics:",
    "email this",
    "print this",
    "published:",
    "updated:",
    "last updated",
    "posted:",
    "posted on",
    "this article was",
    "this article has been",
    "this article first",
    "this story was",
    "this story has been",
    "this story first",
    "a version of this",
    "originally published",
    "first published",
    "don't miss",
    "don\u{2019}t miss",
];

/// Short lines (at most [`TINY`] words) starting with these are furniture.
const SHORT_OPENERS: &[&str] = &["copyright", "advertisement", "sponsored", "most read", "popular"];

/// Lines containing these (lower-cased) are furniture, when short.
const PHRASES: &[&str] = &[
    "all rights reserved",
    "telegram channel",
    "whatsapp channel",
    "breaking news delivered",
    "sign up for our",
    "subscribe to our",
    "our newsletter",
    "follow us on",
    "download our app",
    "click here to",
    "afp photo",
    "/afp)",
    "/ afp)",
    "/reuters)",
    "getty images",
    "photo:",
    "photograph:",
    "picture:",
    "image:",
    "credit:",
    "file photo",
];

/// Headers after which a list of other stories follows.
const LIST_HEADERS: &[&str] = &[
    "related",
    "more from",
    "more on this",
    "more stories",
    "you may also like",
    "you might also like",
    "recommended",
    "trending",
    "read more",
    "also read",
    "see also",
];

/// Wire agencies that sign off an article on a line of their own.
const AGENCIES: &[&str] = &[
    "afp", "reuters", "ap", "dpa", "bernama", "xinhua", "kyodo", "yonhap", "efe", "ansa", "tass", "ani", "pti",
    "agencies", "afp-jiji",
];

/// Furniture longer than this many words is unlikely; keyword rules only apply below it.
const SHORT: usize = 40;
/// Prompts and credits ("Join our channel ...") are at most this many words.
const PROMPT: usize = 24;
/// Headers and one-line notices are at most this many words.
const TINY: usize = 12;

/// Is this (whitespace-normalised) line site furniture?
pub(crate) fn is_boilerplate(line: &str) -> bool {
    let words = line.bytes().filter(|&b| b == b' ').count() + 1;
    if words > SHORT {
        return false;
    }
    // Openers only need the start of the line, lower-cased (ASCII) without allocating.
    let mut head = [0u8; 40];
    let n = line.len().min(head.len());
    for (d, s) in head.iter_mut().zip(line.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    let head = &head[..n];
    let h0 = head.first().copied().unwrap_or(0);
    let opens = |list: &[&str]| list.iter().any(|o| o.as_bytes()[0] == h0 && head.starts_with(o.as_bytes()));
    // The openers sorted, so that only those with the line's first byte are tried.
    static SORTED: OnceLock<Vec<&'static str>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut v = OPENERS.to_vec();
        v.sort_unstable();
        v
    });
    let lo = sorted.partition_point(|o| o.as_bytes()[0] < h0);
    let hi = sorted.partition_point(|o| o.as_bytes()[0] <= h0);
    if opens(&sorted[lo..hi]) || words <= 5 && starts_list(line) {
        return true;
    }
    if words <= TINY && opens(SHORT_OPENERS) {
        return true;
    }
    // "(Photo by X/AFP)", "[Editor's note ...]", "(Reporting by ...)".
    let wrapped = (line.starts_with('(') && line.ends_with(')')) || (line.starts_with('[') && line.ends_with(']'));
    if wrapped {
        return true;
    }
    // "AFP", "-- Reuters", "(AFP)".
    if words <= 3 {
        let lower = line.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        if AGENCIES.contains(&bare) {
            return true;
        }
    }
    // "By Michelle Nichols": a byline.
    let byline =
        line.starts_with("By ") && words <= 8 && !line.ends_with('.') && line[3..].starts_with(char::is_uppercase);
    if byline || words <= 10 && is_timestamp(line) {
        return true;
    }
    if words > PROMPT {
        return false;
    }
    let lower = line.to_lowercase();
    if has_phrase(&lower) {
        return true;
    }
    // "Join ST's Telegram channel ...", "Follow the latest on our app".
    let first = lower.split(' ').next().unwrap_or("");
    let prompt = ["join", "follow", "subscribe", "download", "install", "register"].contains(&first);
    let places = [
        "channel",
        "newsletter",
        "telegram",
        "whatsapp",
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "tiktok",
        "our app",
        "podcast",
    ];
    prompt && places.iter().any(|p| lower.contains(p))
}

/// Does `lower` hold one of [`PHRASES`]? One pass over its bytes, trying a phrase only where
/// the two bytes it opens with are found.
fn has_phrase(lower: &str) -> bool {
    static PAIRS: OnceLock<Vec<u64>> = OnceLock::new();
    let pair = |a: u8, b: u8| usize::from(a) << 8 | usize::from(b);
    let pairs = PAIRS.get_or_init(|| {
        let mut bits = vec![0u64; (1 << 16) / 64];
        for p in PHRASES.iter().map(|p| p.as_bytes()) {
            if let [a, b, ..] = *p {
                let k = pair(a, b);
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        bits
    });
    let b = lower.as_bytes();
    b.windows(2).enumerate().any(|(i, w)| {
        let k = pair(w[0], w[1]);
        pairs[k / 64] & 1 << (k % 64) != 0 && PHRASES.iter().any(|p| b[i..].starts_with(p.as_bytes()))
    })
}

/// "Monday, December 22, 2014 10:05 AM", "Published 2014-12-22": a short line with a year
/// or a clock time and no full stop.
fn is_timestamp(line: &str) -> bool {
    if line.ends_with(['.', '!', '?', '"', '\u{201d}']) {
        return false;
    }
    let b = line.as_bytes();
    let year = b.windows(4).enumerate().any(|(i, w)| {
        let edge = |j: Option<&u8>| j.is_none_or(|c| !c.is_ascii_alphanumeric());
        (w.starts_with(b"19") || w.starts_with(b"20"))
            && w.iter().all(u8::is_ascii_digit)
            && edge(i.checked_sub(1).and_then(|j| b.get(j)))
            && edge(b.get(i + 4))
    });
    let clock =
        b.windows(4).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit());
    year || clock
}

/// Does this furniture line announce a list of other stories (whose headlines follow)?
pub(crate) fn starts_list(line: &str) -> bool {
    if line.bytes().filter(|&b| b == b' ').count() >= 5 || line.ends_with('.') {
        return false;
    }
    let lower = line.to_lowercase();
    let lower = lower.trim_end_matches([':', ' ']);
    LIST_HEADERS.iter().any(|h| lower.starts_with(h))
}

/// A line in a list of other stories: a headline, so no closing sentence punctuation.
pub(crate) fn looks_like_listed_headline(line: &str) -> bool {
    !line.ends_with(['.', '!', '?', '"', '\u{201d}', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_anywhere_in_a_line() {
        for p in PHRASES {
            assert!(p.len() >= 2, "{p}: a phrase is found by its first two bytes");
            assert!(has_phrase(p) && has_phrase(&format!("x {p} y")), "{p}");
        }
        assert!(!has_phrase("the assembly reserved the right") && !has_phrase(""));
    }

    #[test]
    fn furniture() {
        for line in [
            "Join ST's Telegram channel and get the latest breaking news delivered to you.",
            "Source: Reuters",
            "Related articles",
            "Read more: UN votes on sanctions",
            "Photo: AFP",
            "(Photo by Jane Doe/AFP)",
            "AFP PHOTO / KIM WON-JIN",
            "Sign up for our newsletter",
            "Follow us on Twitter",
            "Copyright 2014 The Straits Times. All rights reserved.",
            "© AFP 2014",
            "Click here for more",
            "Download our app for breaking news",
            "-- Reuters",
            "AFP",
            "ADVERTISEMENT",
            "By Michelle Nichols",
            "Published: Monday, December 22, 2014 10:05 AM",
            "December 22, 2014",
            "Samantha Power speaks at the council in New York on Monday. PHOTO: AFP",
            "This article was first published by our partners.",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in [
            "The council will meet on Monday.",
            "\"Join us,\" she said, \"and we will win.\"",
            "Subscribers of the Telegram messaging app were targeted, officials said.",
            "Russia and China voted against.",
            "By 2030 the treaty must be in force.",
            "The vote was held on December 22, 2014.",
            "Recommended measures include a ceasefire and aid.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
        assert!(starts_list("Related articles"));
        assert!(!starts_list("Source: Reuters"));
    }
}
