use std::rc::Rc;

use article_core::majority::{format_percent, share_permille};
use article_core::story::{Assembly, Group};
use yew::prelude::*;

use super::app::Viewer;
use crate::browser;
use crate::state::{Action, Pointer};

#[derive(Properties, PartialEq, Clone)]
pub struct LegendProps {
    pub assembly: Rc<Assembly>,
}

/// "Yes — 116 (61.4 % of votes cast)": the group's line, as the legend and tooltip say it.
pub fn group_line(assembly: &Assembly, group: Group) -> String {
    let count = assembly.count(group);
    if group.is_cast() {
        format!(
            "{} — {count} ({} of votes cast)",
            group.label(),
            format_percent(share_permille(count, assembly.cast()))
        )
    } else {
        format!("{} — {count}", group.label())
    }
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
    let assembly = &props.assembly;
    let groups: Vec<Group> = assembly.groups.iter().map(|g| g.group).collect();
    let pointed = match viewer.state.pointer {
        Pointer::Group(g) => Some(g),
        _ => None,
    };
    html! {
        <ul class="legend" aria-label="Groups">
            { for groups.iter().enumerate().map(|(i, &group)| {
                let onkeydown = {
                    let viewer = viewer.clone();
                    let groups = groups.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        let next = match e.key().as_str() {
                            "ArrowRight" | "ArrowDown" => (i + 1).min(groups.len() - 1),
                            "ArrowLeft" | "ArrowUp" => i.saturating_sub(1),
                            "Escape" => {
                                viewer.dispatch(Action::Point(Pointer::Nothing));
                                if let Some(el) = browser::element(&format!("legend-{}", groups[i].key())) {
                                    let _ = el.blur();
                                }
                                return;
                            }
                            _ => return,
                        };
                        e.prevent_default();
                        browser::focus_and_reveal(&format!("legend-{}", groups[next].key()));
                    })
                };
                let point = viewer.on(move |_: MouseEvent| Action::Point(Pointer::Group(group)));
                let focus = viewer.on(move |_: FocusEvent| Action::Point(Pointer::Group(group)));
                let leave = viewer.on(|_: MouseEvent| Action::Point(Pointer::Nothing));
                let blur = viewer.on(|_: FocusEvent| Action::Point(Pointer::Nothing));
                let count = assembly.count(group);
                let share = group.is_cast().then(|| format_percent(share_permille(count, assembly.cast())));
                html! {
                    <li>
                        <button type="button" id={format!("legend-{}", group.key())}
                                class={classes!("legend-item", (pointed == Some(group)).then_some("active"))}
                                aria-label={group_line(assembly, group)}
                                onmouseenter={point} onmouseleave={leave} onfocus={focus} onblur={blur} {onkeydown}>
                            { swatch(group) }
                            <span class="legend-label">{ group.label() }</span>
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
