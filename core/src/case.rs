//! Letters and their case for what the page does in the wasm (the cards' search, the country
//! finder's key, a speaker's initials), written out for the scripts a name in wire copy is
//! written in: Latin (with Latin-1 and Latin Extended-A), Greek and Cyrillic.
//!
//! The standard library's `char::to_lowercase`, `is_alphabetic` and `is_lowercase` carry
//! Unicode tables that cost the wasm about 5 KB brotli; these functions need none. Outside
//! the scripts above a character keeps its case, and counts as a letter unless it is
//! punctuation, a space or a symbol.

/// The lower-case form of `c` (one character: "İ" gives "i"), or `c` when it has none here.
pub fn lower(c: char) -> char {
    let n = c as u32;
    let to = match n {
        0x41..=0x5A | 0xC0..=0xDE if n != 0xD7 => n + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n.is_multiple_of(2) => n + 1,
        0x139..=0x148 | 0x179..=0x17E if !n.is_multiple_of(2) => n + 1,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => n + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => n + 0x3F,
        0x391..=0x3AB if n != 0x3A2 => n + 0x20,
        0x400..=0x40F => n + 0x50,
        0x410..=0x42F => n + 0x20,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// The upper-case form of `c` (one character: "ß" stays "ß"), or `c` when it has none here.
pub fn upper(c: char) -> char {
    let n = c as u32;
    let to = match n {
        0x61..=0x7A | 0xE0..=0xFE if n != 0xF7 => n - 0x20,
        0xFF => 0x178,
        0x101..=0x12F | 0x133..=0x137 | 0x14B..=0x177 if !n.is_multiple_of(2) => n - 1,
        0x13A..=0x148 | 0x17A..=0x17E if n.is_multiple_of(2) => n - 1,
        0x131 => 'I' as u32,
        0x3AC => 0x386,
        0x3AD..=0x3AF => n - 0x25,
        0x3CC => 0x38C,
        0x3CD..=0x3CE => n - 0x3F,
        0x3C2 => 0x3A3,
        0x3B1..=0x3CB if n != 0x3C2 => n - 0x20,
        0x430..=0x44F => n - 0x20,
        0x450..=0x45F => n - 0x50,
        _ => n,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Whether `c` is a lower-case letter of the scripts above.
pub fn is_lower(c: char) -> bool {
    upper(c) != c || matches!(c, 'ß' | 'ĸ' | 'ŉ' | 'ſ' | 'ΐ' | 'ΰ' | 'µ' | 'ª' | 'º')
}

/// Whether `c` is a letter or digit: ASCII ones, and any character past Latin-1's symbols that
/// is not a space, punctuation or a symbol block (so "Ł", "ß", "中" and a combining accent are;
/// "—", "’", "€", a no-break space and "×" are not).
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE => true,
        0x80..=0xBF | 0xD7 | 0xF7 | 0x37E | 0x387 => false,
        0x2000..=0x2BFF | 0x2E00..=0x2E7F | 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFF0F => false,
        0xFEFF | 0xFFF0..=0xFFFF => false,
        _ => true,
    }
}

/// `text` with its case folded for comparing: [`lower`], and a final sigma read as any sigma.
pub fn folded(text: &str) -> String {
    text.chars()
        .map(|c| match lower(c) {
            'ς' => 'σ',
            l => l,
        })
        .collect()
}

/// Whether `text` contains `query` ignoring case ([`folded`] on both sides); an empty query is
/// in every text.
pub fn contains_folded(text: &str, query: &str) -> bool {
    folded(text).contains(&folded(query))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character of the blocks the functions cover: Basic Latin to Latin Extended-B, the
    /// Greek of modern text (unassigned points left out) and basic Cyrillic.
    fn covered() -> impl Iterator<Item = char> {
        [0x20..0x250u32, 0x386..0x3CF, 0x400..0x460]
            .into_iter()
            .flatten()
            .filter(|n| !matches!(n, 0x38B | 0x38D | 0x3A2))
            .filter_map(char::from_u32)
    }

    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let c = it.next()?;
        it.next().is_none().then_some(c)
    }

    #[test]
    fn lower_and_upper_agree_with_the_standard_library_where_it_gives_one_character() {
        for c in covered().filter(|&c| (c as u32) < 0x180 || c >= 'Ά') {
            let std_lower = single(c.to_lowercase()).filter(|&l| l != c);
            let std_upper = single(c.to_uppercase()).filter(|&u| u != c);
            if c == 'İ' {
                assert_eq!(lower(c), 'i');
                continue;
            }
            // The micro sign and the long s upper-case to letters of other blocks, which this
            // module leaves alone.
            if matches!(c, 'µ' | 'ſ') {
                continue;
            }
            assert_eq!(lower(c), std_lower.unwrap_or(c), "lower of {c:?} U+{:04X}", c as u32);
            assert_eq!(upper(c), std_upper.unwrap_or(c), "upper of {c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn lower_case_letters_are_the_standard_librarys_in_the_covered_scripts() {
        for c in covered().filter(|&c| (c as u32) < 0x180 || c >= 'Ά') {
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn letters_are_alphanumeric_and_punctuation_is_not() {
        for c in covered() {
            assert_eq!(is_letter(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
        }
        for c in ['—', '–', '’', '“', '”', '…', '€', '\u{a0}', '\u{2009}', '\u{feff}', '×', '·', '、']
        {
            assert!(!is_letter(c), "{c:?}");
        }
        for c in ['Ł', 'ß', 'ø', 'ж', 'Ω', '中', 'ي'] {
            assert!(is_letter(c), "{c:?}");
        }
    }

    #[test]
    fn search_ignores_case_in_each_script() {
        assert!(contains_folded("Samantha Power", "power"));
        assert!(contains_folded("ÉMILE ZOLA", "émile"));
        assert!(contains_folded("Łukasz Wąs", "ŁUKASZ WĄS"));
        assert!(contains_folded("Сергей Лавров", "лавров"));
        assert!(contains_folded("Κυριάκος", "ΚΥΡΙΆΚΟΣ"));
        assert!(contains_folded("anything", ""));
        assert!(!contains_folded("Qin Gang", "kim"));
    }
}
