//! What the URL says: the reader's view flags and the shareable parts of the view state.
//! Parsing is total: unknown or malformed values fall back to defaults and never fail.
//!
//! | key | values | default |
//! |---|---|---|
//! | `view` | `all`, `chart`, `council`, `cards`, `article` | `all` |
//! | `theme` | `auto`, `light`, `dark` | `auto` |
//! | `plain` | `1` hides header and footer chrome | off |
//! | `embed` | `1` for iframes: plain, and reports its height to the parent | off |
//! | `chart` | `seats`, `waffle`, `map` (a General Assembly vote with per-member data) | `seats` |
//! | `council` | `article`, `next` | `article` |
//! | `filter` | `all`, `yes`, `no`, `abstain`, `not-state` | `all` |
//! | `q` | card search text (at most 100 characters) | empty |
//! | `article` | the file name (without `.txt`) of another article in `seeds/` | the first |
//!
//! One rule for every key, the same as `static/flags.js` (which reads the flags before the first
//! paint with `URLSearchParams`): keys and values are percent-decoded (`+` is a space), and when
//! a key is repeated the LAST one wins, even when its value is not a valid one.
//!
//! The parameters pym.js adds to an embedded page's URL (`initialWidth`, `childId`,
//! `parentTitle`, `parentUrl`) are not view state, but they are kept, so that the app's
//! rewrites of the query leave them in place.

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
    /// The General Assembly chart's form: a hemicycle, a grid, or a world map (only for a vote
    /// with per-member data; any other vote shows its seats).
    ChartView { Seats => "seats", Waffle => "waffle", Map => "map" }
);
keyed_enum!(
    /// The Security Council panel's state: the article's account, or the later cited vote.
    CouncilView { Article => "article", Next => "next" }
);

/// Longest pym.js parameter value kept from a URL (a parent page's URL can be long).
pub const MAX_PYM_CHARS: usize = 2000;

/// The query parameters a `pym.Parent` adds to its iframe's URL, kept verbatim (bounded, without
/// control characters) so that they survive the app's query rewrites.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PymParams {
    pub initial_width: Option<String>,
    pub child_id: Option<String>,
    pub parent_title: Option<String>,
    pub parent_url: Option<String>,
}

impl PymParams {
    /// The keys, in the order pym.js writes them.
    pub const KEYS: [&'static str; 4] = ["initialWidth", "childId", "parentTitle", "parentUrl"];

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        match key {
            "initialWidth" => Some(&mut self.initial_width),
            "childId" => Some(&mut self.child_id),
            "parentTitle" => Some(&mut self.parent_title),
            "parentUrl" => Some(&mut self.parent_url),
            _ => None,
        }
    }

    fn pairs(&self) -> [(&'static str, Option<&str>); 4] {
        let [a, b, c, d] = Self::KEYS;
        [
            (a, self.initial_width.as_deref()),
            (b, self.child_id.as_deref()),
            (c, self.parent_title.as_deref()),
            (d, self.parent_url.as_deref()),
        ]
    }
}

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
    /// What a pym.js parent put in the URL; written back after the view state.
    pub pym: PymParams,
}

impl Address {
    /// Read a query string, with or without its leading `?`.
    pub fn from_query(query: &str) -> Self {
        let mut address = Address::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (decode(key), decode(value));
            if let Some(slot) = address.pym.slot(&key) {
                let kept: String = value.chars().filter(|c| !c.is_control()).take(MAX_PYM_CHARS).collect();
                *slot = (!kept.is_empty()).then_some(kept);
                continue;
            }
            match key.as_str() {
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
        for (key, value) in self.pym.pairs() {
            put(key, value.unwrap_or_default(), "");
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// The address to hand to others (the Embed dialog's snippets): without the pym.js
    /// parameters this page's own parent added.
    pub fn shareable(&self) -> Address {
        Address { pym: PymParams::default(), ..self.clone() }
    }

    /// The statement id in a decoded `#statement-<id>` fragment (see [`fragment_id`]), if it is
    /// one: a short slug of ASCII letters, digits and hyphens, and letters of any other script
    /// (e.g. `josé-ramos-horta`): no ASCII punctuation, spaces or controls. (Not
    /// `char::is_alphanumeric`, whose Unicode tables would cost the wasm kilobytes; the id is
    /// only ever compared with the story's own ids.)
    pub fn statement_fragment(hash: &str) -> Option<&str> {
        let id = hash.trim_start_matches('#').strip_prefix("statement-")?;
        let slug =
            |c: char| c.is_ascii_alphanumeric() || c == '-' || !c.is_ascii() && !c.is_whitespace() && !c.is_control();
        (!id.is_empty() && id.chars().count() <= 80 && id.chars().all(slug)).then_some(id)
    }
}

/// Longest `location.hash` read, in bytes (a percent-encoded slug of 80 letters fits easily).
const MAX_FRAGMENT_BYTES: usize = 2000;

/// The element id a `location.hash` names: without the `#`, percent-decoded as
/// `decodeURIComponent` does (`+` stays a plus), so `#statement-jos%C3%A9-ramos-horta` names
/// `statement-josé-ramos-horta`. Where decoding fails (a stray `%`, bytes that are not UTF-8)
/// the fragment is taken as written, as browsers do. `None` when empty, too long or holding
/// control characters.
pub fn fragment_id(hash: &str) -> Option<String> {
    let raw = hash.strip_prefix('#').unwrap_or(hash);
    if raw.is_empty() || raw.len() > MAX_FRAGMENT_BYTES {
        return None;
    }
    let id = percent_decode(raw, false).and_then(|b| String::from_utf8(b).ok()).unwrap_or_else(|| raw.to_string());
    (!id.chars().any(char::is_control)).then_some(id)
}

/// Percent-decode a query key or value as `URLSearchParams` does: `+` is a space, invalid `%`
/// sequences are kept as written, and bytes that are not UTF-8 become U+FFFD.
fn decode(value: &str) -> String {
    let bytes = percent_decode(value, true).unwrap_or_else(|| value.as_bytes().to_vec());
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The bytes `%XX` sequences stand for (and `+` a space when `plus_is_space`). Invalid `%`
/// sequences are kept as written when `plus_is_space` (the query's rule), and make the whole
/// decoding fail otherwise (`decodeURIComponent`'s rule, for fragments).
fn percent_decode(value: &str, plus_is_space: bool) -> Option<Vec<u8>> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' if plus_is_space => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b))) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ if plus_is_space => out.push(b'%'),
                _ => return None,
            },
            b => out.push(b),
        }
        i += 1;
    }
    Some(out)
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encode a query value or a path segment, keeping unreserved characters.
pub fn encode(value: &str) -> String {
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
        assert_eq!(Address::statement_fragment("statement-josé-ramos-horta"), Some("josé-ramos-horta"));
        assert_eq!(Address::statement_fragment("statement-王毅"), Some("王毅"));
        assert_eq!(Address::statement_fragment("statement-a b"), None);
    }

