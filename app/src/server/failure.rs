//! `ServiceError`: what went wrong inside a use case, and its one conversion to `AppError`.

use crate::error::AppError;
use sea_orm::{DbErr, SqlErr};
use shared::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("invalid input")]
    Validation(FieldErrors),
    #[error("not signed in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The request clashes with what is stored; the message says why, in any language.
    #[error("conflict: {0}")]
    Conflict(shared::errors::Message),
    #[error("rate limited")]
    RateLimited(shared::errors::Message),
    #[error("database: {0}")]
    Db(#[from] DbErr),
    #[error("internal: {0}")]
    Internal(String),
}

impl ServiceError {
    pub fn field(field: &str, message: impl Into<shared::errors::Message>) -> Self {
        ServiceError::Validation(FieldErrors::single(field, message))
    }
}

/// A value as JSON for a text column; a failure is an internal error.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, ServiceError> {
    serde_json::to_string(value).map_err(|e| ServiceError::Internal(e.to_string()))
}

/// `Forbidden` unless the caller is on the programme team (the chair or a team member).
pub fn require_team(caller: &shared::account::CurrentUser) -> Result<(), ServiceError> {
    if caller.on_team() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// `Forbidden` unless the caller has the role.
pub fn require_role(
    caller: &shared::account::CurrentUser,
    role: shared::Role,
) -> Result<(), ServiceError> {
    if caller.has(role) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

impl From<FieldErrors> for ServiceError {
    fn from(errors: FieldErrors) -> Self {
        ServiceError::Validation(errors)
    }
}

impl From<ServiceError> for AppError {
    /// In the reader's language (the current request's, else English).
    fn from(error: ServiceError) -> Self {
        error.answer(crate::i18n::lang())
    }
}

impl ServiceError {
    /// What the caller is told, in `lang`: internals are logged here and hidden.
    pub fn answer(self, lang: shared::i18n::Lang) -> AppError {
        let said = |mut m: shared::errors::Message| {
            m.localize(lang);
            m.text().to_owned()
        };
        match self {
            ServiceError::Validation(mut errors) => {
                errors.localize(lang);
                AppError::Validation(errors)
            }
            ServiceError::Unauthenticated => AppError::Unauthenticated,
            ServiceError::Forbidden => AppError::Forbidden,
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::Conflict(m) => AppError::Conflict(said(m)),
            ServiceError::RateLimited(m) => AppError::RateLimited(said(m)),
            ServiceError::Db(db) => match db.sql_err() {
                Some(SqlErr::UniqueConstraintViolation(_)) => {
                    AppError::Conflict(shared::i18n::t(lang, "error-exists"))
                }
                Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
                    AppError::Conflict(shared::i18n::t(lang, "error-gone"))
                }
                _ => {
                    tracing::error!(error = %db, "database error");
                    AppError::Internal
                }
            },
            ServiceError::Internal(m) => {
                tracing::error!(error = %m, "internal error");
                AppError::Internal
            }
        }
    }
}
