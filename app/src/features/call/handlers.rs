//! Plain form posts for applications (they carry a CV file, so they are multipart and work
//! without JavaScript): save or send, and withdraw. A form that needs changes is answered with
//! the page itself, holding everything typed and each error next to its field.

use super::service::{self, Upload};
use crate::error::{AppError, FORM};
use crate::server::{AppState, ServiceError};
use crate::shell;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::StatusCode;
use leptos::prelude::provide_context;
use shared::FieldErrors;
use shared::application::{ApplicationForm, ReturnedForm};

/// What a multipart application post holds.
struct Posted {
    form: ApplicationForm,
    submitting: bool,
    cohort: String,
    cv: Option<Result<Upload, shared::errors::Message>>,
}

async fn read(multipart: Multipart) -> Result<Posted, String> {
    let read = crate::server::multipart::read(multipart, "cv", "cv").await?;
    let mut posted = Posted {
        form: ApplicationForm::default(),
        submitting: false,
        cohort: String::new(),
        cv: read.file.map(|file| {
            shared::cv::recognise(&file.bytes).map(|kind| Upload {
                kind,
                file_name: file.name,
                bytes: file.bytes,
            })
        }),
    };
    for (name, value) in read.values {
        let f = &mut posted.form;
        match name.as_str() {
            "name" => f.name = value,
            "email" => f.email = value,
            "position" => f.position = value,
            "institution" => f.institution = value,
            "country" => f.country = value,
            "time_zone" => f.time_zone = value,
            "languages" => f.languages = value,
            "years_leading" => f.years_leading = value,
            "expertise" => f.expertise.push(value),
            "expertise_other" => f.expertise_other = value,
            "statement" => f.statement = value,
            "consent" => f.consent = value,
            "intent" => posted.submitting = value == "submit",
            "cohort" => posted.cohort = value,
            _ => {}
        }
    }
    Ok(posted)
}

/// `POST /apply`: a new application to the current cohort.
pub async fn post_apply(State(state): State<AppState>, req: Request) -> Response {
    save(state, None, req).await
}

/// `POST /applications/{token}`: changes through the private link.
pub async fn post_application(
    State(state): State<AppState>,
    Path(token): Path<String>,
    req: Request,
) -> Response {
    save(state, Some(token), req).await
}

async fn save(state: AppState, token: Option<String>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let multipart =
        match Multipart::from_request(Request::from_parts(parts.clone(), body), &state).await {
            Ok(m) => m,
            Err(e) => return (StatusCode::BAD_REQUEST, e.body_text()).into_response(),
        };
    let posted = match read(multipart).await {
        Ok(p) => p,
        Err(e) => {
            let mut errors = FieldErrors::single(
                "cv",
                shared::errors::Message::key(
                    "call-upload-broken",
                    &[("detail", e.to_string().into())],
                ),
            );
            errors.localize(crate::i18n::of_headers(&parts.headers));
            return returned(
                state,
                parts,
                ReturnedForm {
                    form: ApplicationForm::default(),
                    errors,
                },
            )
            .await;
        }
    };
    let (upload, cv_error) = match posted.cv {
        Some(Ok(u)) => (Some(u), None),
        Some(Err(m)) => (None, Some(m)),
        None => (None, None),
    };
    let now = jiff::Timestamp::now();
    let result = match &cv_error {
        // A refused file is reported with every other problem in the form.
        Some(m) => match posted.form.validate(posted.submitting) {
            Ok(_) => Err(ServiceError::field("cv", m.clone())),
            Err(mut errors) => {
                errors.add("cv", m.clone());
                Err(ServiceError::Validation(errors))
            }
        },
        None => {
            service::save(
                &state.db,
                service::Applying {
                    cohort_slug: &posted.cohort,
                    token: token.as_deref(),
                    lang: crate::i18n::of_headers(&parts.headers),
                },
                &posted.form,
                posted.submitting,
                upload,
                now,
            )
            .await
        }
    };
    match result {
        Ok(saved) => {
            let what = if posted.submitting {
                "submitted"
            } else {
                "draft"
            };
            Redirect::to(&format!("/applications/{}?saved={what}", saved.token)).into_response()
        }
        Err(error) => {
            // A plain handler has no page context: the request's language, from its headers.
            let lang = crate::i18n::of_headers(&parts.headers);
            let errors = match error.answer(lang) {
                AppError::Validation(errors) => errors,
                AppError::NotFound => {
                    return (
                        StatusCode::NOT_FOUND,
                        shared::i18n::t(lang, "call-link-unknown"),
                    )
                        .into_response();
                }
                other => FieldErrors::single(FORM, other.said_in(lang)),
            };
            returned(
                state,
                parts,
                ReturnedForm {
                    form: posted.form,
                    errors,
                },
            )
            .await
        }
    }
}

/// Renders the page the form came from, with what was typed and what to fix.
async fn returned(
    state: AppState,
    parts: http::request::Parts,
    returned: ReturnedForm,
) -> Response {
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(returned.clone());
        },
        move || shell(options.clone()),
    );
    let mut request = Request::from_parts(parts, axum::body::Body::empty());
    *request.method_mut() = http::Method::GET;
    let mut response = handler(request).await.into_response();
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    response
}

/// `POST /applications/{token}/withdraw`: withdraws and deletes the application.
pub async fn post_withdraw(State(state): State<AppState>, Path(token): Path<String>) -> Response {
    match service::withdraw(&state.db, &token).await {
        Ok(()) => Redirect::to("/call?withdrawn=1").into_response(),
        Err(e) => {
            let error = AppError::from(e);
            let status = error.status();
            (status, error.to_string()).into_response()
        }
    }
}
