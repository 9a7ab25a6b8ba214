//! The reports: a cohort's report for IATUL (chair), a partnership's one-page summary (the pair
//! and the chair) and a coach's certificate of participation (the coach and the chair). The
//! cohort's figures come from the dashboard's, so both always agree.

use crate::entities::{
    coaching_session, cohort, evaluation, goal, objective_area, partner_intake, partnership,
    person, programme,
};
use crate::features::dashboard::service::dashboard;
use crate::features::partnership::service::access;
use crate::server::ServiceError;
use crate::server::failure::require_role;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shared::Role;
use shared::account::CurrentUser;
use shared::compliance::{Band, compliance};
use shared::dashboard::DashboardFilter;
use shared::evaluation::{Again, Broadened, Reached};
use shared::i18n::Arg;
use shared::partnership::{GoalStatus, PartnershipStatus, Side};
use shared::programme::ObjectiveArea;
use shared::report::{
    Answer, Certificate, CohortReport, PartnershipSummary, ReportPair, SummaryGoal, outcome_counts,
    summarise,
};
use shared::schedule::SessionStatus;
use shared::time::{from_millis, zone_city};
use std::collections::HashMap;

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

fn day(raw: &str) -> Date {
    raw.parse().unwrap_or_default()
}

/// The partnership year in the page's language: "1 Jun 2026 to 31 May 2027".
fn year(starts_on: &str, ends_on: &str) -> String {
    shared::i18n::tr(
        crate::i18n::lang(),
        "partnership-dates",
        &[
            ("from", Arg::Date(starts_on.to_owned())),
            ("to", Arg::Date(ends_on.to_owned())),
        ],
    )
}

/// Today on the caller's calendar, in the page's style.
fn today_for(caller: &CurrentUser, now: Timestamp) -> String {
    let day = now.to_zoned(zone(&caller.time_zone)).date();
    shared::time::format_date_in(crate::i18n::style(), &day.to_string())
}

