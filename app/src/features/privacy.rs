//! Personal data: the privacy notice (`/privacy`), and a person's own data to download
//! (`/profile/data`, the archive at `/profile/data/archive.zip`).

pub mod api;
#[cfg(feature = "ssr")]
pub mod erasure;
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod retention;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod zip;
