use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct FlagProps {
    /// ISO 3166-1 alpha-2 code, any case.
    pub code: AttrValue,
}

/// A country's flag: a reference to the symbol the page carries for it (the prerender inlines the
/// flag-icons SVGs of exactly the countries a page shows; see `Story::flags`). Decorative: the
/// country's name is always written beside it.
#[function_component(Flag)]
pub fn flag(props: &FlagProps) -> Html {
    let href = format!("#flag-{}", props.code.to_ascii_lowercase());
    html! {
        <svg class="flag" viewBox="0 0 640 480" width="20" height="15" aria-hidden="true" focusable="false">
            <use {href} />
        </svg>
    }
}
