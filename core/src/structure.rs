//! The article's shape: headline, dateline, "- Subheading -" sections, paragraphs and the
//! site furniture kept out of them.
//!
//! Lines are whitespace-normalised (runs of whitespace and control chars become one space,
//! ends trimmed; `\r\n` and `\r` end lines), and bidirectional controls are removed: this is
//! where all of an article's text enters the model. The first non-empty line is the headline. When
//! the body has blank lines, they separate paragraphs and the lines between them are joined;
//! otherwise every line is a paragraph.

use crate::boilerplate;
use crate::model::{numbered, Article, Dateline, Paragraph, Section};

/// Chars that count as space: whitespace, control chars, BOM and zero-width space.
fn spacing(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// Bidirectional formatting controls: embeddings and overrides (U+202A–U+202E), isolates
/// (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). In text that is data they only
/// reorder what the reader sees (a name or a quote displayed reversed, a spoofed file name), so
/// they are dropped; the text's own right-to-left script still displays right to left.
pub(crate) fn bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// A line with nothing but spacing (and bidi controls).
fn blank(line: &str) -> bool {
    line.chars().all(|c| spacing(c) || bidi_control(c))
}

/// Collapse whitespace and control chars to single spaces, drop bidi controls, and trim.
pub(crate) fn squash(line: &str) -> String {
    let mut out = String::new();
    squash_into(line, &mut out);
    out
}

/// [`squash`] into a reused buffer.
fn squash_into(line: &str, out: &mut String) {
    out.clear();
    // Printable ASCII with single inner spaces is already normal. (Each chunk is checked whole,
    // without stopping early, which the compiler turns into wide compares.)
    let b = line.as_bytes();
    let printable = b.chunks(32).all(|c| c.iter().fold(true, |ok, &x| ok & (x.wrapping_sub(b' ') < 0x5f)));
    let trimmed = b.first() != Some(&b' ') && b.last() != Some(&b' ');
    if printable && trimmed && !line.contains("  ") {
        out.push_str(line);
        return;
    }
    let mut gap = false;
    for c in line.chars() {
        if bidi_control(c) {
            continue;
        }
        if spacing(c) {
            gap = true;
        } else {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}')
}

/// "- Calls for ICC referral -" → "Calls for ICC referral": a short line wrapped in dashes.
fn subheading(line: &str) -> Option<&str> {
    let (first, last) = (line.chars().next()?, line.chars().last()?);
    if !is_dash(first) || !is_dash(last) {
        return None;
    }
    let inner = line.trim_matches(|c: char| is_dash(c) || c == ' ');
    let short = inner.chars().count() <= 100 && inner.split(' ').count() <= 15;
    (short && inner.chars().any(char::is_alphabetic)).then_some(inner)
}

/// A decorative rule: "-----", "* * *", "___".
fn is_rule(line: &str) -> bool {
    line.chars().count() >= 3
        && line.chars().all(|c| is_dash(c) || matches!(c, '_' | '*' | '=' | '~' | '#' | '\u{2022}' | ' '))
}

fn all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// A dateline place: capitalised, short, no quotation marks.
fn plausible_place(place: &str, title_case_ok: bool) -> bool {
    let words: Vec<&str> = place.split(' ').collect();
    let starts_upper = place.chars().next().is_some_and(char::is_uppercase);
    let clean = !place.contains(['"', '\u{201c}', '\u{201d}', '(', ')', ':', ';']);
    if !starts_upper || !clean || words.len() > 8 || place.chars().count() > 80 {
        return false;
    }
    let first = place.split(',').next().unwrap_or("");
    let title = words.iter().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || ["de", "of", "la", "el", "al", "es"].contains(&w.trim_end_matches(','))
    });
    all_caps(first) || title_case_ok && title
}

