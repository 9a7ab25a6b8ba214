//! Messages that reach people: the outbox as a queue written in the same transaction as the
//! change that causes each message, the worker that sends it over SMTP, what each person wants
//! to receive, unsubscribe links, and the chair's outbox page.

pub mod api;
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
