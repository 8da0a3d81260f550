use std::rc::Rc;

use article_core::story::Story;
use yew::prelude::*;

use super::article_body::ArticleBody;
use super::assembly_chart::AssemblyChart;
use super::card_deck::CardDeck;
use super::council_panel::CouncilPanel;
use super::embed_dialog::EmbedDialog;
use crate::address::View;
use crate::browser;
use crate::bundle;
use crate::state::{Action, ViewState};

/// Everything a component needs: the linked model and the reader's view state.
#[derive(Clone, PartialEq)]
pub struct Viewer {
    pub story: Rc<Story>,
    pub state: UseReducerHandle<ViewState>,
}

impl Viewer {
    /// A callback that maps an event to an action and dispatches it.
    pub fn on<E: 'static>(&self, action: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |e: E| state.dispatch(action(e)))
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub story: Rc<Story>,
}

impl AppProps {
    /// Props for a bundled article.
    pub fn from_seed(seed: &bundle::Seed) -> Self {
        Self { story: Rc::new(seed.story()) }
    }

    /// Props for an article's text, parsed now (native tools and tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_text(text: &str) -> Self {
        Self { story: Rc::new(bundle::story(text)) }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(ViewState::default);
    let viewer = Viewer { story: props.story.clone(), state: state.clone() };

    // After hydration: read the URL, follow history and fragments, report the size to an embedding parent.
    {
        let viewer = viewer.clone();
        use_effect_with((), move |_| browser::on_mount(viewer));
    }
    // Keep the URL in step with the shareable view state.
    use_effect_with(state.address.clone(), {
        let restored = state.restored;
        move |address| {
            if restored {
                browser::replace_query(address);
            }
        }
    });
    // "In context": focus the quoted span once it is rendered highlighted.
    use_effect_with(state.in_context, {
        let story = props.story.clone();
        move |statement| {
            if let Some(s) = statement.and_then(|i| story.article.statements.get(i)) {
                browser::focus_and_reveal(&format!("q-{}", s.id));
            }
        }
    });

    let story = &props.story;
    let shows = |part: View| state.address.view == View::All || state.address.view == part;
    let mut class = classes!("viewer", format!("view-{}", state.address.view.key()));
    if state.address.plain || state.address.embed {
        class.push("plain");
    }
    let sources = story.assembly.is_some() || story.council.is_some();

    html! {
        <ContextProvider<Viewer> context={viewer}>
            <div {class}>
                <header class="masthead chrome">
                    <p class="brand">{ "Article viewer" }</p>
                    <EmbedDialog />
                </header>
                <p id="viewer-notice" class="notice" role="status" hidden=true>
                    { "Interactivity is unavailable right now; the article, chart and statements are shown as they were published." }
                </p>
                <main class="layout">
                    // Other views keep the headline as the page's heading, for context.
                    <ArticleBody full={shows(View::Article)} />
                    if (shows(View::Chart) || shows(View::Council)) && sources {
                        <div class="figures">
                            if shows(View::Chart) {
                                <AssemblyChart />
                            }
                            if shows(View::Council) {
                                <CouncilPanel />
                            }
                        </div>
                    }
                    if shows(View::Cards) {
                        <CardDeck />
                    }
                </main>
                if !story.data_errors.is_empty() {
                    <ul class="note data-errors">
                        { for story.data_errors.iter().map(|e| html! { <li>{ e }</li> }) }
                    </ul>
                }
                <footer class="colophon chrome">
                    <p>{ "Votes, speakers and quotes are extracted from the article's text. " }
                       { "Per-country votes: " }{ bundle::ASSEMBLY_SOURCE.citation }{ ". " }
                       { "Security Council vote: " }{ bundle::COUNCIL_SOURCE.citation }{ "." }</p>
                </footer>
            </div>
        </ContextProvider<Viewer>>
    }
}
