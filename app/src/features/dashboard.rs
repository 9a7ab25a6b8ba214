//! The chair's live dashboard of a cohort: one row per partnership, counts, charts.

pub mod api;
#[cfg(feature = "ssr")]
pub mod cache;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
