use crate::shared::Shared;

use article_core::story::Story;
use yew::prelude::*;

use super::article_body::ArticleBody;
use crate::conductor::Conductor;
use crate::islands::{Island, IslandRoot};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub story: Shared<Story>,
    /// Render the islands in place (tests, and a page rendered in one piece); otherwise leave
    /// each one's empty slot for the prerender to fill with the island rendered on its own.
    #[prop_or(true)]
    pub islands: bool,
    /// The site's name in the masthead (site.toml's `name`).
    #[prop_or(AttrValue::Static("Article viewer"))]
    pub site_name: AttrValue,
    /// The site's credit line in the footer (site.toml's `publisher` and `footer`).
    #[prop_or_default]
    pub credit: Option<AttrValue>,
}

impl AppProps {
    /// Props for an article's text, parsed now (native tools and tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_text(text: &str) -> Self {
        Self::from_story(crate::bundle::story(text))
    }

    /// Props for a story, with the default site name and no credit line.
    pub fn from_story(story: Story) -> Self {
        Self { story: Shared::new(story), islands: true, site_name: AttrValue::Static("Article viewer"), credit: None }
    }
}

/// The whole page: the masthead, the article's prose, the islands (the votes, the cards, the
/// embed dialog) and the colophon. The prose and the chrome are static HTML; only the islands
/// and the page's effects ([`Conductor`]) run in the browser.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let story = &props.story;
    let island = |island: Island| {
        let content = props.islands.then(|| html! { <IslandRoot story={story.clone()} {island} /> });
        html! { <div data-island={island.name()}>{ for content }</div> }
    };
    html! {
        <div class="viewer">
            <header class="masthead chrome">
                <p class="brand">{ &props.site_name }</p>
                { island(Island::Embed) }
            </header>
            <p id="viewer-notice" class="notice" role="status" hidden=true>
                { "Interactivity is unavailable right now; the article, chart and statements are shown as they were published." }
            </p>
            <main class="layout">
                <ArticleBody story={story.clone()} />
                { island(Island::Figures) }
                { island(Island::Cards) }
            </main>
            if !story.data_errors.is_empty() {
                <ul class="note data-errors">
                    { for story.data_errors.iter().map(|e| html! { <li>{ e }</li> }) }
                </ul>
            }
            <footer class="colophon chrome">
                <p>{ "Votes, speakers and quotes are extracted from the article's text; each chart credits the data it uses." }
                   if !story.flags.is_empty() {
                       { " Flags: flag-icons by Panayiotis Lipiridis (MIT)." }
                   }
                   if let Some(credit) = &props.credit {
                       { " " }{ credit }
                   }
                </p>
            </footer>
            if props.islands {
                <Conductor story={story.clone()} />
            }
        </div>
    }
}
