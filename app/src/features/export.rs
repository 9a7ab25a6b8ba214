//! Exports for the programme team: a cohort's partnerships, sessions and hours as CSV and JSON
//! (`GET /export/{cohort}/{file}`), figures only.

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod service;
