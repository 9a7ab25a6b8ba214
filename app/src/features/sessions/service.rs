//! Session use cases. Only the pair sees or changes its sessions (others: not found; the chair:
//! refused); everyone manages their own availability and calendar feed. Times are stored as UTC
//! milliseconds and read or shown on each person's own clock.

use crate::entities::{
    availability_exception, availability_window, calendar_feed, coaching_session, partnership,
    person, reminder, session_change, session_option,
};
use crate::features::auth::tokens::{new_token, token_hash};
use crate::features::partnership::service::{
    Access, Notice, head, notify, pair_only, pair_writing, tell,
};
use crate::server::ServiceError;
use crate::server::events::{self, Event, Kind};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp, ToSpan};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use shared::FieldErrors;
use shared::account::CurrentUser;
use shared::errors::Message;
use shared::i18n::Arg;
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
    summary: &Message,
    now: Timestamp,
) -> Result<(), ServiceError> {
    session_change::ActiveModel {
        session_id: Set(session_id),
        person_id: Set(Some(caller.id)),
        at: Set(to_millis(now)),
        summary: Set(crate::i18n::to_stored(summary)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

fn sessions_link(p: &partnership::Model) -> String {
    format!("/partnerships/{}/sessions", p.id)
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

mod availability;
pub use availability::*;
mod calendar;
pub use calendar::*;

mod proposals;
pub use proposals::*;

mod outcome;
pub use outcome::*;

mod view;
pub use view::*;
