//! Partnership lists and the overview: the pair with both clocks, the objective, figures and
//! pace. It sits above the sessions and commitments services (it reads their counts and
//! alerts), which sit above the partnership's access rules (`service`): no cycle.

use super::service::*;
use crate::entities::{introduction, journal_entry, partnership, resource};
use crate::server::ServiceError;
use jiff::Timestamp;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use shared::Role;
use shared::account::CurrentUser;
use shared::partnership::{
    GoalStatus, GoalView, PartnershipFigures, PartnershipHead, Side, TeamView, WorkspaceView,
};
use shared::schedule::MIN_SESSIONS;
use std::collections::HashMap;

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
    let cohort_ids: Vec<i64> = rows.iter().map(|(p, _)| p.cohort_id).collect();
    let minimums = crate::features::sessions::service::minimums(db, &cohort_ids).await?;
    let paces: HashMap<i64, shared::schedule::Pace> = rows
        .iter()
        .map(|(p, _)| {
            (
                p.id,
                crate::features::sessions::service::pace_of(
                    p,
                    sessions.get(&p.id).copied().unwrap_or_default(),
                    minimums.get(&p.cohort_id).copied().unwrap_or(MIN_SESSIONS),
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
                .unwrap_or_else(|| shared::schedule::pace(today, today, today, 0, 0, MIN_SESSIONS));
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
    let counts = crate::features::sessions::service::counts(db, &[p.id], now)
        .await?
        .get(&p.id)
        .copied()
        .unwrap_or_default();
    let minimum = crate::features::sessions::service::minimums(db, &[p.cohort_id])
        .await?
        .get(&p.cohort_id)
        .copied()
        .unwrap_or(MIN_SESSIONS);
    let pace =
        crate::features::sessions::service::pace_of(&p, counts, minimum, &caller.time_zone, now);
    let figures = figures(head, &goals, pace);
    let alerts = crate::features::commitments::service::alerts(db, caller, p.id).await?;
    match access {
        Access::Team => Ok(shared::partnership::PartnershipPage::Team(TeamView {
            figures,
            shared_entries: entries(db, caller, p.id, true).await?,
            alerts,
            may_undo: now.as_millisecond() - p.created_at <= super::service::UNDO_WINDOW_MS,
            other_coaches: if p.status == "active" || p.status == "paused" {
                super::service::other_coaches(db, &p).await?
            } else {
                Vec::new()
            },
        })),
        Access::Pair(side) => {
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
                evaluation_open: today >= shared::evaluation::opens_on(day(&p.ends_on)),
                other: Some(super::service::other_member(db, &p, side).await?),
            }))
        }
    }
}
