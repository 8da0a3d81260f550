//! Words for evidence: the small tokenizer the date scanners and content words read (letters,
//! ASCII digits, single marks, with byte offsets), ASCII folding, stop words and plural stemming.

use crate::lexicon::unvotes::STOP_WORDS;

/// One token of text: a run of letters, a run of ASCII digits, or one other character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Number,
    Mark,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok<'a> {
    pub(super) kind: Kind,
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Mark
        };
        let mut end = start + c.len_utf8();
        if kind != Kind::Mark {
            while let Some(&(i, n)) = chars.peek() {
                let same = if kind == Kind::Word { n.is_alphabetic() } else { n.is_ascii_digit() };
                if !same {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
        }
        out.push(Tok { kind, text: &text[start..end], start, end });
    }
    out
}

/// ASCII folding of one lower-cased letter; `None` for letters it does not know.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
        'ł' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

fn is_stop_word(w: &str) -> bool {
    STOP_WORDS.contains(&w)
}

/// Lower-case, ASCII-folded words of at least three letters that are not stop words, each once.
pub(super) fn content_words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for t in text.split('\n').flat_map(tokens) {
        if t.kind != Kind::Word {
            continue;
        }
        let mut w = String::with_capacity(t.text.len());
        for c in t.text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphabetic() {
                w.push(c);
            } else if let Some(f) = fold(c) {
                w.push_str(f);
            }
        }
        if w.len() >= 3 && !is_stop_word(&w) && !seen.contains(&w) {
            seen.insert(w.clone());
            out.push(w);
        }
    }
    out
}

/// A word without a plural "s" ("rights" → "right"; not "press", "status", "crisis").
pub(super) fn stem(w: &str) -> &str {
    let w = w.trim();
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        &w[..w.len() - 1]
    } else {
        w
    }
}
