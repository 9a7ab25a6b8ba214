//! Matching use cases (chair only): the cohort's coaches and partners with ranked, explained
//! suggestions; coaches' places (capacity); making a partnership.

use crate::entities::{
    application, cohort, cohort_coach, objective_area, partner_profile, partnership, person,
    person_role,
};
use crate::features::partnership::service::notify;
use crate::server::ServiceError;
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

/// The matching page for a cohort (the newest when `slug` is empty).
pub async fn matching_view(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    slug: Option<&str>,
) -> Result<MatchingView, ServiceError> {
    require_role(caller, Role::Chair)?;
    let (cohort, cohorts) = cohort_by(db, slug).await?;
    let starts = parse_day(&cohort.starts_on)?;
    let ends = matching::year_end(starts);
    let areas: HashMap<String, String> = objective_area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect();
    let coaches = people_with_role(db, Role::Coach).await?;
    let partners = people_with_role(db, Role::Partner).await?;
    let places = cohort_coach::Entity::find()
        .filter(cohort_coach::Column::CohortId.eq(cohort.id))
        .all(db)
        .await?;
    let current = current_partnerships(db).await?;
    let profiles: HashMap<i64, partner_profile::Model> = partner_profile::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.person_id, p))
        .collect();

    let load = |coach_id: i64| {
        current
            .iter()
            .filter(|p| p.cohort_id == cohort.id && p.coach_id == coach_id)
            .count() as u32
    };
    let mut coach_rows: Vec<CoachRow> = Vec::new();
    let in_cohort: HashSet<i64> = places.iter().map(|p| p.person_id).collect();
    for place in &places {
        let Some(c) = coaches.get(&place.person_id) else {
            continue;
        };
        let expertise: Vec<String> = serde_json::from_str(&place.expertise).unwrap_or_default();
        let facts = CoachFacts {
            expertise: expertise
                .iter()
                .filter_map(|code| ObjectiveArea::from_code(code))
                .collect(),
            languages: languages_of(c),
            capacity: place.capacity.max(0) as u32,
            load: load(c.id),
        };
        let windows = daily_windows(
            &zone_of(c),
            hours_of(c),
            starts.yesterday().unwrap_or(starts),
            ends.tomorrow().unwrap_or(ends),
        );
        coach_rows.push((
            CoachPlace {
                id: c.id,
                name: c.display_name.clone(),
                time_zone: c.time_zone.clone(),
                working_hours: hours_of(c).label(),
                languages: facts.languages.clone(),
                expertise: expertise
                    .iter()
                    .map(|code| areas.get(code).cloned().unwrap_or_else(|| code.clone()))
                    .collect(),
                capacity: facts.capacity,
                load: facts.load,
            },
            facts,
            windows,
        ));
    }
    coach_rows.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    let mut other_coaches: Vec<(i64, String)> = coaches
        .values()
        .filter(|c| !in_cohort.contains(&c.id))
        .map(|c| (c.id, c.display_name.clone()))
        .collect();
    other_coaches.sort_by(|a, b| a.1.cmp(&b.1));

    let mut to_match = Vec::new();
    let mut without_intake = Vec::new();
    for p in partners.values() {
        let Some(profile) = profiles.get(&p.id) else {
            without_intake.push(p.display_name.clone());
            continue;
        };
        let mine = current.iter().find(|x| x.partner_id == p.id);
        // A partner in a current partnership of another cohort is not this cohort's to match.
        if mine.is_some_and(|x| x.cohort_id != cohort.id) {
            continue;
        }
        let matched = mine.map(|x| {
            (
                x.id,
                coaches
                    .get(&x.coach_id)
                    .map(|c| c.display_name.clone())
                    .unwrap_or_default(),
            )
        });
        let Some(area) = ObjectiveArea::from_code(&profile.objective_area) else {
            continue;
        };
        let facts = PartnerFacts {
            area,
            languages: languages_of(p),
        };
        let windows = daily_windows(&zone_of(p), hours_of(p), starts, ends);
        let mut suggestions: Vec<Suggestion> = coach_rows
            .iter()
            .map(|(place, coach, coach_windows)| Suggestion {
                coach_id: place.id,
                coach_name: place.name.clone(),
                coach_zone: place.time_zone.clone(),
                score: matching::score(
                    &facts,
                    coach,
                    overlap_of_windows(&windows, coach_windows, starts),
                ),
            })
            .collect();
        suggestions.sort_by(|a, b| {
            b.score
                .total
                .cmp(&a.score.total)
                .then_with(|| a.coach_name.cmp(&b.coach_name))
        });
        to_match.push(PartnerToMatch {
            id: p.id,
            name: p.display_name.clone(),
            library: profile.library.clone(),
            time_zone: p.time_zone.clone(),
            working_hours: hours_of(p).label(),
            languages: facts.languages,
            area_code: profile.objective_area.clone(),
            area_title: areas
                .get(&profile.objective_area)
                .cloned()
                .unwrap_or_default(),
            need: profile.need.clone(),
            matched,
            suggestions,
        });
    }
    // Partners still to match first, then by name.
    to_match.sort_by(|a, b| {
        a.matched
            .is_some()
            .cmp(&b.matched.is_some())
            .then_with(|| a.name.cmp(&b.name))
    });
    without_intake.sort();
    Ok(MatchingView {
        cohort: CohortChoice {
            id: cohort.id,
            slug: cohort.slug.clone(),
            name: cohort.name.clone(),
        },
        cohorts,
        starts_on: starts.to_string(),
        ends_on: ends.to_string(),
        partners: to_match,
        coaches: coach_rows.into_iter().map(|(c, _, _)| c).collect(),
        other_coaches,
        partners_without_intake: without_intake,
    })
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
            "Choose a person who is a coach",
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

