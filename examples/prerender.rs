//! Build-time prerender, run by Trunk's post-build hook (see Trunk.toml): renders the whole app
//! (article, chart, cards) with Yew's server renderer into the staged `index.html`, so a reader
//! sees everything before the wasm arrives, or with JavaScript off. The wasm then hydrates it.
//!
//! Release builds also get the Content-Security-Policy as a `<meta>` (debug builds are served by
//! `trunk serve`, whose live-reload script is inline).
//!
//! Usage: `cargo run --example prerender [-- INDEX_HTML]`; without an argument it edits
//! `$TRUNK_STAGING_DIR/index.html`.

use std::{env, fs, path::PathBuf, process::ExitCode};

use article_viewer::{bundle, App, AppProps};
use yew::LocalServerRenderer;

/// The policy for the `<meta>`. `frame-ancestors` is left to the HTTP header (browsers ignore it
/// in a meta element), see `static/headers/`.
const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn render(props: AppProps) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, LocalServerRenderer::<App>::with_props(props).hydratable(true).render())
}

fn main() -> ExitCode {
    let path = env::args()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| env::var_os("TRUNK_STAGING_DIR").map(|dir| PathBuf::from(dir).join("index.html")));
    let Some(path) = path else {
        eprintln!("prerender: give the index.html to fill, or run from Trunk's post_build hook");
        return ExitCode::from(2);
    };
    let Some(seed) = bundle::default_seed() else {
        eprintln!("prerender: no article in seeds/; the page stays client-rendered");
        return ExitCode::SUCCESS;
    };
    let page = match fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    const MOUNT: &str = r#"<div id="viewer"></div>"#;
    if !page.contains(MOUNT) {
        eprintln!("prerender: {} has no empty {MOUNT} (already prerendered?)", path.display());
        return ExitCode::FAILURE;
    }

    let props = AppProps::from_seed(seed);
    let story = props.story.clone();
    let app = render(props);
    let headline = escape(&story.article.headline);
    let description = story.article.paragraphs.first().map(|p| escape(&p.text)).unwrap_or_default();

    let mut page = page.replacen(MOUNT, &format!(r#"<div id="viewer">{app}</div>"#), 1);
    page = page.replacen("<title>Article viewer</title>", &format!("<title>{headline}</title>"), 1);
    let mut head = format!(r#"<meta name="description" content="{description}">"#);
    if env::var("TRUNK_PROFILE").as_deref() != Ok("debug") {
        head = format!(r#"<meta http-equiv="Content-Security-Policy" content="{CSP}">{head}"#);
    }
    page = page.replacen(r#"<meta charset="utf-8">"#, &format!(r#"<meta charset="utf-8">{head}"#), 1);

    // oEmbed: a static "rich" response and its discovery link. Absolute URLs need the public
    // origin, given as VIEWER_ORIGIN (e.g. https://news.example); without it they stay relative.
    let public_url = env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let origin = env::var("VIEWER_ORIGIN").unwrap_or_default();
    let page_url = format!("{}{public_url}", origin.trim_end_matches('/'));
    let oembed = format!(
        r#"{{"version":"1.0","type":"rich","provider_name":"Article viewer","title":{title},"width":720,"height":640,"html":{html}}}"#,
        title = json_string(&story.article.headline),
        html = json_string(&format!(
            r#"<div data-article-viewer="{page_url}"></div><script async src="{page_url}embed.js"></script>"#
        )),
    );
    if let Some(dir) = path.parent() {
        if let Err(e) = fs::write(dir.join("oembed.json"), oembed) {
            eprintln!("prerender: oembed.json: {e}");
            return ExitCode::FAILURE;
        }
    }
    page = page.replacen(
        "</head>",
        &format!(r#"<link rel="alternate" type="application/json+oembed" href="{public_url}oembed.json" title="{headline}"></head>"#),
        1,
    );

    if let Err(e) = fs::write(&path, page) {
        eprintln!("prerender: {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    eprintln!("prerender: {} ({} bytes of markup)", path.display(), app.len());
    ExitCode::SUCCESS
}
