//! Session use cases. Only the pair sees or changes its sessions (others: not found; the chair:
//! refused); everyone manages their own availability and calendar feed. Times are stored as UTC
//! milliseconds and read or shown on each person's own clock.

use crate::entities::{
    availability_exception, availability_window, calendar_feed, coaching_session, partnership,
    person, reminder, session_change, session_option,
};
use crate::features::auth::tokens::{new_token, token_hash};
use crate::features::partnership::service::{Access, head, notify, pair_only, pair_writing};
use crate::server::ServiceError;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::FieldErrors;
use shared::account::CurrentUser;
use shared::partnership::Side;
use shared::schedule::{
    self, AnswerForm, AvailabilityView, BothClocks, CancelForm, CommonSlot, ExceptionForm, Medium,
    OptionView, OutcomeForm, ProposalForm, RescheduleForm, SessionStatus, SessionView,
    SessionsView, WeeklyWindow, WindowForm,
};
use shared::time::{from_millis, to_millis};
use std::collections::HashMap;

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

fn status_of(s: &coaching_session::Model) -> SessionStatus {
    SessionStatus::from_code(&s.status).unwrap_or(SessionStatus::Proposed)
}

fn other_of(p: &partnership::Model, side: Side) -> i64 {
    match side {
        Side::Coach => p.partner_id,
        Side::Partner => p.coach_id,
    }
}

async fn person_zone(db: &impl ConnectionTrait, id: i64) -> Result<String, ServiceError> {
    Ok(person::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|p| p.time_zone)
        .unwrap_or_else(|| "UTC".into()))
}

// ---------------------------------------------------------------------------------------------
// Sessions

/// The caller's scheduled sessions overlapping `[start, start + minutes)`, other than `except`.
async fn clashes(
    db: &impl ConnectionTrait,
    person_ids: &[i64],
    start: Timestamp,
    minutes: u32,
    except: i64,
) -> Result<bool, ServiceError> {
    let partnerships: Vec<i64> = partnership::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(partnership::Column::CoachId.is_in(person_ids.iter().copied()))
                .add(partnership::Column::PartnerId.is_in(person_ids.iter().copied())),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let end = to_millis(start) + i64::from(minutes) * 60_000;
    let nearby = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(partnerships))
        .filter(coaching_session::Column::Status.eq(SessionStatus::Scheduled.code()))
        .filter(coaching_session::Column::Id.ne(except))
        .filter(coaching_session::Column::StartsAt.lt(end))
        .filter(coaching_session::Column::StartsAt.gt(to_millis(start) - 24 * 3_600_000))
        .all(db)
        .await?;
    Ok(nearby.iter().any(|s| {
        s.starts_at
            .is_some_and(|at| at + i64::from(s.duration_min) * 60_000 > to_millis(start))
    }))
}

