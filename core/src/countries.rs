//! The 193 UN member states with the names, short names and demonyms used in news prose.
//!
//! Names are matched after a light normalisation (see [`lookup`]): case, accents, dots,
//! apostrophes, hyphens, "&"/"and", "St."/"Saint", the word "the" and a trailing possessive
//! do not matter. All-capital abbreviations ("US", "UK", "DPRK") only match when written
//! without lower-case letters, so the pronoun "us" is never the United States.

use std::sync::OnceLock;

/// One UN member state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, e.g. "US".
    pub iso2: &'static str,
    /// Common English short name, e.g. "United States".
    pub name: &'static str,
    /// The name the UN uses today, e.g. "United States of America".
    pub un_name: &'static str,
    /// Other names and abbreviations, e.g. "USA", "US", "America".
    pub aliases: &'static [&'static str],
    /// Adjectives/demonyms, e.g. "American".
    pub demonyms: &'static [&'static str],
    /// Permanent member of the Security Council (holds a veto).
    pub permanent: bool,
}

/// A member state; an empty `un` means the UN name is the common name.
const fn m(
    iso2: &'static str,
    name: &'static str,
    un: &'static str,
    aliases: &'static [&'static str],
    demonyms: &'static [&'static str],
) -> Country {
    let un_name = if un.is_empty() { name } else { un };
    Country { iso2, name, un_name, aliases, demonyms, permanent: false }
}

/// A permanent member of the Security Council.
const fn p(
    iso2: &'static str,
    name: &'static str,
    un: &'static str,
    aliases: &'static [&'static str],
    demonyms: &'static [&'static str],
) -> Country {
    let mut c = m(iso2, name, un, aliases, demonyms);
    c.permanent = true;
    c
}

