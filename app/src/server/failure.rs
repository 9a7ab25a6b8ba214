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
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("rate limited")]
    RateLimited(String),
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
    fn from(error: ServiceError) -> Self {
        match error {
            ServiceError::Validation(mut errors) => {
                // In the reader's language before they leave (a request's, else English).
                errors.localize(crate::i18n::lang());
                AppError::Validation(errors)
            }
            ServiceError::Unauthenticated => AppError::Unauthenticated,
            ServiceError::Forbidden => AppError::Forbidden,
            ServiceError::NotFound => AppError::NotFound,
            ServiceError::Conflict(m) => AppError::Conflict(m),
            ServiceError::RateLimited(m) => AppError::RateLimited(m),
            ServiceError::Db(db) => match db.sql_err() {
                Some(SqlErr::UniqueConstraintViolation(_)) => {
                    AppError::Conflict("That already exists; reload the page to see it.".into())
                }
                Some(SqlErr::ForeignKeyConstraintViolation(_)) => {
                    AppError::Conflict("That refers to something that no longer exists.".into())
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
