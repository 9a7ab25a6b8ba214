//! The community against a real SQLite database: who may see it, and what each part shows of
//! whom.
#![cfg(feature = "ssr")]
#![allow(clippy::unwrap_used)]

#[path = "../common/mod.rs"]
mod common;

mod announcements;
mod directory;
mod discussions;
mod events;
mod experts;
mod library;
mod search;
mod stories;
