//! How server functions answer over HTTP, whoever calls them.
//!
//! - Every error's status comes from the `AppError` in its body (server functions answer 500
//!   for any error otherwise): a request whose arguments cannot be read is a 400, a body over
//!   [`MAX_BODY`] a 413, and only a real failure inside is a 5xx (logged as one).
//! - A plain HTML form post (JavaScript off, or a form outside an island) that fails is answered
//!   with the page it came from rendered again, with the error's status, what the person typed
//!   (never passwords) and each error next to its field (`ui::PostedForm`). Nothing typed and
//!   no error travels in a URL. Success redirects with 303 (See Other).
//!
//! Leptos routes each server function itself; [`layer`] wraps them all.

use crate::error::AppError;
use crate::server::AppState;
use crate::server::context::is_plain_form;
use crate::shell;
use crate::ui::PostedForm;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_LENGTH, CONTENT_TYPE, LOCATION, REFERER};
use http::request::Parts;
use http::{HeaderValue, Method, StatusCode};
use leptos::prelude::provide_context;
use server_fn::error::SERVER_FN_ERROR_HEADER;

/// The largest body a server function reads. Tandem's longest text (a journal entry, a
/// statement) is far below it; files go to the multipart routes, which have their own limit.
pub const MAX_BODY: usize = 256 * 1024;

/// Around every `/api/` request (the server functions Leptos routes): reads the body within
/// [`MAX_BODY`], runs the function and answers as described in the module comment.
pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let declared = parts
        .headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return too_large();
    }
    let bytes = match read_limited(body).await {
        Ok(bytes) => bytes,
        Err(status) if status == StatusCode::PAYLOAD_TOO_LARGE => return too_large(),
        Err(status) => return (status, "The request did not arrive whole.").into_response(),
    };
    let plain = parts.method == Method::POST && is_plain_form(&parts);
    let posted = if plain {
        typed_values(&bytes)
    } else {
        Vec::new()
    };
    let response = next
        .run(Request::from_parts(parts.clone(), Body::from(bytes)))
        .await;

    if !response.headers().contains_key(SERVER_FN_ERROR_HEADER) {
        if plain && response.status() == StatusCode::FOUND {
            let (mut head, body) = response.into_parts();
            head.status = StatusCode::SEE_OTHER;
            // Server functions go back to the `Referer` by default; after a form came back
            // for changes that is the function's own URL: go to the form's page instead.
            let to_api = head
                .headers
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<http::Uri>().ok())
                .is_some_and(|u| u.path().starts_with("/api/"));
            if to_api {
                let page = back_page(&parts, &posted).unwrap_or_else(|| "/home".to_owned());
                if let Ok(v) = HeaderValue::from_str(&page) {
                    head.headers.insert(LOCATION, v);
                }
            }
            return Response::from_parts(head, body);
        }
        return response;
    }

    let (mut head, body) = response.into_parts();
    let body = axum::body::to_bytes(body, 64 * 1024)
        .await
        .unwrap_or_default();
    let error = serde_json::from_slice::<AppError>(&body).unwrap_or(AppError::Internal);
    let status = error.status();
    if status.is_server_error() {
        tracing::error!(path = %parts.uri.path(), %status, "server function failed");
    }
    if plain {
        let form = PostedForm {
            action: parts.uri.path().to_owned(),
            values: posted,
            error,
        };
        return render_back(state, parts, form, status).await;
    }
    head.status = status;
    head.headers.remove(LOCATION);
    Response::from_parts(head, Body::from(body))
}

async fn read_limited(body: Body) -> Result<Bytes, StatusCode> {
    use http_body_util::{BodyExt, LengthLimitError, Limited};
    match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => {
            Err(StatusCode::PAYLOAD_TOO_LARGE)
        }
        Err(_) => Err(StatusCode::BAD_REQUEST),
    }
}

fn too_large() -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        [(CONTENT_TYPE, "text/plain; charset=utf-8")],
        "This is more than Tandem accepts in one form. Shorten the text and send it again.",
    )
        .into_response()
}

