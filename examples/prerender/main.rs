//! Build-time prerender, run by Trunk's post-build hook (see Trunk.toml): turns the staged
//! `index.html` (Trunk's output: the stylesheet, `flags.js`, `boot.js` with the hashed glue and
//! wasm names, and an empty `<div id="viewer">`) into a static site with one page per article:
//!
//! - `<name>/index.html` for every seed (`seeds/*.txt` or `$ARTICLE_SEEDS`, see `bundle::seeds`):
//!   the whole app (article, chart, cards) rendered by Yew's server renderer, the article's model
//!   as inert JSON (`<script type="application/json" id="viewer-story">`, which the wasm reads
//!   and hydrates the markup with), its own title, description, canonical link, Open Graph tags,
//!   oEmbed response (`<name>/oembed.json`) and discovery link;
//! - `index.html`: the first article's page (so today's URLs keep working), plus the list of
//!   article pages `boot.js` uses to send `?article=NAME` to that article's page;
//! - `articles/index.html`: every article with its headline, dateline and vote summary, linked
//!   from every page's navigation bar.
//!
//! Everything reads with JavaScript off. Links and assets are addressed from the site root through
//! Trunk's public URL (`TRUNK_PUBLIC_URL`, `--public-url`), so the hashed JS, wasm and CSS are
//! shared by all pages and the site works under a sub-path. `VIEWER_ORIGIN`
//! (e.g. `https://news.example`) makes canonical, `og:url` and oEmbed URLs absolute.
//!
//! Release builds also get the Content-Security-Policy as a `<meta>` (debug builds are served by
//! `trunk serve`, whose live-reload script is inline).
//!
//! Usage: `cargo run --example prerender [-- INDEX_HTML]`; without an argument it builds the site
//! around `$TRUNK_STAGING_DIR/index.html`.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::ExitCode,
    rc::Rc,
};

use article_core::story::Story;
use article_core::Tally;
use article_viewer::address::View;
use article_viewer::atlas::has_map;
use article_viewer::islands::{Island, IslandProps, IslandRoot};
use article_viewer::{bundle, App, AppProps};
use article_viewer::{embed, picture, projection};
use yew::LocalServerRenderer;

/// The policy for the `<meta>` and `_headers`, written once in `src/policy.rs`.
use article_viewer::policy::{self, CSP};
/// The empty mount point of the template.
const MOUNT: &str = r#"<div id="viewer"></div>"#;
/// The folder of the article index.
const INDEX_DIR: &str = "articles";
/// The site's name when `site.toml` gives none.
const DEFAULT_NAME: &str = "Article viewer";

mod config;
use config::SiteConfig;

/// Text made safe for markup and attribute values (the same escaping as the chart pictures).
use article_viewer::picture::escape;

/// A JSON string literal that is also safe inside a `<script>` element (no `<`).
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

/// JSON for a `<script type="application/json">` element: `<` only ever occurs inside JSON
/// strings, where `\u003c` means the same, so `</script>` and `<!--` cannot appear.
fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// At most `max` characters, cut at a word boundary, with an ellipsis when cut.
fn summary(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head).trim_end_matches([',', ';', ':', '.']);
    format!("{cut}…")
}

/// The page's markup: the static page (prose and chrome) with each island rendered on its own,
/// hydratable, in its slot, so that its markers match what the wasm hydrates root by root.
fn render(story: Rc<Story>, site: &Site, flag_codes: &[String]) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async {
        let credit = [site.publisher.as_ref().map(|p| format!("Published by {p}.")), site.footer.clone()];
        let credit = credit.into_iter().flatten().collect::<Vec<_>>().join(" ");
        let props = AppProps {
            story: story.clone().into(),
            islands: false,
            site_name: site.name.clone().into(),
            credit: (!credit.is_empty()).then(|| credit.into()),
        };
        let mut page = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
        // The charts' tooltips show a flag from the site's flag files; the page names the codes of
        // its seats that have none.
        let mut missing: Vec<&str> = story
            .divisions
            .iter()
            .flat_map(|d| d.seats.iter().filter_map(|s| s.iso2.as_deref()))
            .filter(|code| !flag_codes.iter().any(|f| f == code))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        for island in Island::ALL {
            let props = IslandProps { story: story.clone().into(), island, files: Default::default() };
            let html = LocalServerRenderer::<IslandRoot>::with_props(props).hydratable(true).render().await;
            let attributes = match island {
                Island::Figures => format!(
                    r#" data-flags="{}" data-names="{}"{}"#,
                    escape(&site.href("flags/")),
                    escape(&site.href(NAMES_FILE)),
                    if missing.is_empty() {
                        String::new()
                    } else {
                        format!(r#" data-no-flag="{}""#, missing.join(" "))
                    }
                ),
                _ => String::new(),
            };
            let filled = format!(r#"<div data-island="{}"{attributes}>{html}</div>"#, island.name());
            page = page.replacen(&island.slot(), &filled, 1);
        }
        page
    })
}

