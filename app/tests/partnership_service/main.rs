//! Matching and the partnership workspace against a real SQLite database: the ranking and its
//! reasons, capacity, who may read and change what, goal history and the journal's privacy.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod access;
mod goals;
mod journal;
mod matching;
mod year;
