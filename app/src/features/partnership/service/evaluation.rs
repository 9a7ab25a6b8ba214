//! The end-of-year evaluation: each member answers in the year's last month (or after), the
//! pair sets each goal's final outcome, and the programme team reads both answers (each read is
//! audited). The other member never sees an answer.

use super::*;
use crate::entities::evaluation;
use shared::errors::Message;
use shared::evaluation::{
    AnswerView, EvaluationForm, EvaluationPage, GoalOutcome, Reached, opens_on,
};
use shared::i18n::Arg;
use shared::time::to_millis;

/// Goals that count (not dropped), with their final outcomes.
async fn goal_outcomes(
    db: &impl ConnectionTrait,
    partnership_id: i64,
) -> Result<Vec<GoalOutcome>, ServiceError> {
    Ok(goal::Entity::find()
        .filter(goal::Column::PartnershipId.eq(partnership_id))
        .filter(goal::Column::Status.ne(GoalStatus::Dropped.code()))
        .order_by_asc(goal::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|g| GoalOutcome {
            goal_id: g.id,
            title: g.title,
            outcome: g.final_outcome,
        })
        .collect())
}

/// The day the evaluation opens, if it has not yet on the caller's calendar.
fn not_yet(p: &partnership::Model, caller: &CurrentUser, now: Timestamp) -> Option<Date> {
    let opens = opens_on(day(&p.ends_on));
    let today = now.to_zoned(zone(&caller.time_zone)).date();
    (today < opens).then_some(opens)
}

/// The evaluation page: a member's own form, or both answers for the programme team.
pub async fn evaluation_page(
    db: &impl ConnectionTrait,
    caller: &CurrentUser,
    id: i64,
    now: Timestamp,
) -> Result<EvaluationPage, ServiceError> {
    let (p, access) = access(db, caller, id).await?;
    let goals = goal_outcomes(db, p.id).await?;
    let rows = evaluation::Entity::find()
        .filter(evaluation::Column::PartnershipId.eq(p.id))
        .all(db)
        .await?;
    let people = person::Entity::find()
        .filter(person::Column::Id.is_in([p.coach_id, p.partner_id]))
        .all(db)
        .await?;
    let name = |id: i64| {
        people
            .iter()
            .find(|x| x.id == id)
            .map(|x| x.display_name.clone())
            .unwrap_or_default()
    };
    match access {
        Access::Pair(side) => {
            let other = if side == Side::Coach {
                p.partner_id
            } else {
                p.coach_id
            };
            let mine = rows.iter().find(|r| r.person_id == caller.id);
            let form = mine.map_or_else(
                || EvaluationForm {
                    partnership_id: p.id,
                    ..Default::default()
                },
                |r| EvaluationForm {
                    partnership_id: p.id,
                    goals_reached: r.goals_reached.clone(),
                    helped: r.helped.clone(),
                    change: r.change.clone(),
                    broadened: r.broadened.clone(),
                    rating: r.rating.to_string(),
                    again: r.again.clone(),
                    quote_ok: if r.quote_ok {
                        "on".into()
                    } else {
                        String::new()
                    },
                },
            );
            Ok(EvaluationPage::Member {
                partnership_id: p.id,
                side,
                other_name: name(other),
                opens_on: not_yet(&p, caller, now).map(|d| d.to_string()),
                form,
                answered: mine.is_some(),
                goals,
            })
        }
        Access::Team => {
            crate::server::audit::record(
                db,
                Some(caller.id),
                "evaluation read",
                format!("partnership:{}", p.id),
                now,
            )
            .await?;
            // A choice's name in the reader's language; an unanswered one stays empty.
            let label = |code: &str, prefix: &str| {
                if code.is_empty() {
                    String::new()
                } else {
                    crate::i18n::t(&format!("{prefix}-{code}"))
                }
            };
            Ok(EvaluationPage::Team {
                partnership_id: p.id,
                pair: crate::i18n::tr(
                    "partnership-pair",
                    &[
                        ("coach", name(p.coach_id).into()),
                        ("partner", name(p.partner_id).into()),
                    ],
                ),
                answers: rows
                    .iter()
                    .map(|r| AnswerView {
                        side: if r.side == "coach" {
                            Side::Coach
                        } else {
                            Side::Partner
                        },
                        name: name(r.person_id),
                        goals_reached: label(&r.goals_reached, "reached"),
                        helped: r.helped.clone(),
                        change: r.change.clone(),
                        broadened: label(&r.broadened, "broadened"),
                        rating: r.rating.clamp(0, 5) as u8,
                        again: label(&r.again, "again"),
                        quote_ok: r.quote_ok,
                        submitted_local: local(r.updated_at, caller),
                    })
                    .collect(),
                goals,
            })
        }
    }
}

