//! The recognizer end to end: one sentence ([`sentence_tally`]) here, whole articles
//! ([`extract`]) in `across`. The scanners and steps are tested in their own files.

use super::*;

/// The tally of `text`, read as one sentence with no body named before it.
fn one(text: &str) -> Option<Tally> {
    let p = Para::new(text);
    let n = p.toks.len();
    let found = bodies_in(&p, 0, n);
    sentence_tally(&Sentence::new(&p, (0, n)), &found, &Bodies::default())
}

fn counts(text: &str) -> (Option<u32>, Option<u32>, Option<u32>, Option<u32>) {
    let t = one(text).unwrap_or_else(|| panic!("no tally: {text}"));
    (t.yes, t.no, t.abstain, t.absent)
}

#[test]
fn shapes() {
    assert_eq!(
        counts("The resolution, approved by a vote of 116 to 20 with 53 abstentions, passed."),
        (Some(116), Some(20), Some(53), None)
    );
    assert_eq!(counts("The council adopted it 11-2-2."), (Some(11), Some(2), Some(2), None));
    assert_eq!(counts("It passed by 14\u{2013}0\u{2013}1."), (Some(14), Some(0), Some(1), None));
    assert_eq!(counts("It was adopted by 9 votes to 4."), (Some(9), Some(4), None, None));
    assert_eq!(counts("Twelve voted for, two opposed and one abstained."), (Some(12), Some(2), Some(1), None));
    assert_eq!(
        counts("The text got 120 votes in favour, 9 against and 40 abstentions, with 24 absent."),
        (Some(120), Some(9), Some(40), Some(24))
    );
    assert_eq!(
        counts("It was approved by one hundred and sixteen votes to twenty."),
        (Some(116), Some(20), None, None)
    );
    assert_eq!(
        counts("The bill passed 52-47, while three senators did not vote."),
        (Some(52), Some(47), None, Some(3))
    );
}

#[test]
fn more_shapes() {
    assert_eq!(
        counts("It was adopted by a recorded vote of 122 in favour to 8 against, with 44 abstentions."),
        (Some(122), Some(8), Some(44), None)
    );
    assert_eq!(
        counts("In the 193-member assembly, 143 countries voted in favour, nine voted against and 25 abstained."),
        (Some(143), Some(9), Some(25), None)
    );
    assert_eq!(
        counts("Israel was among the 20 countries that voted against the resolution."),
        (None, Some(20), None, None)
    );
    assert_eq!(
        counts("The motion was carried by 312 ayes to 256 noes, with no abstentions."),
        (Some(312), Some(256), Some(0), None)
    );
    assert_eq!(
        counts("A total of 98 senators voted in favor; two voted against and 3 were absent."),
        (Some(98), Some(2), None, Some(3))
    );
    let t = one("Thirteen council members voted for the text, while Russia and Bolivia voted against it.").unwrap();
    assert_eq!((t.yes, t.no), (Some(13), None));
}

#[test]
fn not_tallies() {
    for text in [
        "The vote is due on 12-13 June in Geneva.",
        "The Senate unanimously passed the bill.",
        "The vote was described as unanimous by the 15-member council's president.",
        "The 27-nation bloc did not unanimously approve the plan.",
        "The court, which has a 6-3 conservative majority, heard arguments before a ruling.",
        "The court's 6-3 conservative majority appeared skeptical ahead of the vote.",
        "Republicans hold a 5-4 majority on the panel that will vote on the budget.",
        "Democrats have a 51-49 majority in the chamber ahead of the vote.",
        "Leeds Rovers beat Hull 3-1 on Saturday, two days before the council's vote.",
        "The vote came days after a 3-0 thrashing in the cup.",
        "The vote was called after the team won 2-1 at home.",
        "Critics mocked the \"6-3 court\" before the ruling.",
        "The vote on 2014-12-22 was postponed to 12-13 June.",
        "Ages 18-24 backed the party, the poll before the vote found.",
        "The vote cost $4.5 million and 52 percent voted for the party.",
        "He won 55% of the vote.",
        "The meeting was held on 2014-12-22 in New York.",
        "Chelsea won 3-1 on Sunday.",
        "Two top UN officials will brief the council.",
        "Some 52 percent voted for the party.",
        "He spent 20 years for the cause.",
        "The vote was 99999999999 to 3.",
    ] {
        let t = one(text);
        assert!(t.is_none() || t.as_ref().unwrap().yes.is_none(), "{text}: {t:?}");
    }
}

#[test]
fn court_splits() {
    assert_eq!(counts("The court ruled 6-3 that the law was unconstitutional."), (Some(6), Some(3), None, None));
    assert_eq!(counts("In a 5\u{2013}4 decision, the court sided with the state."), (Some(5), Some(4), None, None));
    assert_eq!(
        counts("A 7-2 majority of the Washington Supreme Court upheld the map."),
        (Some(7), Some(2), None, None)
    );
    let t = one("A 7-2 majority of the Washington Supreme Court upheld the map.").unwrap();
    assert_eq!(t.body.as_deref(), Some("Washington Supreme Court"));
}