/// Split a dateline off the first paragraph: "PLACE (AGENCY) - rest", "PLACE, Country
/// (AGENCY) — rest", or "PLACE - rest" with an all-caps place. Returns it and the rest.
fn dateline(p: &str) -> Option<(Dateline, &str)> {
    let mut prev = ' ';
    let mut cut = None;
    for (i, c) in p.char_indices().take_while(|&(i, _)| i <= 160) {
        if is_dash(c) {
            let next = p[i + c.len_utf8()..].chars().next().unwrap_or(' ');
            let spaced = matches!(prev, ' ' | ')') && (next == ' ' || is_dash(next));
            if spaced || c != '-' && i > 0 {
                cut = Some(i);
                break;
            }
        }
        prev = c;
    }
    let i = cut?;
    let head = p[..i].trim_end();
    let rest = p[i..].trim_start_matches(|c: char| is_dash(c) || c == ' ');
    if let Some(open) = head.strip_suffix(')').and_then(|h| h.rfind('(')) {
        let place = head[..open].trim();
        let agency = head[open + 1..head.len() - 1].trim();
        let agency_ok = agency.split(' ').count() <= 4
            && agency.chars().count() <= 40
            && agency.chars().next().is_some_and(char::is_alphanumeric)
            && !agency.contains(['(', ')', '"']);
        let agency_named = agency.chars().next().is_some_and(char::is_uppercase) || agency.chars().count() <= 5;
        if agency_ok && plausible_place(place, agency_named) {
            let d = Dateline { text: head.to_string(), place: place.to_string(), agency: Some(agency.to_string()) };
            return Some((d, rest));
        }
        return None;
    }
    if head.split(' ').count() <= 6 && plausible_place(head, false) {
        let d = Dateline { text: head.to_string(), place: head.to_string(), agency: None };
        return Some((d, rest));
    }
    None
}

/// Collects paragraphs and sections as lines arrive.
#[derive(Default)]
struct Builder {
    article: Article,
    block: String,
    seen_first: bool,
}

impl Builder {
    fn push_line(&mut self, line: &str) {
        if !self.block.is_empty() {
            self.block.push(' ');
        }
        self.block.push_str(line);
    }

    fn flush(&mut self) {
        if self.block.is_empty() {
            return;
        }
        let mut text = std::mem::take(&mut self.block);
        if !self.seen_first {
            self.seen_first = true;
            if let Some((d, rest)) = dateline(&text) {
                self.article.dateline = Some(d);
                text = rest.to_string();
            }
        }
        if text.is_empty() {
            return;
        }
        if self.article.sections.is_empty() {
            self.section(None);
        }
        let a = &mut self.article;
        let section = a.sections.len() - 1;
        a.sections[section].paragraphs.push(a.paragraphs.len());
        a.paragraphs.push(Paragraph { id: numbered("p", a.paragraphs.len() + 1), text, section });
    }

    fn section(&mut self, heading: Option<String>) {
        let s = &mut self.article.sections;
        s.push(Section { id: numbered("s", s.len()), heading, paragraphs: Vec::new() });
    }
}

/// The lines of `text`, ended by `\n`, `\r\n` or `\r`, in one pass.
fn lines(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 64 + 1);
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&x| x == b'\n' || x == b'\r') {
        let end = i + k;
        out.push(&text[start..end]);
        // A last "\r" ends the last line, as it would before a "\n".
        if b[end] == b'\r' && end + 1 == b.len() {
            return out;
        }
        i = end + if b[end] == b'\r' && b.get(end + 1) == Some(&b'\n') { 2 } else { 1 };
        start = i;
    }
    out.push(&text[start..]);
    out
}

