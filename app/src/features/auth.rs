//! Accounts: sign-in and sign-out, server-side sessions, invitations, profile and password.
//! Services and throttling are server-only; pages and server-function declarations are shared.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod throttle;
#[cfg(feature = "ssr")]
pub mod tokens;
