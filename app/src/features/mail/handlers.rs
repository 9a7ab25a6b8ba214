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
    body: Bytes,
) -> Response {
    // Read whatever was sent (one-click posts vary); an unreadable body is an empty one.
    let fields: HashMap<String, String> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let one_click = fields.contains_key("List-Unsubscribe");
    let delivery = fields
        .get("delivery")
        .and_then(|d| Delivery::from_code(d))
        .unwrap_or(Delivery::Off);
    match super::service::unsubscribe(&state.db, &token, delivery).await {
        Ok(_) if one_click => (StatusCode::OK, "Unsubscribed.").into_response(),
        Ok(_) => Redirect::to(&format!("/unsubscribe/{token}?changed=1")).into_response(),
        Err(ServiceError::NotFound) => (
            StatusCode::NOT_FOUND,
            "This unsubscribe link is not known. Choose what you receive on your profile in Tandem.",
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "unsubscribe failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Tandem could not save this. Try again in a minute.").into_response()
        }
    }
}