    #[test]
    fn unicode_fragments_are_decoded_before_matching() {
        // What location.hash gives for #statement-josé-ramos-horta.
        let hash = "#statement-jos%C3%A9-ramos-horta";
        assert_eq!(fragment_id(hash).as_deref(), Some("statement-josé-ramos-horta"));
        assert_eq!(fragment_id(hash).as_deref().and_then(Address::statement_fragment), Some("josé-ramos-horta"));
        // Already decoded, or ASCII: unchanged.
        assert_eq!(fragment_id("#statement-josé").as_deref(), Some("statement-josé"));
        assert_eq!(fragment_id("#statement-qin-gang").as_deref(), Some("statement-qin-gang"));
        // decodeURIComponent's rules: `+` stays, a stray `%` or non-UTF-8 bytes leave it as written.
        assert_eq!(fragment_id("#a+b").as_deref(), Some("a+b"));
        assert_eq!(fragment_id("#100%").as_deref(), Some("100%"));
        assert_eq!(fragment_id("#%FF%FE").as_deref(), Some("%FF%FE"));
        assert_eq!(fragment_id("#a%20b").as_deref(), Some("a b"));
        assert_eq!(fragment_id("#a%20b").as_deref().and_then(Address::statement_fragment), None);
        for refused in ["", "#", "#a%0Ab", "#a%00"] {
            assert_eq!(fragment_id(refused), None, "{refused}");
        }
        assert_eq!(fragment_id(&format!("#statement-{}", "%C3%A9".repeat(1000))), None);
    }

    #[test]
    fn a_repeated_key_takes_its_last_value() {
        assert_eq!(Address::from_query("?view=chart&view=cards").view, View::Cards);
        assert_eq!(Address::from_query("?view=cards&view=chart").view, View::Chart);
        // The last is the one, even when it is not a valid value (as flags.js reads it).
        assert_eq!(Address::from_query("?view=cards&view=pie").view, View::All);
        assert_eq!(
            Address::from_query("?theme=dark&plain=1&theme=light&plain=0"),
            Address { theme: Theme::Light, ..Address::default() }
        );
        assert_eq!(Address::from_query("?q=a&q=b").query, "b");
        // Keys are decoded as URLSearchParams decodes them.
        assert_eq!(Address::from_query("?vi%65w=cards").view, View::Cards);
        assert_eq!(Address::from_query("?&&view=chart&").view, View::Chart);
    }

    #[test]
    fn pym_params_survive_a_rewrite_of_the_query() {
        // The src a pym.Parent gives its iframe for "https://viewer/?view=chart".
        let src = "?view=chart&initialWidth=720&childId=container&parentTitle=Host%20page&parentUrl=http%3A%2F%2Fhost.example%2Fa%3Fb%3D1";
        let mut a = Address::from_query(src);
        assert_eq!(a.pym.child_id.as_deref(), Some("container"));
        assert_eq!(a.pym.parent_url.as_deref(), Some("http://host.example/a?b=1"));
        // The reader switches the chart: the query is rewritten, and pym's params stay.
        a.chart = ChartView::Waffle;
        let q = a.to_query();
        assert_eq!(
            q,
            "?view=chart&chart=waffle&initialWidth=720&childId=container&parentTitle=Host%20page&parentUrl=http%3A%2F%2Fhost.example%2Fa%3Fb%3D1"
        );
        assert_eq!(Address::from_query(&q), a);
        // Not view state: the shareable address has none of them.
        assert_eq!(a.shareable().to_query(), "?view=chart&chart=waffle");
        // Bounded, no control characters, empty is absent.
        let b = Address::from_query(&format!("?childId=a%0Ab&parentUrl={}&parentTitle=", "x".repeat(5000)));
        assert_eq!(b.pym.child_id.as_deref(), Some("ab"));
        assert_eq!(b.pym.parent_url.map(|u| u.len()), Some(MAX_PYM_CHARS));
        assert_eq!(b.pym.parent_title, None);
    }
}
