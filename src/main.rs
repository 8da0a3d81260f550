//! Entry point: hydrates the prerendered page in the browser, or mounts when there is none.

#[cfg(target_arch = "wasm32")]
fn main() {
    use article_viewer::{bundle, App, AppProps};
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("viewer")) else {
        return;
    };
    let Some(seed) = bundle::default_seed() else {
        return;
    };
    let props = AppProps::from_seed(seed);
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    if root.child_element_count() > 0 {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("article-viewer is the wasm app: run `make serve` or `make build`.");
    eprintln!("For the article model as JSON: cargo run --release --bin article -- PATH");
}
