//! Calendar files: `GET /partnerships/{id}/sessions/{session}/ics` for the pair (signed in), and
//! `GET /calendar/{token}` (ending `.ics`), a person's private feed, opened by calendar apps
//! without a session.

use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::Caller;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

fn calendar(body: String, file_name: &str) -> Response {
    let mut response = (StatusCode::OK, body).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

fn failed(e: crate::server::ServiceError) -> Response {
    AppError::from(e).into_response()
}

pub async fn session_ics(
    State(state): State<AppState>,
    Path((id, session)): Path<(i64, i64)>,
    Caller(caller): Caller,
) -> Response {
    let now = jiff::Timestamp::now();
    let host = state.mail.host();
    match super::service::session_ics(&state.db, &caller, id, session, host, now).await {
        Ok(body) => calendar(body, &format!("tandem-session-{session}.ics")),
        Err(e) => failed(e),
    }
}

pub async fn feed(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let token = file.strip_suffix(".ics").unwrap_or(&file);
    let host = state.mail.host();
    match super::service::feed_ics(&state.db, token, host, jiff::Timestamp::now()).await {
        Ok(body) => calendar(body, "tandem.ics"),
        Err(e) => failed(e),
    }
}
