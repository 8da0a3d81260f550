//! The recognizer over whole articles ([`extract`]): tallies joined across sentences and
//! paragraphs, the bodies named before them, the states listed after them.

use super::*;

fn article(paragraphs: &[&str]) -> Vec<Tally> {
    headed("Senate approves aid", paragraphs)
}

fn headed(headline: &str, paragraphs: &[&str]) -> Vec<Tally> {
    let parsed: Vec<Para> = paragraphs.iter().map(|t| Para::new(t)).collect();
    let paras: Vec<Paragraph> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, t)| Paragraph { id: format!("p{}", i + 1), text: t.to_string(), section: 0 })
        .collect();
    extract(headline, &paras, &parsed)
}

#[test]
fn abstentions_in_the_next_sentence() {
    let v = article(&["The measure was approved 51 to 9. Six members abstained."]);
    assert_eq!(v.len(), 1);
    assert_eq!((v[0].yes, v[0].no, v[0].abstain), (Some(51), Some(9), Some(6)));
    let v = article(&["The bill passed 210-102 in March. Twenty members did not vote."]);
    assert_eq!((v.len(), v[0].absent), (1, Some(20)));
    // Not when the earlier tally has its abstentions; and abstentions alone are no vote.
    let v = article(&["It was adopted 120-9-40. Six members abstained on a second text."]);
    assert_eq!((v.len(), v[0].abstain), (1, Some(40)));
}

#[test]
fn abstentions_opening_the_next_paragraph() {
    let v = article(&["The measure was approved 51 to 9.", "Six members abstained."]);
    assert_eq!((v.len(), v[0].abstain), (1, Some(6)));
    let v = article(&["The bill passed 210-102.", "Twenty members did not vote. Officials welcomed it."]);
    assert_eq!((v.len(), v[0].absent), (1, Some(20)));
    // Not from a later sentence of the paragraph, nor when the tally is not the last
    // sentence of the paragraph before, nor when the count names another body (and then,
    // with no side counted, the abstentions are no vote of their own).
    let v = article(&["The measure was approved 51 to 9.", "Officials welcomed it. Six members abstained."]);
    assert_eq!((v.len(), v[0].abstain), (1, None));
    let v = article(&["The measure was approved 51 to 9. Officials welcomed it.", "Six members abstained."]);
    assert_eq!((v.len(), v[0].abstain), (1, None));
    let v = article(&["The Senate approved it 51 to 9.", "In the House, 12 members abstained."]);
    assert_eq!(v[0].abstain, None);
    // Nor when the next paragraph's count is a tally of its own.
    let v = article(&["The measure was approved 51 to 9.", "A second text passed 40-3, with six abstentions."]);
    assert_eq!((v.len(), v[0].abstain, v[1].abstain), (2, None, Some(6)));
}

#[test]
fn unseen_splits_and_directions() {
    assert_eq!(
        counts("Israel's Supreme Court struck down the law, with eight of its 15 justices voting to annul the measure and seven dissenting."),
        (Some(8), Some(7), None, None)
    );
    assert_eq!(counts("The Supreme Court upheld the amendment in a 3:2 verdict."), (Some(3), Some(2), None, None));
    assert_eq!(
        counts("The court ruled, with a 7-4 majority of the justices backing the stricter standard."),
        (Some(7), Some(4), None, None)
    );
    assert_eq!(counts("The board voted 4-1 on Monday night to reject the plan."), (Some(1), Some(4), None, None));
    assert_eq!(
        counts("The Chamber of Deputies voted to reject it last month by 142 votes to 98."),
        (Some(98), Some(142), None, None)
    );
    assert_eq!(
        counts("The Senate, which must also approve the bill, rejected a similar measure last year by 44 votes to 38."),
        (Some(38), Some(44), None, None)
    );
    assert_eq!(counts("Twenty-one members supported the text; 12, including China, Cuba and Eritrea, opposed it, and 14 abstained."), (Some(21), Some(12), Some(14), None));
}

#[test]
fn spelled_out_counts() {
    assert_eq!(
        counts("Twenty-eight senators backed the resolution, while seventy voted against it and two did not vote."),
        (Some(28), Some(70), None, Some(2))
    );
    assert_eq!(counts("Fifteen members voted in favour and Two abstained."), (Some(15), None, Some(2), None));
}

