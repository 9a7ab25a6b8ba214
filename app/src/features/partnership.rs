//! The partnership and its workspace for the pair: overview, goals with milestones and history,
//! journal, resources and introductions; the programme team sees figures only.

pub mod api;
#[cfg(feature = "ssr")]
pub mod overview;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
