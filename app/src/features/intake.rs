//! Partner intake: a library director invited by the chair describes their library, how they
//! can meet, and the ONE specific objective they choose.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
