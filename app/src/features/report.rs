//! Reports: a cohort's report for IATUL, a partnership's one-page summary and a coach's
//! certificate of participation, each a page made to be printed (or saved as PDF) from the
//! browser.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
