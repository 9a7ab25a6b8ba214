//! The chair's outbox: every message with its status, filters, and retrying a failed one.

use crate::entities::outbox;
use crate::server::ServiceError;
use crate::server::failure::require_role;
use jiff::Timestamp;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::mail::{MailKind, MailStatus, Outbox, OutboxMessage};

/// Messages the outbox page shows at most (the newest).
pub const SHOWN: u64 = 50;

/// The last 50 messages (of one status, if asked), newest first, and counts per status.
/// Messages carrying a private link were stored without it.
pub async fn outbox(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    filter: Option<MailStatus>,
    sending: bool,
) -> Result<Outbox, ServiceError> {
    require_role(caller, Role::Chair)?;
    let zone = jiff::tz::TimeZone::get(&caller.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let local = |ms: i64| shared::time::format_local(shared::time::from_millis(ms), &zone);
    let mut counts = Vec::new();
    for status in MailStatus::ALL {
        let n = outbox::Entity::find()
            .filter(outbox::Column::Status.eq(status.code()))
            .count(db)
            .await?;
        counts.push((status, n));
    }
    let mut query = outbox::Entity::find();
    if let Some(status) = filter {
        query = query.filter(outbox::Column::Status.eq(status.code()));
    }
    let messages = query
        .order_by_desc(outbox::Column::Id)
        .limit(SHOWN)
        .all(db)
        .await?
        .into_iter()
        .map(|m| {
            let status = MailStatus::from_code(&m.status).unwrap_or(MailStatus::Held);
            OutboxMessage {
                id: m.id,
                to_email: m.to_email,
                subject: m.subject,
                body: m.body,
                kind: MailKind::from_code(&m.kind).unwrap_or(MailKind::Account),
                status,
                attempts: m.attempts,
                last_error: m.last_error,
                created_at_local: local(m.created_at),
                sent_at_local: m.sent_at.map(local),
                next_attempt_local: (status == MailStatus::Queued && m.attempts > 0)
                    .then(|| local(m.next_attempt_at)),
                has_calendar: m.ics.is_some(),
            }
        })
        .collect();
    Ok(Outbox {
        sending,
        counts,
        filter,
        messages,
    })
}

/// Queues a failed message again, to be tried at once.
pub async fn retry(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Chair)?;
    let done = outbox::Entity::update_many()
        .col_expr(
            outbox::Column::Status,
            Expr::value(MailStatus::Queued.code()),
        )
        .col_expr(
            outbox::Column::NextAttemptAt,
            Expr::value(now.as_millisecond()),
        )
        .col_expr(outbox::Column::Attempts, Expr::value(0))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::Status.eq(MailStatus::Failed.code()))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "outbox-retry-failed-only",
            &[],
        )));
    }
    Ok(())
}

/// The messages not sent yet, oldest first, rendered in full with absolute links (private
/// links included): what `tandem outbox` prints for whoever runs a server without SMTP.
pub async fn unsent_in_full(
    db: &impl ConnectionTrait,
    public_url: &str,
    limit: u64,
) -> Result<Vec<String>, ServiceError> {
    let rows = outbox::Entity::find()
        .filter(
            outbox::Column::Status.is_in([MailStatus::Queued.code(), MailStatus::Failed.code()]),
        )
        .order_by_desc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .rev()
        .map(|m| {
            let text = m
                .letter
                .as_deref()
                .and_then(|json| serde_json::from_str::<super::Letter>(json).ok())
                .map(|letter| super::render(&letter, public_url, None).text)
                .unwrap_or(m.body);
            format!("To: {}\nSubject: {}\n\n{text}", m.to_email, m.subject)
        })
        .collect())
}
