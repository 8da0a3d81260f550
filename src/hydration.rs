//! When each island hydrates. The islands on screen, or within half a screen of it, when the wasm
//! starts hydrate at once, one task each, in page order; then the page's effects mount and the
//! page says it is live. The others stay as prerendered, inert, until the first of:
//!
//! - the reader nears them (an `IntersectionObserver`, half a screen ahead);
//! - a pointer moves over them, the focus moves into them or a click lands in them (the focus or
//!   the click that wakes an island is given again to the same element once it has hydrated);
//! - the shared state changes in a way they show: a seat picked in the chart selects the cards'
//!   statements below, and a filter in the URL filters them ([`Interest::wakes`]).
//!
//! An island that hydrates late still hydrates with the state the page was rendered with, then
//! catches up ([`store::use_view_state`](crate::store::use_view_state)): late is never wrong.
//! The point is the first load: a phone reading the lead hydrates the small embed button, not the
//! charts and cards two screens down, so the main thread stays free for the reader.
//!
//! [`Interest::wakes`]: crate::store::Interest::wakes

/// How far ahead of the screen an island hydrates: half a screen, as an `IntersectionObserver`
/// margin.
pub const AHEAD_MARGIN: &str = "50% 0px";

#[cfg(target_arch = "wasm32")]
pub use self::browser::{start, Root};

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;

    use article_core::story::Story;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, Event};

    use super::AHEAD_MARGIN;
    use crate::conductor::{Conductor, ConductorProps};
    use crate::country_files::CountryFiles;
    use crate::islands::{Island, IslandProps, IslandRoot};
    use crate::store;

    /// An island's element, which island it is, and the site's country files it reads.
    pub struct Root {
        pub element: Element,
        pub island: Island,
        pub files: Rc<CountryFiles>,
    }

    /// Hydrate the islands near the screen now and let the others wait (see the module's notes).
    /// Which are near is what an observer first reports: measuring them here would force a layout
    /// of the whole page in the task that also starts the wasm.
    pub fn start(story: Rc<Story>, roots: Vec<Root>) {
        let pending = Rc::new(RefCell::new(Some((story, roots))));
        let on_first = {
            let pending = pending.clone();
            Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
                move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                    observer.disconnect();
                    let Some((story, roots)) = pending.borrow_mut().take() else { return };
                    let seen: Vec<web_sys::Node> = entries
                        .iter()
                        .map(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>())
                        .filter(|e| e.is_intersecting())
                        .map(|e| e.target().into())
                        .collect();
                    // Not reported yet is not near: its own observer wakes it if it is.
                    let (now, later) = roots.into_iter().partition(|root| {
                        root.element.first_element_child().is_none()
                            || seen.iter().any(|n| root.element.contains(Some(n)))
                    });
                    split(story, now, later);
                },
            )
            .into_js_value()
        };
        let observer = observer(&on_first);
        let mut any = false;
        if let Some(observer) = &observer {
            for root in pending.borrow().iter().flat_map(|(_, roots)| roots) {
                any |= observe_children(observer, &root.element);
            }
        }
        // No observer, or nothing for it to watch: every island now.
        if !any {
            observer.inspect(|o| o.disconnect());
            if let Some((story, roots)) = pending.borrow_mut().take() {
                split(story, roots, Vec::new());
            }
        }
    }

    /// An observer calling `callback` for elements within [`AHEAD_MARGIN`] of the screen.
    fn observer(callback: &wasm_bindgen::JsValue) -> Option<web_sys::IntersectionObserver> {
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(AHEAD_MARGIN);
        web_sys::IntersectionObserver::new_with_options(callback.unchecked_ref(), &options).ok()
    }

    /// Observe an island's element children (it has no box of its own, `display: contents`);
    /// whether it has any.
    fn observe_children(observer: &web_sys::IntersectionObserver, element: &Element) -> bool {
        let mut child = element.first_element_child();
        let any = child.is_some();
        while let Some(c) = child {
            observer.observe(&c);
            child = c.next_element_sibling();
        }
        any
    }

    /// Hydrate `now` in turn from the next task, then let `later` wait.
    fn split(story: Rc<Story>, now: Vec<Root>, later: Vec<Root>) {
        later_task(move || in_turn(story, now.into(), later));
    }

    /// Run `then` in a task of its own.
    fn later_task(then: impl FnOnce() + 'static) {
        let next = Closure::once_into_js(then);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(next.unchecked_ref(), 0);
        }
    }

    /// One island a task, then the page's effects, then the waiting islands' triggers.
    fn in_turn(story: Rc<Story>, mut now: VecDeque<Root>, later: Vec<Root>) {
        let Some(root) = now.pop_front() else {
            mount_conductor(&story);
            for root in later {
                wait(story.clone(), root);
            }
            return;
        };
        hydrate(&story, root);
        later_task(move || in_turn(story, now, later));
    }

    /// Hydrate one island, marking its element `data-live` (for tests and styles).
    fn hydrate(story: &Rc<Story>, root: Root) {
        let props = IslandProps { story: story.clone().into(), island: root.island, files: root.files };
        let renderer = yew::Renderer::<IslandRoot>::with_root_and_props(root.element.clone(), props);
        if root.element.has_child_nodes() {
            renderer.hydrate();
        } else {
            renderer.render();
        }
        let _ = root.element.set_attribute("data-live", "");
    }

    /// The page's effects, in a root of their own that renders nothing.
    fn mount_conductor(story: &Rc<Story>) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(host) = document.create_element("div").ok() else { return };
        let _ = host.set_attribute("hidden", "");
        if let Some(body) = document.body() {
            let _ = body.append_child(&host);
        }
        yew::Renderer::<Conductor>::with_root_and_props(host, ConductorProps { story: story.clone().into() }).render();
    }

    /// A waiting island: hydrated once, by whichever trigger comes first.
    struct Waiting {
        root: Option<Root>,
        observer: Option<web_sys::IntersectionObserver>,
        subscription: Option<store::Subscription>,
    }

    /// Wake the island of `slot` if it still waits; whether it did now.
    fn wake(story: &Rc<Story>, slot: &RefCell<Waiting>) -> bool {
        // Taken out first: a trigger firing while the island hydrates finds nothing to do.
        let (root, observer, subscription) = {
            let mut w = slot.borrow_mut();
            (w.root.take(), w.observer.take(), w.subscription.take())
        };
        if let Some(observer) = observer {
            observer.disconnect();
        }
        drop(subscription);
        let Some(root) = root else { return false };
        hydrate(story, root);
        true
    }

    fn wait(story: Rc<Story>, root: Root) {
        let interest = root.island.interest();
        let element = root.element.clone();
        let slot = Rc::new(RefCell::new(Waiting { root: Some(root), observer: None, subscription: None }));

        // Input inside the island. Listeners stay (each a no-op once the island is live).
        let on_input = {
            let (story, slot) = (story.clone(), slot.clone());
            Closure::<dyn Fn(Event)>::new(move |event: Event| {
                if wake(&story, &slot) {
                    match event.type_().as_str() {
                        "click" => replay_click(&event),
                        "focus" => replay_focus(&event),
                        _ => {}
                    }
                }
            })
            .into_js_value()
        };
        // A pointer over it (before any press, and a hover lights a seat), the focus moving in
        // (before "focusin"), or a click with neither (assistive technology, a script).
        for kind in ["pointerover", "focus", "click"] {
            let _ = element.add_event_listener_with_callback_and_bool(kind, on_input.unchecked_ref(), true);
        }

        // Nearing the screen.
        let on_view = {
            let (story, slot) = (story.clone(), slot.clone());
            Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                let seen =
                    entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
                if seen {
                    wake(&story, &slot);
                }
            })
            .into_js_value()
        };
        if let Some(observer) = observer(&on_view) {
            observe_children(&observer, &element);
            slot.borrow_mut().observer = Some(observer);
        }

        // A change of the shared state the island shows.
        let on_change = {
            let slot = Rc::downgrade(&slot);
            yew::Callback::from(move |()| {
                if let Some(slot) = slot.upgrade() {
                    if interest.wakes(&store::initial(), &store::state()) {
                        wake(&story, &slot);
                    }
                }
            })
        };
        slot.borrow_mut().subscription = Some(store::subscribe(on_change));
    }

    /// The focus that woke its island reached no handler, nor did its "focusin" when a script
    /// moved the focus: both are given again once the island is live, if the element still has
    /// the focus (a handler hearing a focus twice does nothing new).
    fn replay_focus(event: &Event) {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        later_task(move || {
            let document = web_sys::window().and_then(|w| w.document());
            if document.and_then(|d| d.active_element()).as_ref() != Some(&target) {
                return;
            }
            for (kind, bubbles) in [("focus", false), ("focusin", true)] {
                let init = web_sys::FocusEventInit::new();
                init.set_bubbles(bubbles);
                if let Ok(focus) = web_sys::FocusEvent::new_with_focus_event_init_dict(kind, &init) {
                    let _ = target.dispatch_event(&focus);
                }
            }
        });
    }

    /// A click that woke its island reached no handler (the island's own listeners are added as
    /// it hydrates): hold it, and click the same button or link again once the island is live.
    fn replay_click(event: &Event) {
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        let Some(control) = target.and_then(|t| t.closest("button, a[href]").ok().flatten()) else { return };
        event.prevent_default();
        event.stop_propagation();
        later_task(move || {
            if let Some(control) = control.dyn_ref::<web_sys::HtmlElement>() {
                control.click();
            } else {
                // An SVG link has no click(): a bubbling click event of its own.
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(click) = Event::new_with_event_init_dict("click", &init) {
                    let _ = control.dispatch_event(&click);
                }
            }
        });
    }
}
