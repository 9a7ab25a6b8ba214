//! Coaching sessions across time zones: availability, common time, proposals, calendar files
//! and feeds, outcomes, the six-session pace and reminders.

pub mod api;
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
