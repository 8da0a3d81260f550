//! A JSON reader over the text of the page's model: one pass over the bytes, no intermediate
//! tree. It reads exactly RFC 8259 JSON (what `serde_json` writes and `JSON.parse` accepts,
//! except that a `\u` escape of a lone surrogate is an error), and every problem is a
//! [`ReadError`], never a panic: nesting deeper than [`MAX_DEPTH`] is an error rather than a
//! deep recursion.

use std::borrow::Cow;
use std::fmt;

use super::Read;

/// Arrays and objects open at once, at most (the model's own types nest far less).
pub const MAX_DEPTH: u32 = 64;

/// Why the model could not be read: what was expected, and the byte offset where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// Byte offset into the text.
    pub at: usize,
    /// What was expected there: "a string", "`,` or `]`", or the name of a field the object
    /// lacks (the error is then at the object's closing brace).
    pub expected: &'static str,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "expected {} at byte {}", self.expected, self.at)
    }
}

pub type Result<T> = std::result::Result<T, ReadError>;

/// A cursor over JSON text.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// Arrays and objects open around the cursor.
    depth: u32,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Self {
        Reader { text, at: 0, depth: 0 }
    }

    /// An error at the cursor.
    pub fn fail<T>(&self, expected: &'static str) -> Result<T> {
        Err(ReadError { at: self.at, expected })
    }

    fn byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// The bytes from the cursor on.
    fn rest(&self) -> &'a [u8] {
        self.text.as_bytes().get(self.at..).unwrap_or_default()
    }

    /// The next byte after any whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.byte() {
            self.at += 1;
        }
        self.byte()
    }

    /// Consume `b` if it comes next (after whitespace).
    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, b: u8, expected: &'static str) -> Result<()> {
        if self.eat(b) {
            Ok(())
        } else {
            self.fail(expected)
        }
    }

    /// Consume `word` (`true`, `false`, `null`) if it comes next.
    fn word(&mut self, word: &str) -> bool {
        self.peek();
        let found = self.rest().starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found
    }

    /// Only whitespace is left.
    pub fn finish(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => self.fail("the end of the text"),
        }
    }

    /// `null`, consumed; anything else is left for the value's reader.
    pub fn null(&mut self) -> bool {
        self.word("null")
    }

    pub fn boolean(&mut self) -> Result<bool> {
        if self.word("true") {
            Ok(true)
        } else if self.word("false") {
            Ok(false)
        } else {
            self.fail("true or false")
        }
    }

    /// A non-negative integer no larger than `max`, written without a fraction or exponent.
    pub fn unsigned(&mut self, max: u64) -> Result<u64> {
        self.peek();
        let start = self.at;
        let text = self.number()?;
        let mut n: u64 = 0;
        for b in text.bytes() {
            let digit = b.wrapping_sub(b'0');
            n = match n.checked_mul(10).and_then(|n| n.checked_add(u64::from(digit))) {
                Some(n) if digit < 10 && n <= max => n,
                _ => return Err(ReadError { at: start, expected: "an unsigned integer in range" }),
            };
        }
        Ok(n)
    }

    /// A number's text: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<&'a str> {
        self.peek();
        let start = self.at;
        let bytes = self.text.as_bytes();
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        let mut at = start;
        at += usize::from(bytes.get(at) == Some(&b'-'));
        let lead = at;
        let mut ok = digits(&mut at) && (bytes[lead] != b'0' || at == lead + 1);
        if ok && bytes.get(at) == Some(&b'.') {
            at += 1;
            ok = digits(&mut at);
        }
        if ok && matches!(bytes.get(at), Some(b'e' | b'E')) {
            at += 1;
            at += usize::from(matches!(bytes.get(at), Some(b'+' | b'-')));
            ok = digits(&mut at);
        }
        if !ok {
            return self.fail("a number");
        }
        self.at = at;
        Ok(&self.text[start..at])
    }

    /// A string, borrowed from the text when it has no escapes.
    pub fn string(&mut self) -> Result<Cow<'a, str>> {
        self.expect(b'"', "a string")?;
        let mut owned = String::new();
        let mut run = self.at;
        loop {
            match self.byte() {
                Some(b'"') => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    // Every escape adds a character: nothing owned, nothing escaped.
                    return Ok(if owned.is_empty() {
                        Cow::Borrowed(tail)
                    } else {
                        owned.push_str(tail);
                        Cow::Owned(owned)
                    });
                }
                Some(b'\\') => {
                    owned.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    owned.push(self.escape()?);
                    run = self.at;
                }
                Some(0x20..) => self.at += 1,
                _ => return self.fail("a closing quote"),
            }
        }
    }

    /// The character an escape stands for, the backslash consumed.
    fn escape(&mut self) -> Result<char> {
        let b = self.byte();
        self.at += 1;
        Ok(match b {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.rest().starts_with(b"\\u") {
                        return self.fail("a low surrogate");
                    }
                    self.at += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return self.fail("a low surrogate");
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                match char::from_u32(code) {
                    Some(c) => c,
                    None => return self.fail("a character, not a lone surrogate"),
                }
            }
            _ => {
                self.at -= 1;
                return self.fail("an escape");
            }
        })
    }

    /// Four hex digits.
    fn hex4(&mut self) -> Result<u32> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.byte().and_then(|b| char::from(b).to_digit(16));
            let Some(digit) = digit else { return self.fail("four hex digits") };
            code = code * 16 + digit;
            self.at += 1;
        }
        Ok(code)
    }

    /// One of `names` (a unit variant as serde writes it): its index.
    pub fn variant(&mut self, names: &[&str]) -> Result<usize> {
        let name = self.string()?;
        match names.iter().position(|n| *n == name) {
            Some(i) => Ok(i),
            None => self.fail("a known variant"),
        }
    }

    /// An array, each element read by `element`.
    pub fn array(&mut self, element: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.open(b'[', "an array")?;
        if !self.eat(b']') {
            loop {
                element(self)?;
                if self.eat(b']') {
                    break;
                }
                self.expect(b',', "`,` or `]`")?;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// The opening bracket of an array or an object, within [`MAX_DEPTH`].
    fn open(&mut self, b: u8, expected: &'static str) -> Result<()> {
        if self.depth >= MAX_DEPTH {
            return self.fail("values nested less deeply");
        }
        self.expect(b, expected)?;
        self.depth += 1;
        Ok(())
    }

    /// An object whose keys are `keys`: the value of `keys[i]` is read into `fields[i]`, the
    /// value of any other key is skipped. Every one of the first `required` keys must be present,
    /// as serde requires every field that is neither an `Option` nor `default`.
    pub fn object(&mut self, keys: &[&'static str], required: usize, fields: &mut [&mut dyn Read]) -> Result<()> {
        self.open(b'{', "an object")?;
        let mut seen = 0u64;
        if !self.eat(b'}') {
            loop {
                let key = self.string()?;
                self.expect(b':', "`:`")?;
                match keys.iter().position(|k| *k == key).and_then(|i| Some((i, fields.get_mut(i)?))) {
                    Some((i, field)) => {
                        let bit = 1 << (i & 63);
                        if seen & bit != 0 {
                            return self.fail("no repeated key");
                        }
                        field.fill(self)?;
                        seen |= bit;
                    }
                    None => self.skip()?,
                }
                if self.eat(b'}') {
                    break;
                }
                self.expect(b',', "`,` or `}`")?;
            }
        }
        self.depth -= 1;
        match (0..required.min(64)).find(|&i| seen & (1 << i) == 0) {
            Some(i) => Err(ReadError { at: self.at - 1, expected: keys.get(i).copied().unwrap_or("a field") }),
            None => Ok(()),
        }
    }

    /// Any value, consumed and dropped.
    pub fn skip(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(b'[') => self.array(&mut Self::skip),
            Some(b'{') => self.object(&[], 0, &mut []),
            Some(b't' | b'f') => self.boolean().map(drop),
            Some(b'n') if self.null() => Ok(()),
            _ => self.number().map(drop),
        }
    }
}
