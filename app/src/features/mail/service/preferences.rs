//! What each person wants to receive, per kind, and the unsubscribe links (one token per
//! person and kind; it can only change that one setting, so it is kept as it is).

use crate::entities::mail_preference;
use crate::features::auth::tokens;
use crate::server::ServiceError;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use shared::account::CurrentUser;
use shared::mail::{Delivery, MailKind, Preference, Unsubscribe, mask_email};

/// The person's setting for `kind`, made (email each one) on first use.
pub async fn ensure(
    db: &impl ConnectionTrait,
    person_id: i64,
    kind: MailKind,
) -> Result<mail_preference::Model, ServiceError> {
    if let Some(found) = mail_preference::Entity::find_by_id((person_id, kind.code().to_owned()))
        .one(db)
        .await?
    {
        return Ok(found);
    }
    Ok(mail_preference::ActiveModel {
        person_id: Set(person_id),
        kind: Set(kind.code().to_owned()),
        mode: Set(Delivery::Immediately.code().to_owned()),
        token: Set(tokens::new_token()),
    }
    .insert(db)
    .await?)
}

/// The caller's settings for every kind they may choose.
pub async fn preferences(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<Vec<Preference>, ServiceError> {
    let rows = mail_preference::Entity::find()
        .filter(mail_preference::Column::PersonId.eq(caller.id))
        .all(db)
        .await?;
    Ok(MailKind::ALL
        .into_iter()
        .filter(|k| k.optional())
        .map(|kind| Preference {
            kind,
            delivery: rows
                .iter()
                .find(|r| r.kind == kind.code())
                .and_then(|r| Delivery::from_code(&r.mode))
                .unwrap_or(Delivery::Immediately),
        })
        .collect())
}

/// Saves the caller's settings; kinds that always go are ignored.
pub async fn save_preferences(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    choices: &[Preference],
) -> Result<(), ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    for choice in choices.iter().filter(|c| c.kind.optional()) {
        let row = ensure(&txn, caller.id, choice.kind).await?;
        if row.mode != choice.delivery.code() {
            let mut active: mail_preference::ActiveModel = row.into();
            active.mode = Set(choice.delivery.code().to_owned());
            active.update(&txn).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

async fn by_token(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<mail_preference::Model, ServiceError> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ServiceError::NotFound);
    }
    mail_preference::Entity::find()
        .filter(mail_preference::Column::Token.eq(token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// What an unsubscribe link is for.
pub async fn unsubscribe_view(
    db: &impl ConnectionTrait,
    token: &str,
) -> Result<Unsubscribe, ServiceError> {
    let row = by_token(db, token).await?;
    let email = crate::entities::person::Entity::find_by_id(row.person_id)
        .one(db)
        .await?
        .map(|p| p.email)
        .unwrap_or_default();
    Ok(Unsubscribe {
        kind: MailKind::from_code(&row.kind).unwrap_or(MailKind::Partnership),
        masked_email: mask_email(&email),
        delivery: Delivery::from_code(&row.mode).unwrap_or(Delivery::Immediately),
    })
}

/// Turns off the kind an unsubscribe link is for (or on again). Needs no sign-in: the link is
/// the proof, and it can do nothing else.
pub async fn unsubscribe(
    db: &DatabaseConnection,
    token: &str,
    delivery: Delivery,
) -> Result<Unsubscribe, ServiceError> {
    let row = by_token(db, token).await?;
    let mut active: mail_preference::ActiveModel = row.into();
    active.mode = Set(delivery.code().to_owned());
    active.update(db).await?;
    unsubscribe_view(db, token).await
}
