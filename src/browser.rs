//! Everything that touches the browser, called only from effects and callbacks (never while
//! rendering, so every component also renders on the server).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::address::Address;
use crate::components::app::Viewer;
use crate::state::Action;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub fn element(id: &str) -> Option<web_sys::HtmlElement> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// A window event listener kept alive until the clean-up removes it.
type Listener = (&'static str, Closure<dyn FnMut(web_sys::Event)>);

/// Runs once after hydration. Returns the clean-up for the listeners it adds.
pub fn on_mount(viewer: Viewer) -> impl FnOnce() {
    let mut listeners: Vec<Listener> = Vec::new();
    if let (Some(window), Some(document)) = (window(), document()) {
        let restore = {
            let viewer = viewer.clone();
            move || {
                let location = window_location();
                viewer.dispatch(Action::Restore(Address::from_query(&location.0)));
                let opened = Address::statement_fragment(&location.1)
                    .and_then(|id| viewer.story.card_of_statement(id).map(|c| c.id.clone()));
                if let Some(card) = &opened {
                    focus_and_reveal(&format!("statement-{card}"));
                }
                viewer.dispatch(Action::Open(opened));
            }
        };
        restore();
        for event in ["popstate", "hashchange"] {
            let restore = restore.clone();
            let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| restore());
            let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
            listeners.push((event, closure));
        }
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-hydrated", "");
        }
    }
    move || {
        if let Some(window) = window() {
            for (event, closure) in listeners {
                let _ = window.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
            }
        }
    }
}

/// (search, hash) of the current location.
fn window_location() -> (String, String) {
    window()
        .map(|w| w.location())
        .map(|l| (l.search().unwrap_or_default(), l.hash().unwrap_or_default()))
        .unwrap_or_default()
}

/// Replace the URL's query with the address (keeping path and fragment), without a history entry.
pub fn replace_query(address: &Address) {
    let Some(window) = window() else { return };
    let location = window.location();
    let (Ok(path), Ok(hash)) = (location.pathname(), location.hash()) else {
        return;
    };
    let url = format!("{path}{}{hash}", address.to_query());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Scroll an element into view (respecting reduced motion via CSS) and move focus to it.
pub fn focus_and_reveal(id: &str) {
    if let Some(el) = element(id) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// Set or clear a `#fragment` without scrolling or a history entry.
pub fn set_fragment(fragment: Option<&str>) {
    let Some(window) = window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    let url = match fragment {
        Some(f) => format!("{path}{search}#{f}"),
        None => format!("{path}{search}"),
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
