//! Where the seats of a chart go and how their coordinates are written: pure, tested natively,
//! and the same on the server and in the browser.

use article_core::hemicycle::{self, Layout};
use article_core::story::Group;

use crate::address::ChartView;

/// viewBox units per layout unit.
pub const SCALE: f64 = 100.0;
/// Waffle columns.
pub const COLUMNS: usize = 20;

/// A seat's centre and size in viewBox units.
#[derive(Clone, Copy, PartialEq)]
pub struct Spot {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// Every seat's spot for a chart form, and the drawing's width and height.
pub fn spots(view: ChartView, seats: usize) -> (Vec<Spot>, f64, f64) {
    match view {
        // A map is drawn from its atlas; where seats are asked of it, they are the hemicycle's.
        ChartView::Seats | ChartView::Map => {
            let Layout { seat_radius, width, height, seats, .. } = hemicycle::layout(seats);
            let spots = seats.iter().map(|s| Spot { x: s.x * SCALE, y: s.y * SCALE, r: seat_radius * SCALE }).collect();
            (spots, width * SCALE, height * SCALE)
        }
        ChartView::Waffle => {
            let cells = hemicycle::waffle(seats, COLUMNS);
            let cell = 2.0 * SCALE / COLUMNS as f64;
            let rows = cells.iter().map(|&(r, _)| r + 1).max().unwrap_or(0);
            let spots = cells
                .iter()
                .map(|&(row, col)| Spot { x: (col as f64 + 0.5) * cell, y: (row as f64 + 0.5) * cell, r: cell * 0.42 })
                .collect();
            (spots, 2.0 * SCALE, rows as f64 * cell)
        }
    }
}

/// An SVG coordinate with two decimals: enough for the eye, identical on the server and in the
/// browser, and written with integer arithmetic so the wasm carries no float formatting.
pub fn coord(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// The first seat of the next group (forward) or of the current/previous group (backward).
pub fn group_start(groups: &[Group], i: usize, forward: bool) -> usize {
    let Some(&here) = groups.get(i) else { return 0 };
    if forward {
        groups[i..].iter().position(|g| *g != here).map_or(i, |k| i + k)
    } else {
        let start = groups[..i].iter().rposition(|g| *g != here).map_or(0, |k| k + 1);
        if start < i || i == 0 {
            start
        } else {
            group_start(groups, i.saturating_sub(1), false)
        }
    }
}

/// The map's members, `(seat, centre)`, put west to east (then north to south, then by seat): the
/// keyboard's order. An insertion sort: the map file lists its shapes in about this order
/// already, so it costs little, and the wasm carries no general sort for it.
pub fn west_to_east(members: &mut [(usize, (i32, i32))]) {
    let key = |&(i, (x, y)): &(usize, (i32, i32))| (x, y, i);
    for k in 1..members.len() {
        let mut j = k;
        while j > 0 && key(&members[j - 1]) > key(&members[j]) {
            members.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_have_two_decimals() {
        assert_eq!(coord(0.0), "0.00");
        assert_eq!(coord(12.345), "12.35");
        assert_eq!(coord(-0.5), "-0.50");
        assert_eq!(coord(199.999), "200.00");
        assert_eq!(coord(12.345), format!("{:.2}", 12.345_f64 + 1e-9));
    }

    #[test]
    fn page_keys_jump_between_groups() {
        use Group::*;
        let g = [Yes, Yes, Yes, No, No, Abstain];
        assert_eq!(group_start(&g, 0, true), 3);
        assert_eq!(group_start(&g, 3, true), 5);
        assert_eq!(group_start(&g, 5, true), 5, "the last group stays");
        assert_eq!(group_start(&g, 4, false), 3, "back to the start of the group");
        assert_eq!(group_start(&g, 3, false), 0, "then to the previous group");
        assert_eq!(group_start(&g, 0, false), 0);
        assert_eq!(group_start(&[], 0, true), 0);
    }

    #[test]
    fn every_view_places_every_seat_inside_the_box() {
        for view in [ChartView::Seats, ChartView::Waffle] {
            for count in [1, 15, 193, 500] {
                let (spots, w, h) = spots(view, count);
                assert_eq!(spots.len(), count);
                assert!(spots.iter().all(|s| s.x - s.r >= -0.01
                    && s.x + s.r <= w + 0.01
                    && s.y - s.r >= -0.01
                    && s.y + s.r <= h + 0.01));
            }
        }
    }

    #[test]
    fn members_west_to_east() {
        let mut members = vec![(4, (30, 5)), (0, (-120, 40)), (2, (30, -10)), (1, (30, 5)), (3, (-120, 40))];
        west_to_east(&mut members);
        assert_eq!(members.iter().map(|m| m.0).collect::<Vec<_>>(), [0, 3, 2, 1, 4]);
        west_to_east(&mut []);
    }
}
