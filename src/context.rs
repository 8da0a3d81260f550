//! What every component of an island reads from its context: the article's linked model and the
//! reader's view state from the shared [`store`](crate::store). Actions go to the store, so a
//! component in one island lights a seat drawn by another.

use crate::shared::Shared;
use std::rc::Rc;

use article_core::story::Story;
use yew::prelude::*;

use crate::country_files::CountryFiles;
use crate::state::{Action, ViewState};
use crate::store;

/// The linked model and the view state as one island sees them.
#[derive(Clone)]
pub struct Viewer {
    pub story: Shared<Story>,
    pub state: Rc<ViewState>,
    /// The site's country files: flags for the charts' tooltips, names for the finder.
    pub files: Rc<CountryFiles>,
}

impl PartialEq for Viewer {
    /// Both halves are shared and replaced, never changed in place: comparing pointers is enough.
    fn eq(&self, other: &Self) -> bool {
        self.story == other.story && Rc::ptr_eq(&self.state, &other.state) && Rc::ptr_eq(&self.files, &other.files)
    }
}

impl Viewer {
    /// A callback that maps an event to an action and dispatches it.
    pub fn on<E: 'static>(&self, action: impl Fn(E) -> Action + 'static) -> Callback<E> {
        Callback::from(move |e: E| store::dispatch(action(e)))
    }

    pub fn dispatch(&self, action: Action) {
        store::dispatch(action);
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ViewerProviderProps {
    pub story: Shared<Story>,
    /// The changes this root re-renders for.
    #[prop_or_default]
    pub interest: store::Interest,
    #[prop_or_default]
    pub files: Rc<CountryFiles>,
    #[prop_or_default]
    pub children: Html,
}

/// Provides the [`Viewer`] to an island's components, re-rendering them when the state changes.
#[function_component(ViewerProvider)]
pub fn viewer_provider(props: &ViewerProviderProps) -> Html {
    let state = store::use_view_state(props.interest);
    let viewer = Viewer { story: props.story.clone(), state, files: props.files.clone() };
    html! {
        <ContextProvider<Viewer> context={viewer}>{ props.children.clone() }</ContextProvider<Viewer>>
    }
}
