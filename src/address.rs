//! What the URL says: the reader's view flags and the shareable parts of the view state.
//! Parsing is total: unknown or malformed values fall back to defaults and never fail.
//!
//! | key | values | default |
//! |---|---|---|
//! | `view` | `all`, `chart`, `council`, `cards`, `article` | `all` |
//! | `theme` | `auto`, `light`, `dark` | `auto` |
//! | `plain` | `1` hides header and footer chrome | off |
//! | `embed` | `1` for iframes: plain, and reports its height to the parent | off |
//! | `chart` | `seats`, `waffle` | `seats` |
//! | `council` | `article`, `next` | `article` |
//! | `filter` | `all`, `yes`, `no`, `abstain`, `not-state` | `all` |
//! | `q` | card search text (at most 100 characters) | empty |
//! | `article` | the file name (without `.txt`) of another article in `seeds/` | the first |

use article_core::story::CardFilter;

/// Longest search text kept from a URL.
pub const MAX_QUERY_CHARS: usize = 100;

macro_rules! keyed_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum $name {
            #[default]
            $($variant),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }
    };
}

keyed_enum!(
    /// Which part of the viewer a page (or an embed) shows.
    View { All => "all", Chart => "chart", Council => "council", Cards => "cards", Article => "article" }
);
keyed_enum!(
    /// Colour theme; `Auto` follows `prefers-color-scheme`.
    Theme { Auto => "auto", Light => "light", Dark => "dark" }
);
keyed_enum!(
    /// The General Assembly chart's form.
    ChartView { Seats => "seats", Waffle => "waffle" }
);
keyed_enum!(
    /// The Security Council panel's state: the article's account, or the later cited vote.
    CouncilView { Article => "article", Next => "next" }
);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub view: View,
    pub theme: Theme,
    pub plain: bool,
    pub embed: bool,
    pub chart: ChartView,
    pub council: CouncilView,
    pub filter: CardFilter,
    pub query: String,
    /// A bundled article's name; empty for the default.
    pub article: String,
}

impl Address {
    /// Read a query string, with or without its leading `?`.
    pub fn from_query(query: &str) -> Self {
        let mut address = Address::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "view" => address.view = View::from_key(&value).unwrap_or_default(),
                "theme" => address.theme = Theme::from_key(&value).unwrap_or_default(),
                "plain" => address.plain = value == "1",
                "embed" => address.embed = value == "1",
                "chart" => address.chart = ChartView::from_key(&value).unwrap_or_default(),
                "council" => address.council = CouncilView::from_key(&value).unwrap_or_default(),
                "filter" => address.filter = CardFilter::from_key(&value).unwrap_or_default(),
                "article" => {
                    address.article = value
                        .chars()
                        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
                        .take(100)
                        .collect()
                }
                "q" => address.query = value.chars().filter(|c| !c.is_control()).take(MAX_QUERY_CHARS).collect(),
                _ => {}
            }
        }
        address
    }

    /// The query string for this address: only non-default values, in a fixed order; empty
    /// when everything is default.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<String> = Vec::new();
        let mut put = |key: &str, value: &str, default: &str| {
            if value != default {
                pairs.push(format!("{key}={}", encode(value)));
            }
        };
        put("view", self.view.key(), View::default().key());
        put("theme", self.theme.key(), Theme::default().key());
        put("plain", if self.plain { "1" } else { "" }, "");
        put("embed", if self.embed { "1" } else { "" }, "");
        put("chart", self.chart.key(), ChartView::default().key());
        put("council", self.council.key(), CouncilView::default().key());
        put("filter", self.filter.key(), CardFilter::default().key());
        put("q", &self.query, "");
        put("article", &self.article, "");
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// The statement id in a `#statement-<id>` fragment, if it is one (ids are short slugs).
    pub fn statement_fragment(hash: &str) -> Option<&str> {
        let id = hash.trim_start_matches('#').strip_prefix("statement-")?;
        (!id.is_empty() && id.len() <= 80 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')).then_some(id)
    }
}

/// Percent-decode a query value (`+` is a space); invalid sequences are kept as written.
fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encode a query value, keeping unreserved characters.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_empty_or_unknown() {
        assert_eq!(Address::from_query(""), Address::default());
        assert_eq!(Address::from_query("?"), Address::default());
        assert_eq!(Address::from_query("?view=<script>&theme=purple&plain=yes&chart=pie&zzz=1"), Address::default());
        assert_eq!(Address::from_query("?filter=%ZZ&council=%"), Address::default());
    }

    #[test]
    fn reads_every_flag() {
        let a = Address::from_query(
            "?view=chart&theme=dark&plain=1&embed=1&chart=waffle&council=next&filter=not-state&q=human+rights%21",
        );
        assert_eq!(a.view, View::Chart);
        assert_eq!(a.theme, Theme::Dark);
        assert!(a.plain && a.embed);
        assert_eq!(a.chart, ChartView::Waffle);
        assert_eq!(a.council, CouncilView::Next);
        assert_eq!(a.filter, CardFilter::NotState);
        assert_eq!(a.query, "human rights!");
    }

    #[test]
    fn round_trips_and_omits_defaults() {
        let a = Address {
            chart: ChartView::Waffle,
            filter: CardFilter::Yes,
            query: "a&b=c é".into(),
            ..Address::default()
        };
        assert_eq!(Address::from_query(&a.to_query()), a);
        assert_eq!(Address::default().to_query(), "");
        assert_eq!(Address { chart: ChartView::Waffle, ..Address::default() }.to_query(), "?chart=waffle");
    }

    #[test]
    fn long_or_hostile_queries_are_bounded() {
        let long = format!("?q={}", "x".repeat(10_000));
        assert_eq!(Address::from_query(&long).query.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(Address::from_query("?q=%00%0Aa").query, "a");
    }

    #[test]
    fn statement_fragments() {
        assert_eq!(Address::statement_fragment("#statement-samantha-power"), Some("samantha-power"));
        assert_eq!(Address::statement_fragment("#statement-"), None);
        assert_eq!(Address::statement_fragment("#statement-<img>"), None);
        assert_eq!(Address::statement_fragment(&format!("#statement-{}", "a".repeat(5000))), None);
        assert_eq!(Address::statement_fragment("#p3"), None);
    }
}
