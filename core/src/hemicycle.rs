//! Parliament-chart geometry: seats on concentric half rings, and a waffle grid.
//!
//! Coordinates are SVG-like: x grows to the right, y grows downward. The box is
//! `0..width` × `0..height` with `width` = 2 and `height` = 1 + `seat_radius`; the hemicycle's
//! centre is at (1, 1), its flat side at the bottom, its outer edge a half circle of radius 1
//! and its hole a half circle of radius 0.35. Every seat circle lies inside the box, so the UI
//! can use `viewBox="0 0 {width} {height}"` and scale freely.
//!
//! Algorithm: with `k` rows the band between the hole and the edge is cut into `k` rings of
//! pitch `d`; a ring of radius `r` holds at most `1 + π / (2·asin(d / 2r))` seats spaced at
//! least `d` apart. The fewest rows whose total capacity covers the seats is used; seats are
//! shared between rows in proportion to their radius (largest remainder, capped by capacity),
//! spread evenly from 180° to 0° within each row, and finally all sorted by angle, left to
//! right. Consecutive runs of seats thus form wedges in left-to-right order.

use serde::Serialize;
use std::f64::consts::PI;

/// Width of the layout box.
pub const WIDTH: f64 = 2.0;
/// Radius of the hole, relative to the outer radius 1.
const INNER: f64 = 0.35;
/// Seat diameter relative to the row pitch (the rest is the gap between seats).
const FILL: f64 = 0.9;
/// Larger seat counts are drawn with this many seats.
pub const MAX_SEATS: usize = 100_000;

/// A laid-out hemicycle.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Layout {
    /// Number of rows (rings); 0 for an empty layout.
    pub rows: usize,
    /// Radius of every seat circle.
    pub seat_radius: f64,
    pub width: f64,
    pub height: f64,
    /// Seats from left to right (by angle, from 180° to 0°; inner rows first on ties).
    pub seats: Vec<Seat>,
}

/// One seat: the centre of its circle and its row (0 = innermost).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Seat {
    pub x: f64,
    pub y: f64,
    pub row: usize,
}

/// Row pitch and the radius of each row's seat centres, for `rows` rows.
fn rings(rows: usize) -> (f64, impl Iterator<Item = f64>) {
    let pitch = (1.0 - INNER) / rows as f64;
    (pitch, (0..rows).map(move |i| INNER + pitch * (i as f64 + 0.5)))
}

/// Most seats a half ring of radius `r` holds with centres at least `pitch` apart.
fn ring_capacity(r: f64, pitch: f64) -> usize {
    let step = 2.0 * (pitch / (2.0 * r)).min(1.0).asin();
    (PI / step).floor() as usize + 1
}

/// Total seats `rows` rows can hold.
pub fn capacity(rows: usize) -> usize {
    let (pitch, radii) = rings(rows);
    radii.map(|r| ring_capacity(r, pitch)).sum()
}

/// Lay out `seats` seats (at most [`MAX_SEATS`]); 0 seats give an empty layout.
pub fn layout(seats: usize) -> Layout {
    let n = seats.min(MAX_SEATS);
    if n == 0 {
        return Layout { width: WIDTH, height: 1.0, ..Layout::default() };
    }
    let mut rows = 1;
    while capacity(rows) < n {
        rows += 1;
    }
    let (pitch, radii) = rings(rows);
    let radii: Vec<f64> = radii.collect();
    let caps: Vec<usize> = radii.iter().map(|&r| ring_capacity(r, pitch)).collect();
    let total: f64 = radii.iter().sum();
    let quotas: Vec<f64> = radii.iter().map(|r| n as f64 * r / total).collect();
    let mut counts: Vec<usize> = quotas.iter().zip(&caps).map(|(q, &c)| (q.floor() as usize).min(c)).collect();
    let mut left = n - counts.iter().sum::<usize>();
    while left > 0 {
        // The open row with the largest remainder; outer rows win ties.
        let mut best = None;
        for i in 0..rows {
            let rest = quotas[i] - counts[i] as f64;
            if counts[i] < caps[i] && best.is_none_or(|(_, b)| rest >= b) {
                best = Some((i, rest));
            }
        }
        let Some((i, _)) = best else { break };
        counts[i] += 1;
        left -= 1;
    }
    // Each row's seats run from its left end (angle π) to its right (0). Merged by angle, left to
    // right across the rows (the inner row first where two meet): no sort, nor its code in the wasm.
    let angle = |count: usize, j: usize| if count == 1 { PI / 2.0 } else { PI * (1.0 - j as f64 / (count - 1) as f64) };
    let mut next = vec![0usize; counts.len()];
    let mut seats = Vec::with_capacity(n);
    loop {
        let mut best: Option<(usize, f64)> = None;
        for (row, &count) in counts.iter().enumerate().filter(|&(row, &count)| next[row] < count) {
            let a = angle(count, next[row]);
            if best.is_none_or(|(_, b)| a > b) {
                best = Some((row, a));
            }
        }
        let Some((row, a)) = best else { break };
        next[row] += 1;
        seats.push(Seat { x: 1.0 + radii[row] * cos(a), y: 1.0 - radii[row] * sin(a), row });
    }
    let seat_radius = pitch * FILL / 2.0;
    Layout { rows, seat_radius, width: WIDTH, height: 1.0 + seat_radius, seats }
}

