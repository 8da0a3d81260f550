//! The linked model: each vote drawn as its body, data joined only on identity, and the cards.

use std::path::Path;
use std::sync::OnceLock;

use article_core::sources::Library;
use article_core::story::{CardFilter, Division, Group, Story};

const SEED: &str = include_str!("../../seeds/000_fa9ca6f986d2676d.txt");

fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let lib = Library::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../data"));
        assert!(lib.errors.is_empty(), "{:?}", lib.errors);
        lib
    })
}

fn story(text: &str) -> Story {
    Story::build(article_core::parse(text), library())
}

fn by_body<'a>(s: &'a Story, key: &str) -> &'a Division {
    s.divisions.iter().find(|d| d.chamber.is(key)).unwrap_or_else(|| panic!("a {key} division in {:#?}", s.divisions))
}

#[test]
fn the_seed_joins_a_res_69_188_and_the_article_numbers_agree() {
    let s = story(SEED);
    let a = s.main().expect("a main vote");
    assert!(a.chamber.is("un-ga"), "the main vote is the Assembly's, not the Council request");
    let record = a.record.as_ref().expect("joined");
    assert_eq!((record.symbol.as_str(), record.date.as_str()), ("A/RES/69/188", "2014-12-18"));
    assert!(record.agrees);
    assert!(record.citation.contains("Voeten") && record.citation.contains("A/RES/69/188"));
    assert_eq!(a.seats.len(), 193);
    assert_eq!(
        (a.count(Group::Yes), a.count(Group::No), a.count(Group::Abstain), a.count(Group::Absent)),
        (116, 20, 53, 4)
    );
    assert_eq!(a.cast(), 189);
    let t = a.rule.as_ref().expect("a rule").threshold;
    assert_eq!((t.present_and_voting, t.needed, t.yes, t.yes_share_permille, t.passes), (136, 69, 116, 853, true));
    let groups: Vec<Group> = a.seats.iter().map(|s| s.group).collect();
    assert!(groups.windows(2).all(|w| w[0] <= w[1]), "groups are contiguous and in order");
    assert_eq!(a.vote_of("GM"), Some(Group::No));
    assert_eq!(a.vote_of("KP"), Some(Group::No));
    assert_eq!(a.vote_of("US"), Some(Group::Yes));
    assert_eq!(a.heading, "UN General Assembly: how member states voted");
    assert!(a.notes.is_empty(), "{:?}", a.notes);
}

#[test]
fn the_seed_council_is_a_request_and_its_next_vote_joins_on_the_item() {
    let s = story(SEED);
    let c = by_body(&s, "un-sc");
    assert!(c.tally.request, "ten members pushed for it: a request, not a vote");
    assert_eq!(c.seats.len(), 15);
    let count = |g| c.seats.iter().filter(|s| s.group == g).count();
    assert_eq!((count(Group::Yes), count(Group::No), count(Group::Unknown)), (10, 2, 3));
    assert_eq!(c.group_label(Group::Yes), "Pushed for the item");
    let against: Vec<_> = c.seats.iter().filter(|s| s.group == Group::No).filter_map(|s| s.iso2.as_deref()).collect();
    assert!(against.contains(&"CN") && against.contains(&"RU"));
    assert!(c.seats.iter().filter(|s| s.group == Group::No).all(|s| s.permanent));
    assert!(c.seats.iter().filter(|s| s.group == Group::Yes).all(|s| s.name.is_none()), "never invents who pushed");
    assert!(c.rule.is_none(), "a request has no passing rule");
    let next = c.next.as_ref().expect("the procedural vote joins");
    assert_eq!(next.seats.len(), 15);
    assert_eq!(next.seats.iter().filter(|s| s.group == Group::Yes).count(), 11);
    assert_eq!(next.seats.iter().filter(|s| s.permanent).count(), 5);
    assert_eq!(next.rule.passes, Some(true), "procedural: no veto");
    assert_eq!(next.record.date, "2014-12-22");
}

#[test]
fn the_seed_gives_four_cards_with_vote_context_from_data() {
    let s = story(SEED);
    let speakers: Vec<&str> = s.cards.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, ["Samantha Power", "Qin Gang", "Kim Song", "Param-Preet Singh"]);
    let power = &s.cards[0];
    assert_eq!((power.statements.len(), power.vote, power.permanent), (2, Some(Group::Yes), true));
    assert_eq!(power.vote_on.as_deref(), Some("A/RES/69/188"));
    assert_eq!(power.paragraphs.len(), 2);
    assert_eq!(s.cards[1].vote, Some(Group::No));
    assert_eq!(s.cards[2].vote, Some(Group::No));
    assert_eq!(s.cards[2].statements.len(), 2, "\"he told AFP\" joins Kim Song's card");
    assert_eq!((s.cards[3].country.as_deref(), s.cards[3].vote), (None, None));
    let by = |f: CardFilter, q: &str| {
        s.cards.iter().filter(|c| c.matches(f, q)).map(|c| c.speaker.as_str()).collect::<Vec<_>>()
    };
    assert_eq!(by(CardFilter::No, ""), ["Qin Gang", "Kim Song"]);
    assert_eq!(by(CardFilter::Yes, ""), ["Samantha Power"]);
    assert_eq!(by(CardFilter::NotState, ""), ["Param-Preet Singh"]);
    assert_eq!(by(CardFilter::All, "GAME-CHANGER"), ["Param-Preet Singh"]);
    assert!(s.card_of_statement(&s.article.statements[1].id).is_some_and(|c| c.speaker == "Samantha Power"));
}

