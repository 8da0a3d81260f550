//! Sharing a statement: the quote with its attribution on the clipboard, or the card drawn to
//! a canvas and saved as a PNG. The text rules are pure; the browser calls live in callbacks.

use article_core::story::Card;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Square and 16:9 image sizes, in pixels.
pub const SQUARE: (u32, u32) = (1080, 1080);
pub const WIDE: (u32, u32) = (1600, 900);

/// `“Quote” — Speaker, role, affiliation. From “Headline”.`
pub fn attribution(card: &Card, headline: &str) -> String {
    let mut who = card.speaker.clone();
    for part in [card.role.as_deref(), card.affiliation.as_deref()].into_iter().flatten() {
        who.push_str(", ");
        who.push_str(part);
    }
    format!("“{}” — {who}. From “{headline}”.", card.quote)
}

/// `quote-<first five words>.png`, lower-case ASCII letters and digits joined by hyphens.
pub fn file_name(quote: &str) -> String {
    let words: Vec<String> = quote
        .split_whitespace()
        .map(|w| w.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    if words.is_empty() {
        "quote.png".into()
    } else {
        format!("quote-{}.png", words.join("-"))
    }
}

/// Where the pieces of text that must stay together on a line end (byte offsets, the last is
/// the text's length): a character with the combining marks, variation selectors, skin-tone
/// modifiers and tag characters after it, and emoji joined by zero-width joiners (an
/// approximation of grapheme clusters, enough not to split a letter from its accent or a family
/// emoji in two).
fn cluster_ends(text: &str) -> Vec<usize> {
    let extends = |c: char| {
        matches!(c as u32,
            0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
            | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
            | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
            | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
    };
    let mut ends = Vec::new();
    let mut joined = false;
    for (i, c) in text.char_indices() {
        if i > 0 && !extends(c) && !joined {
            ends.push(i);
        }
        joined = c == '\u{200d}';
    }
    if !text.is_empty() {
        ends.push(text.len());
    }
    ends
}

/// Split a word wider than `max_width` into pieces that each fit (at least one cluster a piece).
fn break_word(word: &str, max_width: f64, measure: Measure) -> Vec<String> {
    let mut pieces = Vec::new();
    let (mut start, mut prev) = (0, 0);
    for end in cluster_ends(word) {
        if prev > start && measure(&word[start..end]) > max_width {
            pieces.push(word[start..prev].to_string());
            start = prev;
        }
        prev = end;
    }
    pieces.push(word[start..].to_string());
    pieces
}

/// A text width measure (the canvas's `measureText`, or a count in tests). Passed as a trait
/// object so the wasm has one copy of the wrapping code, whatever the caller.
pub type Measure<'a> = &'a dyn Fn(&str) -> f64;

/// Greedy word wrap using a width measure; a word wider than the line is broken across lines.
pub fn wrap(text: &str, max_width: f64, measure: Measure) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if measure(&candidate) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let mut pieces = break_word(word, max_width, measure);
        line = pieces.pop().unwrap_or_default();
        lines.extend(pieces);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The ellipsis that ends a shortened line.
pub const ELLIPSIS: char = '…';

/// Shorten a line to fit `max_width` with the ellipsis after it, at a cluster boundary and
/// without trailing spaces or punctuation before the ellipsis.
pub fn ellipsise(line: &str, max_width: f64, measure: Measure) -> String {
    let ends = cluster_ends(line);
    for &end in ends.iter().rev().chain([&0]) {
        let head = line[..end]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-' | '—' | '–'));
        let candidate = format!("{head}{ELLIPSIS}");
        if head.is_empty() || measure(&candidate) <= max_width {
            return candidate;
        }
    }
    ELLIPSIS.to_string()
}

/// Wrap `text` into at most `max_lines` lines of `max_width`; if it needs more, the last line
/// kept ends with an ellipsis. Every line fits, whatever the text (long names, unbroken words).
pub fn fit(text: &str, max_width: f64, max_lines: usize, measure: Measure) -> Vec<String> {
    let mut lines = wrap(text, max_width, measure);
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = ellipsise(last, max_width, measure);
        }
    }
    lines
}

/// What "Copy quote" achieved, for the card to say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    /// The text is on the clipboard.
    Copied,
    /// The browser refused the clipboard (no permission, not a secure context, no API): the
    /// quote is selected on the page instead, for the reader to copy by hand.
    Selected,
    /// The clipboard was refused and there was nothing to select.
    Failed,
}

impl CopyOutcome {
    /// The card's status message.
    pub fn message(self) -> &'static str {
        match self {
            CopyOutcome::Copied => "Quote copied",
            CopyOutcome::Selected => {
                "Copying was blocked, so the quote is selected: press Ctrl+C (⌘C on a Mac) to copy it"
            }
            CopyOutcome::Failed => "Copying was blocked by the browser",
        }
    }
}

