//! Numbers as news prose writes them: "116", "1,234", "Ten", "twenty-one",
//! "one hundred and sixteen". All arithmetic is checked: a number too large for a `u32`
//! is reported as an overflow, never wrapped.

/// A number read from the start of a run of words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The value, or `None` when it overflows a `u32`.
    pub value: Option<u32>,
    /// How many words the number took.
    pub words: usize,
}

/// "116", "1,234" (commas only between groups of three). Digits only, no sign or decimals.
pub(crate) fn digits(word: &str) -> Option<Option<u32>> {
    let b = word.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() || !b[b.len() - 1].is_ascii_digit() {
        return None;
    }
    if word.contains(',') {
        let mut groups = word.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    let mut value: Option<u32> = Some(0);
    for &c in b {
        match c {
            b'0'..=b'9' => {
                value = value.and_then(|v| v.checked_mul(10)).and_then(|v| v.checked_add(u32::from(c - b'0')));
            }
            b',' => {}
            _ => return None,
        }
    }
    Some(value)
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// The value of one number word below a hundred ("ten", "twenty-one"), case-insensitive.
fn small(word: &str) -> Option<u32> {
    // "carried 104 votes to nil".
    if word == "nil" {
        return Some(0);
    }
    if let Some((tens, unit)) = word.split_once(['-', '\u{2010}', '\u{2011}']) {
        let t = small(tens).filter(|v| *v >= 20 && v % 10 == 0)?;
        let u = small(unit).filter(|v| (1..10).contains(v))?;
        return Some(t + u);
    }
    if let Some(i) = UNITS.iter().position(|u| u.eq_ignore_ascii_case(word)) {
        return Some(i as u32);
    }
    TENS.iter().position(|t| t.eq_ignore_ascii_case(word)).map(|i| 20 + 10 * i as u32)
}

fn scale(word: &str) -> Option<u32> {
    [("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000)]
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// Read a number at the start of `words`: one digit word, or a run of number words
/// ("one hundred and sixteen" takes four words). `None` if the first word is no number.
pub(crate) fn read(words: &[&str]) -> Option<Reading> {
    let first = *words.first()?;
    if let Some(value) = digits(first) {
        return Some(Reading { value, words: 1 });
    }
    // total: finished thousands/millions; current: the part below the next scale word.
    let (mut total, mut current) = (Some(0u32), Some(0u32));
    let mut used = 0;
    // What the previous word was: 0 none, 1 unit/teen, 2 tens, 3 hundred, 4 big scale.
    let mut last = 0;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if let Some(v) = small(w) {
            let fits = match last {
                0 | 3 | 4 => true,
                2 => v < 10 && v > 0,
                _ => false,
            };
            if !fits {
                break;
            }
            current = current.and_then(|c| c.checked_add(v));
            last = if v >= 20 && v % 10 == 0 { 2 } else { 1 };
        } else if let Some(s) = scale(w) {
            if last == 0 || last == 4 && s == 100 {
                break;
            }
            if s == 100 {
                if last == 3 {
                    break;
                }
                current = current.and_then(|c| c.checked_mul(100));
                last = 3;
            } else {
                total = match (total, current) {
                    (Some(t), Some(c)) => c.checked_mul(s).and_then(|x| t.checked_add(x)),
                    _ => None,
                };
                current = Some(0);
                last = 4;
            }
        } else if w.eq_ignore_ascii_case("and")
            && (last == 3 || last == 4)
            && words.get(i + 1).is_some_and(|n| small(n).is_some())
        {
            // "one hundred and sixteen": the "and" joins, it is no number itself.
        } else {
            break;
        }
        i += 1;
        if last != 0 {
            used = i;
        }
    }
    if used == 0 {
        return None;
    }
    let value = match (total, current) {
        (Some(t), Some(c)) => t.checked_add(c),
        _ => None,
    };
    Some(Reading { value, words: used })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<Option<u32>> {
        let words: Vec<&str> = s.split(' ').collect();
        read(&words).map(|r| r.value)
    }

    #[test]
    fn digit_words() {
        assert_eq!(value("116"), Some(Some(116)));
        assert_eq!(value("1,234"), Some(Some(1234)));
        assert_eq!(value("1,234,567"), Some(Some(1_234_567)));
        assert_eq!(value("12,34"), None);
        assert_eq!(value("4294967295"), Some(Some(u32::MAX)));
        assert_eq!(value("4294967296"), Some(None));
        assert_eq!(value("99999999999999999999999"), Some(None));
        assert_eq!(value("x1"), None);
    }

    #[test]
    fn spelled_out() {
        assert_eq!(value("Ten of the 15"), Some(Some(10)));
        assert_eq!(value("fifteen"), Some(Some(15)));
        assert_eq!(value("twenty-one"), Some(Some(21)));
        assert_eq!(value("Twenty-eight senators"), Some(Some(28)), "a capitalised first word");
        assert_eq!(value("Seventy-One"), Some(Some(71)));
        assert_eq!(value("Twenty-year"), None);
        assert_eq!(value("one hundred and sixteen"), Some(Some(116)));
        assert_eq!(value("two hundred"), Some(Some(200)));
        assert_eq!(value("one thousand two hundred and five"), Some(Some(1205)));
        assert_eq!(value("five billion"), Some(None));
        assert_eq!(value("ninety nine"), Some(Some(99)));
        assert_eq!(value("one two"), Some(Some(1)));
        assert_eq!(value("hundred"), None);
        assert_eq!(value("and"), None);
        let r = read(&["one", "hundred", "and", "votes"]).unwrap();
        assert_eq!((r.value, r.words), (Some(100), 2));
    }
}