/// Sine of an angle in [0, π] by its Taylor series about 0, after folding the angle into
/// [-π/2, π/2] (error below 1e-13). Written out so the wasm carries no libm range reduction
/// (about 7 KB), and the server and the browser compute the same seats bit for bit.
fn sin(angle: f64) -> f64 {
    let x = if angle > PI / 2.0 { PI - angle } else { angle };
    let x2 = x * x;
    // x − x³/3! + x⁵/5! − … − x¹⁹/19!, by Horner's rule from the last term.
    let mut sum = 1.0;
    for n in (1..=9).rev() {
        let k = (2 * n) as f64;
        sum = 1.0 - x2 / (k * (k + 1.0)) * sum;
    }
    x * sum
}

/// Cosine of an angle in [0, π]: the sine of its complement.
fn cos(angle: f64) -> f64 {
    let c = PI / 2.0 - angle;
    if c >= 0.0 {
        sin(c)
    } else {
        -sin(-c)
    }
}

/// A waffle grid for `seats` seats in at most `columns` columns (0 is read as 1): the
/// `(row, column)` of each seat, filled column by column, top to bottom, so consecutive
/// seats (a group) form a contiguous block read left to right. There are
/// `ceil(seats / columns)` rows; the last used column may be partly filled.
pub fn waffle(seats: usize, columns: usize) -> Vec<(usize, usize)> {
    let rows = seats.div_ceil(columns.max(1));
    (0..seats).map(|i| (i % rows, i / rows)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-9;

    #[test]
    fn sine_and_cosine_match_the_library() {
        for i in 0..=1000 {
            let a = PI * i as f64 / 1000.0;
            assert!((sin(a) - a.sin()).abs() < 1e-13, "sin {a}");
            assert!((cos(a) - a.cos()).abs() < 1e-13, "cos {a}");
        }
    }

    fn angle(s: &Seat) -> f64 {
        (1.0 - s.y).atan2(s.x - 1.0)
    }

    fn check_geometry(n: usize, l: &Layout) {
        assert_eq!(l.seats.len(), n);
        let r = l.seat_radius;
        for s in &l.seats {
            assert!(s.x.is_finite() && s.y.is_finite());
            assert!(s.x - r >= -EPS && s.x + r <= l.width + EPS, "{n}: x {}", s.x);
            assert!(s.y - r >= -EPS && s.y + r <= l.height + EPS, "{n}: y {}", s.y);
            assert!(s.row < l.rows);
        }
        for w in l.seats.windows(2) {
            assert!(angle(&w[0]) >= angle(&w[1]) - EPS, "{n}: not left to right");
        }
    }

    #[test]
    fn every_count_is_exact_and_inside_the_box() {
        for n in 1..=1000 {
            let l = layout(n);
            check_geometry(n, &l);
            assert!(l.rows >= 1 && capacity(l.rows) >= n);
            assert!(capacity(l.rows - 1) < n, "{n}: not the fewest rows");
            assert!(l.seat_radius > 0.0 && l.seat_radius.is_finite());
        }
    }

    #[test]
    fn seats_never_overlap() {
        let counts = (1..=250).chain([300, 389, 435, 500, 650, 751, 1000]);
        for n in counts {
            let l = layout(n);
            let min = 2.0 * l.seat_radius - EPS;
            for (i, a) in l.seats.iter().enumerate() {
                for b in &l.seats[i + 1..] {
                    let d = (a.x - b.x).hypot(a.y - b.y);
                    assert!(d >= min, "{n}: seats {d} apart, radius {}", l.seat_radius);
                }
            }
        }
    }

    #[test]
    fn rows_fill_in_proportion_to_their_length() {
        let l = layout(193);
        let mut per_row = vec![0usize; l.rows];
        for s in &l.seats {
            per_row[s.row] += 1;
        }
        assert!(per_row.windows(2).all(|w| w[0] <= w[1]), "{per_row:?}");
        assert_eq!(per_row.iter().sum::<usize>(), 193);
    }

    #[test]
    fn seats_go_left_to_right_across_the_rows() {
        for n in [1, 2, 15, 47, 193, 650] {
            let seats = layout(n).seats;
            for w in seats.windows(2) {
                let (a, b) = (angle(&w[0]), angle(&w[1]));
                // Read back from the coordinates, equal angles differ by rounding.
                let same = (a - b).abs() < 1e-9;
                assert!(same && w[0].row < w[1].row || !same && a > b, "{n} seats: {a} then {b}");
            }
        }
    }

    #[test]
    fn groups_are_left_to_right_wedges() {
        for (groups, n) in [(vec![116, 20, 53, 4], 193), (vec![11, 2, 2], 15)] {
            let l = layout(n);
            let mut centroids = Vec::new();
            let mut at = 0;
            for g in groups {
                let seats = &l.seats[at..at + g];
                at += g;
                centroids.push(seats.iter().map(|s| s.x).sum::<f64>() / g as f64);
            }
            assert!(centroids.windows(2).all(|w| w[0] < w[1]), "{centroids:?}");
        }
    }

    #[test]
    fn deterministic_and_empty() {
        assert_eq!(layout(193), layout(193));
        let empty = layout(0);
        assert!(empty.seats.is_empty());
        assert_eq!(empty.rows, 0);
        let one = layout(1);
        assert_eq!(one.rows, 1);
        assert!((one.seats[0].x - 1.0).abs() < EPS, "a lone seat is centred");
        assert_eq!(layout(usize::MAX).seats.len(), MAX_SEATS);
    }

    #[test]
    fn waffle_cells() {
        assert!(waffle(0, 10).is_empty());
        assert_eq!(waffle(5, 0), [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)]);
        assert_eq!(waffle(5, 2), [(0, 0), (1, 0), (2, 0), (0, 1), (1, 1)]);
        for n in 0..=300 {
            for cols in [1, 2, 7, 20, 25, 400] {
                let cells = waffle(n, cols);
                assert_eq!(cells.len(), n);
                let rows = n.div_ceil(cols);
                let mut seen = std::collections::BTreeSet::new();
                for (i, &(r, c)) in cells.iter().enumerate() {
                    assert!(r < rows && c < cols && seen.insert((r, c)));
                    assert_eq!(c * rows + r, i, "column-major order");
                }
            }
        }
    }
}

