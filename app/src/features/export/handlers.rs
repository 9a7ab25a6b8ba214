//! `GET /export/{cohort}/{file}`: `partnerships.csv`, `sessions.csv`, `hours.csv`,
//! `cohort.json` or `evaluations.csv` (the end-of-year answers), for the chair.

use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::Caller;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

pub async fn export(
    State(state): State<AppState>,
    Path((cohort, file)): Path<(String, String)>,
    Caller(caller): Caller,
    headers: http::HeaderMap,
) -> Response {
    let now = jiff::Timestamp::now();
    if file == "evaluations.csv" {
        let made =
            crate::features::report::service::evaluations_csv(&state.db, &caller, &cohort, now)
                .await;
        return match made {
            Ok(body) => attachment(&cohort, &file, body, "text/csv; charset=utf-8"),
            Err(e) => AppError::from(e).into_response(),
        };
    }
    let data = match super::service::cohort_export(&state.db, &caller, &cohort, now).await {
        Ok(d) => d,
        Err(e) => return AppError::from(e).into_response(),
    };
    let (body, content_type) = match file.as_str() {
        "partnerships.csv" => (data.partnerships_csv(), "text/csv; charset=utf-8"),
        "sessions.csv" => (data.sessions_csv(), "text/csv; charset=utf-8"),
        "hours.csv" => (data.hours_csv(), "text/csv; charset=utf-8"),
        "cohort.json" => match serde_json::to_string_pretty(&data) {
            Ok(json) => (json, "application/json"),
            Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        },
        _ => {
            let lang = crate::i18n::of_headers(&headers);
            return (
                StatusCode::NOT_FOUND,
                shared::i18n::t(lang, "export-unknown"),
            )
                .into_response();
        }
    };
    attachment(&cohort, &file, body, content_type)
}

/// The file as a download that no cache keeps.
fn attachment(cohort: &str, file: &str, body: String, content_type: &'static str) -> Response {
    let safe: String = cohort
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut response = (StatusCode::OK, body).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"tandem-{safe}-{file}\""))
    {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}
