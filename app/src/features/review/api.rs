//! Server functions for the chair's review of applications.

use crate::error::AppError;
use leptos::prelude::*;
use shared::application::ApplicationStatus;
use shared::review::{ApplicationDetail, ApplicationSummary, DecisionForm, NoteForm, ReviewFilter};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The review queue, filtered.
#[server(endpoint = "list_applications")]
pub async fn list_applications(filter: ReviewFilter) -> Result<Vec<ApplicationSummary>, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::list(&state.db, &caller, &filter).await)
}

/// One application for review.
#[server(endpoint = "get_application_detail")]
pub async fn get_application_detail(id: i64) -> Result<ApplicationDetail, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::detail(&state.db, &caller, id).await)
}

/// Shortlists, accepts or declines an application.
#[server(endpoint = "decide_application")]
pub async fn decide_application(form: DecisionForm) -> Result<ApplicationStatus, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let Some(to) = ApplicationStatus::from_code(&form.status) else {
        return Err(cx::fail(AppError::field(
            "status",
            shared::errors::Message::key("review-decision-choose", &[]),
        )));
    };
    let result = super::service::decide(
        &state.db,
        &caller,
        form.application_id,
        to,
        &state.auth,
        jiff::Timestamp::now(),
    )
    .await;
    let status = finish(result)?;
    cx::go_to_after_plain_form(&format!(
        "/review/{}?decided={}",
        form.application_id,
        status.code()
    ))
    .await;
    Ok(status)
}

/// Adds a private note to an application.
#[server(endpoint = "add_review_note")]
pub async fn add_review_note(form: NoteForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let result = super::service::add_note(&state.db, &caller, &form, jiff::Timestamp::now()).await;
    finish(result)?;
    cx::go_to_after_plain_form(&format!("/review/{}#notes", form.application_id)).await;
    Ok(())
}

/// Deletes the CV of a declined application (chair), after the confirmation step.
#[server(endpoint = "delete_application_cv")]
pub async fn delete_application_cv(form: shared::review::CvDeletion) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::delete_cv(&state.db, &caller, form.application_id).await)?;
    cx::go_to_after_plain_form(&format!("/review/{}?cv=deleted", form.application_id)).await;
    Ok(())
}