/// Makes a partnership for a cohort's year and tells both people. Refused when the partner is
/// already in a current partnership; beyond the coach's capacity only once the chair confirms.
pub async fn create_partnership(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &MatchForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    require_role(caller, Role::Chair)?;
    let txn = crate::server::db::begin_write(db).await?;
    let cohort = cohort::Entity::find_by_id(form.cohort_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let partner_is_partner =
        person_role::Entity::find_by_id((form.partner_id, Role::Partner.code().to_owned()))
            .one(&txn)
            .await?
            .is_some();
    let profile = partner_profile::Entity::find_by_id(form.partner_id)
        .one(&txn)
        .await?;
    let (true, Some(profile)) = (partner_is_partner, profile) else {
        return Err(ServiceError::field(
            "partner_id",
            "This partner has not described their library and objective yet",
        ));
    };
    let coach = coach_person(&txn, form.coach_id).await?;
    let place = cohort_coach::Entity::find_by_id((cohort.id, coach.id))
        .one(&txn)
        .await?
        .ok_or_else(|| {
            ServiceError::field("coach_id", "Add this coach to the cohort before matching")
        })?;
    let current = current_partnerships(&txn).await?;
    if let Some(existing) = current.iter().find(|p| p.partner_id == form.partner_id) {
        return Err(ServiceError::Conflict(format!(
            "This partner already has a partnership (number {}). End it before matching again.",
            existing.id
        )));
    }
    let load = current
        .iter()
        .filter(|p| p.cohort_id == cohort.id && p.coach_id == coach.id)
        .count() as i32;
    if load >= place.capacity && !shared::partnership::checked(&form.over_capacity) {
        let mut e = FieldErrors::new();
        e.add(
            "over_capacity",
            format!(
                "{} already coaches {} of {} partner{} in this cohort. Tick \"Match beyond capacity\" to match anyway.",
                coach.display_name,
                load,
                place.capacity,
                if place.capacity == 1 { "" } else { "s" }
            ),
        );
        return Err(ServiceError::Validation(e));
    }
    // A partnership made after its cohort started runs a year from the day it is made: the
    // earlier of the two people's dates, so that "today" is inside it on both clocks.
    let mut today = None::<Date>;
    for id in [form.partner_id, coach.id] {
        let zone = TimeZone::get(&caller_zone_of(&txn, id).await?).unwrap_or(TimeZone::UTC);
        let theirs = now.to_zoned(zone).date();
        today = Some(today.map_or(theirs, |t| t.min(theirs)));
    }
    let cohort_start = parse_day(&cohort.starts_on)?;
    let starts = today.map_or(cohort_start, |t| cohort_start.max(t));
    let ends = matching::year_end(starts);
    let ms = now.as_millisecond();
    let inserted = partnership::ActiveModel {
        cohort_id: Set(cohort.id),
        coach_id: Set(coach.id),
        partner_id: Set(form.partner_id),
        objective_area: Set(profile.objective_area.clone()),
        objective: Set(profile.need.clone()),
        starts_on: Set(starts.to_string()),
        ends_on: Set(ends.to_string()),
        status: Set(PartnershipStatus::Active.code().to_owned()),
        end_reason: Set(String::new()),
        created_by: Set(Some(caller.id)),
        created_at: Set(ms),
        updated_at: Set(ms),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let partner = person::Entity::find_by_id(form.partner_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let link = format!("/partnerships/{}", inserted.id);
    notify(
        &txn,
        coach.id,
        &format!(
            "You are matched with {} ({}) for {}. Open your partnership to read their objective.",
            partner.display_name, profile.library, cohort.name
        ),
        &link,
        now,
    )
    .await?;
    notify(
        &txn,
        partner.id,
        &format!(
            "{} is your coach for {}. Open your partnership to see your coach and agree your first goals.",
            coach.display_name, cohort.name
        ),
        &link,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(inserted.id)
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