#[test]
fn asides_and_lead_ins() {
    let t = one("The text passed with 120 nations in favour, while seven \u{2014} among them Hungary \u{2014} voted against, and 40 abstained.").unwrap();
    assert_eq!((t.yes, t.no, t.abstain), (Some(120), Some(7), Some(40)));
    assert_eq!(t.named_no, vec!["HU".to_string()]);
    let t = one("It passed with 100 in favour, while nine (including Israel) voted against.").unwrap();
    assert_eq!((t.yes, t.no, t.named_no.clone()), (Some(100), Some(9), vec!["IL".to_string()]));
    assert_eq!(
        counts("Delegates rejected two amendments proposed by oil-producing countries before adopting the final declaration, with 140 backing the text, 12 opposed and 30 abstaining."),
        (Some(140), Some(12), Some(30), None)
    );
}

#[test]
fn unanimous() {
    let t = one("The 15-member Security Council unanimously adopted a resolution on Wednesday.").unwrap();
    assert_eq!((t.yes, t.no, t.abstain, t.membership), (Some(15), Some(0), Some(0), Some(15)));
    assert_eq!(t.body.as_deref(), Some("Security Council"));
    let t = one("The resolution, adopted unanimously by the 15-member council, was welcomed.").unwrap();
    assert_eq!((t.yes, t.no, t.abstain), (Some(15), Some(0), Some(0)));
    // No stated size: no numbers are invented.
    assert!(one("The council unanimously adopted resolution 2720 on Wednesday.").is_none_or(|t| t.yes.is_none()));
    // The Security Council always has fifteen members: a resolution it adopts unanimously
    // is 15-0-0. A presidential statement is adopted without a vote.
    let t = one("The UN Security Council unanimously adopted a resolution on Friday.").unwrap();
    assert_eq!((t.yes, t.no, t.abstain, t.membership), (Some(15), Some(0), Some(0), None));
    assert!(one("The Security Council unanimously adopted a presidential statement on Friday.").is_none());
    assert!(one("The Security Council unanimously condemned the attack on Friday.").is_none());
}

#[test]
fn members_and_bodies() {
    let t = one("Ten of the 15 council members pushed for North Korea to be put on the agenda.").unwrap();
    assert_eq!((t.yes, t.membership, t.no), (Some(10), Some(15), None));
    assert_eq!(t.body.as_deref(), Some("Council"), "a council, but which one the sentence does not say");
    assert_eq!(t.subject.as_deref(), Some("North Korea to be put on the agenda"));
    let p = Para::new("Ten of the 15 council members pushed for North Korea to be put on the agenda.");
    let para = Paragraph { id: "p1".into(), text: p.text.to_string(), section: 0 };
    let named = extract("North Korea faces UN Security Council scrutiny", &[para], &[p]);
    assert_eq!(named[0].body.as_deref(), Some("Security Council"), "the headline names it");
    let t = one("The 193-member UN General Assembly voted 120-9-40.").unwrap();
    assert_eq!((t.membership, t.body.as_deref()), (Some(193), Some("UN General Assembly")));
}

#[test]
fn two_chambers_in_one_sentence() {
    let v = article(&[
        "Parliament approved it in 2019, with the Lok Sabha voting 323-3 in its favour and the Rajya Sabha 165-7.",
    ]);
    let got: Vec<_> = v.iter().map(|t| (t.body.as_deref(), t.yes, t.no)).collect();
    assert_eq!(got, [(Some("Lok Sabha"), Some(323), Some(3)), (Some("Rajya Sabha"), Some(165), Some(7))]);
    let v = article(&["In the House of Clergy the margin was 102 to 96, with four abstentions, while the House of Laity voted 104-98, with three abstaining."]);
    let got: Vec<_> = v.iter().map(|t| (t.body.as_deref(), t.yes, t.no, t.abstain)).collect();
    assert_eq!(
        got,
        [
            (Some("House of Clergy"), Some(102), Some(96), Some(4)),
            (Some("House of Laity"), Some(104), Some(98), Some(3))
        ]
    );
    // One chamber with two scores in a sentence is not split.
    let v = article(&["The Senate passed it 52-48 after an amendment failed 40-60."]);
    assert_eq!(v.len(), 1);
}

#[test]
fn one_of_those_who_voted() {
    assert!(one("Reyes, one of the four senators who voted no, said the pact was rushed.").is_none());
    assert!(one("Supervisor Dana Ortiz, one of the two no votes, said the plan was rushed.").is_none());
    let v = article(&["In all, 195 lawmakers voted for the bill. Another 106 opposed it."]);
    assert_eq!((v.len(), v[0].yes, v[0].no), (1, Some(195), Some(106)));
    assert_eq!(
        counts("The change was backed by 176 member associations, with 33 against and two abstaining."),
        (Some(176), Some(33), Some(2), None)
    );
}

