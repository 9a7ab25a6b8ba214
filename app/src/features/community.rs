//! The community of practice above the pairs (`/community/...`): the directory of the people
//! who chose to appear in it, events (the IATUL conference, community calls), stories,
//! announcements, the resource library, discussions, the team's pool of experts, and one
//! search box over them. Only members of the programme (coaches, partners, the programme team
//! and the chair) see any of it; nothing from a pair reaches it unless its author puts it there.

pub mod api;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod load;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
