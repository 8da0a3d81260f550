use crate::shared::Shared;

use article_core::country_names::Directory;
use article_core::story::Division;
use yew::prelude::*;

use crate::context::Viewer;
use crate::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct CountryFinderProps {
    pub division: Shared<Division>,
}

/// Resolve what a reader typed to a seat's country: a name the vote's data gives its seats
/// ("Gambia"), else any name the site's directory knows ("DPRK", "North Korea", "Swaziland").
/// `None` for the directory means it has not been read: only the seats' names are tried.
pub fn find(division: &Division, typed: &str, names: Option<&Directory>) -> Option<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    division
        .seats
        .iter()
        .find(|s| s.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(typed)))
        .and_then(|s| s.iso2.clone())
        .or_else(|| names?.lookup(typed).map(str::to_string))
        .filter(|iso2| division.seat_of(iso2).is_some())
}

/// What the finder says after a search.
#[derive(Clone, PartialEq)]
enum Outcome {
    Found,
    NotFound(String),
    /// The directory of names could not be read, and the seats' own names do not match.
    NoDirectory(String),
}

/// "Find a country": highlights the seat and announces its vote.
#[function_component(CountryFinder)]
pub fn country_finder(props: &CountryFinderProps) -> Html {
    let viewer = use_context::<Viewer>().expect("CountryFinder inside App");
    let division = props.division.clone();
    let outcome = use_state(|| Outcome::Found);
    let input = use_node_ref();

    let search = {
        let (viewer, division, outcome, input) = (viewer.clone(), division.clone(), outcome.clone(), input.clone());
        Callback::from(move |_| {
            let typed = input.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let shown: String = typed.trim().chars().take(60).collect();
            if shown.is_empty() || find(&division, &typed, None).is_some() {
                outcome.set(Outcome::Found);
                viewer.dispatch(Action::Select(find(&division, &typed, None)));
                return;
            }
            let (viewer, division, outcome, input) = (viewer.clone(), division.clone(), outcome.clone(), input.clone());
            viewer.files.clone().with_names(move |names| {
                // A later search has replaced this one.
                if input.cast::<web_sys::HtmlInputElement>().is_some_and(|i| i.value() != typed) {
                    return;
                }
                let found = find(&division, &typed, names.as_deref());
                outcome.set(match (&found, names) {
                    (Some(_), _) => Outcome::Found,
                    (None, Some(_)) => Outcome::NotFound(shown),
                    (None, None) => Outcome::NoDirectory(shown),
                });
                viewer.dispatch(Action::Select(found));
            });
        })
    };
    // Fetch the names while the reader types, so the search answers at once.
    let onfocus = {
        let files = viewer.files.clone();
        Callback::from(move |_: FocusEvent| files.with_names(|_| ()))
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
    let message = match (selected, &*outcome) {
        (_, Outcome::NotFound(typed)) => format!("No member state called “{typed}” in this vote."),
        (_, Outcome::NoDirectory(typed)) => {
            format!("“{typed}” is not a name this vote's data uses, and the list of other names could not be loaded.")
        }
        (Some(seat), Outcome::Found) => format!("{}: {}", seat.name.as_deref().unwrap_or("?"), seat.group.label()),
        (None, Outcome::Found) => String::new(),
    };
    let id = format!("{}-country-input", division.id);
    html! {
        <form class="finder" role="search" {onsubmit}>
            <label for={id.clone()}>{ "Find a country" }</label>
            <input id={id.clone()} ref={input} type="search" autocomplete="off"
                   placeholder="e.g. Gambia, DPRK" maxlength="60" {onchange} {onfocus} />
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
        let names = Directory::parse(&article_core::country_names::file_text());
        for (typed, iso2) in [
            ("Gambia", "GM"),
            ("gambia", "GM"),
            ("North Korea", "KP"),
            ("DPRK", "KP"),
            ("Eswatini", "SZ"),
            ("Swaziland", "SZ"),
        ] {
            assert_eq!(find(&division, typed, Some(&names)).as_deref(), Some(iso2), "{typed}");
        }
        assert_eq!(find(&division, "Atlantis", Some(&names)), None);
        assert_eq!(find(&division, "   ", Some(&names)), None);
        assert_eq!(find(&division, "Human Rights Watch", Some(&names)), None);
        // Before the directory is read, the seats' own names still work.
        assert_eq!(find(&division, "gambia", None).as_deref(), Some("GM"));
        assert_eq!(find(&division, "DPRK", None), None);
    }
}
