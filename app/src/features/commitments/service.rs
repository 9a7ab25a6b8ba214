//! Commitments: the coach's support hours, alerts raised once and cleared when resolved, and
//! confidential difficulty reports. A report is seen by its author and the programme team only
//! (the other member of the pair when the author shares it); every read and change of one is
//! written to the audit log.

use crate::entities::{
    alert, audit_log, coaching_session, cohort, concern, concern_response, partnership, person,
    person_role, support_hours,
};
use crate::features::partnership::service::{
    Access, access, head, notify, pair_only, pair_writing,
};
use crate::server::ServiceError;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::commitments::{
    AlertView, AuditLine, ConcernCategory, ConcernDetail, ConcernForm, ConcernShareForm,
    ConcernStatus, ConcernUpdateForm, ConcernView, ConcernsView, HoursCategory, HoursEntryView,
    HoursForm, HoursView, ResponseView, Severity,
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
    let sessions = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .all(db)
        .await?;
    let pz = zone(viewer_zone);
    let held: Vec<Date> = sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held.code())
        .filter_map(|s| s.starts_at)
        .map(|ms| from_millis(ms).to_zoned(pz.clone()).date())
        .collect();
    let scheduled = sessions
        .iter()
        .filter(|s| {
            s.status == SessionStatus::Scheduled.code()
                && s.starts_at.is_some_and(|at| at > to_millis(now))
        })
        .count() as u32;
    let hours: Vec<(Date, u32)> = support_hours::Entity::find()
        .filter(support_hours::Column::PartnershipId.eq(p.id))
        .all(db)
        .await?
        .into_iter()
        .map(|h| (day(&h.on_date), h.minutes.max(0) as u32))
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

async fn open_alerts(
    db: &impl ConnectionTrait,
    partnership_id: i64,
) -> Result<Vec<alert::Model>, ServiceError> {
    Ok(alert::Entity::find()
        .filter(alert::Column::PartnershipId.eq(partnership_id))
        .filter(alert::Column::ClearedAt.is_null())
        .order_by_asc(alert::Column::Id)
        .all(db)
        .await?)
}

