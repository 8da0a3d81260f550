//! The site file, `site.toml` (or the file `SITE_CONFIG` names): what a newsroom sets without
//! editing code. Every key is optional; with no file, today's defaults stand. An unknown key or a
//! bad value stops the build with a message that names the key.
//!
//! ```toml
//! name = "The Daily Ledger: votes"        # the site's name: masthead, og:site_name, oEmbed provider
//! publisher = "The Daily Ledger"          # credited in every page's footer
//! origin = "https://news.example"         # canonical origin (VIEWER_ORIGIN, when set, wins)
//! public_url = "/viewer/"                 # the sub-path (`make build` passes it to Trunk)
//! default_article = "000_fa9ca6f986d2676d" # the seed the root page shows (default: the first by name)
//! footer = "Charts by the Ledger's data desk."
//!
//! [colours.light]                         # CSS custom properties of the stylesheet
//! accent = "#0064a0"                      # keys: accent, background, text, muted, panel, rule, focus
//! [colours.dark]
//! accent = "#6cc0f0"
//! ```

use std::{env, fs, path::Path};

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub name: Option<String>,
    pub publisher: Option<String>,
    pub origin: Option<String>,
    pub public_url: Option<String>,
    pub default_article: Option<String>,
    pub footer: Option<String>,
    #[serde(default)]
    pub colours: Colours,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    #[serde(default)]
    pub light: Palette,
    #[serde(default)]
    pub dark: Palette,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Palette {
    pub accent: Option<String>,
    pub background: Option<String>,
    pub text: Option<String>,
    pub muted: Option<String>,
    pub panel: Option<String>,
    pub rule: Option<String>,
    pub focus: Option<String>,
}

impl Palette {
    /// (key, CSS custom property, value) for every colour given.
    fn entries(&self) -> Vec<(&'static str, &'static str, &str)> {
        [
            ("accent", "--accent", &self.accent),
            ("background", "--bg", &self.background),
            ("text", "--fg", &self.text),
            ("muted", "--muted", &self.muted),
            ("panel", "--panel", &self.panel),
            ("rule", "--rule", &self.rule),
            ("focus", "--focus", &self.focus),
        ]
        .into_iter()
        .filter_map(|(key, var, value)| value.as_deref().map(|v| (key, var, v)))
        .collect()
    }

    fn declarations(&self) -> String {
        self.entries().iter().map(|(_, var, value)| format!("{var}:{value};")).collect()
    }
}

/// `#rgb` or `#rrggbb`.
fn is_colour(v: &str) -> bool {
    let hex = v.strip_prefix('#').unwrap_or("");
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Printable text without markup characters, at most `max` characters.
fn plain(key: &str, v: &str, max: usize) -> Result<(), String> {
    if v.trim().is_empty() || v.chars().count() > max || v.chars().any(|c| c.is_control() || "<>\"".contains(c)) {
        return Err(format!("`{key}` must be plain text of 1 to {max} characters, without < > or \""));
    }
    Ok(())
}

impl SiteConfig {
    /// Read and check the site file; a missing default file is the defaults.
    pub fn load(root: &Path) -> Result<SiteConfig, String> {
        let (path, required) = match env::var_os("SITE_CONFIG") {
            Some(p) => (root.join(p), true),
            None => (root.join("site.toml"), false),
        };
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(_) if !required => return Ok(SiteConfig::default()),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let config: SiteConfig = toml::from_str(&text).map_err(|e| format!("{}: {}", path.display(), e.message()))?;
        config.check().map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(config)
    }

    fn check(&self) -> Result<(), String> {
        if let Some(v) = &self.name {
            plain("name", v, 80)?;
        }
        if let Some(v) = &self.publisher {
            plain("publisher", v, 120)?;
        }
        if let Some(v) = &self.footer {
            plain("footer", v, 300)?;
        }
        if let Some(v) = &self.origin {
            let host = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://")).unwrap_or("");
            if host.is_empty() || host.contains(['/', '"', '<', '>', ' ', '?', '#']) {
                return Err(format!("`origin` must be a scheme and host such as https://news.example, found `{v}`"));
            }
        }
        if let Some(v) = &self.public_url {
            if !v.starts_with('/') || !v.ends_with('/') || v.contains(['"', '<', '>', ' ', '?', '#']) {
                return Err(format!("`public_url` must be a path that starts and ends with `/`, found `{v}`"));
            }
        }
        for (theme, palette) in [("light", &self.colours.light), ("dark", &self.colours.dark)] {
            for (key, _, value) in palette.entries() {
                if !is_colour(value) {
                    return Err(format!("`colours.{theme}.{key}` must be a #rgb or #rrggbb colour, found `{value}`"));
                }
            }
        }
        Ok(())
    }

    /// The site's stylesheet of brand colours, after the main one, in the stylesheet's theme rules.
    pub fn css(&self) -> Option<String> {
        let (light, dark) = (self.colours.light.declarations(), self.colours.dark.declarations());
        if light.is_empty() && dark.is_empty() {
            return None;
        }
        let mut css = String::from("/* Brand colours from site.toml, written by the build. */\n");
        if !light.is_empty() {
            css.push_str(&format!(":root{{{light}}}\n"));
        }
        if !dark.is_empty() {
            css.push_str(&format!(
                "@media (prefers-color-scheme: dark){{:root:not([data-theme=\"light\"]){{{dark}}}}}\n:root[data-theme=\"dark\"]{{{dark}}}\n"
            ));
        }
        Some(css)
    }
}