async fn the_programme(db: &impl ConnectionTrait) -> Result<programme::Model, ServiceError> {
    programme::Entity::find()
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

async fn cohort_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<cohort::Model, ServiceError> {
    cohort::Entity::find()
        .filter(cohort::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

async fn area_titles(db: &impl ConnectionTrait) -> Result<HashMap<String, String>, ServiceError> {
    Ok(objective_area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect())
}

/// A cohort's report: partnerships by area, sessions against the minimum, support against the
/// band, goal outcomes, the evaluations in aggregate and the quotes their authors allowed.
pub async fn cohort_report(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    slug: &str,
    now: Timestamp,
) -> Result<CohortReport, ServiceError> {
    require_role(caller, Role::Chair)?;
    let c = cohort_by_slug(db, slug).await?;
    let programme = the_programme(db).await?;
    let filter = DashboardFilter {
        cohort: c.slug.clone(),
        ..DashboardFilter::default()
    };
    let figures = dashboard(db, caller, &filter, now).await?;
    let pairs: HashMap<i64, partnership::Model> = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(c.id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let ids: Vec<i64> = pairs.keys().copied().collect();
    let goals = goal::Entity::find()
        .filter(goal::Column::PartnershipId.is_in(ids.clone()))
        .filter(goal::Column::Status.ne(GoalStatus::Dropped.code()))
        .all(db)
        .await?;
    let answers = evaluation::Entity::find()
        .filter(evaluation::Column::PartnershipId.is_in(ids))
        .all(db)
        .await?;
    let areas = area_titles(db).await?;
    let rows: Vec<ReportPair> = figures
        .rows
        .iter()
        .map(|r| ReportPair {
            id: r.id,
            coach_id: pairs.get(&r.id).map_or(0, |p| p.coach_id),
            coach: r.coach.clone(),
            partner: r.partner.clone(),
            area_title: r.area_title.clone(),
            status: r.status,
            sessions_held: r.sessions_held,
            min_sessions: r.min_sessions,
            support_minutes: r.hours_by_month.iter().sum(),
            months_in_band: r.months_in_band,
            months_ended: r.months_ended,
            outcomes: goals
                .iter()
                .filter(|g| g.partnership_id == r.id)
                .map(|g| g.final_outcome.clone())
                .collect(),
            answered: answers.iter().filter(|a| a.partnership_id == r.id).count() as u32,
        })
        .collect();
    let by_area = ObjectiveArea::ALL
        .iter()
        .map(|a| {
            let title = areas
                .get(a.code())
                .cloned()
                .unwrap_or_else(|| a.code().to_owned());
            let n = pairs
                .values()
                .filter(|p| p.objective_area == a.code())
                .count() as u32;
            (title, n)
        })
        .collect();
    let answers: Vec<Answer> = answers
        .into_iter()
        .filter_map(|a| {
            Some(Answer {
                side: if a.side == "coach" {
                    Side::Coach
                } else {
                    Side::Partner
                },
                reached: Reached::from_code(&a.goals_reached)?,
                broadened: Broadened::from_code(&a.broadened),
                rating: u8::try_from(a.rating.clamp(1, 5)).unwrap_or(1),
                again: Again::from_code(&a.again)?,
                helped: a.helped,
                quote_ok: a.quote_ok,
            })
        })
        .collect();
    Ok(CohortReport {
        programme: programme.name,
        cohort_slug: c.slug.clone(),
        cohort_name: c.name.clone(),
        year: year(&c.starts_on, &c.ends_on),
        as_of: today_for(caller, now),
        chair_name: programme.chair_name,
        min_sessions: c.min_sessions.max(1) as u32,
        band: shared::i18n::tr(
            crate::i18n::lang(),
            "report-band",
            &[
                ("from", Arg::Minutes(i64::from(c.hours_min_minutes))),
                ("to", Arg::Minutes(i64::from(c.hours_max_minutes))),
            ],
        ),
        by_area,
        outcomes: outcome_counts(&rows),
        pairs: rows,
        evaluation: summarise(&answers),
    })
}

/// A partnership's one-page summary, for the pair and the chair: what both already see
/// (sessions, support, goals), never the journal, notes or evaluation answers.
pub async fn partnership_summary(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<PartnershipSummary, ServiceError> {
    let (p, _) = access(db, caller, id).await?;
    let c = cohort::Entity::find_by_id(p.cohort_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let programme = the_programme(db).await?;
    let people: HashMap<i64, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in([p.coach_id, p.partner_id]))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x))
        .collect();
    let name = |id: i64| {
        people
            .get(&id)
            .map_or_else(String::new, |x| x.display_name.clone())
    };
    let zone_of = |id: i64| {
        people
            .get(&id)
            .map_or_else(|| "UTC".to_owned(), |x| x.time_zone.clone())
    };
    let partner_zone = zone(people.get(&p.partner_id).map_or("UTC", |x| &x.time_zone));
    let library = crate::features::intake::service::intake_in(db, p.cohort_id, p.partner_id)
        .await?
        .map(|x| x.library)
        .unwrap_or_default();
    let mut held: Vec<Timestamp> = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .filter(coaching_session::Column::Status.eq(SessionStatus::Held.code()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|s| s.starts_at.map(from_millis))
        .collect();
    held.sort();
    let held_days: Vec<Date> = held
        .iter()
        .map(|t| t.to_zoned(partner_zone.clone()).date())
        .collect();
    let entries: Vec<(Date, u32)> = crate::entities::support_hours::Entity::find()
        .filter(crate::entities::support_hours::Column::PartnershipId.eq(p.id))
        .all(db)
        .await?
        .into_iter()
        .map(|h| (day(&h.on_date), h.minutes.max(0) as u32))
        .collect();
    let coach_zone = zone(people.get(&p.coach_id).map_or("UTC", |x| &x.time_zone));
    let band = Band {
        min_minutes: c.hours_min_minutes.max(0) as u32,
        max_minutes: c.hours_max_minutes.max(0) as u32,
        sessions: c.min_sessions.max(1) as u32,
    };
    let figures = compliance(
        day(&p.starts_on),
        day(&p.ends_on),
        now.to_zoned(coach_zone).date(),
        &held_days,
        &entries,
        0,
        band,
    );
    let goals = goal::Entity::find()
        .filter(goal::Column::PartnershipId.eq(p.id))
        .filter(goal::Column::Status.ne(GoalStatus::Dropped.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|g| SummaryGoal {
            status: GoalStatus::from_code(&g.status)
                .map_or("", |s| s.code())
                .to_owned(),
            progress: g.progress.clamp(0, 100) as u32,
            outcome: Reached::from_code(&g.final_outcome)
                .map_or("", |r| r.code())
                .to_owned(),
            title: g.title,
        })
        .collect();
    let areas = area_titles(db).await?;
    Ok(PartnershipSummary {
        id: p.id,
        programme: programme.name,
        cohort_name: c.name,
        coach: name(p.coach_id),
        coach_zone: zone_of(p.coach_id),
        partner: name(p.partner_id),
        partner_zone: zone_of(p.partner_id),
        library,
        area_code: p.objective_area.clone(),
        area_title: areas.get(&p.objective_area).cloned().unwrap_or_default(),
        objective: p.objective.clone(),
        starts_on: p.starts_on.clone(),
        ends_on: p.ends_on.clone(),
        status: PartnershipStatus::from_code(&p.status).unwrap_or(PartnershipStatus::Active),
        sessions_held: figures.pace.held,
        min_sessions: figures.pace.minimum,
        session_days: held_days.iter().map(ToString::to_string).collect(),
        support_minutes: entries.iter().map(|(_, m)| m).sum(),
        months: figures
            .months
            .iter()
            .map(|m| (m.month.to_string(), m.minutes, m.band.code().to_owned()))
            .collect(),
        goals,
        as_of: now.to_zoned(zone(&caller.time_zone)).date().to_string(),
    })
}

mod files;
pub use files::*;
