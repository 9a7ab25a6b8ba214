//! `AppError`: what a page can act on, carried across the wire from server functions.
//! On the server, `ServiceError` is richer; converting it is the one place where internals are
//! logged and hidden.

use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};
use shared::FieldErrors;
use std::fmt;

/// The field key for messages about the whole form rather than one field.
pub const FORM: &str = "_form";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// Some fields are wrong; each message says how to fix it.
    Validation(FieldErrors),
    /// Not signed in (or the session ended).
    Unauthenticated,
    /// Signed in, but this is not theirs to see or do.
    Forbidden,
    NotFound,
    /// The request clashes with what is stored (a duplicate, a used link).
    Conflict(String),
    /// Too many attempts; try again later.
    RateLimited(String),
    /// The request could not be read (missing, malformed or mistyped arguments).
    BadRequest,
    /// Something failed inside; details are in the server log only.
    Internal,
    /// The browser could not reach the server or read its answer.
    Network(String),
}

impl AppError {
    pub fn field(field: &str, message: impl Into<shared::errors::Message>) -> Self {
        AppError::Validation(FieldErrors::single(field, message))
    }

    /// The HTTP status that matches the variant.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            AppError::Validation(_) => S::UNPROCESSABLE_ENTITY,
            AppError::Unauthenticated => S::UNAUTHORIZED,
            AppError::Forbidden => S::FORBIDDEN,
            AppError::NotFound => S::NOT_FOUND,
            AppError::Conflict(_) => S::CONFLICT,
            AppError::RateLimited(_) => S::TOO_MANY_REQUESTS,
            AppError::BadRequest => S::BAD_REQUEST,
            AppError::Internal => S::INTERNAL_SERVER_ERROR,
            AppError::Network(_) => S::SERVICE_UNAVAILABLE,
        }
    }

    /// Messages per field; errors that are not about fields land on [`FORM`].
    pub fn field_errors(&self) -> FieldErrors {
        match self {
            AppError::Validation(errors) => errors.clone(),
            other => FieldErrors::single(FORM, other.said()),
        }
    }

    /// What the reader is told, in the page's language (`Display` is the English, for logs
    /// and plain-text answers). Conflicts and limits arrive already in the caller's language.
    pub fn said(&self) -> String {
        self.said_in(crate::i18n::lang())
    }

    /// [`AppError::said`] in a given language (where no page gives one).
    pub fn said_in(&self, lang: shared::i18n::Lang) -> String {
        let key = match self {
            AppError::Validation(errors) => {
                return match errors.summary().first() {
                    Some((_, message)) => message.to_string(),
                    None => shared::i18n::t(lang, "app-error-validation"),
                };
            }
            AppError::Conflict(m) | AppError::RateLimited(m) => return m.clone(),
            AppError::Unauthenticated => "app-error-unauthenticated",
            AppError::Forbidden => "app-error-forbidden",
            AppError::NotFound => "app-error-not-found",
            AppError::BadRequest => "app-error-bad-request",
            AppError::Internal => "app-error-internal",
            AppError::Network(_) => "app-error-network",
        };
        shared::i18n::t(lang, key)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Validation(errors) => match errors.summary().first() {
                Some((_, message)) => f.write_str(message),
                None => f.write_str("Some answers need changing"),
            },
            AppError::Unauthenticated => f.write_str("Please sign in to continue."),
            AppError::Forbidden => f.write_str("This page is not available to your account."),
            AppError::NotFound => f.write_str("We could not find that page."),
            AppError::Conflict(m) | AppError::RateLimited(m) => f.write_str(m),
            AppError::BadRequest => {
                f.write_str("The form could not be read. Reload the page and try again.")
            }
            AppError::Internal => {
                f.write_str("Something went wrong on our side. Nothing was saved; please try again.")
            }
            AppError::Network(_) => f.write_str(
                "Tandem could not be reached. Check your connection and try again; nothing was lost.",
            ),
        }
    }
}

impl std::error::Error for AppError {}

/// A plain handler's failure (files, exports, calendar feeds): its status and its message, as
/// plain text. Server functions answer through `server::forms` instead.
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        if self.status().is_server_error() {
            tracing::error!(error = ?self, "a request failed inside");
        }
        (
            self.status(),
            [(http::header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            self.to_string(),
        )
            .into_response()
    }
}

impl From<FieldErrors> for AppError {
    fn from(errors: FieldErrors) -> Self {
        AppError::Validation(errors)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(m) | ServerFnErrorErr::Response(m) => AppError::Network(m),
            // Arguments that cannot be read are the caller's fault: 400, never 500.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::BadRequest,
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_match_variants() {
        assert_eq!(AppError::field("email", "x").status().as_u16(), 422);
        assert_eq!(AppError::Forbidden.status().as_u16(), 403);
        assert_eq!(AppError::RateLimited("wait".into()).status().as_u16(), 429);
        assert_eq!(AppError::BadRequest.status().as_u16(), 400);
    }

    #[test]
    fn unreadable_arguments_are_the_callers_fault() {
        for e in [
            ServerFnErrorErr::Args("id: invalid digit".into()),
            ServerFnErrorErr::MissingArg("form[password]".into()),
            ServerFnErrorErr::Deserialization("EOF".into()),
        ] {
            assert_eq!(AppError::from_server_fn_error(e).status().as_u16(), 400);
        }
        assert_eq!(
            AppError::from_server_fn_error(ServerFnErrorErr::ServerError("x".into())).status(),
            500
        );
    }

    #[test]
    fn non_field_errors_land_on_the_form() {
        let errors = AppError::Conflict("Already used".into()).field_errors();
        assert_eq!(errors.first(FORM), Some("Already used"));
    }

    #[test]
    fn round_trips_through_json() {
        let e = AppError::field("email", "Enter your email address");
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<AppError>(&json).unwrap(), e);
    }
}
