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
use crate::server::ServiceError;
use crate::server::failure::require_role;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use shared::Role;
use shared::account::CurrentUser;
use shared::partnership::{
    GoalDetail, GoalForm, GoalStatus, GoalView, HistoryLine, IntroductionForm, IntroductionView,
    IntroductionsView, JournalEntryView, JournalForm, JournalKind, JournalView, MilestoneDoneForm,
    MilestoneForm, MilestoneView, PairMember, PartnershipFigures, PartnershipHead,
    PartnershipStatus, ResourceForm, ResourceView, ResourcesView, ShareForm, Side, StatusForm,
    TeamView, WorkspaceView, checked, months_elapsed,
};
use shared::time::{format_local, from_millis};
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
        return Err(ServiceError::Conflict(format!(
            "This partnership is {}; its workspace can be read but no longer changed.",
            status.label().to_lowercase()
        )));
    }
    Ok((p, side))
}

fn status_of(p: &partnership::Model) -> PartnershipStatus {
    PartnershipStatus::from_code(&p.status).unwrap_or(PartnershipStatus::Active)
}

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

fn local(ms: i64, viewer: &CurrentUser) -> String {
    format_local(from_millis(ms), &zone(&viewer.time_zone))
}

fn day(raw: &str) -> Date {
    raw.parse::<Date>().unwrap_or_default()
}

