//! The call for participants: each cohort's public call page, and coach applications with a CV,
//! sent without an account and changed later through a private link until the deadline.

pub mod api;
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
