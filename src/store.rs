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

struct Shared {
    state: Rc<ViewState>,
    /// The state the page was prerendered with, which a root hydrates with however late it does.
    initial: Rc<ViewState>,
    next: usize,
    listeners: Vec<(usize, Callback<()>)>,
}

impl Default for Shared {
    fn default() -> Self {
        let state = Rc::new(ViewState::default());
        Shared { initial: state.clone(), state, next: 0, listeners: Vec::new() }
    }
}

thread_local! {
    static STORE: RefCell<Shared> = RefCell::new(Shared::default());
}

/// The current state.
pub fn state() -> Rc<ViewState> {
    STORE.with(|s| s.borrow().state.clone())
}

/// The state the page was prerendered with.
pub fn initial() -> Rc<ViewState> {
    STORE.with(|s| s.borrow().initial.clone())
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

/// Which changes of the state a root re-renders for: the parts it reads. A hover changes only
/// the pointer, so the cards do not re-render for it; a card filter does not re-render the charts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Interest {
    #[default]
    Everything,
    /// The charts and the Council panel: the URL's view and chart forms, the pointer, the lit and
    /// selected countries. Not the card filter, search, opened card or "in context".
    Figures,
    /// The cards: their filter and search, the selected and lit countries, the opened card.
    Cards,
    /// The embed dialog: the URL's flags.
    Address,
}

impl Interest {
    /// Whether going from `before` to `after` changes anything this root shows.
    pub fn matters(self, before: &ViewState, after: &ViewState) -> bool {
        match self {
            Interest::Everything => before != after,
            _ => before.restored != after.restored || self.wakes(before, after),
        }
    }

    /// Whether a root not yet hydrated must wake for going from `before` to `after`: a change it
    /// shows, other than the URL having been read (which every root re-renders for once live).
    pub fn wakes(self, before: &ViewState, after: &ViewState) -> bool {
        let (a, b) = (before, after);
        match self {
            // The page's effects, which never wait: any change but the flag.
            Interest::Everything => *a != ViewState { restored: a.restored, ..b.clone() },
            Interest::Figures => {
                (a.address.view, a.address.chart, a.address.council)
                    != (b.address.view, b.address.chart, b.address.council)
                    || a.pointer != b.pointer
                    || a.linked != b.linked
                    || a.selected != b.selected
            }
            Interest::Cards => {
                a.address.filter != b.address.filter
                    || a.address.query != b.address.query
                    || a.linked != b.linked
                    || a.selected != b.selected
                    || a.opened != b.opened
            }
            Interest::Address => a.address != b.address,
        }
    }
}

/// The view state, re-rendering the component whenever a change `interest` covers happens.
#[hook]
pub fn use_view_state(interest: Interest) -> Rc<ViewState> {
    let update = use_force_update();
    // The state this component last rendered, to compare a change against. A root first renders
    // the state the page was prerendered with, so that it hydrates however late it does (an
    // island below the fold waits until the reader nears it); its effect then catches it up.
    let shown = use_mut_ref(initial);
    let first = use_mut_ref(|| true);
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let subscription = subscribe(Callback::from({
                let (shown, update) = (shown.clone(), update.clone());
                move |()| {
                    if interest.matters(&shown.borrow(), &state()) {
                        update.force_update();
                    }
                }
            }));
            // A change made between this component's render and its subscription (another root's
            // effects may run first, e.g. the URL restored while the islands hydrate one by one)
            // is not missed.
            if interest.matters(&shown.borrow(), &state()) {
                update.force_update();
            }
            move || drop(subscription)
        });
    }
    let now = if std::mem::take(&mut *first.borrow_mut()) { initial() } else { state() };
    *shown.borrow_mut() = now.clone();
    now
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

    #[test]
    fn each_root_re_renders_only_for_what_it_shows() {
        let before = ViewState::default();
        let hover = ViewState { pointer: Pointer::Seat(0, 3), ..before.clone() };
        assert!(Interest::Figures.matters(&before, &hover));
        assert!(!Interest::Cards.matters(&before, &hover), "a hover does not touch the cards");
        assert!(!Interest::Address.matters(&before, &hover));

        let mut filtered = before.clone();
        filtered.address.filter = article_core::story::CardFilter::No;
        assert!(Interest::Cards.matters(&before, &filtered));
        assert!(!Interest::Figures.matters(&before, &filtered), "a card filter does not touch the charts");
        assert!(Interest::Address.matters(&before, &filtered), "the embed snippet carries the filter");

        let lit = ViewState { linked: Some("CN".into()), ..before.clone() };
        assert!(Interest::Figures.matters(&before, &lit) && Interest::Cards.matters(&before, &lit));
        for interest in [Interest::Everything, Interest::Figures, Interest::Cards, Interest::Address] {
            assert!(!interest.matters(&lit, &lit.clone()));
        }
    }

    #[test]
    fn a_waiting_root_wakes_for_what_it_shows_but_not_for_the_url_being_read() {
        let before = ViewState::default();
        let restored = ViewState { restored: true, ..before.clone() };
        for interest in [Interest::Figures, Interest::Cards, Interest::Address] {
            assert!(interest.matters(&before, &restored) && !interest.wakes(&before, &restored));
        }
        let mut filtered = restored.clone();
        filtered.address.filter = article_core::story::CardFilter::No;
        assert!(Interest::Cards.wakes(&before, &filtered), "a filter in the URL changes the cards");
        assert!(!Interest::Figures.wakes(&before, &filtered));
        let selected = ViewState { selected: Some("KP".into()), ..restored };
        assert!(Interest::Cards.wakes(&before, &selected), "a seat picked in the chart shows its statements");
    }
}
