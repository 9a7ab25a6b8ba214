//! Plain routes of the community: an event's calendar file (`GET /community/events/{id}/ics`),
//! and the library's upload and files (see `library`).

mod library;
pub use library::{library_file, post_library_item};

use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::Caller;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

pub async fn event_ics(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Caller(caller): Caller,
    headers: http::HeaderMap,
) -> Response {
    let lang = crate::i18n::of_headers(&headers);
    match super::service::events::event_ics(&state.db, &caller, id, state.mail.host(), lang).await {
        Ok(body) => {
            let mut response = (StatusCode::OK, body).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            );
            if let Ok(v) =
                HeaderValue::from_str(&format!("attachment; filename=\"tandem-event-{id}.ics\""))
            {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            response
        }
        Err(e) => AppError::from(e).into_response(),
    }
}
