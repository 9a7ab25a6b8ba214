//! Tandem's features, each with its server functions, pages and (ssr) services.

pub mod auth;
pub mod call;
pub mod commitments;
pub mod community;
pub mod dashboard;
pub mod export;
pub mod home;
pub mod intake;
pub mod mail;
pub mod matching;
pub mod partnership;
pub mod privacy;
pub mod programme;
pub mod report;
pub mod review;
pub mod sessions;
