//! The coach's commitments: support hours against the 2-5 hour band, alerts to the pair and the
//! programme team, and confidential difficulty reports handled as cases.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
