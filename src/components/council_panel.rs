use article_core::hemicycle;
use article_core::majority::{council_procedural, COUNCIL_MEMBERS, COUNCIL_NEEDED};
use article_core::story::{CouncilSeat, Stance};
use yew::prelude::*;

use super::app::Viewer;
use super::seat_map::coord;
use crate::address::CouncilView;
use crate::bundle;
use crate::state::Action;

fn stance_label(stance: Stance, next: bool) -> &'static str {
    match (stance, next) {
        (Stance::For, false) => "Pushed for the item",
        (Stance::For, true) => "Voted in favour",
        (Stance::Against, false) => "Opposed",
        (Stance::Against, true) => "Voted against",
        (Stance::Abstain, _) => "Abstained",
        (Stance::NotStated, _) => "Not stated in the article",
    }
}

fn seat_name(seat: &CouncilSeat) -> String {
    seat.name.clone().unwrap_or_else(|| "Member not named".into())
}

/// The Security Council: 15 seats, permanent members ringed as holding a veto. Two states:
/// what the article says, and the cited vote that followed it.
#[function_component(CouncilPanel)]
pub fn council_panel() -> Html {
    let viewer = use_context::<Viewer>().expect("CouncilPanel inside App");
    let Some(council) = viewer.story.council.as_ref() else {
        return Html::default();
    };
    let state = &viewer.state;
    let next = state.address.council == CouncilView::Next && council.next.is_some();
    let seats: &[CouncilSeat] = if next { council.next.as_deref().unwrap_or_default() } else { &council.article };
    let layout = hemicycle::arc(seats.len());
    let k = 100.0;

    let tabs = [(CouncilView::Article, "In the article"), (CouncilView::Next, "What happened next")]
        .into_iter()
        .filter(|(view, _)| *view == CouncilView::Article || council.next.is_some())
        .map(|(view, label)| {
            html! {
                <button type="button" class="toggle" aria-pressed={(state.address.council == view || (view == CouncilView::Article && !next)).to_string()}
                        onclick={viewer.on(move |_: MouseEvent| Action::SetCouncil(view))}>{ label }</button>
            }
        });

    let caption = if next {
        let names = |stance: Stance| -> String {
            seats.iter().filter(|s| s.stance == stance).map(seat_name).collect::<Vec<_>>().join(", ")
        };
        let count = |stance: Stance| seats.iter().filter(|s| s.stance == stance).count() as u32;
        let yes = count(Stance::For);
        html! {
            <>
                <p class="caption">
                    { format!("{}, procedural vote on putting the item on the agenda: {} in favour, {} against ({}), {} abstaining ({}).",
                        bundle::COUNCIL_SOURCE.date, yes, count(Stance::Against), names(Stance::Against), count(Stance::Abstain), names(Stance::Abstain)) }
                </p>
                <p class="rule">
                    { format!("Procedural votes need {COUNCIL_NEEDED} of {COUNCIL_MEMBERS} votes and the veto does not apply to them, so the two permanent members against could not block it{}.",
                        if council_procedural(yes) { "; it passed" } else { "" }) }
                </p>
                <p class="source">{ "Source: " }{ bundle::COUNCIL_SOURCE.citation }{ ". Members in favour are inferred from the 15 minus those the release names." }</p>
            </>
        }
    } else {
        html! {
            <>
                <p class="caption">{ "“" }{ &council.tally.sentence }{ "”" }</p>
                <p class="rule">{ format!("Permanent members, holding a veto: {}.", council.permanent.join(", ")) }</p>
            </>
        }
    };

    html! {
        <section class="panel council" aria-labelledby="sc-title" id="council">
            <h2 id="sc-title">{ "Security Council" }</h2>
            <div class="toolbar" role="group" aria-label="Which account">{ for tabs }</div>
            <svg class="council-map" viewBox={format!("0 0 {} {}", coord(layout.width * k), coord(layout.height * k))}
                 width={coord(layout.width * k)} height={coord(layout.height * k)} aria-hidden="true">
                { for seats.iter().zip(layout.seats.iter()).map(|(seat, spot)| {
                    let lit = state.is_lit(seat.iso2.as_deref());
                    let (x, y, r) = (spot.x * k, spot.y * k, layout.seat_radius * k);
                    html! {
                        <g class={classes!("seat", format!("s-{}", seat.stance.key()), lit.then_some("lit"))} data-iso={seat.iso2.clone()}>
                            if seat.permanent {
                                <circle class="veto" cx={coord(x)} cy={coord(y)} r={coord(r)} />
                            }
                            <circle cx={coord(x)} cy={coord(y)} r={coord(r * 0.7)} />
                        </g>
                    }
                }) }
            </svg>
            <ol class="council-list">
                { for seats.iter().map(|seat| {
                    let lit = state.is_lit(seat.iso2.as_deref());
                    html! {
                        <li class={classes!(format!("s-{}", seat.stance.key()), lit.then_some("lit"))} data-iso={seat.iso2.clone()}>
                            <span class="who">{ seat_name(seat) }</span>
                            { " — " }{ stance_label(seat.stance, next) }
                            if seat.permanent {
                                <span class="veto-tag">{ " · permanent member, veto" }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
            { caption }
            { for council.notes.iter().map(|note| html! { <p class="note" role="note">{ note }</p> }) }
        </section>
    }
}
