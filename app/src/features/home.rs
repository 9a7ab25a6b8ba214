//! Each person's home page: what needs them now, then how the programme is doing.

pub mod api;
pub mod pages;
mod parts;
#[cfg(feature = "ssr")]
pub mod service;
