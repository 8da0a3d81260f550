use article_core::majority::{format_percent, Threshold};
use yew::prelude::*;

use super::seat_map::coord;

#[derive(Properties, PartialEq, Clone)]
pub struct MajorityBarProps {
    pub threshold: Threshold,
}

/// The General Assembly rule made visible: only members present and voting count, and a
/// resolution needs more than half of them. A bar of yes and no with a mark at the line.
#[function_component(MajorityBar)]
pub fn majority_bar(props: &MajorityBarProps) -> Html {
    let t = props.threshold;
    let total = f64::from(t.present_and_voting.max(1));
    let yes = f64::from(t.yes) / total * 200.0;
    let mark = f64::from(t.needed) / total * 200.0;
    let verdict = if t.passes { "enough to pass" } else { "not enough to pass" };
    html! {
        <div class="majority">
            <p class="majority-line">
                <strong>{ t.present_and_voting }</strong>{ " present and voting · " }
                <strong>{ t.needed }</strong>{ " needed · " }
                <strong>{ t.yes }</strong>{ format!(" in favour ({}), {verdict}", format_percent(t.yes_share_permille)) }
            </p>
            <svg class="majority-bar" viewBox="0 0 200 18" width="200" height="18" aria-hidden="true" preserveAspectRatio="none">
                <rect class="g-no" x="0" y="4" width="200" height="10" />
                <rect class="g-yes" x="0" y="4" width={coord(yes)} height="10" />
                <line class="needed" x1={coord(mark)} x2={coord(mark)} y1="0" y2="18" />
            </svg>
            <p class="rule">{ "A General Assembly resolution passes with a majority of the members present and voting; abstentions do not count as votes." }</p>
        </div>
    }
}
