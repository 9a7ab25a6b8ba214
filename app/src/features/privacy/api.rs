//! Server functions for the privacy notice.

use crate::error::AppError;
use leptos::prelude::*;
use shared::privacy::PrivacyNotice;

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The notice's settings: who holds the data, the contact, each cohort's CV period (public).
#[server(endpoint = "get_privacy_notice")]
pub async fn get_privacy_notice() -> Result<PrivacyNotice, AppError> {
    let state = cx::state()?;
    finish(super::service::notice(&state.db).await)
}
