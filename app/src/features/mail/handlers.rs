//! `POST /unsubscribe/{token}`: the unsubscribe page's form (without JavaScript too), and the
//! one-click unsubscribe mail programs send (RFC 8058: `List-Unsubscribe=One-Click`, from their
//! own servers, so no cookie and no origin).

use crate::server::{AppState, ServiceError};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use shared::mail::Delivery;
use std::collections::HashMap;

pub async fn post_unsubscribe(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: http::HeaderMap,
    body: Bytes,
) -> Response {
    let lang = crate::i18n::of_headers(&headers);
    // Read whatever was sent (one-click posts vary); an unreadable body is an empty one.
    let fields: HashMap<String, String> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let one_click = fields.contains_key("List-Unsubscribe");
    let delivery = fields
        .get("delivery")
        .and_then(|d| Delivery::from_code(d))
        .unwrap_or(Delivery::Off);
    match super::service::unsubscribe(&state.db, &token, delivery).await {
        Ok(_) if one_click => {
            (StatusCode::OK, shared::i18n::t(lang, "unsubscribe-done")).into_response()
        }
        Ok(_) => Redirect::to(&format!("/unsubscribe/{token}?changed=1")).into_response(),
        Err(ServiceError::NotFound) => (
            StatusCode::NOT_FOUND,
            shared::i18n::t(lang, "unsubscribe-unknown"),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "unsubscribe failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                shared::i18n::t(lang, "app-error-internal"),
            )
                .into_response()
        }
    }
}
