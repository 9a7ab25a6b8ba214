//! Partnership use cases. Who may do what:
//! - the pair (its coach and its partner) reads and writes its workspace while the partnership is
//!   current (active or paused); afterwards it is read-only;
//! - the programme team (chair) reads every partnership's figures and the journal entries their
//!   authors shared, and changes a partnership's status; nothing else of the pair's;
//! - anyone else gets "not found", so the existence of a partnership does not leak.

use crate::entities::{
    cohort, goal, goal_event, introduction, journal_entry, milestone, notification, objective_area,
    partnership, person, resource,
};
use crate::server::events::{self, Event, Kind};
use crate::server::failure::require_role;
use crate::server::{ServiceError, receipts};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::errors::Message;
use shared::partnership::{
    GoalDetail, GoalForm, GoalStatus, GoalView, HistoryLine, IntroductionForm, IntroductionView,
    IntroductionsView, JournalEntryView, JournalForm, JournalKind, JournalView,
    MilestoneChangeForm, MilestoneDoneForm, MilestoneForm, MilestoneRemoval, MilestoneView,
    PairMember, PartnershipHead, PartnershipStatus, ResourceForm, ResourceView, ResourcesView,
    ShareForm, Side, StatusForm, checked, year_position,
};
use shared::time::from_millis;
use std::collections::HashMap;

/// How the caller stands to a partnership.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Pair(Side),
    Team,
}

/// The partnership and the caller's access to it; `NotFound` for anyone else.
pub async fn access(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(partnership::Model, Access), ServiceError> {
    let p = partnership::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let access = if p.coach_id == caller.id {
        Access::Pair(Side::Coach)
    } else if p.partner_id == caller.id {
        Access::Pair(Side::Partner)
    } else if caller.has(Role::Chair) {
        Access::Team
    } else {
        return Err(ServiceError::NotFound);
    };
    Ok((p, access))
}

/// As [`access`], for the pair only: the programme team is refused.
pub async fn pair_only(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(partnership::Model, Side), ServiceError> {
    match access(db, caller, id).await? {
        (p, Access::Pair(side)) => Ok((p, side)),
        (_, Access::Team) => Err(ServiceError::Forbidden),
    }
}

/// As [`pair_only`], for a change: the partnership must still be current.
pub(crate) async fn pair_writing(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
) -> Result<(partnership::Model, Side), ServiceError> {
    let (p, side) = pair_only(db, caller, id).await?;
    let status = status_of(&p);
    if !status.is_current() {
        return Err(ServiceError::Conflict(Message::key(
            "partnership-read-only",
            &[("status", status.state())],
        )));
    }
    Ok((p, side))
}

pub(crate) fn status_of(p: &partnership::Model) -> PartnershipStatus {
    PartnershipStatus::from_code(&p.status).unwrap_or(PartnershipStatus::Active)
}

pub(crate) fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

/// A moment on the viewer's clock, written in the request's language and digits.
fn local(ms: i64, viewer: &CurrentUser) -> String {
    shared::time::format_local_in(
        crate::i18n::style(),
        from_millis(ms),
        &zone(&viewer.time_zone),
    )
}

pub(crate) fn day(raw: &str) -> Date {
    raw.parse::<Date>().unwrap_or_default()
}

pub(crate) async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, person::Model>, ServiceError> {
    // Each person once: a long history has thousands of rows by the same two authors, and one
    // SQL variable per row would pass SQLite's limit (32,766).
    let ids: std::collections::BTreeSet<i64> = ids.into_iter().collect();
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect())
}

pub(crate) async fn head(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    access: Access,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<PartnershipHead, ServiceError> {
    heads(db, &[(p.clone(), access)], now, &caller.time_zone)
        .await?
        .pop()
        .ok_or(ServiceError::NotFound)
}

/// Goals with their milestones for several partnerships, in two queries.
pub(crate) async fn goals_of(
    db: &impl ConnectionTrait,
    partnership_ids: &[i64],
    today: Date,
) -> Result<HashMap<i64, Vec<GoalView>>, ServiceError> {
    let goals = goal::Entity::find()
        .filter(goal::Column::PartnershipId.is_in(partnership_ids.iter().copied()))
        .order_by_asc(goal::Column::Id)
        .all(db)
        .await?;
    let mut milestones: HashMap<i64, Vec<MilestoneView>> = HashMap::new();
    for m in milestone::Entity::find()
        .filter(milestone::Column::GoalId.is_in(goals.iter().map(|g| g.id)))
        .order_by_asc(milestone::Column::DueOn)
        .order_by_asc(milestone::Column::Id)
        .all(db)
        .await?
    {
        let done = m.done_at.is_some();
        milestones
            .entry(m.goal_id)
            .or_default()
            .push(MilestoneView {
                id: m.id,
                overdue: !done && day(&m.due_on) < today,
                title: m.title,
                due_on: m.due_on,
                done,
            });
    }
    let mut out: HashMap<i64, Vec<GoalView>> = HashMap::new();
    for g in goals {
        out.entry(g.partnership_id).or_default().push(GoalView {
            id: g.id,
            milestones: milestones.remove(&g.id).unwrap_or_default(),
            title: g.title,
            outcome: g.outcome,
            status: GoalStatus::from_code(&g.status).unwrap_or(GoalStatus::NotStarted),
            progress: g.progress.clamp(0, 100) as u32,
        });
    }
    Ok(out)
}

/// The chair changes a partnership's status; both people are told.
pub async fn set_status(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &StatusForm,
    now: Timestamp,
) -> Result<PartnershipStatus, ServiceError> {
    require_role(caller, Role::Chair)?;
    let (to, reason) = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let p = partnership::Entity::find_by_id(form.partnership_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let from = status_of(&p);
    if !from.can_move(to) {
        return Err(ServiceError::Conflict(Message::key(
            "partnership-cannot-move",
            &[("from", from.state()), ("to", to.state())],
        )));
    }
    partnership::ActiveModel {
        id: Set(p.id),
        status: Set(to.code().to_owned()),
        end_reason: Set(reason.clone()),
        updated_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    crate::server::audit::record(
        &txn,
        Some(caller.id),
        "partnership status",
        format!(
            "partnership:{} from {} to {}{}",
            p.id,
            from.code(),
            to.code(),
            if reason.is_empty() {
                String::new()
            } else {
                format!(": {reason}")
            }
        ),
        now,
    )
    .await?;
    let status = shared::i18n::Arg::Key(format!("partnership-state-{}", to.code()));
    let text = if reason.is_empty() {
        shared::errors::Message::key("note-status", &[("status", status)])
    } else {
        shared::errors::Message::key(
            "note-status-why",
            &[("status", status), ("reason", reason.clone().into())],
        )
    };
    let link = format!("/partnerships/{}", p.id);
    for person in [p.coach_id, p.partner_id] {
        notify_message(
            &txn,
            person,
            shared::mail::MailKind::Partnership,
            text.clone(),
            &link,
            now,
        )
        .await?;
    }
    events::commit(txn, Event::of(Kind::Partnership, &p)).await?;
    Ok(to)
}

mod journal;
pub use journal::*;

mod year;
pub use year::*;

mod coach_change;
pub use coach_change::*;

mod card;
pub use card::*;

mod evaluation;
pub use evaluation::*;

mod goals;
pub use goals::*;

mod notifications;
pub use notifications::*;

mod heads;
pub(crate) use heads::*;
