//! Entry point: hydrates the prerendered page in the browser, or mounts when there is none.

#[cfg(target_arch = "wasm32")]
fn main() {
    use article_viewer::{address::Address, bundle, App, AppProps};
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("viewer")) else {
        return;
    };
    // `?article=<seed name>` picks another bundled article. The page was prerendered with the
    // default one, so that one is hydrated and any other is rendered afresh.
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Some(seed) = bundle::seed_named(&Address::from_query(&search).article) else {
        return;
    };
    let prerendered = root.child_element_count() > 0;
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::from_seed(seed));
    if prerendered && Some(seed) == bundle::default_seed() {
        renderer.hydrate();
    } else {
        root.set_inner_html("");
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-viewer is the wasm app: run `make serve` or `make build`.");
    eprintln!("For the article model as JSON: cargo run --release --bin article -- PATH");
}
