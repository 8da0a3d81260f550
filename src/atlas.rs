//! The world map's shapes, keyed by ISO 3166-1 alpha-2 code: made at build time by
//! [`projection`](crate::projection) and written into each vote's map SVG by
//! [`picture`](crate::picture); the wasm reads them back from that file ([`Atlas::read`]) when the
//! reader picks the map, so the first view never carries them.

use article_core::story::{Division, Group};

use crate::address::{ChartView, Theme};

/// Whether a vote is drawn on the world map: a General Assembly vote joined to its roll call, so
/// that every seat is a country with its code.
pub fn has_map(division: &Division) -> bool {
    division.chamber.key.as_deref() == Some("un-ga")
        && division.record.is_some()
        && division.seats.iter().all(|s| s.iso2.is_some())
}

/// The picture of a vote in a chart form and theme, written by the build beside the page
/// (`vote-1-map.svg`, `vote-1-seats-dark.svg`). The light map is also where the map view reads
/// its shapes, and the Map link's target without JavaScript.
pub fn chart_file(division: &Division, view: ChartView, theme: Theme) -> String {
    let suffix = if theme == Theme::Dark { "-dark" } else { "" };
    format!("{}-{}{suffix}.svg", division.id, view.key())
}

/// A map fill: a square tile of `base` colour (a CSS class), turned by `turn`, with a stripe or a
/// dot of another on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fill {
    pub group: Option<Group>,
    pub size: u8,
    pub turn: &'static str,
    pub base: &'static str,
    pub mark: Option<(&'static str, Mark)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A stripe this wide, the tile's height.
    Stripe(u8),
    /// A dot at the tile's centre.
    Dot,
}

/// The map's fills, one a vote (and one for no record): solid for yes, hatched for no, striped for
/// abstentions, dotted for absence, plain for no data. The page's map and the map file both draw
/// these, so colour is never the only cue.
pub const FILLS: [Fill; 6] = [
    Fill { group: Some(Group::Yes), size: 4, turn: "", base: "pat-yes", mark: None },
    Fill {
        group: Some(Group::No),
        size: 7,
        turn: "rotate(45)",
        base: "pat-no",
        mark: Some(("pat-gap", Mark::Stripe(2))),
    },
    Fill {
        group: Some(Group::Abstain),
        size: 6,
        turn: "rotate(-45)",
        base: "pat-gap",
        mark: Some(("pat-abstain", Mark::Stripe(3))),
    },
    Fill { group: Some(Group::Absent), size: 6, turn: "", base: "pat-none", mark: Some(("pat-absent", Mark::Dot)) },
    Fill { group: Some(Group::Unknown), size: 4, turn: "", base: "pat-none", mark: None },
    Fill { group: None, size: 4, turn: "", base: "pat-none", mark: None },
];

/// One country: its outline (integer SVG path data, empty when too small to draw at this scale),
/// the centre of its largest part (where its tooltip points, and its place in the keyboard order)
/// and whether it is drawn with a marker too, so that a small state can be found and hovered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    pub iso: String,
    pub outline: String,
    pub centre: (i32, i32),
    pub marker: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Atlas {
    pub width: u32,
    pub height: u32,
    /// Sorted by code.
    pub shapes: Vec<Shape>,
}

/// The value of `name="…"` in one element's markup.
fn attribute<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = element.find(&key)? + key.len();
    let len = element[start..].find('"')?;
    Some(&element[start..start + len])
}

