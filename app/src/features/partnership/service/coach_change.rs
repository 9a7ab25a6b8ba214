//! A partnership changes coach: the chair hands it to another coach of its cohort, and its
//! history stays with it.

use super::*;
use crate::entities::{coaching_session, cohort_coach, person_role};
use shared::errors::Message;
use shared::partnership::ReplaceCoachForm;
use shared::schedule::SessionStatus;
use shared::time::to_millis;

/// The cohort's other coaches, who could take a partnership over: (id, name, "1 of 2 places
/// taken").
pub async fn other_coaches(
    db: &impl ConnectionTrait,
    p: &partnership::Model,
) -> Result<Vec<(i64, String, String)>, ServiceError> {
    let places = cohort_coach::Entity::find()
        .filter(cohort_coach::Column::CohortId.eq(p.cohort_id))
        .filter(cohort_coach::Column::PersonId.ne(p.coach_id))
        .all(db)
        .await?;
    let current = partnership::Entity::find()
        .filter(partnership::Column::CohortId.eq(p.cohort_id))
        .filter(partnership::Column::Status.is_in([
            PartnershipStatus::Active.code(),
            PartnershipStatus::Paused.code(),
        ]))
        .all(db)
        .await?;
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in(places.iter().map(|c| c.person_id)))
        .filter(person::Column::ClosedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x.display_name))
        .collect();
    let mut out: Vec<(i64, String, String)> = places
        .iter()
        .filter_map(|c| {
            let name = names.get(&c.person_id)?;
            let load = current.iter().filter(|x| x.coach_id == c.person_id).count();
            Some((
                c.person_id,
                name.clone(),
                crate::i18n::tr(
                    "year-places-taken",
                    &[
                        ("load", load.into()),
                        ("capacity", i64::from(c.capacity).into()),
                    ],
                ),
            ))
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

/// The chair hands a current partnership to another coach of its cohort. Its sessions, goals,
/// journal and hours stay with the partnership; the former coach loses access at once (access
/// follows the partnership's coach); sessions still to come are cancelled, for the new coach to
/// propose their own times. Audited; the partner and both coaches are told.
pub async fn replace_coach(
    db: &DatabaseConnection,
    caller: &CurrentUser,
    form: &ReplaceCoachForm,
    now: Timestamp,
) -> Result<(), ServiceError> {
    require_role(caller, Role::Chair)?;
    let (coach_id, reason) = form.validate()?;
    let txn = crate::server::db::begin_write(db).await?;
    let p = partnership::Entity::find_by_id(form.partnership_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if !status_of(&p).is_current() {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "coach-change-ended",
            &[],
        )));
    }
    if coach_id == p.coach_id {
        return Err(ServiceError::field(
            "coach_id",
            shared::errors::Message::key("coach-change-same", &[]),
        ));
    }
    let is_coach = person_role::Entity::find_by_id((coach_id, Role::Coach.code().to_owned()))
        .one(&txn)
        .await?
        .is_some();
    let in_cohort = cohort_coach::Entity::find_by_id((p.cohort_id, coach_id))
        .one(&txn)
        .await?
        .is_some();
    if !(is_coach && in_cohort) {
        return Err(ServiceError::field(
            "coach_id",
            shared::errors::Message::key("coach-change-cohort", &[]),
        ));
    }
    let names: HashMap<i64, String> = person::Entity::find()
        .filter(person::Column::Id.is_in([p.coach_id, coach_id, p.partner_id]))
        .all(&txn)
        .await?
        .into_iter()
        .map(|x| (x.id, x.display_name))
        .collect();
    let name = |id: i64| names.get(&id).cloned().unwrap_or_default();
    let ms = to_millis(now);
    partnership::ActiveModel {
        id: Set(p.id),
        coach_id: Set(coach_id),
        updated_at: Set(ms),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    // Times arranged with the former coach: cancelled, each with the reason on its page.
    let to_come = coaching_session::Entity::find()
        .filter(coaching_session::Column::PartnershipId.eq(p.id))
        .filter(coaching_session::Column::Status.is_in([
            SessionStatus::Proposed.code(),
            SessionStatus::Scheduled.code(),
        ]))
        .all(&txn)
        .await?;
    for s in to_come {
        coaching_session::ActiveModel {
            id: Set(s.id),
            status: Set(SessionStatus::Cancelled.code().to_owned()),
            cancel_reason: Set("The coach changed: the new coach proposes new times.".into()),
            sequence: Set(s.sequence + 1),
            updated_at: Set(ms),
            ..Default::default()
        }
        .update(&txn)
        .await?;
    }
    crate::server::audit::record(
        &txn,
        Some(caller.id),
        "coach replaced",
        format!(
            "partnership:{} coach {} replaced by coach {}: {reason}",
            p.id, p.coach_id, coach_id
        ),
        now,
    )
    .await?;
    let link = format!("/partnerships/{}", p.id);
    let kind = shared::mail::MailKind::Partnership;
    notify_message(
        &txn,
        p.coach_id,
        kind,
        Message::key(
            "note-coach-replaced",
            &[
                ("coach", name(coach_id).into()),
                ("partner", name(p.partner_id).into()),
                ("reason", reason.clone().into()),
            ],
        ),
        "/home",
        now,
    )
    .await?;
    notify_message(
        &txn,
        coach_id,
        kind,
        Message::key(
            "note-coach-takes-over",
            &[
                ("partner", name(p.partner_id).into()),
                ("coach", name(p.coach_id).into()),
                ("reason", reason.clone().into()),
            ],
        ),
        &link,
        now,
    )
    .await?;
    notify_message(
        &txn,
        p.partner_id,
        kind,
        Message::key(
            "note-new-coach",
            &[
                ("coach", name(coach_id).into()),
                ("old", name(p.coach_id).into()),
                ("reason", reason.clone().into()),
            ],
        ),
        &link,
        now,
    )
    .await?;
    // The former coach's open pages drop the pair; the new coach's show it.
    let taken_over = partnership::Model {
        coach_id,
        ..p.clone()
    };
    events::commit_all(
        txn,
        [
            Event::of(Kind::Partnership, &p),
            Event::of(Kind::Partnership, &taken_over),
        ],
    )
    .await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(())
}
