use std::rc::Rc;

use article_core::hemicycle::{self, Layout};
use article_core::story::{Assembly, Group, SeatVote};
use yew::prelude::*;

use super::app::Viewer;
use crate::address::ChartView;
use crate::browser;
use crate::state::{Action, Pointer};

/// viewBox units per layout unit.
const SCALE: f64 = 100.0;
/// Waffle columns.
const COLUMNS: usize = 20;

#[derive(Properties, PartialEq, Clone)]
pub struct SeatMapProps {
    pub assembly: Rc<Assembly>,
}

/// A seat's centre and size in viewBox units.
#[derive(Clone, Copy, PartialEq)]
struct Spot {
    x: f64,
    y: f64,
    r: f64,
}

fn spots(view: ChartView, seats: usize) -> (Vec<Spot>, f64, f64) {
    match view {
        ChartView::Seats => {
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

pub fn seat_label(seat: &SeatVote, index: usize, assembly: &Assembly) -> String {
    match &seat.name {
        Some(name) => format!("{name}: {}", seat.group.label()),
        None => {
            let first = assembly.seats.iter().position(|s| s.group == seat.group).unwrap_or(0);
            format!("{} (seat {} of {})", seat.group.label(), index - first + 1, assembly.count(seat.group))
        }
    }
}

/// A seat drawn with its group's shape, so colour is never the only cue.
fn shape(group: Group, spot: Spot) -> Html {
    let Spot { x, y, r } = spot;
    match group {
        Group::Yes => html! { <circle cx={coord(x)} cy={coord(y)} r={coord(r)} /> },
        Group::No => {
            let side = r * 1.7;
            html! { <rect x={coord(x - side / 2.0)} y={coord(y - side / 2.0)} width={coord(side)} height={coord(side)} /> }
        }
        Group::Abstain => {
            html! { <circle cx={coord(x)} cy={coord(y)} r={coord(r * 0.72)} stroke-width={coord(r * 0.5)} /> }
        }
        Group::Absent => html! { <circle cx={coord(x)} cy={coord(y)} r={coord(r * 0.45)} /> },
        Group::Unknown => {
            html! { <circle cx={coord(x)} cy={coord(y)} r={coord(r * 0.75)} stroke-width={coord(r * 0.3)} /> }
        }
    }
}

/// The first seat of the next group (forward) or of the current/previous group (backward).
fn group_start(groups: &[Group], i: usize, forward: bool) -> usize {
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

fn seat_index(e: &Event) -> Option<usize> {
    let target: web_sys::Element = e.target_dyn_into()?;
    let seat = target.closest("[data-i]").ok()??;
    seat.get_attribute("data-i")?.parse().ok()
}

/// The General Assembly seats, as a hemicycle or a waffle, with pointer and keyboard access.
#[function_component(SeatMap)]
pub fn seat_map(props: &SeatMapProps) -> Html {
    let viewer = use_context::<Viewer>().expect("SeatMap inside App");
    let assembly = &props.assembly;
    let state = &viewer.state;
    let view = state.address.chart;
    let count = assembly.seats.len();
    let geometry = use_memo((view, count), |&(view, count)| spots(view, count));
    // The seats' fixed attributes, made once per vote rather than on every hover.
    let labels = use_memo(props.assembly.clone(), |assembly| {
        assembly
            .seats
            .iter()
            .enumerate()
            .map(|(i, seat)| {
                (
                    AttrValue::from(format!("seat-{i}")),
                    AttrValue::from(i.to_string()),
                    AttrValue::from(seat_label(seat, i, assembly)),
                )
            })
            .collect::<Vec<_>>()
    });
    let (spots, width, height) = &*geometry;

    let pointed_seat = match state.pointer {
        Pointer::Seat(i) if i < count => Some(i),
        _ => None,
    };
    let pointed_group = match state.pointer {
        Pointer::Group(g) => Some(g),
        Pointer::Seat(i) => assembly.seats.get(i).map(|s| s.group),
        Pointer::Nothing => None,
    };
    let lit_country = assembly.seats.iter().any(|s| state.is_lit(s.iso2.as_deref()));
    let focusable = pointed_seat.unwrap_or(0);

    let onmouseover = viewer.on(|e: MouseEvent| {
        seat_index(&e).map_or(Action::Point(Pointer::Nothing), |i| Action::Point(Pointer::Seat(i)))
    });
    let onfocusin = viewer.on(|e: FocusEvent| {
        seat_index(&e).map_or(Action::Point(Pointer::Nothing), |i| Action::Point(Pointer::Seat(i)))
    });
    let onmouseleave = viewer.on(|_: MouseEvent| Action::Point(Pointer::Nothing));
    let onclick = {
        let seats = assembly.seats.clone();
        viewer.on(move |e: MouseEvent| Action::Select(seat_index(&e).and_then(|i| seats.get(i)?.iso2.clone())))
    };
    let onkeydown = {
        let viewer = viewer.clone();
        let groups: Vec<Group> = assembly.seats.iter().map(|s| s.group).collect();
        let seats = assembly.seats.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(i) = seat_index(&e) else { return };
            let last = groups.len().saturating_sub(1);
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some((i + 1).min(last)),
                "ArrowLeft" | "ArrowUp" => Some(i.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(last),
                // Jump between groups.
                "PageDown" => Some(group_start(&groups, i, true)),
                "PageUp" => Some(group_start(&groups, i, false)),
                "Enter" | " " => {
                    viewer.dispatch(Action::Select(seats.get(i).and_then(|s| s.iso2.clone())));
                    None
                }
                "Escape" => {
                    viewer.dispatch(Action::Point(Pointer::Nothing));
                    browser::focus_and_reveal("ga-title");
                    None
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(next) = next {
                viewer.dispatch(Action::Point(Pointer::Seat(next)));
                browser::focus_and_reveal(&format!("seat-{next}"));
            }
        })
    };

    let tip = pointed_seat.and_then(|i| {
        let spot = spots.get(i)?;
        let text = labels.get(i).map_or_else(String::new, |(_, _, label)| label.to_string());
        let w = text.chars().count() as f64 * 5.6 + 12.0;
        let x = (spot.x - w / 2.0).clamp(0.0, width - w);
        let y = if spot.y > 30.0 { spot.y - spot.r - 20.0 } else { spot.y + spot.r + 4.0 };
        Some(html! {
            <g class="tip" transform={format!("translate({} {})", coord(x), coord(y))} aria-hidden="true">
                <rect width={coord(w)} height="16" rx="3" />
                <text x={coord(w / 2.0)} y="11.5" text-anchor="middle">{ text }</text>
            </g>
        })
    });

    let mut class = classes!("seat-map", format!("as-{}", view.key()));
    if pointed_group.is_some() || lit_country {
        class.push("pointing");
    }
    html! {
        <svg {class} viewBox={format!("0 0 {} {}", coord(*width), coord(*height))} width={coord(*width)} height={coord(*height)}
             role="group" aria-label={format!("{} seats; use the arrow keys to move between them", count)}
             {onmouseleave}>
            <g class="seats" {onmouseover} {onfocusin} {onclick} {onkeydown}>
                { for assembly.seats.iter().zip(spots.iter()).zip(labels.iter()).enumerate().map(|(i, ((seat, spot), (id, index, label)))| {
                    let lit = pointed_group == Some(seat.group) && pointed_seat.is_none_or(|p| p == i) || state.is_lit(seat.iso2.as_deref());
                    let class = classes!("seat", format!("g-{}", seat.group.key()), lit.then_some("lit"), (pointed_seat == Some(i)).then_some("current"));
                    html! {
                        <g {class} id={id.clone()} data-i={index.clone()} data-iso={seat.iso2.clone()}
                           tabindex={if i == focusable { "0" } else { "-1" }} role="img" aria-label={label.clone()}>
                            { shape(seat.group, *spot) }
                        </g>
                    }
                }) }
            </g>
            // Always present, so showing a tooltip never re-creates (and unfocuses) the seats.
            <g class="tip-layer">{ for tip }</g>
        </svg>
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
}
