//! Entry point: reads the page's article model and hydrates the page's islands with it.
//!
//! The wasm carries no article. Each page holds the model its islands need as inert JSON in
//! `<script type="application/json" id="viewer-story">` (written by `examples/prerender/`), read
//! by `Story::from_json`, a small reader written for the model's types (no serde deserialiser or
//! JSON crate is compiled in). Each `[data-island]` element is hydrated as its own root (see
//! `islands.rs`), one task each: the prose is never walked. The page's effects run in a [`Conductor`] mounted
//! beside them, which finally marks `<html class="viewer-live">` and dispatches `viewer:ready`
//! (static/boot.js then replays a click made while the wasm was loading). If the model cannot be
//! read, the console says why and the page is left as it was prerendered.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::collections::VecDeque;
    use std::rc::Rc;

    use article_viewer::country_files::CountryFiles;
    use article_viewer::islands::Island;
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let story = match read_story(&document) {
        Ok(story) => Rc::new(story),
        Err(error) => {
            web_sys::console::error_1(
                &format!("article viewer: the page's article model cannot be read: {error}").into(),
            );
            return;
        }
    };
    let Ok(found) = document.query_selector_all("[data-island]") else {
        return;
    };
    let mut roots = VecDeque::new();
    for i in 0..found.length() {
        let Some(root) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let Some(island) = root.get_attribute("data-island").as_deref().and_then(Island::from_name) else {
            continue;
        };
        let files = CountryFiles::new(
            root.get_attribute("data-flags"),
            root.get_attribute("data-no-flag"),
            root.get_attribute("data-names"),
        );
        roots.push_back((root, island, Rc::new(files)));
    }
    hydrate_in_turn(story, roots);
}

/// Hydrate the islands one task each, in page order, then mount the page's effects: no single
/// long task blocks the main thread (a tap or a scroll is answered between two islands). Every
/// island hydrates with the state the page was rendered with, because the effects that restore
/// the URL's state start only after the last one.
#[cfg(target_arch = "wasm32")]
fn hydrate_in_turn(
    story: std::rc::Rc<article_core::story::Story>,
    mut roots: std::collections::VecDeque<(
        web_sys::Element,
        article_viewer::islands::Island,
        std::rc::Rc<article_viewer::country_files::CountryFiles>,
    )>,
) {
    use article_viewer::conductor::{Conductor, ConductorProps};
    use article_viewer::islands::{IslandProps, IslandRoot};
    use wasm_bindgen::JsCast;

    let Some((root, island, files)) = roots.pop_front() else {
        // The page's effects, in a root of their own that renders nothing.
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(host) = document.create_element("div").ok() else { return };
        let _ = host.set_attribute("hidden", "");
        if let Some(body) = document.body() {
            let _ = body.append_child(&host);
        }
        yew::Renderer::<Conductor>::with_root_and_props(host, ConductorProps { story: story.into() }).render();
        return;
    };
    let props = IslandProps { story: story.clone().into(), island, files };
    let renderer = yew::Renderer::<IslandRoot>::with_root_and_props(root.clone(), props);
    if root.has_child_nodes() {
        renderer.hydrate();
    } else {
        renderer.render();
    }
    let next = wasm_bindgen::closure::Closure::once_into_js(move || hydrate_in_turn(story, roots));
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(next.unchecked_ref(), 0);
    }
}

/// The model in `#viewer-story`, read by `Story::from_json` (no JSON or serde code in the wasm).
#[cfg(target_arch = "wasm32")]
fn read_story(document: &web_sys::Document) -> Result<article_core::story::Story, String> {
    let json = document
        .get_element_by_id("viewer-story")
        .and_then(|script| script.text_content())
        .ok_or("the page has no #viewer-story")?;
    article_core::story::Story::from_json(&json).map_err(|e| e.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-viewer is the wasm app: run `make serve` or `make build`.");
    eprintln!("For the article model as JSON: cargo run --release --bin article -- PATH");
}
