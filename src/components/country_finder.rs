use std::rc::Rc;

use article_core::countries;
use article_core::story::Division;
use yew::prelude::*;

use crate::context::Viewer;
use crate::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct CountryFinderProps {
    pub division: Rc<Division>,
}

/// Resolve what a reader typed to a seat's country: any name the data or the member-state table
/// knows ("Gambia", "DPRK", "North Korea", "Eswatini", "Swaziland").
pub fn find(division: &Division, typed: &str) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    division
        .seats
        .iter()
        .find(|s| s.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(typed)))
        .and_then(|s| s.iso2.clone())
        .or_else(|| countries::lookup(typed).map(|c| c.iso2.to_string()))
        .filter(|iso2| division.seat_of(iso2).is_some())
}

/// "Find a country": highlights the seat and announces its vote.
#[function_component(CountryFinder)]
pub fn country_finder(props: &CountryFinderProps) -> Html {
    let viewer = use_context::<Viewer>().expect("CountryFinder inside App");
    let division = props.division.clone();
    let not_found = use_state(|| None::<String>);
    let input = use_node_ref();

    let search = {
        let (viewer, division, not_found, input) = (viewer.clone(), division.clone(), not_found.clone(), input.clone());
        Callback::from(move |_| {
            let typed = input.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let found = find(&division, &typed);
            not_found.set(if found.is_none() && !typed.trim().is_empty() {
                Some(typed.trim().chars().take(60).collect())
            } else {
                None
            });
            viewer.dispatch(Action::Select(found));
        })
    };
    let onsubmit = {
        let search = search.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            search.emit(());
        })
    };
    let onchange = search.reform(|_: Event| ());

    let selected = viewer.state.selected.as_deref().and_then(|iso2| division.seat_of(iso2).map(|i| &division.seats[i]));
    let message = match (selected, &*not_found) {
        (_, Some(typed)) => format!("No member state called “{typed}” in this vote."),
        (Some(seat), None) => format!("{}: {}", seat.name.as_deref().unwrap_or("?"), seat.group.label()),
        (None, None) => String::new(),
    };
    let id = format!("{}-country-input", division.id);
    html! {
        <form class="finder" role="search" {onsubmit}>
            <label for={id.clone()}>{ "Find a country" }</label>
            <input id={id.clone()} ref={input} type="search" autocomplete="off"
                   placeholder="e.g. Gambia, DPRK" maxlength="60" {onchange} />
            <button type="submit">{ "Find" }</button>
            <output class="finder-result" for={id} aria-live="polite">{ message }</output>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_any_known_spelling_of_a_seat() {
        let story = crate::bundle::story(include_str!("../../seeds/000_fa9ca6f986d2676d.txt"));
        let division = story.main().expect("the seed has a General Assembly vote").clone();
        for (typed, iso2) in [
            ("Gambia", "GM"),
            ("gambia", "GM"),
            ("North Korea", "KP"),
            ("DPRK", "KP"),
            ("Eswatini", "SZ"),
            ("Swaziland", "SZ"),
        ] {
            assert_eq!(find(&division, typed).as_deref(), Some(iso2), "{typed}");
        }
        assert_eq!(find(&division, "Atlantis"), None);
        assert_eq!(find(&division, "   "), None);
        assert_eq!(find(&division, "Human Rights Watch"), None);
    }
}
