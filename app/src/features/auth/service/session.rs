//! Sessions: who is behind a cookie, signing in (throttled) and out.

use super::{ms, ms_after, verify_password};
use crate::entities::{auth_session, person, person_role};
use crate::features::auth::throttle::Throttle;
use crate::features::auth::tokens::{self, DUMMY_HASH};
use crate::server::{AuthSettings, ServiceError};
use jiff::Timestamp;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use shared::Role;
use shared::account::{CurrentUser, SignIn};
use shared::errors::Message;

/// Loads a person with their roles as the `CurrentUser` pages see.
pub async fn load_user(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<CurrentUser, ServiceError> {
    let p = person::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let roles = roles_of(db, person_id).await?;
    Ok(to_user(p, roles))
}

pub(super) async fn roles_of(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Vec<Role>, ServiceError> {
    let mut roles: Vec<Role> = person_role::Entity::find()
        .filter(person_role::Column::PersonId.eq(person_id))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|r| r.role.parse().ok())
        .collect();
    roles.sort();
    Ok(roles)
}

pub(super) fn to_user(p: person::Model, roles: Vec<Role>) -> CurrentUser {
    CurrentUser {
        id: p.id,
        email: p.email,
        display_name: p.display_name,
        time_zone: p.time_zone,
        languages: serde_json::from_str(&p.languages).unwrap_or_default(),
        roles,
        working_hours: shared::matching::WorkingHours {
            start: p.work_start_min.clamp(0, 24 * 60) as u16,
            end: p.work_end_min.clamp(0, 24 * 60) as u16,
        },
    }
}

/// The person behind a session token, if the session is alive. Ends idle or expired sessions
/// and records activity (at most once a minute).
pub async fn resolve_session(
    db: &impl ConnectionTrait,
    settings: &AuthSettings,
    token: &str,
    now: Timestamp,
) -> Result<Option<CurrentUser>, ServiceError> {
    let hash = tokens::token_hash(token);
    let Some(session) = auth_session::Entity::find()
        .filter(auth_session::Column::TokenHash.eq(hash))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let now_ms = ms(now);
    let idle_ms = i64::try_from(settings.idle_timeout.as_millis()).unwrap_or(i64::MAX);
    if now_ms >= session.expires_at || now_ms.saturating_sub(session.last_seen_at) >= idle_ms {
        auth_session::Entity::delete_by_id(session.id)
            .exec(db)
            .await?;
        return Ok(None);
    }
    if now_ms - session.last_seen_at > 60_000 {
        auth_session::Entity::update_many()
            .col_expr(auth_session::Column::LastSeenAt, Expr::value(now_ms))
            .filter(auth_session::Column::Id.eq(session.id))
            .exec(db)
            .await?;
    }
    let p = person::Entity::find_by_id(session.person_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if p.closed_at.is_some() {
        // A closed account's sessions were ended; none can come back.
        return Ok(None);
    }
    let roles = roles_of(db, p.id).await?;
    Ok(Some(to_user(p, roles)))
}

/// Starts a session for a person and returns its token (only its hash is stored).
pub async fn start_session(
    db: &impl ConnectionTrait,
    person_id: i64,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let token = tokens::new_token();
    auth_session::ActiveModel {
        token_hash: Set(tokens::token_hash(&token)),
        person_id: Set(person_id),
        created_at: Set(ms(now)),
        last_seen_at: Set(ms(now)),
        expires_at: Set(ms_after(now, settings.absolute_lifetime)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// Signs a person in: throttled per client address and per account.
pub async fn sign_in(
    db: &DatabaseConnection,
    throttle: &Throttle,
    settings: &AuthSettings,
    client_ip: &str,
    request: SignIn,
    now: Timestamp,
) -> Result<(CurrentUser, String), ServiceError> {
    let keys = [
        format!("ip:{client_ip}"),
        format!("account:{}", request.email),
    ];
    if throttle.is_blocked(&keys, ms(now), settings.sign_in_limit) {
        return Err(ServiceError::RateLimited(Message::key(
            "error-sign-in-throttled",
            &[],
        )));
    }
    let found = person::Entity::find()
        .filter(person::Column::Email.eq(request.email.as_str()))
        .one(db)
        .await?;
    let stored = found.as_ref().and_then(|p| p.password_hash.clone());
    let matches = verify_password(
        request.password,
        stored.clone().unwrap_or_else(|| DUMMY_HASH.to_owned()),
    )
    .await?;
    match found {
        Some(p) if matches && stored.is_some() && p.closed_at.is_some() => {
            Err(ServiceError::field(
                "password",
                shared::errors::Message::key("error-sign-in-closed", &[]),
            ))
        }
        Some(p) if matches && stored.is_some() => {
            let token = start_session(db, p.id, settings, now).await?;
            Ok((load_user(db, p.id).await?, token))
        }
        _ => {
            throttle.record_failure(&keys, ms(now));
            Err(ServiceError::field(
                "password",
                shared::errors::Message::key("error-sign-in-wrong", &[]),
            ))
        }
    }
}

/// Ends the session behind a token.
pub async fn sign_out(db: &impl ConnectionTrait, token: &str) -> Result<(), ServiceError> {
    auth_session::Entity::delete_many()
        .filter(auth_session::Column::TokenHash.eq(tokens::token_hash(token)))
        .exec(db)
        .await?;
    Ok(())
}
