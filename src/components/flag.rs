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

/// Where the site keeps one flag file a country (`flags/xx.svg`, written by the build for every
/// state of the General Assembly record that the flag set draws), for the charts' tooltips. Read
/// from the figures island's `data-flags` (the folder) and `data-no-flag` (the page's codes with
/// no file) attributes; without them, tooltips show no flag.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FlagFiles {
    pub folder: String,
    pub missing: Vec<String>,
}

impl FlagFiles {
    pub fn new(folder: Option<String>, missing: Option<String>) -> FlagFiles {
        let folder = folder.filter(|f| f.ends_with('/') && !f.contains(['"', '<', '>', ' '])).unwrap_or_default();
        let missing = missing.unwrap_or_default().split(' ').filter(|c| !c.is_empty()).map(str::to_string).collect();
        FlagFiles { folder, missing }
    }

    /// The flag file of a country, if the site has one.
    pub fn url(&self, iso2: &str) -> Option<String> {
        let code = iso2.len() == 2 && iso2.bytes().all(|b| b.is_ascii_uppercase());
        (code && !self.folder.is_empty() && !self.missing.iter().any(|m| m == iso2))
            .then(|| format!("{}{}.svg", self.folder, iso2.to_ascii_lowercase()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_file_only_for_a_code_the_site_has() {
        let files = FlagFiles::new(Some("/sub/flags/".into()), Some("BO YU".into()));
        assert_eq!(files.url("GM").as_deref(), Some("/sub/flags/gm.svg"));
        assert_eq!(files.url("BO"), None);
        assert_eq!(files.url("YU"), None);
        assert_eq!(files.url("gm"), None);
        assert_eq!(files.url("../x"), None);
        assert_eq!(FlagFiles::new(None, None).url("GM"), None);
        assert_eq!(FlagFiles::new(Some("/x\" onload=\"/".into()), None).url("GM"), None);
        assert_eq!(FlagFiles::new(Some("/flags".into()), None).url("GM"), None, "a folder ends with a slash");
    }
}