#[wasm_bindgen]
extern "C" {
    // navigator.clipboard.writeText; declared here because web-sys gates Clipboard as unstable.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_text(text: &str) -> Result<Thenable, JsValue>;

    /// The promise `writeText` returns.
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, on_fulfilled: &JsValue, on_rejected: &JsValue);

    /// The document's Selection (declared here: the web-sys feature is not enabled).
    type Selection;
    #[wasm_bindgen(js_name = getSelection)]
    fn get_selection() -> Option<Selection>;
    #[wasm_bindgen(method, js_name = selectAllChildren, catch)]
    fn select_all_children(this: &Selection, node: &web_sys::Node) -> Result<(), JsValue>;
}

/// Select everything inside an element, as a reader would by dragging over it.
fn select(element: &web_sys::Element) -> bool {
    get_selection().is_some_and(|s| s.select_all_children(element).is_ok())
}

/// Put `text` on the clipboard and tell `done` what happened, once the browser has answered
/// (`writeText` is asynchronous; a refusal is a rejected promise or, without the API, an
/// exception). On a refusal the contents of `fallback` are selected instead.
pub fn copy_text(text: &str, fallback: Option<web_sys::Element>, done: impl FnOnce(CopyOutcome) + 'static) {
    copy_boxed(text, fallback, Box::new(done));
}

fn copy_boxed(text: &str, fallback: Option<web_sys::Element>, done: Box<dyn FnOnce(CopyOutcome)>) {
    let refused = move |fallback: Option<web_sys::Element>| {
        if fallback.as_ref().is_some_and(select) {
            CopyOutcome::Selected
        } else {
            CopyOutcome::Failed
        }
    };
    let Ok(promise) = write_text(text) else {
        done(refused(fallback));
        return;
    };
    // Exactly one of the two runs; `done` is handed to whichever does.
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = move |outcome: CopyOutcome| {
        if let Some(done) = done.borrow_mut().take() {
            done(outcome);
        }
    };
    let on_ok = {
        let finish = finish.clone();
        Closure::once_into_js(move |_: JsValue| finish(CopyOutcome::Copied))
    };
    let on_err = Closure::once_into_js(move |_: JsValue| finish(refused(fallback)));
    promise.then(&on_ok, &on_err);
}

/// "Copy quote" on the card whose element id is `card_id` (`statement-<id>`): the attribution
/// to the clipboard or, where that is refused, the card's quote (`.quote-text`) selected.
pub fn copy_quote(text: &str, card_id: &str, done: impl FnOnce(CopyOutcome) + 'static) {
    let quote = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(card_id))
        .and_then(|card| card.query_selector(".quote-text").ok().flatten());
    copy_boxed(text, quote, Box::new(done));
}

/// Put text on the clipboard, not waiting for the outcome (the Embed dialog's snippets, whose
/// text is in view in a textarea).
pub fn copy(text: &str) {
    copy_boxed(text, None, Box::new(|_| ()));
}

/// Draw the card in the page's current theme and save it as a PNG.
pub fn download_png(card: &Card, headline: &str, square: bool) {
    let _ = draw_and_save(card, headline, square);
}

fn draw_and_save(card: &Card, headline: &str, square: bool) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let (w, h) = if square { SQUARE } else { WIDE };
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;

    // Colours follow the theme the page is showing.
    let root = document.document_element()?;
    let style = window.get_computed_style(&root).ok()??;
    let var = |name: &str, fallback: &str| {
        let v = style.get_property_value(name).unwrap_or_default();
        if v.trim().is_empty() {
            fallback.to_string()
        } else {
            v.trim().to_string()
        }
    };
    let (bg, fg, accent, muted) =
        (var("--bg", "#ffffff"), var("--fg", "#1a1a1a"), var("--accent", "#0072b2"), var("--muted", "#555555"));

    let (w, h) = (f64::from(w), f64::from(h));
    let margin = w * 0.08;
    ctx.set_fill_style_str(&bg);
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.set_fill_style_str(&accent);
    ctx.fill_rect(0.0, 0.0, w, h * 0.015);

    let measure: Measure = &|s: &str| ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0);
    let max_width = w - 2.0 * margin;
    let available = h - 2.0 * margin - 200.0;
    // The quote: the largest size at which it fits; at the smallest, what fits, ellipsised.
    let quote = format!("“{}”", card.quote);
    let mut size = if square { 64.0 } else { 56.0 };
    let lines = loop {
        // Whole pixels, written as an integer: the wasm carries no float formatting.
        ctx.set_font(&format!("{}px Georgia, 'Times New Roman', serif", size as u32));
        let room = ((available / (size * 1.3)).floor() as usize).max(1);
        let lines = wrap(&quote, max_width, measure);
        if lines.len() <= room {
            break lines;
        }
        if size <= MIN_QUOTE_PX {
            break fit(&quote, max_width, room, measure);
        }
        size -= 4.0;
    };
    ctx.set_fill_style_str(&fg);
    let mut y = margin + size;
    for line in &lines {
        let _ = ctx.fill_text(line, margin, y);
        y += size * 1.3;
    }
    // Name, credit and headline: one line each, ellipsised when longer.
    let one_line = |text: &str| fit(text, max_width, 1, measure).into_iter().next().unwrap_or_default();
    ctx.set_font("bold 36px system-ui, sans-serif");
    let _ = ctx.fill_text(&one_line(&format!("— {}", card.speaker)), margin, h - margin - 80.0);
    ctx.set_fill_style_str(&muted);
    ctx.set_font("28px system-ui, sans-serif");
    let credit =
        [card.role.as_deref(), card.affiliation.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let _ = ctx.fill_text(&one_line(&credit), margin, h - margin - 36.0);
    let _ = ctx.fill_text(&one_line(headline), margin, h - margin + 8.0);

    let url = canvas.to_data_url_with_type("image/png").ok()?;
    crate::browser::download(&url, &file_name(&card.quote));
    Some(())
}

