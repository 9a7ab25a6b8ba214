//! Tandem's application: routes, pages, components and server-function declarations, shared by
//! the server (feature `ssr`, which also brings services, entities and state) and the browser
//! (feature `hydrate`). Never build both features together.
#![cfg_attr(test, allow(clippy::unwrap_used))]

#[cfg(feature = "hydrate")]
pub mod browser;
#[cfg(feature = "ssr")]
pub mod entities;
pub mod error;
pub mod features;
pub mod i18n;
pub mod live;
#[cfg(feature = "ssr")]
pub mod server;
pub mod shell;
pub mod ui;

pub use shell::{App, shell};
