//! Goals with a measurable outcome, their milestones, and the history of who changed what.

use super::*;
use shared::errors::Message;
use shared::i18n::Arg;

async fn record(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
    goal_id: i64,
    caller: &CurrentUser,
    summary: &Message,
    now: Timestamp,
) -> Result<(), ServiceError> {
    goal_event::ActiveModel {
        partnership_id: Set(p.id),
        goal_id: Set(goal_id),
        person_id: Set(Some(caller.id)),
        at: Set(now.as_millisecond()),
        summary: Set(crate::i18n::to_stored(summary)),
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
            &Message::key(
                "goal-history-added",
                &[("title", change.title.as_str().into())],
            ),
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
            changes.push(Message::key(
                "goal-history-title",
                &[
                    ("old", old.title.as_str().into()),
                    ("new", change.title.as_str().into()),
                ],
            ));
        }
        if old.outcome != change.outcome {
            changes.push(Message::key(
                "goal-history-outcome",
                &[("outcome", change.outcome.as_str().into())],
            ));
        }
        if old.status != change.status.code() {
            changes.push(Message::key(
                "goal-history-status",
                &[
                    ("before", Arg::Key(format!("goal-status-{}", old.status))),
                    (
                        "after",
                        Arg::Key(format!("goal-status-{}", change.status.code())),
                    ),
                ],
            ));
        }
        if old.progress != change.progress as i32 {
            changes.push(Message::key(
                "goal-history-progress",
                &[
                    ("old", old.progress.into()),
                    ("new", change.progress.into()),
                ],
            ));
        }
        let Some(summary) = Message::joined(changes) else {
            return Ok(old.id);
        };
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
        record(&txn, &p, old.id, caller, &summary, now).await?;
        tell_other(
            &txn,
            &p,
            side,
            Message::key(
                "note-goal-updated",
                &[
                    ("who", caller.display_name.clone().into()),
                    ("summary", Arg::Said(Box::new(summary))),
                ],
            ),
            &format!("/partnerships/{}/goals/{}", p.id, old.id),
            now,
        )
        .await?;
        old.id
    };
    events::commit(txn, Event::of(Kind::Goal, &p)).await?;
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
    let lang = crate::i18n::lang();
    let history = events
        .into_iter()
        .map(|e| HistoryLine {
            who: e.person_id.and_then(|id| who.get(&id)).map_or_else(
                || shared::i18n::t(lang, "someone"),
                |p| p.display_name.clone(),
            ),
            at_local: local(e.at, caller),
            summary: crate::i18n::read_stored(&e.summary, lang),
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
    let summary = Message::key(
        "goal-history-milestone-added",
        &[
            ("title", title.as_str().into()),
            ("date", Arg::Date(due.to_string())),
        ],
    );
    record(&txn, &p, g.id, caller, &summary, now).await?;
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
    events::commit(txn, Event::of(Kind::Goal, &p)).await?;
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
    let summary = Message::key(
        if done {
            "goal-history-milestone-done"
        } else {
            "goal-history-milestone-reopened"
        },
        &[("title", m.title.as_str().into())],
    );
    record(&txn, &p, g.id, caller, &summary, now).await?;
    events::commit(txn, Event::of(Kind::Goal, &p)).await?;
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
    let summary = Message::key(
        "goal-history-milestone-changed",
        &[
            ("old", m.title.as_str().into()),
            ("old_date", Arg::Date(m.due_on.clone())),
            ("title", title.as_str().into()),
            ("date", Arg::Date(due.to_string())),
        ],
    );
    record(&txn, &p, g.id, caller, &summary, now).await?;
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
    events::commit(txn, Event::of(Kind::Goal, &p)).await?;
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
    let summary = Message::key(
        "goal-history-milestone-removed",
        &[
            ("title", m.title.as_str().into()),
            ("date", Arg::Date(m.due_on.clone())),
        ],
    );
    record(&txn, &p, g.id, caller, &summary, now).await?;
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
    events::commit(txn, Event::of(Kind::Goal, &p)).await?;
    Ok(g.id)
}
