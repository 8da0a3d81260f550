//! Embedding: the snippets the "Embed" dialog offers, the loader's integrity, and the messages an
//! embedded page exchanges with its parent in the pym.js 1.3 protocol (so `pym.Parent` hosts and
//! newsroom CMS integrations work unchanged).
//!
//! pym.js builds every message as `['pym', id, type, message].join('xPYMx')` and reads them with
//! `^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$`: the child sends `height`, the parent sends `width`.

use crate::address::{Address, View};

/// pym.js's field separator.
pub const PYM_DELIMITER: &str = "xPYMx";

/// The `sandbox` every embed iframe gets: scripts and its own origin (the viewer needs both),
/// PNG downloads, and links that open outside the sandbox. No top navigation, no forms.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox";

/// The iframe's permissions policy: "Copy quote" may write the clipboard.
pub const ALLOW: &str = "clipboard-write";

/// Where the embed loader is and, for a hashed copy, its Subresource Integrity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loader {
    /// An absolute URL, a path from the site root (`/embed-….js`), or a name beside the page.
    pub src: String,
    /// `sha384-<base64>`, given with `crossorigin="anonymous"`.
    pub integrity: Option<String>,
}

impl Default for Loader {
    /// The unhashed `embed.js` beside the page.
    fn default() -> Self {
        Loader { src: "embed.js".into(), integrity: None }
    }
}

impl Loader {
    /// The name of the page's loader `<meta>`: `<meta name="article-viewer-loader"
    /// content="/embed-1a2b3c4d.js" data-integrity="sha384-…">`, written by the prerender.
    pub const META: &'static str = "article-viewer-loader";

    /// A loader from the `<meta>`'s `content` and `data-integrity`; the default for anything
    /// malformed (an integrity that is not `sha256-`/`sha384-`/`sha512-` and base64 is dropped).
    pub fn from_meta(content: Option<&str>, integrity: Option<&str>) -> Self {
        let src = content
            .map(str::trim)
            .filter(|s| !s.is_empty() && s.len() <= 2000 && !s.chars().any(|c| c.is_control() || c.is_whitespace()));
        let Some(src) = src else { return Loader::default() };
        let integrity = integrity.map(str::trim).filter(|i| {
            let body = ["sha256-", "sha384-", "sha512-"].iter().find_map(|p| i.strip_prefix(p));
            body.is_some_and(|b| {
                !b.is_empty()
                    && b.len() <= 100
                    && b.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
            })
        });
        Loader { src: src.to_string(), integrity: integrity.map(str::to_string) }
    }

    /// The loader this page names in its `<meta>`; the default without one, and when not in a
    /// browser (so a component may call it while rendering on the server).
    pub fn from_document() -> Self {
        if cfg!(not(target_arch = "wasm32")) {
            return Loader::default();
        }
        let meta = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&format!("meta[name=\"{}\"]", Self::META)).ok().flatten());
        match meta {
            Some(m) => {
                Self::from_meta(m.get_attribute("content").as_deref(), m.get_attribute("data-integrity").as_deref())
            }
            None => Loader::default(),
        }
    }

    /// The loader's URL for a page at `page` (an absolute URL without query).
    fn url(&self, page: &str) -> String {
        if self.src.starts_with("https://") || self.src.starts_with("http://") {
            return self.src.clone();
        }
        if self.src.starts_with('/') {
            let origin =
                page.find("://").and_then(|s| page[s + 3..].find('/').map(|e| &page[..s + 3 + e])).unwrap_or(page);
            return format!("{origin}{}", self.src);
        }
        let base = page.rsplit_once('/').map_or(page, |(dir, _)| dir);
        format!("{base}/{}", self.src)
    }
}