async fn chairs(db: &impl ConnectionTrait) -> Result<Vec<i64>, ServiceError> {
    Ok(person_role::Entity::find()
        .filter(person_role::Column::Role.eq(Role::Chair.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.person_id)
        .collect())
}

/// Raises the alerts whose condition now holds (once each) and clears those resolved; tells the
/// pair and the programme team about each new one. Returns (raised, cleared).
pub async fn refresh_alerts(
    db: &DatabaseConnection,
    partnership_id: i64,
    now: Timestamp,
) -> Result<(u32, u32), ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let p = partnership::Entity::find_by_id(partnership_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (_, no_session_days, unanswered_days) = band_of(&txn, p.cohort_id).await?;
    let current = PartnershipStatus::from_code(&p.status).is_some_and(|s| s.is_current());
    let partner_zone = person::Entity::find_by_id(p.partner_id)
        .one(&txn)
        .await?
        .map(|x| x.time_zone)
        .unwrap_or_else(|| "UTC".into());
    let c = compliance_of(&txn, &p, &partner_zone, now).await?;
    let today = now.to_zoned(zone(&partner_zone)).date();
    let start = day(&p.starts_on);
    let mut wanted: Vec<(&'static str, String, String)> = Vec::new();
    if current && today > start {
        let sessions = coaching_session::Entity::find()
            .filter(coaching_session::Column::PartnershipId.eq(p.id))
            .all(&txn)
            .await?;
        let last_held = sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Held.code())
            .filter_map(|s| s.starts_at)
            .max()
            .map(|ms| from_millis(ms).to_zoned(zone(&partner_zone)).date())
            .unwrap_or(start);
        let quiet = (today - last_held).get_days() as i64;
        if quiet >= no_session_days {
            wanted.push((
                "no_session",
                String::new(),
                format!("No session for {quiet} days (the programme asks for one at least every {no_session_days})."),
            ));
        }
        if c.pace.status != PaceStatus::OnTrack {
            wanted.push((
                "pace",
                String::new(),
                format!("Behind the pace to reach 6 sessions: {}.", c.pace.reason),
            ));
        }
        for s in sessions
            .iter()
            .filter(|s| s.status == SessionStatus::Proposed.code())
        {
            let waited = (to_millis(now) - s.created_at) / 86_400_000;
            if waited >= unanswered_days {
                wanted.push((
                    "unanswered",
                    s.id.to_string(),
                    format!("A session proposal has waited {waited} days for an answer."),
                ));
            }
        }
        for m in &c.months {
            let subject = m.month.strftime("%Y-%m").to_string();
            match m.band {
                MonthBand::Below => wanted.push(("hours_below", subject, format!(
                    "{}: {} of support outside meetings, below the {} minimum.",
                    m.label(),
                    shared::matching::duration_words(i64::from(m.minutes)),
                    shared::matching::duration_words(i64::from(m.min_minutes))
                ))),
                MonthBand::Above => wanted.push(("hours_above", subject, format!(
                    "{}: {} of support outside meetings, above the {} the programme asks at most; take care not to burn out.",
                    m.label(),
                    shared::matching::duration_words(i64::from(m.minutes)),
                    shared::matching::duration_words(i64::from(m.max_minutes))
                ))),
                _ => {}
            }
        }
    }
    let open = open_alerts(&txn, p.id).await?;
    let mut cleared = 0;
    for a in &open {
        if !wanted
            .iter()
            .any(|(k, s, _)| *k == a.kind && *s == a.subject)
        {
            alert::ActiveModel {
                id: Set(a.id),
                cleared_at: Set(Some(to_millis(now))),
                ..Default::default()
            }
            .update(&txn)
            .await?;
            cleared += 1;
        }
    }
    let mut raised = 0;
    let team = chairs(&txn).await?;
    for (kind, subject, message) in wanted {
        if open.iter().any(|a| a.kind == kind && a.subject == subject) {
            continue;
        }
        alert::ActiveModel {
            partnership_id: Set(p.id),
            kind: Set(kind.into()),
            subject: Set(subject),
            message: Set(message.clone()),
            raised_at: Set(to_millis(now)),
            cleared_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        raised += 1;
        let link = format!("/partnerships/{}/hours", p.id);
        for who in [p.coach_id, p.partner_id] {
            notify(&txn, who, &format!("Alert: {message}"), &link, now).await?;
        }
        for chair in &team {
            notify(
                &txn,
                *chair,
                &format!("Alert on partnership {}: {message}", p.id),
                &format!("/partnerships/{}", p.id),
                now,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok((raised, cleared))
}

/// The periodic check over every current partnership.
pub async fn refresh_all_alerts(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<(u32, u32), ServiceError> {
    let ids: Vec<i64> = partnership::Entity::find()
        .filter(partnership::Column::Status.is_in([
            PartnershipStatus::Active.code(),
            PartnershipStatus::Paused.code(),
        ]))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let mut total = (0, 0);
    for id in ids {
        let (r, c) = refresh_alerts(db, id, now).await?;
        total = (total.0 + r, total.1 + c);
    }
    Ok(total)
}

/// After a change: refresh the partnership's alerts, logging (not failing) if that goes wrong.
pub async fn after_change(db: &DatabaseConnection, partnership_id: i64, now: Timestamp) {
    if let Err(e) = refresh_alerts(db, partnership_id, now).await {
        tracing::warn!(error = %e, partnership_id, "alert refresh failed");
    }
}

/// The open alerts of a partnership, for the pair and the programme team.
pub async fn alerts(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
) -> Result<Vec<AlertView>, ServiceError> {
    access(db, caller, partnership_id).await?;
    Ok(open_alerts(db, partnership_id)
        .await?
        .into_iter()
        .map(|a| AlertView {
            kind: a.kind,
            message: a.message,
            raised_at_local: local(a.raised_at, caller),
        })
        .collect())
}

/// The hours page: the months against the band, the entries and the alerts. The programme team
/// sees figures, not the coach's notes.
pub async fn hours_view(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    now: Timestamp,
) -> Result<HoursView, ServiceError> {
    let (p, acc) = access(db, caller, partnership_id).await?;
    let coach_zone = person::Entity::find_by_id(p.coach_id)
        .one(db)
        .await?
        .map(|x| x.time_zone)
        .unwrap_or_else(|| "UTC".into());
    let today = now.to_zoned(zone(&coach_zone)).date();
    let entries = support_hours::Entity::find()
        .filter(support_hours::Column::PartnershipId.eq(p.id))
        .order_by_desc(support_hours::Column::OnDate)
        .order_by_desc(support_hours::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|h| HoursEntryView {
            id: h.id,
            locked: hours_locked(day(&h.on_date), today),
            on_date: h.on_date,
            minutes: h.minutes.max(0) as u32,
            category_label: HoursCategory::from_code(&h.category)
                .map_or("Other", |c| c.label())
                .into(),
            category: h.category,
            note: if acc == Access::Team {
                String::new()
            } else {
                h.note
            },
        })
        .collect();
    let current = PartnershipStatus::from_code(&p.status).is_some_and(|s| s.is_current());
    Ok(HoursView {
        head: head(db, &p, acc, caller, now).await?,
        compliance: compliance_of(db, &p, &coach_zone, now).await?,
        entries,
        alerts: alerts(db, caller, p.id).await?,
        can_log: current && acc == Access::Pair(Side::Coach),
        today: today.to_string(),
    })
}

/// The coach logs support time, or changes an entry still open (its month or the next).
pub async fn save_hours(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &HoursForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    if side != Side::Coach {
        return Err(ServiceError::Conflict(
            "The coach logs support hours.".into(),
        ));
    }
    let today = now.to_zoned(zone(&caller.time_zone)).date();
    let entry = form.validate(day(&p.starts_on), day(&p.ends_on), today)?;
    if hours_locked(entry.on_date, today) {
        return Err(ServiceError::field(
            "on_date",
            "Entries are locked after the month that follows them; choose a date in this month or the last",
        ));
    }
    let ms = to_millis(now);
    let id = if form.entry_id == 0 {
        support_hours::ActiveModel {
            partnership_id: Set(p.id),
            coach_id: Set(caller.id),
            on_date: Set(entry.on_date.to_string()),
            minutes: Set(entry.minutes as i32),
            category: Set(entry.category.code().into()),
            note: Set(entry.note),
            created_at: Set(ms),
            updated_at: Set(ms),
            ..Default::default()
        }
        .insert(&txn)
        .await?
        .id
    } else {
        let old = support_hours::Entity::find_by_id(form.entry_id)
            .filter(support_hours::Column::PartnershipId.eq(p.id))
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound)?;
        if hours_locked(day(&old.on_date), today) {
            return Err(ServiceError::Conflict(
                "This entry is locked: entries can be changed during their month and the next."
                    .into(),
            ));
        }
        support_hours::ActiveModel {
            id: Set(old.id),
            on_date: Set(entry.on_date.to_string()),
            minutes: Set(entry.minutes as i32),
            category: Set(entry.category.code().into()),
            note: Set(entry.note),
            updated_at: Set(ms),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        old.id
    };
    txn.commit().await?;
    after_change(db, p.id, now).await;
    Ok(id)
}

mod concerns;
pub use concerns::*;
