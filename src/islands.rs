//! The parts of a page a reader operates, each hydrated as its own Yew root: the vote charts, the
//! statement cards and the embed dialog. The article's prose is not among them: it stays the
//! prerendered HTML and hydration never walks it. The islands share one view state through the
//! [`store`](crate::store), so a card still lights a seat drawn by another island.
//!
//! Each island's markup is `<div data-island="NAME">…</div>`; the build-time prerender renders
//! every island on its own so that its hydration markers match what the wasm hydrates.

use crate::shared::Shared;
use std::rc::Rc;

use article_core::story::Story;
use yew::prelude::*;

use crate::components::card_deck::CardDeck;
use crate::components::embed_dialog::EmbedDialog;
use crate::components::figures::Figures;
use crate::context::ViewerProvider;
use crate::country_files::CountryFiles;
use crate::store::Interest;

/// One interactive part of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    Figures,
    Cards,
    Embed,
}

impl Island {
    pub const ALL: [Island; 3] = [Island::Figures, Island::Cards, Island::Embed];

    /// The value of its `data-island` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Island::Figures => "figures",
            Island::Cards => "cards",
            Island::Embed => "embed",
        }
    }

    pub fn from_name(name: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|i| i.name() == name)
    }

    /// The changes of the shared state it re-renders for.
    pub fn interest(self) -> Interest {
        match self {
            Island::Figures => Interest::Figures,
            Island::Cards => Interest::Cards,
            Island::Embed => Interest::Address,
        }
    }

    /// The empty slot the page leaves for it, which the prerender fills.
    pub fn slot(self) -> String {
        format!(r#"<div data-island="{}"></div>"#, self.name())
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct IslandProps {
    pub story: Shared<Story>,
    pub island: Island,
    /// The site's country files: flags for the charts' tooltips, names for the finder.
    #[prop_or_default]
    pub files: Rc<CountryFiles>,
}

/// An island's root: its component under the shared view state.
#[function_component(IslandRoot)]
pub fn island_root(props: &IslandProps) -> Html {
    html! {
        <ViewerProvider story={props.story.clone()} interest={props.island.interest()} files={props.files.clone()}>
            { match props.island {
                Island::Figures => html! { <Figures /> },
                Island::Cards => html! { <CardDeck /> },
                Island::Embed => html! { <EmbedDialog /> },
            } }
        </ViewerProvider>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for island in Island::ALL {
            assert_eq!(Island::from_name(island.name()), Some(island));
            assert!(island.slot().contains(island.name()));
        }
        assert_eq!(Island::from_name("prose"), None);
    }
}
