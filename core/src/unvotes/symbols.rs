//! Resolution symbols: found in an article's text ("resolution 68/262", "A/RES/ES-10/19",
//! "1514 (XV)" with its Roman-numeral session) and compared with the data's symbols.

use super::push_once;

/// A resolution symbol's session and number: "A/RES/52/38B" is ("52", 38, "B").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct SymbolKey {
    pub(super) session: String,
    pub(super) number: u32,
    pub(super) suffix: String,
}

impl SymbolKey {
    /// From "A/RES/68/262", "68/262", "A/RES/ES-10/19", "52/38 B"; `None` for anything else
    /// (draft symbols such as "A/68/L.39", the source's odd "ESS/1/34").
    pub(super) fn parse(s: &str) -> Option<SymbolKey> {
        let s = s.trim();
        let rest = match s.get(..6) {
            Some(p) if p.eq_ignore_ascii_case("A/RES/") => &s[6..],
            _ => s,
        };
        let (session, rest) = rest.split_once('/')?;
        let session = session.trim().to_ascii_uppercase();
        let digits = session.trim_start_matches("ES-").trim_start_matches("S-");
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let end = rest.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(rest.len());
        if end == 0 || end > 6 {
            return None;
        }
        let number = rest[..end].parse().ok()?;
        let suffix: String =
            rest[end..].chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let session = match session.strip_prefix("ES-").or_else(|| session.strip_prefix("S-")) {
            Some(n) => format!("{}{}", &session[..session.len() - n.len()], n.trim_start_matches('0')),
            None => session.trim_start_matches('0').to_string(),
        };
        Some(SymbolKey { session, number, suffix })
    }

    /// Whether a roll call's symbol `have` is this one: the same session and number, and this
    /// suffix (if any) begins it ("52/38" matches "52/38B"; "52/38B" does not match "52/38C").
    pub(super) fn matches(&self, have: &SymbolKey) -> bool {
        self.session == have.session && self.number == have.number && have.suffix.starts_with(&self.suffix)
    }
}

/// Whether `b[i..]` begins with `pat`, ignoring ASCII case.
fn starts_ci(b: &[u8], i: usize, pat: &[u8]) -> bool {
    b.get(i..i + pat.len()).is_some_and(|s| s.eq_ignore_ascii_case(pat))
}

/// Resolution symbols in a text, normalised ("68/262", "ES-10/19", "15/1514").
pub(super) fn symbols(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let boundary = |i: usize| i == 0 || !b[i - 1].is_ascii_alphanumeric();
    let mut i = 0;
    while i < b.len() {
        if starts_ci(b, i, b"A/RES/") && boundary(i) {
            if let Some((key, end)) = symbol_at(b, i + 6) {
                push_once(&mut out, key);
                i = end;
                continue;
            }
        } else if starts_ci(b, i, b"resolution") && boundary(i) {
            let mut j = i + 10;
            if b.get(j).is_some_and(|c| c.eq_ignore_ascii_case(&b's')) {
                j += 1;
            }
            if b.get(j).is_none_or(|c| !c.is_ascii_alphanumeric()) {
                // A list: "resolutions 68/262 and 68/263", "resolution No. 68/262".
                loop {
                    while b.get(j).is_some_and(|c| *c == b' ' || *c == b',') {
                        j += 1;
                    }
                    for skip in [&b"no. "[..], b"number ", b"and ", b"or ", b"A/RES/"] {
                        if starts_ci(b, j, skip) {
                            j += skip.len();
                        }
                    }
                    match symbol_at(b, j) {
                        Some((key, end)) => {
                            push_once(&mut out, key);
                            j = end;
                        }
                        None => break,
                    }
                }
                i = j.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A symbol at `b[j..]`: "68/262", "52/38B", "ES-10/19", "S-26/2", or "1514 (XV)"; its
/// normalised key and where it ends.
fn symbol_at(b: &[u8], j: usize) -> Option<(String, usize)> {
    let digits = |from: usize, max: usize| {
        let n = b.get(from..).unwrap_or(&[]).iter().take_while(|c| c.is_ascii_digit()).count();
        (n >= 1 && n <= max).then_some(n)
    };
    let value =
        |from: usize, n: usize| -> u32 { b[from..from + n].iter().fold(0, |v, &c| v * 10 + u32::from(c - b'0')) };
    let (prefix, at) = if starts_ci(b, j, b"ES-") {
        ("ES-", j + 3)
    } else if starts_ci(b, j, b"S-") {
        ("S-", j + 2)
    } else {
        ("", j)
    };
    let n = digits(at, 4)?;
    let first = value(at, n);
    let after = at + n;
    if b.get(after) == Some(&b'/') && n <= 3 {
        let m = digits(after + 1, 5)?;
        let number = value(after + 1, m);
        let mut end = after + 1 + m;
        let mut suffix = String::new();
        if let Some(&c) = b.get(end).filter(|c| c.is_ascii_uppercase()) {
            if b.get(end + 1).is_none_or(|n| !n.is_ascii_alphanumeric()) {
                suffix.push(char::from(c));
                end += 1;
            }
        }
        let next = b.get(end);
        if next.is_some_and(|c| {
            c.is_ascii_alphanumeric() || (*c == b'/' && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        }) {
            return None;
        }
        return Some((format!("{prefix}{first}/{number}{suffix}"), end));
    }
    // "1514 (XV)": a number and the session in Roman numerals.
    if prefix.is_empty() && n >= 2 {
        let mut k = after;
        if b.get(k) == Some(&b' ') {
            k += 1;
        }
        if b.get(k) == Some(&b'(') {
            let len =
                b.get(k + 1..).unwrap_or(&[]).iter().take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L')).count();
            if len > 0 && b.get(k + 1 + len) == Some(&b')') {
                let session = roman(&b[k + 1..k + 1 + len])?;
                return Some((format!("{session}/{first}"), k + 2 + len));
            }
        }
    }
    None
}

/// The value of a Roman numeral of I, V, X and L, 1–89; `None` if it is not well formed.
pub(super) fn roman(s: &[u8]) -> Option<u32> {
    let value = |c: u8| match c {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        _ => 50,
    };
    let mut total: i64 = 0;
    for (i, &c) in s.iter().enumerate() {
        let v = value(c);
        if s.get(i + 1).is_some_and(|&n| value(n) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    let total = u32::try_from(total).ok().filter(|t| (1..90).contains(t))?;
    // Well formed only if writing it back gives the same letters.
    let mut back = String::new();
    let mut rest = total;
    for (v, r) in [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while rest >= v {
            back.push_str(r);
            rest -= v;
        }
    }
    (back.as_bytes() == s).then_some(total)
}
