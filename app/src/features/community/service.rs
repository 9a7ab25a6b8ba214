//! Community use cases. Every one first checks that the caller is a member of the programme.

pub mod announcements;
pub mod directory;
pub mod discussions;
pub mod events;
pub mod experts;
pub mod library;
pub mod search;
pub mod stories;

use crate::entities::{cohort, cohort_coach, partner_intake, person_role};
use crate::server::ServiceError;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use shared::Role;
use shared::account::CurrentUser;
use std::collections::HashMap;

/// Coaches, partners, the programme team and the chair: anyone else sees nothing.
pub fn member(caller: &CurrentUser) -> Result<(), ServiceError> {
    if Role::ALL.iter().any(|r| caller.has(*r)) {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Who something for a cohort (or, with none, for the whole programme) reaches: every coach
/// and partner of the cohort, or of the programme; the team and the chair are not counted.
pub(crate) async fn invited(
    db: &impl ConnectionTrait,
    cohort: Option<i64>,
) -> Result<Vec<i64>, ServiceError> {
    let mut people: Vec<i64> = match cohort {
        Some(c) => {
            let mut ids: Vec<i64> = cohort_coach::Entity::find()
                .filter(cohort_coach::Column::CohortId.eq(c))
                .all(db)
                .await?
                .into_iter()
                .map(|x| x.person_id)
                .collect();
            ids.extend(
                partner_intake::Entity::find()
                    .filter(partner_intake::Column::CohortId.eq(c))
                    .all(db)
                    .await?
                    .into_iter()
                    .map(|x| x.person_id),
            );
            ids
        }
        None => person_role::Entity::find()
            .filter(person_role::Column::Role.is_in([Role::Coach.code(), Role::Partner.code()]))
            .all(db)
            .await?
            .into_iter()
            .map(|r| r.person_id)
            .collect(),
    };
    people.sort_unstable();
    people.dedup();
    Ok(people)
}

/// The cohorts a person belongs to (as a coach or a partner).
pub(crate) async fn cohorts_of(
    db: &impl ConnectionTrait,
    person_id: i64,
) -> Result<Vec<i64>, ServiceError> {
    let mut ids: Vec<i64> = cohort_coach::Entity::find()
        .filter(cohort_coach::Column::PersonId.eq(person_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.cohort_id)
        .collect();
    ids.extend(
        partner_intake::Entity::find()
            .filter(partner_intake::Column::PersonId.eq(person_id))
            .all(db)
            .await?
            .into_iter()
            .map(|i| i.cohort_id),
    );
    Ok(ids)
}

/// The programme team only (publishing, cancelling, hiding, removing).
pub(crate) fn team_only(caller: &CurrentUser) -> Result<(), ServiceError> {
    if caller.on_team() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// The day an instant falls on in a zone (`2027-03-02`).
pub(crate) fn day_of(ms: i64, zone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_zoned(tz).date().to_string())
        .unwrap_or_default()
}

/// Every cohort's name, by id.
pub(crate) async fn cohort_names(
    db: &impl ConnectionTrait,
) -> Result<HashMap<i64, String>, ServiceError> {
    Ok(cohort::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

/// The cohorts the team may address, newest first (slug, name); none for anyone else.
pub(crate) async fn audiences(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<Vec<(String, String)>, ServiceError> {
    if !caller.on_team() {
        return Ok(Vec::new());
    }
    Ok(cohort::Entity::find()
        .order_by_desc(cohort::Column::StartsOn)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.slug, c.name))
        .collect())
}

/// The cohort a form's audience names (none: everyone); an unknown slug is refused on the
/// `audience` field.
pub(crate) async fn audience_cohort(
    db: &impl ConnectionTrait,
    slug: Option<&str>,
) -> Result<Option<i64>, ServiceError> {
    let Some(slug) = slug else {
        return Ok(None);
    };
    match cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug))
        .one(db)
        .await?
    {
        Some(c) => Ok(Some(c.id)),
        None => {
            let mut e = shared::FieldErrors::new();
            e.add(
                "audience",
                shared::errors::Message::key("error-event-audience", &[]),
            );
            Err(ServiceError::Validation(e))
        }
    }
}
