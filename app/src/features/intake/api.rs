//! Server functions for the partner intake.

use crate::error::AppError;
use leptos::prelude::*;
use shared::intake::{IntakeForm, IntakeView};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The caller's intake (partners only).
#[server(endpoint = "get_intake")]
pub async fn get_intake() -> Result<IntakeView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::intake(&state.db, &caller).await)
}

/// Saves the intake.
#[server(endpoint = "save_intake")]
pub async fn save_intake(form: IntakeForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::save(&state.db, &caller, &form, jiff::Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/home?intake=saved").await;
    Ok(())
}
