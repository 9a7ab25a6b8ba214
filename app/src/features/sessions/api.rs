//! Server functions for sessions, availability and the calendar feed.

use crate::error::AppError;
use leptos::prelude::*;
use shared::schedule::{
    AnswerForm, AvailabilityView, CancelForm, ExceptionForm, OutcomeForm, ProposalForm,
    RescheduleForm, SessionStatus, SessionsView, WindowForm,
};

#[cfg(feature = "ssr")]
use super::service;
#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};
#[cfg(feature = "ssr")]
use jiff::Timestamp;

#[cfg(feature = "ssr")]
fn back(partnership_id: i64) -> String {
    format!("/partnerships/{partnership_id}/sessions")
}

/// A pair's sessions, pace and common free time.
#[server(endpoint = "get_sessions")]
pub async fn get_sessions(id: i64) -> Result<SessionsView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::sessions_view(&state.db, &caller, id, Timestamp::now()).await)
}

/// Proposes one to three times.
#[server(endpoint = "propose_session")]
pub async fn propose_session(form: ProposalForm) -> Result<i64, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let id = finish(service::propose(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&format!("{}?proposed=1", back(form.partnership_id))).await;
    Ok(id)
}

/// Accepts one proposed time, or declines (option 0).
#[server(endpoint = "answer_session")]
pub async fn answer_session(form: AnswerForm) -> Result<SessionStatus, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let status = finish(service::answer(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&back(form.partnership_id)).await;
    Ok(status)
}

/// Moves a scheduled session.
#[server(endpoint = "reschedule_session")]
pub async fn reschedule_session(form: RescheduleForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::reschedule(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&back(form.partnership_id)).await;
    Ok(())
}

/// Cancels a session with a reason.
#[server(endpoint = "cancel_session")]
pub async fn cancel_session(form: CancelForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::cancel(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&back(form.partnership_id)).await;
    Ok(())
}

/// Records a session as held or no-show, with notes and actions.
#[server(endpoint = "record_session_outcome")]
pub async fn record_session_outcome(form: OutcomeForm) -> Result<SessionStatus, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let status =
        finish(service::record_outcome(&state.db, &caller, &form, Timestamp::now()).await)?;
    cx::go_to_after_plain_form(&back(form.partnership_id)).await;
    Ok(status)
}

/// The partner confirms a session was held.
#[server(endpoint = "confirm_session_held")]
pub async fn confirm_session_held(partnership_id: i64, session_id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(
        service::confirm_held(
            &state.db,
            &caller,
            partnership_id,
            session_id,
            Timestamp::now(),
        )
        .await,
    )?;
    cx::go_to_after_plain_form(&back(partnership_id)).await;
    Ok(())
}

/// The caller's availability.
#[server(endpoint = "get_availability")]
pub async fn get_availability() -> Result<AvailabilityView, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::availability(&state.db, &caller).await)
}

/// Adds a weekly window.
#[server(endpoint = "add_availability_window")]
pub async fn add_availability_window(form: WindowForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::add_window(&state.db, &caller, &form).await)?;
    cx::go_to_after_plain_form("/availability").await;
    Ok(())
}

/// Removes a weekly window.
#[server(endpoint = "remove_availability_window")]
pub async fn remove_availability_window(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::remove_window(&state.db, &caller, id).await)?;
    cx::go_to_after_plain_form("/availability").await;
    Ok(())
}

/// Adds a day away.
#[server(endpoint = "add_away_day")]
pub async fn add_away_day(form: ExceptionForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::add_away_day(&state.db, &caller, &form).await)?;
    cx::go_to_after_plain_form("/availability").await;
    Ok(())
}

/// Removes a day away.
#[server(endpoint = "remove_away_day")]
pub async fn remove_away_day(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::remove_away_day(&state.db, &caller, id).await)?;
    cx::go_to_after_plain_form("/availability").await;
    Ok(())
}

/// Creates or replaces the caller's private calendar feed; returns its address (shown once).
#[server(endpoint = "replace_calendar_feed")]
pub async fn replace_calendar_feed() -> Result<String, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let token = finish(service::replace_feed(&state.db, &caller, Timestamp::now()).await)?;
    let path = format!("/calendar/{token}.ics");
    cx::go_to_after_plain_form(&format!("/availability?feed={token}")).await;
    Ok(path)
}

/// Turns the caller's calendar feed off.
#[server(endpoint = "revoke_calendar_feed")]
pub async fn revoke_calendar_feed() -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(service::revoke_feed(&state.db, &caller).await)?;
    cx::go_to_after_plain_form("/availability?feed=off").await;
    Ok(())
}
