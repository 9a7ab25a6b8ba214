//! `GET /profile/data/archive.zip`: the signed-in person's own data. There is no address for
//! anyone else's: the archive is always the caller's.

use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::Caller;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

pub async fn archive(State(state): State<AppState>, Caller(caller): Caller) -> Response {
    match super::service::my_archive(&state.db, &caller, jiff::Timestamp::now()).await {
        Ok(bytes) => {
            let mut response = (StatusCode::OK, bytes).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/zip"),
            );
            h.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"tandem-my-data.zip\""),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(e) => AppError::from(e).into_response(),
    }
}
