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
    finish(super::service::intake(&state.db, &caller).await, &[]).await
}

/// Saves the intake.
#[server(endpoint = "save_intake")]
pub async fn save_intake(form: IntakeForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let kept = [
        ("library", form.library.as_str()),
        ("position", form.position.as_str()),
        ("city", form.city.as_str()),
        ("time_zone", form.time_zone.as_str()),
        ("languages", form.languages.as_str()),
        ("connectivity", form.connectivity.as_str()),
        ("preferred_times", form.preferred_times.as_str()),
        ("objective_area", form.objective_area.as_str()),
        ("need", form.need.as_str()),
    ];
    finish(
        super::service::save(&state.db, &caller, &form, jiff::Timestamp::now()).await,
        &kept,
    )
    .await?;
    cx::go_to_after_plain_form("/home?intake=saved").await;
    Ok(())
}
