//! Goals with a measurable outcome, their milestones, and the history of who changed what.

use super::*;
use shared::errors::Message;
use shared::i18n::Arg;

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
        let key = receipts::key(&form.request_key)?;
        if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
            return Ok(id);
        }
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
            Message::key(
                "note-goal-added",
                &[
                    ("who", caller.display_name.clone().into()),
                    ("title", change.title.clone().into()),
                ],
            ),
            &format!("/partnerships/{}/goals/{}", p.id, g.id),
            now,
        )
        .await?;
        receipts::keep(&txn, caller.id, key, g.id, now).await?;
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
            Message::key(
                "note-goal-updated",
                &[
                    ("who", caller.display_name.clone().into()),
                    ("summary", summary.into()),
                ],
            ),
            &format!("/partnerships/{}/goals/{}", p.id, old.id),
            now,
        )
        .await?;
        old.id
    };
    txn.commit().await?;
    crate::server::events::changed(crate::server::events::Kind::Goal, &p);
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
    let key = receipts::key(&form.request_key)?;
    if let Some(id) = receipts::seen(&txn, caller.id, key).await? {
        return Ok(id);
    }
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
        Message::key(
            "note-milestone-added",
            &[
                ("who", caller.display_name.clone().into()),
                ("goal", g.title.clone().into()),
                ("title", title.clone().into()),
                ("date", Arg::Date(due.to_string())),
            ],
        ),
        &format!("/partnerships/{}/goals/{}", p.id, g.id),
        now,
    )
    .await?;
    receipts::keep(&txn, caller.id, key, m.id, now).await?;
    txn.commit().await?;
    crate::server::events::changed(crate::server::events::Kind::Goal, &p);
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
    crate::server::events::changed(crate::server::events::Kind::Goal, &p);
    Ok(g.id)
}

/// Rewords a milestone or moves its date; the history keeps what it was.
pub async fn change_milestone(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &MilestoneChangeForm,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let m = milestone::Entity::find_by_id(form.milestone_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let g = goal_in(&txn, &p, m.goal_id).await?;
    let (title, due) = form.validate(day(&p.starts_on), day(&p.ends_on))?;
    if title == m.title && due.to_string() == m.due_on {
        return Ok(g.id);
    }
    milestone::ActiveModel {
        id: Set(m.id),
        title: Set(title.clone()),
        due_on: Set(due.to_string()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let summary = format!(
        "Changed the milestone \"{}\", due {}, to \"{title}\", due {}",
        m.title,
        shared::time::format_date(&m.due_on),
        due.strftime("%-d %b %Y")
    );
    record(&txn, &p, g.id, caller, summary.clone(), now).await?;
    tell_other(
        &txn,
        &p,
        side,
        Message::key(
            "note-milestone-changed",
            &[
                ("who", caller.display_name.clone().into()),
                ("goal", g.title.clone().into()),
                ("old", m.title.clone().into()),
                ("old_date", Arg::Date(m.due_on.clone())),
                ("title", title.clone().into()),
                ("date", Arg::Date(due.to_string())),
            ],
        ),
        &format!("/partnerships/{}/goals/{}", p.id, g.id),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::server::events::changed(crate::server::events::Kind::Goal, &p);
    Ok(g.id)
}

/// Removes a milestone; the goal's history says what it was. Removing one already gone is not
/// an error (a resend), as long as the goal is the pair's.
pub async fn remove_milestone(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &MilestoneRemoval,
    now: Timestamp,
) -> Result<i64, ServiceError> {
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let g = goal_in(&txn, &p, form.goal_id).await?;
    let Some(m) = milestone::Entity::find_by_id(form.milestone_id)
        .one(&txn)
        .await?
        .filter(|m| m.goal_id == g.id)
    else {
        return Ok(g.id);
    };
    milestone::Entity::delete_by_id(m.id).exec(&txn).await?;
    let summary = format!(
        "Removed the milestone \"{}\", due {}",
        m.title,
        shared::time::format_date(&m.due_on)
    );
    record(&txn, &p, g.id, caller, summary.clone(), now).await?;
    tell_other(
        &txn,
        &p,
        side,
        Message::key(
            "note-milestone-removed",
            &[
                ("who", caller.display_name.clone().into()),
                ("goal", g.title.clone().into()),
                ("title", m.title.clone().into()),
                ("date", Arg::Date(m.due_on.clone())),
            ],
        ),
        &format!("/partnerships/{}/goals/{}", p.id, g.id),
        now,
    )
    .await?;
    txn.commit().await?;
    crate::server::events::changed(crate::server::events::Kind::Goal, &p);
    Ok(g.id)
}
