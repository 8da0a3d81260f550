//! The world map's geometry, made at build time (native only): Natural Earth's 1:110m countries
//! (npm `world-atlas`, TopoJSON) decoded, projected with the Equal Earth projection and written as
//! integer SVG path data keyed by ISO 3166-1 alpha-2 code. States too small to draw at this scale
//! (Andorra, Monaco, the island states) get a marker, placed from the 1:50m file.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::Value;

use crate::atlas::{Atlas, Shape};

/// The drawing's width in map units; the height follows from the projection.
pub const WIDTH: f64 = 1000.0;
/// Below this projected area (square map units) a country also gets a marker, so it can be found.
pub const SMALL_AREA: f64 = 14.0;
/// Not drawn: its shape would take a fifth of the map and it has no seat.
const ANTARCTICA: &str = "010";
/// States that neither world-atlas file draws, placed by hand: (alpha-2, longitude, latitude).
const PLACED: &[(&str, f64, f64)] = &[("TV", 179.2, -8.5)];

/// Equal Earth (Šavrič, Patterson and Jenny, 2018), longitude and latitude in degrees, to plane
/// coordinates with y growing northwards.
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let theta = (m * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

/// The ISO numeric → alpha-2 table (`data/geo/iso3166-numeric.tsv`).
pub fn numeric_codes(tsv: &str) -> HashMap<String, String> {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?.to_string(), cols.next()?.to_string()))
        })
        .collect()
}

/// A TopoJSON topology's arcs, decoded to longitude/latitude.
struct Topology {
    arcs: Vec<Vec<(f64, f64)>>,
}

impl Topology {
    fn read(topo: &Value) -> Result<Self, String> {
        let transform = &topo["transform"];
        let num = |v: &Value| v.as_f64().ok_or("a number was expected in the transform");
        let (sx, sy) = (num(&transform["scale"][0])?, num(&transform["scale"][1])?);
        let (tx, ty) = (num(&transform["translate"][0])?, num(&transform["translate"][1])?);
        let arcs = topo["arcs"].as_array().ok_or("the topology has no arcs")?;
        let arcs = arcs
            .iter()
            .map(|arc| {
                let (mut x, mut y) = (0i64, 0i64);
                arc.as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| {
                        x += p[0].as_i64().unwrap_or(0);
                        y += p[1].as_i64().unwrap_or(0);
                        (x as f64 * sx + tx, y as f64 * sy + ty)
                    })
                    .collect()
            })
            .collect();
        Ok(Topology { arcs })
    }

    /// A ring from its arc indexes (a negative index `!i` is arc `i` reversed).
    fn ring(&self, indexes: &Value) -> Vec<(f64, f64)> {
        let mut ring: Vec<(f64, f64)> = Vec::new();
        for index in indexes.as_array().into_iter().flatten().filter_map(Value::as_i64) {
            let (arc, reversed) = if index < 0 { (!index, true) } else { (index, false) };
            let Some(points) = self.arcs.get(arc as usize) else { continue };
            let skip = usize::from(!ring.is_empty());
            if reversed {
                ring.extend(points.iter().rev().skip(skip));
            } else {
                ring.extend(points.iter().skip(skip));
            }
        }
        ring
    }

    /// A geometry's polygons, each a list of rings (the first the outer one), split at the date
    /// line where they cross it.
    fn polygons(&self, geometry: &Value) -> Vec<Vec<Vec<(f64, f64)>>> {
        let arcs = &geometry["arcs"];
        let polygon =
            |p: &Value| p.as_array().into_iter().flatten().flat_map(|r| split_at_date_line(&self.ring(r))).collect();
        match geometry["type"].as_str() {
            Some("Polygon") => vec![polygon(arcs)],
            Some("MultiPolygon") => arcs.as_array().into_iter().flatten().map(polygon).collect(),
            _ => Vec::new(),
        }
    }
}

/// Plane coordinates → map units: scaled to [`WIDTH`], y downwards, offset by the drawing's top.
#[derive(Clone, Copy)]
struct Frame {
    scale: f64,
    left: f64,
    top: f64,
}

impl Frame {
    fn place(self, lon: f64, lat: f64) -> (i32, i32) {
        let (x, y) = equal_earth(lon, lat);
        (((x - self.left) * self.scale).round() as i32, ((self.top - y) * self.scale).round() as i32)
    }
}

