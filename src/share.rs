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

/// Greedy word wrap using a width measure; a word longer than the line gets a line of its own.
pub fn wrap(text: &str, max_width: f64, measure: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if measure(&candidate) <= max_width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[wasm_bindgen]
extern "C" {
    // navigator.clipboard.writeText; declared here because web-sys gates Clipboard as unstable.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_text(text: &str) -> Result<JsValue, JsValue>;
}

/// Put text on the clipboard; a refusal (no permission, insecure context) is silently ignored.
pub fn copy(text: &str) {
    let _ = write_text(text);
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

    let mut size = if square { 64.0 } else { 56.0 };
    let quote = format!("“{}”", card.quote);
    let max_width = w - 2.0 * margin;
    let available = h - 2.0 * margin - 200.0;
    let lines = loop {
        ctx.set_font(&format!("{size}px Georgia, 'Times New Roman', serif"));
        let lines = wrap(&quote, max_width, |s| ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0));
        if lines.len() as f64 * size * 1.3 <= available || size <= 20.0 {
            break lines;
        }
        size -= 4.0;
    };
    ctx.set_fill_style_str(&fg);
    let mut y = margin + size;
    for line in &lines {
        let _ = ctx.fill_text(line, margin, y);
        y += size * 1.3;
    }
    ctx.set_font("bold 36px system-ui, sans-serif");
    let _ = ctx.fill_text(&format!("— {}", card.speaker), margin, h - margin - 80.0);
    ctx.set_fill_style_str(&muted);
    ctx.set_font("28px system-ui, sans-serif");
    let credit =
        [card.role.as_deref(), card.affiliation.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let _ = ctx.fill_text(&credit, margin, h - margin - 36.0);
    let head = wrap(headline, max_width, |s| ctx.measure_text(s).map(|m| m.width()).unwrap_or(0.0));
    if let Some(first) = head.first() {
        let _ = ctx.fill_text(first, margin, h - margin + 8.0);
    }

    let url = canvas.to_data_url_with_type("image/png").ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(&file_name(&card.quote));
    link.click();
    Some(())
}

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
        let lines = wrap("aa bb cc dd ee", 5.0, |s| s.chars().count() as f64);
        assert_eq!(lines, ["aa bb", "cc dd", "ee"]);
        assert_eq!(wrap("averyveryverylongword x", 5.0, |s| s.len() as f64), ["averyveryverylongword", "x"]);
        assert!(wrap("", 5.0, |s| s.len() as f64).is_empty());
    }
}
