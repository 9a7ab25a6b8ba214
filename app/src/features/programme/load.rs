//! A synthetic cohort for benchmarks (`tandem seed-load N`): N pairs under way for four months,
//! each with held sessions and logged support time, so the chair's dashboard has real work to
//! do. Everything it makes is marked as demo data and uses `load.tandem.test` addresses; none of
//! it can sign in (no passwords).

use super::service::{NewCohort, PROGRAMME_ZONE, ensure_programme, insert_cohort};
use crate::entities::{coaching_session, cohort, partnership, person, person_role, support_hours};
use crate::server::ServiceError;
use jiff::civil::{Date, Time};
use jiff::{Timestamp, ToSpan};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use shared::Role;
use shared::programme::ObjectiveArea;

/// Where the synthetic coaches live; partners are in Phnom Penh.
const COACH_ZONES: [&str; 4] = [
    "Europe/Berlin",
    "America/Toronto",
    "Australia/Sydney",
    "Europe/London",
];

/// Adds the synthetic cohort `load-N` (once) and answers its slug.
pub async fn seed_load(
    db: &DatabaseConnection,
    pairs: usize,
    now: Timestamp,
) -> Result<String, ServiceError> {
    seed_load_cohort(db, pairs, 0, now).await
}

/// Adds synthetic cohort number `index` of `pairs` pairs (once): `load-N` for the first, then
/// `load-N-2`, `load-N-3`..., each with people of its own. The first is the same whether or
/// not the others exist, so one cohort's dashboard can be measured in a small database and in
/// a large one.
pub async fn seed_load_cohort(
    db: &DatabaseConnection,
    pairs: usize,
    index: usize,
    now: Timestamp,
) -> Result<String, ServiceError> {
    let internal = |e: jiff::Error| ServiceError::Internal(e.to_string());
    let slug = match index {
        0 => format!("load-{pairs}"),
        n => format!("load-{pairs}-{}", n + 1),
    };
    // Addresses are unique across cohorts: `coach-7@` in the first, `coach-2-7@` in the second.
    let tag = match index {
        0 => String::new(),
        n => format!("{}-", n + 1),
    };
    if cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(&slug))
        .one(db)
        .await?
        .is_some()
    {
        return Ok(slug);
    }
    let programme_id = ensure_programme(db, now).await?;
    let tz = jiff::tz::TimeZone::get(PROGRAMME_ZONE).map_err(internal)?;
    let today = now.to_zoned(tz).date();
    let start = today
        .first_of_month()
        .checked_sub(4.months())
        .map_err(internal)?;
    let end = start
        .checked_add(1.year())
        .and_then(|d| d.yesterday())
        .map_err(internal)?;
    let at = now.as_millisecond();
    let txn = crate::server::db::begin_write(db).await?;
    insert_cohort(
        &txn,
        programme_id,
        NewCohort {
            slug: &slug,
            name: &format!("Load test {}, {pairs} pairs (synthetic)", index + 1),
            country: "Cambodia",
            call_deadline: start
                .checked_sub(2.months())
                .map_err(internal)?
                .to_zoned(jiff::tz::TimeZone::UTC)
                .map_err(internal)?
                .timestamp(),
            starts_on: start,
            is_demo: true,
        },
        now,
    )
    .await?;
    let cohort_id = cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(&slug))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?
        .id;
    for i in 0..pairs {
        let name = format!("{tag}{i}");
        let coach = add_person(&txn, &name, Role::Coach, COACH_ZONES[i % 4], at).await?;
        let partner = add_person(&txn, &name, Role::Partner, "Asia/Phnom_Penh", at).await?;
        let area = ObjectiveArea::ALL[i % 4];
        let p = partnership::ActiveModel {
            cohort_id: Set(cohort_id),
            coach_id: Set(coach),
            partner_id: Set(partner),
            objective_area: Set(area.code().into()),
            objective: Set(format!("Synthetic objective {i}")),
            starts_on: Set(start.to_string()),
            ends_on: Set(end.to_string()),
            status: Set("active".into()),
            end_reason: Set(String::new()),
            created_by: Set(None),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        // One session held in each past month but (for every third pair) the last, and support
        // time that sometimes falls below the band.
        for month in 0..4 {
            let day = start
                .checked_add(month.months())
                .and_then(|d| d.checked_add(((i % 20) as i32).days()))
                .map_err(internal)?;
            if month < 3 || i % 3 != 0 {
                add_held_session(&txn, p.id, coach, day, month, at).await?;
            }
            support_hours::ActiveModel {
                partnership_id: Set(p.id),
                coach_id: Set(coach),
                on_date: Set(day.to_string()),
                minutes: Set(if i % 5 == 0 {
                    60
                } else {
                    150 + (i % 4) as i32 * 30
                }),
                category: Set("collating".into()),
                note: Set(String::new()),
                created_at: Set(at),
                updated_at: Set(at),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    txn.commit().await?;
    Ok(slug)
}

async fn add_person(
    txn: &impl sea_orm::ConnectionTrait,
    i: &str,
    role: Role,
    zone: &str,
    at: i64,
) -> Result<i64, ServiceError> {
    let p = person::ActiveModel {
        email: Set(format!("{}-{i}@load.tandem.test", role.code())),
        display_name: Set(format!("{} {i} (synthetic)", role.label())),
        time_zone: Set(zone.into()),
        languages: Set("[\"English\"]".into()),
        password_hash: Set(None),
        is_demo: Set(true),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    person_role::ActiveModel {
        person_id: Set(p.id),
        role: Set(role.code().into()),
    }
    .insert(txn)
    .await?;
    Ok(p.id)
}

async fn add_held_session(
    txn: &impl sea_orm::ConnectionTrait,
    partnership_id: i64,
    coach: i64,
    day: Date,
    month: i32,
    at: i64,
) -> Result<(), ServiceError> {
    let starts = day
        .to_datetime(Time::constant(9, 0, 0, 0))
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|e| ServiceError::Internal(e.to_string()))?
        .timestamp()
        .as_millisecond();
    coaching_session::ActiveModel {
        partnership_id: Set(partnership_id),
        status: Set("held".into()),
        medium: Set("video".into()),
        link: Set(String::new()),
        duration_min: Set(60),
        agenda: Set(format!("Month {} review", month + 1)),
        starts_at: Set(Some(starts)),
        proposed_by: Set(coach),
        request_key: Set(format!("load-{partnership_id}-{month}")),
        sequence: Set(0),
        cancel_reason: Set(String::new()),
        notes: Set(String::new()),
        actions: Set(String::new()),
        partner_confirmed_at: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}