/// The names a reader may type into "Find a country", one file for the site.
const NAMES_FILE: &str = "countries.txt";

/// A flag-icons SVG the page may use: one the set has, without inline styles (which the CSP
/// would block) or script.
fn clean_flag(dir: &Path, code: &str) -> Option<String> {
    let svg = fs::read_to_string(dir.join(format!("{code}.svg"))).ok()?;
    (!svg.contains("style") && !svg.contains("<script")).then_some(svg)
}

fn flags_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/flag-icons/flags/4x3")
}

/// `flags/xx.svg` for every ISO 3166-1 country (`data/geo/iso3166-numeric.tsv`) the set draws
/// cleanly, for the charts' tooltips (one small file fetched on hover, never part of the first
/// view). The codes written, upper-case.
fn write_flag_files(root: &Path) -> Result<Vec<String>, String> {
    let table = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/geo/iso3166-numeric.tsv"))
        .map_err(|e| format!("data/geo/iso3166-numeric.tsv: {e}"))?;
    let mut written = Vec::new();
    for code in
        table.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').nth(1)).filter(|c| c.len() == 2)
    {
        let lower = code.to_ascii_lowercase();
        if let Some(svg) = clean_flag(&flags_dir(), &lower) {
            write(&root.join("flags").join(format!("{lower}.svg")), svg.as_bytes())?;
            written.push(code.to_string());
        }
    }
    Ok(written)
}