/// The loader snippet for a viewer URL: the placeholder `div` and the `script`, with
/// `integrity` and `crossorigin="anonymous"` when there is an integrity.
pub fn loader_html(viewer_url: &str, loader_url: &str, integrity: Option<&str>, title: &str) -> String {
    let integrity =
        integrity.map(|i| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", escape_attr(i))).unwrap_or_default();
    let title = if title.is_empty() { String::new() } else { format!(" data-title=\"{}\"", escape_attr(title)) };
    format!(
        "<div data-article-viewer=\"{}\"{title}></div>\n<script async src=\"{}\"{integrity}></script>",
        escape_attr(viewer_url),
        escape_attr(loader_url)
    )
}

/// The snippets for a page URL and the reader's current view: (label, code), with the
/// unhashed `embed.js` beside the page.
pub fn snippets(page: &str, address: &Address) -> Vec<(&'static str, String)> {
    snippets_with(page, address, &Loader::default())
}

/// [`snippets`] with a given loader (e.g. [`Loader::from_document`], the hashed copy).
pub fn snippets_with(page: &str, address: &Address, loader: &Loader) -> Vec<(&'static str, String)> {
    snippets_for(page, address, loader, "")
}

/// The frame's title for a view of an article: "Vote chart: <headline>".
pub fn frame_title(view: View, headline: &str, site: &str) -> String {
    let what = match view {
        View::Chart => "Vote chart",
        View::Council => "Security Council vote",
        View::Cards => "Statements",
        View::Article => "Article",
        View::All => site,
    };
    let headline: String = headline.chars().take(120).collect();
    if headline.trim().is_empty() {
        what.to_string()
    } else {
        format!("{what}: {}", headline.trim())
    }
}

/// [`snippets_with`] for an article: the iframe's title and the loader's `data-title` name the
/// view and the headline, so a screen reader says what the frame holds.
pub fn snippets_for(page: &str, address: &Address, loader: &Loader, headline: &str) -> Vec<(&'static str, String)> {
    let shared = address.shareable();
    let embedded = Address { embed: true, plain: false, ..shared.clone() };
    let src = format!("{page}{}", embedded.to_query());
    let site = site_name();
    let title = escape_attr(&frame_title(address.view, headline, &site));
    vec![
        (
            "iframe snippet",
            format!(
                "<iframe src=\"{}\" title=\"{title}\" sandbox=\"{SANDBOX}\" allow=\"{ALLOW}\" loading=\"lazy\" width=\"100%\" height=\"600\" style=\"border:0\"></iframe>",
                escape_attr(&src)
            ),
        ),
        (
            "loader snippet",
            loader_html(
                &format!("{page}{}", shared.to_query()),
                &loader.url(page),
                loader.integrity.as_deref(),
                &frame_title(address.view, headline, &site),
            ),
        ),
    ]
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The hashed loader's file name and its Subresource Integrity, for the loader's bytes:
/// `("embed-<first 8 hex digits of the SHA-384>.js", "sha384-<base64 of the SHA-384>")`.
/// Build-time only (the prerender); never in the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn hashed_loader(bytes: &[u8]) -> (String, String) {
    use base64::Engine as _;
    use sha2::{Digest as _, Sha384};
    let digest = Sha384::digest(bytes);
    let short: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    (format!("embed-{short}.js"), format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(digest)))
}

/// A pym.js message: `pymxPYMx<id>xPYMx<type>xPYMx<message>`, as pym's `_makeMessage` builds it.
pub fn pym_message(id: &str, kind: &str, message: &str) -> String {
    format!("pym{PYM_DELIMITER}{id}{PYM_DELIMITER}{kind}{PYM_DELIMITER}{message}")
}

/// The child's height message: `pymxPYMx<id>xPYMxheightxPYMx<pixels>`.
pub fn pym_height(id: &str, height: u32) -> String {
    pym_message(id, "height", &height.to_string())
}

