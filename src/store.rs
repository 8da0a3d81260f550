//! One store for the reader's view state, shared by every island of the page. Each island is its
//! own Yew root, so a `use_reducer` in one could not be seen by another: the state lives here,
//! reduced by the pure [`ViewState`] reducer, and every island that reads it subscribes.
//!
//! The store is per thread (the browser has one; each native test thread gets its own), and a
//! dispatch that changes nothing notifies nobody.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;
use yew::Reducible;

use crate::state::{Action, ViewState};

#[derive(Default)]
struct Shared {
    state: Rc<ViewState>,
    next: usize,
    listeners: Vec<(usize, Callback<()>)>,
}

thread_local! {
    static STORE: RefCell<Shared> = RefCell::new(Shared::default());
}

/// The current state.
pub fn state() -> Rc<ViewState> {
    STORE.with(|s| s.borrow().state.clone())
}

/// Reduce an action and tell every subscriber when the state changed.
pub fn dispatch(action: Action) {
    let listeners = STORE.with(|s| {
        let mut shared = s.borrow_mut();
        let before = shared.state.clone();
        let after = before.clone().reduce(action);
        if Rc::ptr_eq(&before, &after) {
            return Vec::new();
        }
        shared.state = after;
        shared.listeners.iter().map(|(_, l)| l.clone()).collect()
    });
    // Called with the store released, so a listener may read it or dispatch again.
    for listener in listeners {
        listener.emit(());
    }
}

/// A subscription, ended when dropped.
pub struct Subscription(usize);

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        STORE.with(|s| s.borrow_mut().listeners.retain(|(l, _)| *l != id));
    }
}

/// Call `listener` after every change.
pub fn subscribe(listener: Callback<()>) -> Subscription {
    STORE.with(|s| {
        let mut shared = s.borrow_mut();
        shared.next += 1;
        let id = shared.next;
        shared.listeners.push((id, listener));
        Subscription(id)
    })
}

/// The view state, re-rendering the component whenever it changes.
#[hook]
pub fn use_view_state() -> Rc<ViewState> {
    let update = use_force_update();
    use_effect_with((), move |_| {
        let subscription = subscribe(Callback::from(move |()| update.force_update()));
        move || drop(subscription)
    });
    state()
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::state::Pointer;

    #[test]
    fn subscribers_hear_changes_and_only_changes() {
        let heard = Rc::new(Cell::new(0));
        let subscription = subscribe(Callback::from({
            let heard = heard.clone();
            move |()| heard.set(heard.get() + 1)
        }));
        dispatch(Action::Link(Some("CN".into())));
        assert_eq!(state().linked.as_deref(), Some("CN"));
        assert_eq!(heard.get(), 1);
        dispatch(Action::Link(Some("CN".into())));
        assert_eq!(heard.get(), 1, "no change, no notice");
        drop(subscription);
        dispatch(Action::Point(Pointer::Seat(0, 3)));
        assert_eq!(heard.get(), 1, "a dropped subscription hears nothing");
        assert_eq!(state().pointer, Pointer::Seat(0, 3));
    }
}
