//! What an article's text says beyond its counts: [`Evidence::from_text`] and its scanners for
//! years, full dates, months and days without a year, over the tokens of [`super::words`].

use super::date::days_in_month;
use super::push_once;
use super::symbols::symbols;
use super::words::{content_words, tokens, Kind, Tok};
use crate::lexicon::unvotes::{MONTHS, MONTH_ABBREVIATIONS};
use serde::Serialize;

/// What else in the article can tell roll calls apart. See [`Evidence::from_text`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Evidence {
    /// Resolution symbols, normalised to session/number: "68/262", "52/38B", "ES-10/19".
    pub symbols: Vec<String>,
    /// Four-digit years, 1945–2100.
    pub years: Vec<u16>,
    /// Full dates (year, month, day).
    pub dates: Vec<(u16, u8, u8)>,
    /// Months, with their year when the text gives one.
    pub months: Vec<(Option<u16>, u8)>,
    /// Dates given without a year ("Dec. 18"): (month, day).
    pub days: Vec<(u8, u8)>,
    /// Lower-case, ASCII-folded content words, stop words dropped, each once.
    pub words: Vec<String>,
}

/// The value of a digit token of at most four digits.
fn small_number(t: &Tok) -> Option<u16> {
    (t.kind == Kind::Number && t.text.len() <= 4).then(|| t.text.parse().ok()).flatten()
}

/// A month name at token `i`: its number, the tokens it takes (an abbreviation's dot), and
/// whether it needs a day or year beside it to count ("May", "Mar" without a dot).
fn month_at(toks: &[Tok], i: usize) -> Option<(u8, usize, bool)> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word || !t.text.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let dot = toks.get(i + 1).is_some_and(|n| n.text == "." && n.start == t.end);
    if let Some(m) = MONTHS.iter().position(|name| name.eq_ignore_ascii_case(t.text)) {
        let m = u8::try_from(m + 1).ok()?;
        return Some((m, 1, m == 5));
    }
    let (_, m) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| a.eq_ignore_ascii_case(t.text))?;
    Some((*m, if dot { 2 } else { 1 }, !dot || *m == 5))
}

/// A year at token `i`: four digits, 1945–2100, not part of a longer figure ("1,950", "2014/15",
/// "1990s", "$2000", "A/RES/2014").
fn year_at(toks: &[Tok], i: usize) -> Option<u16> {
    let t = toks.get(i)?;
    if t.kind != Kind::Number || t.text.len() != 4 {
        return None;
    }
    let y = small_number(t)?;
    if !(1945..=2100).contains(&y) {
        return None;
    }
    if let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p)).filter(|p| p.end == t.start) {
        if p.kind != Kind::Mark || matches!(p.text, "/" | "$" | "£" | "€" | "." | ",") {
            return None;
        }
    }
    if let Some(n) = toks.get(i + 1).filter(|n| n.start == t.end) {
        let figure = matches!(n.text, "." | "," | "/" | ":")
            && toks.get(i + 2).is_some_and(|m| m.kind == Kind::Number && m.start == n.end);
        if n.kind != Kind::Mark || n.text == "%" || figure {
            return None;
        }
    }
    Some(y)
}

