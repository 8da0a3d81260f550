//! A drawn vote: its chamber, seats, rule and joined roll calls.

use super::{read_enum, read_struct};
use crate::bodies::{Kind, Rule};
use crate::division::{Chamber, Group, GroupCount, NextVote, Record, RuleLine, SeatVote};
use crate::majority::Threshold;
use crate::model::Tally;
use crate::roll_call::Totals;
use crate::story::Division;

// `rename_all = "lowercase"`: the words of `Group::key`.
read_enum!(Group, [Group::Yes, Group::No, Group::Abstain, Group::Absent, Group::Unknown], Group::ALL.map(Group::key));

// `rename_all = "snake_case"`.
read_enum!(Kind, [Kind::States, Kind::Chamber, Kind::Court], ["states", "chamber", "court"]);

// `rename_all = "snake_case"`.
read_enum!(
    Rule,
    [Rule::PresentAndVoting, Rule::TwoThirds, Rule::Council, Rule::Court],
    ["present_and_voting", "two_thirds", "council", "court"]
);

read_struct!(
    Division,
    Division {
        id: String::new(),
        tally: Tally::default(),
        chamber: Chamber::blank(),
        heading: String::new(),
        amendment: false,
        groups: Vec::new(),
        seats: Vec::new(),
        rule: None,
        record: None,
        join_note: None,
        next: None,
        notes: Vec::new(),
    },
    required: [id, tally, chamber, heading, amendment, groups, seats, notes],
    defaulted: [rule, record, join_note, next]
);

read_struct!(
    Chamber,
    Chamber { key: None, name: String::new(), seats: None, members: String::new(), kind: Kind::blank(), rule: None },
    required: [name, members, kind],
    defaulted: [key, seats, rule]
);

read_struct!(GroupCount, GroupCount { group: Group::blank(), count: 0 }, required: [group, count], defaulted: []);

// `permanent` is written only when true (`skip_serializing_if`), and defaults to false.
read_struct!(
    SeatVote,
    SeatVote { group: Group::blank(), iso2: None, name: None, permanent: false },
    required: [group],
    defaulted: [iso2, name, permanent]
);

read_struct!(
    RuleLine,
    RuleLine { threshold: Threshold::default(), base: String::new(), text: String::new(), passes: None },
    required: [threshold, base, text],
    defaulted: [passes]
);

read_struct!(
    Threshold,
    Threshold::default(),
    required: [present_and_voting, needed, yes, yes_share_permille, passes],
    defaulted: []
);

// The islands never show the evidence, the totals or the agreement: read when present, and
// empty when not (as the wasm's serde reader left them).
read_struct!(
    Record,
    Record {
        symbol: String::new(),
        date: String::new(),
        title: String::new(),
        citation: String::new(),
        evidence: Vec::new(),
        totals: Totals::default(),
        agrees: false,
    },
    required: [symbol, date, title, citation],
    defaulted: [evidence, totals, agrees]
);

read_struct!(Totals, Totals::default(), required: [yes, no, abstain, absent], defaulted: []);

read_struct!(
    NextVote,
    NextVote {
        record: Record::blank(),
        seats: Vec::new(),
        rule: RuleLine::blank(),
        question: String::new(),
        note: None,
    },
    required: [record, seats, rule, question],
    defaulted: [note]
);