/// A pym.js id this page accepts: 1 to 100 ASCII letters, digits, `-` and `_`.
pub fn pym_id_ok(id: &str) -> bool {
    !id.is_empty() && id.len() <= 100 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Read a pym.js message: (id, type, payload); `None` for anything else. As pym's regex: the
/// type is non-empty without whitespace, the payload has no line break (it may be empty, as in
/// `parentPositionInfo`). The id is what comes before the next delimiter and must pass
/// [`pym_id_ok`]; a payload holding another delimiter is ambiguous and refused.
pub fn pym_parse(message: &str) -> Option<(&str, &str, &str)> {
    let mut parts = message.split(PYM_DELIMITER);
    let (pym, id, kind, payload) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    let kind_ok = !kind.is_empty() && !kind.chars().any(|c| c.is_whitespace() || c == '\u{feff}');
    let payload_ok = !payload.contains(['\n', '\r', '\u{2028}', '\u{2029}']);
    (pym == "pym" && parts.next().is_none() && pym_id_ok(id) && kind_ok && payload_ok).then_some((id, kind, payload))
}

/// This page's URL without query or fragment (browser only).
/// The site's name as the page states it (`<meta property="og:site_name">`, from site.toml), or
/// "Article viewer"; on the server, always the default.
pub fn site_name() -> String {
    const DEFAULT: &str = "Article viewer";
    if cfg!(not(target_arch = "wasm32")) {
        return DEFAULT.into();
    }
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(r#"meta[property="og:site_name"]"#).ok().flatten())
        .and_then(|m| m.get_attribute("content"))
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| DEFAULT.into())
}

pub fn page_url() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::PymParams;

    #[test]
    fn snippets_carry_the_view_and_embed_flag_and_escape_quotes() {
        let address = Address { view: View::Chart, ..Address::default() };
        let s = snippets("https://news.example/viewer/index.html", &address);
        assert!(s[0].1.contains("src=\"https://news.example/viewer/index.html?view=chart&amp;embed=1\""), "{}", s[0].1);
        assert!(s[0].1.contains("title=\"Vote chart\""));
        let titled = snippets_for("https://n/", &address, &Loader::default(), "MPs back <bill>");
        assert!(titled[0].1.contains("title=\"Vote chart: MPs back &lt;bill&gt;\""), "{}", titled[0].1);
        assert!(titled[1].1.contains("data-title=\"Vote chart: MPs back &lt;bill&gt;\""));
        assert!(s[0].1.contains(&format!("sandbox=\"{SANDBOX}\" allow=\"clipboard-write\"")), "{}", s[0].1);
        assert!(s[1].1.contains("data-article-viewer=\"https://news.example/viewer/index.html?view=chart\""));
        assert!(s[1].1.contains("<script async src=\"https://news.example/viewer/embed.js\"></script>"), "{}", s[1].1);
        let hostile = snippets("https://x/\"><script>", &Address::default());
        assert!(!hostile[0].1.contains("\"><script>"));
    }

    #[test]
    fn snippets_leave_out_the_parents_pym_params() {
        let mut address = Address { view: View::Cards, ..Address::default() };
        address.pym = PymParams {
            child_id: Some("container".into()),
            parent_url: Some("https://host/".into()),
            ..PymParams::default()
        };
        for (_, code) in snippets("https://news.example/", &address) {
            assert!(!code.contains("childId") && !code.contains("parentUrl"), "{code}");
            assert!(code.contains("view=cards"), "{code}");
        }
    }

    #[test]
    fn reading_the_loader_is_safe_outside_a_browser() {
        assert_eq!(Loader::from_document(), Loader::default());
    }

    #[test]
    fn the_hashed_loader_is_named_by_and_pinned_to_its_sha384() {
        let loader = Loader::from_meta(Some("/embed-38b060a7.js"), Some("sha384-abc+/="));
        let s = snippets_with("https://news.example/sub/a/index.html", &Address::default(), &loader);
        assert!(
            s[1].1.ends_with(
                "<script async src=\"https://news.example/embed-38b060a7.js\" integrity=\"sha384-abc+/=\" crossorigin=\"anonymous\"></script>"
            ),
            "{}",
            s[1].1
        );
        let absolute = Loader::from_meta(Some("https://cdn.example/embed-1.js"), Some("md5-x\"><b>"));
        assert_eq!(absolute.integrity, None);
        assert!(snippets_with("https://n/", &Address::default(), &absolute)[1]
            .1
            .contains("src=\"https://cdn.example/embed-1.js\"></script>"));
        assert_eq!(Loader::from_meta(Some(" "), None), Loader::default());
        assert_eq!(Loader::from_meta(Some("a b.js"), None), Loader::default());
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn hashed_loader_names_and_integrity() {
        // SHA-384 of the empty string and of "abc" (FIPS 180-2 test vector).
        assert_eq!(
            hashed_loader(b""),
            (
                "embed-38b060a7.js".into(),
                "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb".into()
            )
        );
        assert_eq!(
            hashed_loader(b"abc"),
            (
                "embed-cb00753f.js".into(),
                "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn".into()
            )
        );
        let html =
            loader_html("https://v/?view=chart", "https://v/embed-cb00753f.js", Some(&hashed_loader(b"abc").1), "");
        assert!(html.contains("integrity=\"sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn\" crossorigin=\"anonymous\""));
    }

    #[test]
    fn pym_messages_are_pyms_own_format() {
        // As pym.js 1.3's _makeMessage: ['pym', id, type, message].join('xPYMx').
        let m = pym_height("viewer-1", 812);
        assert_eq!(m, "pymxPYMxviewer-1xPYMxheightxPYMx812");
        assert_eq!(pym_parse(&m), Some(("viewer-1", "height", "812")));
        // What a pym.Parent with container id "container" sends on load and resize.
        assert_eq!(pym_parse("pymxPYMxcontainerxPYMxwidthxPYMx640"), Some(("container", "width", "640")));
        assert_eq!(pym_parse("pymxPYMxcxPYMxparentPositionInfoxPYMx"), Some(("c", "parentPositionInfo", "")));
        assert_eq!(pym_message("c", "navigateTo", "#x"), "pymxPYMxcxPYMxnavigateToxPYMx#x");
    }

    #[test]
    fn pym_junk_is_rejected() {
        for junk in [
            "hello",
            "pymviewer-1xPYMxheightxPYMx812", // the old, wrong format
            "pymxPYMx<x>xPYMxheightxPYMx1",
            "pymxPYMxxPYMxheightxPYMx1",
            "pymxPYMxaxPYMxxPYMx1",
            "pymxPYMxaxPYMxhei ghtxPYMx1",
            "pymxPYMxaxPYMxheightxPYMx1\n2",
            "pymxPYMxaxPYMxheight",
            "pymxPYMxaxPYMxheightxPYMx1xPYMxextra",
            "xpymxPYMxaxPYMxheightxPYMx1",
        ] {
            assert_eq!(pym_parse(junk), None, "{junk}");
        }
        assert_eq!(pym_parse(&pym_height(&"a".repeat(101), 1)), None);
    }
}