/// The flag-icons SVGs (MIT; see `data/SOURCES.md`) of the countries a page shows, as one hidden
/// sprite of `<symbol id="flag-xx">`s, and the codes it holds. A flag the set does not have, or one
/// whose SVG carries inline styles (which the CSP would block), is left out: the page shows
/// initials instead.
fn flag_sprite(codes: &[String]) -> (Vec<String>, String) {
    let dir = flags_dir();
    let mut found = Vec::new();
    let mut symbols = String::new();
    for code in codes {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        let Some(svg) = clean_flag(&dir, code) else { continue };
        // `<svg xmlns=… id="flag-icons-xx" viewBox="…">BODY</svg>` → `<symbol id="flag-xx" viewBox="…">BODY</symbol>`.
        let (Some(open_end), Some(close)) = (svg.find('>'), svg.rfind("</svg>")) else { continue };
        let Some(view_box) = svg[..open_end].split("viewBox=\"").nth(1).and_then(|v| v.split('"').next()) else {
            continue;
        };
        let body = svg[open_end + 1..close].split_whitespace().collect::<Vec<_>>().join(" ");
        symbols.push_str(&format!(r#"<symbol id="flag-{code}" viewBox="{}">{body}</symbol>"#, escape(view_box)));
        found.push(code.clone());
    }
    if symbols.is_empty() {
        return (found, String::new());
    }
    (
        found,
        format!(
            r#"<svg class="flag-sprite" width="0" height="0" aria-hidden="true" focusable="false">{symbols}</svg>"#
        ),
    )
}

/// Where the site lives: Trunk's public URL and, when known, the public origin.
struct Site {
    /// The public URL, ending in `/` (`/`, `/sub/`, or an absolute URL).
    base: String,
    /// The public URL as an absolute URL, when it is one or `VIEWER_ORIGIN` is set.
    absolute: Option<String>,
    release: bool,
    /// The site's name, publisher and footer line (site.toml).
    name: String,
    publisher: Option<String>,
    footer: Option<String>,
    /// The build wrote `site.css` (brand colours), which every page links after the main stylesheet.
    brand_css: bool,
}

impl Site {
    fn from_env(config: &SiteConfig) -> Result<Self, String> {
        let mut base = env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
        if !base.ends_with('/') {
            base.push('/');
        }
        if let Some(wanted) = config.public_url.as_deref().filter(|w| *w != base) {
            return Err(format!(
                "site.toml's `public_url` is {wanted} but Trunk built for {base}; build with `make build` (which passes it) or `trunk build --public-url {wanted}`"
            ));
        }
        let origin = env::var("VIEWER_ORIGIN")
            .ok()
            .filter(|o| !o.trim().is_empty())
            .or_else(|| config.origin.clone())
            .unwrap_or_default();
        let origin = origin.trim().trim_end_matches('/');
        let absolute = if base.starts_with("http://") || base.starts_with("https://") {
            Some(base.clone())
        } else if !origin.is_empty() {
            Some(format!("{origin}{base}"))
        } else {
            None
        };
        Ok(Self {
            base,
            absolute,
            release: env::var("TRUNK_PROFILE").as_deref() != Ok("debug"),
            name: config.name.clone().unwrap_or_else(|| DEFAULT_NAME.to_string()),
            publisher: config.publisher.clone(),
            footer: config.footer.clone(),
            brand_css: false,
        })
    }

    /// A path under the site, for links and assets (root-relative, or absolute if the base is).
    fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The same as an absolute URL when the origin is known, else as [`Site::href`].
    fn url(&self, path: &str) -> String {
        self.absolute.as_ref().map_or_else(|| self.href(path), |abs| format!("{abs}{path}"))
    }
}

/// What a page's `<head>` and the index say about one article, read from the model's JSON.
/// (Read from the serialised model rather than its Rust types, so the page metadata does not
/// depend on how the model is laid out.)
struct Entry {
    name: String,
    /// The article page's path under the site, e.g. `000_fa9ca6f986d2676d/`.
    path: String,
    headline: String,
    dateline: Option<String>,
    description: String,
    /// e.g. "UN General Assembly: 116–20–53".
    votes: Vec<String>,
    story: Rc<Story>,
    json: String,
    /// The flags the page shows, as a hidden SVG sprite.
    flags: String,
}

impl Entry {
    fn new(name: &str, mut story: Story) -> Result<Self, String> {
        let (codes, flags) = flag_sprite(&story.flag_codes());
        story.flags = codes;
        // The page carries only what its islands read; the prose is in the HTML already.
        let json = serde_json::to_string(&story.for_islands())
            .map_err(|e| format!("{name}: the model does not serialise: {e}"))?;
        let text = |t: &str| Some(t.trim()).filter(|t| !t.is_empty()).map(str::to_string);
        let article = &story.article;
        let headline = text(&article.headline).unwrap_or_default();
        let dateline = article.dateline.as_ref().and_then(|d| text(&d.text));
        let description =
            article.paragraphs.iter().find_map(|p| text(&p.text)).map(|p| summary(&p, 200)).unwrap_or_default();
        let votes = article.votes.iter().filter_map(vote_summary).collect();
        Ok(Self {
            name: name.to_string(),
            path: format!("{}/", article_viewer::address::encode(name)),
            headline,
            dateline,
            description,
            votes,
            story: Rc::new(story),
            json,
            flags,
        })
    }

    fn title(&self) -> &str {
        if self.headline.is_empty() {
            "Untitled article"
        } else {
            &self.headline
        }
    }
}

/// "UN General Assembly: 116–20–53" (yes–no–abstain) for a vote whose counts the article gives,
/// "Security Council: 10 in favour" when it gives only those in favour.
fn vote_summary(vote: &Tally) -> Option<String> {
    let yes = vote.yes?;
    let figures = match (vote.no, vote.abstain) {
        (Some(no), Some(abstain)) => format!("{yes}–{no}–{abstain}"),
        (Some(no), None) => format!("{yes}–{no}"),
        (None, _) => format!("{yes} in favour"),
    };
    Some(match vote.body.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
        Some(body) => format!("{body}: {figures}"),
        None => figures,
    })
}

/// The template with the page's head filled in: title, description, canonical link, Open Graph,
/// the CSP, root-based `flags.js`, and `extra` before `</head>`.
fn head(template: &str, site: &Site, title: &str, description: &str, canonical: &str, extra: &str) -> String {
    let title = escape(title);
    let description = escape(description);
    let canonical_url = site.url(canonical);
    let mut meta = String::new();
    if site.release {
        meta.push_str(&format!(r#"<meta http-equiv="Content-Security-Policy" content="{CSP}">"#));
    }
    meta.push_str(&format!(r#"<meta name="description" content="{description}">"#));
    let mut tail = format!(r#"<link rel="canonical" href="{}">"#, escape(&canonical_url));
    tail.push_str(&format!(r#"<meta property="og:site_name" content="{}">"#, escape(&site.name)));
    tail.push_str(&format!(r#"<meta property="og:title" content="{title}">"#));
    tail.push_str(&format!(r#"<meta property="og:description" content="{description}">"#));
    if site.absolute.is_some() {
        tail.push_str(&format!(r#"<meta property="og:url" content="{}">"#, escape(&canonical_url)));
    }
    tail.push_str(extra);
    // Paper only: a print stylesheet does not block the first paint on screen.
    tail.push_str(&format!(r#"<link rel="stylesheet" href="{}" media="print">"#, escape(&site.href("print.css"))));
    if site.brand_css {
        tail.push_str(&format!(r#"<link rel="stylesheet" href="{}">"#, escape(&site.href("site.css"))));
    }
    template
        .replacen("<title>Article viewer</title>", &format!("<title>{title}</title>"), 1)
        .replacen(r#"<meta charset="utf-8">"#, &format!(r#"<meta charset="utf-8">{meta}"#), 1)
        // flags.js is copied to the site root; address it from there on every page.
        .replacen(
            r#"<script src="flags.js"></script>"#,
            &format!(r#"<script src="{}"></script>"#, site.href("flags.js")),
            1,
        )
        .replacen("</head>", &format!("{tail}</head>"), 1)
}

/// The navigation bar above the app: the way to every other article.
fn nav(site: &Site, current: bool) -> String {
    let current = if current { r#" aria-current="page""# } else { "" };
    format!(
        r#"<nav class="site-nav chrome" aria-label="Site"><a href="{}"{current}>All articles</a></nav>"#,
        site.href(&format!("{INDEX_DIR}/"))
    )
}

/// An article's page. `articles` (on the root page only) lists every page for `?article=NAME`.
fn article_page(
    template: &str,
    site: &Site,
    entry: &Entry,
    app: &str,
    articles: Option<&str>,
    loader: Option<&(String, String)>,
) -> String {
    let oembed = site.url(&format!("{}oembed.json", entry.path));
    let mut extra = r#"<meta property="og:type" content="article">"#.to_string();
    if let Some((file, integrity)) = loader {
        // The Embed dialog's snippet pins the content-hashed loader with Subresource Integrity.
        extra.push_str(&format!(
            r#"<meta name="{}" content="{}" data-integrity="{}">"#,
            embed::Loader::META,
            escape(&site.href(file)),
            escape(integrity)
        ));
    }
    extra.push_str(&format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#,
        escape(&oembed),
        escape(entry.title())
    ));
    let page = head(template, site, entry.title(), &entry.description, &entry.path, &extra);
    let mut body = format!(r#"{}{}<div id="viewer">{app}</div>"#, nav(site, false), entry.flags);
    body.push_str(&format!(
        r#"<script type="application/json" id="viewer-story">{}</script>"#,
        script_json(&entry.json)
    ));
    if let Some(list) = articles {
        body.push_str(&format!(r#"<script type="application/json" id="viewer-articles">{list}</script>"#));
    }
    page.replacen(MOUNT, &body, 1)
}

/// A static oEmbed "rich" response for an article page.
fn oembed(site: &Site, entry: &Entry, loader: Option<&(String, String)>) -> String {
    let page = site.url(&entry.path);
    let html = match loader {
        Some((file, integrity)) => embed::loader_html(
            &page,
            &site.url(file),
            Some(integrity),
            &embed::frame_title(View::All, entry.title(), &site.name),
        ),
        None => embed::loader_html(
            &page,
            &site.url("embed.js"),
            None,
            &embed::frame_title(View::All, entry.title(), &site.name),
        ),
    };
    let mut fields = vec![
        r#""version":"1.0""#.to_string(),
        r#""type":"rich""#.to_string(),
        format!(r#""provider_name":{}"#, json_string(&site.name)),
        format!(r#""title":{}"#, json_string(entry.title())),
        r#""width":720"#.to_string(),
        r#""height":640"#.to_string(),
        format!(r#""html":{}"#, json_string(&html)),
    ];
    if let Some(abs) = &site.absolute {
        fields.insert(3, format!(r#""provider_url":{}"#, json_string(abs)));
    }
    format!("{{{}}}", fields.join(","))
}

/// The article index: every article, its dateline and vote summary, linked to its page.
fn index_page(template: &str, site: &Site, entries: &[Entry]) -> String {
    let description = format!(
        "{} article{}, each with its vote chart and statement cards.",
        entries.len(),
        if entries.len() == 1 { "" } else { "s" }
    );
    let extra = r#"<meta property="og:type" content="website">"#;
    let mut page =
        head(template, site, &format!("Articles · {}", site.name), &description, &format!("{INDEX_DIR}/"), extra);
    // The index has nothing to hydrate: no app script.
    if let Some(start) = page.find(r#"<script type="module""#) {
        if let Some(len) = page[start..].find("</script>") {
            page.replace_range(start..start + len + "</script>".len(), "");
        }
    }
    let mut list = String::new();
    for entry in entries {
        list.push_str(r#"<li class="article-entry">"#);
        let headline =
            if entry.headline.is_empty() { format!("Untitled ({})", entry.name) } else { entry.headline.clone() };
        list.push_str(&format!(r#"<h2><a href="{}">{}</a></h2>"#, escape(&site.href(&entry.path)), escape(&headline)));
        if let Some(dateline) = &entry.dateline {
            list.push_str(&format!(r#"<p class="dateline">{}</p>"#, escape(dateline)));
        }
        let votes = if entry.votes.is_empty() {
            "No vote reported".to_string()
        } else {
            format!("Votes (yes–no–abstain): {}", entry.votes.join(" · "))
        };
        list.push_str(&format!(r#"<p class="vote-summary">{}</p>"#, escape(&votes)));
        list.push_str("</li>");
    }
    let body = format!(
        r#"{}<main class="article-index" id="articles"><h1>Articles</h1><ol class="article-list">{list}</ol></main>"#,
        nav(site, true)
    );
    page.replacen(MOUNT, &body, 1)
}

fn write(path: &Path, contents: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// A seed name that can be a folder of the site and does not clash with the site's own files.
fn check_name(name: &str, root: &Path) -> Result<(), String> {
    if name.is_empty() || name == "." || name == ".." || name.contains(['/', '\\']) || name == INDEX_DIR {
        return Err(format!("the seed name {name:?} cannot be a page of the site; rename the file"));
    }
    if root.join(name).is_file() {
        return Err(format!("the seed name {name:?} clashes with the site's file of that name; rename the seed"));
    }
    Ok(())
}

fn build(index: &Path) -> Result<String, String> {
    let root = index.parent().unwrap_or(Path::new("."));
    let template = fs::read_to_string(index).map_err(|e| format!("{}: {e}", index.display()))?;
    if !template.contains(MOUNT) {
        return Err(format!("{} has no empty {MOUNT} (already prerendered?)", index.display()));
    }
    let config = SiteConfig::load(Path::new(env!("CARGO_MANIFEST_DIR")))?;
    let seeds = bundle::seeds();
    let mut site = Site::from_env(&config)?;
    if let Some(css) = config.css() {
        write(&root.join("site.css"), css.as_bytes())?;
        site.brand_css = true;
    }
    write(&root.join("_headers"), policy::headers_file().as_bytes())?;
    if seeds.is_empty() {
        // No article, but the page keeps its policy.
        if site.release {
            let csp = format!(r#"<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{CSP}">"#);
            write(index, template.replacen(r#"<meta charset="utf-8">"#, &csp, 1).as_bytes())?;
        }
        return Ok(format!("no article in {}; the site has no page to prerender", bundle::seeds_dir().display()));
    }
    let mut entries = Vec::with_capacity(seeds.len());
    for seed in seeds {
        check_name(&seed.name, root)?;
        // The one place the prerender turns an article's text into its model.
        let story = bundle::story(&seed.text);
        entries.push(Entry::new(&seed.name, story)?);
    }
    let articles = format!(
        "{{{}}}",
        entries
            .iter()
            .map(|e| format!("{}:{}", json_string(&e.name), json_string(&site.href(&e.path))))
            .collect::<Vec<_>>()
            .join(",")
    );
    let embed_js = fs::read(root.join("embed.js")).ok();
    // A content-hashed copy of the loader, for snippets pinned with Subresource Integrity.
    let loader = embed_js.as_deref().map(embed::hashed_loader);
    if let (Some(js), Some((file, _))) = (&embed_js, &loader) {
        write(&root.join(file), js)?;
    }
    let flag_codes = write_flag_files(root)?;
    write(&root.join(NAMES_FILE), article_core::country_names::file_text().as_bytes())?;
    // The world map, projected once, for every General Assembly vote with per-member data.
    let needs_map = entries.iter().any(|e| e.story.divisions.iter().any(has_map));
    let atlas = if needs_map { Some(projection::from_project(Path::new(env!("CARGO_MANIFEST_DIR")))?) } else { None };
    let mut markup = 0;
    // The root page shows site.toml's default article, else the first by file name.
    let home = match &config.default_article {
        Some(name) => entries.iter().position(|e| &e.name == name).ok_or_else(|| {
            let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
            format!("site.toml's `default_article` {name:?} is not a seed; the seeds are: {}", names.join(", "))
        })?,
        None => 0,
    };
    for (i, entry) in entries.iter().enumerate() {
        let app = render(entry.story.clone(), &site, &flag_codes);
        markup += app.len();
        let dir = root.join(&entry.name);
        write(&dir.join("index.html"), article_page(&template, &site, entry, &app, None, loader.as_ref()).as_bytes())?;
        let oembed = oembed(&site, entry, loader.as_ref());
        write(&dir.join("oembed.json"), oembed.as_bytes())?;
        // The Embed dialog offers `<page's folder>/embed.js`; the loader is tiny, so each page has it.
        if let Some(js) = &embed_js {
            write(&dir.join("embed.js"), js)?;
        }
        // "Get the data": each vote whose members are named, as CSV and JSON beside its page.
        let mut data = Vec::new();
        for d in &entry.story.divisions {
            if let Some(file) = d.data() {
                let json = serde_json::to_string_pretty(&file).map_err(|e| format!("{}: {e}", entry.name))?;
                data.push((format!("{}.csv", d.id), file.csv()));
                data.push((format!("{}.json", d.id), json + "\n"));
            }
            // Its pictures, each form in each theme, for "Save chart"; the light map is also the
            // map view's shapes, and with JavaScript off the "Map" link's target.
            if !d.is_council() {
                data.extend(picture::chart_files(d, atlas.as_ref()));
            }
        }
        for (name, contents) in &data {
            write(&dir.join(name), contents.as_bytes())?;
            if i == home {
                write(&root.join(name), contents.as_bytes())?;
            }
        }
        if i == home {
            // The site's root shows the first article, as it always has.
            write(index, article_page(&template, &site, entry, &app, Some(&articles), loader.as_ref()).as_bytes())?;
            write(&root.join("oembed.json"), oembed.as_bytes())?;
        }
    }
    write(&root.join(INDEX_DIR).join("index.html"), index_page(&template, &site, &entries).as_bytes())?;
    Ok(format!(
        "{} article page{} + index.html + {INDEX_DIR}/index.html in {} ({markup} bytes of app markup)",
        entries.len(),
        if entries.len() == 1 { "" } else { "s" },
        root.display()
    ))
}

fn main() -> ExitCode {
    let index = env::args()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| env::var_os("TRUNK_STAGING_DIR").map(|dir| PathBuf::from(dir).join("index.html")));
    let Some(index) = index else {
        eprintln!("prerender: give the index.html to fill, or run from Trunk's post_build hook");
        return ExitCode::from(2);
    };
    match build(&index) {
        Ok(done) => {
            eprintln!("prerender: {done}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
