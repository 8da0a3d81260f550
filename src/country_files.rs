//! The site's country files, shared by every article: one flag a state (`flags/xx.svg`, shown in
//! the charts' tooltips) and the names a reader may type into "Find a country"
//! (`countries.txt`, see [`article_core::country_names`]). The build writes them beside the
//! pages; the figures island's `data-flags`, `data-no-flag` and `data-names` attributes say
//! where. Each is fetched only when a reader needs it, so neither the first view nor the wasm
//! carries a table of member states.

use std::cell::RefCell;
use std::rc::Rc;

use article_core::country_names::Directory;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CountryFiles {
    /// The flags' folder, ending with a slash; empty when the page names none.
    pub flags: String,
    /// The page's codes that have no flag file.
    pub missing: Vec<String>,
    /// The names file; empty when the page names none.
    pub names: String,
}

/// A same-site path from the page's markup: no quotes, brackets or spaces.
fn clean(path: Option<String>) -> Option<String> {
    path.filter(|p| !p.is_empty() && !p.contains(['"', '<', '>', ' ']))
}

impl CountryFiles {
    pub fn new(flags: Option<String>, missing: Option<String>, names: Option<String>) -> CountryFiles {
        let flags = clean(flags).filter(|f| f.ends_with('/')).unwrap_or_default();
        let missing = missing.unwrap_or_default().split(' ').filter(|c| !c.is_empty()).map(str::to_string).collect();
        CountryFiles { flags, missing, names: clean(names).unwrap_or_default() }
    }

    /// The flag file of a country, if the site has one.
    pub fn flag(&self, iso2: &str) -> Option<String> {
        let code = iso2.len() == 2 && iso2.bytes().all(|b| b.is_ascii_uppercase());
        (code && !self.flags.is_empty() && !self.missing.iter().any(|m| m == iso2))
            .then(|| format!("{}{}.svg", self.flags, iso2.to_ascii_lowercase()))
    }

    /// Hand the names directory to `then`, fetching the file the first time (`None` when the
    /// page names no file or it cannot be read; a later call tries again).
    pub fn with_names(&self, then: impl FnOnce(Option<Rc<Directory>>) + 'static) {
        if let Some(directory) = NAMES.with(|n| n.borrow().clone()) {
            return then(Some(directory));
        }
        if self.names.is_empty() {
            return then(None);
        }
        crate::browser::fetch_text(&self.names, move |text| {
            let directory = text.ok().map(|t| Rc::new(Directory::parse(&t))).filter(|d| !d.is_empty());
            if let Some(d) = &directory {
                NAMES.with(|n| *n.borrow_mut() = Some(d.clone()));
            }
            then(directory);
        });
    }
}

thread_local! {
    /// The names directory once fetched: one page, one file.
    static NAMES: RefCell<Option<Rc<Directory>>> = const { RefCell::new(None) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_file_only_for_a_code_the_site_has() {
        let files = CountryFiles::new(Some("/sub/flags/".into()), Some("BO YU".into()), None);
        assert_eq!(files.flag("GM").as_deref(), Some("/sub/flags/gm.svg"));
        assert_eq!(files.flag("BO"), None);
        assert_eq!(files.flag("YU"), None);
        assert_eq!(files.flag("gm"), None);
        assert_eq!(files.flag("../x"), None);
        assert_eq!(CountryFiles::new(None, None, None).flag("GM"), None);
        assert_eq!(CountryFiles::new(Some("/x\" onload=\"/".into()), None, None).flag("GM"), None);
        assert_eq!(CountryFiles::new(Some("/flags".into()), None, None).flag("GM"), None, "a folder ends with a slash");
    }

    #[test]
    fn the_names_file_only_from_a_clean_path() {
        assert_eq!(CountryFiles::new(None, None, Some("/sub/countries.txt".into())).names, "/sub/countries.txt");
        assert_eq!(CountryFiles::new(None, None, Some("/x\" onload=\"".into())).names, "");
        assert_eq!(CountryFiles::new(None, None, None).names, "");
    }
}
