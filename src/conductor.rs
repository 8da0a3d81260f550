//! The page's own effects, run once however many islands hydrate: read the URL, follow history and
//! fragments, keep the URL in step with the view state, report the height to an embedding parent,
//! show a quote "in context" in the prerendered prose, and say when the page is live. It renders
//! nothing, so the wasm mounts it beside the islands rather than hydrating it.

use crate::shared::Shared;
use std::rc::Rc;

use article_core::story::Story;
use yew::prelude::*;

use crate::browser;
use crate::context::Viewer;
use crate::store;

#[derive(Properties, PartialEq, Clone)]
pub struct ConductorProps {
    pub story: Shared<Story>,
}

#[function_component(Conductor)]
pub fn conductor(props: &ConductorProps) -> Html {
    let state = store::use_view_state(store::Interest::Everything);
    let viewer = Viewer { story: props.story.clone(), state: state.clone(), files: Rc::default() };
    {
        let viewer = viewer.clone();
        use_effect_with((), move |_| browser::on_mount(viewer));
    }
    use_effect_with(state.address.clone(), {
        let restored = state.restored;
        move |address| {
            if restored {
                browser::replace_query(address);
            }
        }
    });
    use_effect_with((state.in_context, state.return_to.clone()), {
        let story = props.story.clone();
        move |(statement, card)| {
            let quote = statement.and_then(|i| story.article.statements.get(i));
            browser::show_in_context(quote.zip(card.as_deref()).map(|(s, card)| (s.id.as_str(), card)));
        }
    });
    use_effect_with((), |_| browser::announce_ready());
    Html::default()
}
