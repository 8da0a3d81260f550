//! The view: one component a file. Components only render; web APIs live in effects and callbacks.

pub mod app;
pub mod article_body;
pub mod card_deck;
pub mod council_panel;
pub mod country_finder;
pub mod embed_dialog;
pub mod figures;
pub mod flag;
pub mod legend;
pub mod majority_bar;
pub mod roll_call_table;
pub mod seat_map;
pub mod statement_card;
pub mod vote_chart;
pub mod world_map;
