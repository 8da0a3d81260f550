//! The page's model read back: the JSON that `serde_json` writes from [`Story::for_islands`]
//! (the prerender's `<script type="application/json" id="viewer-story">`), read into a
//! [`Story`] by hand, so that the wasm carries neither serde's deserialisers nor a JSON crate.
//!
//! Each type reads itself ([`Read`]) the way serde's derive reads what serde's derive writes:
//! fields by their Rust names, unit variants by their renamed strings, an unknown key skipped,
//! a repeated key an error, a missing `Option` field `None`, a missing `#[serde(default)]` field
//! its default, and any other missing field an error. The app's `tests/wire.rs` reads the page
//! model of every seed, test article and hostile input back and compares it with the model
//! written (and with what serde reads).
//!
//! A struct's reader is the list of its fields (`read_struct!`): the object reader fills each
//! field in place through `&mut dyn Read`, so the code that reads a type is shared by every
//! field of that type. Files: `json` is the tokenizer, `article` and `division` the model's types.

mod article;
mod division;
mod json;
#[cfg(test)]
mod tests;

pub use json::ReadError;
use json::Reader;

use super::Story;

/// A type read from JSON as serde's derive writes it.
pub trait Read {
    /// The value a struct starts from before its fields are read, and a missing defaulted
    /// field keeps: the type's `Default` where it has one.
    fn blank() -> Self
    where
        Self: Sized;

    /// Replace the value with the one at the cursor. (A struct's fields are filled in place:
    /// they start `blank`.)
    fn fill(&mut self, r: &mut Reader<'_>) -> json::Result<()>;
}

impl Story {
    /// The model a page carries, from its JSON (see the module's documentation).
    pub fn from_json(text: &str) -> Result<Story, ReadError> {
        let mut r = Reader::new(text);
        let mut story = Story::blank();
        story.fill(&mut r)?;
        r.finish()?;
        Ok(story)
    }
}

impl Read for String {
    fn blank() -> Self {
        String::new()
    }

    fn fill(&mut self, r: &mut Reader<'_>) -> json::Result<()> {
        *self = r.string()?.into_owned();
        Ok(())
    }
}

impl Read for bool {
    fn blank() -> Self {
        false
    }

    fn fill(&mut self, r: &mut Reader<'_>) -> json::Result<()> {
        *self = r.boolean()?;
        Ok(())
    }
}

impl Read for u32 {
    fn blank() -> Self {
        0
    }

    fn fill(&mut self, r: &mut Reader<'_>) -> json::Result<()> {
        *self = r.unsigned(u32::MAX.into())? as u32;
        Ok(())
    }
}

impl Read for usize {
    fn blank() -> Self {
        0
    }

    fn fill(&mut self, r: &mut Reader<'_>) -> json::Result<()> {
        *self = r.unsigned(usize::MAX as u64)? as usize;
        Ok(())
    }
}

impl<T: Read> Read for Option<T> {
    fn blank() -> Self {
        None
    }

    fn fill(&mut self, r: &mut Reader<'_>) -> json::Result<()> {
        *self = None;
        if !r.null() {
            self.insert(T::blank()).fill(r)?;
        }
        Ok(())
    }
}

impl<T: Read> Read for Vec<T> {
    fn blank() -> Self {
        Vec::new()
    }

    fn fill(&mut self, r: &mut Reader<'_>) -> json::Result<()> {
        self.clear();
        r.array(&mut |r| {
            // Filled in place, where it stays: no move of a large struct, no drop on an error.
            self.push(T::blank());
            match self.last_mut() {
                Some(item) => item.fill(r),
                None => Ok(()),
            }
        })
    }
}

/// `impl Read` for a struct: its blank value, then its fields, those serde requires first, then
/// those it defaults when missing (`Option`s and `#[serde(default)]`), then those the page's
/// model leaves out, which are skipped like unknown keys and stay blank. Every field is in one
/// of the lists: a field added to the type and not to its reader does not compile.
macro_rules! read_struct {
    (
        $type:ident,
        $blank:expr,
        required: [$($req:ident),* $(,)?],
        defaulted: [$($opt:ident),* $(,)?]
        $(, skipped: [$($skip:ident),* $(,)?])? $(,)?
    ) => {
        impl $crate::story::wire::Read for $type {
            fn blank() -> Self {
                $blank
            }

            // Called through the field's `dyn Read` and from `Vec`'s and `Option`'s readers:
            // once, not inlined into each.
            #[inline(never)]
            fn fill(&mut self, r: &mut $crate::story::wire::json::Reader<'_>) -> $crate::story::wire::json::Result<()> {
                const KEYS: &[&str] = &[$(stringify!($req),)* $(stringify!($opt),)*];
                const REQUIRED: usize = [$(stringify!($req)),*].len();
                let $type { $($req,)* $($opt,)* $($($skip: _,)*)? } = self;
                r.object(KEYS, REQUIRED, &mut [$($req as &mut dyn $crate::story::wire::Read,)* $($opt,)*])
            }
        }
    };
}
use read_struct;

/// `impl Read` for a unit-only enum: its variants, and the names serde writes for them.
macro_rules! read_enum {
    ($type:ty, [$($variant:expr),+ $(,)?], $names:expr) => {
        impl $crate::story::wire::Read for $type {
            fn blank() -> Self {
                [$($variant),+][0]
            }

            fn fill(&mut self, r: &mut $crate::story::wire::json::Reader<'_>) -> $crate::story::wire::json::Result<()> {
                *self = [$($variant),+][r.variant(&$names)?];
                Ok(())
            }
        }
    };
}
use read_enum;
