//! The chair's dashboard: every partnership of a cohort with its figures, in a fixed number of
//! queries whatever the number of partnerships (a test counts them).

use crate::entities::{
    alert, coaching_session, cohort, concern, goal, journal_entry, objective_area, partnership,
    person, support_hours,
};
use crate::server::ServiceError;
use crate::server::failure::require_role;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use shared::Role;
use shared::account::CurrentUser;
use shared::compliance::{Band, MonthBand, compliance};
use shared::dashboard::{DashboardFilter, DashboardRow, DashboardView, keep, sort_rows};
use shared::partnership::{CohortChoice, PartnershipStatus, year_position};
use shared::schedule::SessionStatus;
use shared::time::{format_local_in, from_millis};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::cache::{DashboardCache, Question};

/// Most cohorts the dashboard's chooser lists.
const CHOOSER: u64 = 100;

/// A cohort as the chooser lists it.
#[derive(sea_orm::FromQueryResult)]
struct Listed {
    id: i64,
    slug: String,
    name: String,
    starts_on: String,
}

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

fn day(raw: &str) -> Date {
    raw.parse().unwrap_or_default()
}

/// The dashboard, from the cache when nothing changed since it was computed (`version` is the
/// event bus's) and the minute is the same. The caller's role is checked every time.
pub async fn cached_dashboard(
    db: &DatabaseConnection,
    cache: &DashboardCache,
    version: u64,
    caller: &CurrentUser,
    filter: &DashboardFilter,
    now: Timestamp,
) -> Result<Arc<DashboardView>, ServiceError> {
    require_role(caller, Role::Chair)?;
    let question = Question {
        filter: filter.clone(),
        zone: caller.time_zone.clone(),
        style: crate::i18n::style(),
    };
    let minute = now.as_second().div_euclid(60);
    cache
        .get_or_compute(question, version, minute, || {
            dashboard(db, caller, filter, now)
        })
        .await
}

