//! The library's multipart routes: `POST /community/library/new` adds a link or a file (a plain
//! form that works without JavaScript; a form that needs changes comes back as its page, with
//! what was typed and each error beside its field), and `GET /community/library/{id}/file`
//! gives an item's file to members.

use super::super::service::library::{self as service, Upload};
use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::{Caller, MaybeCaller};
use crate::ui::PostedForm;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::{HeaderValue, StatusCode, header};
use shared::errors::Message;
use shared::library::LibraryForm;

use shared::library::ADD_PATH as ADD;

/// What a multipart add post holds: the form, its typed values (to show again), the file.
struct Posted {
    form: LibraryForm,
    values: Vec<(String, String)>,
    file: Option<Result<Upload, Message>>,
}

async fn read(multipart: Multipart) -> Result<Posted, String> {
    let read = crate::server::multipart::read(multipart, "file", "file").await?;
    let mut form = LibraryForm::default();
    for (name, value) in &read.values {
        let value = value.clone();
        match name.as_str() {
            "title" => form.title = value,
            "summary" => form.summary = value,
            "url" => form.url = value,
            area if area.starts_with("area_") => {
                if let Some(b) = form.area_box(&area["area_".len()..]) {
                    *b = value;
                }
            }
            "tags" => form.tags = value,
            "request_key" => form.request_key = value,
            _ => {}
        }
    }
    let mut values = read.values;
    let file = read.file.map(|file| {
        values.push(("__file".into(), file.name.clone()));
        shared::library::recognise(&file.bytes).map(|kind| Upload {
            kind,
            file_name: file.name,
            bytes: file.bytes,
        })
    });
    Ok(Posted { form, values, file })
}

/// `POST /community/library/new`.
pub async fn post_library_item(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let lang = crate::i18n::of_headers(&parts.headers);
    let back = |values: Vec<(String, String)>, error: AppError| {
        let mut values = values;
        values.push((crate::ui::BACK.into(), ADD.into()));
        let status = error.status();
        let form = PostedForm {
            action: ADD.into(),
            values,
            error,
        };
        crate::server::forms::render_back(state.clone(), parts.clone(), form, status)
    };
    let Some(caller) = caller else {
        return back(Vec::new(), AppError::Unauthenticated).await;
    };
    let multipart =
        match Multipart::from_request(Request::from_parts(parts.clone(), body), &state).await {
            Ok(m) => m,
            Err(e) => return (StatusCode::BAD_REQUEST, e.body_text()).into_response(),
        };
    let posted = match read(multipart).await {
        Ok(p) => p,
        Err(detail) => {
            let m = Message::key("error-library-upload-broken", &[("detail", detail.into())]);
            let error = crate::server::ServiceError::field("file", m).answer(lang);
            return back(Vec::new(), error).await;
        }
    };
    let result = match posted.file {
        // A refused file is reported with every other problem in the form.
        Some(Err(m)) => Err(match posted.form.validate(true) {
            Ok(_) => crate::server::ServiceError::field("file", m),
            Err(mut errors) => {
                errors.add("file", m);
                crate::server::ServiceError::Validation(errors)
            }
        }),
        upload => {
            service::add(
                &state.db,
                &caller,
                &posted.form,
                upload.and_then(Result::ok),
                jiff::Timestamp::now(),
            )
            .await
        }
    };
    match result {
        Ok(id) => Redirect::to(&format!("/community/library/{id}?added=1")).into_response(),
        Err(e) => back(posted.values, e.answer(lang)).await,
    }
}

/// `GET /community/library/{id}/file`: images and PDFs open in the browser (in a sandbox),
/// Word documents download; never cached.
pub async fn library_file(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Caller(caller): Caller,
) -> Response {
    match service::file(&state.db, &caller, id).await {
        Ok((kind, name, bytes)) => {
            let stem: String = name
                .rsplit_once('.')
                .map_or(name.as_str(), |(s, _)| s)
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || matches!(c, '-' | '_') {
                        c
                    } else {
                        '_'
                    }
                })
                .take(80)
                .collect();
            let disposition = format!(
                "{}; filename=\"{stem}.{}\"",
                if kind == shared::library::FileKind::Docx {
                    "attachment"
                } else {
                    "inline"
                },
                kind.extension()
            );
            let mut response = (StatusCode::OK, bytes).into_response();
            let h = response.headers_mut();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(kind.content_type()),
            );
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
            h.insert(
                "x-content-type-options",
                HeaderValue::from_static("nosniff"),
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
