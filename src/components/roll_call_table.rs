use std::rc::Rc;

use article_core::story::{Assembly, Group};
use yew::prelude::*;

use super::legend::group_line;

#[derive(Properties, PartialEq, Clone)]
pub struct RollCallTableProps {
    pub assembly: Rc<Assembly>,
}

/// The countries of each group (collapsible), and the whole vote as a real table.
#[function_component(RollCallTable)]
pub fn roll_call_table(props: &RollCallTableProps) -> Html {
    let assembly = &props.assembly;
    let named = assembly.seats.iter().any(|s| s.name.is_some());
    let names =
        |group: Group| assembly.seats.iter().filter(move |s| s.group == group).filter_map(|s| s.name.as_deref());
    html! {
        <div class="roll-call">
            if named {
                { for assembly.groups.iter().map(|g| html! {
                    <details class={classes!("group-list", format!("g-{}", g.group.key()))}>
                        <summary>{ format!("{} — {} countries", g.group.label(), names(g.group).count()) }</summary>
                        <ul>{ for names(g.group).map(|name| html! { <li>{ name }</li> }) }</ul>
                    </details>
                }) }
            }
            <details class="as-table">
                <summary>{ "Show as table" }</summary>
                <table>
                    <caption>{ "How the members voted" }</caption>
                    if named {
                        <thead><tr><th scope="col">{ "Country" }</th><th scope="col">{ "Vote" }</th></tr></thead>
                        <tbody>
                            { for assembly.seats.iter().map(|s| html! {
                                <tr><th scope="row">{ s.name.clone().unwrap_or_default() }</th><td>{ s.group.label() }</td></tr>
                            }) }
                        </tbody>
                    } else {
                        <thead><tr><th scope="col">{ "Group" }</th><th scope="col">{ "Members" }</th></tr></thead>
                        <tbody>
                            { for assembly.groups.iter().map(|g| html! {
                                <tr><th scope="row">{ g.group.label() }</th><td>{ group_line(assembly, g.group) }</td></tr>
                            }) }
                        </tbody>
                    }
                </table>
            </details>
        </div>
    }
}
