use crate::shared::Shared;

use article_core::division::long_date;
use article_core::hemicycle;
use article_core::story::{Division, Group, SeatVote};
use yew::prelude::*;

use super::flag::Flag;
use crate::address::CouncilView;
use crate::context::Viewer;
use crate::geometry::coord;
use crate::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct CouncilPanelProps {
    pub division: Shared<Division>,
}

/// The class key of a seat's stance, shared with the stylesheet.
fn stance_key(group: Group) -> &'static str {
    match group {
        Group::Yes => "for",
        Group::No => "against",
        Group::Abstain => "abstain",
        Group::Absent | Group::Unknown => "unstated",
    }
}

fn next_label(group: Group) -> &'static str {
    match group {
        Group::Yes => "Voted in favour",
        Group::No => "Voted against",
        Group::Abstain => "Abstained",
        Group::Absent | Group::Unknown => "Did not vote",
    }
}

/// One line a stance, in seat order: "10 pushed for the item: not named in the article",
/// "2 opposed: Russian Federation, China (permanent members, veto)".
fn stance_lines(seats: &[SeatVote], label: &dyn Fn(Group) -> &'static str) -> Vec<(Group, String)> {
    let mut lines: Vec<(Group, String)> = Vec::new();
    for group in Group::ALL {
        let members: Vec<&SeatVote> = seats.iter().filter(|s| s.group == group).collect();
        if members.is_empty() {
            continue;
        }
        let named: Vec<&SeatVote> = members.iter().copied().filter(|s| s.name.is_some()).collect();
        let what = label(group).to_ascii_lowercase();
        let who = if named.is_empty() {
            if group == Group::Unknown {
                String::new()
            } else {
                ": not named in the article".into()
            }
        } else {
            let names: Vec<String> = named.iter().map(|s| seat_name(s)).collect();
            let mut who = format!(": {}", names.join(", "));
            if named.len() < members.len() {
                who.push_str(&format!(" and {} not named", members.len() - named.len()));
            }
            if named.iter().all(|s| s.permanent) {
                who.push_str(if named.len() > 1 { " (permanent members, veto)" } else { " (permanent member, veto)" });
            }
            who
        };
        lines.push((group, format!("{} {what}{who}", members.len())));
    }
    lines
}

fn seat_name(seat: &SeatVote) -> String {
    seat.name.clone().unwrap_or_else(|| "Member not named".into())
}

/// The Security Council: 15 seats, permanent members ringed as holding a veto. Two states when
/// the data has the Council's later vote on the item: what the article says, and that vote.
#[function_component(CouncilPanel)]
pub fn council_panel(props: &CouncilPanelProps) -> Html {
    let viewer = use_context::<Viewer>().expect("CouncilPanel inside App");
    let division = &props.division;
    let state = &viewer.state;
    let next = division.next.as_ref().filter(|_| state.address.council == CouncilView::Next);
    let seats: &[SeatVote] = next.map_or(&division.seats, |n| &n.seats);
    let layout = hemicycle::arc(seats.len());
    let k = 100.0;
    let has_flag = |code: &str| viewer.story.has_flag(code);
    let label = |g: Group| if next.is_some() { next_label(g) } else { division.group_label(g) };

    let tabs = [(CouncilView::Article, "In the article"), (CouncilView::Next, "What happened next")]
        .into_iter()
        .filter(|(view, _)| *view == CouncilView::Article || division.next.is_some())
        .map(|(view, label)| {
            let pressed = (view == CouncilView::Next) == next.is_some();
            html! {
                <button type="button" class="toggle" aria-pressed={pressed.to_string()}
                        onclick={viewer.on(move |_: MouseEvent| Action::SetCouncil(view))}>{ label }</button>
            }
        });

    let caption = if let Some(n) = next {
        let names = |g: Group| -> String {
            seats.iter().filter(|s| s.group == g).map(seat_name).collect::<Vec<_>>().join(", ")
        };
        let count = |g: Group| seats.iter().filter(|s| s.group == g).count();
        html! {
            <>
                <p class="caption">
                    { format!("{}, {}: {} in favour, {} against ({}), {} abstaining ({}).",
                        long_date(&n.record.date), n.question.to_ascii_lowercase(), count(Group::Yes), count(Group::No), names(Group::No),
                        count(Group::Abstain), names(Group::Abstain)) }
                </p>
                <p class="rule">
                    { &n.rule.text }
                    if n.rule.passes == Some(true) { { " It passed." } }
                </p>
                <p class="source">
                    { "Source: " }{ &n.record.citation }{ "." }
                    if let Some(note) = &n.note { { " " }{ note } }
                </p>
            </>
        }
    } else {
        html! {
            <>
                <p class="caption">{ "“" }{ &division.tally.sentence }{ "”" }</p>
                <p class="rule">
                    if let Some(rule) = &division.rule {
                        { &rule.text }{ " " }
                    }
                    { format!("Permanent members, holding a veto: {}.", article_core::countries::PERMANENT.join(", ")) }
                </p>
                if let Some(record) = &division.record {
                    <p class="source">{ "Source: " }{ &record.citation }{ "." }</p>
                }
            </>
        }
    };

    let title = format!("{}-title", division.id);
    html! {
        <section class="panel council" aria-labelledby={title.clone()} id={division.id.clone()} data-body="un-sc">
            <h2 id={title}>{ &division.heading }</h2>
            <div class="toolbar" role="group" aria-label="Which account">{ for tabs }</div>
            <svg class="council-map" viewBox={format!("0 0 {} {}", coord(layout.width * k), coord(layout.height * k))}
                 width={coord(layout.width * k)} height={coord(layout.height * k)} aria-hidden="true">
                { for seats.iter().zip(layout.seats.iter()).map(|(seat, spot)| {
                    let lit = state.is_lit(seat.iso2.as_deref());
                    let (x, y, r) = (spot.x * k, spot.y * k, layout.seat_radius * k);
                    html! {
                        <g class={classes!("seat", format!("s-{}", stance_key(seat.group)), lit.then_some("lit"))} data-iso={seat.iso2.clone()}>
                            if seat.permanent {
                                <circle class="veto" cx={coord(x)} cy={coord(y)} r={coord(r)} />
                            }
                            <circle cx={coord(x)} cy={coord(y)} r={coord(r * 0.7)} />
                        </g>
                    }
                }) }
            </svg>
            <ul class="council-summary">
                { for stance_lines(seats, &label).into_iter().map(|(group, line)| html! {
                    <li class={format!("s-{}", stance_key(group))}>{ line }</li>
                }) }
            </ul>
            <details class="council-members">
                <summary>{ format!("All {} members", seats.len()) }</summary>
                <ol class="council-list">
                    { for seats.iter().map(|seat| {
                        let lit = state.is_lit(seat.iso2.as_deref());
                        html! {
                            <li class={classes!(format!("s-{}", stance_key(seat.group)), lit.then_some("lit"))} data-iso={seat.iso2.clone()}>
                                if let Some(code) = seat.iso2.as_deref().filter(|c| has_flag(c)) {
                                    <Flag code={AttrValue::from(code.to_string())} />{ " " }
                                }
                                <span class="who">{ seat_name(seat) }</span>
                                { " — " }{ label(seat.group) }
                                if seat.permanent {
                                    <span class="veto-tag">{ " · permanent member, veto" }</span>
                                }
                            </li>
                        }
                    }) }
                </ol>
            </details>
            { caption }
            { for division.notes.iter().map(|note| html! { <p class="note" role="note">{ note }</p> }) }
        </section>
    }
}
