use crate::shared::Shared;

use article_core::story::Division;
use yew::prelude::*;

use super::country_finder::CountryFinder;
use super::legend::Legend;
use super::majority_bar::MajorityBar;
use super::roll_call_table::RollCallTable;
use super::seat_map::SeatMap;
use super::world_map::WorldMap;
use crate::address::ChartView;
use crate::address::Theme;
use crate::atlas::{chart_file, has_map};
use crate::context::Viewer;
use crate::export::{self, saved_name, Format};
use crate::state::{Action, Pointer};
use crate::wording::group_line;
use crate::wording::seat_label;

#[derive(Properties, PartialEq, Clone)]
pub struct VoteChartProps {
    pub division: Shared<Division>,
    /// The division's place in the story.
    pub index: usize,
}

/// One vote drawn as its body: seats (or grid), legend, the body's rule, the joined roll call
/// with its credit, a country finder when seats are named, and the table.
#[function_component(VoteChart)]
pub fn vote_chart(props: &VoteChartProps) -> Html {
    let viewer = use_context::<Viewer>().expect("VoteChart inside App");
    let (division, index) = (props.division.clone(), props.index);
    let state = &viewer.state;

    let readout = match state.pointer {
        Pointer::Group(d, g) if d == index => group_line(&division, g),
        Pointer::Seat(d, i) if d == index && i < division.seats.len() => seat_label(&division.seats[i], i, &division),
        _ => division.summary(),
    };
    let mapped = has_map(&division);
    // A map only for a vote with per-member data; any other vote shows its seats.
    let chart = match state.address.chart {
        ChartView::Map if !mapped => ChartView::Seats,
        chart => chart,
    };
    let toggles = ChartView::ALL.iter().filter(|&&view| view != ChartView::Map || mapped).map(|&view| {
        let pressed = (chart == view).to_string();
        match view {
            ChartView::Seats | ChartView::Waffle => html! {
                <button type="button" class="toggle" aria-pressed={pressed}
                        onclick={viewer.on(move |_: MouseEvent| Action::SetChart(view))}>
                    { if view == ChartView::Seats { "Seats" } else { "Grid" } }
                </button>
            },
            // A link to the vote's map file, so that it works without JavaScript too.
            ChartView::Map => {
                let onclick = viewer.on(move |e: MouseEvent| {
                    e.prevent_default();
                    Action::SetChart(ChartView::Map)
                });
                let onkeydown = {
                    let viewer = viewer.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        if e.key() == " " {
                            e.prevent_default();
                            viewer.dispatch(Action::SetChart(ChartView::Map));
                        }
                    })
                };
                html! {
                    <a class="toggle" role="button" aria-pressed={pressed} href={chart_file(&division, ChartView::Map, Theme::Light)}
                       {onclick} {onkeydown}>{ "Map" }</a>
                }
            }
        }
    });
    let named = division.seats.iter().any(|s| s.iso2.is_some());
    // The SVG is a link to the light picture (so it works without JavaScript); in the dark theme
    // the click saves the dark one instead.
    let save_svg = {
        let division = division.clone();
        Callback::from(move |e: MouseEvent| {
            if export::page_theme() == Theme::Dark {
                e.prevent_default();
                export::save(&division, chart, Format::Svg);
            }
        })
    };
    let save_png = {
        let division = division.clone();
        Callback::from(move |_: MouseEvent| export::save(&division, chart, Format::Png))
    };
    let title = format!("{}-title", division.id);

    html! {
        <section class={classes!("panel", "assembly", division.amendment.then_some("amendment"))}
                 aria-labelledby={title.clone()} id={division.id.clone()} data-body={division.chamber.key.clone()}>
            <h2 id={title} tabindex="-1">{ &division.heading }</h2>
            if let Some(record) = &division.record {
                <p class="record">{ format!("{} · {} · {}", record.symbol, record.date, record.title) }</p>
            }
            <p class="sentence">{ "“" }{ &division.tally.sentence }{ "”" }</p>
            <div class="toolbar" role="group" aria-label="Chart form">{ for toggles }</div>
            <p class="readout" aria-live="polite">{ readout }</p>
            <figure class="chart">
                if chart == ChartView::Map {
                    <WorldMap division={division.clone()} {index} />
                } else {
                    <SeatMap division={division.clone()} {index} />
                }
                <figcaption>
                    <Legend division={division.clone()} {index} />
                </figcaption>
            </figure>
            if let Some(rule) = &division.rule {
                <MajorityBar rule={rule.clone()} />
            }
            { for division.notes.iter().map(|note| html! { <p class="note" role="note">{ note }</p> }) }
            if named && division.record.is_some() {
                <CountryFinder division={division.clone()} />
            }
            <RollCallTable division={division.clone()} />
            if named {
                // Written at build time beside the page (see the prerender), so they work without JavaScript.
                <p class="get-data">
                    { "Get the data: " }
                    <a href={format!("{}.csv", division.id)} download="">{ "Download data (CSV)" }</a>
                    { " · " }
                    <a href={format!("{}.json", division.id)} download="">{ "JSON" }</a>
                </p>
            }
            // The pictures the build wrote, in the form and theme on screen. The PNG is drawn by
            // the wasm: hidden (keeping its place) until the page is live.
            <p class="save-chart">
                { "Save chart: " }
                <a href={chart_file(&division, chart, Theme::Light)} download={saved_name(&division, chart, Format::Svg)}
                   onclick={save_svg}>{ "SVG" }</a>
                <span class="live-only">
                    { " · " }
                    <button type="button" class="link" onclick={save_png}>{ "PNG" }</button>
                </span>
            </p>
            <p class="source">
                if let Some(record) = &division.record {
                    { "Per-member votes: " }{ &record.citation }{ "." }
                } else {
                    { "Counts from the article." }
                    if let Some(note) = &division.join_note {
                        { " " }{ note }
                    }
                }
            </p>
        </section>
    }
}
