//! The community of practice above the pairs (`/community/...`): the directory of the people
//! who chose to appear in it, and events (the IATUL conference, community calls). Only members
//! of the programme (coaches, partners, the programme team and the chair) see any of it;
//! nothing from a pair reaches it unless its author puts it there.

pub mod api;
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