/// A day of the month at token `i`: one or two digits, not followed by a unit-like mark.
fn day_at(toks: &[Tok], i: usize) -> Option<u8> {
    let t = toks.get(i)?;
    if t.kind != Kind::Number || t.text.len() > 2 {
        return None;
    }
    if toks.get(i + 1).is_some_and(|n| n.start == t.end && (n.kind != Kind::Mark || matches!(n.text, ":" | "%" | "/")))
    {
        let ordinal = toks.get(i + 1).is_some_and(|n| matches!(n.text, "st" | "nd" | "rd" | "th"));
        if !ordinal {
            return None;
        }
    }
    let d = u8::try_from(small_number(t)?).ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Skip a comma at token `i`.
fn skip_comma(toks: &[Tok], i: usize) -> usize {
    if toks.get(i).is_some_and(|t| t.text == ",") {
        i + 1
    } else {
        i
    }
}

/// Skip an ordinal suffix ("18th") at token `i`, if it touches the number before it.
fn skip_ordinal(toks: &[Tok], i: usize) -> usize {
    match (i.checked_sub(1).and_then(|p| toks.get(p)), toks.get(i)) {
        (Some(p), Some(t)) if p.end == t.start && matches!(t.text, "st" | "nd" | "rd" | "th") => i + 1,
        _ => i,
    }
}

impl Evidence {
    /// Scan an article's text (headline and paragraphs joined by `\n`) for resolution symbols
    /// ("resolution 68/262", "A/RES/68/262", "resolution 1514 (XV)"; not drafts such as
    /// "A/68/L.39"), four-digit years 1945–2100, dates ("27 March 2014", "March 27, 2014",
    /// "Dec. 18", "2014-12-18"), months ("in December") and content words.
    pub fn from_text(text: &str) -> Evidence {
        let mut ev = Evidence { symbols: symbols(text), words: content_words(text), ..Evidence::default() };
        // Line by line (a paragraph a line): no date spans two paragraphs, and only one
        // paragraph's tokens are held at a time.
        for line in text.split('\n') {
            let toks = tokens(line);
            let mut i = 0;
            while i < toks.len() {
                // ISO dates: 2014-12-18.
                if let (Some(y), Some(d1), Some(m), Some(d2), Some(d)) =
                    (year_at(&toks, i), toks.get(i + 1), toks.get(i + 2), toks.get(i + 3), toks.get(i + 4))
                {
                    let touching = [toks[i], *d1, *m, *d2, *d].windows(2).all(|w| w[0].end == w[1].start);
                    if touching && d1.text == "-" && d2.text == "-" && m.text.len() == 2 && d.text.len() == 2 {
                        let (m, d) = (small_number(m).unwrap_or(0), small_number(d).unwrap_or(0));
                        if let (Ok(m @ 1..=12), Ok(d)) = (u8::try_from(m), u8::try_from(d)) {
                            if d >= 1 && d <= days_in_month(y, m) {
                                ev.add_date(y, m, d);
                                i += 5;
                                continue;
                            }
                        }
                    }
                }
                // "27 March 2014", "18 Dec."
                if let Some(d) = day_at(&toks, i) {
                    let j = skip_ordinal(&toks, i + 1);
                    let j = if toks.get(j).is_some_and(|t| t.text == "of") { j + 1 } else { j };
                    if let Some((m, used, _)) = month_at(&toks, j) {
                        let k = skip_comma(&toks, j + used);
                        if let Some(y) = year_at(&toks, k) {
                            ev.add_full_or_partial(Some(y), m, d);
                            i = k + 1;
                        } else {
                            ev.add_full_or_partial(None, m, d);
                            i = j + used;
                        }
                        continue;
                    }
                }
                // "March 27, 2014", "Dec. 18", "December 2014", "in December".
                if let Some((m, used, weak)) = month_at(&toks, i) {
                    let j = i + used;
                    if let Some(d) = day_at(&toks, j) {
                        let k = skip_comma(&toks, skip_ordinal(&toks, j + 1));
                        if let Some(y) = year_at(&toks, k) {
                            ev.add_full_or_partial(Some(y), m, d);
                            i = k + 1;
                        } else {
                            ev.add_full_or_partial(None, m, d);
                            i = skip_ordinal(&toks, j + 1);
                        }
                        continue;
                    }
                    let k = skip_comma(&toks, j);
                    if let Some(y) = year_at(&toks, k) {
                        push_once(&mut ev.months, (Some(y), m));
                        push_once(&mut ev.years, y);
                        i = k + 1;
                        continue;
                    }
                    if !weak {
                        push_once(&mut ev.months, (None, m));
                    }
                    i = j;
                    continue;
                }
                if let Some(y) = year_at(&toks, i) {
                    push_once(&mut ev.years, y);
                }
                i += 1;
            }
        }
        ev
    }

    fn add_date(&mut self, y: u16, m: u8, d: u8) {
        push_once(&mut self.dates, (y, m, d));
        push_once(&mut self.months, (Some(y), m));
        push_once(&mut self.years, y);
    }

    fn add_full_or_partial(&mut self, y: Option<u16>, m: u8, d: u8) {
        match y {
            Some(y) if d <= days_in_month(y, m) => self.add_date(y, m, d),
            Some(_) => {}
            None if d <= days_in_month(2000, m) => {
                push_once(&mut self.days, (m, d));
                push_once(&mut self.months, (None, m));
            }
            None => {}
        }
    }
}