/// All 193 UN member states, in order of their UN names.
#[rustfmt::skip]
pub static MEMBERS: &[Country] = &[
    m("AF", "Afghanistan", "", &["Islamic Republic of Afghanistan"], &["Afghan"]),
    m("AL", "Albania", "", &[], &["Albanian"]),
    m("DZ", "Algeria", "", &[], &["Algerian"]),
    m("AD", "Andorra", "", &[], &["Andorran"]),
    m("AO", "Angola", "", &[], &["Angolan"]),
    m("AG", "Antigua and Barbuda", "", &["Antigua"], &["Antiguan"]),
    m("AR", "Argentina", "", &[], &["Argentine", "Argentinian"]),
    m("AM", "Armenia", "", &[], &["Armenian"]),
    m("AU", "Australia", "", &[], &["Australian"]),
    m("AT", "Austria", "", &[], &["Austrian"]),
    m("AZ", "Azerbaijan", "", &[], &["Azerbaijani", "Azeri"]),
    m("BS", "Bahamas", "", &["Commonwealth of the Bahamas"], &["Bahamian"]),
    m("BH", "Bahrain", "", &[], &["Bahraini"]),
    m("BD", "Bangladesh", "", &[], &["Bangladeshi"]),
    m("BB", "Barbados", "", &[], &["Barbadian"]),
    m("BY", "Belarus", "", &[], &["Belarusian"]),
    m("BE", "Belgium", "", &[], &["Belgian"]),
    m("BZ", "Belize", "", &[], &["Belizean"]),
    m("BJ", "Benin", "", &[], &["Beninese"]),
    m("BT", "Bhutan", "", &[], &["Bhutanese"]),
    m("BO", "Bolivia", "Bolivia (Plurinational State of)", &["Plurinational State of Bolivia"], &["Bolivian"]),
    m("BA", "Bosnia and Herzegovina", "", &["Bosnia"], &["Bosnian"]),
    m("BW", "Botswana", "", &[], &["Botswanan", "Motswana", "Batswana"]),
    m("BR", "Brazil", "", &[], &["Brazilian"]),
    m("BN", "Brunei", "Brunei Darussalam", &[], &["Bruneian"]),
    m("BG", "Bulgaria", "", &[], &["Bulgarian"]),
    m("BF", "Burkina Faso", "", &[], &["Burkinabe"]),
    m("BI", "Burundi", "", &[], &["Burundian"]),
    m("CV", "Cape Verde", "Cabo Verde", &[], &["Cape Verdean", "Cabo Verdean"]),
    m("KH", "Cambodia", "", &[], &["Cambodian"]),
    m("CM", "Cameroon", "", &[], &["Cameroonian"]),
    m("CA", "Canada", "", &[], &["Canadian"]),
    m("CF", "Central African Republic", "", &[], &["Central African"]),
    m("TD", "Chad", "", &[], &["Chadian"]),
    m("CL", "Chile", "", &[], &["Chilean"]),
    p("CN", "China", "", &["People's Republic of China", "PRC"], &["Chinese"]),
    m("CO", "Colombia", "", &[], &["Colombian"]),
    m("KM", "Comoros", "", &[], &["Comorian"]),
    m("CG", "Congo", "", &["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"], &[]),
    m("CR", "Costa Rica", "", &[], &["Costa Rican"]),
    m("CI", "Côte d'Ivoire", "", &["Ivory Coast"], &["Ivorian"]),
    m("HR", "Croatia", "", &[], &["Croatian"]),
    m("CU", "Cuba", "", &[], &["Cuban"]),
    m("CY", "Cyprus", "", &[], &["Cypriot"]),
    m("CZ", "Czechia", "", &["Czech Republic"], &["Czech"]),
    m("KP", "North Korea", "Democratic People's Republic of Korea", &["DPRK", "Korea, Democratic People's Republic of"], &["North Korean"]),
    m("CD", "DR Congo", "Democratic Republic of the Congo", &["DRC", "Congo-Kinshasa", "Congo, Democratic Republic of the"], &[]),
    m("DK", "Denmark", "", &[], &["Danish", "Dane"]),
    m("DJ", "Djibouti", "", &[], &["Djiboutian"]),
    m("DM", "Dominica", "", &["Commonwealth of Dominica"], &[]),
    m("DO", "Dominican Republic", "", &[], &["Dominican"]),
    m("EC", "Ecuador", "", &[], &["Ecuadorian", "Ecuadorean"]),
    m("EG", "Egypt", "", &[], &["Egyptian"]),
    m("SV", "El Salvador", "", &[], &["Salvadoran", "Salvadorean"]),
    m("GQ", "Equatorial Guinea", "", &[], &["Equatorial Guinean", "Equatoguinean"]),
    m("ER", "Eritrea", "", &[], &["Eritrean"]),
    m("EE", "Estonia", "", &[], &["Estonian"]),
    m("SZ", "Eswatini", "", &["Swaziland", "Kingdom of Eswatini"], &["Swazi"]),
    m("ET", "Ethiopia", "", &[], &["Ethiopian"]),
    m("FJ", "Fiji", "", &[], &["Fijian"]),
    m("FI", "Finland", "", &[], &["Finnish"]),
    p("FR", "France", "", &["French Republic"], &["French"]),
    m("GA", "Gabon", "", &[], &["Gabonese"]),
    m("GM", "Gambia", "Gambia (Republic of The)", &["Republic of The Gambia"], &["Gambian"]),
    m("GE", "Georgia", "", &[], &["Georgian"]),
    m("DE", "Germany", "", &["Federal Republic of Germany"], &["German"]),
    m("GH", "Ghana", "", &[], &["Ghanaian"]),
    m("GR", "Greece", "", &["Hellenic Republic"], &["Greek"]),
    m("GD", "Grenada", "", &[], &["Grenadian"]),
    m("GT", "Guatemala", "", &[], &["Guatemalan"]),
    m("GN", "Guinea", "", &["Guinea-Conakry"], &["Guinean"]),
    m("GW", "Guinea-Bissau", "", &[], &["Bissau-Guinean"]),
    m("GY", "Guyana", "", &[], &["Guyanese"]),
    m("HT", "Haiti", "", &[], &["Haitian"]),
    m("HN", "Honduras", "", &[], &["Honduran"]),
    m("HU", "Hungary", "", &[], &["Hungarian"]),
    m("IS", "Iceland", "", &[], &["Icelandic"]),
    m("IN", "India", "", &[], &["Indian"]),
    m("ID", "Indonesia", "", &[], &["Indonesian"]),
    m("IR", "Iran", "Iran (Islamic Republic of)", &["Islamic Republic of Iran", "Iran, Islamic Republic of"], &["Iranian"]),
    m("IQ", "Iraq", "", &[], &["Iraqi"]),
    m("IE", "Ireland", "", &[], &["Irish"]),
    m("IL", "Israel", "", &[], &["Israeli"]),
    m("IT", "Italy", "", &[], &["Italian"]),
    m("JM", "Jamaica", "", &[], &["Jamaican"]),
    m("JP", "Japan", "", &[], &["Japanese"]),
    m("JO", "Jordan", "", &[], &["Jordanian"]),
    m("KZ", "Kazakhstan", "", &[], &["Kazakh", "Kazakhstani"]),
    m("KE", "Kenya", "", &[], &["Kenyan"]),
    m("KI", "Kiribati", "", &[], &["I-Kiribati"]),
    m("KW", "Kuwait", "", &[], &["Kuwaiti"]),
    m("KG", "Kyrgyzstan", "", &["Kyrgyz Republic"], &["Kyrgyz"]),
    m("LA", "Laos", "Lao People's Democratic Republic", &["Lao PDR"], &["Lao", "Laotian"]),
    m("LV", "Latvia", "", &[], &["Latvian"]),
    m("LB", "Lebanon", "", &[], &["Lebanese"]),
    m("LS", "Lesotho", "", &[], &["Basotho", "Mosotho"]),
    m("LR", "Liberia", "", &[], &["Liberian"]),
    m("LY", "Libya", "", &[], &["Libyan"]),
    m("LI", "Liechtenstein", "", &[], &["Liechtensteiner"]),
    m("LT", "Lithuania", "", &[], &["Lithuanian"]),
    m("LU", "Luxembourg", "", &[], &["Luxembourgish", "Luxembourger"]),
    m("MG", "Madagascar", "", &[], &["Malagasy"]),
    m("MW", "Malawi", "", &[], &["Malawian"]),
    m("MY", "Malaysia", "", &[], &["Malaysian"]),
    m("MV", "Maldives", "", &[], &["Maldivian"]),
    m("ML", "Mali", "", &[], &["Malian"]),
    m("MT", "Malta", "", &[], &["Maltese"]),
    m("MH", "Marshall Islands", "", &[], &["Marshallese"]),
    m("MR", "Mauritania", "", &[], &["Mauritanian"]),
    m("MU", "Mauritius", "", &[], &["Mauritian"]),
    m("MX", "Mexico", "", &[], &["Mexican"]),
    m("FM", "Micronesia", "Micronesia (Federated States of)", &["Federated States of Micronesia"], &["Micronesian"]),
    m("MC", "Monaco", "", &[], &["Monegasque"]),
    m("MN", "Mongolia", "", &[], &["Mongolian"]),
    m("ME", "Montenegro", "", &[], &["Montenegrin"]),
    m("MA", "Morocco", "", &[], &["Moroccan"]),
    m("MZ", "Mozambique", "", &[], &["Mozambican"]),
    m("MM", "Myanmar", "", &["Burma", "Myanmar (Burma)"], &["Burmese"]),
    m("NA", "Namibia", "", &[], &["Namibian"]),
    m("NR", "Nauru", "", &[], &["Nauruan"]),
    m("NP", "Nepal", "", &[], &["Nepali", "Nepalese"]),
    m("NL", "Netherlands", "Netherlands (Kingdom of the)", &["Kingdom of the Netherlands", "Holland"], &["Dutch"]),
    m("NZ", "New Zealand", "", &[], &["New Zealander"]),
    m("NI", "Nicaragua", "", &[], &["Nicaraguan"]),
    m("NE", "Niger", "", &[], &["Nigerien"]),
    m("NG", "Nigeria", "", &[], &["Nigerian"]),
    m("MK", "North Macedonia", "", &["The former Yugoslav Republic of Macedonia", "FYR Macedonia", "FYROM", "Macedonia"], &["Macedonian"]),
    m("NO", "Norway", "", &[], &["Norwegian"]),
    m("OM", "Oman", "", &[], &["Omani"]),
    m("PK", "Pakistan", "", &[], &["Pakistani"]),
    m("PW", "Palau", "", &[], &["Palauan"]),
    m("PA", "Panama", "", &[], &["Panamanian"]),
    m("PG", "Papua New Guinea", "", &[], &["Papua New Guinean"]),
    m("PY", "Paraguay", "", &[], &["Paraguayan"]),
    m("PE", "Peru", "", &[], &["Peruvian"]),
    m("PH", "Philippines", "", &[], &["Filipino", "Philippine"]),
    m("PL", "Poland", "", &[], &["Polish"]),
    m("PT", "Portugal", "", &[], &["Portuguese"]),
    m("QA", "Qatar", "", &[], &["Qatari"]),
    m("KR", "South Korea", "Republic of Korea", &["ROK", "Korea, Republic of"], &["South Korean"]),
    m("MD", "Moldova", "Republic of Moldova", &["Moldova, Republic of"], &["Moldovan"]),
    m("RO", "Romania", "", &[], &["Romanian"]),
    p("RU", "Russia", "Russian Federation", &[], &["Russian"]),
    m("RW", "Rwanda", "", &[], &["Rwandan"]),
    m("KN", "Saint Kitts and Nevis", "", &["Saint Christopher and Nevis"], &["Kittitian"]),
    m("LC", "Saint Lucia", "", &[], &["Saint Lucian"]),
    m("VC", "Saint Vincent and the Grenadines", "", &["Saint Vincent"], &["Vincentian"]),
    m("WS", "Samoa", "", &[], &["Samoan"]),
    m("SM", "San Marino", "", &[], &["Sammarinese"]),
    m("ST", "São Tomé and Príncipe", "Sao Tome and Principe", &[], &["Santomean"]),
    m("SA", "Saudi Arabia", "", &[], &["Saudi", "Saudi Arabian"]),
    m("SN", "Senegal", "", &[], &["Senegalese"]),
    m("RS", "Serbia", "", &[], &["Serbian", "Serb"]),
    m("SC", "Seychelles", "", &[], &["Seychellois"]),
    m("SL", "Sierra Leone", "", &[], &["Sierra Leonean"]),
    m("SG", "Singapore", "", &[], &["Singaporean"]),
    m("SK", "Slovakia", "", &["Slovak Republic"], &["Slovak"]),
    m("SI", "Slovenia", "", &[], &["Slovenian", "Slovene"]),
    m("SB", "Solomon Islands", "", &[], &["Solomon Islander"]),
    m("SO", "Somalia", "", &[], &["Somali"]),
    m("ZA", "South Africa", "", &[], &["South African"]),
    m("SS", "South Sudan", "", &[], &["South Sudanese"]),
    m("ES", "Spain", "", &[], &["Spanish"]),
    m("LK", "Sri Lanka", "", &[], &["Sri Lankan"]),
    m("SD", "Sudan", "", &[], &["Sudanese"]),
    m("SR", "Suriname", "", &["Surinam"], &["Surinamese"]),
    m("SE", "Sweden", "", &[], &["Swedish"]),
    m("CH", "Switzerland", "", &["Swiss Confederation"], &["Swiss"]),
    m("SY", "Syria", "Syrian Arab Republic", &[], &["Syrian"]),
    m("TJ", "Tajikistan", "", &[], &["Tajik"]),
    m("TH", "Thailand", "", &[], &["Thai"]),
    m("TL", "Timor-Leste", "", &["East Timor"], &["Timorese", "East Timorese"]),
    m("TG", "Togo", "", &[], &["Togolese"]),
    m("TO", "Tonga", "", &[], &["Tongan"]),
    m("TT", "Trinidad and Tobago", "", &["Trinidad"], &["Trinidadian"]),
    m("TN", "Tunisia", "", &[], &["Tunisian"]),
    m("TR", "Turkey", "Türkiye", &[], &["Turkish"]),
    m("TM", "Turkmenistan", "", &[], &["Turkmen"]),
    m("TV", "Tuvalu", "", &[], &["Tuvaluan"]),
    m("UG", "Uganda", "", &[], &["Ugandan"]),
    m("UA", "Ukraine", "", &[], &["Ukrainian"]),
    m("AE", "United Arab Emirates", "", &["UAE"], &["Emirati"]),
    p("GB", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", &["UK", "Britain", "Great Britain"], &["British", "Briton"]),
    m("TZ", "Tanzania", "United Republic of Tanzania", &[], &["Tanzanian"]),
    p("US", "United States", "United States of America", &["US", "USA", "America"], &["American"]),
    m("UY", "Uruguay", "", &[], &["Uruguayan"]),
    m("UZ", "Uzbekistan", "", &[], &["Uzbek"]),
    m("VU", "Vanuatu", "", &[], &["Ni-Vanuatu"]),
    m("VE", "Venezuela", "Venezuela (Bolivarian Republic of)", &["Bolivarian Republic of Venezuela"], &["Venezuelan"]),
    m("VN", "Vietnam", "Viet Nam", &[], &["Vietnamese"]),
    m("YE", "Yemen", "", &[], &["Yemeni"]),
    m("ZM", "Zambia", "", &[], &["Zambian"]),
    m("ZW", "Zimbabwe", "", &[], &["Zimbabwean"]),
];

/// Phrases that contain a country name but are not one ("South America" is not "America").
/// They match like names and resolve to nothing, so they shadow the shorter name.
#[rustfmt::skip]
const NOT_COUNTRIES: &[&str] = &[
    "United Nations", "Latin America", "South America", "North America", "Central America",
    "Latin American", "South American", "North American", "Central American", "New Guinea",
    "New Mexico", "Indian Ocean", "South China Sea", "East China Sea", "American Samoa",
    "New Mexican", "New Jersey", "New England", "New South Wales", "British Columbia",
    "British Virgin Islands", "French Polynesia", "French Guiana",
];

/// Longest normalised key, in bytes; longer input never matches.
const MAX_KEY: usize = 96;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Name,
    /// All-capital abbreviation: matches only input without lower-case letters.
    Abbrev,
    Demonym,
    /// A [`NOT_COUNTRIES`] phrase.
    Block,
}

