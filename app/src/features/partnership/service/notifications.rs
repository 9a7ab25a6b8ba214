//! In-app notifications: a person is told when the other member or the programme team changes
//! something.

use super::*;

/// Adds an in-app notification.
pub async fn notify(
    db: &impl ConnectionTrait,
    person_id: i64,
    body: &str,
    link: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    notification::ActiveModel {
        person_id: Set(person_id),
        body: Set(body.to_owned()),
        link: Set(link.to_owned()),
        created_at: Set(now.as_millisecond()),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The caller's unread notifications, newest first.
pub async fn unread_notifications(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<Vec<shared::partnership::NotificationView>, ServiceError> {
    Ok(notification::Entity::find()
        .filter(notification::Column::PersonId.eq(caller.id))
        .filter(notification::Column::ReadAt.is_null())
        .order_by_desc(notification::Column::Id)
        .limit(20)
        .all(db)
        .await?
        .into_iter()
        .map(|n| shared::partnership::NotificationView {
            id: n.id,
            body: n.body,
            link: n.link,
            at_local: local(n.created_at, caller),
        })
        .collect())
}

/// Marks one of the caller's notifications read.
pub async fn dismiss_notification(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let done = notification::Entity::update_many()
        .col_expr(
            notification::Column::ReadAt,
            sea_orm::sea_query::Expr::value(now.as_millisecond()),
        )
        .filter(notification::Column::Id.eq(id))
        .filter(notification::Column::PersonId.eq(caller.id))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}

/// Tells the other member of the pair.
pub(super) async fn tell_other(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    side: Side,
    body: &str,
    link: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let other = match side {
        Side::Coach => p.partner_id,
        Side::Partner => p.coach_id,
    };
    notify(db, other, body, link, now).await
}