async fn record(
    db: &impl ConnectionTrait,
    session_id: i64,
    caller: &CurrentUser,
    summary: String,
    now: Timestamp,
) -> Result<(), ServiceError> {
    session_change::ActiveModel {
        session_id: Set(session_id),
        person_id: Set(Some(caller.id)),
        at: Set(to_millis(now)),
        summary: Set(summary),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

fn sessions_link(p: &partnership::Model) -> String {
    format!("/partnerships/{}/sessions", p.id)
}

/// Proposes one to three times. The same form sent twice makes one proposal.
pub async fn propose(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ProposalForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let proposal = form.validate(&zone(&caller.time_zone), now)?;
    let key = form.request_key.trim();
    if key.is_empty() || key.len() > 64 {
        return Err(ServiceError::Conflict(
            "This form is out of date; reload the page and try again.".into(),
        ));
    }
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    if let Some(existing) = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .filter(coaching_session::Column::RequestKey.eq(key))
        .one(&txn)
        .await?
    {
        return Ok(existing.id);
    }
    let ms = to_millis(now);
    let s = coaching_session::ActiveModel {
        partnership_id: Set(p.id),
        status: Set(SessionStatus::Proposed.code().into()),
        medium: Set(proposal.medium.code().into()),
        link: Set(proposal.link.clone()),
        duration_min: Set(proposal.duration as i32),
        agenda: Set(proposal.agenda.clone()),
        starts_at: Set(None),
        proposed_by: Set(caller.id),
        request_key: Set(key.to_owned()),
        sequence: Set(0),
        cancel_reason: Set(String::new()),
        notes: Set(String::new()),
        actions: Set(String::new()),
        partner_confirmed_at: Set(None),
        created_at: Set(ms),
        updated_at: Set(ms),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for start in &proposal.starts {
        session_option::ActiveModel {
            session_id: Set(s.id),
            starts_at: Set(to_millis(*start)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    let mine = zone(&caller.time_zone);
    let times: Vec<String> = proposal
        .starts
        .iter()
        .map(|t| schedule::clock_with_date(*t, &mine))
        .collect();
    record(
        &txn,
        s.id,
        caller,
        format!(
            "Proposed {} ({} time)",
            times.join(" or "),
            shared::time::zone_city(&caller.time_zone)
        ),
        now,
    )
    .await?;
    let other = other_of(&p, side);
    let their = zone(&person_zone(&txn, other).await?);
    let theirs: Vec<String> = proposal
        .starts
        .iter()
        .map(|t| schedule::clock_with_date(*t, &their))
        .collect();
    notify(
        &txn,
        other,
        &format!(
            "{} proposed a session: {} your time. Accept a time or decline.",
            caller.display_name,
            theirs.join(" or ")
        ),
        &sessions_link(&p),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(s.id)
}

async fn session_in(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    id: i64,
) -> Result<coaching_session::Model, ServiceError> {
    coaching_session::Entity::find_by_id(id)
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The other member accepts one proposed time (option 0 declines). Refused when it clashes
/// with another session of either person.
pub async fn answer(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &AnswerForm,
    now: Timestamp,
) -> Result<SessionStatus, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let s = session_in(&txn, &p, form.session_id).await?;
    if status_of(&s) != SessionStatus::Proposed {
        return Err(ServiceError::Conflict(format!(
            "This session is already {}.",
            status_of(&s).label().to_lowercase()
        )));
    }
    if s.proposed_by == caller.id {
        return Err(ServiceError::Conflict(
            "You proposed these times; the other member of the pair accepts one.".into(),
        ));
    }
    let other = other_of(&p, side);
    let (status, summary, start) = if form.option_id == 0 {
        (
            SessionStatus::Declined,
            "Declined the proposed times".to_string(),
            None,
        )
    } else {
        let option = session_option::Entity::find_by_id(form.option_id)
            .filter(session_option::Column::SessionId.eq(s.id))
            .one(&txn)
            .await?
            .ok_or_else(|| ServiceError::field("option_id", "Choose one of the proposed times"))?;
        let start = from_millis(option.starts_at);
        if start <= now {
            return Err(ServiceError::field(
                "option_id",
                "This time has passed; propose a new one",
            ));
        }
        if clashes(
            &txn,
            &[caller.id, other],
            start,
            s.duration_min as u32,
            s.id,
        )
        .await?
        {
            return Err(ServiceError::field(
                "option_id",
                "This time overlaps another session one of you has; choose another time",
            ));
        }
        let mine = zone(&caller.time_zone);
        (
            SessionStatus::Scheduled,
            format!(
                "Accepted {} ({} time)",
                schedule::clock_with_date(start, &mine),
                shared::time::zone_city(&caller.time_zone)
            ),
            Some(start),
        )
    };
    coaching_session::ActiveModel {
        id: Set(s.id),
        status: Set(status.code().into()),
        starts_at: Set(start.map(to_millis)),
        sequence: Set(s.sequence + 1),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    record(&txn, s.id, caller, summary.clone(), now).await?;
    let message = match start {
        Some(t) => format!(
            "{} accepted a session: {} your time.",
            caller.display_name,
            schedule::clock_with_date(t, &zone(&person_zone(&txn, other).await?))
        ),
        None => format!("{} declined the times you proposed.", caller.display_name),
    };
    notify(&txn, other, &message, &sessions_link(&p), now).await?;
    txn.commit().await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(status)
}

/// Moves a scheduled session; the link, medium and agenda stay, the calendar sequence grows.
pub async fn reschedule(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &RescheduleForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let mine = zone(&caller.time_zone);
    let start = schedule::parse_local(&form.new_time, &mine)
        .map_err(|m| ServiceError::field("new_time", m))?;
    if start <= now {
        return Err(ServiceError::field(
            "new_time",
            "Choose a time in the future",
        ));
    }
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let s = session_in(&txn, &p, form.session_id).await?;
    if status_of(&s) != SessionStatus::Scheduled {
        return Err(ServiceError::Conflict(
            "Only a scheduled session can be moved.".into(),
        ));
    }
    let other = other_of(&p, side);
    if clashes(
        &txn,
        &[caller.id, other],
        start,
        s.duration_min as u32,
        s.id,
    )
    .await?
    {
        return Err(ServiceError::field(
            "new_time",
            "This time overlaps another session one of you has; choose another time",
        ));
    }
    let before = s.starts_at.map(from_millis);
    coaching_session::ActiveModel {
        id: Set(s.id),
        starts_at: Set(Some(to_millis(start))),
        sequence: Set(s.sequence + 1),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let from = before.map_or_else(String::new, |b| schedule::clock_with_date(b, &mine));
    record(
        &txn,
        s.id,
        caller,
        format!(
            "Moved from {from} to {} ({} time)",
            schedule::clock_with_date(start, &mine),
            shared::time::zone_city(&caller.time_zone)
        ),
        now,
    )
    .await?;
    let their = zone(&person_zone(&txn, other).await?);
    notify(
        &txn,
        other,
        &format!(
            "{} moved your session to {} your time. The link stays the same.",
            caller.display_name,
            schedule::clock_with_date(start, &their)
        ),
        &sessions_link(&p),
        now,
    )
    .await?;
    // Reminders follow the new time.
    reminder::Entity::delete_many()
        .filter(reminder::Column::SessionId.eq(s.id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(())
}

/// Cancels a proposed or scheduled session, with a reason.
pub async fn cancel(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &CancelForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let reason = shared::validate::text(&form.reason, "the reason for cancelling", 3, 1_000)
        .map_err(|m| ServiceError::field("reason", m))?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let s = session_in(&txn, &p, form.session_id).await?;
    if !matches!(
        status_of(&s),
        SessionStatus::Proposed | SessionStatus::Scheduled
    ) {
        return Err(ServiceError::Conflict(format!(
            "This session is {} and cannot be cancelled.",
            status_of(&s).label().to_lowercase()
        )));
    }
    coaching_session::ActiveModel {
        id: Set(s.id),
        status: Set(SessionStatus::Cancelled.code().into()),
        cancel_reason: Set(reason.clone()),
        sequence: Set(s.sequence + 1),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    record(&txn, s.id, caller, format!("Cancelled: {reason}"), now).await?;
    notify(
        &txn,
        other_of(&p, side),
        &format!("{} cancelled a session: {reason}", caller.display_name),
        &sessions_link(&p),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(())
}

/// After the session's start: held or no-show, private notes, agreed actions.
pub async fn record_outcome(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &OutcomeForm,
    now: Timestamp,
) -> Result<SessionStatus, ServiceError> {
    let outcome = match form.outcome.as_str() {
        "held" => SessionStatus::Held,
        "no_show" => SessionStatus::NoShow,
        _ => {
            return Err(ServiceError::field(
                "outcome",
                "Say whether the session was held",
            ));
        }
    };
    let mut e = FieldErrors::new();
    let notes = e.take(
        "notes",
        shared::validate::text(&form.notes, "notes", 0, 5_000),
    );
    let actions = e.take(
        "actions",
        shared::validate::text(&form.actions, "actions", 0, 2_000),
    );
    e.into_result(())?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let s = session_in(&txn, &p, form.session_id).await?;
    let started = s.starts_at.is_some_and(|at| at <= to_millis(now));
    if !matches!(
        status_of(&s),
        SessionStatus::Scheduled | SessionStatus::Held | SessionStatus::NoShow
    ) || !started
    {
        return Err(ServiceError::Conflict(
            "A session's outcome is recorded once its time has come.".into(),
        ));
    }
    coaching_session::ActiveModel {
        id: Set(s.id),
        status: Set(outcome.code().into()),
        notes: Set(notes),
        actions: Set(actions),
        // A partner who records it held has confirmed it.
        partner_confirmed_at: Set(if side == Side::Partner && outcome == SessionStatus::Held {
            Some(to_millis(now))
        } else {
            s.partner_confirmed_at
        }),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    record(
        &txn,
        s.id,
        caller,
        format!("Recorded as {}", outcome.label().to_lowercase()),
        now,
    )
    .await?;
    notify(
        &txn,
        other_of(&p, side),
        &format!(
            "{} recorded your session as {}.",
            caller.display_name,
            outcome.label().to_lowercase()
        ),
        &sessions_link(&p),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(outcome)
}

/// The partner confirms a session was held.
pub async fn confirm_held(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    session_id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, partnership_id).await?;
    if side != Side::Partner {
        return Err(ServiceError::Conflict(
            "The partner confirms that a session was held.".into(),
        ));
    }
    let s = session_in(&txn, &p, session_id).await?;
    if status_of(&s) != SessionStatus::Held {
        return Err(ServiceError::Conflict(
            "Only a session recorded as held can be confirmed.".into(),
        ));
    }
    coaching_session::ActiveModel {
        id: Set(s.id),
        partner_confirmed_at: Set(Some(to_millis(now))),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    record(&txn, s.id, caller, "Confirmed it was held".into(), now).await?;
    txn.commit().await?;
    Ok(())
}

/// Held sessions and scheduled ones still to come, for the pace of several partnerships.
pub async fn counts(
    db: &impl ConnectionTrait,
    partnership_ids: &[i64],
    now: Timestamp,
) -> Result<HashMap<i64, (u32, u32)>, ServiceError> {
    let mut out: HashMap<i64, (u32, u32)> = HashMap::new();
    for s in coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.is_in(partnership_ids.iter().copied()))
        .filter(
            coaching_session::Column::Status
                .is_in([SessionStatus::Held.code(), SessionStatus::Scheduled.code()]),
        )
        .all(db)
        .await?
    {
        let entry = out.entry(s.partnership_id).or_default();
        if status_of(&s) == SessionStatus::Held {
            entry.0 += 1;
        } else if s.starts_at.is_some_and(|at| at > to_millis(now)) {
            entry.1 += 1;
        }
    }
    Ok(out)
}

/// The pace of one partnership on the viewer's calendar day.
pub fn pace_of(
    p: &partnership::Model,
    held: u32,
    scheduled: u32,
    viewer_zone: &str,
    now: Timestamp,
) -> schedule::Pace {
    let start = p.starts_on.parse().unwrap_or_default();
    let end = p.ends_on.parse().unwrap_or_default();
    let today = now.to_zoned(zone(viewer_zone)).date();
    schedule::pace(start, end, today, held, scheduled)
}

fn session_view(
    s: coaching_session::Model,
    options: &[session_option::Model],
    history: Vec<String>,
    caller: &CurrentUser,
    their_zone: &str,
    proposer: &str,
    now: Timestamp,
) -> SessionView {
    let both = |ms: i64| BothClocks::new(from_millis(ms), &caller.time_zone, their_zone);
    SessionView {
        id: s.id,
        status: status_of(&s),
        medium: Medium::from_code(&s.medium).unwrap_or(Medium::Video),
        link: s.link.clone(),
        duration: s.duration_min.max(0) as u32,
        agenda: s.agenda.clone(),
        at: s.starts_at.map(both),
        options: options
            .iter()
            .filter(|o| o.session_id == s.id)
            .map(|o| OptionView {
                id: o.id,
                at: both(o.starts_at),
            })
            .collect(),
        proposed_by_me: s.proposed_by == caller.id,
        proposed_by: proposer.to_owned(),
        cancel_reason: s.cancel_reason.clone(),
        notes: s.notes.clone(),
        actions: s
            .actions
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        partner_confirmed: s.partner_confirmed_at.is_some(),
        sequence: s.sequence,
        in_past: s.starts_at.is_some_and(|at| at <= to_millis(now)),
        history,
    }
}

/// The pair's sessions page: sessions, the pace, and common free time over the next four weeks.
pub async fn sessions_view(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    now: Timestamp,
) -> Result<SessionsView, ServiceError> {
    let (p, side) = pair_only(db, caller, partnership_id).await?;
    let head = head(db, &p, Access::Pair(side), caller, now).await?;
    let other = other_of(&p, side);
    let their_zone = person_zone(db, other).await?;
    let rows = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .order_by_desc(coaching_session::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|s| s.id).collect();
    let options = session_option::Entity::find()
        .filter(session_option::Column::SessionId.is_in(ids.clone()))
        .order_by_asc(session_option::Column::StartsAt)
        .all(db)
        .await?;
    let changes = session_change::Entity::find()
        .filter(session_change::Column::SessionId.is_in(ids))
        .order_by_asc(session_change::Column::Id)
        .all(db)
        .await?;
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in([p.coach_id, p.partner_id]))
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x.display_name))
        .collect();
    let mine = zone(&caller.time_zone);
    let mut sessions: Vec<SessionView> = rows
        .into_iter()
        .map(|s| {
            let history = changes
                .iter()
                .filter(|c| c.session_id == s.id)
                .map(|c| {
                    format!(
                        "{}, {}: {}",
                        schedule::clock_with_date(from_millis(c.at), &mine),
                        c.person_id
                            .and_then(|id| names.get(&id).cloned())
                            .unwrap_or_default(),
                        c.summary
                    )
                })
                .collect();
            let proposer = names.get(&s.proposed_by).cloned().unwrap_or_default();
            session_view(s, &options, history, caller, &their_zone, &proposer, now)
        })
        .collect();
    // Waiting for an answer first, then what is coming (soonest first), then the past.
    let rank = |s: &SessionView| match (s.status, s.in_past) {
        (SessionStatus::Proposed, _) => 0,
        (SessionStatus::Scheduled, false) => 1,
        (SessionStatus::Scheduled, true) => 2,
        _ => 3,
    };
    sessions.sort_by(|a, b| {
        rank(a).cmp(&rank(b)).then_with(|| {
            let (x, y) = (
                a.at.as_ref().map(|c| c.utc.clone()).unwrap_or_default(),
                b.at.as_ref().map(|c| c.utc.clone()).unwrap_or_default(),
            );
            if rank(a) == 1 { x.cmp(&y) } else { y.cmp(&x) }
        })
    });
    let held = sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Held)
        .count() as u32;
    let scheduled = sessions
        .iter()
        .filter(|s| s.status == SessionStatus::Scheduled && !s.in_past)
        .count() as u32;
    let pace = pace_of(&p, held, scheduled, &caller.time_zone, now);

    // Common free time over the next four weeks, in 60-minute slots or longer.
    let my_windows: Vec<WeeklyWindow> = windows_of(db, caller.id)
        .await?
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let their_windows: Vec<WeeklyWindow> = windows_of(db, other)
        .await?
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let days = |rows: Vec<(i64, String)>| -> Vec<jiff::civil::Date> {
        rows.into_iter()
            .filter_map(|(_, d)| d.parse().ok())
            .collect()
    };
    let their_tz = zone(&their_zone);
    let today_mine = now.to_zoned(mine.clone()).date();
    let today_theirs = now.to_zoned(their_tz.clone()).date();
    let horizon = 28.days();
    let a = schedule::expand(
        &my_windows,
        &mine,
        today_mine,
        today_mine.checked_add(horizon).unwrap_or(today_mine),
        &days(away_days(db, caller.id).await?),
    );
    let b = schedule::expand(
        &their_windows,
        &their_tz,
        today_theirs,
        today_theirs.checked_add(horizon).unwrap_or(today_theirs),
        &days(away_days(db, other).await?),
    );
    let common = schedule::intersect(&a, &b, 60)
        .into_iter()
        .filter(|(s, _)| *s > now)
        .take(12)
        .map(|(s, e)| {
            let partner_tz = if side == Side::Partner { &mine } else { &their_tz };
            let coach_tz = if side == Side::Partner { &their_tz } else { &mine };
            let warning = schedule::clock_change_moves(s, partner_tz, coach_tz, 10)
                .or_else(|| schedule::clock_change_moves(s, coach_tz, partner_tz, 10))
                .map(|(from, there)| {
                    format!(
                        "Held weekly, this slot moves by an hour from {} ({} in {}): a clock changes.",
                        from.strftime("%-d %b"),
                        there,
                        if schedule::clock_change_moves(s, partner_tz, coach_tz, 10).is_some() {
                            shared::time::zone_city(if side == Side::Partner { &their_zone } else { &caller.time_zone })
                        } else {
                            shared::time::zone_city(if side == Side::Partner { &caller.time_zone } else { &their_zone })
                        }
                    )
                });
            CommonSlot {
                start: BothClocks::new(s, &caller.time_zone, &their_zone),
                end_mine: e.to_zoned(mine.clone()).strftime("%H:%M").to_string(),
                end_theirs: e.to_zoned(their_tz.clone()).strftime("%H:%M").to_string(),
                minutes: e.duration_since(s).as_mins(),
                local_value: s.to_zoned(mine.clone()).strftime("%Y-%m-%dT%H:%M").to_string(),
                warning,
            }
        })
        .collect();
    Ok(SessionsView {
        head,
        my_zone: caller.time_zone.clone(),
        their_zone,
        sessions,
        pace,
        common,
        i_have_availability: !my_windows.is_empty(),
        they_have_availability: !their_windows.is_empty(),
        request_key: new_token(),
        open_goals: crate::entities::goal::Entity::find()
            .filter(crate::entities::goal::Column::PartnershipId.eq(p.id))
            .filter(crate::entities::goal::Column::Status.is_in(["not_started", "in_progress"]))
            .order_by_asc(crate::entities::goal::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|g| (g.id, g.title))
            .collect(),
    })
}

mod availability;
pub use availability::*;
mod calendar;
pub use calendar::*;
