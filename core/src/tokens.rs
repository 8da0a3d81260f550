//! A paragraph cut into words and punctuation marks, with byte and char offsets, and the
//! sentences those tokens form. One linear pass; everything else works on tokens.

use crate::vocabulary::Vocab;

/// A word ("Param-Preet's", "U.S.", "11-2-2", "1,234") or a single punctuation mark.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok<'a> {
    /// The token's text, a slice of the paragraph's (its byte range is where it lies in it).
    pub s: &'a str,
    /// Char offset of the token's start in the paragraph text (32 bits, and the end is
    /// counted when asked for: a token is 24 bytes, and a paragraph's tokens take about five
    /// times its size).
    pub c0: u32,
    pub word: bool,
    /// Whitespace (or the paragraph start) comes right before this token.
    pub space_before: bool,
    /// A word whose first char is upper case.
    pub upper: bool,
}

impl Tok<'_> {
    /// Char offset just past the token's end in the paragraph text.
    pub fn c1(&self) -> u32 {
        self.c0 + self.s.chars().count() as u32
    }

    /// The first char of the token.
    pub fn ch(&self) -> char {
        self.s.chars().next().unwrap_or(' ')
    }

    /// A punctuation token that is exactly `c`.
    pub fn is(&self, c: char) -> bool {
        !self.word && self.ch() == c
    }

    /// A word equal to `w`, ignoring ASCII case.
    pub fn eq(&self, w: &str) -> bool {
        self.word && self.s.eq_ignore_ascii_case(w)
    }

    /// A word that is one of `ws`, ignoring ASCII case.
    pub fn any(&self, ws: &[&str]) -> bool {
        self.word && ws.iter().any(|w| self.s.eq_ignore_ascii_case(w))
    }

    /// A word in the vocabulary `v`.
    pub fn of(&self, v: &Vocab) -> bool {
        self.word && v.has(self.s)
    }

    /// A word starting with an upper-case letter.
    pub fn cap(&self) -> bool {
        self.upper
    }
}

/// A tokenised paragraph and the token index where each sentence starts.
pub(crate) struct Para<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok<'a>>,
    /// Ascending; the first is 0 when there are tokens.
    pub sentences: Vec<usize>,
}

impl<'a> Para<'a> {
    pub fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let sentences = sentence_starts(&toks);
        Para { text, toks, sentences }
    }

    /// Index of the first token of the sentence holding token `i`.
    pub fn sentence_start(&self, i: usize) -> usize {
        let k = self.sentences.partition_point(|&s| s <= i);
        if k == 0 {
            0
        } else {
            self.sentences[k - 1]
        }
    }

    /// Where token `t` starts in the paragraph's text, in bytes.
    fn offset(&self, t: &Tok) -> usize {
        (t.s.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize)
    }

    /// The text from token `a` to token `b` inclusive.
    pub fn span(&self, a: usize, b: usize) -> &'a str {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => {
                let (b0, b1) = (self.offset(x), self.offset(y) + y.s.len());
                self.text.get(b0..b1).unwrap_or("")
            }
            _ => "",
        }
    }

    /// Token index ranges `[start, end)` of the sentences.
    pub fn sentence_ranges(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.toks.len();
        self.sentences.iter().enumerate().map(move |(k, &s)| (s, self.sentences.get(k + 1).copied().unwrap_or(n)))
    }
}

/// Abbreviations whose full stop ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "Prof", "Jr", "Sr", "Mt",
    "Ft", "No", "Inc", "Ltd", "Corp", "Co", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs", "Amb",
    "Adm", "Maj", "Brig", "Rev", "Hon",
];

/// Chars that join two word parts: "Param-Preet", "ST's", "U.S", "1,234", "11–2", "3:2".
fn joins(prev: char, c: char, next: char) -> bool {
    match c {
        '-' | '\'' | '\u{2019}' | '.' | '\u{2010}' | '\u{2011}' | '&' => next.is_alphanumeric(),
        ',' | '\u{2013}' | '/' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
        _ => false,
    }
}

/// The char at byte `b` of `text` (a space past the end).
fn char_at(text: &str, b: usize) -> char {
    match text.as_bytes().get(b) {
        Some(&x) if x < 0x80 => char::from(x),
        Some(_) => text.get(b..).and_then(|s| s.chars().next()).unwrap_or(' '),
        None => ' ',
    }
}

/// What an ASCII byte is to the tokenizer: [`SPACE`] and [`WORD`] bits (a punctuation mark
/// has neither). Bytes from 0x80 start a multi-byte char and are classed through `char`.
const CLASS: [u8; 128] = {
    let mut class = [0u8; 128];
    let mut x = 0;
    while x < 128 {
        let b = x as u8;
        class[x] = if b.is_ascii_alphanumeric() {
            WORD
        } else if matches!(b, b' ' | b'\t'..=b'\r') {
            SPACE
        } else {
            0
        };
        x += 1;
    }
    class
};
const SPACE: u8 = 1;
const WORD: u8 = 2;

