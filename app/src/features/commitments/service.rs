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

// ---------------------------------------------------------------------------------------------
// Difficulty reports

async fn audit(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    action: &str,
    concern_id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    audit_log::ActiveModel {
        person_id: Set(Some(caller.id)),
        action: Set(action.into()),
        subject: Set(format!("concern:{concern_id}")),
        at: Set(to_millis(now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Whether the caller may see a concern: its author, the programme team, or the other member
/// of the pair when the author shares it.
fn may_see(c: &concern::Model, p: &partnership::Model, caller: &CurrentUser) -> bool {
    c.author_id == caller.id
        || caller.has(Role::Chair)
        || (c.shared_with_pair && (p.coach_id == caller.id || p.partner_id == caller.id))
}

async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, String>, ServiceError> {
    let ids: Vec<i64> = ids.into_iter().collect();
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect())
}

async fn view_of(
    db: &impl ConnectionTrait,
    c: concern::Model,
    p: &partnership::Model,
    caller: &CurrentUser,
) -> Result<ConcernView, ServiceError> {
    let responses = concern_response::Entity::find()
        .filter(concern_response::Column::ConcernId.eq(c.id))
        .order_by_asc(concern_response::Column::Id)
        .all(db)
        .await?;
    let who = names(
        db,
        [c.author_id, p.coach_id, p.partner_id]
            .into_iter()
            .chain(c.owner_id)
            .chain(responses.iter().map(|r| r.author_id)),
    )
    .await?;
    let name = |id: i64| who.get(&id).cloned().unwrap_or_default();
    Ok(ConcernView {
        id: c.id,
        partnership_id: p.id,
        pair: format!("{} and {}", name(p.coach_id), name(p.partner_id)),
        author: name(c.author_id),
        mine: c.author_id == caller.id,
        category: ConcernCategory::from_code(&c.category).unwrap_or(ConcernCategory::Other),
        severity: Severity::from_code(&c.severity).unwrap_or(Severity::Medium),
        description: c.description,
        shared_with_pair: c.shared_with_pair,
        status: ConcernStatus::from_code(&c.status).unwrap_or(ConcernStatus::New),
        owner: c.owner_id.map(name),
        created_at_local: local(c.created_at, caller),
        updated_at_local: local(c.updated_at, caller),
        responses: responses
            .into_iter()
            .map(|r| ResponseView {
                author: name(r.author_id),
                body: r.body,
                at_local: local(r.created_at, caller),
            })
            .collect(),
    })
}

/// A pair member raises a concern with the programme team.
pub async fn raise_concern(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ConcernForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let (category, severity, description, share) = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, _) = pair_only(&txn, caller, form.partnership_id).await?;
    let ms = to_millis(now);
    let c = concern::ActiveModel {
        partnership_id: Set(p.id),
        author_id: Set(caller.id),
        category: Set(category.code().into()),
        severity: Set(severity.code().into()),
        description: Set(description),
        shared_with_pair: Set(share),
        status: Set(ConcernStatus::New.code().into()),
        owner_id: Set(None),
        created_at: Set(ms),
        updated_at: Set(ms),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit(&txn, caller, "raised", c.id, now).await?;
    for chair in chairs(&txn).await? {
        notify(
            &txn,
            chair,
            &format!(
                "A new concern ({}, {}) needs the programme team.",
                category.label().to_lowercase(),
                severity.code()
            ),
            &format!("/concerns/{}", c.id),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(c.id)
}

/// The concerns the caller may see: the team all of them, others their own and those shared
/// with them. Each one listed is a read, written to the audit log.
pub async fn concerns(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<ConcernsView, ServiceError> {
    let team = caller.has(Role::Chair);
    let mine: Vec<partnership::Model> = partnership::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(partnership::Column::CoachId.eq(caller.id))
                .add(partnership::Column::PartnerId.eq(caller.id)),
        )
        .all(db)
        .await?;
    let rows = if team {
        concern::Entity::find()
            .order_by_desc(concern::Column::Id)
            .all(db)
            .await?
    } else {
        concern::Entity::find()
            .filter(concern::Column::PartnershipId.is_in(mine.iter().map(|p| p.id)))
            .order_by_desc(concern::Column::Id)
            .all(db)
            .await?
    };
    let partnerships: HashMap<i64, partnership::Model> = partnership::Entity::find()
        .filter(partnership::Column::Id.is_in(rows.iter().map(|c| c.partnership_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let txn = crate::server::db::begin_write(db).await?;
    let mut out = Vec::new();
    for c in rows {
        let Some(p) = partnerships.get(&c.partnership_id) else {
            continue;
        };
        if !may_see(&c, p, caller) {
            continue;
        }
        audit(&txn, caller, "listed", c.id, now).await?;
        out.push(view_of(&txn, c, p, caller).await?);
    }
    txn.commit().await?;
    let other = names(
        db,
        mine.iter().map(|p| {
            if p.coach_id == caller.id {
                p.partner_id
            } else {
                p.coach_id
            }
        }),
    )
    .await?;
    Ok(ConcernsView {
        concerns: out,
        partnerships: mine
            .iter()
            .filter(|p| PartnershipStatus::from_code(&p.status).is_some_and(|s| s.is_current()))
            .map(|p| {
                let o = if p.coach_id == caller.id {
                    p.partner_id
                } else {
                    p.coach_id
                };
                (
                    p.id,
                    format!("With {}", other.get(&o).cloned().unwrap_or_default()),
                )
            })
            .collect(),
        team,
    })
}

async fn concern_for(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(concern::Model, partnership::Model), ServiceError> {
    let c = concern::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let p = partnership::Entity::find_by_id(c.partnership_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !may_see(&c, &p, caller) {
        return Err(ServiceError::NotFound);
    }
    Ok((c, p))
}

/// One concern with its responses; the read is written to the audit log.
pub async fn concern_detail(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<ConcernDetail, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (c, p) = concern_for(&txn, caller, id).await?;
    audit(&txn, caller, "viewed", c.id, now).await?;
    let team = caller.has(Role::Chair);
    let audit_lines = if team {
        let rows = audit_log::Entity::find()
            .filter(audit_log::Column::Subject.eq(format!("concern:{}", c.id)))
            .order_by_desc(audit_log::Column::Id)
            .all(&txn)
            .await?;
        let who = names(&txn, rows.iter().filter_map(|r| r.person_id)).await?;
        rows.into_iter()
            .map(|r| AuditLine {
                who: r
                    .person_id
                    .and_then(|id| who.get(&id).cloned())
                    .unwrap_or_default(),
                action: r.action,
                at_local: local(r.at, caller),
            })
            .collect()
    } else {
        Vec::new()
    };
    let concern = view_of(&txn, c, &p, caller).await?;
    txn.commit().await?;
    Ok(ConcernDetail {
        concern,
        audit: audit_lines,
        can_handle: team,
    })
}

/// The programme team handles a concern: status, ownership and a response to the author.
pub async fn update_concern(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ConcernUpdateForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    crate::server::failure::require_role(caller, Role::Chair)?;
    let status = ConcernStatus::from_code(&form.status)
        .ok_or_else(|| ServiceError::field("status", "Choose the concern's status"))?;
    let response = shared::validate::text(&form.response, "a response", 0, 5_000)
        .map_err(|m| ServiceError::field("response", m))?;
    let txn = crate::server::db::begin_write(db).await?;
    let (c, _) = concern_for(&txn, caller, form.concern_id).await?;
    let take = shared::partnership::checked(&form.take_ownership);
    concern::ActiveModel {
        id: Set(c.id),
        status: Set(status.code().into()),
        owner_id: Set(if take { Some(caller.id) } else { c.owner_id }),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    if status.code() != c.status {
        audit(
            &txn,
            caller,
            &format!("set the status to {}", status.label().to_lowercase()),
            c.id,
            now,
        )
        .await?;
    }
    if take && c.owner_id != Some(caller.id) {
        audit(&txn, caller, "took ownership", c.id, now).await?;
    }
    if !response.is_empty() {
        concern_response::ActiveModel {
            concern_id: Set(c.id),
            author_id: Set(caller.id),
            body: Set(response),
            created_at: Set(to_millis(now)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit(&txn, caller, "responded", c.id, now).await?;
        notify(
            &txn,
            c.author_id,
            "The programme team answered your concern.",
            &format!("/concerns/{}", c.id),
            now,
        )
        .await?;
    } else if status.code() != c.status {
        notify(
            &txn,
            c.author_id,
            &format!("Your concern is now {}.", status.label().to_lowercase()),
            &format!("/concerns/{}", c.id),
            now,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The author shares a concern with the other member of the pair, or stops.
pub async fn share_concern(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ConcernShareForm,
    now: Timestamp,
) -> Result<bool, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (c, _) = concern_for(&txn, caller, form.concern_id).await?;
    if c.author_id != caller.id {
        return Err(ServiceError::Forbidden);
    }
    let share = shared::partnership::checked(&form.share);
    concern::ActiveModel {
        id: Set(c.id),
        shared_with_pair: Set(share),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    audit(
        &txn,
        caller,
        if share {
            "shared with the pair"
        } else {
            "unshared"
        },
        c.id,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(share)
}
