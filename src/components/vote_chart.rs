use std::rc::Rc;

use article_core::story::{DataJoin, Group};
use yew::prelude::*;

use super::app::Viewer;
use super::country_finder::CountryFinder;
use super::legend::{group_line, Legend};
use super::majority_bar::MajorityBar;
use super::roll_call_table::RollCallTable;
use super::seat_map::{seat_label, SeatMap};
use crate::address::ChartView;
use crate::bundle;
use crate::state::{Action, Pointer};

/// The General Assembly vote: seats (or waffle), legend, the majority rule, the data's
/// provenance, a country finder and the table.
#[function_component(AssemblyChart)]
pub fn assembly_chart() -> Html {
    let viewer = use_context::<Viewer>().expect("AssemblyChart inside App");
    let assembly = use_memo(viewer.story.clone(), |story| story.assembly.clone().map(Rc::new));
    let Some(assembly) = (*assembly).clone() else {
        return Html::default();
    };
    let state = &viewer.state;
    let body = assembly.tally.body.clone().unwrap_or_else(|| "Vote".into());

    let readout = match state.pointer {
        Pointer::Group(g) => group_line(&assembly, g),
        Pointer::Seat(i) if i < assembly.seats.len() => seat_label(&assembly.seats[i], i, &assembly),
        _ => summary(&assembly),
    };
    let toggles = ChartView::ALL.iter().map(|&view| {
        let label = match view {
            ChartView::Seats => "Seats",
            ChartView::Waffle => "Grid",
        };
        html! {
            <button type="button" class="toggle" aria-pressed={(state.address.chart == view).to_string()}
                    onclick={viewer.on(move |_: MouseEvent| Action::SetChart(view))}>{ label }</button>
        }
    });
    let joined = !matches!(assembly.data, DataJoin::ArticleOnly);

    html! {
        <section class="panel assembly" aria-labelledby="ga-title" id="assembly">
            <h2 id="ga-title" tabindex="-1">{ format!("{body}: how members voted") }</h2>
            <p class="sentence">{ "“" }{ &assembly.tally.sentence }{ "”" }</p>
            <div class="toolbar" role="group" aria-label="Chart form">{ for toggles }</div>
            <p class="readout" aria-live="polite">{ readout }</p>
            <figure class="chart">
                <SeatMap assembly={assembly.clone()} />
                <figcaption>
                    <Legend assembly={assembly.clone()} />
                </figcaption>
            </figure>
            if let Some(threshold) = assembly.threshold {
                <MajorityBar {threshold} />
            }
            { for assembly.notes.iter().map(|note| html! { <p class="note" role="note">{ note }</p> }) }
            if joined {
                <CountryFinder assembly={assembly.clone()} />
            }
            <RollCallTable assembly={assembly.clone()} />
            <p class="source">
                if joined {
                    { "Per-country votes: " }{ bundle::ASSEMBLY_SOURCE.citation }{ "." }
                } else {
                    { "Counts from the article; members it does not account for are shown as not in the article." }
                }
            </p>
        </section>
    }
}

/// The chart's resting sentence, for screen readers and the readout.
fn summary(assembly: &article_core::story::Assembly) -> String {
    let parts: Vec<String> = assembly
        .groups
        .iter()
        .map(|g| match g.group {
            Group::Yes => format!("{} in favour", g.count),
            Group::No => format!("{} against", g.count),
            Group::Abstain => format!("{} abstaining", g.count),
            Group::Absent => format!("{} not voting", g.count),
            Group::Unknown => format!("{} not accounted for in the article", g.count),
        })
        .collect();
    parts.join(", ")
}