pub async fn dashboard(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    filter: &DashboardFilter,
    now: Timestamp,
) -> Result<DashboardView, ServiceError> {
    require_role(caller, Role::Chair)?;
    let me = zone(&caller.time_zone);
    let today = now.to_zoned(me.clone()).date();
    // Times and months in the reader's language and digits (the cache keys on them).
    let style = crate::i18n::style();
    // 1: the newest cohorts, for the chooser (a programme of many cohorts lists the newest
    // [`CHOOSER`]; any other is shown by its address, and then listed too).
    // Their address, name and start only: a cohort's row also holds its call's text.
    let mut cohorts: Vec<Listed> = cohort::Entity::find()
        .select_only()
        .columns([
            cohort::Column::Id,
            cohort::Column::Slug,
            cohort::Column::Name,
            cohort::Column::StartsOn,
        ])
        .order_by_desc(cohort::Column::StartsOn)
        .order_by_desc(cohort::Column::Id)
        .limit(CHOOSER)
        .into_model()
        .all(db)
        .await?;
    // 2: the one asked for, else the newest that has started, else the newest: one indexed
    // read whatever the number of cohorts.
    let asked = cohort::Entity::find();
    let asked = if filter.cohort.is_empty() {
        asked
            .filter(cohort::Column::StartsOn.lte(today.to_string()))
            .order_by_desc(cohort::Column::StartsOn)
            .order_by_desc(cohort::Column::Id)
    } else {
        asked.filter(cohort::Column::Slug.eq(filter.cohort.as_str()))
    };
    let chosen = match asked.one(db).await? {
        Some(c) => c,
        // An unknown address, or no cohort has started yet: as the chooser would pick.
        None => {
            let id = cohorts
                .iter()
                .find(|c| day(&c.starts_on) <= today)
                .or_else(|| cohorts.first())
                .ok_or(ServiceError::NotFound)?
                .id;
            cohort::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or(ServiceError::NotFound)?
        }
    };
    if !cohorts.iter().any(|c| c.id == chosen.id) {
        cohorts.push(Listed {
            id: chosen.id,
            slug: chosen.slug.clone(),
            name: chosen.name.clone(),
            starts_on: chosen.starts_on.clone(),
        });
    }
    // 3: partnerships.
    let pairs = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(chosen.id))
        .all(db)
        .await?;
    let ids: Vec<i64> = pairs.iter().map(|p| p.id).collect();
    // 4-11: everything else, each in one query.
    let people: HashMap<i64, person::Model> = person::Entity::find()
        .filter(person::Column::Id.is_in(pairs.iter().flat_map(|p| [p.coach_id, p.partner_id])))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let areas: HashMap<String, String> = objective_area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect();
    let sessions = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(ids.clone()))
        .all(db)
        .await?;
    let hours = support_hours::Entity::find()
        .filter(support_hours::Column::PartnershipId.is_in(ids.clone()))
        .all(db)
        .await?;
    let goals = goal::Entity::find()
        .filter(goal::Column::PartnershipId.is_in(ids.clone()))
        .all(db)
        .await?;
    let journal = journal_entry::Entity::find()
        .filter(journal_entry::Column::PartnershipId.is_in(ids.clone()))
        .all(db)
        .await?;
    let alerts = alert::Entity::find()
        .filter(alert::Column::PartnershipId.is_in(ids.clone()))
        .filter(alert::Column::ClearedAt.is_null())
        .all(db)
        .await?;
    let concerns = concern::Entity::find()
        .filter(concern::Column::PartnershipId.is_in(ids.clone()))
        .filter(concern::Column::Status.ne("resolved"))
        .all(db)
        .await?;

    let band = Band {
        min_minutes: chosen.hours_min_minutes.max(0) as u32,
        max_minutes: chosen.hours_max_minutes.max(0) as u32,
        sessions: chosen.min_sessions.max(1) as u32,
    };
    let now_ms = now.as_millisecond();
    let mut per_month: BTreeMap<Date, u32> = BTreeMap::new();
    let mut rows = Vec::new();
    for p in &pairs {
        let coach = people.get(&p.coach_id);
        let partner = people.get(&p.partner_id);
        let pz = zone(partner.map_or("UTC", |x| x.time_zone.as_str()));
        let cz = zone(coach.map_or("UTC", |x| x.time_zone.as_str()));
        let mine: Vec<&coaching_session::Model> = sessions
            .iter()
            .filter(|s| s.partnership_id == p.id)
            .collect();
        let held: Vec<Date> = mine
            .iter()
            .filter(|s| s.status == SessionStatus::Held.code())
            .filter_map(|s| s.starts_at)
            .map(|ms| from_millis(ms).to_zoned(pz.clone()).date())
            .collect();
        for d in &held {
            *per_month.entry(d.first_of_month()).or_default() += 1;
        }
        let upcoming: Vec<i64> = mine
            .iter()
            .filter(|s| s.status == SessionStatus::Scheduled.code())
            .filter_map(|s| s.starts_at)
            .filter(|at| *at > now_ms)
            .collect();
        let entries: Vec<(Date, u32)> = hours
            .iter()
            .filter(|h| h.partnership_id == p.id)
            .map(|h| (day(&h.on_date), h.minutes.max(0) as u32))
            .collect();
        let start = day(&p.starts_on);
        let end = day(&p.ends_on);
        // Support time is dated on the coach's calendar, so "this month" for a pair is the
        // coach's month: near midnight the chair's may still be the one before.
        let pair_today = now.to_zoned(cz.clone()).date();
        let c = compliance(
            start,
            end,
            pair_today,
            &held,
            &entries,
            upcoming.len() as u32,
            band,
        );
        let this_month = c
            .months
            .iter()
            .find(|m| m.month == pair_today.first_of_month());
        let my_goals: Vec<&goal::Model> = goals
            .iter()
            .filter(|g| g.partnership_id == p.id && g.status != "dropped")
            .collect();
        let goal_progress = if my_goals.is_empty() {
            0
        } else {
            my_goals
                .iter()
                .map(|g| g.progress.clamp(0, 100) as u32)
                .sum::<u32>()
                / my_goals.len() as u32
        };
        let last_contact = mine
            .iter()
            .filter(|s| s.status == SessionStatus::Held.code())
            .filter_map(|s| s.starts_at)
            .chain(
                journal
                    .iter()
                    .filter(|j| j.partnership_id == p.id)
                    .map(|j| j.created_at),
            )
            .filter(|at| *at <= now_ms)
            .max();
        rows.push(DashboardRow {
            id: p.id,
            coach: coach.map_or_else(String::new, |x| x.display_name.clone()),
            partner: partner.map_or_else(String::new, |x| x.display_name.clone()),
            coach_now: shared::time::weekday_time_in(style, now, &cz),
            partner_now: shared::time::weekday_time_in(style, now, &pz),
            coach_place: shared::time::zone_city_in(
                style.lang,
                coach.map_or("UTC", |x| x.time_zone.as_str()),
            ),
            partner_place: shared::time::zone_city_in(
                style.lang,
                partner.map_or("UTC", |x| x.time_zone.as_str()),
            ),
            area_title: areas.get(&p.objective_area).cloned().unwrap_or_default(),
            area_code: p.objective_area.clone(),
            status: PartnershipStatus::from_code(&p.status).unwrap_or(PartnershipStatus::Active),
            year_position: year_position(start, day(&p.ends_on), today),
            sessions_held: c.pace.held,
            min_sessions: c.pace.minimum,
            pace: c.pace.status,
            pace_reason: {
                let mut reason = c.pace.reason.clone();
                reason.localize(style.lang);
                reason.text().to_owned()
            },
            next_session: upcoming
                .iter()
                .min()
                .map(|ms| format_local_in(style, from_millis(*ms), &me)),
            hours_this_month: this_month.map_or(0, |m| m.minutes),
            band_min: this_month.map_or(band.min_minutes, |m| m.min_minutes),
            band_max: this_month.map_or(band.max_minutes, |m| m.max_minutes),
            month_band: this_month.map_or(MonthBand::Future, |m| m.band),
            goals: my_goals.len() as u32,
            goal_progress,
            last_contact: last_contact.map(|ms| format_local_in(style, from_millis(ms), &me)),
            open_concerns: concerns
                .iter()
                .filter(|x| x.partnership_id == Some(p.id))
                .count() as u32,
            alerts: alerts
                .iter()
                .filter(|a| a.partnership_id == p.id)
                .map(|a| crate::i18n::read_stored(&a.message, style.lang))
                .collect(),
            hours_by_month: c.months.iter().map(|m| m.minutes).collect(),
            months_in_band: c
                .months
                .iter()
                .filter(|m| matches!(m.band, MonthBand::Within | MonthBand::Above))
                .count() as u32,
            months_ended: c
                .months
                .iter()
                .filter(|m| {
                    matches!(
                        m.band,
                        MonthBand::Below | MonthBand::Within | MonthBand::Above
                    )
                })
                .count() as u32,
        });
    }
    let count = |key: &dyn Fn(&DashboardRow) -> String| {
        let mut m: BTreeMap<String, u32> = BTreeMap::new();
        for r in &rows {
            *m.entry(key(r)).or_default() += 1;
        }
        m.into_iter().collect::<Vec<_>>()
    };
    // Counted by code; the page names each in the reader's language.
    let by_area = count(&|r| r.area_code.clone());
    let by_status = count(&|r| r.status.code().to_owned());
    let total = rows.len() as u32;
    let mut rows: Vec<DashboardRow> = rows.into_iter().filter(|r| keep(r, filter)).collect();
    sort_rows(&mut rows, &filter.sort);
    // Every month of the cohort's year, so an empty month shows as empty.
    let mut sessions_per_month = Vec::new();
    let mut m = day(&chosen.starts_on).first_of_month();
    let last = day(&chosen.ends_on);
    while m <= last {
        sessions_per_month.push((
            match style.lang {
                shared::i18n::Lang::En => style.digits(&m.strftime("%b %Y").to_string()),
                _ => shared::time::format_month_in(style, &m.to_string()),
            },
            per_month.get(&m).copied().unwrap_or(0),
        ));
        match m.checked_add(jiff::ToSpan::month(1)) {
            Ok(next) => m = next,
            Err(_) => break,
        }
    }
    Ok(DashboardView {
        cohort: CohortChoice {
            id: chosen.id,
            slug: chosen.slug.clone(),
            name: chosen.name.clone(),
        },
        cohorts: cohorts
            .into_iter()
            .map(|c| CohortChoice {
                id: c.id,
                slug: c.slug,
                name: c.name,
            })
            .collect(),
        filter: DashboardFilter {
            cohort: chosen.slug.clone(),
            ..filter.clone()
        },
        rows,
        total,
        by_area,
        by_status,
        sessions_per_month,
    })
}
