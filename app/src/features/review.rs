//! The chair's review of coach applications: the queue with filters, one application with its
//! statement and CV, decisions that follow the programme's transitions, and private notes.

pub mod api;
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
