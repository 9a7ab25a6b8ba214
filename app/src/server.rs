//! Server-only support shared by every feature: application state, the database connection,
//! the service error, and helpers server functions use to find the caller and answer forms.

pub mod audit;
pub mod context;
pub mod csp;
pub mod db;
pub mod events;
pub mod failure;
pub mod forms;
pub mod lease;
pub mod multipart;
pub mod receipts;
pub mod search;
pub mod state;

pub use failure::ServiceError;
pub use state::{AppState, AuthSettings};
