//! `GET /review/{id}/cv`: the CV file, for the chair only (a PDF shown inline, a DOCX
//! downloaded), never cached.

use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::MaybeCaller;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{HeaderValue, StatusCode, header};

pub async fn get_cv(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    MaybeCaller(caller): MaybeCaller,
) -> Response {
    match super::service::cv_file(&state.db, caller.as_ref(), id).await {
        Ok((kind, file_name, bytes)) => {
            let pdf = kind == "pdf";
            let content_type = if pdf {
                shared::cv::CvKind::Pdf.content_type()
            } else {
                shared::cv::CvKind::Docx.content_type()
            };
            let safe: String = file_name
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let disposition = format!(
                "{}; filename=\"{safe}\"",
                if pdf { "inline" } else { "attachment" }
            );
            let mut response = (StatusCode::OK, bytes).into_response();
            let h = response.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            h.insert(
                "content-security-policy",
                HeaderValue::from_static("sandbox"),
            );
            response
        }
        Err(e) => AppError::from(e).into_response(),
    }
}
