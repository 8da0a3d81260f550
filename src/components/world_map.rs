use crate::shared::Shared;
use std::rc::Rc;

use article_core::story::{Division, Group};
use yew::prelude::*;

use super::seat_map::{seat_events, seat_index, shape, SeatEvents};
use crate::address::{ChartView, Theme};
use crate::atlas::{chart_file, Atlas, Fill, Mark, FILLS};
use crate::browser;
use crate::context::Viewer;
use crate::geometry::{self, Spot};
use crate::state::{Action, Pointer};
use crate::wording::seat_label;

#[derive(Properties, PartialEq, Clone)]
pub struct WorldMapProps {
    pub division: Shared<Division>,
    /// The division's place in the story, for the shared pointer state.
    pub index: usize,
}

/// The map's shapes, fetched from the vote's map file when the reader first asks for the map.
#[derive(Clone, PartialEq)]
enum Loading {
    Waiting,
    Ready(Rc<Atlas>),
    Failed(String),
}

fn patterns(division: &Division) -> Html {
    html! {
        <defs>
            { for FILLS.iter().map(|&Fill { group, size, turn, base, mark }| {
                let side = size.to_string();
                let id = format!("{}-{}", division.id, group.map_or("none", Group::key));
                let mark = mark.map(|(class, mark)| match mark {
                    Mark::Dot => {
                        let half = geometry::coord(f64::from(size) / 2.0);
                        html! { <circle cx={half.clone()} cy={half} r="1.6" {class} /> }
                    }
                    Mark::Stripe(width) => html! { <rect width={width.to_string()} height={side.clone()} {class} /> },
                });
                html! {
                    <pattern {id} width={side.clone()} height={side.clone()} patternUnits="userSpaceOnUse"
                             patternTransform={(!turn.is_empty()).then_some(turn)}>
                        <rect width={side.clone()} height={side} class={base} />
                        { for mark }
                    </pattern>
                }
            }) }
        </defs>
    }
}