/// A ring's signed area (shoelace) and centroid, in map units.
fn area_and_centre(ring: &[(i32, i32)]) -> (f64, (f64, f64)) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for (i, &(x0, y0)) in ring.iter().enumerate() {
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let cross = f64::from(x0) * f64::from(y1) - f64::from(x1) * f64::from(y0);
        a += cross;
        cx += f64::from(x0 + x1) * cross;
        cy += f64::from(y0 + y1) * cross;
    }
    if a.abs() < f64::EPSILON {
        let n = ring.len().max(1) as f64;
        let (sx, sy) = ring.iter().fold((0.0, 0.0), |(sx, sy), &(x, y)| (sx + f64::from(x), sy + f64::from(y)));
        return (0.0, (sx / n, sy / n));
    }
    (a / 2.0, (cx / (3.0 * a), cy / (3.0 * a)))
}

/// A ring that crosses the date line (a step of more than 180° of longitude) as the parts on
/// each side of it: its longitudes unwrapped, then clipped to each side and shifted back.
fn split_at_date_line(ring: &[(f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    if !ring.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 180.0) {
        return vec![ring.to_vec()];
    }
    let mut unwrapped: Vec<(f64, f64)> = Vec::with_capacity(ring.len());
    for &(lon, lat) in ring {
        let lon = match unwrapped.last() {
            Some(&(prev, _)) => lon + 360.0 * ((prev - lon) / 360.0).round(),
            None => lon,
        };
        unwrapped.push((lon, lat));
    }
    // Which date line it crosses: +180 when it runs east of it, -180 when west.
    let (min, max) = unwrapped.iter().fold((f64::MAX, f64::MIN), |(a, b), &(x, _)| (a.min(x), b.max(x)));
    let line = if max > 180.0 {
        180.0
    } else if min < -180.0 {
        -180.0
    } else {
        return vec![ring.to_vec()];
    };
    let inside = clip(&unwrapped, line, line > 0.0);
    let outside: Vec<(f64, f64)> =
        clip(&unwrapped, line, line < 0.0).into_iter().map(|(x, y)| (x - 2.0 * line, y)).collect();
    [inside, outside].into_iter().filter(|r| r.len() >= 3).collect()
}

/// Sutherland–Hodgman: the part of a ring west (`keep_west`) or east of the meridian `line`.
fn clip(ring: &[(f64, f64)], line: f64, keep_west: bool) -> Vec<(f64, f64)> {
    let keeps = |x: f64| if keep_west { x <= line } else { x >= line };
    let mut out = Vec::with_capacity(ring.len());
    for (i, &b) in ring.iter().enumerate() {
        let a = ring[(i + ring.len() - 1) % ring.len()];
        let cross = || {
            let t = (line - a.0) / (b.0 - a.0);
            (line, a.1 + t * (b.1 - a.1))
        };
        match (keeps(a.0), keeps(b.0)) {
            (true, true) => out.push(b),
            (true, false) => out.push(cross()),
            (false, true) => {
                out.push(cross());
                out.push(b);
            }
            (false, false) => {}
        }
    }
    out
}

/// A projected ring without repeated points; `None` when it collapses at this scale.
fn integer_ring(ring: &[(f64, f64)], frame: Frame) -> Option<Vec<(i32, i32)>> {
    let mut out: Vec<(i32, i32)> = Vec::with_capacity(ring.len());
    for &(lon, lat) in ring {
        let p = frame.place(lon, lat);
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    (out.len() >= 3).then_some(out)
}

/// SVG path data for integer rings: an absolute move, then relative lines, each ring closed.
pub fn path_data(rings: &[Vec<(i32, i32)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        let Some(&(x0, y0)) = ring.first() else { continue };
        d.push_str(&format!("M{x0} {y0}l"));
        let mut prev = (x0, y0);
        for (i, &(x, y)) in ring.iter().enumerate().skip(1) {
            let (dx, dy) = (x - prev.0, y - prev.1);
            if i > 1 && dx >= 0 {
                d.push(' ');
            }
            d.push_str(&format!("{dx}"));
            if dy >= 0 {
                d.push(' ');
            }
            d.push_str(&format!("{dy}"));
            prev = (x, y);
        }
        d.push('z');
    }
    d
}

/// The map: every country of the 1:110m file but Antarctica, with markers for the small states
/// and for those only the 1:50m file (or [`PLACED`]) has.
pub fn build(
    countries_110m: &Value,
    countries_50m: &Value,
    numeric: &HashMap<String, String>,
    members: &HashSet<String>,
) -> Result<Atlas, String> {
    let fine = Topology::read(countries_110m)?;
    let geometries = countries_110m["objects"]["countries"]["geometries"].as_array().ok_or("no countries object")?;
    // The frame: the projection's whole width (so the markers of island states near the date
    // line fit too), and the height of what is drawn.
    let (left, right) = (equal_earth(-180.0, 0.0).0, equal_earth(180.0, 0.0).0);
    let (mut top, mut bottom) = (f64::MIN, f64::MAX);
    let drawn: Vec<&Value> = geometries.iter().filter(|g| g["id"].as_str() != Some(ANTARCTICA)).collect();
    for geometry in &drawn {
        for ring in fine.polygons(geometry).iter().flatten() {
            for &(lon, lat) in ring {
                let y = equal_earth(lon, lat).1;
                (top, bottom) = (top.max(y), bottom.min(y));
            }
        }
    }
    if top <= bottom {
        return Err("the topology draws nothing".into());
    }
    let frame = Frame { scale: WIDTH / (right - left), left, top };
    let height = ((top - bottom) * frame.scale).ceil() as u32;

    let mut shapes: Vec<Shape> = Vec::new();
    for geometry in drawn {
        let name = geometry["properties"]["name"].as_str().unwrap_or("");
        let iso = match geometry["id"].as_str().and_then(|id| numeric.get(id)) {
            Some(code) => code.clone(),
            // Kosovo, Northern Cyprus, Somaliland: no ISO code, and no seat.
            None => format!("x-{}", name.to_ascii_lowercase().replace(|c: char| !c.is_ascii_alphanumeric(), "")),
        };
        let rings: Vec<Vec<(i32, i32)>> =
            fine.polygons(geometry).iter().flatten().filter_map(|r| integer_ring(r, frame)).collect();
        let (_, centre) = rings
            .iter()
            .map(|r| area_and_centre(r))
            .max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()))
            .unwrap_or((0.0, (0.0, 0.0)));
        let total: f64 = rings.iter().map(|r| area_and_centre(r).0.abs()).sum();
        let centre = (centre.0.round() as i32, centre.1.round() as i32);
        shapes.push(Shape { iso, outline: path_data(&rings), centre, marker: total < SMALL_AREA });
    }
    // States the 1:110m file leaves out: a marker at their largest 1:50m polygon.
    let coarse = Topology::read(countries_50m)?;
    for geometry in countries_50m["objects"]["countries"]["geometries"].as_array().into_iter().flatten() {
        let Some(iso) = geometry["id"].as_str().and_then(|id| numeric.get(id)) else { continue };
        // Only states that have held a seat: territories would be dots that mean nothing here.
        if !members.contains(iso) || shapes.iter().any(|s| &s.iso == iso) {
            continue;
        }
        let best = coarse
            .polygons(geometry)
            .iter()
            .filter_map(|p| {
                p.first()
                    .and_then(|r| integer_ring(r, frame).or_else(|| r.first().map(|&(x, y)| vec![frame.place(x, y)])))
            })
            .map(|r| area_and_centre(&r))
            .max_by(|a, b| a.0.abs().total_cmp(&b.0.abs()));
        if let Some((_, (x, y))) = best {
            let centre = (x.round() as i32, y.round() as i32);
            shapes.push(Shape { iso: iso.clone(), outline: String::new(), centre, marker: true });
        }
    }
    for &(iso, lon, lat) in PLACED {
        if !shapes.iter().any(|s| s.iso == iso) {
            shapes.push(Shape {
                iso: iso.to_string(),
                outline: String::new(),
                centre: frame.place(lon, lat),
                marker: true,
            });
        }
    }
    shapes.sort_by(|a, b| a.iso.cmp(&b.iso));
    Ok(Atlas { width: WIDTH as u32, height, shapes })
}

