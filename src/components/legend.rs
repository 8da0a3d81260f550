use crate::shared::Shared;

use crate::wording::group_line;
use article_core::majority::{format_percent, share_permille};
use article_core::story::{Division, Group};
use yew::prelude::*;

use crate::browser;
use crate::context::Viewer;
use crate::state::{Action, Pointer};

#[derive(Properties, PartialEq, Clone)]
pub struct LegendProps {
    pub division: Shared<Division>,
    /// The division's place in the story, for the shared pointer state.
    pub index: usize,
}

/// A small swatch in the group's shape, for the legend.
pub fn swatch(group: Group) -> Html {
    html! {
        <svg class={classes!("swatch", format!("g-{}", group.key()))} viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            { match group {
                Group::Yes => html! { <circle cx="6" cy="6" r="5" /> },
                Group::No => html! { <rect x="1.5" y="1.5" width="9" height="9" /> },
                Group::Abstain => html! { <circle cx="6" cy="6" r="3.6" stroke-width="2.4" /> },
                Group::Absent => html! { <circle cx="6" cy="6" r="2.4" /> },
                Group::Unknown => html! { <circle cx="6" cy="6" r="3.8" stroke-width="1.5" /> },
            } }
        </svg>
    }
}

/// The legend: one button a group with its count and share. Hover or focus lights its seats;
/// the arrow keys move between groups.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let viewer = use_context::<Viewer>().expect("Legend inside App");
    let division = &props.division;
    let groups: Vec<Group> = division.groups.iter().map(|g| g.group).collect();
    let here = props.index;
    let prefix = format!("{}-legend-", division.id);
    let pointed = match viewer.state.pointer {
        Pointer::Group(d, g) if d == here => Some(g),
        _ => None,
    };
    html! {
        <ul class="legend" aria-label="Groups">
            { for groups.iter().enumerate().map(|(i, &group)| {
                let onkeydown = {
                    let viewer = viewer.clone();
                    let groups = groups.clone();
                    let prefix = prefix.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        let next = match e.key().as_str() {
                            "ArrowRight" | "ArrowDown" => (i + 1).min(groups.len() - 1),
                            "ArrowLeft" | "ArrowUp" => i.saturating_sub(1),
                            "Escape" => {
                                viewer.dispatch(Action::Point(Pointer::Nothing));
                                if let Some(el) = browser::element(&format!("{prefix}{}", groups[i].key())) {
                                    let _ = el.blur();
                                }
                                return;
                            }
                            _ => return,
                        };
                        e.prevent_default();
                        browser::focus_and_reveal(&format!("{prefix}{}", groups[next].key()));
                    })
                };
                let point = viewer.on(move |_: MouseEvent| Action::Point(Pointer::Group(here, group)));
                let focus = viewer.on(move |_: FocusEvent| Action::Point(Pointer::Group(here, group)));
                let leave = viewer.on(|_: MouseEvent| Action::Point(Pointer::Nothing));
                let blur = viewer.on(|_: FocusEvent| Action::Point(Pointer::Nothing));
                let count = division.count(group);
                let share = group.is_cast().then(|| format_percent(share_permille(count, division.cast())));
                html! {
                    <li>
                        <button type="button" id={format!("{prefix}{}", group.key())}
                                class={classes!("legend-item", (pointed == Some(group)).then_some("active"))}
                                aria-label={group_line(division, group)}
                                onmouseenter={point} onmouseleave={leave} onfocus={focus} onblur={blur} {onkeydown}>
                            { swatch(group) }
                            <span class="legend-label">{ division.group_label(group) }</span>
                            <span class="legend-count">{ count }</span>
                            if let Some(share) = share {
                                <span class="legend-share">{ share }</span>
                            }
                        </button>
                    </li>
                }
            }) }
        </ul>
    }
}