#[test]
fn counts_the_data_does_not_hold_are_drawn_from_the_article_with_a_note() {
    let s = story("Another vote\n\nUNITED NATIONS (AFP) - The General Assembly adopted the text by a vote of 150 to 3 with 10 abstentions.\n");
    let a = s.main().expect("a tally");
    assert!(a.record.is_none());
    assert!(a.join_note.is_some(), "the page says why there are no per-country votes");
    assert_eq!(a.seats.len(), 193, "150 + 3 + 10 seats and 30 not accounted for");
    assert_eq!(a.count(Group::Unknown), 30);
    assert!(a.seats.iter().all(|s| s.name.is_none()));
}

#[test]
fn a_council_article_of_another_year_gets_no_next_vote() {
    let text = "North Korea rights at the UN Security Council\n\nUNITED NATIONS (AFP) - For the fourth year running in 2017, nine of the 15 council members pushed for North Korea to be put on the agenda, but Russia and China objected.\n";
    let s = story(text);
    assert!(by_body(&s, "un-sc").next.is_none(), "the 2014 vote is not this meeting's");
}

#[test]
fn a_council_resolution_is_a_vote_not_a_request() {
    let text = "UN renews mission\n\nUNITED NATIONS (Reuters) - The U.N. Security Council adopted a resolution on Friday with 10 votes in favor, while France, Britain, Denmark, Greece and Slovenia abstained.\n";
    let s = story(text);
    let c = by_body(&s, "un-sc");
    assert!(!c.tally.request);
    assert!(c.next.is_none(), "never the 2014 vote on North Korea");
    assert_eq!(c.group_label(Group::Yes), "In favour");
    let abstained: Vec<_> =
        c.seats.iter().filter(|s| s.group == Group::Abstain).filter_map(|s| s.iso2.as_deref()).collect();
    assert_eq!(abstained, ["FR", "GB", "DK", "GR", "SI"], "every member named on a side is placed there");
}

#[test]
fn a_vetoed_council_vote_fails_by_the_rule() {
    let text = "US vetoes Gaza text\n\nUNITED NATIONS (AP) - The United States vetoed the resolution in the Security Council, which won 14 votes in favor with one against.\n";
    let s = story(text);
    let c = by_body(&s, "un-sc");
    assert_eq!(c.group_label(Group::Yes), "In favour");
    let rule = c.rule.as_ref().expect("a rule");
    assert!(rule.text.contains("permanent member"));
}

#[test]
fn a_commons_division_is_drawn_as_650_mps_with_the_amendment_second() {
    let text = "MPs back assisted dying bill\n\nLONDON (Reuters) - Britain's House of Commons voted 324 to 295 on Friday to back the bill.\n\nEarlier, MPs rejected an amendment by 99 votes to 322.\n";
    let s = story(text);
    assert_eq!(s.divisions.len(), 2, "{:#?}", s.divisions);
    let main = &s.divisions[0];
    assert!(main.chamber.is("uk-commons"));
    assert_eq!((main.tally.yes, main.tally.no), (Some(324), Some(295)));
    assert_eq!(main.seats.len(), 650);
    assert_eq!(main.heading, "UK House of Commons: how MPs voted");
    assert!(main.rule.as_ref().expect("a rule").text.contains("UK House of Commons"));
    assert!(!main.rule.as_ref().unwrap().text.contains("General Assembly"));
    assert!(main.notes.is_empty(), "{:?}", main.notes);
    assert!(main.record.is_none() && main.join_note.is_none(), "nothing to join, nothing to say");
}

#[test]
fn a_court_ruling_is_drawn_as_nine_justices() {
    let text = "Supreme Court limits agency power\n\nWASHINGTON (AP) - The Supreme Court ruled 6-3 on Friday that the agency overstepped its authority.\n";
    let s = story(text);
    let c = by_body(&s, "us-supreme-court");
    assert_eq!(c.seats.len(), 9);
    assert_eq!((c.count(Group::Yes), c.count(Group::No)), (6, 3));
    assert_eq!(c.group_label(Group::Yes), "Majority");
    assert_eq!(c.heading, "US Supreme Court: how the justices ruled");
}

