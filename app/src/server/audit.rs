//! The audit log: who read or changed a confidential record or a programme setting, and when.

use crate::entities::audit_log;
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

/// Records one line (`by` is none for the server's own checks), inside the caller's transaction.
pub async fn record(
    db: &impl ConnectionTrait,
    by: Option<i64>,
    action: &str,
    subject: String,
    now: Timestamp,
) -> Result<(), ServiceError> {
    audit_log::ActiveModel {
        person_id: Set(by),
        action: Set(action.into()),
        subject: Set(subject),
        at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