#[test]
fn scoreboards() {
    assert_eq!(
        counts("The tally in the 109-member Senate showed Yes 52, No 47, short of the 73 needed."),
        (Some(52), Some(47), None, None)
    );
    assert!(one("He lives at No 10 and said yes to the plan.").is_none());
}

#[test]
fn named_sides_in_a_sentence_of_their_own() {
    let v = article(&["It was approved by 130 votes to 32, with 22 abstentions. Among those voting no were China, Iran and the United States."]);
    assert_eq!((v.len(), v[0].named_no.clone()), (1, vec!["CN".to_string(), "IR".to_string(), "US".to_string()]));
}

#[test]
fn yes_counts_after_with_and_the_rest_after() {
    // A count of votes after "with" and a verb that passed or failed the motion.
    let t = one("The reform was carried with 188 votes in the 300-member chamber.").unwrap();
    assert_eq!((t.yes, t.no, t.membership), (Some(188), None, Some(300)));
    assert_eq!(counts("The censure motion failed with only 97 votes."), (Some(97), None, None, None));
    assert!(one("The mayor arrived with 40 aides.").is_none());
    // The next sentence's absences and the chamber's size join the tally.
    let v = article(&["The treaty was ratified by 201 votes to 88. Thirty members of the 320-seat house were absent."]);
    assert_eq!(
        (v.len(), v[0].yes, v[0].no, v[0].absent, v[0].membership),
        (1, Some(201), Some(88), Some(30), Some(320))
    );
    // A yes in the lead paragraph, the other sides in the next.
    let v = article(&[
        "A record 141 states voted in the UN General Assembly on Thursday for a resolution on plastic waste.",
        "Nineteen countries voted against and 25 abstained.",
    ]);
    assert_eq!((v.len(), v[0].yes, v[0].no, v[0].abstain), (1, Some(141), Some(19), Some(25)));
}

#[test]
fn weak_sides_dashes_owners_and_heads() {
    // Both sides named by weak verbs make a vote; the next sentence's absence joins it.
    let v = article(&["Thirty deputies backed the plan and 12 opposed it. One member was absent."]);
    assert_eq!((v.len(), v[0].yes, v[0].no, v[0].absent), (1, Some(30), Some(12), Some(1)));
    // A bare absence opening the next paragraph joins the tally before.
    let v = article(&["The plan failed on a 12-9 vote of the Senate.", "Two senators were absent."]);
    assert_eq!((v.len(), v[0].absent), (1, Some(2)));
    // Spaced hyphens standing for dashes, the named states before "among them".
    let v =
        article(&["It was adopted with 98 votes in favour, while 14 - Cuba and Belarus among them - voted against."]);
    assert_eq!((v[0].no, v[0].named_no.clone()), (Some(14), vec!["CU".to_string(), "BY".to_string()]));
    // "fell by" turns the count round; a church's General Assembly is not the UN's.
    let v = article(&["The Free Church's General Assembly heard the motion, which fell by 120 votes to 95."]);
    assert_eq!((v[0].body.as_deref(), v[0].yes, v[0].no), (Some("General Assembly"), Some(95), Some(120)));
    // Tribunals, Governing Bodies and the Rada are bodies.
    let v = article(&["The Constitutional Tribunal ruled by a majority of five to two."]);
    assert_eq!(v[0].body.as_deref(), Some("Constitutional Tribunal"));
    let v = article(&["The ILO Governing Body voted by 30 votes to 20 to refer it."]);
    assert_eq!(v[0].body.as_deref(), Some("ILO Governing Body"));
    let v = article(&["The law won 240 votes in the 450-seat Verkhovna Rada."]);
    assert_eq!((v[0].body.as_deref(), v[0].yes, v[0].membership), (Some("Verkhovna Rada"), Some(240), Some(450)));
    // "admitted for debate with 65 votes": a count of votes after any verb the motion underwent.
    assert_eq!(counts("The motion was admitted for debate last week with 61 votes."), (Some(61), None, None, None));
}

#[test]
fn backing_verbs_asides_of_names_and_the_council() {
    // A score shortly after a verb of backing is the vote's; not a range before it.
    assert_eq!(counts("The board backed the merger 9-2 on Friday."), (Some(9), Some(2), None, None));
    assert!(one("Voters aged 18-24 backed the party, the survey of the vote found.").is_none());
    // "threw out" turns the count round; named states in commas before a side.
    assert_eq!(counts("MPs threw out, by 120 votes to 80, the amendment."), (Some(80), Some(120), None, None));
    assert_eq!(
        counts("It was adopted by 12 votes to one, while two members, China and Guyana, abstained."),
        (Some(12), Some(1), Some(2), None)
    );
    assert_eq!(
        counts("It passed by 60 votes to 30, with four national federations abstaining."),
        (Some(60), Some(30), Some(4), None)
    );
    // "the council unanimously renewed ..." after the Security Council was named.
    let v = article(&[
        "The U.N. Security Council adopted a resolution 13-0-2 on Haiti.",
        "Earlier, the council unanimously renewed the mandate of the mission in Libya.",
    ]);
    assert_eq!((v.len(), v[1].body.as_deref(), v[1].yes), (2, Some("Security Council"), Some(15)));
}

