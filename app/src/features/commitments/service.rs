//! Commitments: the coach's support hours, alerts raised once and cleared when resolved, and
//! confidential difficulty reports. A report is seen by its author and the programme team only
//! (the other member of the pair when the author shares it); every read and change of one is
//! written to the audit log.

use crate::entities::{
    alert, audit_log, coaching_session, cohort, concern, concern_response, partnership, person,
    person_role, support_hours,
};
use crate::features::partnership::service::{
    Access, access, head, notify_message, pair_only, pair_writing,
};
use crate::server::events::{self, Event, Kind};
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::commitments::{
    AlertView, AuditLine, ConcernCategory, ConcernDetail, ConcernForm, ConcernReplyForm,
    ConcernShareForm, ConcernStatus, ConcernUpdateForm, ConcernView, ConcernsView, HoursCategory,
    HoursEntryView, HoursForm, HoursView, ResponseView, Severity,
};
use shared::compliance::{Band, Compliance, MonthBand, compliance, hours_locked};
use shared::partnership::{PartnershipStatus, Side};
use shared::schedule::{PaceStatus, SessionStatus};
use shared::time::{format_local, from_millis, to_millis};
use std::collections::HashMap;

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

fn day(raw: &str) -> Date {
    raw.parse().unwrap_or_default()
}

fn local(ms: i64, viewer: &CurrentUser) -> String {
    format_local(from_millis(ms), &zone(&viewer.time_zone))
}

/// The last day that counts: the end date, or the day a partnership ended early.
fn last_day(p: &partnership::Model) -> Date {
    let end = day(&p.ends_on);
    match PartnershipStatus::from_code(&p.status) {
        Some(PartnershipStatus::EndedEarly | PartnershipStatus::Completed) => {
            let ended = from_millis(p.updated_at).to_zoned(TimeZone::UTC).date();
            ended.min(end)
        }
        _ => end,
    }
}

async fn band_of(
    db: &impl ConnectionTrait,
    cohort_id: i64,
) -> Result<(Band, i64, i64), ServiceError> {
    let c = cohort::Entity::find_by_id(cohort_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((
        Band {
            min_minutes: c.hours_min_minutes.max(0) as u32,
            max_minutes: c.hours_max_minutes.max(0) as u32,
            sessions: c.min_sessions.max(1) as u32,
        },
        i64::from(c.no_session_days),
        i64::from(c.unanswered_days),
    ))
}

/// The compliance of one partnership on the day `viewer_zone` shows.
pub async fn compliance_of(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    viewer_zone: &str,
    now: Timestamp,
) -> Result<Compliance, ServiceError> {
    let (band, _, _) = band_of(db, p.cohort_id).await?;
    // Only the sessions that count, found through (partnership, status): open proposals,
    // however many, are never read here.
    let pz = zone(viewer_zone);
    let held: Vec<Date> = coaching_session::Entity::find()
        .select_only()
        .column(coaching_session::Column::StartsAt)
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .filter(coaching_session::Column::Status.eq(SessionStatus::Held.code()))
        .into_tuple::<Option<i64>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .map(|ms| from_millis(ms).to_zoned(pz.clone()).date())
        .collect();
    let scheduled = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .filter(coaching_session::Column::Status.eq(SessionStatus::Scheduled.code()))
        .filter(coaching_session::Column::StartsAt.gt(to_millis(now)))
        .count(db)
        .await? as u32;
    // Minutes per day, summed by the database from an index: at most a year of days, however
    // many entries the coach logged.
    let hours: Vec<(Date, u32)> = support_hours::Entity::find()
        .select_only()
        .column(support_hours::Column::OnDate)
        .column_as(support_hours::Column::Minutes.sum(), "minutes")
        .filter(support_hours::Column::PartnershipId.eq(p.id))
        .group_by(support_hours::Column::OnDate)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(on, minutes)| (day(&on), u32::try_from(minutes.max(0)).unwrap_or(u32::MAX)))
        .collect();
    let today = now.to_zoned(pz).date();
    Ok(compliance(
        day(&p.starts_on),
        last_day(p),
        today,
        &held,
        &hours,
        scheduled,
        band,
    ))
}

async fn chairs(db: &impl ConnectionTrait) -> Result<Vec<i64>, ServiceError> {
    Ok(person_role::Entity::find()
        .filter(person_role::Column::Role.is_in([Role::Chair.code(), Role::Team.code()]))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect())
}

mod concerns;
pub use concerns::*;

mod alerts;
pub use alerts::*;

mod hours;
pub use hours::*;
