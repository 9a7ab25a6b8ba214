//! Server functions for mail: the chair's outbox and retry, and a person's choices of what to
//! receive.

use crate::error::AppError;
use leptos::prelude::*;
use shared::mail::{Outbox, Preference, PreferencesForm, Unsubscribe};

#[cfg(feature = "ssr")]
use crate::server::context::{self as cx, finish};

/// The outbox (chair), of one status when `status` names one.
#[server(endpoint = "list_outbox")]
pub async fn list_outbox(status: Option<String>) -> Result<Outbox, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    let filter = status
        .as_deref()
        .and_then(shared::mail::MailStatus::from_code);
    finish(super::service::outbox(&state.db, &caller, filter, state.mail.sending()).await)
}

/// Queues a failed message again (chair).
#[server(endpoint = "retry_message")]
pub async fn retry_message(id: i64) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::retry(&state.db, &caller, id, jiff::Timestamp::now()).await)?;
    cx::go_to_after_plain_form("/outbox?retried=1").await;
    Ok(())
}

/// The caller's choices of what to receive by email.
#[server(endpoint = "get_mail_preferences")]
pub async fn get_mail_preferences() -> Result<Vec<Preference>, AppError> {
    let caller = cx::signed_in().await?;
    let state = cx::state()?;
    finish(super::service::preferences(&state.db, &caller).await)
}

/// Saves the caller's choices.
#[server(endpoint = "save_mail_preferences")]
pub async fn save_mail_preferences(form: PreferencesForm) -> Result<(), AppError> {
    let caller = cx::signed_in().await?;
    let choices = match form.validate() {
        Ok(c) => c,
        Err(errors) => return Err(cx::fail(errors.into())),
    };
    let state = cx::state()?;
    finish(super::service::save_preferences(&state.db, &caller, &choices).await)?;
    cx::go_to_after_plain_form("/profile/messages?saved=1").await;
    Ok(())
}

/// What an unsubscribe link is for (no sign-in: the link is the proof).
#[server(endpoint = "get_unsubscribe")]
pub async fn get_unsubscribe(token: String) -> Result<Unsubscribe, AppError> {
    let state = cx::state()?;
    finish(super::service::unsubscribe_view(&state.db, &token).await)
}
