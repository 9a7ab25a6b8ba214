//! Notifications: a person is told when the other member or the programme team changes
//! something, in Tandem and by email (as they chose for the kind), in the same transaction.

use super::*;
use crate::features::mail::service::{Action, Letter, Outgoing, queue};
use shared::mail::MailKind;

/// What a person is told.
pub struct Notice<'a> {
    pub person_id: i64,
    pub kind: MailKind,
    pub body: &'a str,
    /// Where to act, a path in Tandem.
    pub link: &'a str,
    /// The session as a calendar file (invitation, change or cancellation).
    pub ics: Option<String>,
}

/// Adds an in-app notification and queues its email.
pub async fn notify(
    db: &impl ConnectionTrait,
    person_id: i64,
    kind: MailKind,
    body: &str,
    link: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let notice = Notice {
        person_id,
        kind,
        body,
        link,
        ics: None,
    };
    tell(db, notice, now).await
}

/// The subject of a notice's email: its first sentence, shortened.
fn subject(body: &str) -> String {
    // A sentence ends with a full stop, or in Khmer with a khan (។).
    let first = body
        .split_inclusive(". ")
        .next()
        .unwrap_or(body)
        .split_inclusive("។ ")
        .next()
        .unwrap_or(body)
        .trim();
    let first = first.trim_end_matches(['.', '។']);
    let short: String = first.chars().take(90).collect();
    if short.chars().count() < first.chars().count() {
        format!("{short}…")
    } else {
        short
    }
}

/// Adds an in-app notification and queues its email, with a calendar file if it has one.
pub async fn tell(
    db: &impl ConnectionTrait,
    notice: Notice<'_>,
    now: Timestamp,
) -> Result<(), ServiceError> {
    notification::ActiveModel {
        person_id: Set(notice.person_id),
        body: Set(notice.body.to_owned()),
        link: Set(notice.link.to_owned()),
        created_at: Set(now.as_millisecond()),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let Some(to) = person::Entity::find_by_id(notice.person_id).one(db).await? else {
        return Ok(());
    };
    let lang = shared::i18n::Lang::from_code(&to.language).unwrap_or_default();
    let reason = match notice.kind {
        MailKind::Alerts => "mail-reason-alerts",
        _ => "mail-reason-partnership",
    };
    queue(
        db,
        Outgoing {
            to_email: to.email,
            person_id: Some(to.id),
            kind: notice.kind,
            subject: subject(notice.body),
            letter: Letter {
                to_name: to.display_name,
                paragraphs: vec![notice.body.to_owned()],
                action: Some(Action {
                    label: shared::i18n::t(lang, "mail-open-in-tandem"),
                    path: notice.link.to_owned(),
                }),
                reason: shared::i18n::t(lang, reason),
                lang,
            },
            secret: false,
            ics: notice.ics,
        },
        now,
    )
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

/// Marks every unread notification of the caller read; answers how many.
pub async fn dismiss_all_notifications(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<u64, ServiceError> {
    Ok(notification::Entity::update_many()
        .col_expr(
            notification::Column::ReadAt,
            sea_orm::sea_query::Expr::value(now.as_millisecond()),
        )
        .filter(notification::Column::PersonId.eq(caller.id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// [`notify`] with a keyed message, written in the recipient's language.
pub async fn notify_message(
    db: &impl ConnectionTrait,
    person_id: i64,
    kind: MailKind,
    mut body: shared::errors::Message,
    link: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let lang = person::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .and_then(|o| shared::i18n::Lang::from_code(&o.language))
        .unwrap_or_default();
    body.localize(lang);
    notify(db, person_id, kind, body.text(), link, now).await
}

/// Tells the other member of the pair, in their language.
pub(super) async fn tell_other(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    side: Side,
    body: shared::errors::Message,
    link: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let other = match side {
        Side::Coach => p.partner_id,
        Side::Partner => p.coach_id,
    };
    notify_message(db, other, MailKind::Partnership, body, link, now).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_subject_is_the_first_sentence() {
        assert_eq!(
            super::subject(
                "Dara proposed a session: Tue 1 Dec, 10:00 your time. Accept a time or decline."
            ),
            "Dara proposed a session: Tue 1 Dec, 10:00 your time"
        );
        assert!(super::subject(&"word ".repeat(40)).ends_with('…'));
    }
}
