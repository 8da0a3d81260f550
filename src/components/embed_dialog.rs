use yew::prelude::*;

use crate::context::Viewer;
use crate::embed;

/// "Embed": a dialog with the iframe and loader snippets for the current view and theme.
#[function_component(EmbedDialog)]
pub fn embed_dialog() -> Html {
    let viewer = use_context::<Viewer>().expect("EmbedDialog inside App");
    let open = use_state(|| false);
    let page = use_state(String::new);
    let toggle = {
        let (open, page) = (open.clone(), page.clone());
        Callback::from(move |_: MouseEvent| {
            if !*open {
                page.set(embed::page_url());
            }
            open.set(!*open);
        })
    };
    // On open, move focus into the dialog; Escape closes it and returns focus to the button.
    use_effect_with(*open, |open| {
        if *open {
            crate::browser::focus_and_reveal("embed-title");
        }
    });
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
                crate::browser::focus_and_reveal("embed-button");
            }
        })
    };
    let address = viewer.state.address.clone();
    let snippets =
        embed::snippets_for(&page, &address, &embed::Loader::from_document(), &viewer.story.article.headline);
    html! {
        <div class="embed">
            <button type="button" id="embed-button" class="embed-button" aria-expanded={open.to_string()} aria-controls="embed-panel" onclick={toggle.clone()}>{ "Embed" }</button>
            if *open {
                <div id="embed-panel" class="embed-panel" role="dialog" aria-labelledby="embed-title" {onkeydown}>
                    <h2 id="embed-title" tabindex="-1">{ "Embed this viewer" }</h2>
                    { for snippets.into_iter().map(|(label, code)| {
                        let copy = {
                            let code = code.clone();
                            Callback::from(move |_: MouseEvent| crate::share::copy(&code))
                        };
                        html! {
                            <div class="snippet">
                                <label>{ label }<textarea readonly=true rows="4" value={code} /></label>
                                <button type="button" onclick={copy} aria-label={format!("Copy the {label}")}>{ "Copy" }</button>
                            </div>
                        }
                    }) }
                    <button type="button" onclick={toggle}>{ "Close" }</button>
                </div>
            }
        </div>
    }
}
