use article_core::story::{CardFilter, Story};
use yew::prelude::*;

use super::statement_card::StatementCard;
use crate::context::Viewer;
use crate::state::Action;

/// The statement cards with their filter and search. No section at all when the article has no quotes.
#[function_component(CardDeck)]
pub fn card_deck() -> Html {
    let viewer = use_context::<Viewer>().expect("CardDeck inside App");
    let story = &viewer.story;
    if story.cards.is_empty() {
        return Html::default();
    }
    let state = &viewer.state;
    let selected = state.selected.as_deref().filter(|iso2| story.cards_of(iso2).next().is_some());
    let shown: Vec<usize> = story
        .cards
        .iter()
        .enumerate()
        .filter(|(_, c)| c.matches(state.address.filter, &state.address.query))
        .filter(|(_, c)| selected.is_none() || c.country.as_deref() == selected)
        .map(|(i, _)| i)
        .collect();
    // Only offer the filters that apply to this article.
    let filters = CardFilter::ALL
        .into_iter()
        .filter(|&f| f == CardFilter::All || f == state.address.filter || story.cards.iter().any(|c| c.matches(f, "")));
    let oninput =
        viewer.on(|e: InputEvent| Action::SetQuery(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));

    html! {
        <section class="panel cards" aria-labelledby="cards-title" id="statements">
            <h2 id="cards-title">{ "Who said what" }</h2>
            <div class="card-tools">
                <div class="toolbar" role="group" aria-label="Filter by how the speaker's state voted">
                    { for filters.map(|f| html! {
                        <button type="button" class="toggle" aria-pressed={(state.address.filter == f).to_string()}
                                onclick={viewer.on(move |_: MouseEvent| Action::SetFilter(f))}>{ f.label() }</button>
                    }) }
                </div>
                <label class="search">
                    <span>{ "Search quotes and speakers" }</span>
                    <input type="search" value={state.address.query.clone()} {oninput} maxlength="100" />
                </label>
            </div>
            if let Some(iso2) = selected {
                <p class="selection">
                    { format!("Statements by speakers for {}. ", country_name(story, iso2)) }
                    <button type="button" class="link" onclick={viewer.on(|_: MouseEvent| Action::Select(None))}>{ "Show all" }</button>
                </p>
            }
            <p class="count" aria-live="polite">{ format!("{} of {} speakers", shown.len(), story.cards.len()) }</p>
            <ol class="card-list">
                { for shown.into_iter().map(|i| html! { <li><StatementCard index={i} /></li> }) }
            </ol>
        </section>
    }
}

/// A country's name as the page's votes give it, else its code.
fn country_name<'a>(story: &'a Story, iso2: &'a str) -> &'a str {
    story
        .divisions
        .iter()
        .flat_map(|d| d.seats.iter())
        .find(|s| s.iso2.as_deref() == Some(iso2))
        .and_then(|s| s.name.as_deref())
        .unwrap_or(iso2)
}
