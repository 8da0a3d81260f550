use crate::shared::Shared;

use article_core::story::{Division, Group};
use yew::prelude::*;

use crate::address::ChartView;
use crate::browser;
use crate::context::Viewer;
use crate::geometry::{coord, group_start, spots, Spot};
use crate::state::{Action, Pointer};
use crate::wording::seat_label;

#[derive(Properties, PartialEq, Clone)]
pub struct SeatMapProps {
    pub division: Shared<Division>,
    /// The division's place in the story, for the shared pointer state.
    pub index: usize,
}

/// A seat drawn with its group's shape, so colour is never the only cue.
pub(crate) fn shape(group: Group, spot: Spot) -> Html {
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

/// The pointer and selection callbacks a drawing of seats (the hemicycle, the grid, the map)
/// delegates from its group: hover and focus point at the seat under `[data-i]`, leaving points at
/// nothing, a click selects the seat's country.
pub(crate) struct SeatEvents {
    pub onmouseover: Callback<MouseEvent>,
    pub onfocusin: Callback<FocusEvent>,
    pub onmouseleave: Callback<MouseEvent>,
    pub onclick: Callback<MouseEvent>,
}

pub(crate) fn seat_events(viewer: &Viewer, here: usize, division: &Division) -> SeatEvents {
    let point = move |e: &Event| {
        seat_index(e).map_or(Action::Point(Pointer::Nothing), |i| Action::Point(Pointer::Seat(here, i)))
    };
    let seats = division.seats.clone();
    SeatEvents {
        onmouseover: viewer.on(move |e: MouseEvent| point(&e)),
        onfocusin: viewer.on(move |e: FocusEvent| point(&e)),
        onmouseleave: viewer.on(|_: MouseEvent| Action::Point(Pointer::Nothing)),
        onclick: viewer
            .on(move |e: MouseEvent| Action::Select(seat_index(&e).and_then(|i| seats.get(i)?.iso2.clone()))),
    }
}

pub(crate) fn seat_index(e: &Event) -> Option<usize> {
    let target: web_sys::Element = e.target_dyn_into()?;
    let seat = target.closest("[data-i]").ok()??;
    seat.get_attribute("data-i")?.parse().ok()
}

/// The General Division seats, as a hemicycle or a waffle, with pointer and keyboard access.
#[function_component(SeatMap)]
pub fn seat_map(props: &SeatMapProps) -> Html {
    let viewer = use_context::<Viewer>().expect("SeatMap inside App");
    let division = &props.division;
    let state = &viewer.state;
    // A vote the map cannot draw shows its seats (see VoteChart).
    let view = match state.address.chart {
        ChartView::Map => ChartView::Seats,
        view => view,
    };
    let count = division.seats.len();
    let geometry = use_memo((view, count), |&(view, count)| spots(view, count));
    // The seats' fixed attributes, made once per vote rather than on every hover.
    let labels = use_memo(props.division.clone(), |division| {
        division
            .seats
            .iter()
            .enumerate()
            .map(|(i, seat)| {
                (
                    AttrValue::from(format!("{}-seat-{i}", division.id)),
                    AttrValue::from(i.to_string()),
                    AttrValue::from(seat_label(seat, i, division)),
                )
            })
            .collect::<Vec<_>>()
    });
    let (spots, width, height) = &*geometry;

    let here = props.index;
    let pointed_seat = match state.pointer {
        Pointer::Seat(d, i) if d == here && i < count => Some(i),
        _ => None,
    };
    let pointed_group = match state.pointer {
        Pointer::Group(d, g) if d == here => Some(g),
        Pointer::Seat(d, i) if d == here => division.seats.get(i).map(|s| s.group),
        _ => None,
    };
    let lit_country = division.seats.iter().any(|s| state.is_lit(s.iso2.as_deref()));
    let focusable = pointed_seat.unwrap_or(0);

    let SeatEvents { onmouseover, onfocusin, onmouseleave, onclick } = seat_events(&viewer, here, division);
    let onkeydown = {
        let viewer = viewer.clone();
        let groups: Vec<Group> = division.seats.iter().map(|s| s.group).collect();
        let seats = division.seats.clone();
        let (prefix, title) = (format!("{}-seat-", division.id), format!("{}-title", division.id));
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
                    browser::focus_and_reveal(&title);
                    None
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(next) = next {
                viewer.dispatch(Action::Point(Pointer::Seat(here, next)));
                browser::focus_and_reveal(&format!("{prefix}{next}"));
            }
        })
    };

    let tip = pointed_seat.and_then(|i| {
        let spot = spots.get(i)?;
        let text = labels.get(i).map_or_else(String::new, |(_, _, label)| label.to_string());
        // The country's flag before its name, when the site has its file.
        let flag = division.seats.get(i).and_then(|s| viewer.files.flag(s.iso2.as_deref()?));
        let inset = if flag.is_some() { 15.0 } else { 0.0 };
        let w = text.chars().count() as f64 * 5.6 + 12.0 + inset;
        // Kept inside the chart, left-aligned when wider than it (`f64::clamp` would panic,
        // and carry float formatting into the wasm for its message).
        let x = (spot.x - w / 2.0).min(width - w).max(0.0);
        let y = if spot.y > 30.0 { spot.y - spot.r - 20.0 } else { spot.y + spot.r + 4.0 };
        Some(html! {
            <g class="tip" transform={format!("translate({} {})", coord(x), coord(y))} aria-hidden="true">
                <rect width={coord(w)} height="16" rx="3" />
                if let Some(href) = flag {
                    <image class="tip-flag" {href} x="4" y="3.5" width="12" height="9" preserveAspectRatio="none" />
                }
                <text x={coord((w + inset) / 2.0)} y="11.5" text-anchor="middle">{ text }</text>
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
                { for division.seats.iter().zip(spots.iter()).zip(labels.iter()).enumerate().map(|(i, ((seat, spot), (id, index, label)))| {
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
