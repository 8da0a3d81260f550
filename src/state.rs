//! The reader's view state: a pure reducer, tested natively. Components dispatch [`Action`]s;
//! effects mirror the parts that belong in the URL ([`crate::address`]).

use std::rc::Rc;

use article_core::story::{CardFilter, Group};
use yew::Reducible;

use crate::address::{Address, ChartView, CouncilView};

/// What the reader is pointing at in a chart (hover or keyboard focus): a group or a seat of the
/// division at that index of the story.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Pointer {
    #[default]
    Nothing,
    Group(usize, Group),
    Seat(usize, usize),
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The URL has been read (after hydration); until then the URL is left alone.
    pub restored: bool,
    /// What the URL holds: page flags and the shareable view state.
    pub address: Address,
    /// The chart element under the pointer or keyboard focus.
    pub pointer: Pointer,
    /// A country lit from outside the chart: a hovered or focused statement card.
    pub linked: Option<String>,
    /// A country the reader selected (a seat click or "Find a country"); its statements show.
    pub selected: Option<String>,
    /// The statement shown "in context" in the article (index into the article's statements).
    pub in_context: Option<usize>,
    /// The card the reader came from when they asked for "In context", to return to.
    pub return_to: Option<String>,
    /// The card opened by a `#statement-…` link or a quote in the article, highlighted.
    pub opened: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Restore what the URL says (on load and on history navigation).
    Restore(Address),
    SetChart(ChartView),
    SetCouncil(CouncilView),
    SetFilter(CardFilter),
    SetQuery(String),
    Point(Pointer),
    Link(Option<String>),
    Select(Option<String>),
    /// Show a statement in the article, remembering the card to return to.
    ShowInContext {
        statement: usize,
        card: String,
    },
    LeaveContext,
    /// Open (highlight) a card by id, e.g. from a deep link.
    Open(Option<String>),
}

impl ViewState {
    /// Whether a seat's country is lit by anything other than the pointer.
    pub fn is_lit(&self, iso2: Option<&str>) -> bool {
        iso2.is_some() && (iso2 == self.linked.as_deref() || iso2 == self.selected.as_deref())
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Restore(address) => {
                next.restored = true;
                next.address = address;
            }
            Action::SetChart(chart) => next.address.chart = chart,
            Action::SetCouncil(council) => next.address.council = council,
            Action::SetFilter(filter) => next.address.filter = filter,
            Action::SetQuery(query) => next.address.query = query,
            Action::Point(pointer) => next.pointer = pointer,
            Action::Link(country) => next.linked = country,
            Action::Select(country) => next.selected = country,
            Action::ShowInContext { statement, card } => {
                next.in_context = Some(statement);
                next.return_to = Some(card);
            }
            Action::Open(card) => next.opened = card,
            Action::LeaveContext => {
                next.in_context = None;
                next.return_to = None;
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: ViewState, action: Action) -> ViewState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn restore_takes_only_the_url_state() {
        let start = ViewState { linked: Some("US".into()), ..ViewState::default() };
        let address =
            Address { chart: ChartView::Waffle, filter: CardFilter::No, query: "veto".into(), ..Address::default() };
        let next = reduce(start, Action::Restore(address.clone()));
        assert_eq!(next.address, address);
        assert!(next.restored);
        assert_eq!(next.linked.as_deref(), Some("US"), "hover state is not the URL's business");
    }

    #[test]
    fn an_unchanged_state_keeps_its_identity() {
        let state = Rc::new(ViewState::default());
        let next = state.clone().reduce(Action::Point(Pointer::Nothing));
        assert!(Rc::ptr_eq(&state, &next), "no re-render when nothing changed");
    }

    #[test]
    fn context_remembers_the_card_and_forgets_it_on_leave() {
        let s = reduce(ViewState::default(), Action::ShowInContext { statement: 2, card: "qin-gang".into() });
        assert_eq!((s.in_context, s.return_to.as_deref()), (Some(2), Some("qin-gang")));
        let s = reduce(s, Action::LeaveContext);
        assert_eq!((s.in_context, s.return_to), (None, None));
    }

    #[test]
    fn lit_countries_come_from_cards_and_selection() {
        let s = reduce(ViewState::default(), Action::Link(Some("CN".into())));
        assert!(s.is_lit(Some("CN")));
        assert!(!s.is_lit(Some("US")));
        assert!(!s.is_lit(None));
        let s = reduce(s, Action::Select(Some("US".into())));
        assert!(s.is_lit(Some("US")) && s.is_lit(Some("CN")));
    }
}