/// A single arc of `seats` seats, e.g. a council's horseshoe table, in the same box convention
/// as [`layout`]: evenly spread from 180° to 0° at radius 0.8, seats as large as fit (≤ 0.12).
pub fn arc(seats: usize) -> Layout {
    let n = seats.min(MAX_SEATS);
    if n == 0 {
        return Layout::default();
    }
    let radius = 0.8;
    let step = if n > 1 { PI / (n - 1) as f64 } else { 0.0 };
    // Neighbouring centres are 2·r·sin(step/2) apart; leave a tenth of that as a gap.
    let seat_radius = if n > 1 { (radius * sin(step / 2.0) * 0.9).min(0.12) } else { 0.12 };
    let seats = (0..n)
        .map(|i| {
            let angle = if n > 1 { PI - step * i as f64 } else { PI / 2.0 };
            Seat { x: 1.0 + radius * cos(angle), y: 1.0 - radius * sin(angle), row: 0 }
        })
        .collect();
    Layout { rows: 1, seat_radius, width: WIDTH, height: 1.0 + seat_radius, seats }
}

#[cfg(test)]
mod arc_tests {
    use super::*;

    #[test]
    fn an_arc_holds_every_seat_without_overlap_left_to_right() {
        for n in 1..=60 {
            let l = arc(n);
            assert_eq!(l.seats.len(), n);
            for w in l.seats.windows(2) {
                let d = ((w[0].x - w[1].x).powi(2) + (w[0].y - w[1].y).powi(2)).sqrt();
                assert!(d >= 2.0 * l.seat_radius - 1e-9, "n={n}: seats overlap");
                assert!(w[0].x < w[1].x + 1e-9, "n={n}: left to right");
            }
            assert!(l.seats.iter().all(|s| s.x - l.seat_radius >= -1e-9 && s.x + l.seat_radius <= l.width + 1e-9));
            assert!(l.seats.iter().all(|s| s.y - l.seat_radius >= -1e-9 && s.y + l.seat_radius <= l.height + 1e-9));
        }
        assert!(arc(0).seats.is_empty());
    }
}
