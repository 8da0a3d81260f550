//! The calendar date the data writes (`YYYY-MM-DD`), checked against the calendar, and month
//! names for reader-facing text.

use crate::lexicon::unvotes::MONTHS;

/// A calendar date as the data writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct Date {
    pub(super) y: u16,
    pub(super) m: u8,
    pub(super) d: u8,
}

pub(super) fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub(super) fn month_name(m: u8) -> &'static str {
    MONTHS.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?")
}

impl Date {
    /// `YYYY-MM-DD`, a real calendar date.
    pub(super) fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0')))
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let (y, m, d) = (u16::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?);
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some(Date { y, m, d })
    }

    pub(super) fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}
