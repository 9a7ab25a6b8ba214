//! The audit log: who read or changed a confidential record or a programme setting, and when.

use crate::entities::audit_log;
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

/// The longest action and subject kept (the columns' lengths); longer ones are cut, never
/// refused: the change being audited must not fail for its log line.
const ACTION: usize = 64;
const SUBJECT: usize = 400;

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
        action: Set(action.chars().take(ACTION).collect()),
        subject: Set(subject.chars().take(SUBJECT).collect()),
        at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
