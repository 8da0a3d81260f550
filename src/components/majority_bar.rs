use article_core::majority::format_percent;
use article_core::story::RuleLine;
use yew::prelude::*;

use crate::geometry::coord;

#[derive(Properties, PartialEq, Clone)]
pub struct MajorityBarProps {
    pub rule: RuleLine,
}

/// The body's rule made visible: who counts, how many are needed, and a bar of yes against the
/// rest of that base with a mark at the line.
#[function_component(MajorityBar)]
pub fn majority_bar(props: &MajorityBarProps) -> Html {
    let rule = &props.rule;
    let t = rule.threshold;
    let total = f64::from(t.present_and_voting.max(1));
    let yes = f64::from(t.yes) / total * 200.0;
    let mark = f64::from(t.needed) / total * 200.0;
    let verdict = match rule.passes {
        Some(true) => ", enough to pass",
        Some(false) => ", not enough to pass",
        None => "; the article does not say whether a permanent member voted against",
    };
    html! {
        <div class="majority">
            <p class="majority-line">
                <strong>{ t.present_and_voting }</strong>{ format!(" {} · ", rule.base) }
                <strong>{ t.needed }</strong>{ " needed · " }
                <strong>{ t.yes }</strong>{ format!(" in favour ({}){verdict}", format_percent(t.yes_share_permille)) }
            </p>
            <svg class="majority-bar" viewBox="0 0 200 18" width="200" height="18" aria-hidden="true" preserveAspectRatio="none">
                <rect class="g-no" x="0" y="4" width="200" height="10" />
                <rect class="g-yes" x="0" y="4" width={coord(yes.min(200.0))} height="10" />
                <line class="needed" x1={coord(mark.min(200.0))} x2={coord(mark.min(200.0))} y1="0" y2="18" />
            </svg>
            <p class="rule">{ &rule.text }</p>
        </div>
    }
}