/// The smallest font size the quote is drawn at; below it, the quote is shortened.
const MIN_QUOTE_PX: f64 = 28.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_take_five_words() {
        assert_eq!(file_name("Monday's meeting is a game-changer"), "quote-mondays-meeting-is-a-gamechanger.png");
        assert_eq!(file_name("We will not attend"), "quote-we-will-not-attend.png");
        assert_eq!(file_name("<script>alert(1)</script>"), "quote-scriptalert1script.png");
        assert_eq!(file_name("… — …"), "quote.png");
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let lines = wrap("aa bb cc dd ee", 5.0, &|s: &str| s.chars().count() as f64);
        assert_eq!(lines, ["aa bb", "cc dd", "ee"]);
        assert!(wrap("", 5.0, &|s: &str| s.len() as f64).is_empty());
    }

    fn chars(s: &str) -> f64 {
        s.chars().count() as f64
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_so_every_line_fits() {
        assert_eq!(wrap("averyveryverylongword x", 5.0, &chars), ["avery", "veryv", "erylo", "ngwor", "d x"]);
        assert_eq!(wrap("ab cdefghijkl", 4.0, &chars), ["ab", "cdef", "ghij", "kl"]);
        for lines in [wrap(&"Ж".repeat(300), 7.0, &chars), wrap(&"http://x/".repeat(40), 10.0, &chars)] {
            assert!(lines.iter().all(|l| chars(l) <= 10.0), "{lines:?}");
        }
        // An accent or a joined emoji is not split from its letter.
        let accents = wrap(&"e\u{301}".repeat(6), 2.0, &chars);
        assert!(accents.iter().all(|l| !l.starts_with('\u{301}')), "{accents:?}");
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(wrap(&format!("{family}{family}"), 1.0, &|s: &str| cluster_ends(s).len() as f64), [family, family]);
    }

    #[test]
    fn fitting_ellipsises_what_does_not_fit() {
        assert_eq!(fit("aa bb cc dd ee", 5.0, 2, &chars), ["aa bb", "cc d…"]);
        assert_eq!(fit("aa bb cc", 5.0, 2, &chars), ["aa bb", "cc"]);
        assert_eq!(fit("aa bb cc", 8.0, 5, &chars), ["aa bb cc"]);
        // A name far too long for one line: one line that fits, ending in the ellipsis.
        let name = format!("— {}", "Ambassador Extraordinary and Plenipotentiary ".repeat(8));
        let line = &fit(&name, 30.0, 1, &chars)[0];
        assert!(chars(line) <= 30.0 && line.ends_with(ELLIPSIS), "{line}");
        assert!(!line.trim_end_matches(ELLIPSIS).ends_with(' '), "{line}");
        // A single unbroken word.
        let word = &fit(&"x".repeat(500), 12.0, 1, &chars)[0];
        assert_eq!(word, &format!("{}{ELLIPSIS}", "x".repeat(11)));
        assert_eq!(ellipsise("a, b", 3.0, &chars), "a…");
        assert!(fit("", 10.0, 1, &chars).is_empty());
    }

    #[test]
    fn copy_outcomes_say_what_happened() {
        assert_eq!(CopyOutcome::Copied.message(), "Quote copied");
        assert!(CopyOutcome::Selected.message().contains("selected"));
        assert!(!CopyOutcome::Failed.message().contains("copied"));
    }
}