#[test]
fn second_votes_and_named_states_after_counts() {
    // A later part with no verb of its own takes the sentence's: both amendments were rejected.
    let v = article(&["The Assembly rejected an amendment by 90 votes to 20 and a second, from Fiji, by 99 to 15."]);
    let got: Vec<_> = v.iter().map(|t| (t.yes, t.no)).collect();
    assert_eq!(got, [(Some(20), Some(90)), (Some(15), Some(99))]);
    // States named in parentheses after a count, or after "from", take its side.
    let t = one("It passed by 110 votes to seven (Palau, Fiji and Chile were among the seven), with 40 abstentions.")
        .unwrap();
    assert_eq!(t.named_no, ["PW", "FJ", "CL"]);
    let t = one("The council adopted it with 13 votes in favour and one against, from Russia, and one abstention.")
        .unwrap();
    assert_eq!((t.no, t.named_no.clone()), (Some(1), vec!["RU".to_string()]));
}

#[test]
fn options_ranges_owners_and_unnamed_bodies() {
    // Two options put: the second option's count is the other side; an unsided option alone is none.
    assert_eq!(counts("Eleven jurors voted to convict and one voted to acquit."), (Some(11), Some(1), None, None));
    assert_eq!(counts("Five members voted to hold and two voted for a cut."), (Some(5), Some(2), None, None));
    assert!(one("Twelve senators voted to acquit.").is_none());
    // A range of a measure is no vote.
    assert!(one("The law cuts the working week from 48 to 40 hours, the senators voted.").is_none());
    // "of the assembly's 193 members", "did not attend", "excused".
    let v = article(&["The Assembly voted 120-40. Thirty-two of the assembly's 193 members did not vote."]);
    assert_eq!((v[0].absent, v[0].membership), (Some(32), Some(193)));
    assert_eq!(counts("It passed 61-30, and six did not attend the session."), (Some(61), Some(30), None, Some(6)));
    assert_eq!(counts("The bill passed 38-20, with two members excused."), (Some(38), Some(20), None, Some(2)));
    // A next sentence that names no body joins the tally before, whatever the context's body.
    let v =
        article(&["The House of Laity met first.", "The House of Bishops approved it 22-14. Three bishops abstained."]);
    assert_eq!((v.len(), v[0].abstain), (1, Some(3)));
}

#[test]
fn states_listed_before_their_side() {
    let v = article(&["It was adopted by 25 votes to 9, with 13 abstentions. Cuba, Eritrea and Iran were among the states that voted against."]);
    assert_eq!((v.len(), v[0].named_no.clone()), (1, vec!["CU".to_string(), "ER".to_string(), "IR".to_string()]));
    // Not a list of anything else.
    let v = article(&["It was adopted by 25 votes to 9. Several big donors were among the states that voted against."]);
    assert!(v[0].named_no.is_empty());
}

#[test]
fn houses_named_by_their_place() {
    // "the upper house" after the Senate was named is the Senate; a convention is a body.
    let v = article(&[
        "The House of Representatives passed the bill 90-50.",
        "It now goes to the Senate. In the upper house, a motion for a total ban was voted down 31-27 in June.",
    ]);
    let bodies: Vec<_> = v.iter().map(|t| t.body.as_deref()).collect();
    assert_eq!(bodies, [Some("House of Representatives"), Some("Senate")]);
    let v = article(&["Delegates at the party's convention voted 900 to 300 to back the plan."]);
    assert_eq!(v[0].body.as_deref(), Some("Convention"));
}

#[test]
fn a_body_named_only_generically_before_the_count() {
    // The lead says who voted; the count comes in the next paragraph.
    let lead = "Delegates at the Green Party's convention voted on Sunday to make a $5 million fund a priority.";
    let v = headed("Greens back fund", &[lead, "The motion passed 640 to 212, officials said."]);
    assert_eq!((v.len(), v[0].body.as_deref()), (1, Some("Convention")));
    // Not when a body was named before it: the count is that body's.
    let v = headed("Senate backs fund", &[lead, "The motion passed 640 to 212, officials said."]);
    assert_eq!(v[0].body.as_deref(), Some("Senate"));
    // Nor from a sentence that is not about a vote.
    let v = headed("Greens back fund", &["The convention opened on Sunday.", "The motion passed 640 to 212."]);
    assert_eq!(v[0].body, None);
}

