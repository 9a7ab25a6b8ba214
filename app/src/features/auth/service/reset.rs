//! "Forgot your password": a single-use link, valid for an hour, stored as a hash and mailed to
//! the address. The answer on screen is the same whether or not the address has an account;
//! requests are throttled per address and per client, and a flood gets 429 and sends nothing.

use super::session::{load_user, start_session};
use super::{hash_password, ms};
use crate::entities::{auth_session, password_reset, person};
use crate::features::auth::throttle::Throttle;
use crate::features::auth::tokens;
use crate::features::mail::service::{Action, Letter, Outgoing, queue};
use crate::server::{AuthSettings, ServiceError};
use jiff::Timestamp;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use shared::account::CurrentUser;
use shared::mail::MailKind;

/// How long a reset link works.
pub const RESET_TTL_MS: i64 = 60 * 60 * 1000;
/// Reset requests per minute for one address.
pub const PER_ADDRESS: usize = 3;
/// Reset requests per minute from one client.
pub const PER_CLIENT: usize = 10;

/// Records a reset request and, when the address has an account, queues its link. The same
/// `Ok(())` either way; `RateLimited` once the address or the client asked too often.
pub async fn request_reset(
    db: &DatabaseConnection,
    throttle: &Throttle,
    client: &str,
    email: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let limits = [
        (format!("reset:{email}"), PER_ADDRESS),
        (format!("reset-client:{client}"), PER_CLIENT),
    ];
    if !throttle.try_take(&limits, ms(now)) {
        return Err(ServiceError::RateLimited(shared::errors::Message::key(
            "reset-throttled",
            &[],
        )));
    }
    let Some(who) = person::Entity::find()
        .filter(person::Column::Email.eq(email))
        .filter(person::Column::ClosedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let token = tokens::new_token();
    let lang = shared::i18n::Lang::from_code(&who.language).unwrap_or_default();
    let t = |key: &str| shared::i18n::t(lang, key);
    let txn = crate::server::db::begin_write(db).await?;
    password_reset::ActiveModel {
        person_id: Set(who.id),
        token_hash: Set(tokens::token_hash(&token)),
        created_at: Set(ms(now)),
        expires_at: Set(ms(now).saturating_add(RESET_TTL_MS)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    queue(
        &txn,
        Outgoing {
            to_email: who.email.clone(),
            person_id: Some(who.id),
            kind: MailKind::Account,
            subject: t("reset-mail-subject"),
            letter: Letter {
                to_name: who.display_name.clone(),
                paragraphs: vec![t("reset-mail-1"), t("reset-mail-2")],
                action: Some(Action {
                    label: t("reset-mail-action"),
                    path: format!("/reset-password/{token}"),
                }),
                reason: t("reset-mail-reason"),
                lang,
            },
            secret: true,
            ics: None,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The reset behind a link, if it can still be used; otherwise a message saying why.
async fn usable(
    db: &impl ConnectionTrait,
    token: &str,
    now: Timestamp,
) -> Result<password_reset::Model, ServiceError> {
    let found = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(tokens::token_hash(token.trim())))
        .one(db)
        .await?
        .ok_or_else(|| {
            ServiceError::Conflict(shared::errors::Message::key("reset-link-unknown", &[]))
        })?;
    if found.used_at.is_some() {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "reset-link-used-sign-in",
            &[],
        )));
    }
    if ms(now) >= found.expires_at {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "reset-link-expired",
            &[],
        )));
    }
    Ok(found)
}

/// Whether a reset link can be used (the page asks before showing its form).
pub async fn check_reset(
    db: &impl ConnectionTrait,
    token: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    usable(db, token, now).await.map(|_| ())
}

/// Sets the new password through a reset link: marks the link used (once), signs the person
/// out everywhere, and signs this browser in. One transaction.
pub async fn reset_password(
    db: &DatabaseConnection,
    token: &str,
    password: String,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<(CurrentUser, String), ServiceError> {
    usable(db, token, now).await?;
    let hash = hash_password(password).await?;
    let txn = crate::server::db::begin_write(db).await?;
    let reset = usable(&txn, token, now).await?;
    let used = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(ms(now)))
        .filter(password_reset::Column::Id.eq(reset.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "reset-link-used",
            &[],
        )));
    }
    person::ActiveModel {
        id: Set(reset.person_id),
        password_hash: Set(Some(hash)),
        updated_at: Set(ms(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    auth_session::Entity::delete_many()
        .filter(auth_session::Column::PersonId.eq(reset.person_id))
        .exec(&txn)
        .await?;
    let session = start_session(&txn, reset.person_id, settings, now).await?;
    let user = load_user(&txn, reset.person_id).await?;
    txn.commit().await?;
    Ok((user, session))
}
