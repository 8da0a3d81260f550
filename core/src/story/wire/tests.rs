//! The tokenizer and the readers on hand-written JSON.

use super::json::{ReadError, Reader, Result, MAX_DEPTH};
use super::Read;
use crate::division::{Chamber, Group, SeatVote};
use crate::model::{Statement, Tally};
use crate::story::Story;

fn read<T: Read>(text: &str) -> Result<T> {
    let mut r = Reader::new(text);
    let mut value = T::blank();
    value.fill(&mut r)?;
    r.finish()?;
    Ok(value)
}

#[test]
fn strings_unescape() {
    assert_eq!(read::<String>(r#""a\nb""#).unwrap(), "a\nb");
    assert_eq!(read::<String>(r#""say \"no\"""#).unwrap(), "say \"no\"");
    assert_eq!(read::<String>(r#""back\\slash\/""#).unwrap(), "back\\slash/");
    assert_eq!(read::<String>(r#""\b\f\r\t""#).unwrap(), "\u{8}\u{c}\r\t");
    assert_eq!(read::<String>(r#""caf\u00e9 \u00E9""#).unwrap(), "café é");
    assert_eq!(read::<String>(r#""\u003cscript>""#).unwrap(), "<script>");
    assert_eq!(read::<String>(r#""smile \ud83d\ude00!""#).unwrap(), "smile 😀!");
    assert_eq!(read::<String>(r#""raw é and 😀""#).unwrap(), "raw é and 😀");
    assert_eq!(read::<String>(r#""""#).unwrap(), "");
    assert_eq!(read::<String>(r#""\n""#).unwrap(), "\n");
}

#[test]
fn strings_borrow_unless_escaped() {
    let mut r = Reader::new(r#""plain" "esc\"aped""#);
    assert!(matches!(r.string().unwrap(), std::borrow::Cow::Borrowed("plain")));
    assert!(matches!(r.string().unwrap(), std::borrow::Cow::Owned(s) if s == "esc\"aped"));
}

#[test]
fn malformed_strings_are_errors() {
    for bad in [
        r#""open"#,
        r#""bad \x escape""#,
        r#""\u12""#,
        r#""\u12g4""#,
        r#""lone \ud83d""#,
        r#""lone \ud83d\u0041""#,
        r#""low first \ude00""#,
        "\"raw\nnewline\"",
        "\"tab\tinside\"",
        r#""trailing \"#,
        "'single'",
        "plain",
    ] {
        assert!(read::<String>(bad).is_err(), "{bad:?} is not a JSON string");
    }
}

#[test]
fn numbers() {
    assert_eq!(read::<u32>("0").unwrap(), 0);
    assert_eq!(read::<u32>(" 116 ").unwrap(), 116);
    assert_eq!(read::<u32>("4294967295").unwrap(), u32::MAX);
    assert!(read::<u32>("4294967296").is_err());
    assert!(read::<u32>("18446744073709551616").is_err(), "past u64");
    assert!(read::<u32>("99999999999999999999999").is_err());
    assert_eq!(read::<usize>("4294967295").unwrap(), 4_294_967_295);
    for bad in ["-1", "-0", "1.5", "1e3", "01", "+1", "-", "", "1.", ".5", "0x10", "true", "\"1\"", "null"] {
        assert!(read::<u32>(bad).is_err(), "{bad:?} is not a u32");
    }
}

#[test]
fn skipped_numbers_follow_the_grammar() {
    let mut r = Reader::new("[-1, 0, -0.5, 1.25e-3, 6E+2, 10e9, 123456789012345678901234567890]");
    r.skip().unwrap();
    r.finish().unwrap();
    for bad in ["-", "1.", "1e", "1e+", "01", ".5", "--1", "1.2.3", "[1 2]", "NaN", "Infinity"] {
        let mut r = Reader::new(bad);
        assert!(r.skip().and_then(|()| r.finish()).is_err(), "{bad:?} is not a JSON number");
    }
}

#[test]
fn booleans_options_and_nested_arrays() {
    assert!(read::<bool>("true").unwrap());
    assert!(!read::<bool>("false").unwrap());
    assert!(read::<bool>("True").is_err());
    assert!(read::<bool>("tru").is_err());
    assert_eq!(read::<Option<u32>>("null").unwrap(), None);
    assert_eq!(read::<Option<u32>>("7").unwrap(), Some(7));
    assert!(read::<Option<u32>>("nul").is_err());
    assert_eq!(read::<Option<String>>(r#""x""#).unwrap().as_deref(), Some("x"));
    assert_eq!(read::<Vec<Vec<u32>>>("[[1,2],[],[3]]").unwrap(), vec![vec![1, 2], vec![], vec![3]]);
    assert_eq!(read::<Vec<Option<bool>>>("[null, true]").unwrap(), vec![None, Some(true)]);
    assert_eq!(read::<Vec<u32>>(" \t\r\n[ \n1 ,\t2\r\n] \n").unwrap(), vec![1, 2]);
    for bad in ["[1,]", "[,1]", "[1 2]", "[1", "[", "]", "[1]]", "[1] x", "{}"] {
        assert!(read::<Vec<u32>>(bad).is_err(), "{bad:?} is not a list of numbers");
    }
}

#[test]
fn structs_match_serde() {
    // Unknown keys, at any depth, are skipped; Option fields may be null or missing.
    let json = r#"{ "group": "abstain", "iso2": null, "extra": {"a": [1, {"b": null}], "c": "\u00e9"},
                    "name": "Chad" }"#;
    let seat: SeatVote = read(json).unwrap();
    assert_eq!(seat, SeatVote { group: Group::Abstain, iso2: None, name: Some("Chad".into()), permanent: false });
    // `permanent` is written only when true.
    let seat: SeatVote = read(r#"{"group":"yes","permanent":true}"#).unwrap();
    assert!(seat.permanent && seat.iso2.is_none());
    // `named_abstain` and `request` are `#[serde(default)]`: missing is empty.
    let tally: Tally =
        read(r#"{"yes":116,"no":null,"named_yes":["US"],"named_no":[],"sentence":"S.","paragraph":"p1"}"#).unwrap();
    assert_eq!(tally.yes, Some(116));
    assert_eq!(tally.named_yes, ["US"]);
    assert!(tally.named_abstain.is_empty() && !tally.request && tally.body.is_none());
    // A repeated field is an error (serde's "duplicate field"); a repeated unknown key is not.
    assert_eq!(read::<SeatVote>(r#"{"group":"yes","group":"no"}"#).unwrap_err().expected, "no repeated key");
    assert!(read::<SeatVote>(r#"{"group":"yes","x":1,"x":2}"#).is_ok());
}

#[test]
fn missing_and_mistyped_fields_are_errors() {
    let err = read::<SeatVote>(r#"{"iso2":"FR"}"#).unwrap_err();
    assert_eq!(err.expected, "group");
    assert_eq!(err.to_string(), "expected group at byte 12");
    let statement = r#"{"id":"a","speaker":"B","text":"c","paragraph":"p1","start":0,"end":1}"#;
    assert_eq!(read::<Statement>(statement).unwrap_err().expected, "continuation");
    assert!(read::<SeatVote>(r#"{"group":"maybe"}"#).is_err(), "unknown variant");
    assert!(read::<SeatVote>(r#"{"group":"Yes"}"#).is_err(), "variants are lower-case");
    assert!(read::<SeatVote>(r#"{"group":null}"#).is_err());
    assert!(read::<Chamber>(r#"{"name":"X","members":"m","kind":"court","seats":-3}"#).is_err());
    assert!(read::<Chamber>(r#"{"name":"X","members":"m","kind":"court","rule":"council"}"#).is_ok());
    assert!(read::<Chamber>(r#"{"name":"X","members":"m","kind":"court","rule":"veto"}"#).is_err());
}

#[test]
fn malformed_documents_are_errors_not_panics() {
    let deep = "[".repeat(100_000);
    let deep_objects = r#"{"a":"#.repeat(100_000);
    // The story's object and `n` arrays inside it.
    let nested = |n: usize| {
        format!(
            r#"{{"article":{{"headline":"","statements":[]}},"divisions":[],"cards":[],"data_errors":[],"x":{}1{}}}"#,
            "[".repeat(n),
            "]".repeat(n)
        )
    };
    let limit = MAX_DEPTH as usize;
    assert!(Story::from_json(&nested(limit - 1)).is_ok(), "nesting up to the limit is read");
    let err = Story::from_json(&nested(limit)).unwrap_err();
    assert_eq!(err.expected, "values nested less deeply");
    for bad in [
        "",
        " ",
        "{",
        "}",
        "null",
        "[]",
        r#"{"article":"#,
        r#"{"article":{}}"#,
        r#"{"article":{"headline":"","statements":[]},"divisions":[],"cards":[],"data_errors":[]"#,
        r#"{"article":{"headline":"","statements":[]},"divisions":[],"cards":[],"data_errors":[]}}"#,
        r#"{"article":{"headline":"","statements":[]},"divisions":[],"cards":[],"data_errors":[],}"#,
        r#"{"article" {"headline":"","statements":[]},"divisions":[],"cards":[],"data_errors":[]}"#,
        r#"{article:{"headline":"","statements":[]},"divisions":[],"cards":[],"data_errors":[]}"#,
        "\u{feff}{}",
        &deep,
        &deep_objects,
    ] {
        assert!(Story::from_json(bad).is_err(), "{:?} is not a story", &bad[..bad.len().min(60)]);
    }
    let empty = r#" {"article":{"headline":"H","statements":[]},"divisions":[],"cards":[],"data_errors":["e"]} "#;
    let story = Story::from_json(empty).unwrap();
    assert_eq!((story.article.headline.as_str(), story.data_errors.as_slice()), ("H", &["e".to_string()][..]));
    assert!(story.flags.is_empty(), "flags are #[serde(default)]");
}

#[test]
fn errors_say_where() {
    let err = Story::from_json("{\"article\": 5}").unwrap_err();
    assert_eq!(err, ReadError { at: 12, expected: "an object" });
}

/// Every byte string cut short, and every single byte changed, is read without a panic.
#[test]
fn no_panic_on_any_truncation_or_corruption() {
    let json = r#"{"article":{"headline":"Caf\u00e9 \ud83d\ude00","dateline":{"text":"T","place":"P","agency":null},"statements":[{"id":"a","speaker":"B","role":null,"affiliation":null,"country":"FR","text":"é","paragraph":"p1","start":0,"end":1,"continuation":false}]},"divisions":[],"cards":[],"data_errors":[],"flags":["fr"]}"#;
    assert!(Story::from_json(json).is_ok());
    for end in 0..json.len() {
        if let Some(cut) = json.get(..end) {
            assert!(Story::from_json(cut).is_err(), "{cut:?}");
        }
    }
    let bytes = json.as_bytes();
    for i in 0..bytes.len() {
        for b in [b'"', b'\\', b'{', b']', b',', b'0', b'-', b' ', 0u8] {
            let mut changed = bytes.to_vec();
            changed[i] = b;
            if let Ok(text) = std::str::from_utf8(&changed) {
                let _ = Story::from_json(text);
            }
        }
    }
}