struct Entry {
    key: Box<str>,
    kind: Kind,
    /// Index into [`MEMBERS`]; unused for [`Kind::Block`].
    member: u8,
}

/// A normalised name in a fixed buffer, so look-ups do not allocate.
struct Key {
    buf: [u8; MAX_KEY],
    len: usize,
}

impl Key {
    fn new() -> Self {
        Key { buf: [0; MAX_KEY], len: 0 }
    }

    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    fn push(&mut self, bytes: &[u8]) -> Option<()> {
        let end = self.len + bytes.len();
        self.buf.get_mut(self.len..end)?.copy_from_slice(bytes);
        self.len = end;
        Some(())
    }

    /// Push one letter or digit, lower-cased and with common Latin accents removed.
    fn push_char(&mut self, c: char) -> Option<()> {
        if c.is_ascii() {
            return self.push(&[c.to_ascii_lowercase() as u8]);
        }
        // Written out in both cases rather than through `char::to_lowercase`, whose Unicode
        // tables would otherwise reach the wasm (the page's country finder uses this key).
        let folded = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => 'a',
            'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ñ' | 'Ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ý' | 'ÿ' | 'Ý' => 'y',
            'š' | 'Š' => 's',
            'ž' | 'Ž' => 'z',
            other => other,
        };
        let mut tmp = [0u8; 4];
        self.push(folded.encode_utf8(&mut tmp).as_bytes())
    }
}