#[test]
fn a_union_ballot_counts_those_who_voted_not_the_membership() {
    let v = article(&["Of the 8,410 members of the Harbour Pilots' Association who cast ballots, 7,902 voted to strike and 508 voted against."]);
    assert_eq!((v[0].yes, v[0].no, v[0].membership), (Some(7902), Some(508), None));
    assert_eq!(v[0].body.as_deref(), Some("Harbour Pilots' Association"));
    // The members of a body, when nothing says they are only those who voted.
    let v = article(&["Thirty of the 45 members of the board voted for it, and 15 voted against."]);
    assert_eq!(v[0].membership, Some(45));
}

#[test]
fn states_listed_after_a_paragraph_of_quotes() {
    let tally = "It was adopted by 25 votes to 9, with 13 abstentions.";
    let quote = "\"We will not cooperate,\" the ambassador said.";
    let list = "Cuba, Eritrea and Iran were among the states that voted against.";
    let v = article(&[tally, quote, list]);
    assert_eq!(v[0].named_no, ["CU", "ER", "IR"]);
    // Not once three paragraphs have passed.
    let v = article(&[tally, quote, quote, quote, list]);
    assert!(v[0].named_no.is_empty());
}

#[test]
fn no_abstentions_in_a_sentence_of_its_own() {
    let v = article(&["The bill was approved with 276 votes in favour and 112 against. There were no abstentions."]);
    assert_eq!((v.len(), v[0].abstain), (1, Some(0)));
    // Alone, it is no vote; nor is a leadership ballot's count of abstentions.
    assert!(headed("Congress meets", &["There were no abstentions at the meeting."]).is_empty());
    let v = headed("Party picks leader", &["Albrecht won 572 votes to Hollmann's 401, with 14 delegates abstaining."]);
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn a_unions_ballot_is_the_unions() {
    let v = headed(
        "Dockers vote to strike",
        &[
            "Dock workers have voted to strike, the Maritime Union of Australia said on Monday.",
            "Of the 612 members who returned ballots, 571 voted in favour and 41 against, the union said.",
        ],
    );
    assert_eq!((v[0].body.as_deref(), v[0].membership), (Some("Maritime Union of Australia"), None));
    // A union named near a count is not the body voting: "the European Union" proposed it.
    let v = headed("Council votes", &["The text, tabled by the European Union, was adopted by 21 votes to 10."]);
    assert_eq!(v[0].body, None);
}

#[test]
fn a_body_named_in_commas_after_its_kind() {
    let v =
        headed("Voters reject tax", &["The cantonal parliament, the Landrat, had voted 38 to 21 against it in March."]);
    assert_eq!(v[0].body.as_deref(), Some("Landrat"));
}

#[test]
fn a_chambers_earlier_vote_after_a_comma() {
    let v = headed(
        "Upper house passes bill",
        &["Japan's House of Councillors passed the bill on Friday.", "The upper house approved it by 163 votes to 78, after the House of Representatives passed it in April by 319 votes to 142."],
    );
    let got: Vec<_> = v.iter().map(|t| (t.body.as_deref(), t.yes, t.no)).collect();
    assert_eq!(
        got,
        [(Some("House of Councillors"), Some(163), Some(78)), (Some("House of Representatives"), Some(319), Some(142))]
    );
}

#[test]
fn u14_votes_nil_juries_thresholds_there_elections_and_restated_sides() {
    let v = article(&["A motion to release the funds carried 104 votes to nil."]);
    assert_eq!((v[0].yes, v[0].no), (Some(104), Some(0)));
    let v = headed("Official convicted", &["A jury at Southwark Crown Court returned a majority verdict of 10 to 2."]);
    assert_eq!((v[0].body.as_deref(), v[0].yes, v[0].no), (Some("Jury"), Some(10), Some(2)));
    // A larger yes that fell short of a threshold stays the yes; without one, a failed motion's
    // larger count is the no.
    let v =
        article(&["The cloture motion failed 32-16. Under the rules, 33 of its 49 members must vote to end debate."]);
    assert_eq!((v[0].yes, v[0].no), (Some(32), Some(16)));
    let v = article(&["The motion failed 7-2 on Tuesday."]);
    assert_eq!((v[0].yes, v[0].no), (Some(2), Some(7)));
    // "there": the body just named, though the bill was sent to it.
    let v = headed(
        "Senate backs cull",
        &["The Romanian Senate approved the bill 80-40. It now goes to the Chamber of Deputies. A similar bill was rejected there by 142 votes to 97."],
    );
    assert_eq!(v[1].body.as_deref(), Some("Chamber of Deputies"));
    // An election between candidates is no vote.
    assert!(article(&["The congress re-elected Wierzba by 98 votes to 61 over Brazil's Ricardo Lemos."]).is_empty());
    // One side restated with the body's size gives the size only.
    let v = headed(
        "Bank cuts rate",
        &[
            "The bank cut its rate, with its Monetary Policy Committee voting four to three for the move.",
            "Three of the committee's seven members voted to hold the rate.",
        ],
    );
    assert_eq!((v.len(), v[0].yes, v[0].no, v[0].membership), (1, Some(4), Some(3), Some(7)));
}

#[test]
fn a_benchs_size_and_its_unanimity() {
    let court = "The European Court of Human Rights ruled on Tuesday.";
    let v = headed(
        "Court rules",
        &[court, "Sitting as a Grand Chamber of 17 judges, the court held by 12 votes to five that the law was bad."],
    );
    assert_eq!((v[0].yes, v[0].no, v[0].membership), (Some(12), Some(5), Some(17)));
    let v = headed("Court rules", &[court, "The 17 judges were unanimous in ordering the state to pay damages."]);
    assert_eq!((v[0].yes, v[0].no, v[0].abstain, v[0].membership), (Some(17), Some(0), Some(0), Some(17)));
    let v = headed("Court rules", &[court, "All 21 judges agreed that the court had jurisdiction."]);
    assert_eq!((v[0].yes, v[0].no), (Some(21), Some(0)));
    // A size with no decision is no vote.
    assert!(headed("Court rules", &[court, "The 17 judges were due to rule on Friday."]).is_empty());
}

#[test]
fn bodies_named_in_full_after_a_generic_word_and_by_their_own_names() {
    let v = headed(
        "Rail workers ratify deal",
        &[
            "MONTREAL (CP) - Locomotive engineers have ratified a new contract, their union said on Monday.",
            "Members of the Canadian Union of Running Trades voted 5,212 to 1,688 in favour of the agreement, the union said.",
        ],
    );
    assert_eq!(v[0].body.as_deref(), Some("Canadian Union of Running Trades"));
    let v = headed(
        "Malaysia fixes terms",
        &["Malaysia's lower house of parliament, the Dewan Rakyat, on Thursday passed the amendment by 176 votes to 30."],
    );
    assert_eq!(v[0].body.as_deref(), Some("Dewan Rakyat"));
    let v = headed(
        "Town backs station",
        &["Voters at the Hartwell Town Meeting approved it in a ballot that ended 612 to 540."],
    );
    assert_eq!(v[0].body.as_deref(), Some("Hartwell Town Meeting"));
}

#[test]
fn a_threshold_after_the_tally_gives_the_size() {
    let v = article(&[
        "The Nebraska Legislature debated the bill. The cloture motion failed 32-16, with one senator excused. Under the Legislature's rules, 33 of its 49 members must vote to end debate.",
    ]);
    assert_eq!((v.len(), v[0].yes, v[0].no, v[0].membership), (1, Some(32), Some(16), Some(49)));
    // Not from the next paragraph, where it may count something else.
    let v = article(&[
        "The Chamber of Deputies passed the reform by 402 votes to 68.",
        "It must now be ratified by at least 17 of the country's 32 state legislatures.",
    ]);
    assert_eq!((v.len(), v[0].membership), (1, None));
}

#[test]
fn the_votes_body_and_its_size_after_the_tally() {
    let v = article(&[
        "The Jefferson County Board of Education voted 5-2 on Tuesday night to close five schools.",
        "The vote by the seven-member board came after more than four hours of public comment.",
    ]);
    assert_eq!((v.len(), v[0].membership), (1, Some(7)));
}

#[test]
fn a_court_named_as_the_subject() {
    let v = article(&[
        "South Korea's Constitutional Court upheld the law on Thursday in a 6-3 decision.",
        "The National Assembly passed the law in 2012 by 172 votes to 2.",
        "The court also upheld the law in 2018, by seven votes to two.",
    ]);
    let bodies: Vec<_> = v.iter().map(|t| t.body.as_deref()).collect();
    assert_eq!(bodies, [Some("Constitutional Court"), Some("National Assembly"), Some("Constitutional Court")]);
}

#[test]
fn a_body_a_bill_is_sent_to_has_not_voted() {
    let v = article(&[
        "The Arizona Senate voted 16-14 on Wednesday to give rural counties the power to limit new wells.",
        "The bill now goes to the House, where a similar measure died in committee last year without a vote.",
        "In 2022 the chamber rejected a narrower version of the bill 12-18.",
    ]);
    let bodies: Vec<_> = v.iter().map(|t| t.body.as_deref()).collect();
    assert_eq!(bodies, [Some("Arizona Senate"), Some("Arizona Senate")]);
}

#[test]
fn a_list_of_states_and_their_verb_after_the_tally() {
    let v = article(&["The resolution was adopted by 112 votes to 3, with 18 abstentions. Britain, Norway and New Zealand voted against."]);
    assert_eq!(v[0].named_no, ["GB", "NO", "NZ"]);
    // Not more states than the side's count.
    let v = article(&["The resolution was adopted by 112 votes to 2, with 18 abstentions. Britain, Norway and New Zealand voted against."]);
    assert!(v[0].named_no.is_empty());
}

#[test]
fn to_none_and_a_national_council() {
    let v = article(&["The 15-member council adopted the resolution by 14 votes to none, with China abstaining."]);
    assert_eq!(
        (v[0].yes, v[0].no, v[0].abstain, v[0].named_abstain.clone()),
        (Some(14), Some(0), Some(1), vec!["CN".to_string()])
    );
    let v = article(&[
        "Switzerland's National Council on Wednesday voted to introduce a deposit on coffee capsules.",
        "The lower house of parliament approved the motion by 104 votes to 82.",
    ]);
    assert_eq!(v[0].body.as_deref(), Some("National Council"));
}

#[test]
fn two_amendments_either_side_of_while() {
    let v = article(&[
        "A Conservative amendment was defeated by 78 votes to 49, while a Labour amendment lowering the threshold to 500 hectares was agreed by 64 votes to 60.",
    ]);
    let counts: Vec<_> = v.iter().map(|t| (t.yes, t.no)).collect();
    assert_eq!(counts, [(Some(49), Some(78)), (Some(64), Some(60))]);
}

#[test]
fn a_members_society_named_in_full() {
    let v = article(&[
        "Members of the Coastal Pacific Students' Society have voted to keep their transit pass.",
        "The question passed with 6,412 votes in favour and 2,951 against, the society said.",
    ]);
    assert_eq!(v[0].body.as_deref(), Some("Coastal Pacific Students' Society"));
}

#[test]
fn absences_opening_the_next_paragraph_beside_a_body_it_goes_to() {
    let v = article(&[
        "The House Energy and Commerce Committee voted 34-16 on Wednesday to advance the bill.",
        "Four of the committee's 54 members did not vote on the bill, which now heads to the full House.",
    ]);
    assert_eq!((v.len(), v[0].absent, v[0].membership), (1, Some(4), Some(54)));
}

#[test]
fn a_committee_named_with_a_list() {
    let v = article(&["The Senedd's Children, Young People and Education Committee had recommended the bill in March by five votes to two."]);
    assert_eq!(v[0].body.as_deref(), Some("Children, Young People and Education Committee"));
}

#[test]
fn a_bills_reading_is_a_houses() {
    let v = article(&[
        "New Zealand's Parliament on Wednesday passed the bill 68-55.",
        "The Governance and Administration Committee recommended the bill by five votes to four in August.",
        "The bill passed its first reading last year 71-52.",
    ]);
    let bodies: Vec<_> = v.iter().map(|t| t.body.as_deref()).collect();
    assert_eq!(bodies, [Some("Parliament"), Some("Governance and Administration Committee"), Some("Parliament")]);
}

#[test]
fn a_members_body_named_after_members_of() {
    let v = article(&[
        "Members of Unite voted by 386 to 41 for strike action, on a turnout of 82%, the union said on Monday.",
        "In 2022, Unite members at the city's depots accepted a pay offer by 301 votes to 112.",
    ]);
    let bodies: Vec<_> = v.iter().map(|t| t.body.as_deref()).collect();
    assert_eq!(bodies, [Some("Unite"), Some("Unite")]);
    let v = article(&[
        "Members of Club Atlético Ribera on Sunday rejected a proposal to sell a stake in the club.",
        "The proposal received 4,907 votes in favour and 6,218 against at an extraordinary assembly.",
    ]);
    assert_eq!(v[0].body.as_deref(), Some("Club Atlético Ribera"));
}

#[test]
fn a_generic_subject_before_the_count_and_a_named_object_after() {
    let v = article(&[
        "A plan was blocked by the Church of England's General Synod on Monday.",
        "In February, the synod voted 298 to 102 to ask the Archbishops' Council to draw up the measure.",
    ]);
    assert_eq!(v[0].body.as_deref(), Some("General Synod"));
}

#[test]
fn generic_words_that_are_no_subject() {
    let v = article(&["Despite a court challenge, the measure passed 52-48 in the Senate."]);
    assert_eq!(v[0].body.as_deref(), Some("Senate"));
    let v = article(&["Members of Britain's biggest teaching union voted 386 to 41 for strike action."]);
    assert_ne!(v[0].body.as_deref(), Some("Britain's"));
    // A list with more after it is not the whole side.
    let v = article(&[
        "Twenty voted in favour, with Hungary and Romania voting against along with several smaller states.",
    ]);
    assert_eq!((v[0].no, v[0].named_no.len()), (None, 2));
}

#[test]
fn unseen_counts_and_bodies() {
    let got = article(&["By a majority of seven to four, the Constitutional Court declared the section invalid."]);
    assert_eq!((got[0].yes, got[0].no, got[0].body.as_deref()), (Some(7), Some(4), Some("Constitutional Court")));
    assert!(article(&["A majority of 60 to 70 percent of voters back the plan."]).is_empty());
    // A body named as an owner; a court whose ruling is spoken of after the count is not voting.
    let got = article(&["The mayor applauded the San Antonio City Council's 9-2 vote on the ordinance."]);
    assert_eq!(got[0].body.as_deref(), Some("San Antonio City Council"));
    let got = article(&[
        "The Minnesota Supreme Court upheld the ban.",
        "The 4-3 decision reverses a Court of Appeals ruling.",
    ]);
    assert_eq!(got[0].body.as_deref(), Some("Minnesota Supreme Court"));
    // Members' bodies; no body from a headline in title case.
    let got = article(&["SIPTU members voted by 1,412 to 386 in favour of the Labour Court recommendation."]);
    assert_eq!(got[0].body.as_deref(), Some("SIPTU"));
    let got = headed("Mayor Ortega Applauds Council Passage of Ordinance", &["The measure passed 9-2."]);
    assert_eq!(got[0].body, None);
    // Counted members in the next sentence.
    let got = article(&["The motion was defeated by 81 votes to 64 in the Dáil. Four TDs abstained."]);
    assert_eq!((got[0].yes, got[0].no, got[0].abstain), (Some(64), Some(81), Some(4)));
}

#[test]
fn review_traps_for_the_unseen_rules() {
    // The count's own court, right after it, is the one voting.
    let got = article(&["In a 6-3 Supreme Court ruling on Friday, the law was struck down."]);
    assert_eq!(got[0].body.as_deref(), Some("Supreme Court"));
    // A party's letters are a caucus, not a members' body; a margin in a poll is no tally.
    assert_eq!(headed("Caucus backs bill", &["GOP members voted 210-5 for the bill."])[0].body, None);
    assert!(article(&["By a margin of two to one, residents said they oppose the plan."]).is_empty());
    // A surname that is also a chamber's name is no body.
    let got = headed("Ordinance passes", &["Council member Ana Cortes said the ordinance passed 9-2."]);
    assert_eq!(got[0].body.as_deref(), Some("Council"));
}

#[test]
fn unseen_follow_ups_and_years() {
    // The tally's own body named in the next paragraph's count; no abstentions two sentences on.
    let got = article(&[
        "The House passed the bill by 178 votes to 52 on Friday.",
        "Fourteen members abstained, and 31 of the House's 275 members were absent.",
    ]);
    assert_eq!((got[0].abstain, got[0].absent, got[0].membership), (Some(14), Some(31), Some(275)));
    let got = article(&[
        "The National Assembly adopted the bill by a vote of 63 to 38.",
        "The Liberals voted against. There were no abstentions.",
    ]);
    assert_eq!(got[0].abstain, Some(0));
    // A club's founding year is no count.
    let got = article(&[
        "Members of FC Hafenstadt 1908 have rejected a plan to sell a stake.",
        "At a meeting on Sunday, 3,862 members voted against the sale and 2,915 in favour.",
    ]);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].yes, got[0].no), (Some(2915), Some(3862)));
}

#[test]
fn benches_and_chambers_in_their_own_names() {
    let got = article(&["The 21-judge tribunal reached its decision by 19 votes to 2."]);
    assert_eq!(got[0].membership, Some(21));
    let got = article(&["The Jatiya Sangsad approved the bill by 231 votes to 38, with five members abstaining."]);
    assert_eq!(got[0].body.as_deref(), Some("Jatiya Sangsad"));
    let got =
        article(&["Mongolia's State Great Khural voted on Friday to raise royalties.", "The measure passed 81-29."]);
    assert_eq!(got[0].body.as_deref(), Some("State Great Khural"));
}
