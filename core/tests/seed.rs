//! The seed article's full expected model.

use article_core::{parse, Article, Statement, Tally};

const SEED: &str = include_str!("../../seeds/000_fa9ca6f986d2676d.txt");

fn seed() -> Article {
    parse(SEED)
}

/// The paragraph text a statement's range covers.
fn slice(a: &Article, s: &Statement) -> String {
    let p = a.paragraphs.iter().find(|p| p.id == s.paragraph).unwrap();
    p.text.chars().skip(s.start).take(s.end - s.start).collect()
}

#[test]
fn headline_and_dateline() {
    let a = seed();
    assert_eq!(a.headline, "North Korea faces UN Security Council scrutiny on human rights record");
    let d = a.dateline.as_ref().expect("dateline");
    assert_eq!(d.text, "UNITED NATIONS, United States (AFP)");
    assert_eq!(d.place, "UNITED NATIONS, United States");
    assert_eq!(d.agency.as_deref(), Some("AFP"));
    assert!(a.paragraphs[0].text.starts_with("North Korea comes under scrutiny on Monday"));
    assert!(!a.paragraphs[0].text.contains("(AFP)"));
}

#[test]
fn sections_paragraphs_boilerplate() {
    let a = seed();
    assert_eq!(a.paragraphs.len(), 18);
    for (i, p) in a.paragraphs.iter().enumerate() {
        assert_eq!(p.id, format!("p{}", i + 1));
        assert_eq!(p.section, usize::from(i >= 11), "{}", p.id);
    }
    assert_eq!(a.sections.len(), 2);
    assert_eq!((a.sections[0].id.as_str(), a.sections[0].heading.as_deref()), ("s0", None));
    assert_eq!(a.sections[0].paragraphs, (0..11).collect::<Vec<_>>());
    assert_eq!(a.sections[1].id, "s1");
    assert_eq!(a.sections[1].heading.as_deref(), Some("Calls for ICC referral"));
    assert_eq!(a.sections[1].paragraphs, (11..18).collect::<Vec<_>>());
    assert_eq!(
        a.paragraphs[11].text,
        "The UN General Assembly put the international spotlight on North Korea when it \
         adopted a landmark resolution on Thursday calling on the Security Council to consider \
         referring North Korea to the ICC for crimes against humanity."
    );
    assert_eq!(a.boilerplate, ["Join ST's Telegram channel and get the latest breaking news delivered to you."]);
    assert!(a.paragraphs.iter().all(|p| !p.text.contains("Telegram")));
    assert!(a.paragraphs.iter().all(|p| !p.text.contains(" - Calls")));
}

/// (id, speaker, role, affiliation, country, paragraph, continuation, text)
type Expected<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>, &'a str, bool, &'a str);

#[test]
fn statements() {
    let a = seed();
    let power = (Some("Ambassador"), Some("US"), Some("US"));
    let qin = (Some("foreign ministry spokesman"), Some("Chinese"), Some("CN"));
    let kim = (Some("political counselor"), Some("North Korean mission at the United Nations"), Some("KP"));
    let singh = (None, Some("Human Rights Watch"), None);
    let expected: Vec<Expected> = vec![
        ("samantha-power", "Samantha Power", power.0, power.1, power.2, "p3", false,
         "the human rights violations in North Korea are among the worst in the world. They are widespread. They are systematic."),
        ("samantha-power-2", "Samantha Power", power.0, power.1, power.2, "p4", true,
         "And - given the threat they pose to peace and security - they have been going on outside the scrutiny of the UN Security Council for far too long."),
        ("qin-gang", "Qin Gang", qin.0, qin.1, qin.2, "p8", false,
         "The Security Council is not the right place to discuss human rights issues, and to refer human rights issues to the International Criminal Court will by no means solve the problems"),
        ("kim-song", "Kim Song", kim.0, kim.1, kim.2, "p10", false,
         "We cannot recognize the Security Council meeting. Its mandate is not human rights"),
        ("kim-song-2", "Kim Song", kim.0, kim.1, kim.2, "p11", false, "We will not attend"),
        ("param-preet-singh", "Param-Preet Singh", singh.0, singh.1, singh.2, "p17", false,
         "Monday's meeting is a game-changer"),
        ("param-preet-singh-2", "Param-Preet Singh", singh.0, singh.1, singh.2, "p18", true,
         "It marks the first time human rights in North Korea will be formally discussed at the Security Council. It reflects the international community's overwhelming appetite to see the devastating crimes catalogued by the commission of inquiry addressed."),
    ];
    let got: Vec<Expected> = a
        .statements
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.speaker.as_str(),
                s.role.as_deref(),
                s.affiliation.as_deref(),
                s.country.as_deref(),
                s.paragraph.as_str(),
                s.continuation,
                s.text.as_str(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    for s in &a.statements {
        assert_eq!(slice(&a, s), s.text, "{}", s.id);
    }
    // Power's partial quote starts after "confirmed that \"".
    let p3 = &a.paragraphs[2].text;
    let open = p3.chars().position(|c| c == '"').unwrap();
    assert_eq!(a.statements[0].start, open + 1);
    assert_eq!(a.statements[0].end, p3.chars().count() - 1);
    // The other quotes open their paragraphs.
    assert!(a.statements[1..].iter().all(|s| s.start == 1));
}

#[test]
fn no_scare_quotes_or_titles() {
    let a = seed();
    // Every quotation mark pair in the seed is one of the seven statements above.
    let marks: usize = a.paragraphs.iter().map(|p| p.text.matches('"').count()).sum();
    assert_eq!(marks, 14);
    assert_eq!(a.statements.len(), 7);
    // And the same article with a scare quote and a title added gains no statements.
    let extra = SEED.replace(
        "scuttled the release of a movie.",
        "scuttled the release of the film \"The Interview\" amid so-called \"peace talks\" and \"grave concern\".",
    );
    let b = parse(&extra);
    assert_eq!(b.statements, a.statements);
}

#[test]
fn tallies() {
    let a = seed();
    let expected = vec![
        Tally {
            body: Some("Security Council".into()),
            subject: Some("North Korea to be put on the agenda".into()),
            yes: Some(10),
            no: None,
            abstain: None,
            absent: None,
            membership: Some(15),
            named_yes: vec![],
            named_no: vec!["RU".into(), "CN".into()],
            named_abstain: vec![],
            request: true,
            sentence: a.paragraphs[5].text.clone(),
            paragraph: "p6".into(),
        },
        Tally {
            body: Some("UN General Assembly".into()),
            subject: Some("resolution".into()),
            yes: Some(116),
            no: Some(20),
            abstain: Some(53),
            absent: None,
            membership: None,
            named_yes: vec![],
            named_no: vec![],
            named_abstain: vec![],
            request: false,
            sentence: a.paragraphs[12].text.clone(),
            paragraph: "p13".into(),
        },
    ];
    assert_eq!(a.votes, expected);
    assert!(a.votes[0].sentence.starts_with("Ten of the 15 council members"));
    assert!(a.votes[1].sentence.contains("116 to 20 with 53 abstentions"));
}

#[test]
fn crlf_and_extra_whitespace_change_nothing() {
    let a = seed();
    let crlf = SEED.replace('\n', "\r\n");
    assert_eq!(parse(&crlf), a);
    let spaced = SEED.replace(". ", ".   ").replace('\n', " \n\t");
    assert_eq!(parse(&spaced), a);
}

#[test]
fn json_round_trip() {
    let a = seed();
    let json = serde_json::to_string(&a).unwrap();
    let back: Article = serde_json::from_str(&json).unwrap();
    assert_eq!(back, a);
}
