//! Word lists looked up through a small open-addressing hash table on the ASCII-lower-cased
//! word, so that checking a token against a list of a hundred words costs one hash and a
//! probe or two.

use std::sync::OnceLock;

/// Longest word a list can hold; longer words are in no list.
const MAX_LEN: usize = 32;

/// A word list (entries in lower case), indexed on first use.
pub(crate) struct Vocab {
    words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// Slots of a power-of-two table (index of the word + 1, 0 = empty), and for each length
/// the set of first letters the words of that length start with (most words stop there).
struct Index {
    slots: Vec<u16>,
    firsts: [u32; MAX_LEN + 1],
}

fn letter_bit(c: u8) -> u32 {
    match c {
        b'a'..=b'z' => 1 << (c - b'a'),
        _ => 1 << 26,
    }
}

/// FNV-1a of the ASCII-lower-cased bytes.
fn hash(bytes: impl Iterator<Item = u8>) -> u32 {
    bytes.fold(0x811c_9dc5, |h, b| (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193))
}

impl Vocab {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Vocab { words, index: OnceLock::new() }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let size = (self.words.len() * 4).next_power_of_two();
            let mut slots = vec![0u16; size];
            let mut firsts = [0; MAX_LEN + 1];
            for (i, w) in self.words.iter().enumerate() {
                let b = w.as_bytes();
                if let (Some(&c), Some(f)) = (b.first(), firsts.get_mut(b.len())) {
                    *f |= letter_bit(c);
                }
                let mut at = hash(b.iter().copied()) as usize & (size - 1);
                while slots[at] != 0 {
                    at = (at + 1) & (size - 1);
                }
                slots[at] = u16::try_from(i + 1).unwrap_or(0);
            }
            Index { slots, firsts }
        })
    }

    /// Is `w` in the list, ignoring ASCII case?
    pub fn has(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.is_empty() || b.len() > MAX_LEN {
            return false;
        }
        let index = self.index();
        if index.firsts[b.len()] & letter_bit(b[0].to_ascii_lowercase()) == 0 {
            return false;
        }
        let mask = index.slots.len() - 1;
        let mut at = hash(b.iter().copied()) as usize & mask;
        loop {
            match index.slots[at] {
                0 => return false,
                i => {
                    if self.words[usize::from(i) - 1].as_bytes().eq_ignore_ascii_case(b) {
                        return true;
                    }
                }
            }
            at = (at + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static COLOURS: Vocab = Vocab::new(&["red", "green", "blue", "dark-blue"]);

    #[test]
    fn lookups() {
        assert!(COLOURS.has("Red") && COLOURS.has("GREEN") && COLOURS.has("dark-Blue"));
        assert!(!COLOURS.has("") && !COLOURS.has("re") && !COLOURS.has("reds"));
        assert!(!COLOURS.has(&"x".repeat(100)));
        assert!(!COLOURS.has("réd"));
    }
}
