//! Invitations: the chair invites, the invited person accepts once and lands signed in.

use super::account::{NewPerson, create_person};
use super::session::{load_user, start_session};
use super::{check_zone, hash_password, ms, ms_after, require_chair};
use crate::entities::{invitation, person};
use crate::features::auth::tokens;
use crate::features::mail::service::{Action, Letter, Outgoing, queue};
use crate::server::{AuthSettings, ServiceError};
use jiff::Timestamp;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use shared::account::{
    Acceptance, CurrentUser, InvitationChange, InvitationSent, InvitationView, NewInvitation,
};
use shared::mail::MailKind;
use shared::{FieldErrors, Role};

/// Writes an invitation and its outbox message; returns the link path. Used by the chair's
/// form and by the `create-chair` command (with no inviter).
pub async fn create_invitation(
    db: &impl ConnectionTrait,
    invited_by: Option<(i64, &str)>,
    request: &NewInvitation,
    ttl: std::time::Duration,
    now: Timestamp,
) -> Result<String, ServiceError> {
    create_invitation_into(db, invited_by, request, None, ttl, now).await
}

/// As [`create_invitation`], into a cohort (a partner joins it on accepting).
pub async fn create_invitation_into(
    db: &impl ConnectionTrait,
    invited_by: Option<(i64, &str)>,
    request: &NewInvitation,
    cohort_id: Option<i64>,
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
        cohort_id: Set(cohort_id),
        language: Set(request.lang.code().to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let link = format!("/invitations/{token}");
    // In the language the chair chose for the invited person.
    let lang = request.lang;
    let tr = |key: &str, args: &[(&str, shared::i18n::Arg)]| shared::i18n::tr(lang, key, args);
    let inviter = invited_by.map_or_else(
        || shared::i18n::t(lang, "invitation-the-team"),
        |(_, name)| name.to_owned(),
    );
    let expires = expiry_words(db, request, cohort_id, expires_at).await?;
    let role = request.role.code();
    queue(
        db,
        Outgoing {
            to_email: request.email.clone(),
            person_id: None,
            kind: MailKind::Account,
            subject: tr("invitation-mail-subject", &[("role", role.into())]),
            letter: Letter {
                to_name: request.display_name.clone(),
                paragraphs: vec![
                    tr(
                        "invitation-mail-1",
                        &[("who", inviter.into()), ("role", role.into())],
                    ),
                    tr("invitation-mail-2", &[("expires", expires.into())]),
                ],
                action: Some(Action {
                    label: tr("invitation-mail-action", &[]),
                    path: link.clone(),
                }),
                reason: tr("invitation-mail-reason", &[]),
                lang,
            },
            secret: true,
            ics: None,
        },
        now,
    )
    .await?;
    Ok(link)
}

/// When an invitation expires, on the invited person's clock as far as Tandem knows it: the
/// zone of their application to coach, else their cohort's partners' zone, else UTC.
async fn expiry_words(
    db: &impl ConnectionTrait,
    request: &NewInvitation,
    cohort_id: Option<i64>,
    expires_at: i64,
) -> Result<String, ServiceError> {
    use crate::entities::{application, cohort};
    let applied = application::Entity::find()
        .filter(application::Column::Email.eq(request.email.as_str()))
        .one(db)
        .await?
        .map(|a| a.time_zone);
    let cohort_zone = match cohort_id {
        Some(id) => cohort::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|c| c.partner_time_zone),
        None => None,
    };
    let (tz, name) = applied
        .into_iter()
        .chain(cohort_zone)
        .find_map(|z| jiff::tz::TimeZone::get(&z).ok().map(|tz| (tz, z)))
        .unwrap_or((jiff::tz::TimeZone::UTC, "UTC".into()));
    let lang = request.lang;
    let at = shared::time::format_local_in(
        shared::time::Style::of(lang),
        shared::time::from_millis(expires_at),
        &tz,
    );
    Ok(if name == "UTC" {
        shared::i18n::tr(lang, "invitation-expiry-utc", &[("at", at.into())])
    } else {
        shared::i18n::tr(
            lang,
            "invitation-expiry-zone",
            &[
                ("at", at.into()),
                ("city", shared::time::zone_city_in(lang, &name).into()),
            ],
        )
    })
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
            shared::errors::Message::key("invitation-email-taken", &[]),
        ));
    }
    let txn = crate::server::db::begin_write(db).await?;
    create_invitation(
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
    })
}

/// Extends, resends (a new link by email; the old one stops working) or revokes an invitation
/// that is not accepted yet (chair only).
pub async fn change_invitation(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    change: InvitationChange,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_chair(caller)?;
    let txn = crate::server::db::begin_write(db).await?;
    let inv = invitation::Entity::find_by_id(id)
        .filter(invitation::Column::AcceptedAt.is_null())
        .one(&txn)
        .await?
        .ok_or_else(|| {
            ServiceError::Conflict(shared::errors::Message::key("invitation-not-waiting", &[]))
        })?;
    match change {
        InvitationChange::Revoke => {
            invitation::Entity::delete_by_id(inv.id).exec(&txn).await?;
        }
        InvitationChange::Extend => {
            invitation::ActiveModel {
                id: Set(inv.id),
                expires_at: Set(ms_after(now, settings.invitation_ttl)),
                ..Default::default()
            }
            .update(&txn)
            .await?;
        }
        InvitationChange::Resend => {
            // A new invitation with a new link, mailed; this one goes.
            invitation::Entity::delete_by_id(inv.id).exec(&txn).await?;
            let role: Role = inv.role.parse().map_err(ServiceError::Internal)?;
            let again = NewInvitation {
                email: inv.email.clone(),
                display_name: inv.display_name.clone(),
                role,
                lang: shared::i18n::Lang::from_code(&inv.language).unwrap_or_default(),
            };
            create_invitation_into(
                &txn,
                Some((caller.id, caller.display_name.as_str())),
                &again,
                inv.cohort_id,
                settings.invitation_ttl,
                now,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
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
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "invitation-used-sign-in",
            &[],
        )));
    }
    if ms(now) >= found.expires_at {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "invitation-expired",
            &[],
        )));
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
        invited_by: invited_by.unwrap_or_else(|| crate::i18n::t("invitation-the-team")),
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
    let txn = crate::server::db::begin_write(db).await?;
    let inv = find_invitation(&txn, &request.token, now).await?;
    let used = invitation::Entity::update_many()
        .col_expr(invitation::Column::AcceptedAt, Expr::value(ms(now)))
        .filter(invitation::Column::Id.eq(inv.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "invitation-used",
            &[],
        )));
    }
    let role: Role = inv.role.parse().map_err(ServiceError::Internal)?;
    let existing = person::Entity::find()
        .filter(person::Column::Email.eq(inv.email.as_str()))
        .one(&txn)
        .await?;
    if existing.is_some() {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "invitation-account-exists",
            &[],
        )));
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
    if role == Role::Coach
        && let Some(coach) = person::Entity::find_by_id(person_id).one(&txn).await?
    {
        // An accepted applicant joins the cohort they applied to.
        crate::features::matching::service::enrol_accepted(&txn, &coach, now).await?;
    }
    if let (Role::Partner, Some(cohort)) = (role, inv.cohort_id) {
        // A partner invited into a cohort belongs to it from the start.
        crate::features::intake::service::join_cohort(&txn, cohort, person_id, inv.invited_by, now)
            .await?;
    }
    let token = start_session(&txn, person_id, settings, now).await?;
    let user = load_user(&txn, person_id).await?;
    txn.commit().await?;
    Ok((user, token))
}