/// The fields of a URL-encoded form, named as the page's `kept` reads them, without
/// passwords. A body that cannot be read gives nothing (the server function says why).
fn typed_values(body: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| {
            let key = k
                .strip_prefix("form[")
                .and_then(|k| k.strip_suffix(']'))
                .map(str::to_owned)
                .unwrap_or(k);
            (key, v)
        })
        .filter(|(k, _)| !k.contains("password"))
        .collect()
}

/// The failed form's page again (the `Referer`, a path on this site), with the error's status.
/// The page a plain form was sent from: the one it names (`ui::BackTo`), else the `Referer`;
/// a path on this site that is not a server function.
fn back_page(parts: &Parts, posted: &[(String, String)]) -> Option<String> {
    let named = posted
        .iter()
        .find(|(k, _)| k == crate::ui::BACK)
        .map(|(_, v)| v.clone());
    let referer = || {
        parts
            .headers
            .get(REFERER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<http::Uri>().ok())
            .and_then(|uri| uri.path_and_query().map(|pq| pq.as_str().to_owned()))
    };
    named.or_else(referer).filter(|pq| {
        pq.starts_with('/')
            && !pq.starts_with("//")
            && !pq.starts_with("/api/")
            && !pq.contains('\\')
            && !pq.chars().any(char::is_control)
    })
}

pub(crate) async fn render_back(
    state: AppState,
    parts: Parts,
    form: PostedForm,
    status: StatusCode,
) -> Response {
    let back = back_page(&parts, &form.values);
    let Some(back) = back else {
        return bare_error(&form.error, status);
    };
    if form.error == AppError::Unauthenticated {
        // Said on the sign-in page: what was sent is not saved (it is not carried along).
        let to = format!(
            "/sign-in?next={}&unsaved=1",
            shared::validate::url_encode(&back)
        );
        return (StatusCode::SEE_OTHER, [(LOCATION, to)]).into_response();
    }
    let Ok(uri) = back.parse::<http::Uri>() else {
        return bare_error(&form.error, status);
    };
    let options = state.leptos_options.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(form.clone());
        },
        move || shell(options.clone()),
    );
    let mut head = parts;
    head.method = Method::GET;
    head.uri = uri;
    head.headers.remove(CONTENT_LENGTH);
    head.headers.remove(CONTENT_TYPE);
    let mut response = handler(Request::from_parts(head, Body::empty()))
        .await
        .into_response();
    // A page that itself answers otherwise (gone: 404) keeps its own status.
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

/// Without a page to go back to: the message, and a way on.
fn bare_error(error: &AppError, status: StatusCode) -> Response {
    let message = crate::ui::escape_text(&error.to_string());
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>There is a problem · Tandem</title>\
         <link rel=\"stylesheet\" href=\"/pkg/tandem.css\"></head><body><main class=\"container\">\
         <h1>There is a problem</h1><p>{message}</p><p>Go back, check the form and send it again.</p>\
         <p><a href=\"/home\">Go to your home page</a></p></main></body></html>"
    );
    let mut response = (status, html).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

/// `/api/...` naming no server function.
pub async fn unknown_function() -> Response {
    let body = serde_json::to_string(&AppError::NotFound).unwrap_or_default();
    (
        StatusCode::NOT_FOUND,
        [(CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::typed_values;

    #[test]
    fn typed_values_drop_passwords_and_unwrap_field_names() {
        let v = typed_values(
            b"form[email]=a%40b.test&form[password]=secret&form[new_password]=x&next=%2Fhome",
        );
        assert_eq!(
            v,
            vec![
                ("email".to_owned(), "a@b.test".to_owned()),
                ("next".to_owned(), "/home".to_owned())
            ]
        );
    }

    #[test]
    fn a_plain_field_keeps_its_name() {
        assert_eq!(
            typed_values(b"kind=note&form[body]=%3C%2Ftextarea%3E"),
            vec![
                ("kind".to_owned(), "note".to_owned()),
                ("body".to_owned(), "</textarea>".to_owned())
            ]
        );
    }
}
