//! Voting rules, written once.
//!
//! * UN General Assembly (Charter art. 18; rules of procedure 85 and 86): a resolution passes by
//!   a majority of the members *present and voting*, i.e. casting a "yes" or a "no" vote.
//!   Abstentions and absences are not counted as voting. (Two-thirds "important questions",
//!   rule 83, are not modelled.)
//! * UN Security Council (Charter art. 27): nine of fifteen votes; on substantive matters no
//!   permanent member may vote against (the veto). Procedural votes cannot be vetoed.

use serde::Serialize;

/// Members of the Security Council.
pub const COUNCIL_MEMBERS: u32 = 15;
/// Affirmative votes the Security Council needs.
pub const COUNCIL_NEEDED: u32 = 9;

/// A General Assembly simple-majority test.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Deserialize))]
pub struct Threshold {
    /// Members present and voting: yes + no (saturating at `u32::MAX`).
    pub present_and_voting: u32,
    /// Yes votes needed to pass: floor(present_and_voting / 2) + 1.
    pub needed: u32,
    pub yes: u32,
    /// Yes votes as a share of votes cast, in permille, rounded half up (853 for 116/136).
    pub yes_share_permille: u32,
    pub passes: bool,
}

/// The General Assembly rule: more yes than no votes among those present and voting.
/// Never panics; with no votes cast nothing passes (needed 1, share 0).
pub fn simple_majority(yes: u32, no: u32) -> Threshold {
    of_present_and_voting(yes, no, |pv| pv / 2 + 1)
}

/// A threshold over those present and voting (yes + no), with `needed` computed from their number
/// in u64 so that nothing overflows.
fn of_present_and_voting(yes: u32, no: u32, needed: impl Fn(u64) -> u64) -> Threshold {
    let pv = u64::from(yes) + u64::from(no);
    let needed = needed(pv);
    Threshold {
        present_and_voting: u32::try_from(pv).unwrap_or(u32::MAX),
        needed: u32::try_from(needed).unwrap_or(u32::MAX),
        yes,
        yes_share_permille: share_of(u64::from(yes), pv),
        passes: u64::from(yes) >= needed,
    }
}

/// Two-thirds of those present and voting (yes + no): needed is the smallest count of at
/// least two-thirds, ceil(2 × pv / 3).
pub fn two_thirds(yes: u32, no: u32) -> Threshold {
    of_present_and_voting(yes, no, |pv| (2 * pv).div_ceil(3).max(1))
}

/// The Security Council: the base is its 15 members, 9 are needed, and on a substantive vote
/// a permanent member's "no" blocks it.
pub fn council(yes: u32, permanent_no: u32, procedural: bool) -> Threshold {
    Threshold {
        present_and_voting: COUNCIL_MEMBERS,
        needed: COUNCIL_NEEDED,
        yes,
        yes_share_permille: share_permille(yes, COUNCIL_MEMBERS),
        passes: if procedural { council_procedural(yes) } else { council_substantive(yes, permanent_no) },
    }
}

/// `part / whole` in permille, rounded half up; 0 when `whole` is 0.
pub fn share_permille(part: u32, whole: u32) -> u32 {
    share_of(u64::from(part), u64::from(whole))
}

fn share_of(part: u64, whole: u64) -> u32 {
    if whole == 0 {
        return 0;
    }
    // part, whole < 2^33, so this cannot overflow a u64.
    let rounded = (part * 2000 + whole) / (whole * 2);
    u32::try_from(rounded).unwrap_or(u32::MAX)
}

/// A permille value as a percentage with one decimal: 614 → "61.4 %".
pub fn format_percent(permille: u32) -> String {
    format!("{}.{} %", permille / 10, permille % 10)
}

/// A procedural Security Council vote: nine yes votes, no veto.
pub fn council_procedural(yes: u32) -> bool {
    yes >= COUNCIL_NEEDED
}

/// A substantive Security Council vote: nine yes votes and no permanent member against.
pub fn council_substantive(yes: u32, permanent_no: u32) -> bool {
    yes >= COUNCIL_NEEDED && permanent_no == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dprk_resolution() {
        let t = simple_majority(116, 20);
        assert_eq!(t.present_and_voting, 136);
        assert_eq!(t.needed, 69);
        assert_eq!(t.yes, 116);
        assert_eq!(t.yes_share_permille, 853);
        assert!(t.passes);
        assert_eq!(format_percent(t.yes_share_permille), "85.3 %");
    }

    #[test]
    fn shares_of_all_votes_cast() {
        let cast = 116 + 20 + 53;
        let shares = [116, 20, 53].map(|n| share_permille(n, cast));
        assert_eq!(shares, [614, 106, 280]);
        assert_eq!(shares.map(format_percent), ["61.4 %", "10.6 %", "28.0 %"]);
    }

    #[test]
    fn edge_cases() {
        let none = simple_majority(0, 0);
        assert_eq!((none.present_and_voting, none.needed, none.yes_share_permille), (0, 1, 0));
        assert!(!none.passes);
        assert!(simple_majority(1, 0).passes);
        assert!(!simple_majority(10, 10).passes, "a tie fails");
        assert!(simple_majority(11, 10).passes);
        assert_eq!(simple_majority(10, 10).needed, 11);
        assert_eq!(simple_majority(10, 11).needed, 11);
        let huge = simple_majority(u32::MAX, u32::MAX);
        assert_eq!(huge.present_and_voting, u32::MAX);
        assert_eq!(huge.yes_share_permille, 500);
        assert!(!huge.passes);
        let one_sided = simple_majority(u32::MAX, 0);
        assert!(one_sided.passes);
        assert_eq!(one_sided.yes_share_permille, 1000);
        assert!(simple_majority(u32::MAX, u32::MAX - 1).passes);
        assert_eq!(share_permille(1, 0), 0);
        assert_eq!(share_permille(1, 2000), 1, "0.5 rounds up");
        assert_eq!(share_permille(1, 2001), 0);
        assert_eq!(share_permille(u32::MAX, 1), u32::MAX);
        assert_eq!(format_percent(0), "0.0 %");
        assert_eq!(format_percent(1000), "100.0 %");
        assert_eq!(format_percent(u32::MAX), "429496729.5 %");
    }

    #[test]
    fn two_thirds_and_the_council() {
        let t = two_thirds(100, 50);
        assert_eq!((t.needed, t.passes), (100, true));
        assert!(!two_thirds(99, 51).passes);
        assert_eq!(two_thirds(0, 0).needed, 1);
        let vetoed = council(14, 1, false);
        assert!(!vetoed.passes);
        assert_eq!((vetoed.present_and_voting, vetoed.needed), (15, 9));
        assert!(council(11, 2, true).passes, "no veto on procedure");
    }

    #[test]
    fn security_council() {
        assert!(council_procedural(11));
        assert!(council_procedural(9));
        assert!(!council_procedural(8));
        assert!(council_substantive(9, 0));
        assert!(!council_substantive(13, 1), "a permanent member's no is a veto");
        assert!(!council_substantive(8, 0));
        assert_eq!(COUNCIL_MEMBERS, 15);
    }
}