/// Normalise `input` into `out`: lower case, accents folded, words separated by one space,
/// dots and apostrophes dropped, "&" read as "and", "st" as "saint", "the" left out, a
/// trailing possessive removed. Returns whether the input had lower-case letters, or `None`
/// when it is empty or too long.
fn normalize(input: &str, out: &mut Key) -> Option<bool> {
    let s = crate::tokens::strip_possessive(input.trim());
    if s.len() > 2 * MAX_KEY {
        return None;
    }
    let has_lower = s.chars().any(crate::case::is_lower);
    out.len = 0;
    // Where the current word's letters start, and the length before its separating space.
    let mut word: Option<(usize, usize)> = None;
    for c in s.chars().chain([' ']) {
        if crate::case::is_letter(c) {
            if word.is_none() {
                let before = out.len;
                if before > 0 {
                    out.push(b" ")?;
                }
                word = Some((out.len, before));
            }
            out.push_char(c)?;
            continue;
        }
        if matches!(c, '.' | '\'' | '’' | '‘' | 'ʼ') {
            continue;
        }
        if let Some((start, before)) = word.take() {
            match &out.buf[start..out.len] {
                b"the" => out.len = before,
                b"st" => {
                    out.len = start;
                    out.push(b"saint")?;
                }
                _ => {}
            }
        }
        if c == '&' {
            if out.len > 0 {
                out.push(b" ")?;
            }
            out.push(b"and")?;
        }
    }
    (out.len > 0).then_some(has_lower)
}

