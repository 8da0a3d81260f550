//! The article viewer: a Yew component tree over the pure model of `article-core`.
//!
//! Data flow: `seeds/*.txt` (bundled by `build.rs`, see [`bundle`]) → `article_core::parse` and
//! `Story::build` (the linked model) → [`state`] (the reader's view state, a pure reducer) →
//! [`components`] (thin, one a file) → `main.rs` (hydrates the prerendered page, or mounts).
//! [`address`] reads and writes the URL flags; [`browser`], [`share`] and [`embed`] hold the few
//! calls into web APIs, made only from effects and callbacks.

pub mod address;
pub mod atlas;
pub mod browser;
#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
pub mod components;
pub mod conductor;
pub mod context;
pub mod country_files;
pub mod embed;
pub mod export;
pub mod geometry;
pub mod hydration;
pub mod islands;
#[cfg(not(target_arch = "wasm32"))]
pub mod library;
#[cfg(not(target_arch = "wasm32"))]
pub mod picture;
pub mod policy;
#[cfg(not(target_arch = "wasm32"))]
pub mod projection;
pub mod share;
pub mod shared;
pub mod state;
pub mod store;
pub mod wording;

pub use components::app::{App, AppProps};
