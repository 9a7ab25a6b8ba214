//! A change of email address, confirmed at the new address: the person asks with their
//! password, a single-use link valid for a day goes to the new address, and the old address is
//! told. The address changes only when the link is used.

use super::{ms, verify_password};
use crate::entities::{email_change, person};
use crate::features::auth::tokens;
use crate::features::mail::service::{Action, Letter, Outgoing, queue};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use shared::account::CurrentUser;
use shared::mail::MailKind;

/// How long a confirmation link works.
pub const EMAIL_CHANGE_TTL_MS: i64 = 24 * 60 * 60 * 1000;

/// Asks for a change of the caller's address: checks the password, then mails a confirmation
/// link to the new address and a notice to the current one.
pub async fn request_email_change(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    new_email: &str,
    password: String,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let me = person::Entity::find_by_id(caller.id)
        .one(db)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    let hash = me.password_hash.clone().unwrap_or_default();
    if !verify_password(password, hash).await? {
        return Err(ServiceError::field(
            "password",
            shared::errors::Message::key("email-password-wrong", &[]),
        ));
    }
    if me.email == new_email {
        return Err(ServiceError::field(
            "new_email",
            shared::errors::Message::key("email-same", &[]),
        ));
    }
    let token = tokens::new_token();
    let txn = crate::server::db::begin_write(db).await?;
    email_change::ActiveModel {
        person_id: Set(me.id),
        new_email: Set(new_email.to_owned()),
        token_hash: Set(tokens::token_hash(&token)),
        created_at: Set(ms(now)),
        expires_at: Set(ms(now).saturating_add(EMAIL_CHANGE_TTL_MS)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // The person's own language, for both letters.
    let lang = shared::i18n::Lang::from_code(&me.language).unwrap_or_default();
    let t = |key: &str| shared::i18n::t(lang, key);
    let confirm = Letter {
        to_name: me.display_name.clone(),
        paragraphs: vec![t("email-change-confirm-1")],
        action: Some(Action {
            label: t("email-change-confirm-action"),
            path: format!("/confirm-email/{token}"),
        }),
        reason: t("email-change-reason"),
        lang,
    };
    queue(
        &txn,
        Outgoing {
            to_email: new_email.to_owned(),
            person_id: None,
            kind: MailKind::Account,
            subject: t("email-change-confirm-subject"),
            letter: confirm,
            secret: true,
            ics: None,
        },
        now,
    )
    .await?;
    let notice = Letter {
        to_name: me.display_name.clone(),
        paragraphs: vec![
            shared::i18n::tr(
                lang,
                "email-change-notice-1",
                &[("email", new_email.into())],
            ),
            t("email-change-notice-2"),
        ],
        action: Some(Action {
            label: t("email-change-notice-action"),
            path: "/profile".into(),
        }),
        reason: t("email-change-reason"),
        lang,
    };
    queue(
        &txn,
        Outgoing {
            to_email: me.email.clone(),
            person_id: Some(me.id),
            kind: MailKind::Account,
            subject: t("email-change-notice-subject"),
            letter: notice,
            secret: false,
            ics: None,
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn usable(
    db: &impl ConnectionTrait,
    token: &str,
    now: Timestamp,
) -> Result<email_change::Model, ServiceError> {
    let found = email_change::Entity::find()
        .filter(email_change::Column::TokenHash.eq(tokens::token_hash(token.trim())))
        .one(db)
        .await?
        .ok_or_else(|| {
            ServiceError::Conflict(shared::errors::Message::key("email-link-unknown", &[]))
        })?;
    if found.used_at.is_some() {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "email-link-used",
            &[],
        )));
    }
    if ms(now) >= found.expires_at {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "email-link-expired",
            &[],
        )));
    }
    Ok(found)
}

/// The address a confirmation link would set (the page shows it before the person confirms).
pub async fn email_change_view(
    db: &impl ConnectionTrait,
    token: &str,
    now: Timestamp,
) -> Result<String, ServiceError> {
    Ok(usable(db, token, now).await?.new_email)
}

/// Uses a confirmation link: the account takes the new address (once; not if another account
/// took it meanwhile).
pub async fn confirm_email_change(
    db: &DatabaseConnection,
    token: &str,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let change = usable(&txn, token, now).await?;
    let taken = person::Entity::find()
        .filter(person::Column::Email.eq(change.new_email.as_str()))
        .one(&txn)
        .await?
        .is_some();
    if taken {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "email-taken",
            &[],
        )));
    }
    email_change::Entity::update_many()
        .col_expr(email_change::Column::UsedAt, Expr::value(ms(now)))
        .filter(email_change::Column::Id.eq(change.id))
        .exec(&txn)
        .await?;
    person::ActiveModel {
        id: Set(change.person_id),
        email: Set(change.new_email.clone()),
        updated_at: Set(ms(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(change.new_email)
}