/// The map from the world-atlas package in `node_modules` and the project's code table.
pub fn from_project(root: &Path) -> Result<Atlas, String> {
    let read = |path: &Path| -> Result<Value, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let atlas = root.join("node_modules/world-atlas");
    let text = |path: &str| std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"));
    let codes = numeric_codes(&text("data/geo/iso3166-numeric.tsv")?);
    // Every state the General Assembly record has (data/unvotes/countries.tsv: index, code, name).
    let members = text("data/unvotes/countries.tsv")?
        .lines()
        .filter_map(|l| l.split('\t').nth(1).filter(|c| !c.is_empty()).map(str::to_string))
        .collect();
    build(&read(&atlas.join("countries-110m.json"))?, &read(&atlas.join("countries-50m.json"))?, &codes, &members)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_earth_keeps_the_equator_and_meridian_and_is_symmetric() {
        let (x, y) = equal_earth(0.0, 0.0);
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        let (xe, _) = equal_earth(180.0, 0.0);
        // The projection's published half-width at the equator.
        assert!((xe - 2.7066).abs() < 1e-3, "{xe}");
        let (xa, ya) = equal_earth(-40.0, 30.0);
        let (xb, yb) = equal_earth(40.0, -30.0);
        assert!((xa + xb).abs() < 1e-12 && (ya + yb).abs() < 1e-12);
        assert!(equal_earth(0.0, 90.0).1 > equal_earth(0.0, 60.0).1);
    }

    #[test]
    fn path_data_is_integers_with_relative_steps() {
        let d = path_data(&[vec![(10, 20), (15, 18), (12, 25)], vec![(0, 0), (1, 0), (1, 1)]]);
        assert_eq!(d, "M10 20l5-2-3 7zM0 0l1 0 0 1z");
    }

    #[test]
    fn a_ring_across_the_date_line_is_cut_into_one_part_each_side() {
        let ring = [(170.0, 10.0), (-170.0, 10.0), (-170.0, 0.0), (170.0, 0.0)];
        let parts = split_at_date_line(&ring);
        assert_eq!(parts.len(), 2);
        for part in &parts {
            let (min, max) = part.iter().fold((f64::MAX, f64::MIN), |(a, b), &(x, _)| (a.min(x), b.max(x)));
            assert!(max - min <= 10.0 + 1e-9, "{part:?}");
            assert!((-180.0..=180.0).contains(&min) && (-180.0..=180.0).contains(&max));
        }
        assert_eq!(split_at_date_line(&[(1.0, 1.0), (2.0, 1.0), (2.0, 2.0)]).len(), 1);
    }

    #[test]
    fn rings_that_collapse_are_dropped() {
        let frame = Frame { scale: 1.0, left: 0.0, top: 0.0 };
        assert!(integer_ring(&[(0.0, 0.0), (0.1, 0.1), (0.0, 0.1)], frame).is_none());
    }

    #[test]
    fn the_project_map_draws_or_marks_every_member_of_2014() {
        let atlas = from_project(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("world-atlas in node_modules");
        let story = crate::library::story(include_str!("../seeds/000_fa9ca6f986d2676d.txt"));
        let division = story.main().expect("a vote");
        assert_eq!(division.seats.len(), 193);
        for seat in &division.seats {
            let iso = seat.iso2.as_deref().expect("a joined seat has a code");
            let shape = atlas.shape(iso).unwrap_or_else(|| panic!("{iso} is not on the map"));
            assert!(!shape.outline.is_empty() || shape.marker, "{iso}");
        }
        for iso in ["AD", "MC", "TV", "NR", "SG", "LI"] {
            assert!(atlas.shape(iso).is_some_and(|s| s.marker), "{iso} has a marker");
        }
        assert!(atlas.shape("FR").is_some_and(|s| !s.marker && !s.outline.is_empty()));
        // Every coordinate is an integer, and all of it lies on the drawing.
        for shape in &atlas.shapes {
            assert!(!shape.outline.contains('.'), "{}", shape.iso);
            let (x, y) = shape.centre;
            assert!(
                (0..=atlas.width as i32).contains(&x) && (0..=atlas.height as i32).contains(&y),
                "{} at {x},{y}",
                shape.iso
            );
        }
        assert!((400..560).contains(&atlas.height), "{}", atlas.height);
    }
}
