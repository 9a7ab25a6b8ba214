//! Proposals and their answers: one to three times proposed, one accepted or all declined,
//! reschedule and cancel.

use super::*;
use crate::features::auth::service::style_of;
use shared::errors::Message;
use shared::i18n::{Arg, t, tr};

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
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "form-out-of-date-reload",
            &[],
        )));
    }
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    // The partner's way of meeting, from their intake for this cohort.
    let meets = crate::features::intake::service::intake_in(&txn, p.cohort_id, p.partner_id)
        .await?
        .and_then(|i| shared::intake::Connectivity::from_code(&i.connectivity));
    if let Some(meets) = meets.filter(|m| !m.allows(proposal.medium)) {
        let key = if side == Side::Partner {
            "sessions-medium-you"
        } else {
            "sessions-medium-partner"
        };
        return Err(ServiceError::field(
            "medium",
            shared::errors::Message::key(
                key,
                &[("way", Arg::Key(format!("connectivity-{}", meets.code())))],
            ),
        ));
    }
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
    // On the proposer's clock, as they chose the times; read in each reader's language.
    let clock = |t: &Timestamp| Arg::Clock(to_millis(*t), caller.time_zone.clone());
    let mut args: Vec<(&str, Arg)> = ["t1", "t2", "t3"]
        .into_iter()
        .zip(proposal.starts.iter().map(clock))
        .collect();
    args.push(("place", Arg::Place(caller.time_zone.clone())));
    let key = format!(
        "session-history-proposed-{}",
        proposal.starts.len().clamp(1, 3)
    );
    record(&txn, s.id, caller, &Message::key(&key, &args), now).await?;
    let other = other_of(&p, side);
    let their = zone(&person_zone(&txn, other).await?);
    // In the other member's language and on their clock.
    let style = style_of(&txn, other).await?;
    let theirs: Vec<String> = proposal
        .starts
        .iter()
        .map(|t| schedule::clock_with_date_in(style, *t, &their))
        .collect();
    notify(
        &txn,
        other,
        shared::mail::MailKind::Sessions,
        &tr(
            style.lang,
            "session-proposed",
            &[
                ("who", caller.display_name.clone().into()),
                ("times", theirs.join(&t(style.lang, "list-or")).into()),
            ],
        ),
        &sessions_link(&p),
        now,
    )
    .await?;
    events::commit(txn, Event::of(Kind::Session, &p)).await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(s.id)
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
        return Err(ServiceError::Conflict(Message::key(
            "session-not-waiting",
            &[("status", status_of(&s).said())],
        )));
    }
    if s.proposed_by == caller.id {
        return Err(ServiceError::Conflict(Message::key(
            "session-own-proposal",
            &[],
        )));
    }
    let other = other_of(&p, side);
    let (status, summary, start) = if form.option_id == 0 {
        (
            SessionStatus::Declined,
            Message::key("session-history-declined", &[]),
            None,
        )
    } else {
        let option = session_option::Entity::find_by_id(form.option_id)
            .filter(session_option::Column::SessionId.eq(s.id))
            .one(&txn)
            .await?
            .ok_or_else(|| {
                ServiceError::field(
                    "option_id",
                    shared::errors::Message::key("session-option-choose", &[]),
                )
            })?;
        let start = from_millis(option.starts_at);
        if start <= now {
            return Err(ServiceError::field(
                "option_id",
                shared::errors::Message::key("session-option-passed", &[]),
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
                shared::errors::Message::key("session-overlap", &[]),
            ));
        }
        (
            SessionStatus::Scheduled,
            Message::key(
                "session-history-accepted",
                &[
                    ("at", Arg::Clock(to_millis(start), caller.time_zone.clone())),
                    ("place", Arg::Place(caller.time_zone.clone())),
                ],
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
    record(&txn, s.id, caller, &summary, now).await?;
    let style = style_of(&txn, other).await?;
    let who = ("who", Arg::from(caller.display_name.clone()));
    let message = match start {
        Some(at) => tr(
            style.lang,
            "session-accepted",
            &[
                who,
                (
                    "time",
                    schedule::clock_with_date_in(
                        style,
                        at,
                        &zone(&person_zone(&txn, other).await?),
                    )
                    .into(),
                ),
                ("their", their_clock(style, caller, at).into()),
            ],
        ),
        None => tr(style.lang, "session-declined", &[who]),
    };
    let link = sessions_link(&p);
    let notice = Notice {
        person_id: other,
        kind: shared::mail::MailKind::Sessions,
        body: &message,
        link: &link,
        ics: super::calendar::mail_calendar(&txn, &p, s.id, other, now).await?,
    };
    tell(&txn, notice, now).await?;
    events::commit(txn, Event::of(Kind::Session, &p)).await?;
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
    let start = form.new_start(&mine)?;
    if start <= now {
        return Err(ServiceError::field(
            "new_time",
            shared::errors::Message::key("session-time-future", &[]),
        ));
    }
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let s = session_in(&txn, &p, form.session_id).await?;
    if status_of(&s) != SessionStatus::Scheduled {
        return Err(ServiceError::Conflict(shared::errors::Message::key(
            "session-move-scheduled-only",
            &[],
        )));
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
            shared::errors::Message::key("session-overlap", &[]),
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
    let at = |t: Timestamp| Arg::Clock(to_millis(t), caller.time_zone.clone());
    let place = ("place", Arg::Place(caller.time_zone.clone()));
    let summary = match before {
        Some(b) => Message::key(
            "session-history-moved",
            &[("from", at(b)), ("to", at(start)), place],
        ),
        None => Message::key("session-history-set", &[("to", at(start)), place]),
    };
    record(&txn, s.id, caller, &summary, now).await?;
    let their = zone(&person_zone(&txn, other).await?);
    let style = style_of(&txn, other).await?;
    let message = tr(
        style.lang,
        "session-moved",
        &[
            ("who", caller.display_name.clone().into()),
            (
                "time",
                schedule::clock_with_date_in(style, start, &their).into(),
            ),
            ("their", their_clock(style, caller, start).into()),
        ],
    );
    let link = sessions_link(&p);
    let notice = Notice {
        person_id: other,
        kind: shared::mail::MailKind::Sessions,
        body: &message,
        link: &link,
        ics: super::calendar::mail_calendar(&txn, &p, s.id, other, now).await?,
    };
    tell(&txn, notice, now).await?;
    // Reminders follow the new time.
    reminder::Entity::delete_many()
        .filter(reminder::Column::SessionId.eq(s.id))
        .exec(&txn)
        .await?;
    events::commit(txn, Event::of(Kind::Session, &p)).await?;
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
    let reason = shared::validate::text(&form.reason, "what-cancel-reason", 3, 1_000)
        .map_err(|m| ServiceError::field("reason", m))?;
    let txn = crate::server::db::begin_write(db).await?;
    let (p, side) = pair_writing(&txn, caller, form.partnership_id).await?;
    let s = session_in(&txn, &p, form.session_id).await?;
    if !matches!(
        status_of(&s),
        SessionStatus::Proposed | SessionStatus::Scheduled
    ) {
        return Err(ServiceError::Conflict(Message::key(
            "session-cannot-cancel",
            &[("status", status_of(&s).said())],
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
    record(
        &txn,
        s.id,
        caller,
        &Message::key(
            "session-history-cancelled",
            &[("reason", reason.as_str().into())],
        ),
        now,
    )
    .await?;
    let other = other_of(&p, side);
    let style = style_of(&txn, other).await?;
    let message = tr(
        style.lang,
        "session-cancelled",
        &[
            ("who", caller.display_name.clone().into()),
            ("reason", reason.clone().into()),
        ],
    );
    let link = sessions_link(&p);
    let notice = Notice {
        person_id: other,
        kind: shared::mail::MailKind::Sessions,
        body: &message,
        link: &link,
        // A scheduled session leaves the calendar (METHOD:CANCEL); a proposal was never in it.
        ics: super::calendar::mail_calendar(&txn, &p, s.id, other, now).await?,
    };
    tell(&txn, notice, now).await?;
    events::commit(txn, Event::of(Kind::Session, &p)).await?;
    crate::features::commitments::service::after_change(db, p.id, now).await;
    Ok(())
}

/// The caller's clock for an instant, for the other person's message: "16:00 in Berlin".
fn their_clock(style: shared::time::Style, caller: &CurrentUser, at: Timestamp) -> String {
    tr(
        style.lang,
        "clock-in-place",
        &[
            (
                "time",
                schedule::clock_with_date_in(style, at, &zone(&caller.time_zone)).into(),
            ),
            (
                "place",
                shared::time::zone_city_in(style.lang, &caller.time_zone).into(),
            ),
        ],
    )
}
