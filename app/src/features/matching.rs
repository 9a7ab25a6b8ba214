//! Matching (chair): each partner with the coaches of the cohort ranked by an explainable score;
//! the chair makes the partnership.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
