//! The linked model: the data join, the chart groups and the council panel, for the seed and for
//! articles whose numbers are odd or hostile.

use article_core::story::{CardFilter, DataJoin, Group, Stance, Story};

const ASSEMBLY: &str = include_str!("../../data/A_RES_69_188_plenary_2014-12-18_votes.csv");
const COUNCIL: &str = include_str!("../../data/SC_7353_2014-12-22_procedural_vote.csv");
const SEED: &str = include_str!("../../seeds/000_fa9ca6f986d2676d.txt");

fn story(text: &str) -> Story {
    Story::build(article_core::parse(text), Some(ASSEMBLY), Some(COUNCIL))
}

#[test]
fn the_seed_joins_the_data_and_the_article_numbers_agree() {
    let s = story(SEED);
    let a = s.assembly.as_ref().expect("a General Assembly tally");
    assert!(matches!(a.data, DataJoin::Agrees(_)));
    assert_eq!(a.seats.len(), 193);
    assert_eq!(
        (a.count(Group::Yes), a.count(Group::No), a.count(Group::Abstain), a.count(Group::Absent)),
        (116, 20, 53, 4)
    );
    assert_eq!(a.cast(), 189);
    let t = a.threshold.expect("a threshold");
    assert_eq!((t.present_and_voting, t.needed, t.yes, t.yes_share_permille, t.passes), (136, 69, 116, 853, true));
    // Groups are contiguous and in order.
    let groups: Vec<Group> = a.seats.iter().map(|s| s.group).collect();
    assert!(groups.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(a.vote_of("GM"), Some(Group::No));
    assert_eq!(a.vote_of("KP"), Some(Group::No));
    assert_eq!(a.vote_of("US"), Some(Group::Yes));
    assert!(a.notes.is_empty());
}

#[test]
fn the_seed_council_shows_what_the_article_says_and_the_sourced_next_vote() {
    let s = story(SEED);
    let c = s.council.as_ref().expect("a Security Council tally");
    assert_eq!(c.article.len(), 15);
    let count = |stance| c.article.iter().filter(|s| s.stance == stance).count();
    assert_eq!((count(Stance::For), count(Stance::Against), count(Stance::NotStated)), (10, 2, 3));
    let against: Vec<_> =
        c.article.iter().filter(|s| s.stance == Stance::Against).filter_map(|s| s.iso2.as_deref()).collect();
    assert_eq!(against.len(), 2);
    assert!(against.contains(&"CN") && against.contains(&"RU"));
    assert!(c.article.iter().filter(|s| s.stance == Stance::For).all(|s| s.name.is_none()), "never invents who pushed");
    let next = c.next.as_ref().expect("the procedural vote joins");
    assert_eq!(next.len(), 15);
    assert_eq!(next.iter().filter(|s| s.stance == Stance::For).count(), 11);
    assert_eq!(next.iter().filter(|s| s.permanent).count(), 5);
    assert_eq!(c.permanent.len(), 5);
}

#[test]
fn the_seed_gives_four_cards_with_vote_context_from_data() {
    let s = story(SEED);
    let speakers: Vec<&str> = s.cards.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, ["Samantha Power", "Qin Gang", "Kim Song", "Param-Preet Singh"]);
    let power = &s.cards[0];
    assert_eq!((power.statements.len(), power.vote, power.permanent), (2, Some(Group::Yes), true));
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
    assert_eq!(by(CardFilter::All, "spokesman"), ["Qin Gang"]);
    assert!(s.card_of_statement(&s.article.statements[1].id).is_some_and(|c| c.speaker == "Samantha Power"));
}

#[test]
fn data_about_another_vote_is_not_joined() {
    let s = story("Another vote\n\nUNITED NATIONS (AFP) - The General Assembly adopted the text by a vote of 150 to 3 with 10 abstentions.\n");
    let a = s.assembly.expect("a tally");
    assert_eq!(a.data, DataJoin::ArticleOnly);
    assert_eq!(a.seats.len(), 193, "150 + 3 + 10 seats and 30 not accounted for");
    assert_eq!(a.count(Group::Unknown), 30);
    assert!(a.seats.iter().all(|s| s.name.is_none()));
}

#[test]
fn data_that_disagrees_slightly_is_joined_with_a_visible_note() {
    let s = story("Close\n\nUNITED NATIONS (AFP) - The General Assembly approved it by a vote of 116 to 20 with 52 abstentions.\n");
    let a = s.assembly.expect("a tally");
    assert!(matches!(a.data, DataJoin::Disagrees(_)));
    assert_eq!(a.count(Group::Abstain), 52, "the article's numbers win in the summary");
    assert_eq!(a.notes.len(), 1);
}

#[test]
fn impossible_and_overflowing_totals_stay_bounded() {
    let s = story("Too many\n\nUNITED NATIONS (AFP) - The UN General Assembly adopted it by a vote of 500 to 300 with 200 abstentions.\n\nTwenty of the 15 council members pushed for the item.\n");
    let a = s.assembly.expect("a tally");
    assert_eq!(a.seats.len(), 1000, "counted as given, drawn up to the cap");
    assert!(a.notes.iter().any(|n| n.contains("more than the 193 members")));
    let c = s.council.expect("a council tally");
    assert_eq!(c.article.len(), 15);
    assert_eq!(c.notes.len(), 1);

    let huge = story("Huge\n\nUN (AFP) - 4294967295 of the 15 council members pushed for it. The General Assembly adopted it 4000000000-1-1.\n");
    if let Some(c) = huge.council {
        assert_eq!(c.article.len(), 15);
    }
    if let Some(a) = huge.assembly {
        assert!(a.seats.len() <= 1000);
    }
}

#[test]
fn bad_data_files_are_reported_not_fatal() {
    let s = Story::build(article_core::parse(SEED), Some("nonsense"), Some("member,iso2\n"));
    assert_eq!(s.data_errors.len(), 2);
    assert_eq!(s.assembly.expect("still a tally").seats.len(), 193);
}
