//! Account use cases on the database: sessions, sign-in, invitations, profile, password.
//! Each takes its connection, the caller where one matters, and `shared` types.

mod account;
mod email;
mod invitation;
mod people;
mod reset;
mod session;

pub use account::*;
pub use email::*;
pub use invitation::*;
pub use people::*;
pub use reset::*;
pub use session::*;

use super::tokens;
use crate::server::ServiceError;
use jiff::Timestamp;
use shared::account::CurrentUser;
pub(super) use shared::time::to_millis as ms;
use shared::{FieldErrors, Role};

pub(super) fn ms_after(now: Timestamp, d: std::time::Duration) -> i64 {
    ms(now).saturating_add(i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

pub(super) fn require_chair(caller: &CurrentUser) -> Result<(), ServiceError> {
    crate::server::failure::require_role(caller, Role::Chair)
}

pub(super) async fn hash_password(password: String) -> Result<String, ServiceError> {
    tokio::task::spawn_blocking(move || tokens::hash_password(&password))
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))?
        .map_err(ServiceError::Internal)
}

pub(super) async fn verify_password(password: String, hash: String) -> Result<bool, ServiceError> {
    tokio::task::spawn_blocking(move || tokens::verify_password(&password, &hash))
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))
}

/// Checks that a zone exists in the time-zone database.
pub fn check_zone(zone: &str, errors: &mut FieldErrors) {
    if !zone.is_empty() && jiff::tz::TimeZone::get(zone).is_err() {
        errors.add(
            "time_zone",
            shared::errors::Message::key("error-zone-unknown", &[("zone", zone.into())]),
        );
    }
}