/// A General Assembly vote as a world map: every member's country filled by its vote, the small
/// states marked, with the hemicycle's pointer, keyboard and selection behaviour. The shapes come
/// from the vote's map file (written at build time), fetched on first use; until then, and
/// without JavaScript, that file is a link.
#[function_component(WorldMap)]
pub fn world_map(props: &WorldMapProps) -> Html {
    let viewer = use_context::<Viewer>().expect("WorldMap inside App");
    let division = props.division.clone();
    let here = props.index;
    let url = chart_file(&division, ChartView::Map, Theme::Light);
    let loading = use_state(|| Loading::Waiting);
    {
        let loading = loading.clone();
        use_effect_with(url.clone(), move |url| {
            browser::fetch_text(url, move |text| {
                loading.set(match text.and_then(|t| Atlas::read(&t)) {
                    Ok(atlas) => Loading::Ready(Rc::new(atlas)),
                    Err(why) => Loading::Failed(why),
                });
            });
        });
    }
    // Made once per map, not on every hover: each shape's seat (index by shape), and the members
    // on the map west to east (the keyboard's order, seat indexes).
    let joined = use_memo((division.clone(), (*loading).clone()), |(division, loading)| {
        let Loading::Ready(atlas) = loading else { return (Vec::new(), Vec::new()) };
        let seat_of: Vec<Option<usize>> = atlas.shapes.iter().map(|s| division.seat_of(&s.iso)).collect();
        let mut members: Vec<(usize, (i32, i32))> =
            atlas.shapes.iter().zip(&seat_of).filter_map(|(s, i)| Some(((*i)?, s.centre))).collect();
        crate::geometry::west_to_east(&mut members);
        (seat_of, members.into_iter().map(|(i, _)| i).collect::<Vec<_>>())
    });
    let (seat_of, order) = (&joined.0, &joined.1);
    let atlas = match &*loading {
        Loading::Waiting => {
            return html! {
                <div class="map-frame">
                    <p class="map-status" role="status">{ "Loading the map… " }<a href={url}>{ "Open the map as an image" }</a></p>
                </div>
            }
        }
        Loading::Failed(why) => {
            return html! {
                <div class="map-frame">
                    <p class="notice" role="alert">
                        { format!("The map could not be shown ({why}). ") }<a href={url}>{ "Open it as an image" }</a>
                    </p>
                </div>
            }
        }
        Loading::Ready(atlas) => atlas.clone(),
    };

    let state = &viewer.state;
    let count = division.seats.len();
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
    let focusable = pointed_seat.filter(|i| order.contains(i)).or_else(|| order.first().copied());
    let id_of = |i: usize| format!("{}-country-{i}", division.id);

    let SeatEvents { onmouseover, onfocusin, onmouseleave, onclick } = seat_events(&viewer, here, &division);
    let onkeydown = {
        let viewer = viewer.clone();
        let joined = joined.clone();
        let seats = division.seats.clone();
        let (prefix, title) = (format!("{}-country-", division.id), format!("{}-title", division.id));
        Callback::from(move |e: KeyboardEvent| {
            let order = &joined.1;
            let Some(i) = seat_index(&e) else { return };
            let Some(at) = order.iter().position(|&k| k == i) else { return };
            let last = order.len().saturating_sub(1);
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some((at + 1).min(last)),
                "ArrowLeft" | "ArrowUp" => Some(at.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(last),
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
            if let Some(next) = next.and_then(|n| order.get(n).copied()) {
                viewer.dispatch(Action::Point(Pointer::Seat(here, next)));
                browser::focus_and_reveal(&format!("{prefix}{next}"));
            }
        })
    };

    // One focusable element a member: its outline, or its marker when it has none.
    let class_of = |i: Option<usize>, kind: &'static str| {
        let seat = i.and_then(|i| division.seats.get(i));
        let group = seat.map(|s| s.group);
        let lit = seat.is_some_and(|s| {
            pointed_group == Some(s.group) && pointed_seat.is_none_or(|p| Some(p) == i)
                || state.is_lit(s.iso2.as_deref())
        });
        classes!(
            kind,
            // `v-…`, not the seats' `g-…`: those set a fill, which would hide the pattern.
            group.map_or_else(|| "other".to_string(), |g| format!("v-{}", g.key())),
            lit.then_some("lit"),
            (pointed_seat.is_some() && pointed_seat == i).then_some("current")
        )
    };
    let fill = |i: Option<usize>| {
        let group = i.and_then(|i| division.seats.get(i)).map(|s| s.group);
        format!("url(#{}-{})", division.id, group.map_or("none", Group::key))
    };
    let focus_attrs = |i: usize| {
        let label = seat_label(&division.seats[i], i, &division);
        (id_of(i), if Some(i) == focusable { "0" } else { "-1" }, label)
    };
    let outlines = atlas.shapes.iter().zip(seat_of).filter(|(s, _)| !s.outline.is_empty()).map(|(s, &i)| match i {
        Some(i) => {
            let (id, tabindex, label) = focus_attrs(i);
            html! {
                <path class={class_of(Some(i), "country")} {id} data-i={i.to_string()} data-iso={s.iso.clone()}
                      {tabindex} role="img" aria-label={label} fill={fill(Some(i))} d={s.outline.clone()} />
            }
        }
        None => html! { <path class="country other" fill={fill(None)} d={s.outline.clone()} /> },
    });
    let markers = atlas.shapes.iter().zip(seat_of).filter(|(s, _)| s.marker).map(|(s, &i)| {
        let (x, y) = s.centre;
        let spot = Spot { x: f64::from(x), y: f64::from(y), r: 4.0 };
        let drawn = html! {
            <>
                <circle class="hit" cx={x.to_string()} cy={y.to_string()} r="8" />
                { shape(i.map_or(Group::Unknown, |i| division.seats[i].group), spot) }
            </>
        };
        match i {
            Some(i) if s.outline.is_empty() => {
                let (id, tabindex, label) = focus_attrs(i);
                html! {
                    <g class={class_of(Some(i), "marker")} {id} data-i={i.to_string()} data-iso={s.iso.clone()}
                       {tabindex} role="img" aria-label={label}>{ drawn }</g>
                }
            }
            Some(i) => {
                html! { <g class={class_of(Some(i), "marker")} data-i={i.to_string()} aria-hidden="true">{ drawn }</g> }
            }
            None => html! { <g class="marker other" aria-hidden="true">{ drawn }</g> },
        }
    });
    let tip = pointed_seat.and_then(|i| {
        let (x, y) = atlas.shape(division.seats.get(i)?.iso2.as_deref()?)?.centre;
        let text = seat_label(&division.seats[i], i, &division);
        // The country's flag before its name, when the site has its file.
        let flag = division.seats[i].iso2.as_deref().and_then(|iso| viewer.files.flag(iso));
        let inset = if flag.is_some() { 28 } else { 0 };
        let w = text.chars().count() as i32 * 9 + 20 + inset;
        // Kept inside the map, left-aligned when wider than it (`clamp` would panic).
        let left = (x - w / 2).min(atlas.width as i32 - w).max(0);
        let top = if y > 40 { y - 36 } else { y + 12 };
        Some(html! {
            <g class="tip" transform={format!("translate({left} {top})")} aria-hidden="true">
                <rect width={w.to_string()} height="26" rx="4" />
                if let Some(href) = flag {
                    <image class="tip-flag" {href} x="7" y="5" width="21" height="16" preserveAspectRatio="none" />
                }
                <text x={((w + inset) / 2).to_string()} y="18" text-anchor="middle">{ text }</text>
            </g>
        })
    });
    let off_map: Vec<String> = division
        .seats
        .iter()
        .filter(|s| s.iso2.as_deref().is_none_or(|iso| atlas.shape(iso).is_none()))
        .map(|s| format!("{} ({})", s.name.as_deref().unwrap_or("a member"), s.group.label()))
        .collect();
    let mut class = classes!("world-map");
    if pointed_group.is_some() || lit_country {
        class.push("pointing");
    }
    html! {
        <div class="map-frame">
            <svg {class} viewBox={format!("0 0 {} {}", atlas.width, atlas.height)} role="group"
                 aria-label={format!("World map of {} members; use the arrow keys to move between them, west to east", order.len())}
                 {onmouseleave}>
                { patterns(&division) }
                <g class="countries" {onmouseover} {onfocusin} {onclick} {onkeydown}>
                    { for outlines }
                    { for markers }
                </g>
                <g class="tip-layer">{ for tip }</g>
            </svg>
            <p class="map-key">
                <svg class="swatch other" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true"><rect x="1" y="1" width="10" height="10" /></svg>
                { " Grey: not a member on the vote's date, or no record. Small states are marked with a dot. Map: Natural Earth (public domain)." }
            </p>
            if !off_map.is_empty() {
                <p class="map-key">{ format!("Not on this map (no modern border): {}.", off_map.join(", ")) }</p>
            }
        </div>
    }
}
