use crate::shared::Shared;

use yew::prelude::*;

use super::council_panel::CouncilPanel;
use super::vote_chart::VoteChart;
use crate::address::View;
use crate::context::Viewer;

/// Every vote the article reports, main vote first: the Council as its own panel, the others as
/// seats, with a list of links between them when there are several.
#[function_component(Figures)]
pub fn figures() -> Html {
    let viewer = use_context::<Viewer>().expect("Figures inside a ViewerProvider");
    let view = viewer.state.address.view;
    let shows = |part: View| view == View::All || view == part;
    let divisions =
        use_memo(viewer.story.clone(), |story| story.divisions.iter().cloned().map(Shared::new).collect::<Vec<_>>());
    let charts: Vec<Html> = divisions
        .iter()
        .enumerate()
        .filter(|(_, d)| if d.is_council() { shows(View::Council) } else { shows(View::Chart) })
        .map(|(index, d)| {
            if d.is_council() {
                html! { <CouncilPanel division={d.clone()} key={d.id.clone()} /> }
            } else {
                html! { <VoteChart division={d.clone()} {index} key={d.id.clone()} /> }
            }
        })
        .collect();
    if charts.is_empty() {
        return Html::default();
    }
    let picker = (divisions.len() > 1).then(|| {
        html! {
            <nav class="vote-picker" aria-label="Votes in this article">
                <p>{ "Votes in this article:" }</p>
                <ul>
                    { for divisions.iter().map(|d| html! {
                        <li><a href={format!("#{}", d.id)}>{ d.short_label() }</a>{ " · " }{ &d.chamber.name }</li>
                    }) }
                </ul>
            </nav>
        }
    });
    html! {
        <div class="figures">
            { for picker }
            { for charts }
        </div>
    }
}
