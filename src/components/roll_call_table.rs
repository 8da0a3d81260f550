use std::rc::Rc;

use article_core::story::Assembly;
use yew::prelude::*;

use super::legend::group_line;

#[derive(Properties, PartialEq, Clone)]
pub struct RollCallTableProps {
    pub assembly: Rc<Assembly>,
}

/// The vote as real data tables: one collapsible table of countries a group (or, when the data
/// is not joined, one table of the article's counts).
#[function_component(RollCallTable)]
pub fn roll_call_table(props: &RollCallTableProps) -> Html {
    let assembly = &props.assembly;
    let named = assembly.seats.iter().any(|s| s.name.is_some());
    if !named {
        return html! {
            <details class="as-table">
                <summary>{ "Show as table" }</summary>
                <table>
                    <caption>{ "How the members voted, from the article" }</caption>
                    <thead><tr><th scope="col">{ "Group" }</th><th scope="col">{ "Members" }</th></tr></thead>
                    <tbody>
                        { for assembly.groups.iter().map(|g| html! {
                            <tr><th scope="row">{ g.group.label() }</th><td>{ group_line(assembly, g.group) }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        };
    }
    html! {
        <div class="roll-call">
            <p class="roll-call-title">{ "Countries by vote" }</p>
            { for assembly.groups.iter().map(|g| {
                let names: Vec<&str> = assembly.seats.iter().filter(|s| s.group == g.group).filter_map(|s| s.name.as_deref()).collect();
                html! {
                    <details class={classes!("as-table", format!("g-{}", g.group.key()))}>
                        <summary>{ format!("{} — {} countries", g.group.label(), names.len()) }</summary>
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
