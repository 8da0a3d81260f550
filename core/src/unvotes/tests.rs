//! Unit tests of the private parts: dates, symbol keys, Roman numerals, stems and words.

use super::date::Date;
use super::symbols::{roman, SymbolKey};
use super::words::{content_words, stem};

#[test]
fn dates_parse_and_check_the_calendar() {
    assert_eq!(Date::parse("2014-12-18"), Some(Date { y: 2014, m: 12, d: 18 }));
    assert_eq!(Date::parse("2012-02-29").map(Date::iso).as_deref(), Some("2012-02-29"));
    for bad in ["2013-02-29", "2014-13-01", "2014-00-10", "2014-1-01", "2014/12/18", "20١4-12-18", ""] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
}

#[test]
fn symbol_keys() {
    let k = |s: &str| SymbolKey::parse(s);
    assert_eq!(k("A/RES/68/262"), k("68/262"));
    assert_eq!(k("A/RES/52/38B").map(|k| k.suffix), Some("B".into()));
    assert!(k("52/38").unwrap().matches(&k("A/RES/52/38B").unwrap()));
    assert!(!k("52/38C").unwrap().matches(&k("A/RES/52/38B").unwrap()));
    assert!(!k("68/26").unwrap().matches(&k("A/RES/68/262").unwrap()));
    assert!(k("es-10/19").unwrap().matches(&k("A/RES/ES-10/19").unwrap()));
    assert!(!k("10/19").unwrap().matches(&k("A/RES/ES-10/19").unwrap()));
    for none in ["A/68/L.39", "ESS/1/34", "GOAR/1/1288B", "R/10 65", "", "/", "68/", "é/1"] {
        assert_eq!(k(none), None, "{none}");
    }
}

#[test]
fn roman_numerals() {
    assert_eq!(roman(b"XV"), Some(15));
    assert_eq!(roman(b"XXIX"), Some(29));
    assert_eq!(roman(b"XLIV"), Some(44));
    assert_eq!(roman(b"IIII"), None);
    assert_eq!(roman(b"VX"), None);
}

#[test]
fn stems_and_words() {
    assert_eq!(stem("rights"), "right");
    assert_eq!(stem("status"), "status");
    assert_eq!(stem("press"), "press");
    assert_eq!(content_words("The Côte d'Ivoire's rights, São Tomé!"), ["cote", "ivoire", "rights", "sao", "tome"]);
}