/// The sorted look-up table of normalised keys, built once.
fn table() -> &'static [Entry] {
    static TABLE: OnceLock<Vec<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries = Vec::new();
        let mut add = |text: &str, kind: Kind, member: u8| {
            let mut key = Key::new();
            if normalize(text, &mut key).is_some() {
                let key = String::from_utf8_lossy(key.bytes()).into();
                entries.push(Entry { key, kind, member });
            }
        };
        for (i, c) in MEMBERS.iter().enumerate() {
            let i = i as u8;
            add(c.name, Kind::Name, i);
            add(c.un_name, Kind::Name, i);
            for a in c.aliases {
                let abbrev = !a.chars().any(char::is_lowercase);
                add(a, if abbrev { Kind::Abbrev } else { Kind::Name }, i);
            }
            for d in c.demonyms {
                add(d, Kind::Demonym, i);
            }
        }
        for phrase in NOT_COUNTRIES {
            add(phrase, Kind::Block, 0);
        }
        entries.sort_by(|a, b| (&a.key, a.member).cmp(&(&b.key, b.member)));
        entries.dedup_by(|a, b| a.key == b.key && a.kind == b.kind && a.member == b.member);
        entries
    })
}

/// What a phrase resolves to.
#[derive(Clone, Copy)]
pub(crate) enum Hit {
    Country(&'static Country),
    /// A phrase that contains a country's name but names none ("New Mexico").
    Block,
}

fn find_key(key: &[u8], has_lower: bool, demonyms_only: bool) -> Option<Hit> {
    let t = table();
    let from = t.partition_point(|e| e.key.as_bytes() < key);
    for e in t[from..].iter().take_while(|e| e.key.as_bytes() == key) {
        match e.kind {
            Kind::Block => return Some(Hit::Block),
            Kind::Abbrev if has_lower => {}
            Kind::Name | Kind::Abbrev if demonyms_only => {}
            _ => return MEMBERS.get(e.member as usize).map(Hit::Country),
        }
    }
    None
}

/// What `name` resolves to: a member state, a phrase that shadows one ("New Mexico"), or nothing.
pub(crate) fn resolve(name: &str) -> Option<Hit> {
    let mut key = Key::new();
    let has_lower = normalize(name, &mut key)?;
    let bytes = key.bytes();
    find_key(bytes, has_lower, false).or_else(|| {
        // "Americans", "Britons": plural demonyms.
        let stem = bytes.strip_suffix(b"s").filter(|s| !s.is_empty())?;
        find_key(stem, has_lower, true)
    })
}

/// Look up a member state by any name, UN name, alias or demonym.
///
/// Case-insensitive; surrounding whitespace, the word "the", a trailing "'s"/"’s", accents,
/// dots ("U.S."), apostrophes, hyphens, commas and parentheses are ignored, "&" equals "and"
/// and "St." equals "Saint". Plural demonyms ("Americans") match too. All-capital
/// abbreviations ("US", "UK", "DPRK") need input without lower-case letters. ISO codes are
/// not names (see [`by_iso2`]). Anything else gives `None`. Does not allocate.
pub fn lookup(name: &str) -> Option<&'static Country> {
    match resolve(name)? {
        Hit::Country(c) => Some(c),
        Hit::Block => None,
    }
}

