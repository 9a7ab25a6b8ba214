//! The programme and its cohorts: the public home page, the chair's editing of the programme's
//! texts, the bootstrap of the programme from its call, and the demo programme (ssr).

pub mod api;
pub mod cohort_pages;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod load;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