/// Headline, dateline, sections, paragraphs and boilerplate of an article's text.
pub(crate) fn parse(text: &str) -> Article {
    let raw = lines(text);
    let mut b = Builder::default();
    let Some(h) = raw.iter().position(|l| !blank(l)) else {
        return b.article;
    };
    b.article.headline = squash(raw[h]);
    let body = &raw[h + 1..];
    let first = body.iter().position(|l| !blank(l)).unwrap_or(0);
    let last = body.iter().rposition(|l| !blank(l)).unwrap_or(0);
    let blank_separated = body.get(first..last).is_some_and(|ls| ls.iter().any(|l| blank(l)));
    let mut story_list = false;
    let mut line = String::new();
    for raw_line in body {
        squash_into(raw_line, &mut line);
        let line = line.as_str();
        if line.is_empty() || is_rule(line) {
            b.flush();
            continue;
        }
        if let Some(heading) = subheading(line) {
            b.flush();
            b.section(Some(heading.to_string()));
            story_list = false;
            continue;
        }
        let listed = story_list && boilerplate::looks_like_listed_headline(line);
        if listed || boilerplate::is_boilerplate(line) {
            b.flush();
            story_list = listed || boilerplate::starts_list(line);
            b.article.boilerplate.push(line.to_string());
            continue;
        }
        story_list = false;
        if !blank_separated {
            b.flush();
        }
        b.push_line(line);
    }
    b.flush();
    b.article
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let (d, rest) = dateline("UNITED NATIONS, United States (AFP) - North Korea").unwrap();
        assert_eq!(d.text, "UNITED NATIONS, United States (AFP)");
        assert_eq!(d.place, "UNITED NATIONS, United States");
        assert_eq!(d.agency.as_deref(), Some("AFP"));
        assert_eq!(rest, "North Korea");
        let (d, rest) = dateline("GENEVA \u{2014} The council met.").unwrap();
        assert_eq!((d.place.as_str(), d.agency, rest), ("GENEVA", None, "The council met."));
        let (d, _) = dateline("Washington (AFP) \u{2013} Talks").unwrap();
        assert_eq!(d.place, "Washington");
        let (d, _) = dateline("PORT-AU-PRINCE, Haiti (Reuters) - Talks").unwrap();
        assert_eq!(d.place, "PORT-AU-PRINCE, Haiti");
        assert!(dateline("North Korea - a pariah state - said no.").is_none());
        assert!(dateline("Samantha Power (pictured) - the envoy - spoke.").is_none());
        assert!(dateline("The vote was 11-2-2 on Monday.").is_none());
    }

    #[test]
    fn headings_and_rules() {
        assert_eq!(subheading("- Calls for ICC referral -"), Some("Calls for ICC referral"));
        assert_eq!(subheading("\u{2014} Vote \u{2014}"), Some("Vote"));
        assert_eq!(subheading("- 30 -"), None);
        assert_eq!(subheading("- a list item"), None);
        assert!(is_rule("* * *") && is_rule("-----") && !is_rule("--a"));
    }

    #[test]
    fn line_ends() {
        assert_eq!(lines("a\r\nb\rc\nd"), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\r\r\nb\n"), ["a", "", "b", ""]);
        assert_eq!(lines(""), [""]);
        assert_eq!(lines("\n\r"), ["", ""]);
        assert_eq!(lines("a\r\r"), ["a", ""]);
        assert_eq!(lines("a\r"), ["a"]);
    }

    #[test]
    fn squashing() {
        assert_eq!(squash("  a \t b\u{0}c  "), "a b c");
        assert_eq!(squash("\u{feff}x"), "x");
    }

    #[test]
    fn bidi_controls_are_dropped_wherever_text_enters() {
        let controls = [
            '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
            '\u{200e}', '\u{200f}', '\u{061c}',
        ];
        for c in controls {
            assert_eq!(squash(&format!("{c}ab{c}c {c} d{c}")), "abc d", "U+{:04X}", c as u32);
        }
        let text = "Head\u{202e}line\n\n\u{2067}\u{2069}\n\nGENEVA (AFP\u{200f}) - Ambassador \u{202e}Jane Doe\u{202c} said \"yes\u{2066}\".\n\n- Sub\u{202d}heading -\n\nSource: Reuters\u{200e}\n\n\u{061c}\u{202e}\n\nLast \u{202b}عربي\u{202c} paragraph.";
        let article = parse(text);
        let mut all = vec![article.headline.clone()];
        all.extend(article.paragraphs.iter().map(|p| p.text.clone()));
        all.extend(article.sections.iter().filter_map(|s| s.heading.clone()));
        all.extend(article.boilerplate.iter().cloned());
        all.extend(
            article.dateline.iter().flat_map(|d| [d.text.clone(), d.place.clone()].into_iter().chain(d.agency.clone())),
        );
        for t in &all {
            assert!(!t.chars().any(|c| controls.contains(&c)), "{t:?}");
        }
        assert_eq!(article.headline, "Headline");
        assert_eq!(article.dateline.as_ref().and_then(|d| d.agency.as_deref()), Some("AFP"));
        assert_eq!(article.paragraphs[0].text, "Ambassador Jane Doe said \"yes\".");
        assert_eq!(article.sections[1].heading.as_deref(), Some("Subheading"));
        // A line of nothing but controls is blank: no empty paragraph, and the Arabic stays.
        assert_eq!(article.paragraphs.last().map(|p| p.text.as_str()), Some("Last عربي paragraph."));
        assert!(article.paragraphs.iter().all(|p| !p.text.is_empty()));
    }
}
