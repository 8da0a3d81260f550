//! Embedding: the snippets the "Embed" dialog offers, and the height messages an embedded page
//! sends its parent (the pym.js protocol, so newsroom CMS integrations work unchanged).

use crate::address::{Address, View};

/// The snippets for a page URL and the reader's current view: (label, code).
pub fn snippets(page: &str, address: &Address) -> Vec<(&'static str, String)> {
    let embedded = Address { embed: true, plain: false, ..address.clone() };
    let src = format!("{page}{}", embedded.to_query());
    let title = match address.view {
        View::Chart => "Vote chart",
        View::Council => "Security Council vote",
        View::Cards => "Statements",
        View::Article => "Article",
        View::All => "Article viewer",
    };
    let base = page.rsplit_once('/').map_or(page, |(dir, _)| dir);
    vec![
        (
            "iframe snippet",
            format!(
                "<iframe src=\"{}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"600\" style=\"border:0\"></iframe>",
                escape_attr(&src)
            ),
        ),
        (
            "loader snippet",
            format!(
                "<div data-article-viewer=\"{}\"></div>\n<script async src=\"{}/embed.js\"></script>",
                escape_attr(&format!("{page}{}", address.to_query())),
                escape_attr(base)
            ),
        ),
    ]
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The pym.js height message: `pym<id>xPYMxheightxPYMx<pixels>`.
pub fn pym_height(id: &str, height: u32) -> String {
    format!("pym{id}xPYMxheightxPYMx{height}")
}

/// Read a pym.js message: (id, type, payload); `None` for anything else.
pub fn pym_parse(message: &str) -> Option<(&str, &str, &str)> {
    let mut parts = message.splitn(4, "xPYMx");
    let id = parts.next()?.strip_prefix("pym")?;
    let kind = parts.next()?;
    let payload = parts.next()?;
    (parts.next().is_none()
        && id.len() <= 100
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then_some((id, kind, payload))
}

/// This page's URL without query or fragment (browser only).
pub fn page_url() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_carry_the_view_and_embed_flag_and_escape_quotes() {
        let address = Address { view: View::Chart, ..Address::default() };
        let s = snippets("https://news.example/viewer/index.html", &address);
        assert!(s[0].1.contains("src=\"https://news.example/viewer/index.html?view=chart&amp;embed=1\""), "{}", s[0].1);
        assert!(s[0].1.contains("title=\"Vote chart\""));
        assert!(s[1].1.contains("data-article-viewer=\"https://news.example/viewer/index.html?view=chart\""));
        assert!(s[1].1.contains("src=\"https://news.example/viewer/embed.js\""));
        let hostile = snippets("https://x/\"><script>", &Address::default());
        assert!(!hostile[0].1.contains("\"><script>"));
    }

    #[test]
    fn pym_messages_round_trip_and_reject_junk() {
        let m = pym_height("viewer-1", 812);
        assert_eq!(m, "pymviewer-1xPYMxheightxPYMx812");
        assert_eq!(pym_parse(&m), Some(("viewer-1", "height", "812")));
        assert_eq!(pym_parse("hello"), None);
        assert_eq!(pym_parse("pym<x>xPYMxheightxPYMx1"), None);
        assert_eq!(pym_parse("pymaxPYMxheightxPYMx1xPYMxextra"), None);
    }
}