#[test]
fn divisions() {
    assert_eq!(counts("The Speaker read out the result: Ayes 330, Noes 275."), (Some(330), Some(275), None, None));
    assert_eq!(
        counts("The deputy speaker announced: ayes to the right, 301, noes to the left, 212."),
        (Some(301), Some(212), None, None)
    );
    assert_eq!(counts("MPs approved the motion by 412 votes to 88."), (Some(412), Some(88), None, None));
    assert!(one("The ayes have it, the Speaker said at 10 pm.").is_none_or(|t| t.yes.is_none()));
}

#[test]
fn failed_motions() {
    assert_eq!(counts("The proposal failed on a 7-2 vote."), (Some(2), Some(7), None, None));
    assert_eq!(counts("The amendment was defeated 322-99."), (Some(99), Some(322), None, None));
    assert_eq!(counts("The amendment was defeated 99-322."), (Some(99), Some(322), None, None));
    assert_eq!(counts("The conference rejected the motion by 40 votes to 12."), (Some(12), Some(40), None, None));
    assert_eq!(
        counts("MPs rejected a rebel amendment on pension ages by 99 votes to 322."),
        (Some(99), Some(322), None, None)
    );
    assert_eq!(counts("The Senate voted down the resolution 51-48."), (Some(48), Some(51), None, None));
    // Voted against: the larger count is the no side, whatever the digit order.
    assert_eq!(counts("The council voted 7-2 against the measure."), (Some(2), Some(7), None, None));
    assert_eq!(counts("The board voted 5-4 against."), (Some(4), Some(5), None, None));
    assert_eq!(counts("The Senate voted 60 to 38 against the bill."), (Some(38), Some(60), None, None));
    assert_eq!(counts("The bill was defeated 5-4."), (Some(4), Some(5), None, None));
    // "to 20 against" names the side of the 20.
    assert_eq!(
        counts("It was adopted by 116 votes to 20 against, with 53 abstentions."),
        (Some(116), Some(20), Some(53), None)
    );
    // Passing words, an adjective, or a new vote verb keep the order.
    assert_eq!(
        counts("The bill passed 218-210 after Democrats rejected a bid to delay it."),
        (Some(218), Some(210), None, None)
    );
    assert_eq!(counts("The council voted 13-2 to condemn the failed coup."), (Some(13), Some(2), None, None));
    assert_eq!(
        counts("After talks failed last month, the council voted 13-2 to impose sanctions."),
        (Some(13), Some(2), None, None)
    );
}

/// Whole articles: tallies joined across sentences and paragraphs, bodies named before them.
mod across;

#[test]
fn verbs_that_pass_by_a_score() {
    assert_eq!(counts("The Senate confirmed her 52-47 on Tuesday."), (Some(52), Some(47), None, None));
    assert_eq!(counts("The bill cleared the House 220-210."), (Some(220), Some(210), None, None));
    assert_eq!(counts("The Senate ratified the treaty 68-31."), (Some(68), Some(31), None, None));
    assert_eq!(
        counts("The town's Finance Committee had recommended the article 6-1, with one member absent."),
        (Some(6), Some(1), None, Some(1))
    );
    // A range of people is no score.
    assert!(one("Police confirmed 3-4 people were hurt.").is_none());
}

#[test]
fn a_side_made_up_of_the_states_named() {
    let t = one("Twenty-four of the 27 member states voted in favour, with Hungary and Romania voting against and Cyprus abstaining.").unwrap();
    assert_eq!((t.yes, t.no, t.abstain, t.membership), (Some(24), Some(2), Some(1), Some(27)));
    assert_eq!((t.named_no, t.named_abstain), (vec!["HU".to_string(), "RO".to_string()], vec!["CY".to_string()]));
    let t = one("The committee adopted it by 171 votes to 2, with only Russia and Nicaragua voting against.").unwrap();
    assert_eq!((t.no, t.named_no), (Some(2), vec!["RU".to_string(), "NI".to_string()]));
    // States after "but" or "including" may be only some of the side: no count from them.
    let t =
        one("Ten of the 15 council members pushed for the meeting, but Russia and China argued against it.").unwrap();
    assert_eq!((t.yes, t.no, t.named_no.len()), (Some(10), None, 2));
    let t = one("Thirty members voted in favour, with France among the countries voting against.").unwrap();
    assert_eq!((t.no, t.named_no), (None, vec!["FR".to_string()]));
}

#[test]
fn a_change_of_a_quantity_is_no_tally() {
    assert!(one("A vote on cutting the replacements from eight to six failed.").is_none());
}

#[test]
fn a_count_of_a_named_house_and_the_other_side_after_and() {
    let t = one("Forty-one members of the 101-seat Riigikogu voted for the bill and fifty against.").unwrap();
    assert_eq!((t.yes, t.no, t.membership, t.subject.as_deref()), (Some(41), Some(50), Some(101), Some("the bill")));
}

#[test]
fn a_range_of_ages_is_no_tally() {
    assert!(one("The Seimas voted to make training compulsory for all men aged 18 to 23 from 2027.").is_none());
}
