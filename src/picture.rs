//! A vote's chart as a standalone SVG picture: the heading, the counts, the drawing (seats, grid or
//! world map) in the shapes and colours the page uses, a legend and the source. Written at build
//! time (native only), in each form and theme, beside the page: the map view reads its shapes
//! from the map file, and "Save chart" hands the reader the file of the form and theme on screen
//! (as SVG, or drawn onto a canvas as PNG). So the wasm carries none of this writer.

use article_core::story::{Division, Group};

use crate::address::{ChartView, Theme};
use crate::atlas::{chart_file, has_map, Atlas, Mark, FILLS};
use crate::geometry::{coord, spots};

/// The colours a picture is drawn in: the page's theme, read from its CSS variables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Palette {
    pub bg: String,
    pub fg: String,
    pub muted: String,
    pub rule: String,
    pub panel: String,
    pub yes: String,
    pub no: String,
    pub abstain: String,
    pub absent: String,
    pub unknown: String,
}

impl Palette {
    /// The light theme's colours (static/viewer.css), for files written at build time.
    pub fn light() -> Palette {
        let s = |v: &str| v.to_string();
        Palette {
            bg: s("#ffffff"),
            fg: s("#1a1a1a"),
            muted: s("#555b61"),
            rule: s("#d9dcdf"),
            panel: s("#f6f7f8"),
            yes: s("#0072b2"),
            no: s("#c44e00"),
            abstain: s("#9c6a00"),
            absent: s("#7a8085"),
            unknown: s("#a5abb0"),
        }
    }

    /// The dark theme's colours (static/viewer.css).
    pub fn dark() -> Palette {
        let s = |v: &str| v.to_string();
        Palette {
            bg: s("#121417"),
            fg: s("#e8e6e3"),
            muted: s("#a9b0b7"),
            rule: s("#33383d"),
            panel: s("#1b1f23"),
            yes: s("#56b4e9"),
            no: s("#f0824a"),
            abstain: s("#e6c35c"),
            absent: s("#9aa0a6"),
            unknown: s("#5f666c"),
        }
    }
}

/// Text made safe for HTML or SVG markup and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The picture's width; the height follows from the drawing.
pub const WIDTH: u32 = 1000;
const MARGIN: u32 = 32;
/// Where the drawing starts, below the heading and the counts.
const TOP: u32 = 112;

/// The fill of a map shape (or seat) in a group: a pattern, so colour is never the only cue.
fn pattern_id(division: &Division, group: Option<Group>) -> String {
    format!("{}-{}", division.id, group.map_or("none", Group::key))
}

