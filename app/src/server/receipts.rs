//! Once per request key: a creating form carries a key the page made for it; the service looks
//! the key up inside its write transaction and, if this person already sent it, answers with
//! what the first request created instead of creating it again. The receipt is written in the
//! same transaction as the change, so both land or neither does.

use crate::entities::request_receipt;
use crate::server::ServiceError;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

/// The form's key, checked: 16 to 64 letters, digits, `-` or `_`.
pub fn key(raw: &str) -> Result<&str, ServiceError> {
    let key = raw.trim();
    let ok = (16..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(key)
    } else {
        Err(ServiceError::Conflict(shared::errors::Message::key(
            "form-out-of-date-send",
            &[],
        )))
    }
}

/// What the first request with this key created, if this person sent it before.
pub async fn seen(
    txn: &impl ConnectionTrait,
    person_id: i64,
    key: &str,
) -> Result<Option<i64>, ServiceError> {
    Ok(request_receipt::Entity::find()
        .filter(request_receipt::Column::PersonId.eq(person_id))
        .filter(request_receipt::Column::RequestKey.eq(key))
        .one(txn)
        .await?
        .map(|r| r.result_id))
}

/// Records that the request with this key created `result_id` (inside the same transaction).
pub async fn keep(
    txn: &impl ConnectionTrait,
    person_id: i64,
    key: &str,
    result_id: i64,
    now: jiff::Timestamp,
) -> Result<(), ServiceError> {
    request_receipt::ActiveModel {
        person_id: Set(person_id),
        request_key: Set(key.to_owned()),
        result_id: Set(result_id),
        created_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn keys_are_checked() {
        assert!(key("0123456789abcdef").is_ok());
        assert!(key(&"a".repeat(64)).is_ok());
        for bad in [
            "",
            "short",
            &"a".repeat(65),
            "0123456789abcdef'--",
            "0123456789 abcdef",
        ] {
            assert!(key(bad).is_err(), "{bad:?}");
        }
    }
}