/// Adds an in-app notification.
pub async fn notify(
    db: &impl ConnectionTrait,
    person_id: i64,
    body: &str,
    link: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    notification::ActiveModel {
        person_id: Set(person_id),
        body: Set(body.to_owned()),
        link: Set(link.to_owned()),
        created_at: Set(now.as_millisecond()),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The caller's unread notifications, newest first.
pub async fn unread_notifications(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
) -> Result<Vec<shared::partnership::NotificationView>, ServiceError> {
    Ok(notification::Entity::find()
        .filter(notification::Column::PersonId.eq(caller.id))
        .filter(notification::Column::ReadAt.is_null())
        .order_by_desc(notification::Column::Id)
        .limit(20)
        .all(db)
        .await?
        .into_iter()
        .map(|n| shared::partnership::NotificationView {
            id: n.id,
            body: n.body,
            link: n.link,
            at_local: local(n.created_at, caller),
        })
        .collect())
}

/// Marks one of the caller's notifications read.
pub async fn dismiss_notification(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let done = notification::Entity::update_many()
        .col_expr(
            notification::Column::ReadAt,
            sea_orm::sea_query::Expr::value(now.as_millisecond()),
        )
        .filter(notification::Column::Id.eq(id))
        .filter(notification::Column::PersonId.eq(caller.id))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(ServiceError::NotFound);
    }
    Ok(())
}

async fn names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, person::Model>, ServiceError> {
    let ids: Vec<i64> = ids.into_iter().collect();
    Ok(person::Entity::find()
        .filter(person::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect())
}

fn member(p: Option<&person::Model>, now: Timestamp) -> PairMember {
    match p {
        Some(p) => PairMember {
            id: p.id,
            name: p.display_name.clone(),
            time_zone: p.time_zone.clone(),
            now_local: now
                .to_zoned(zone(&p.time_zone))
                .strftime("%a %H:%M")
                .to_string(),
        },
        None => PairMember {
            id: 0,
            name: "(account removed)".into(),
            time_zone: "UTC".into(),
            now_local: String::new(),
        },
    }
}

/// The heads of several partnerships, with three queries whatever their number.
async fn heads(
    db: &impl ConnectionTrait,
    rows: &[(partnership::Model, Access)],
    now: Timestamp,
    viewer_zone: &str,
) -> Result<Vec<PartnershipHead>, ServiceError> {
    let people = names(
        db,
        rows.iter().flat_map(|(p, _)| [p.coach_id, p.partner_id]),
    )
    .await?;
    let cohorts: HashMap<i64, String> = cohort::Entity::find()
        .filter(cohort::Column::Id.is_in(rows.iter().map(|(p, _)| p.cohort_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let areas: HashMap<String, String> = objective_area::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.code, a.title))
        .collect();
    let today = now.to_zoned(zone(viewer_zone)).date();
    Ok(rows
        .iter()
        .map(|(p, access)| PartnershipHead {
            id: p.id,
            my_side: match access {
                Access::Pair(side) => Some(*side),
                Access::Team => None,
            },
            coach: member(people.get(&p.coach_id), now),
            partner: member(people.get(&p.partner_id), now),
            cohort_name: cohorts.get(&p.cohort_id).cloned().unwrap_or_default(),
            area_code: p.objective_area.clone(),
            area_title: areas.get(&p.objective_area).cloned().unwrap_or_default(),
            objective: p.objective.clone(),
            starts_on: p.starts_on.clone(),
            ends_on: p.ends_on.clone(),
            status: status_of(p),
            end_reason: p.end_reason.clone(),
            months_elapsed: months_elapsed(day(&p.starts_on), today),
        })
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
async fn goals_of(
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

fn figures(
    head: PartnershipHead,
    goals: &[GoalView],
    pace: shared::schedule::Pace,
) -> PartnershipFigures {
    let count = |s: GoalStatus| goals.iter().filter(|g| g.status == s).count() as u32;
    let live: Vec<&GoalView> = goals
        .iter()
        .filter(|g| g.status != GoalStatus::Dropped)
        .collect();
    let mean_progress = if live.is_empty() {
        0
    } else {
        live.iter().map(|g| g.progress).sum::<u32>() / live.len() as u32
    };
    let milestones = goals.iter().flat_map(|g| g.milestones.iter());
    PartnershipFigures {
        head,
        goals_total: goals.len() as u32,
        goals_not_started: count(GoalStatus::NotStarted),
        goals_in_progress: count(GoalStatus::InProgress),
        goals_done: count(GoalStatus::Done),
        goals_dropped: count(GoalStatus::Dropped),
        mean_progress,
        milestones_done: milestones.clone().filter(|m| m.done).count() as u32,
        milestones_total: milestones.count() as u32,
        pace,
    }
}

/// The partnerships the caller may see, with their figures: the pair their own, the chair all.
pub async fn list(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    now: Timestamp,
) -> Result<Vec<PartnershipFigures>, ServiceError> {
    let rows: Vec<partnership::Model> = if caller.has(Role::Chair) {
        partnership::Entity::find()
            .order_by_desc(partnership::Column::Id)
            .all(db)
            .await?
    } else {
        partnership::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(partnership::Column::CoachId.eq(caller.id))
                    .add(partnership::Column::PartnerId.eq(caller.id)),
            )
            .order_by_desc(partnership::Column::Id)
            .all(db)
            .await?
    };
    let rows: Vec<(partnership::Model, Access)> = rows
        .into_iter()
        .map(|p| {
            let a = if p.coach_id == caller.id {
                Access::Pair(Side::Coach)
            } else if p.partner_id == caller.id {
                Access::Pair(Side::Partner)
            } else {
                Access::Team
            };
            (p, a)
        })
        .collect();
    let ids: Vec<i64> = rows.iter().map(|(p, _)| p.id).collect();
    let today = now.to_zoned(zone(&caller.time_zone)).date();
    let mut goals = goals_of(db, &ids, today).await?;
    let sessions = crate::features::sessions::service::counts(db, &ids, now).await?;
    let paces: HashMap<i64, shared::schedule::Pace> = rows
        .iter()
        .map(|(p, _)| {
            let (held, scheduled) = sessions.get(&p.id).copied().unwrap_or_default();
            (
                p.id,
                crate::features::sessions::service::pace_of(
                    p,
                    held,
                    scheduled,
                    &caller.time_zone,
                    now,
                ),
            )
        })
        .collect();
    Ok(heads(db, &rows, now, &caller.time_zone)
        .await?
        .into_iter()
        .map(|h| {
            let g = goals.remove(&h.id).unwrap_or_default();
            let pace = paces
                .get(&h.id)
                .cloned()
                .unwrap_or_else(|| shared::schedule::pace(today, today, today, 0, 0));
            figures(h, &g, pace)
        })
        .collect())
}

/// A partnership's main page: the workspace for the pair, figures and shared entries for the
/// programme team.
pub async fn overview(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<shared::partnership::PartnershipPage, ServiceError> {
    let (p, access) = access(db, caller, id).await?;
    let head = head(db, &p, access, caller, now).await?;
    let today = now.to_zoned(zone(&caller.time_zone)).date();
    let goals = goals_of(db, &[p.id], today)
        .await?
        .remove(&p.id)
        .unwrap_or_default();
    let (held, scheduled) = crate::features::sessions::service::counts(db, &[p.id], now)
        .await?
        .get(&p.id)
        .copied()
        .unwrap_or_default();
    let pace =
        crate::features::sessions::service::pace_of(&p, held, scheduled, &caller.time_zone, now);
    let figures = figures(head, &goals, pace);
    let alerts = crate::features::commitments::service::alerts(db, caller, p.id).await?;
    match access {
        Access::Team => Ok(shared::partnership::PartnershipPage::Team(TeamView {
            figures,
            shared_entries: entries(db, caller, p.id, true).await?,
            alerts,
        })),
        Access::Pair(_) => {
            let count = |n: u64| n as u32;
            use sea_orm::PaginatorTrait;
            let journal = journal_entry::Entity::find()
                .filter(journal_entry::Column::PartnershipId.eq(p.id))
                .count(db)
                .await?;
            let resources = resource::Entity::find()
                .filter(resource::Column::PartnershipId.eq(p.id))
                .count(db)
                .await?;
            let introductions = introduction::Entity::find()
                .filter(introduction::Column::PartnershipId.eq(p.id))
                .count(db)
                .await?;
            Ok(shared::partnership::PartnershipPage::Pair(WorkspaceView {
                figures,
                goals,
                journal_entries: count(journal),
                resources: count(resources),
                introductions: count(introductions),
                alerts,
            }))
        }
    }
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
        return Err(ServiceError::Conflict(format!(
            "A partnership that is {} cannot become {}.",
            from.label().to_lowercase(),
            to.label().to_lowercase()
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
    let text = if reason.is_empty() {
        format!(
            "The programme chair marked your partnership as {}.",
            to.label().to_lowercase()
        )
    } else {
        format!(
            "The programme chair marked your partnership as {}: {reason}",
            to.label().to_lowercase()
        )
    };
    let link = format!("/partnerships/{}", p.id);
    for person in [p.coach_id, p.partner_id] {
        notify(&txn, person, &text, &link, now).await?;
    }
    txn.commit().await?;
    Ok(to)
}

async fn record(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    goal_id: i64,
    caller: &CurrentUser,
    summary: String,
    now: Timestamp,
) -> Result<(), ServiceError> {
    goal_event::ActiveModel {
        partnership_id: Set(p.id),
        goal_id: Set(goal_id),
        person_id: Set(Some(caller.id)),
        at: Set(now.as_millisecond()),
        summary: Set(summary),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Tells the other member of the pair.
async fn tell_other(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    side: Side,
    body: &str,
    link: &str,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let other = match side {
        Side::Coach => p.partner_id,
        Side::Partner => p.coach_id,
    };
    notify(db, other, body, link, now).await
}

/// Adds a goal (`goal_id` 0) or changes one; each change is written to the goal's history.
pub async fn save_goal(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &GoalForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let change = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let ms = now.as_millisecond();
    let id = if form.goal_id == 0 {
        let g = goal::ActiveModel {
            partnership_id: Set(p.id),
            title: Set(change.title.clone()),
            outcome: Set(change.outcome),
            status: Set(change.status.code().to_owned()),
            progress: Set(change.progress as i32),
            created_by: Set(Some(caller.id)),
            created_at: Set(ms),
            updated_at: Set(ms),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        record(
            &txn,
            &p,
            g.id,
            caller,
            format!("Added the goal \"{}\"", change.title),
            now,
        )
        .await?;
        tell_other(
            &txn,
            &p,
            side,
            &format!("{} added a goal: {}", caller.display_name, change.title),
            &format!("/partnerships/{}/goals/{}", p.id, g.id),
            now,
        )
        .await?;
        g.id
    } else {
        let old = goal::Entity::find_by_id(form.goal_id)
            .filter(goal::Column::PartnershipId.eq(p.id))
            .one(&txn)
            .await?
            .ok_or(ServiceError::NotFound)?;
        let mut changes = Vec::new();
        if old.title != change.title {
            changes.push(format!("Goal: \"{}\" → \"{}\"", old.title, change.title));
        }
        if old.outcome != change.outcome {
            changes.push(format!("Outcome: \"{}\"", change.outcome));
        }
        if old.status != change.status.code() {
            let before = GoalStatus::from_code(&old.status).map_or("?", |s| s.label());
            changes.push(format!("Status: {before} → {}", change.status.label()));
        }
        if old.progress != change.progress as i32 {
            changes.push(format!(
                "Progress: {}% → {}%",
                old.progress, change.progress
            ));
        }
        if changes.is_empty() {
            return Ok(old.id);
        }
        goal::ActiveModel {
            id: Set(old.id),
            title: Set(change.title),
            outcome: Set(change.outcome),
            status: Set(change.status.code().to_owned()),
            progress: Set(change.progress as i32),
            updated_at: Set(ms),
            ..Default::default()
        }
        .update(&txn)
        .await?;
        let summary = changes.join("; ");
        record(&txn, &p, old.id, caller, summary.clone(), now).await?;
        tell_other(
            &txn,
            &p,
            side,
            &format!("{} updated a goal: {summary}", caller.display_name),
            &format!("/partnerships/{}/goals/{}", p.id, old.id),
            now,
        )
        .await?;
        old.id
    };
    txn.commit().await?;
    Ok(id)
}

/// A goal with its milestones and history.
pub async fn goal_detail(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    partnership_id: i64,
    goal_id: i64,
    now: Timestamp,
) -> Result<GoalDetail, ServiceError> {
    let (p, side) = pair_only(db, caller, partnership_id).await?;
    let head = head(db, &p, Access::Pair(side), caller, now).await?;
    let today = now.to_zoned(zone(&caller.time_zone)).date();
    let goal = goals_of(db, &[p.id], today)
        .await?
        .remove(&p.id)
        .unwrap_or_default()
        .into_iter()
        .find(|g| g.id == goal_id)
        .ok_or(ServiceError::NotFound)?;
    let events = goal_event::Entity::find()
        .filter(goal_event::Column::GoalId.eq(goal.id))
        .order_by_desc(goal_event::Column::Id)
        .all(db)
        .await?;
    let who = names(db, events.iter().filter_map(|e| e.person_id)).await?;
    let history = events
        .into_iter()
        .map(|e| HistoryLine {
            who: e
                .person_id
                .and_then(|id| who.get(&id))
                .map_or_else(|| "Someone".into(), |p| p.display_name.clone()),
            at_local: local(e.at, caller),
            summary: e.summary,
        })
        .collect();
    Ok(GoalDetail {
        head,
        goal,
        history,
    })
}

async fn goal_in(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    goal_id: i64,
) -> Result<goal::Model, ServiceError> {
    goal::Entity::find_by_id(goal_id)
        .filter(goal::Column::PartnershipId.eq(p.id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Adds a milestone to a goal; its date must fall in the partnership year.
pub async fn add_milestone(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &MilestoneForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let g = goal_in(&txn, &p, form.goal_id).await?;
    let (title, due) = form.validate(day(&p.starts_on), day(&p.ends_on))?;
    let m = milestone::ActiveModel {
        goal_id: Set(g.id),
        title: Set(title.clone()),
        due_on: Set(due.to_string()),
        done_at: Set(None),
        created_at: Set(now.as_millisecond()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let summary = format!(
        "Added the milestone \"{title}\", due {}",
        due.strftime("%-d %b %Y")
    );
    record(&txn, &p, g.id, caller, summary.clone(), now).await?;
    tell_other(
        &txn,
        &p,
        side,
        &format!("{} on \"{}\": {summary}", caller.display_name, g.title),
        &format!("/partnerships/{}/goals/{}", p.id, g.id),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(m.id)
}

/// Marks a milestone done or not done.
pub async fn set_milestone_done(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &MilestoneDoneForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, _) = pair_writing(&txn, caller, form.partnership_id).await?;
    let m = milestone::Entity::find_by_id(form.milestone_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let g = goal_in(&txn, &p, m.goal_id).await?;
    let done = checked(&form.done);
    if done == m.done_at.is_some() {
        return Ok(g.id);
    }
    milestone::ActiveModel {
        id: Set(m.id),
        done_at: Set(done.then_some(now.as_millisecond())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let summary = if done {
        format!("Milestone done: \"{}\"", m.title)
    } else {
        format!("Milestone reopened: \"{}\"", m.title)
    };
    record(&txn, &p, g.id, caller, summary, now).await?;
    txn.commit().await?;
    Ok(g.id)
}

mod journal;
pub use journal::*;
