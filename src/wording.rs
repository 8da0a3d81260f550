//! What the charts say to readers, as plain strings: the legend's and readout's lines and each
//! seat's label. Pure, tested natively.

use article_core::majority::{format_percent, share_permille};
use article_core::story::{Division, Group, SeatVote};

/// "In favour — 116 (61.4 % of votes cast)": the group's line, as the legend and tooltip say it.
pub fn group_line(division: &Division, group: Group) -> String {
    let count = division.count(group);
    if group.is_cast() {
        format!(
            "{} — {count} ({} of votes cast)",
            division.group_label(group),
            format_percent(share_permille(count, division.cast()))
        )
    } else {
        format!("{} — {count}", division.group_label(group))
    }
}

/// A seat as the tooltip and screen readers say it: "Gambia: No", or "In favour (seat 3 of 116)".
pub fn seat_label(seat: &SeatVote, index: usize, division: &Division) -> String {
    match &seat.name {
        Some(name) => format!("{name}: {}", seat.group.label()),
        None => {
            let first = division.seats.iter().position(|s| s.group == seat.group).unwrap_or(0);
            format!("{} (seat {} of {})", seat.group.label(), index - first + 1, division.count(seat.group))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Division {
        crate::bundle::story(include_str!("../seeds/000_fa9ca6f986d2676d.txt")).main().expect("a vote").clone()
    }

    #[test]
    fn legend_lines_give_counts_and_shares_of_votes_cast() {
        let d = seed();
        assert_eq!(group_line(&d, Group::Yes), "In favour — 116 (61.4 % of votes cast)");
        assert_eq!(group_line(&d, Group::Absent), "Not voting — 4");
    }

    #[test]
    fn named_seats_say_the_country_and_anonymous_ones_their_place() {
        let d = seed();
        let gambia = d.seat_of("GM").expect("a seat");
        assert_eq!(seat_label(&d.seats[gambia], gambia, &d), "Gambia: No");
        let anonymous = SeatVote { group: Group::Yes, iso2: None, name: None, permanent: false };
        assert_eq!(seat_label(&anonymous, 2, &d), "Yes (seat 3 of 116)");
    }
}