/// A member saves their evaluation (once per person: a resend or a change updates it).
pub async fn save_evaluation(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &EvaluationForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let (p, side) = pair_only(db, caller, form.partnership_id).await?;
    if let Some(opens) = not_yet(&p, caller, now) {
        return Err(ServiceError::Conflict(Message::key(
            "evaluation-not-yet",
            &[("date", Arg::Date(opens.to_string()))],
        )));
    }
    let e = form.validate(side)?;
    let txn = crate::server::db::begin_write(db).await?;
    let existing = evaluation::Entity::find()
        .filter(evaluation::Column::PartnershipId.eq(p.id))
        .filter(evaluation::Column::PersonId.eq(caller.id))
        .one(&txn)
        .await?;
    let mut row = evaluation::ActiveModel {
        partnership_id: Set(p.id),
        person_id: Set(caller.id),
        side: Set(match side {
            Side::Coach => "coach",
            Side::Partner => "partner",
        }
        .to_owned()),
        goals_reached: Set(e.goals_reached.code().to_owned()),
        helped: Set(e.helped),
        change: Set(e.change),
        broadened: Set(e.broadened.map(|b| b.code().to_owned()).unwrap_or_default()),
        rating: Set(i32::from(e.rating)),
        again: Set(e.again.code().to_owned()),
        quote_ok: Set(e.quote_ok),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    };
    match existing {
        Some(old) => {
            row.id = Set(old.id);
            row.update(&txn).await?;
        }
        None => {
            row.submitted_at = Set(to_millis(now));
            row.insert(&txn).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// A member of the pair sets a goal's final outcome (reached, partly, not), for both to see.
pub async fn set_goal_outcome(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &shared::evaluation::GoalOutcomeForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    let (p, _) = pair_only(db, caller, form.partnership_id).await?;
    if let Some(opens) = not_yet(&p, caller, now) {
        return Err(ServiceError::Conflict(Message::key(
            "goal-outcome-not-yet",
            &[("date", Arg::Date(opens.to_string()))],
        )));
    }
    let Some(outcome) = Reached::from_code(&form.outcome) else {
        return Err(ServiceError::field(
            "outcome",
            shared::errors::Message::key("goal-outcome-choose", &[]),
        ));
    };
    let txn = crate::server::db::begin_write(db).await?;
    let g = goal::Entity::find_by_id(form.goal_id)
        .filter(goal::Column::PartnershipId.eq(p.id))
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    goal::ActiveModel {
        id: Set(g.id),
        final_outcome: Set(outcome.code().to_owned()),
        updated_at: Set(to_millis(now)),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    goal_event::ActiveModel {
        partnership_id: Set(p.id),
        goal_id: Set(g.id),
        person_id: Set(Some(caller.id)),
        at: Set(to_millis(now)),
        summary: Set(crate::i18n::to_stored(&shared::errors::Message::key(
            "goal-history-final",
            &[
                ("who", caller.display_name.as_str().into()),
                (
                    "outcome",
                    shared::i18n::Arg::Key(format!("reached-{}", outcome.code())),
                ),
            ],
        ))),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Tells both members of each current partnership, once, that its end-of-year evaluation has
/// opened (on the partner's calendar); answers how many people were told. Run by the hourly
/// check; "once" is the notice itself (a person who has one for the evaluation gets no other).
pub async fn announce_evaluations(
    db: &DatabaseConnection,
    now: Timestamp,
) -> Result<u32, ServiceError> {
    let current = partnership::Entity::find()
        .filter(partnership::Column::Status.is_in([
            PartnershipStatus::Active.code(),
            PartnershipStatus::Paused.code(),
        ]))
        .all(db)
        .await?;
    let mut told = 0;
    for p in current {
        let people: HashMap<i64, person::Model> = person::Entity::find()
            .filter(person::Column::Id.is_in([p.coach_id, p.partner_id]))
            .all(db)
            .await?
            .into_iter()
            .map(|x| (x.id, x))
            .collect();
        let partner_zone = people
            .get(&p.partner_id)
            .map_or("UTC", |x| x.time_zone.as_str());
        let today = now.to_zoned(zone(partner_zone)).date();
        if today < opens_on(day(&p.ends_on)) {
            continue;
        }
        let link = format!("/partnerships/{}/evaluation", p.id);
        let txn = crate::server::db::begin_write(db).await?;
        for (me, other) in [(p.coach_id, p.partner_id), (p.partner_id, p.coach_id)] {
            let already = notification::Entity::find()
                .filter(notification::Column::PersonId.eq(me))
                .filter(notification::Column::Link.eq(link.as_str()))
                .one(&txn)
                .await?
                .is_some();
            if already {
                continue;
            }
            let other_name = people.get(&other).map_or("", |x| x.display_name.as_str());
            notify_message(
                &txn,
                me,
                shared::mail::MailKind::Partnership,
                shared::errors::Message::key(
                    "note-evaluation-open",
                    &[
                        ("date", shared::i18n::Arg::Date(p.ends_on.clone())),
                        ("who", other_name.into()),
                    ],
                ),
                &link,
                now,
            )
            .await?;
            told += 1;
        }
        txn.commit().await?;
    }
    Ok(told)
}