/// A code as the map writes it: two capitals, or `x-` and lower-case letters for a place with none.
fn is_code(iso: &str) -> bool {
    (iso.len() == 2 && iso.bytes().all(|b| b.is_ascii_uppercase()))
        || iso.strip_prefix("x-").is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Path data as the map writes it: `M`, `l`, `z`, spaces and integers only.
fn is_outline(d: &str) -> bool {
    d.bytes().all(|b| matches!(b, b'M' | b'l' | b'z' | b' ' | b'-' | b'0'..=b'9'))
}

impl Atlas {
    pub fn shape(&self, iso: &str) -> Option<&Shape> {
        self.shapes.binary_search_by(|s| s.iso.as_str().cmp(iso)).ok().map(|i| &self.shapes[i])
    }

    /// The shapes of a map SVG written by [`picture`](crate::picture): the map's size (its group's
    /// `data-atlas="WIDTH HEIGHT"`), each `<path data-iso d>` and each `<circle data-iso>`, with
    /// their centres (`data-x`, `data-y`). Anything else in the file is
    /// ignored; a value that is not what the writer writes is an error, never drawn.
    pub fn read(svg: &str) -> Result<Atlas, String> {
        let size = attribute(svg, "data-atlas").ok_or("the file is not a map")?;
        let mut numbers = size.split(' ').map(|n| n.parse::<u32>());
        let (width, height) = match (numbers.next(), numbers.next(), numbers.next()) {
            (Some(Ok(w)), Some(Ok(h)), None) if w > 0 && h > 0 => (w, h),
            _ => return Err(format!("the map's size is not a size: “{size}”")),
        };
        let mut shapes: Vec<Shape> = Vec::new();
        for element in svg.split('<').filter(|e| e.contains(" data-iso=\"")) {
            let iso = attribute(element, "data-iso").unwrap_or_default();
            if !is_code(iso) {
                return Err(format!("the map has a shape with a bad code: “{iso}”"));
            }
            let at = match shapes.binary_search_by(|s| s.iso.as_str().cmp(iso)) {
                Ok(at) => at,
                Err(at) => {
                    shapes.insert(at, Shape { iso: iso.to_string(), ..Shape::default() });
                    at
                }
            };
            let number = |name| attribute(element, name).and_then(|v| v.parse::<i32>().ok());
            let centre = (number("data-x"), number("data-y"));
            let (Some(x), Some(y)) = centre else {
                return Err(format!("the map's shape of {iso} has no integer centre"));
            };
            shapes[at].centre = (x, y);
            if element.starts_with("path") {
                let d = attribute(element, "d").unwrap_or_default();
                if !is_outline(d) {
                    return Err(format!("the map's outline of {iso} is not integer path data"));
                }
                shapes[at].outline = d.to_string();
            } else if element.starts_with("circle") {
                shapes[at].marker = true;
            }
        }
        if shapes.is_empty() {
            return Err("the map has no countries".into());
        }
        Ok(Atlas { width, height, shapes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 700">
<title>A vote</title><g data-atlas="1000 500" transform="translate(0 112)">
<path data-iso="FR" data-x="12" data-y="21" class="g-yes" d="M10 20l5-2-3 7z"><title>France: Yes</title></path>
<path data-iso="MC" data-x="40" data-y="41" d="M40 40l1 0 0 1z"/>
<circle data-iso="MC" data-x="40" data-y="41" cx="40" cy="41" r="3"/>
<circle data-iso="AD" data-x="30" data-y="45" cx="30" cy="45" r="3"/>
<path data-iso="x-kosovo" data-x="1" data-y="1" d="M1 1l1 0 0 1z"/>
</g></svg>"##;

    #[test]
    fn reads_outlines_and_markers_by_code() {
        let atlas = Atlas::read(SMALL).expect("a map");
        assert_eq!((atlas.width, atlas.height), (1000, 500));
        assert_eq!(atlas.shapes.iter().map(|s| s.iso.as_str()).collect::<Vec<_>>(), ["AD", "FR", "MC", "x-kosovo"]);
        let mc = atlas.shape("MC").expect("Monaco");
        assert_eq!((mc.outline.as_str(), mc.centre, mc.marker), ("M40 40l1 0 0 1z", (40, 41), true));
        assert_eq!(atlas.shape("AD").map(|s| (s.outline.is_empty(), s.centre, s.marker)), Some((true, (30, 45), true)));
        assert_eq!(atlas.shape("FR").map(|s| (s.centre, s.marker)), Some(((12, 21), false)));
        assert!(atlas.shape("DE").is_none());
    }

    #[test]
    fn refuses_what_the_writer_never_writes() {
        assert!(Atlas::read("<svg></svg>").is_err());
        assert!(Atlas::read(&SMALL.replace("M10 20", "M10.5 20")).is_err());
        assert!(Atlas::read(&SMALL.replace("\"FR\"", "\"F&quot;R\"")).is_err());
        assert!(Atlas::read(&SMALL.replace("data-x=\"30\"", "data-x=\"a\"")).is_err());
        assert!(Atlas::read(r#"<svg viewBox="0 0 10 10"><g data-atlas="10 10"></g></svg>"#).is_err());
        assert!(Atlas::read(&SMALL.replace("1000 500", "1000 500 3")).is_err());
    }
}
