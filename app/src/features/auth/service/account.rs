//! Accounts: creating people, the profile, the password, and the chair's lists.

use super::session::{load_user, start_session};
use super::{check_zone, hash_password, ms, require_chair, verify_password};
use crate::entities::{auth_session, invitation, person, person_role};
use crate::features::auth::tokens::DUMMY_HASH;
use crate::server::{AuthSettings, ServiceError};
use jiff::Timestamp;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::account::{CurrentUser, PendingInvitation, PersonSummary, ProfileChange};
use shared::{FieldErrors, Role};

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
        languages: Set(crate::server::failure::to_json(new.languages)?),
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
        languages: Set(crate::server::failure::to_json(&change.languages)?),
        work_start_min: change
            .working_hours
            .map_or(sea_orm::NotSet, |h| Set(i32::from(h.start))),
        work_end_min: change
            .working_hours
            .map_or(sea_orm::NotSet, |h| Set(i32::from(h.end))),
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
            shared::errors::Message::key("account-password-wrong", &[]),
        ));
    }
    let hash = hash_password(new_password).await?;
    let txn = crate::server::db::begin_write(db).await?;
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
                closed: p.closed_at.is_some(),
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
            id: i.id,
            email: i.email,
            display_name: i.display_name,
            role: i.role.parse().unwrap_or(Role::Partner),
            expires_at_utc: shared::time::from_millis(i.expires_at).to_string(),
            expired: ms(now) >= i.expires_at,
        })
        .collect();
    Ok((summaries, pending))
}

/// Remembers the language a person chose with the switch, so it follows them to another browser.
pub async fn set_language(
    db: &impl ConnectionTrait,
    person_id: i64,
    lang: shared::i18n::Lang,
    now: Timestamp,
) -> Result<(), ServiceError> {
    person::ActiveModel {
        id: Set(person_id),
        language: Set(lang.code().to_owned()),
        updated_at: Set(ms(now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// How a person reads dates and words: their language (English until they choose).
pub async fn style_of(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<shared::time::Style, ServiceError> {
    let person = person::Entity::find_by_id(person_id).one(db).await?;
    Ok(shared::time::Style {
        lang: person
            .as_ref()
            .and_then(|p| shared::i18n::Lang::from_code(&p.language))
            .unwrap_or_default(),
        khmer_digits: person.is_some_and(|p| p.digits == "khmer"),
    })
}

/// Remembers how a person writes digits (Khmer or Latin).
pub async fn set_digits(
    db: &impl ConnectionTrait,
    person_id: i64,
    khmer: bool,
    now: Timestamp,
) -> Result<(), ServiceError> {
    person::ActiveModel {
        id: Set(person_id),
        digits: Set(if khmer { "khmer" } else { "" }.to_owned()),
        updated_at: Set(ms(now)),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The language a person chose, if they did.
pub async fn language_of(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Option<shared::i18n::Lang>, ServiceError> {
    Ok(person::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .and_then(|p| shared::i18n::Lang::from_code(&p.language)))
}
