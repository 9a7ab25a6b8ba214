//! Server functions for the privacy notice, a person's erasure request, and the chair's answer.

use crate::error::AppError;
use leptos::prelude::*;
use shared::privacy::{
    ErasureAsk, ErasureChoice, ErasureList, ErasureView, ObjectionForm, PrivacyNotice,
};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};
#[cfg(feature = "ssr")]
use jiff::Timestamp;

/// The notice's settings: who holds the data, the contact, each cohort's CV period (public).
#[server(endpoint = "get_privacy_notice")]
pub async fn get_privacy_notice() -> Result<PrivacyNotice, AppError> {
    let state = cx::state()?;
    finish(super::service::notice(&state.db).await)
}

/// The caller's latest erasure request, if any.
#[server(endpoint = "get_my_erasure")]
pub async fn get_my_erasure() -> Result<Option<ErasureView>, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::erasure::my_request(&state.db, &caller).await)
}

/// The caller asks for their account to be erased (a week for the chair to object).
#[server(endpoint = "request_erasure")]
pub async fn request_erasure(form: ErasureAsk) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    form.validate()
        .map_err(|e| cx::fail(AppError::Validation(e)))?;
    let state = cx::state()?;
    finish(super::erasure::request_mine(&state.db, &caller, Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/profile/data#erasure").await;
    Ok(())
}

/// The caller withdraws their waiting request.
#[server(endpoint = "withdraw_erasure")]
pub async fn withdraw_erasure(form: ErasureChoice) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::erasure::withdraw_mine(&state.db, &caller, form.request_id, Timestamp::now()).await,
    )?;
    cx::go_to_after_plain_form("/profile/data#erasure").await;
    Ok(())
}

/// The chair's list of erasure requests.
#[server(endpoint = "get_erasures")]
pub async fn get_erasures() -> Result<ErasureList, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::erasure::list(&state.db, &caller).await)
}

/// The chair objects to a waiting request, with the reason the person reads.
#[server(endpoint = "object_to_erasure")]
pub async fn object_to_erasure(form: ObjectionForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::erasure::object(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/programme/erasures?answered=objected").await;
    Ok(())
}

/// The chair confirms a waiting request: it runs now.
#[server(endpoint = "confirm_erasure")]
pub async fn confirm_erasure(form: ErasureChoice) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        super::erasure::confirm(&state.db, &caller, form.request_id, Timestamp::now())
            .await
            .map(|_| ()),
    )?;
    cx::go_to_after_plain_form("/programme/erasures?answered=erased").await;
    Ok(())
}
