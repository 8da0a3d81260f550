//! Everything that touches the browser, called only from effects and callbacks (never while
//! rendering, so every component also renders on the server).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::address::Address;
use crate::context::Viewer;
use crate::embed;
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

type EventClosure = Closure<dyn FnMut(web_sys::Event)>;

/// A window event listener kept alive until the clean-up removes it.
type Listener = (&'static str, EventClosure);

/// The observer that reports the page height to an embedding parent, and its callback.
type HeightReport = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// Runs once after hydration. Returns the clean-up for the listeners it adds.
pub fn on_mount(viewer: Viewer) -> impl FnOnce() {
    let mut listeners: Vec<Listener> = Vec::new();
    let mut resize = None;
    if let (Some(window), Some(document)) = (window(), document()) {
        let restore = {
            let viewer = viewer.clone();
            move || {
                let location = window_location();
                viewer.dispatch(Action::Restore(Address::from_query(&location.0)));
                let opened = crate::address::fragment_id(&location.1)
                    .as_deref()
                    .and_then(Address::statement_fragment)
                    .and_then(|id| viewer.story.card_of_statement(id).map(|c| c.id.clone()));
                if let Some(card) = &opened {
                    // Following a link to a card (a quote, or "Back to the card") leaves "In context".
                    viewer.dispatch(Action::LeaveContext);
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
        let embedded = window.parent().ok().flatten().is_some_and(|parent| parent != window);
        if embedded {
            if let Some((report, message)) = report_height(&window) {
                listeners.push(("message", message));
                resize = Some(report);
            }
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
        if let Some((observer, _closure)) = resize {
            observer.disconnect();
        }
    }
}

/// In an iframe: tell the parent the content height on load and on every size change (growing
/// and shrinking), in the pym.js protocol; answer the parent's width messages with the height.
/// Messages whose source is not the parent window are ignored.
fn report_height(window: &web_sys::Window) -> Option<(HeightReport, EventClosure)> {
    let search = window.location().search().ok()?;
    let child_id = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .filter(|id| {
            !id.is_empty() && id.len() <= 100 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .unwrap_or("article-viewer")
        .to_string();
    let send = {
        let child_id = child_id.clone();
        move || {
            let Some(window) = web_sys::window() else { return };
            let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
            let height = root.get_bounding_client_rect().height().ceil().max(0.0) as u32;
            if let Ok(Some(parent)) = window.parent() {
                // Only the height crosses the frame boundary; pym.js parents accept any origin's.
                let _ = parent.post_message(&JsValue::from_str(&embed::pym_height(&child_id, height)), "*");
            }
        }
    };
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new({
        let send = send.clone();
        move |_| send()
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&window.document()?.document_element()?);
    let on_message = Closure::<dyn FnMut(web_sys::Event)>::new({
        let send = send.clone();
        move |event: web_sys::Event| {
            let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
            let Some(window) = web_sys::window() else { return };
            let from_parent = match (event.source(), window.parent()) {
                (Some(source), Ok(Some(parent))) => JsValue::from(source) == JsValue::from(parent),
                _ => false,
            };
            let data = event.data().as_string().unwrap_or_default();
            if from_parent && matches!(embed::pym_parse(&data), Some((id, "width", _)) if id == child_id) {
                send();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    send();
    Some(((observer, on_resize), on_message))
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

/// Scroll an element (HTML or SVG) into view if needed and move focus to it.
pub fn focus_and_reveal(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else { return };
    // `focus()` is shared by HTML and SVG elements (HTMLOrSVGElement); the binding calls it by name.
    let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
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

/// "In context" in the prerendered prose, which no island owns: mark the quoted span, add a
/// "Back to the card" link after its paragraph's text and move focus to the span. `None`
/// clears it. The link is a plain fragment link, so it works as the quote links do.
pub fn show_in_context(quote: Option<(&str, &str)>) {
    let Some(document) = document() else { return };
    if let Ok(marked) = document.query_selector_all(".quote.in-context") {
        for i in 0..marked.length() {
            if let Some(el) = marked.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.class_list().remove_1("in-context");
                let _ = el.remove_attribute("tabindex");
            }
        }
    }
    if let Ok(links) = document.query_selector_all(".back-wrap") {
        for i in 0..links.length() {
            if let Some(el) = links.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
    let Some((statement, card)) = quote else { return };
    let Some(span) = document.get_element_by_id(&format!("q-{statement}")) else { return };
    let _ = span.class_list().add_1("in-context");
    let _ = span.set_attribute("tabindex", "-1");
    if let (Ok(Some(paragraph)), Ok(wrap), Ok(link)) =
        (span.closest("p"), document.create_element("span"), document.create_element("a"))
    {
        wrap.set_class_name("back-wrap");
        wrap.set_text_content(Some(" "));
        link.set_class_name("back");
        let _ = link.set_attribute("href", &format!("#statement-{card}"));
        link.set_text_content(Some("↩ Back to the card"));
        let _ = wrap.append_child(&link);
        let _ = paragraph.append_child(&wrap);
    }
    focus_and_reveal(&format!("q-{statement}"));
}

/// Once the page is live: `<html>` gets the class `viewer-live` and `document` receives a
/// `viewer:ready` event (static/boot.js then replays a click made while the wasm loaded). On the
/// next microtask, so that every root has returned from its first render.
pub fn announce_ready() {
    let announce = Closure::once_into_js(|| {
        let Some(document) = document() else { return };
        if let Some(html) = document.document_element() {
            let _ = html.class_list().add_1("viewer-live");
        }
        if let Ok(event) = web_sys::CustomEvent::new("viewer:ready") {
            let _ = document.dispatch_event(&event);
        }
    });
    if let Some(window) = window() {
        window.queue_microtask(announce.unchecked_ref());
    }
}

/// Fetch a same-site text file (relative to the page) and hand its text, or why not, to `done`.
pub fn fetch_text(url: &str, done: impl FnOnce(Result<String, String>) + 'static) {
    // One copy of the fetch for every caller: each `done` is boxed, not a version of its own.
    fetch_boxed(url, Box::new(done));
}

fn fetch_boxed(url: &str, done: Box<dyn FnOnce(Result<String, String>)>) {
    let Some(window) = window() else { return };
    let request = window.fetch_with_str(url);
    yew::platform::spawn_local(async move {
        let result = async {
            let response =
                wasm_bindgen_futures::JsFuture::from(request).await.map_err(|_| "no connection".to_string())?;
            let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
            if !response.ok() {
                return Err(format!("HTTP {}", response.status()));
            }
            let text = response.text().map_err(|_| "unreadable".to_string())?;
            let text = wasm_bindgen_futures::JsFuture::from(text).await.map_err(|_| "unreadable".to_string())?;
            text.as_string().ok_or_else(|| "not text".to_string())
        }
        .await;
        done(result);
    });
}

/// Save `url` (a same-site file or a `data:` URL) under the file name `name`.
pub fn download(url: &str, name: &str) {
    let Some(document) = document() else { return };
    let Some(link) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(url);
    link.set_download(name);
    link.click();
}
