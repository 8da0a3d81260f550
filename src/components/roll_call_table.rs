use crate::shared::Shared;

use article_core::story::Division;
use yew::prelude::*;

use crate::wording::group_line;

#[derive(Properties, PartialEq, Clone)]
pub struct RollCallTableProps {
    pub division: Shared<Division>,
}

/// The vote as real data tables: one collapsible table of countries a group (or, when the data
/// is not joined, one table of the article's counts).
#[function_component(RollCallTable)]
pub fn roll_call_table(props: &RollCallTableProps) -> Html {
    let division = &props.division;
    let named = division.seats.iter().any(|s| s.name.is_some());
    if !named {
        return html! {
            <details class="as-table">
                <summary>{ "Show as table" }</summary>
                <table>
                    <caption>{ format!("How the {} voted, from the article", division.chamber.members) }</caption>
                    <thead><tr><th scope="col">{ "Group" }</th><th scope="col">{ "Members" }</th></tr></thead>
                    <tbody>
                        { for division.groups.iter().map(|g| html! {
                            <tr><th scope="row">{ division.group_label(g.group) }</th><td>{ group_line(division, g.group) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        };
    }
    html! {
        <div class="roll-call">
            <p class="roll-call-title">{ "Countries by vote" }</p>
            { for division.groups.iter().map(|g| {
                let names: Vec<&str> = division.seats.iter().filter(|s| s.group == g.group).filter_map(|s| s.name.as_deref()).collect();
                html! {
                    <details class={classes!("as-table", format!("g-{}", g.group.key()))}>
                        <summary>{ format!("{} — {} countries", division.group_label(g.group), names.len()) }</summary>
                        <table>
                            <caption>{ format!("Countries that voted {}", g.group.label()) }</caption>
                            <thead><tr><th scope="col">{ "Country" }</th><th scope="col">{ "Vote" }</th></tr></thead>
                            <tbody>
                                { for names.iter().map(|name| html! { <tr><th scope="row">{ name }</th><td>{ g.group.label() }</td></tr> }) }
                            </tbody>
                        </table>
                    </details>
                }
            }) }
        </div>
    }
}
