//! Account use cases on the database: sessions, sign-in, invitations, profile, password.
//! Each takes its connection, the caller where one matters, and `shared` types.

use super::throttle::Throttle;
use super::tokens::{self, DUMMY_HASH};
use crate::entities::{auth_session, invitation, outbox, person, person_role};
use crate::server::{AuthSettings, ServiceError};
use jiff::Timestamp;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use shared::account::{
    Acceptance, CurrentUser, InvitationSent, InvitationView, NewInvitation, OutboxMessage,
    PendingInvitation, PersonSummary, ProfileChange, SignIn,
};
use shared::{FieldErrors, Role};

/// The message for a wrong email or password: it never says which was wrong.
pub const WRONG_CREDENTIALS: &str =
    "The email address or password is not right. Check both and try again.";
pub const THROTTLED: &str = "Too many sign-in attempts in the last minute. Wait a minute, then try again; if you forgot your password, ask the programme chair for a new invitation.";

fn ms(ts: Timestamp) -> i64 {
    ts.as_millisecond()
}

fn ms_after(now: Timestamp, d: std::time::Duration) -> i64 {
    ms(now).saturating_add(i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Checks that a zone exists in the time-zone database.
pub fn check_zone(zone: &str, errors: &mut FieldErrors) {
    if !zone.is_empty() && jiff::tz::TimeZone::get(zone).is_err() {
        errors.add(
            "time_zone",
            format!("We do not know the time zone \"{zone}\". Choose one from the list, like Asia/Phnom_Penh."),
        );
    }
}

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

async fn roles_of(db: &impl ConnectionTrait, person_id: i64) -> Result<Vec<Role>, ServiceError> {
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

fn to_user(p: person::Model, roles: Vec<Role>) -> CurrentUser {
    CurrentUser {
        id: p.id,
        email: p.email,
        display_name: p.display_name,
        time_zone: p.time_zone,
        languages: serde_json::from_str(&p.languages).unwrap_or_default(),
        roles,
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
    load_user(db, session.person_id).await.map(Some)
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

async fn hash_password(password: String) -> Result<String, ServiceError> {
    tokio::task::spawn_blocking(move || tokens::hash_password(&password))
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))?
        .map_err(ServiceError::Internal)
}

async fn verify_password(password: String, hash: String) -> Result<bool, ServiceError> {
    tokio::task::spawn_blocking(move || tokens::verify_password(&password, &hash))
        .await
        .map_err(|e| ServiceError::Internal(e.to_string()))
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
        return Err(ServiceError::RateLimited(THROTTLED.to_owned()));
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
        Some(p) if matches && stored.is_some() => {
            let token = start_session(db, p.id, settings, now).await?;
            Ok((load_user(db, p.id).await?, token))
        }
        _ => {
            throttle.record_failure(&keys, ms(now));
            Err(ServiceError::field("password", WRONG_CREDENTIALS))
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

fn require_chair(caller: &CurrentUser) -> Result<(), ServiceError> {
    if caller.has(Role::Chair) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Writes an invitation and its outbox message; returns the link path. Used by the chair's
/// form and by the `create-chair` command (with no inviter).
pub async fn create_invitation(
    db: &impl ConnectionTrait,
    invited_by: Option<(i64, &str)>,
    request: &NewInvitation,
    ttl: std::time::Duration,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let token = tokens::new_token();
    let expires_at = ms_after(now, ttl);
    invitation::ActiveModel {
        token_hash: Set(tokens::token_hash(&token)),
        email: Set(request.email.clone()),
        display_name: Set(request.display_name.clone()),
        role: Set(request.role.code().to_owned()),
        invited_by: Set(invited_by.map(|(id, _)| id)),
        created_at: Set(ms(now)),
        expires_at: Set(expires_at),
        accepted_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let link = format!("/invitations/{token}");
    let inviter = invited_by
        .map(|(_, name)| name)
        .unwrap_or("The programme team");
    let expires = shared::time::format_local(
        shared::time::from_millis(expires_at),
        &jiff::tz::TimeZone::UTC,
    );
    outbox::ActiveModel {
        to_email: Set(request.email.clone()),
        subject: Set(format!("You are invited to Tandem as a {}", request.role.label().to_lowercase())),
        body: Set(format!(
            "Dear {name},\n\n{inviter} invites you to join the IATUL SIG-ALICE Coaching Programme on Tandem as a {role}.\n\nOpen this link to choose your password and sign in:\n{link}\n\nThe link works once, until {expires} UTC.\n",
            name = request.display_name,
            role = request.role.label().to_lowercase(),
        )),
        created_at: Set(ms(now)),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(link)
}

/// The chair invites a person with a role.
pub async fn invite(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    request: NewInvitation,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<InvitationSent, ServiceError> {
    require_chair(caller)?;
    if person::Entity::find()
        .filter(person::Column::Email.eq(request.email.as_str()))
        .one(db)
        .await?
        .is_some()
    {
        return Err(ServiceError::field(
            "email",
            "This email address already has an account in Tandem.",
        ));
    }
    let txn = db.begin().await?;
    let link = create_invitation(
        &txn,
        Some((caller.id, caller.display_name.as_str())),
        &request,
        settings.invitation_ttl,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(InvitationSent {
        email: request.email,
        role: request.role,
        link,
    })
}

async fn find_invitation(
    db: &impl ConnectionTrait,
    token: &str,
    now: Timestamp,
) -> Result<invitation::Model, ServiceError> {
    let found = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(tokens::token_hash(token.trim())))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if found.accepted_at.is_some() {
        return Err(ServiceError::Conflict(
            "This invitation has already been used. Sign in with your email and password.".into(),
        ));
    }
    if ms(now) >= found.expires_at {
        return Err(ServiceError::Conflict(
            "This invitation has expired. Ask the programme chair to invite you again.".into(),
        ));
    }
    Ok(found)
}

/// What the invited person sees before choosing a password.
pub async fn invitation_view(
    db: &impl ConnectionTrait,
    token: &str,
    now: Timestamp,
) -> Result<InvitationView, ServiceError> {
    let inv = find_invitation(db, token, now).await?;
    let invited_by = match inv.invited_by {
        Some(id) => person::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|p| p.display_name),
        None => None,
    };
    let role: Role = inv.role.parse().map_err(ServiceError::Internal)?;
    Ok(InvitationView {
        email: inv.email,
        display_name: inv.display_name,
        role,
        invited_by: invited_by.unwrap_or_else(|| "The programme team".into()),
        suggested_time_zone: if role == Role::Partner {
            "Asia/Phnom_Penh".into()
        } else {
            String::new()
        },
        expires_at_utc: shared::time::from_millis(inv.expires_at).to_string(),
    })
}

/// Accepts an invitation: creates the account with the role, marks the link used and starts a
/// session, all in one transaction.
pub async fn accept_invitation(
    db: &DatabaseConnection,
    request: Acceptance,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<(CurrentUser, String), ServiceError> {
    let mut errors = FieldErrors::new();
    check_zone(&request.time_zone, &mut errors);
    errors.into_result(())?;
    let hash = hash_password(request.password.clone()).await?;
    let txn = db.begin().await?;
    let inv = find_invitation(&txn, &request.token, now).await?;
    let used = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(ms(now)))
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(ServiceError::Conflict(
            "This invitation has already been used.".into(),
        ));
    }
    let role: Role = inv.role.parse().map_err(ServiceError::Internal)?;
    let existing = person::Entity::find()
        .filter(person::Column::Email.eq(inv.email.as_str()))
        .one(&txn)
        .await?;
    if existing.is_some() {
        return Err(ServiceError::Conflict(
            "This email address already has an account. Sign in with it instead.".into(),
        ));
    }
    let person_id = create_person(
        &txn,
        NewPerson {
            email: &inv.email,
            display_name: &request.display_name,
            time_zone: &request.time_zone,
            languages: &request.languages,
            password_hash: Some(hash),
            roles: &[role],
            is_demo: false,
        },
        now,
    )
    .await?;
    let token = start_session(&txn, person_id, settings, now).await?;
    let user = load_user(&txn, person_id).await?;
    txn.commit().await?;
    Ok((user, token))
}

/// A person to create, with their roles.
pub struct NewPerson<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub time_zone: &'a str,
    pub languages: &'a [String],
    pub password_hash: Option<String>,
    pub roles: &'a [Role],
    pub is_demo: bool,
}

/// Inserts a person and their roles; returns the new id.
pub async fn create_person(
    db: &impl ConnectionTrait,
    new: NewPerson<'_>,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let inserted = person::ActiveModel {
        email: Set(new.email.to_lowercase()),
        display_name: Set(new.display_name.to_owned()),
        time_zone: Set(new.time_zone.to_owned()),
        languages: Set(serde_json::to_string(new.languages)
            .map_err(|e| ServiceError::Internal(e.to_string()))?),
        password_hash: Set(new.password_hash),
        is_demo: Set(new.is_demo),
        created_at: Set(ms(now)),
        updated_at: Set(ms(now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    for role in new.roles {
        person_role::ActiveModel {
            person_id: Set(inserted.id),
            role: Set(role.code().to_owned()),
        }
        .insert(db)
        .await?;
    }
    Ok(inserted.id)
}

/// Hashes a password off the async runtime (for commands that create accounts).
pub async fn password_hash_for(password: &str) -> Result<String, ServiceError> {
    hash_password(password.to_owned()).await
}

/// Updates the caller's own profile.
pub async fn update_profile(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    change: ProfileChange,
    now: Timestamp,
) -> Result<CurrentUser, ServiceError> {
    let mut errors = FieldErrors::new();
    check_zone(&change.time_zone, &mut errors);
    errors.into_result(())?;
    person::ActiveModel {
        id: Set(caller.id),
        display_name: Set(change.display_name),
        time_zone: Set(change.time_zone),
        languages: Set(serde_json::to_string(&change.languages)
            .map_err(|e| ServiceError::Internal(e.to_string()))?),
        updated_at: Set(ms(now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    load_user(db, caller.id).await
}

/// Changes the caller's password, ends every session they have and starts a new one here.
pub async fn change_password(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    current: String,
    new_password: String,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let p = person::Entity::find_by_id(caller.id)
        .one(db)
        .await?
        .ok_or(ServiceError::Unauthenticated)?;
    let stored = p
        .password_hash
        .clone()
        .unwrap_or_else(|| DUMMY_HASH.to_owned());
    if !verify_password(current, stored).await? {
        return Err(ServiceError::field(
            "current_password",
            "Your current password is not right.",
        ));
    }
    let hash = hash_password(new_password).await?;
    let txn = db.begin().await?;
    person::ActiveModel {
        id: Set(caller.id),
        password_hash: Set(Some(hash)),
        updated_at: Set(ms(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    auth_session::Entity::delete_many()
        .filter(auth_session::Column::PersonId.eq(caller.id))
        .exec(&txn)
        .await?;
    let token = start_session(&txn, caller.id, settings, now).await?;
    txn.commit().await?;
    Ok(token)
}

/// The outbox, newest first (chair only).
pub async fn outbox(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<Vec<OutboxMessage>, ServiceError> {
    require_chair(caller)?;
    Ok(outbox::Entity::find()
        .order_by_desc(outbox::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|m| OutboxMessage {
            to_email: m.to_email,
            subject: m.subject,
            body: m.body,
            created_at_utc: shared::time::from_millis(m.created_at).to_string(),
        })
        .collect())
}

/// Everyone with an account, and invitations not yet accepted (chair only). Two queries for
/// people and roles, one for invitations, whatever the numbers.
pub async fn people(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<(Vec<PersonSummary>, Vec<PendingInvitation>), ServiceError> {
    require_chair(caller)?;
    let people = person::Entity::find()
        .order_by_asc(person::Column::DisplayName)
        .all(db)
        .await?;
    let roles = person_role::Entity::find().all(db).await?;
    let summaries = people
        .into_iter()
        .map(|p| {
            let mut r: Vec<Role> = roles
                .iter()
                .filter(|x| x.person_id == p.id)
                .filter_map(|x| x.role.parse().ok())
                .collect();
            r.sort();
            PersonSummary {
                id: p.id,
                email: p.email,
                display_name: p.display_name,
                time_zone: p.time_zone,
                roles: r,
                is_demo: p.is_demo,
            }
        })
        .collect();
    let pending = invitation::Entity::find()
        .filter(invitation::Column::AcceptedAt.is_null())
        .order_by_desc(invitation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|i| PendingInvitation {
            email: i.email,
            display_name: i.display_name,
            role: i.role.parse().unwrap_or(Role::Partner),
            expires_at_utc: shared::time::from_millis(i.expires_at).to_string(),
            expired: ms(now) >= i.expires_at,
        })
        .collect();
    Ok((summaries, pending))
}