/// The ASCII class of `x`, or `None` for a byte of a multi-byte char.
fn class(x: u8) -> Option<u8> {
    CLASS.get(usize::from(x)).copied()
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    // Wire copy runs about one token to five bytes; what is reserved beyond is given back (in
    // place: a paragraph's tokens are all alive while the article is parsed).
    let mut toks = Vec::with_capacity(text.len() / 4 + 4);
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Byte and char position of the cursor.
    let (mut b, mut c) = (0, 0);
    let mut space = true;
    while b < n {
        let (ch, word) = match class(bytes[b]) {
            Some(SPACE) => {
                space = true;
                b += 1;
                c += 1;
                continue;
            }
            Some(k) => (char::from(bytes[b]), k == WORD),
            None => {
                let ch = char_at(text, b);
                if ch.is_whitespace() {
                    space = true;
                    b += ch.len_utf8();
                    c += 1;
                    continue;
                }
                (ch, ch.is_alphanumeric())
            }
        };
        let (b0, c0) = (b, c);
        b += ch.len_utf8();
        c += 1;
        if word {
            let mut prev = ch;
            while b < n {
                // A run of ASCII letters and digits, the common case.
                let from = b;
                while b < n && bytes[b] < 0x80 && CLASS[usize::from(bytes[b])] == WORD {
                    b += 1;
                }
                if b > from {
                    c += b - from;
                    prev = char::from(bytes[b - 1]);
                    if b == n {
                        break;
                    }
                }
                let x = char_at(text, b);
                if x as u32 >= 0x80 && x.is_alphanumeric() {
                    b += x.len_utf8();
                    c += 1;
                    prev = x;
                    continue;
                }
                let after = b + x.len_utf8();
                if after < n {
                    let next = char_at(text, after);
                    if joins(prev, x, next) {
                        b = after + next.len_utf8();
                        c += 2;
                        prev = next;
                        continue;
                    }
                }
                break;
            }
            // "Workers' Party": a plural possessive keeps its apostrophe before a name.
            // A straight apostrophe never quotes, so it may go before any word ("the
            // Netherlands' ambassador"); a curly one only before a capital.
            if prev == 's' && matches!(bytes.get(b), Some(b'\'' | 0xE2)) {
                let mark = char_at(text, b);
                if matches!(mark, '\'' | '\u{2019}') {
                    let after = b + mark.len_utf8();
                    let next = char_at(text, after + 1);
                    let fits = if mark == '\'' { next.is_alphabetic() } else { next.is_uppercase() };
                    if char_at(text, after) == ' ' && fits {
                        b = after;
                        c += 1;
                    }
                }
            }
            // "U.S." and "J." keep their full stop; so do "Mr." and friends.
            if bytes.get(b) == Some(&b'.') {
                let w = &text[b0..b];
                let initial = c - c0 == 1 && ch.is_uppercase();
                if initial || w.contains('.') || ABBREVIATIONS.contains(&w) {
                    b += 1;
                    c += 1;
                }
            }
        }
        toks.push(Tok { s: &text[b0..b], c0: c0 as u32, word, space_before: space, upper: word && ch.is_uppercase() });
        space = false;
    }
    toks.shrink_to_fit();
    toks
}

/// Closing marks that stay with the sentence they end: `."`, `.)`, `.’`.
fn closes(t: &Tok) -> bool {
    !t.word && (matches!(t.ch(), ')' | ']' | '\u{201d}' | '\u{2019}' | '\u{bb}') || t.is('"') && !t.space_before)
}

fn sentence_starts(toks: &[Tok]) -> Vec<usize> {
    let mut starts = Vec::new();
    if toks.is_empty() {
        return starts;
    }
    starts.push(0);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        i += 1;
        if t.word || !matches!(t.ch(), '.' | '!' | '?' | '\u{2026}') {
            continue;
        }
        let mut j = i;
        while j < toks.len() && closes(&toks[j]) {
            j += 1;
        }
        if let Some(n) = toks.get(j) {
            let opens = matches!(n.ch(), '"' | '\u{201c}' | '\u{2018}' | '(' | '\u{ab}');
            let upper = n.word && (n.ch().is_uppercase() || n.ch().is_ascii_digit());
            if n.space_before && (upper || !n.word && opens) {
                starts.push(j);
            }
        }
        i = j.max(i);
    }
    starts
}

/// A word without its trailing possessive, "Britain's" → "Britain", "Koreas’" → "Koreas": the
/// one place possessives are stripped (speaker phrases, member-state names, country keys).
pub(crate) fn strip_possessive(w: &str) -> &str {
    for end in ["'s", "\u{2019}s", "'S", "'", "\u{2019}"] {
        if let Some(stem) = w.strip_suffix(end) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    w
}

/// A word ending in a possessive ("assembly's", "Koreas’").
pub(crate) fn is_possessive(w: &str) -> bool {
    strip_possessive(w).len() != w.len()
}

/// A plural possessive ("Workers'", "Citizens’"): the members of what follows.
pub(crate) fn is_plural_possessive(w: &str) -> bool {
    w.ends_with("s'") || w.ends_with("s\u{2019}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.s).collect()
    }

    #[test]
    fn words_and_marks() {
        assert_eq!(
            words("Join ST's \"Param-Preet's\" U.S. 11-2-2, 1,234 Mr. X"),
            ["Join", "ST's", "\"", "Param-Preet's", "\"", "U.S.", "11-2-2", ",", "1,234", "Mr.", "X"]
        );
        assert_eq!(words("“Hi,” she said—"), ["“", "Hi", ",", "”", "she", "said", "—"]);
        let p = Para::new("é “b”");
        assert_eq!((p.toks[2].c0, p.toks[2].c1(), p.offset(&p.toks[2])), (3, 4, 6));
        assert_eq!((p.span(1, 3), p.span(3, 1), p.span(0, 9)), ("“b”", "", ""));
        assert_eq!(std::mem::size_of::<Tok>(), 24);
    }

    #[test]
    fn sentences() {
        let p = Para::new("He left. \"We go.\" Mr. Kim said no. 3 more? yes.");
        let firsts: Vec<&str> = p.sentences.iter().map(|&i| p.toks[i].s).collect();
        assert_eq!(firsts, ["He", "\"", "Mr.", "3"]);
        assert_eq!(p.sentence_start(5), 3);
    }
}
