//! `GET /profile/data/archive.zip`: the signed-in person's own data. There is no address for
//! anyone else's: the archive is always the caller's. An applicant's data and erasure request go
//! through the application's private link.

use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::Caller;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderValue, StatusCode, header};

pub async fn archive(State(state): State<AppState>, Caller(caller): Caller) -> Response {
    zip_response(
        super::service::my_archive(&state.db, &caller, jiff::Timestamp::now()).await,
        "tandem-my-data.zip",
    )
}

/// `GET /applications/{token}/archive.zip`: an applicant's data, read with the private link.
pub async fn application_archive(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Response {
    zip_response(
        super::service::application_archive(&state.db, &token, jiff::Timestamp::now()).await,
        "tandem-my-application.zip",
    )
}

/// `POST /applications/{token}/erase`: an applicant asks for the application to be erased.
pub async fn post_application_erasure(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Response {
    match super::erasure::request_for_application(&state.db, &token, jiff::Timestamp::now()).await {
        Ok(_) => {
            Redirect::to(&format!("/applications/{token}?erasure=asked#erasure")).into_response()
        }
        Err(e) => AppError::from(e).into_response(),
    }
}

fn zip_response(
    result: Result<Vec<u8>, crate::server::ServiceError>,
    file_name: &'static str,
) -> Response {
    match result {
        Ok(bytes) => {
            let mut response = (StatusCode::OK, bytes).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/zip"),
            );
            h.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
                    .unwrap_or(HeaderValue::from_static("attachment")),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(e) => AppError::from(e).into_response(),
    }
}