#[test]
fn an_unknown_body_draws_the_votes_cast_never_193() {
    let text =
        "Regional council backs plan\n\nLYON (AFP) - The regional council approved the plan by 41 votes to 12.\n";
    let s = story(text);
    let d = s.main().expect("a tally");
    assert_eq!(d.seats.len(), 53);
    assert!(d.rule.is_none(), "no rule for a body we do not know");
    assert_eq!(d.count(Group::Unknown), 0);
}

#[test]
fn impossible_and_overflowing_totals_stay_bounded() {
    let s = story("Too many at the Security Council\n\nUNITED NATIONS (AFP) - The UN General Assembly adopted it by a vote of 500 to 300 with 200 abstentions.\n\nTwenty of the 15 council members pushed for the item.\n");
    let a = by_body(&s, "un-ga");
    assert!(a.seats.len() <= 193, "never more seats than the body has");
    assert!(a.notes.iter().any(|n| n.contains("more than the 193")), "{:?}", a.notes);
    let c = by_body(&s, "un-sc");
    assert_eq!(c.seats.len(), 15);
    assert_eq!(c.notes.len(), 1);

    let huge = story("Huge Security Council\n\nUN (AFP) - 4294967295 of the 15 council members pushed for it. The General Assembly adopted it 4000000000-1-1.\n");
    for d in &huge.divisions {
        assert!(d.seats.len() <= 1000);
    }
}

#[test]
fn bad_data_files_are_reported_not_fatal() {
    let lib =
        Library::load(|p| if p.ends_with(".csv") { Some("nonsense".into()) } else { None }, &["votes/x.csv".into()]);
    let s = Story::build(article_core::parse(SEED), &lib);
    assert_eq!(s.data_errors.len(), 2, "{:?}", s.data_errors);
    assert_eq!(s.main().expect("still a tally").seats.len(), 193);
}

#[test]
fn the_seed_data_file_has_193_rows_whose_votes_sum_to_the_chart() {
    let s = story(SEED);
    let d = s.main().expect("a vote");
    let data = d.data().expect("named members");
    assert_eq!(data.rows.len(), 193);
    let csv = data.csv();
    assert!(csv.starts_with("country,iso2,vote,source\n"));
    let votes = |v: &str| csv.lines().skip(1).filter(|l| l.contains(&format!(",{v},"))).count();
    assert_eq!((votes("In favour"), votes("Against"), votes("Abstained"), votes("Not voting")), (116, 20, 53, 4));
    assert!(csv.contains("Gambia,GM,Against,"));
    assert!(csv.lines().nth(1).unwrap().ends_with("A/RES/69/188, 2014-12-18\""), "the source is quoted: it has commas");
    let article_only = story("Vote\n\nLONDON (Reuters) - Britain's House of Commons voted 324 to 295 on Friday.\n");
    assert!(article_only.main().expect("a vote").data().is_none(), "no named members, no file");
}

/// A long article with many speakers: every statement's card is found through the index, the
/// same card as a search of the cards gives, and after a JSON round trip (which does not carry
/// the index) too.
#[test]
fn every_statement_finds_its_card_in_a_long_article() {
    let speakers = ["Ana Ruiz", "Tomas Berg", "Leila Haddad"];
    let mut text = String::from("Delegates debate water rights\n\nGENEVA (AP) - Delegates met on Monday.");
    for i in 0..600 {
        let who = speakers[i % 3];
        // Two quotes by one speaker in some paragraphs, so some cards hold several statements.
        text.push_str(&format!("\n\n\"We need point {i} agreed,\" {who} said. \"Point {i} matters,\" {who} added."));
        if i % 5 == 0 {
            text.push_str(&format!("\n\n\"Point {i} again,\" {who} said."));
        }
    }
    let s = story(&text);
    assert!(s.article.statements.len() > 1200, "{}", s.article.statements.len());
    assert!(s.cards.len() >= 600, "{}", s.cards.len());
    let round: Story = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(round, s);
    for (i, st) in s.article.statements.iter().enumerate() {
        let want = s.cards.iter().find(|c| c.statements.contains(&i)).expect("every statement is on a card");
        assert_eq!(s.card_of_statement(&st.id).map(|c| &c.id), Some(&want.id), "{}", st.id);
        assert_eq!(round.card_of_statement(&st.id).map(|c| &c.id), Some(&want.id), "{}", st.id);
    }
    assert!(s.card_of_statement("no-such-statement").is_none());
    // A card's paragraphs are listed once each, in order.
    for c in &s.cards {
        let mut seen = c.paragraphs.clone();
        seen.dedup();
        assert_eq!(seen, c.paragraphs);
    }
}