/// The map's patterns ([`FILLS`], as the page's map draws them), coloured by `palette` for a
/// standalone file.
pub fn map_patterns(division: &Division, palette: &Palette) -> String {
    let colour = |class: &str| match class {
        "pat-yes" => &palette.yes,
        "pat-no" => &palette.no,
        "pat-abstain" => &palette.abstain,
        "pat-absent" => &palette.absent,
        "pat-gap" => &palette.bg,
        _ => &palette.rule,
    };
    let fill = |class: &str| format!(r#"class="{class}" fill="{}""#, escape(colour(class)));
    FILLS
        .iter()
        .map(|f| {
            let mark = match f.mark {
                Some((class, Mark::Stripe(width))) => format!(r#"<rect width="{width}" height="{}" {}/>"#, f.size, fill(class)),
                Some((class, Mark::Dot)) => {
                    let half = coord(f64::from(f.size) / 2.0);
                    format!(r#"<circle cx="{half}" cy="{half}" r="1.6" {}/>"#, fill(class))
                }
                None => String::new(),
            };
            let turn = if f.turn.is_empty() { String::new() } else { format!(r#" patternTransform="{}""#, f.turn) };
            format!(
                r#"<pattern id="{}" width="{s}" height="{s}" patternUnits="userSpaceOnUse"{turn}><rect width="{s}" height="{s}" {}/>{mark}</pattern>"#,
                pattern_id(division, f.group),
                fill(f.base),
                s = f.size
            )
        })
        .collect()
}

/// A seat or marker in its group's shape (as the hemicycle draws it), as SVG markup.
pub fn mark(group: Option<Group>, x: f64, y: f64, r: f64, colour: &dyn Fn(Option<Group>) -> String) -> String {
    let c = colour(group);
    match group {
        Some(Group::Yes) => format!(r#"<circle cx="{}" cy="{}" r="{}" fill="{c}"/>"#, coord(x), coord(y), coord(r)),
        Some(Group::No) => {
            let side = r * 1.7;
            format!(
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{c}"/>"#,
                coord(x - side / 2.0),
                coord(y - side / 2.0),
                coord(side),
                coord(side)
            )
        }
        Some(Group::Abstain) => format!(
            r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{c}" stroke-width="{}"/>"#,
            coord(x),
            coord(y),
            coord(r * 0.72),
            coord(r * 0.5)
        ),
        Some(Group::Absent) => {
            format!(r#"<circle cx="{}" cy="{}" r="{}" fill="{c}"/>"#, coord(x), coord(y), coord(r * 0.45))
        }
        Some(Group::Unknown) | None => format!(
            r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{c}" stroke-width="{}" stroke-dasharray="1.5 1"/>"#,
            coord(x),
            coord(y),
            coord(r * 0.75),
            coord(r * 0.3)
        ),
    }
}

fn colour_of(palette: &Palette) -> impl Fn(Option<Group>) -> String + '_ {
    move |group| {
        escape(match group {
            Some(Group::Yes) => &palette.yes,
            Some(Group::No) => &palette.no,
            Some(Group::Abstain) => &palette.abstain,
            Some(Group::Absent) => &palette.absent,
            Some(Group::Unknown) | None => &palette.unknown,
        })
    }
}

/// The world map of a vote: every shape filled by its member's vote, small states marked, each
/// with its code, centre and (for members) a `<title>` naming the country and its vote.
fn map_drawing(division: &Division, atlas: &Atlas, palette: &Palette) -> (String, u32) {
    let colour = colour_of(palette);
    // The patterns outside the stroked group: a pattern's content inherits from where it is defined.
    let mut out = format!(
        r#"<defs>{}</defs><g data-atlas="{} {}" transform="translate(0 {TOP})" stroke="{}" stroke-width="0.5" stroke-linejoin="round">"#,
        map_patterns(division, palette),
        atlas.width,
        atlas.height,
        escape(&palette.bg)
    );
    let vote = |iso: &str| division.seat_of(iso).map(|i| &division.seats[i]);
    for shape in atlas.shapes.iter().filter(|s| !s.outline.is_empty()) {
        let seat = vote(&shape.iso);
        let (x, y) = shape.centre;
        let title =
            seat.and_then(|s| s.name.as_ref().map(|n| format!("<title>{}: {}</title>", escape(n), s.group.label())));
        out.push_str(&format!(
            "\n<path data-iso=\"{}\" data-x=\"{x}\" data-y=\"{y}\" fill=\"url(#{})\" d=\"{}\">{}</path>",
            shape.iso,
            pattern_id(division, seat.map(|s| s.group)),
            shape.outline,
            title.unwrap_or_default()
        ));
    }
    for shape in atlas.shapes.iter().filter(|s| s.marker) {
        let seat = vote(&shape.iso);
        let (x, y) = shape.centre;
        let group = seat.map(|s| s.group);
        // A state drawn only as a marker is named on it; one with an outline, on the outline.
        let title = seat
            .filter(|_| shape.outline.is_empty())
            .and_then(|s| s.name.as_ref().map(|n| format!("<title>{}: {}</title>", escape(n), s.group.label())));
        out.push_str(&format!(
            // The mark, then an invisible hit area over it that carries the code and the name.
            "\n{}<circle data-iso=\"{}\" data-x=\"{x}\" data-y=\"{y}\" cx=\"{x}\" cy=\"{y}\" r=\"7\" fill=\"{}\" fill-opacity=\"0\" stroke=\"none\">{}</circle>",
            mark(group, f64::from(x), f64::from(y), 3.2, &colour),
            shape.iso,
            escape(&palette.bg),
            title.unwrap_or_default()
        ));
    }
    out.push_str("\n</g>");
    (out, atlas.height)
}

/// The seats (hemicycle or grid), scaled to the picture's width.
fn seat_drawing(division: &Division, view: ChartView, palette: &Palette) -> (String, u32) {
    let (spots, width, height) = spots(view, division.seats.len());
    let scale = f64::from(WIDTH - 2 * MARGIN) / width;
    let colour = colour_of(palette);
    let mut out = format!(r#"<g transform="translate({MARGIN} {TOP}) scale({})">"#, coord(scale));
    for (seat, spot) in division.seats.iter().zip(&spots) {
        out.push_str(&mark(Some(seat.group), spot.x, spot.y, spot.r, &colour));
    }
    out.push_str("</g>");
    (out, (height * scale).ceil() as u32)
}

/// The whole picture: heading, counts, the drawing in `view`, a legend line and the source.
pub fn chart_svg(division: &Division, view: ChartView, atlas: Option<&Atlas>, palette: &Palette) -> String {
    let (drawing, height) = match (view, atlas) {
        (ChartView::Map, Some(atlas)) => map_drawing(division, atlas, palette),
        (ChartView::Map, None) => seat_drawing(division, ChartView::Seats, palette),
        _ => seat_drawing(division, view, palette),
    };
    let mut legend: Vec<String> =
        division.groups.iter().map(|g| format!("{} {}", division.group_label(g.group), g.count)).collect();
    if view == ChartView::Map && atlas.is_some() {
        legend.push("Grey: not a member then, or no record".into());
    }
    let mut source = match &division.record {
        Some(record) => format!("{} · {} · Per-member votes: {}.", record.symbol, record.date, record.citation),
        None => "Counts from the article.".to_string(),
    };
    if view == ChartView::Map && atlas.is_some() {
        source.push_str(" Map: Natural Earth (public domain) via world-atlas, Equal Earth projection.");
    }
    let legend_y = TOP + height + 36;
    let source = wrap_chars(&source, ((WIDTH - 2 * MARGIN) / 7) as usize);
    let total = legend_y + 30 + 18 * source.len() as u32;
    let text = |y: u32, size: u32, weight: &str, fill: &str, body: &str| {
        format!(
            r#"<text x="{MARGIN}" y="{y}" font-family="system-ui, sans-serif" font-size="{size}" font-weight="{weight}" fill="{}">{}</text>"#,
            escape(fill),
            escape(body)
        )
    };
    [
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {total}" width="{WIDTH}" height="{total}">"#
        ),
        format!("<title>{}</title>", escape(&division.heading)),
        format!(r#"<rect width="{WIDTH}" height="{total}" fill="{}"/>"#, escape(&palette.bg)),
        text(48, 26, "700", &palette.fg, &division.heading),
        text(82, 18, "400", &palette.fg, &division.summary()),
        drawing,
        text(legend_y, 15, "400", &palette.fg, &legend.join("  ·  ")),
        source
            .iter()
            .enumerate()
            .map(|(i, line)| text(legend_y + 26 + 18 * i as u32, 13, "400", &palette.muted, line))
            .collect(),
        "\n</svg>\n".to_string(),
    ]
    .concat()
}

/// Lines of at most `max` characters, broken at spaces (a longer word stands alone).
pub fn wrap_chars(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Every picture of a vote the build writes beside its page: (file name, SVG). Each chart form
/// (the map only for a vote [`has_map`]) in the light and the dark theme.
pub fn chart_files(division: &Division, atlas: Option<&Atlas>) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for &view in ChartView::ALL.iter() {
        if view == ChartView::Map && !(has_map(division) && atlas.is_some()) {
            continue;
        }
        for (theme, palette) in [(Theme::Light, Palette::light()), (Theme::Dark, Palette::dark())] {
            files.push((chart_file(division, view, theme), chart_svg(division, view, atlas, &palette)));
        }
    }
    files
}
