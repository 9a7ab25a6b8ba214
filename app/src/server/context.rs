//! What server functions use around a service call: the state, the request, the caller, and how
//! to answer. How a failed plain form post is answered is `server::forms`.

use crate::error::AppError;
use crate::features::auth::service as auth_service;
use crate::server::{AppState, ServiceError};
use axum::extract::ConnectInfo;
use http::HeaderValue;
use http::header::{ACCEPT, COOKIE, SET_COOKIE};
use http::request::Parts;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;
use shared::account::CurrentUser;
use std::net::SocketAddr;

pub const SESSION_COOKIE: &str = "tandem_session";

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}

pub async fn parts() -> Result<Parts, AppError> {
    leptos_axum::extract::<Parts>().await.map_err(|e| {
        tracing::error!(error = %e, "request parts missing");
        AppError::Internal
    })
}

/// The session token from the request's cookie, if any.
pub fn session_token(parts: &Parts) -> Option<String> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_owned())
        .filter(|v| !v.is_empty())
}

/// The signed-in person of a plain axum handler's request (files, exports, the live stream), or
/// `None`: no cookie, an unknown or ended session, or the database failing (all mean "sign in").
pub async fn caller_of(
    state: &AppState,
    parts: &Parts,
    now: jiff::Timestamp,
) -> Option<CurrentUser> {
    let token = session_token(parts)?;
    auth_service::resolve_session(&state.db, &state.auth, &token, now)
        .await
        .ok()
        .flatten()
}

/// The signed-in person of a plain handler's request: without one, the handler is not run and
/// the answer is 401 ("Please sign in to continue.").
pub struct Caller(pub CurrentUser);

/// The signed-in person of a plain handler's request, if any (the service decides).
pub struct MaybeCaller(pub Option<CurrentUser>);

impl axum::extract::FromRequestParts<AppState> for MaybeCaller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(MaybeCaller(
            caller_of(state, parts, jiff::Timestamp::now()).await,
        ))
    }
}

impl axum::extract::FromRequestParts<AppState> for Caller {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        caller_of(state, parts, jiff::Timestamp::now())
            .await
            .map(Caller)
            .ok_or(AppError::Unauthenticated)
    }
}

/// The signed-in person, or `None`.
pub async fn caller() -> Result<Option<CurrentUser>, AppError> {
    let state = state()?;
    let parts = parts().await?;
    let Some(token) = session_token(&parts) else {
        return Ok(None);
    };
    let now = jiff::Timestamp::now();
    auth_service::resolve_session(&state.db, &state.auth, &token, now)
        .await
        .map_err(|e| fail(e.into()))
}

/// The signed-in person, or `Unauthenticated`.
pub async fn signed_in() -> Result<CurrentUser, AppError> {
    caller()
        .await?
        .ok_or_else(|| fail(AppError::Unauthenticated))
}

/// The client's address, for throttling.
pub fn client_ip(parts: &Parts) -> String {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ci| ci.0.ip().to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Sets the response status from the error and returns it.
pub fn fail(error: AppError) -> AppError {
    if let Some(response) = use_context::<ResponseOptions>() {
        response.set_status(error.status());
    }
    error
}

/// True for a plain HTML form post (the browser ran no JavaScript).
pub fn is_plain_form(parts: &Parts) -> bool {
    parts
        .headers
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// Converts a service result for the wire, setting the response's status from the error.
pub fn finish<T>(result: Result<T, ServiceError>) -> Result<T, AppError> {
    result.map_err(|error| fail(error.into()))
}

/// After success: a plain form post is redirected to `to`; with JavaScript the page navigates.
pub async fn go_to_after_plain_form(to: &str) {
    if let Ok(parts) = parts().await
        && is_plain_form(&parts)
    {
        leptos_axum::redirect(to);
    }
}

/// Adds a `Set-Cookie` header carrying the session token (or clearing it).
pub fn set_session_cookie(token: Option<&str>, max_age_secs: u64, secure: bool) {
    let Some(response) = use_context::<ResponseOptions>() else {
        return;
    };
    let secure = if secure { "; Secure" } else { "" };
    let value = match token {
        Some(token) => format!(
            "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}"
        ),
        None => format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    };
    if let Ok(value) = HeaderValue::from_str(&value) {
        response.append_header(SET_COOKIE, value);
    }
}
