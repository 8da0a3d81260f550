//! Entry point: reads the page's article model and hydrates the page's islands with it.
//!
//! The wasm carries no article. Each page holds the model its islands need as inert JSON in
//! `<script type="application/json" id="viewer-story">` (written by `examples/prerender/`), read
//! by `Story::from_json`, a small reader written for the model's types (no serde deserialiser or
//! JSON crate is compiled in). Each `[data-island]` element is hydrated as its own root (see
//! `islands.rs`): those near the screen at once, one task each, the others when the reader nears
//! or touches them (`hydration.rs`); the prose is never walked. The page's effects run in a
//! `Conductor` mounted beside them, which marks `<html class="viewer-live">` and dispatches
//! `viewer:ready` (static/boot.js then replays a click made while the wasm was loading). If the
//! model cannot be read, the console says why and the page is left as it was prerendered.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::rc::Rc;

    use article_viewer::country_files::CountryFiles;
    use article_viewer::hydration;
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
    let mut roots = Vec::new();
    for i in 0..found.length() {
        let Some(element) = found.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let Some(island) = element.get_attribute("data-island").as_deref().and_then(Island::from_name) else {
            continue;
        };
        let files = CountryFiles::new(
            element.get_attribute("data-flags"),
            element.get_attribute("data-no-flag"),
            element.get_attribute("data-names"),
        );
        roots.push(hydration::Root { element, island, files: Rc::new(files) });
    }
    hydration::start(story, roots);
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
