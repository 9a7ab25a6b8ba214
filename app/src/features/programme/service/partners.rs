//! A cohort's partners: the chair invites them (one or a pasted list); a person who already has
//! a partner's account joins without a new invitation, keeping their earlier intake as it was.
//! Sending the same list again changes nothing.

use super::cohorts::find;
use crate::entities::{
    invitation, objective_area, partner_intake, partnership, person, person_role,
};
use crate::features::auth::service::create_invitation_into;
use crate::features::intake::service::join_cohort;
use crate::server::{AuthSettings, ServiceError};
use jiff::Timestamp;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shared::account::{CurrentUser, NewInvitation};
use shared::cohort::{CohortPartner, InvitePartnersForm};
use shared::{FieldErrors, Role};
use std::collections::HashMap;

/// How a list went: invited (new accounts), added (existing partners), already there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Invited {
    pub invited: u32,
    pub added: u32,
    pub already: u32,
}

/// The chair invites partners into a cohort. Every line is checked before anything is written:
/// an address that belongs to a coach or the team stops the whole list, named by its line.
pub async fn invite_partners(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &InvitePartnersForm,
    settings: &AuthSettings,
    now: Timestamp,
) -> Result<Invited, ServiceError> {
    crate::server::failure::require_role(caller, Role::Chair)?;
    let people = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let cohort = find(&txn, &form.cohort).await?;
    let accounts: HashMap<String, person::Model> = person::Entity::find()
        .filter(person::Column::Email.is_in(people.iter().map(|p| p.email.clone())))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| (p.email.to_lowercase(), p))
        .collect();
    let partners: Vec<i64> = person_role::Entity::find()
        .filter(person_role::Column::Role.eq(Role::Partner.code()))
        .filter(person_role::Column::PersonId.is_in(accounts.values().map(|p| p.id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect();
    let not_partners: Vec<String> = people
        .iter()
        .filter_map(|p| {
            let account = accounts.get(&p.email)?;
            (!partners.contains(&account.id)).then(|| {
                format!(
                    "Line {}: {} has a Tandem account that is not a partner's",
                    p.line, p.email
                )
            })
        })
        .collect();
    if !not_partners.is_empty() {
        let mut e = FieldErrors::new();
        e.add("list", not_partners.join(". "));
        return Err(ServiceError::Validation(e));
    }
    let waiting: Vec<invitation::Model> = invitation::Entity::find()
        .filter(invitation::Column::Email.is_in(people.iter().map(|p| p.email.clone())))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now.as_millisecond()))
        .all(&txn)
        .await?;
    let mut outcome = Invited::default();
    for p in &people {
        if let Some(account) = accounts.get(&p.email) {
            if join_cohort(&txn, cohort.id, account.id, Some(caller.id), now).await? {
                outcome.added += 1;
                crate::features::partnership::service::notify_message(
                    &txn,
                    account.id,
                    shared::mail::MailKind::Partnership,
                    shared::errors::Message::key(
                        "cohort-invited-again",
                        &[("cohort", cohort.name.as_str().into())],
                    ),
                    "/intake",
                    now,
                )
                .await?;
            } else {
                outcome.already += 1;
            }
        } else if waiting
            .iter()
            .any(|w| w.email.eq_ignore_ascii_case(&p.email) && w.cohort_id == Some(cohort.id))
        {
            outcome.already += 1;
        } else {
            create_invitation_into(
                &txn,
                Some((caller.id, caller.display_name.as_str())),
                &NewInvitation {
                    email: p.email.clone(),
                    display_name: p.name.clone(),
                    role: Role::Partner,
                    lang: shared::account::invitation_language(&form.language).unwrap_or_default(),
                },
                Some(cohort.id),
                settings.invitation_ttl,
                now,
            )
            .await?;
            outcome.invited += 1;
        }
    }
    if outcome.invited + outcome.added > 0 {
        crate::server::audit::record(
            &txn,
            Some(caller.id),
            "partners invited",
            format!(
                "cohort:{} {} invited, {} added",
                cohort.id, outcome.invited, outcome.added
            ),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(outcome)
}

/// A cohort's partners and where each stands, invitations still waiting first.
pub async fn cohort_partners(
    db: &impl ConnectionTrait,
    cohort_id: i64,
    now: Timestamp,
) -> Result<Vec<CohortPartner>, ServiceError> {
    let mut out: Vec<CohortPartner> = invitation::Entity::find()
        .filter(invitation::Column::CohortId.eq(cohort_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|i| CohortPartner {
            name: i.display_name,
            email: i.email,
            state: if i.expires_at > now.as_millisecond() {
                "Invited; has not signed in yet".into()
            } else {
                "Invitation expired: invite again".into()
            },
        })
        .collect();
    let rows = partner_intake::Entity::find()
        .filter(partner_intake::Column::CohortId.eq(cohort_id))
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.person_id).collect();
    let pairs = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(cohort_id))
        .all(db)
        .await?;
    let names: HashMap<i64, (String, String)> = person::Entity::find()
        .filter(
            person::Column::Id.is_in(ids.iter().copied().chain(pairs.iter().map(|p| p.coach_id))),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, (p.display_name, p.email)))
        .collect();
    let areas: HashMap<String, String> = objective_area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect();
    let mut members: Vec<CohortPartner> = rows
        .iter()
        .filter_map(|r| {
            let (name, email) = names.get(&r.person_id)?.clone();
            let matched = pairs.iter().rev().find(|p| p.partner_id == r.person_id);
            let state = match (matched, r.completed_at) {
                (Some(p), _) => format!(
                    "Matched with {}",
                    names.get(&p.coach_id).map_or("a coach", |c| c.0.as_str())
                ),
                (None, Some(_)) => format!(
                    "Objective chosen: {}; waiting for a coach",
                    areas.get(&r.objective_area).map_or("", String::as_str)
                ),
                (None, None) => "Signed in; has not chosen an objective yet".into(),
            };
            Some(CohortPartner { name, email, state })
        })
        .collect();
    members.sort_by(|a, b| a.name.cmp(&b.name));
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out.extend(members);
    Ok(out)
}