/// The normalised form of a name, as [`lookup`] compares it, and whether the input had
/// lower-case letters (an all-capital abbreviation such as "DPRK" only matches input without).
pub(crate) fn key(name: &str) -> Option<(String, bool)> {
    let mut key = Key::new();
    let has_lower = normalize(name, &mut key)?;
    Some((String::from_utf8_lossy(key.bytes()).into_owned(), has_lower))
}

/// The permanent members of the Security Council, by their common names, in the order of
/// [`MEMBERS`] (a short list of its own, so the page's Council panel needs no member table).
pub const PERMANENT: [&str; 5] = ["China", "France", "Russia", "United Kingdom", "United States"];

/// Look up a member state by its ISO2 code.
pub fn by_iso2(code: &str) -> Option<&'static Country> {
    MEMBERS.iter().find(|c| c.iso2.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn iso(name: &str) -> Option<&'static str> {
        lookup(name).map(|c| c.iso2)
    }

    fn data(file: &str) -> String {
        let path = format!("{}/../data/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).expect("data file")
    }

    #[test]
    fn there_are_193_members_with_unique_codes() {
        assert_eq!(MEMBERS.len(), 193);
        let codes: BTreeSet<_> = MEMBERS.iter().map(|c| c.iso2).collect();
        assert_eq!(codes.len(), 193);
        for c in MEMBERS {
            assert!(c.iso2.len() == 2 && c.iso2.bytes().all(|b| b.is_ascii_uppercase()));
        }
        let p5: BTreeSet<_> = MEMBERS.iter().filter(|c| c.permanent).map(|c| c.iso2).collect();
        assert_eq!(p5, ["CN", "FR", "GB", "RU", "US"].into_iter().collect());
        let names: Vec<_> = MEMBERS.iter().filter(|c| c.permanent).map(|c| c.name).collect();
        assert_eq!(names, PERMANENT);
    }

    #[test]
    fn every_table_string_resolves_to_its_own_country() {
        for c in MEMBERS {
            let all = [c.name, c.un_name].into_iter();
            for s in all.chain(c.aliases.iter().copied()).chain(c.demonyms.iter().copied()) {
                assert_eq!(iso(s), Some(c.iso2), "{s}");
                let mut key = Key::new();
                assert!(normalize(s, &mut key).is_some(), "{s}");
                // The longest, "United Kingdom of Great Britain and Northern Ireland", is eight words.
                assert!(key.bytes().split(|&b| b == b' ').count() <= 8, "{s}");
            }
        }
    }

    #[test]
    fn no_key_names_two_countries() {
        let mut seen: BTreeMap<&str, Option<u8>> = BTreeMap::new();
        for e in table() {
            let who = (e.kind != Kind::Block).then_some(e.member);
            let prev = seen.insert(&e.key, who);
            assert!(prev.is_none() || prev == Some(who), "{} is ambiguous", e.key);
        }
    }

    #[test]
    fn csv_names_resolve_to_the_csv_codes() {
        for (file, skip) in
            [("A_RES_69_188_plenary_2014-12-18_votes.csv", 1), ("votes/SC_7353_2014-12-22_procedural_vote.csv", 1)]
        {
            let text = data(file);
            let mut n = 0;
            for line in text.lines().skip(skip) {
                let mut fields = line.split(',');
                let (name, code) = (fields.next().unwrap(), fields.next().unwrap());
                n += 1;
                if code == "YU" {
                    assert_eq!(iso(name), None, "Yugoslavia is not a member state");
                    continue;
                }
                assert_eq!(iso(name), Some(code), "{name}");
                assert!(by_iso2(code).is_some(), "{code}");
            }
            assert!(n >= 15);
        }
    }

    #[test]
    fn names_from_the_news() {
        let cases = [
            ("DPRK", "KP"),
            ("D.P.R.K.", "KP"),
            ("North Korea", "KP"),
            ("north korea's", "KP"),
            ("Democratic People's Republic of Korea", "KP"),
            ("North Korean", "KP"),
            ("Republic of Korea", "KR"),
            ("South Korean", "KR"),
            ("ROK", "KR"),
            ("Gambia", "GM"),
            ("The Gambia", "GM"),
            ("the gambia", "GM"),
            ("Eswatini", "SZ"),
            ("Swaziland", "SZ"),
            ("US", "US"),
            ("U.S.", "US"),
            ("USA", "US"),
            ("America", "US"),
            ("United States of America", "US"),
            ("  the United States  ", "US"),
            ("American", "US"),
            ("Americans", "US"),
            ("Chinese", "CN"),
            ("China's", "CN"),
            ("Russian", "RU"),
            ("Russian Federation", "RU"),
            ("Russia", "RU"),
            ("British", "GB"),
            ("Britain", "GB"),
            ("UK", "GB"),
            ("U.K.", "GB"),
            ("United Kingdom of Great Britain and Northern Ireland", "GB"),
            ("French", "FR"),
            ("Japanese", "JP"),
            ("Iranian", "IR"),
            ("Iran (Islamic Republic of)", "IR"),
            ("Viet Nam", "VN"),
            ("Türkiye", "TR"),
            ("Turkiye", "TR"),
            ("Côte d'Ivoire", "CI"),
            ("Cote d’Ivoire", "CI"),
            ("The former Yugoslav Republic of Macedonia", "MK"),
            ("UAE", "AE"),
            ("DRC", "CD"),
            ("Democratic Republic of the Congo", "CD"),
            ("Congo", "CG"),
            ("Antigua & Barbuda", "AG"),
            ("St. Lucia", "LC"),
            ("St Kitts and Nevis", "KN"),
            ("Saint Vincent & the Grenadines", "VC"),
            ("Guinea-Bissau", "GW"),
            ("Guinea Bissau", "GW"),
            ("São Tomé & Príncipe", "ST"),
            ("Sao Tome and Principe", "ST"),
            ("UNITED STATES", "US"),
            ("Korea, Republic of", "KR"),
        ];
        for (name, code) in cases {
            assert_eq!(iso(name), Some(code), "{name}");
        }
    }

    #[test]
    fn other_words_are_not_countries() {
        for name in [
            "Human Rights Watch",
            "United Nations",
            "the United Nations",
            "us",
            "Us",
            "uk",
            "United",
            "States",
            "Korea",
            "Korean",
            "Congolese",
            "",
            "   ",
            "the",
            "'s",
            "South America",
            "Latin Americans",
            "New Guinea",
            "Yugoslavia",
            "Sony Pictures",
            "Security Council",
            "Russias",
            "International Criminal Court",
            "AFP",
            "IN",
            "NO",
        ] {
            assert_eq!(iso(name), None, "{name:?}");
        }
        let long = "North Korea ".repeat(100);
        assert_eq!(iso(&long), None);
    }
}
