//! Server functions for support hours, alerts and difficulty reports.

use crate::error::AppError;
use leptos::prelude::*;
use shared::commitments::{
    ConcernDetail, ConcernForm, ConcernReplyForm, ConcernShareForm, ConcernUpdateForm,
    ConcernsView, HoursForm, HoursView,
};

#[cfg(feature = "ssr")]
use super::service;
#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};
#[cfg(feature = "ssr")]
use jiff::Timestamp;

/// The hours page of a partnership.
#[server(endpoint = "get_hours")]
pub async fn get_hours(id: i64) -> Result<HoursView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::hours_view(&state.db, &caller, id, Timestamp::now()).await)
}

/// The coach logs or changes support time.
#[server(endpoint = "save_hours")]
pub async fn save_hours(form: HoursForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(service::save_hours(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!(
        "/partnerships/{}/hours?saved=1",
        form.partnership_id
    ))
    .await;
    Ok(id)
}

/// The concerns the caller may see.
#[server(endpoint = "list_concerns")]
pub async fn list_concerns() -> Result<ConcernsView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::concerns(&state.db, &caller, Timestamp::now()).await)
}

/// Raises a concern with the programme team.
#[server(endpoint = "raise_concern")]
pub async fn raise_concern(form: ConcernForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(service::raise_concern(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/concerns/{id}?raised=1")).await;
    Ok(id)
}

/// One concern.
#[server(endpoint = "get_concern")]
pub async fn get_concern(id: i64) -> Result<ConcernDetail, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::concern_detail(&state.db, &caller, id, Timestamp::now()).await)
}

/// The programme team handles a concern.
#[server(endpoint = "update_concern")]
pub async fn update_concern(form: ConcernUpdateForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::update_concern(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/concerns/{}?updated=1", form.concern_id)).await;
    Ok(())
}

/// The author shares a concern with the other member of the pair, or stops.
#[server(endpoint = "share_concern")]
pub async fn share_concern(form: ConcernShareForm) -> Result<bool, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let shared = finish(service::share_concern(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/concerns/{}", form.concern_id)).await;
    Ok(shared)
}

/// The author of a concern answers in its thread.
#[server(endpoint = "reply_to_concern")]
pub async fn reply_to_concern(form: ConcernReplyForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::reply_to_concern(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("/concerns/{}#responses", form.concern_id)).await;
    Ok(())
}
