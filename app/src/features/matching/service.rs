//! Matching use cases (chair only): the cohort's coaches and partners with ranked, explained
//! suggestions; coaches' places (capacity); making a partnership.

use crate::entities::{
    application, cohort, cohort_coach, objective_area, partner_intake, partnership, person,
    person_role,
};
use crate::features::partnership::service::notify;
use crate::server::ServiceError;
use crate::server::events::{self, Event, Kind};
use crate::server::failure::{require_role, to_json};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::account::CurrentUser;
use shared::matching::{
    self, CoachFacts, PartnerFacts, WorkingHours, daily_windows, overlap_of_windows,
};
use shared::partnership::{
    CoachPlace, CohortChoice, MatchForm, MatchingView, PartnerToMatch, PartnershipStatus,
    Suggestion, parse_capacity,
};
use shared::programme::ObjectiveArea;
use shared::{FieldErrors, Role};
use std::collections::{HashMap, HashSet};

fn internal(e: impl std::fmt::Display) -> ServiceError {
    ServiceError::Internal(e.to_string())
}

pub(crate) fn parse_day(raw: &str) -> Result<Date, ServiceError> {
    raw.parse::<Date>().map_err(internal)
}

fn hours_of(p: &person::Model) -> WorkingHours {
    WorkingHours {
        start: p.work_start_min.clamp(0, 1440) as u16,
        end: p.work_end_min.clamp(0, 1440) as u16,
    }
}

fn languages_of(p: &person::Model) -> Vec<String> {
    serde_json::from_str(&p.languages).unwrap_or_default()
}

fn zone_of(p: &person::Model) -> TimeZone {
    TimeZone::get(&p.time_zone).unwrap_or(TimeZone::UTC)
}

/// A coach of the cohort: what the page shows, what the score needs, their daily windows.
type CoachRow = (CoachPlace, CoachFacts, Vec<(i64, i64)>);

/// The people who have a role, by id.
async fn people_with_role(
    db: &impl ConnectionTrait,
    role: Role,
) -> Result<HashMap<i64, person::Model>, ServiceError> {
    let ids: Vec<i64> = person_role::Entity::find()
        .filter(person_role::Column::Role.eq(role.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect();
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect())
}

async fn cohort_by(
    db: &impl ConnectionTrait,
    slug: Option<&str>,
) -> Result<(cohort::Model, Vec<CohortChoice>), ServiceError> {
    let all = cohort::Entity::find()
        .order_by_desc(cohort::Column::StartsOn)
        .all(db)
        .await?;
    let choices = all
        .iter()
        .map(|c| CohortChoice {
            id: c.id,
            slug: c.slug.clone(),
            name: c.name.clone(),
        })
        .collect();
    let chosen = match slug {
        Some(s) if !s.is_empty() => all.into_iter().find(|c| c.slug == s),
        _ => all.into_iter().next(),
    };
    Ok((chosen.ok_or(ServiceError::NotFound)?, choices))
}

/// Current partnerships (active or paused), in any cohort.
async fn current_partnerships(
    db: &impl ConnectionTrait,
) -> Result<Vec<partnership::Model>, ServiceError> {
    Ok(partnership::Entity::find()
        .filter(partnership::Column::Status.is_in([
            PartnershipStatus::Active.code(),
            PartnershipStatus::Paused.code(),
        ]))
        .all(db)
        .await?)
}

/// Puts a coach into a cohort (idempotent), with the expertise of their latest accepted
/// application when there is one.
pub async fn enrol_coach(
    db: &impl ConnectionTrait,
    cohort_id: i64,
    coach: &person::Model,
    now: Timestamp,
) -> Result<(), ServiceError> {
    if cohort_coach::Entity::find_by_id((cohort_id, coach.id))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    let expertise = application::Entity::find()
        .filter(application::Column::Email.eq(coach.email.as_str()))
        .filter(application::Column::Status.eq("accepted"))
        .order_by_desc(application::Column::UpdatedAt)
        .one(db)
        .await?
        .map(|a| a.expertise)
        .unwrap_or_else(|| "[]".into());
    cohort_coach::ActiveModel {
        cohort_id: Set(cohort_id),
        person_id: Set(coach.id),
        expertise: Set(expertise),
        capacity: Set(1),
        added_at: Set(now.as_millisecond()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Puts every accepted application's coach into its cohort once they have an account.
pub async fn enrol_accepted(
    db: &impl ConnectionTrait,
    coach: &person::Model,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let accepted = application::Entity::find()
        .filter(application::Column::Email.eq(coach.email.as_str()))
        .filter(application::Column::Status.eq("accepted"))
        .all(db)
        .await?;
    for a in accepted {
        enrol_coach(db, a.cohort_id, coach, now).await?;
    }
    Ok(())
}

async fn coach_person(
    db: &impl ConnectionTrait,
    coach_id: i64,
) -> Result<person::Model, ServiceError> {
    let has_role = person_role::Entity::find_by_id((coach_id, Role::Coach.code().to_owned()))
        .one(db)
        .await?
        .is_some();
    if !has_role {
        return Err(ServiceError::field(
            "coach_id",
            shared::errors::Message::key("matching-not-a-coach", &[]),
        ));
    }
    person::Entity::find_by_id(coach_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The chair adds a coach to a cohort.
pub async fn add_coach(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    cohort_id: i64,
    coach_id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Chair)?;
    let txn = crate::server::db::begin_write(db).await?;
    cohort::Entity::find_by_id(cohort_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let coach = coach_person(&txn, coach_id).await?;
    enrol_coach(&txn, cohort_id, &coach, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The chair sets how many partners a coach takes in a cohort.
pub async fn set_capacity(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    cohort_id: i64,
    coach_id: i64,
    capacity: &str,
) -> Result<u32, ServiceError> {
    require_role(caller, Role::Chair)?;
    let capacity = parse_capacity(capacity).map_err(|m| ServiceError::field("capacity", m))?;
    let place = cohort_coach::Entity::find_by_id((cohort_id, coach_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    cohort_coach::ActiveModel {
        cohort_id: Set(place.cohort_id),
        person_id: Set(place.person_id),
        capacity: Set(capacity as i32),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(capacity)
}

/// The chair states a coach's expertise in a cohort (a coach invited directly has none until
/// then, and matching cannot credit it).
pub async fn set_coach_expertise(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &shared::partnership::CoachExpertiseForm,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Chair)?;
    cohort_coach::Entity::find_by_id((form.cohort_id, form.coach_id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    set_expertise(db, form.cohort_id, form.coach_id, &form.areas()).await
}

async fn caller_zone_of(db: &impl ConnectionTrait, person_id: i64) -> Result<String, ServiceError> {
    Ok(person::Entity::find_by_id(person_id)
        .one(db)
        .await?
        .map(|p| p.time_zone)
        .unwrap_or_else(|| "UTC".into()))
}

/// Stores the expertise a coach was enrolled with (demo and tests).
pub async fn set_expertise(
    db: &impl ConnectionTrait,
    cohort_id: i64,
    coach_id: i64,
    expertise: &[ObjectiveArea],
) -> Result<(), ServiceError> {
    let codes: Vec<&str> = expertise.iter().map(|a| a.code()).collect();
    cohort_coach::ActiveModel {
        cohort_id: Set(cohort_id),
        person_id: Set(coach_id),
        expertise: Set(to_json(&codes)?),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

mod view;
pub use view::*;

mod create;
pub use create::*;
